"""The Sync button's machinery: network waits on a thread of their own, book work on the book thread.

`SyncController(tm, secrets)` owns one network worker (a single-thread pool). `sign_in`,
`sign_out` and `start_sync` run there with a `SyncService` whose `run_db` hops each short
transaction to the book thread and waits for it, so neither the UI thread nor the book
thread ever waits on the network. Status, conflicts and their resolution are quick book
work and go through the TaskManager. Results come back to the UI thread as signals.

Contract: the network worker never touches the book's connection itself; `shutdown()` is
called before the book executor shuts down (it cancels a running sync and waits for it).
Failures reach the UI worded in the advisor's language (`sync_text.localized`: same class,
`reason` and `details`), so a dialog showing `str(error)` shows a translated sentence.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from PySide6.QtCore import QObject, QTimer, Signal

from ..credentials import SecretStore
from ..domain.errors import ClientelingError
from .sync_text import localized
from .taskman import TaskManager

log = logging.getLogger(__name__)

STATUS_DELAY_MS = 150  # a burst of edits refreshes the counts once


def _load_sync() -> None:
    """Import the sync code (and httpx) here, so neither the UI nor the book thread pays for it."""
    importlib.import_module("clienteling.services.sync")


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    started = Signal()
    progressed = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # the error; str() is the advisor's sentence
    signed_in = Signal(object)  # SignedIn
    sign_in_failed = Signal(object)  # the error
    signed_out = Signal()
    _delivered = Signal(object, object, object)  # future, on_success, on_failure

    def __init__(self, tm: TaskManager, secrets: SecretStore, parent: QObject | None = None, **options):
        """`options` go to the network-side SyncService (tests: batch_size, on_step, transport)."""
        super().__init__(parent)
        self.tm, self.secrets, self._options = tm, secrets, options
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="network")
        self.destroyed.connect(lambda *_args, pool=self._pool: pool.shutdown(wait=False))
        self._local = self._remote = None  # SyncServices, made on the book thread
        self._cancel = threading.Event()
        self._sync_future: Future | None = None
        self.syncing = False
        self._closed = False
        self.status = None  # the last SyncStatus read, None until then
        self._delivered.connect(self._deliver)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        tm.changed.connect(lambda _changes: self._status_timer.start())

    # -- plumbing -----------------------------------------------------------------------------
    def _services(self, session):
        """(book-side service, network-side service); runs on the book thread."""
        if self._local is None:
            from ..services import SyncService

            executor = self.tm.executor

            def hop(fn):
                return executor.submit(lambda _session: fn()).result()

            self._local = SyncService.for_session(session, self.secrets)
            self._remote = SyncService.for_session(session, self.secrets, run_db=hop, **self._options)
        return self._local, self._remote

    def _network(self, work: Callable, on_success: Callable, on_failure: Callable) -> Future:
        """Run `work(service)` on the network worker; the callbacks run on the UI thread."""
        def job():
            _load_sync()
            _, remote = self.tm.executor.submit(self._services).result()
            return work(remote)
        future = self._pool.submit(job)
        future.add_done_callback(lambda f: self._post(f, on_success, on_failure))
        return future

    def _post(self, future: Future, on_success: Callable, on_failure: Callable) -> None:
        """Hand a finished future to the UI thread (the window may be gone when the app quits)."""
        try:
            self._delivered.emit(future, on_success, on_failure)
        except RuntimeError:
            pass

    def _deliver(self, future: Future, on_success: Callable, on_failure: Callable) -> None:
        exc = future.exception()
        if exc is None:
            on_success(future.result())
            return
        if not isinstance(exc, ClientelingError):
            log.error("network task failed", exc_info=(type(exc), exc, exc.__traceback__))
        on_failure(localized(exc))

    def on_book(self, fn: Callable, on_success: Callable | None = None,
                on_failure: Callable | None = None) -> Future:
        """Run `fn(session, service)` on the book thread through the TaskManager."""
        worded = None if on_failure is None else (lambda exc: on_failure(localized(exc)))
        return self.tm.run(lambda s: fn(s, self._services(s)[0]), on_success, worded)

    # -- status ---------------------------------------------------------------------------------
    def book_opened(self) -> None:
        """Load the sync code on the network worker, then read the status."""
        future = self._pool.submit(_load_sync)
        future.add_done_callback(lambda f: self._post(f, lambda _: self.refresh_status(), self._quiet))

    def refresh_status(self) -> None:
        if self._closed:  # the book is closing; nothing more to show
            return
        try:
            self.on_book(lambda s, svc: svc.status(), self._status_read, self._quiet)
        except RuntimeError:  # the book executor was shut down without shutdown() here first
            self._closed = True

    def _status_read(self, status) -> None:
        self.status = status
        self.status_changed.emit(status)

    @staticmethod
    def _quiet(exc: BaseException) -> None:
        log.warning("sync status could not be read: %s", exc)

    # -- sign in / out --------------------------------------------------------------------------
    def sign_in(self, login: str, password: str, url: str, on_success: Callable | None = None,
                on_failure: Callable | None = None) -> None:
        """Sign in on the network worker; the password goes to the server and nowhere else."""
        def succeeded(signed):
            self.signed_in.emit(signed)
            self.refresh_status()
            if on_success is not None:
                on_success(signed)

        def failed(exc):
            self.sign_in_failed.emit(exc)
            if on_failure is not None:
                on_failure(exc)
        self._network(lambda svc: svc.sign_in(login, password, url.strip() or None), succeeded, failed)

    def sign_out(self) -> None:
        self._network(lambda svc: svc.sign_out(), self._signed_out, self._sign_out_failed)

    def _signed_out(self, _result=None) -> None:
        self.signed_out.emit()
        self.refresh_status()

    def _sign_out_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        self.refresh_status()

    # -- sync -----------------------------------------------------------------------------------
    def start_sync(self) -> bool:
        """Start a sync unless one runs; False if one was already running."""
        if self.syncing:
            return False
        self.syncing = True
        self._cancel.clear()
        self.started.emit()
        self._sync_future = self._network(
            lambda svc: svc.sync(self.progressed.emit, self._cancel.is_set), self._synced, self._sync_failed)
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop; the engine stops between batches and pages."""
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self.syncing and self._cancel.is_set()

    def _synced(self, report) -> None:
        self.syncing = False
        if not report.changes.empty:
            self.tm.changed.emit(report.changes)
        self.finished.emit(report)
        self.refresh_status()

    def _sync_failed(self, exc: BaseException) -> None:
        self.syncing = False
        self.failed.emit(exc)
        self.refresh_status()

    # -- conflicts ------------------------------------------------------------------------------
    def load_conflicts(self, on_success: Callable, on_failure: Callable) -> None:
        """`on_success((open conflicts, rejected changes with client names))`."""
        self.on_book(_conflicts_and_rejected, on_success, on_failure)

    def resolve(self, conflict_id: int, choice: str, value, on_success: Callable, on_failure: Callable) -> None:
        """Keep mine / take theirs / an edited value; the returned Changes reach every view."""
        self.on_book(lambda s, svc: svc.resolve_conflict(conflict_id, choice, value), on_success, on_failure)

    # -- closing --------------------------------------------------------------------------------
    def shutdown(self, wait_s: float = 10.0) -> None:
        """Cancel a running sync and wait for it (briefly) so it never outlives the book.

        A sync stopped anywhere is safe (the engine resumes next time); waiting only avoids
        noise in the log when the book closes under a sync still talking to the server.
        """
        self._closed = True
        self._status_timer.stop()
        self._cancel.set()
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._sync_future is not None:
            try:
                self._sync_future.exception(timeout=wait_s)
            except (FutureTimeout, Exception):
                log.info("sync still running at shutdown; it will resume next time")


def _conflicts_and_rejected(session, svc) -> tuple[list, list[dict]]:
    conflicts = svc.open_conflicts()
    rejected = []
    for change in svc.rejected_changes():
        patch = change.get("patch") if isinstance(change.get("patch"), dict) else {}
        client_id = change["entity_id"] if change["entity"] == "client" else patch.get("client_id")
        row = session.clients.row(client_id) if client_id else None
        rejected.append({**change, "client_name": row.name if row else ""})
    return conflicts, rejected
