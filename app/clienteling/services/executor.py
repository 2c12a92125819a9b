"""One thread owns the book. Every database call of the app goes through it.

An SQLite connection belongs to the thread that opened it; a second thread
touching it is a bug. `BookExecutor` opens the session on its own worker thread
and runs submitted work there, in order. Results are `concurrent.futures.Future`s;
the UI turns them into signals on its thread.

Long reads that need not wait their turn (Today's queue, Insights) go to `reader`, a second
thread with a read-only connection of its own (services/reader.py), started on first use
and closed first when the book closes.
"""

from __future__ import annotations

from collections.abc import Callable
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from .reader import BookReader, read_only_session
from .session import Session

T = TypeVar("T")


class BookExecutor:
    def __init__(self, opener: Callable[[], Session]):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="book")
        self._session: Session | None = None
        self._reader: BookReader | None = None
        self._lock = threading.Lock()
        self._closed = False
        self.opened: Future[Session] = self._pool.submit(self._open, opener)

    def _open(self, opener: Callable[[], Session]) -> Session:
        self._session = opener()
        return self._session

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        """Run `fn(session)` on the book thread, after everything submitted before it."""
        return self._pool.submit(self._call, fn)

    def _call(self, fn: Callable[[Session], T]) -> T:
        if self._session is None:
            self.opened.result()  # re-raises why the book could not be opened
        return fn(self._session)

    @property
    def reader(self) -> BookReader:
        """The book's reader (a read-only connection on a thread of its own), started on first use;
        RuntimeError once the book is closed."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the book is closed")
            if self._reader is None:
                self._reader = BookReader(lambda: read_only_session(self.opened.result()))
            return self._reader

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            reader, self._reader = self._reader, None
        if reader is not None:  # first: it reads the file the book thread is about to close
            reader.shutdown()

        def close():
            if self._session is not None:
                self._session.close()
                self._session = None
        # Always queued: the one worker runs it after the open (even one still in progress)
        # and after all work submitted before, so the book is never left open.
        try:
            self._pool.submit(close)
        except RuntimeError:  # already shut down (quit reached twice)
            return
        self._pool.shutdown(wait=True)
