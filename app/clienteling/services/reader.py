"""A second thread that reads the book, so a long read never holds up the advisor's work.

`BookExecutor` runs every call on the book's one read-write connection, in order: a read that
takes seconds there (Today's whole prompt queue on a flagship's book, Insights' weekly counts)
would make a search typed meanwhile wait behind it. `BookReader` runs such reads on a thread of
its own, over a read-only connection to the same file (WAL lets a reader work beside the writer):

- opened lazily, on its thread, by the first read, from the open book's path and key;
- each read is one snapshot (`Book.snapshot`): it sees the book as of its first query, and
  the read transaction always ends with it, so the next read sees every commit made meanwhile
  (a decision saved on the book thread, then Today read again);
- a write through it fails: the connection is opened read-only and `query_only`;
- its page cache is bounded (`CACHE_KIB`) and, once it falls idle, what SQLite holds and the
  C heap's free pages go back to the system (`release_memory`);
- `cancel(future)`: a read still waiting is dropped; the one running is interrupted (SQLite stops
  at once; Python work between two queries runs on to the next query) and ends in `Cancelled`;
- `shutdown()`: drops what waits, interrupts what runs, closes the connection, joins the thread.

The queue build is Python-heavy and holds the GIL between queries, and the book thread gives
the GIL up at every SQLite step: at Python's default 5 ms switch interval a search returning
200 rows could wait up to ~300 ms behind a build. Once a reader runs, the interval is 1 ms
(`SWITCH_INTERVAL_S`; such a search then waits about 10 ms, the build takes no longer).

No Qt here: `ui/taskman.py` turns the futures into signals on the UI thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from ..domain.errors import Cancelled
from ..store.book import open_reader
from .clients import ClientService
from .session import Session

log = logging.getLogger(__name__)

T = TypeVar("T")

CACHE_KIB = 8 * 1024  # the reader's page cache: 8 MB of decrypted pages (the book's own has 128 MB; measured:
# 8, 16 and 32 MB build the queue equally fast once memory is released between reads)
IDLE_RELEASE_S = 1.0  # memory goes back once no read has come for this long
JOIN_TIMEOUT_S = 30.0
SWITCH_INTERVAL_S = 0.001  # how long a thread may hold the GIL when another asks for it


def read_only_session(session: Session, cache_kib: int = CACHE_KIB) -> Session:
    """A read-only `Session` over the book `session` has open. Call on the thread that will own it."""
    book = open_reader(session.book.path, session.book.key(), cache_kib=cache_kib)
    return Session(boutique=session.boutique, book=book, clients=ClientService(book, session.clients.advisor),
                   key_mode=session.key_mode)


_trim: Callable[[int], int] | None = None


def trim_heap() -> None:
    """Give the C heap's free pages back to the system: glibc's `malloc_trim(0)`. Elsewhere
    (Windows, macOS, musl) there is nothing to call and nothing is done."""
    global _trim
    if not sys.platform.startswith("linux"):
        return
    if _trim is None:
        try:
            _trim = ctypes.CDLL("libc.so.6").malloc_trim  # glibc's name (find_library would run ldconfig)
        except (OSError, AttributeError):
            _trim = lambda pad: 0  # noqa: E731 - no glibc: nothing to trim
    _trim(0)


class BookReader:
    def __init__(self, opener: Callable[[], Session], *, idle_release_s: float = IDLE_RELEASE_S):
        self._opener = opener
        self._idle = idle_release_s
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._session: Session | None = None
        self._current: Future | None = None
        self._stopping = False  # the running read was asked to stop
        self._closed = False
        self._holding = False  # something was read since memory was last released

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        """Run `fn(session)` on the reader thread (a read-only session), after the reads before it."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the book is closed")
            if self._thread is None:
                if sys.getswitchinterval() > SWITCH_INTERVAL_S:
                    sys.setswitchinterval(SWITCH_INTERVAL_S)
                self._thread = threading.Thread(target=self._work, name="book-reader", daemon=True)
                self._thread.start()
            future: Future[T] = Future()
            self._jobs.put((future, fn))
        return future

    def cancel(self, future: Future) -> bool:
        """Drop `future` if it still waits, interrupt it if it runs; False if it is already done."""
        if future.cancel():
            return True
        with self._lock:
            if future is not self._current:
                return False
            self._interrupt()
            return True

    def shutdown(self) -> None:
        """Drop the waiting reads, interrupt the running one, close the connection and join the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
            if self._current is not None:
                self._interrupt()
        if thread is None:
            return
        self._jobs.put(None)
        thread.join(JOIN_TIMEOUT_S)
        if thread.is_alive():
            log.warning("the reader thread did not stop within %.0f s", JOIN_TIMEOUT_S)

    def _interrupt(self) -> None:
        """Under the lock: stop the running read (sqlite3_interrupt may be called from any thread)."""
        self._stopping = True
        if self._session is not None:
            self._session.book.conn.interrupt()

    # -- the reader thread ---------------------------------------------------------------------
    def _work(self) -> None:
        try:
            while True:
                try:
                    job = self._jobs.get(timeout=self._idle) if self._holding else self._jobs.get()
                except queue.Empty:
                    self._release()
                    continue
                if job is None:
                    return
                future, fn = job
                with self._lock:
                    if self._closed:
                        future.cancel()
                    if not future.set_running_or_notify_cancel():
                        continue
                    self._current, self._stopping = future, False
                try:
                    result, error = self._read(fn), None
                except BaseException as exc:  # handed to whoever waits on the future
                    result, error = None, exc
                with self._lock:
                    stopped = self._stopping
                    self._current, self._stopping = None, False
                if stopped:  # a cancelled read never delivers, even one that finished anyway
                    error = Cancelled("The reading was stopped.")
                if error is not None:
                    future.set_exception(error)
                else:
                    future.set_result(result)
        finally:
            self._close()

    def _read(self, fn: Callable[[Session], T]) -> T:
        session = self._open()
        self._holding = True
        try:
            with session.book.snapshot():
                return fn(session)
        except Exception as exc:
            if self._stopping and "interrupted" in str(exc).lower():
                raise Cancelled("The reading was stopped.") from None
            raise
        finally:
            if session.book.conn.in_transaction:  # never keep an old snapshot: start afresh next time
                log.warning("the reader's read transaction did not end; reopening its connection")
                self._close()

    def _open(self) -> Session:
        if self._session is None:
            session = self._opener()
            # Polled while SQLite works: a stop asked for before a query started still stops it.
            session.book.conn.set_progress_handler(lambda: 1 if self._stopping else 0, 10_000)
            with self._lock:
                self._session = session
        return self._session

    def _release(self) -> None:
        if self._session is not None:
            self._session.book.release_memory()
        trim_heap()
        self._holding = False

    def _close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            with contextlib.suppress(Exception):
                session.close()
        trim_heap()
        self._holding = False
