"""Every user action that touches the book runs on the book thread and reports back here.

`TaskManager.run(fn, on_success, on_failure)` submits `fn(session)` to the
`BookExecutor`; the result or the error comes back on the UI thread through a
queued signal. When the result carries `Changes`, `changed` is emitted so every
view can redraw what concerns it. A failure shows the advisor one sentence; the
log keeps the traceback.

`TaskManager.read(fn, on_success, on_failure)` does the same for a long read (Today's queue,
Insights) on the book's reader thread: `fn` gets a read-only session, so the book thread stays
free for searches, dossiers and edits meanwhile. `cancel(future)` stops a read no longer wanted
(it then reports nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import Cancelled, ClientelingError, ValidationError
from ..services import BookExecutor, Changes

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ClientelingError):
        return str(exc)
    return QCoreApplication.translate(
        "TaskManager", "Something went wrong and the action was not completed. Your saved work is "
        "safe. (Details are in the log.)")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if not isinstance(exc, ClientelingError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning if isinstance(exc, ValidationError) else QMessageBox.Icon.Critical,
                      title or QCoreApplication.translate("TaskManager", "Clienteling"), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(box.textFormat().PlainText)
    box.open()


def changes_of(result) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        for item in result:
            if isinstance(item, Changes):
                return item
    return None


class TaskManager(QObject):
    changed = Signal(object)  # Changes
    busy = Signal(bool)
    _finished = Signal(object, object, object)  # future, on_success, on_failure

    def __init__(self, executor: BookExecutor, parent: QObject | None = None):
        super().__init__(parent)
        self.executor = executor
        self._pending = 0
        # Always queued: a task that is already done when run() returns must still report later,
        # never from inside run() (a caller connects to what it started only after run() returns).
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable, on_success: Callable | None = None,
            on_failure: Callable[[BaseException], None] | None = None, *,
            parent: QWidget | None = None) -> Future:
        """Run `fn(session)` off the UI thread; callbacks run on the UI thread."""
        return self._start(lambda: self.executor.submit(fn), on_success, on_failure, parent)

    def read(self, fn: Callable, on_success: Callable | None = None,
             on_failure: Callable[[BaseException], None] | None = None, *,
             parent: QWidget | None = None) -> Future:
        """Run `fn(reader_session)` on the reader thread (a read-only session, never waiting behind
        the book thread's work nor holding it up); callbacks run on the UI thread, as with `run`."""
        return self._start(lambda: self.executor.reader.submit(fn), on_success, on_failure, parent)

    def cancel(self, future: Future) -> None:
        """Stop a read started by `read` (dropped if waiting, interrupted if running); its callbacks never run."""
        if future.done():
            return
        try:
            self.executor.reader.cancel(future)
        except RuntimeError:  # the book is closed: the reader already stopped it
            pass

    def _start(self, submit: Callable[[], Future], on_success, on_failure, parent) -> Future:
        if on_failure is None:
            def on_failure(exc, parent=parent):
                show_error(parent, exc)
        try:
            future = submit()
        except RuntimeError:  # the book is closed (the window is closing): nothing can run any more
            future = Future()
            future.cancel()
            return future
        self._pending += 1
        if self._pending == 1:
            self.busy.emit(True)
        future.add_done_callback(lambda f: self._finished.emit(f, on_success, on_failure))
        return future

    def _deliver(self, future: Future, on_success, on_failure) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy.emit(False)
        if future.cancelled():
            return
        exc = future.exception()
        if isinstance(exc, Cancelled):  # stopped on request (a newer read, the book closing): nobody waits
            return
        if exc is not None:
            if not isinstance(exc, ClientelingError):
                log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))
            on_failure(exc)
            return
        result = future.result()
        if on_success is not None:
            on_success(result)
        changes = changes_of(result)
        if changes is not None and not changes.empty:
            self.changed.emit(changes)

    @property
    def idle(self) -> bool:
        return self._pending == 0
