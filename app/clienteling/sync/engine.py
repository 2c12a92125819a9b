"""One sync run: push the outbox in batches, then pull pages until the server has no more.

Contract:
- No local transaction is open across a network call. The answers to a batch are stored
  in one short transaction after the call, which is also when the batch's outbox rows go;
  a pulled page is applied in one transaction together with its cursor. While a page is
  applied, the next one is fetched on a helper thread (the transaction never waits for it).
- `cancelled()` is asked between batches and between pages. A cancelled, failed or killed
  run leaves a consistent book; the next run resends unanswered batches (the server answers
  `duplicate` with the stored result) and pulls from the last saved cursor.
- `on_step(name)` is called at each name of `STEPS`, so crash tests can stop the process there.
- Local work goes through `run_db(fn)`, which runs `fn()` on the thread that owns the book
  (the default calls it directly, for a caller already on that thread).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from ..domain.errors import SyncError
from ..store import Book, sync_outbox, sync_pull, sync_push, sync_state
from .client import ApiClient, CursorGone, failure

T = TypeVar("T")

STEPS = (
    "before_push",            # a batch is read; nothing sent yet
    "after_push_response",    # the server committed the batch; its answers are not stored here yet
    "after_push_commit",      # answers stored, outbox rows gone
    "after_device_rotated",   # a new device id was saved (restored backup detected)
    "before_pull",            # about to take the next page (from the second page on, already on its way)
    "after_page_response",    # a page arrived; not applied yet
    "after_page_applied",     # the page and its cursor are committed
    "after_resync_started",   # the server asked for a full resync; the cursor is forgotten
    "after_resync_finished",  # records the server no longer has are hidden
)
MAX_RESYNCS = 2


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # 'push' | 'pull'
    pushed: int  # mutations answered by the server so far
    to_push: int  # pending local changes when the run started
    pulled: int  # changes received so far


@dataclass
class RunResult:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    erased: int = 0
    pulled: int = 0
    purged: int = 0
    resynced: bool = False
    cancelled: bool = False
    device_rotated: bool = False
    clients: set[str] = field(default_factory=set)
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


def _never() -> bool:
    return False


class SyncEngine:
    def __init__(self, book: Book, api: ApiClient, *, run_db: Callable[[Callable[[], T]], T] | None = None,
                 on_step: Callable[[str], None] | None = None, batch_size: int = sync_outbox.MAX_BATCH,
                 page_size: int = 500):
        self.book, self.api = book, api
        self._run_db = run_db or (lambda fn: fn())
        self._on_step = on_step
        self.batch_size = min(batch_size, sync_outbox.MAX_BATCH)
        self.page_size = page_size

    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> RunResult:
        result = RunResult()
        report = progress or (lambda p: None)
        cancelled = cancelled or _never
        to_push = self._tx(lambda conn: sync_state.counts(conn)[0])
        self._push(result, to_push, report, cancelled)
        if not result.cancelled:
            self._pull(result, to_push, report, cancelled)
        return result

    # -- local work, on the book's thread -----------------------------------------------------
    def _tx(self, fn: Callable, *args):
        def work():
            with self.book.transaction() as db:
                return fn(db.conn, *args)
        return self._run_db(work)

    def _step(self, name: str) -> None:
        if self._on_step is not None:
            self._on_step(name)

    # -- push ---------------------------------------------------------------------------------
    def _push(self, result: RunResult, to_push: int, report, cancelled) -> None:
        while True:
            if cancelled():
                result.cancelled = True
                return
            batch = self._tx(sync_outbox.next_batch, self.batch_size)
            if not batch:
                return
            device_id = self._tx(sync_state.load).device_id
            self._step("before_push")
            answer = self.api.push(device_id, [_mutation(row) for row in batch])
            self._step("after_push_response")
            results = [r.model_dump() for r in answer.results]
            outcome, local_max = self._tx(_store, batch, results, answer.last_seq)
            self._step("after_push_commit")
            result.pushed += len(batch) - outcome.unconfirmed
            result.applied += outcome.applied
            result.conflicts += outcome.conflicts
            result.rejected += outcome.rejected
            result.erased += outcome.erased
            result.clients |= outcome.clients
            result.removed |= outcome.removed
            report(SyncProgress("push", result.pushed, to_push, result.pulled))
            if outcome.unconfirmed or answer.last_seq > local_max:
                # The server has seen seqs of this device id that this book never gave, or the
                # seqs sent belong to other mutations: a restored backup (or a copied book).
                if result.device_rotated:
                    raise failure(SyncError, "numbering", "The server does not accept this laptop's change "
                                                          "numbers. Your changes are kept; contact the brand's IT.")
                self._tx(sync_state.rotate_device)
                result.device_rotated = True
                self._step("after_device_rotated")

    # -- pull ---------------------------------------------------------------------------------
    def _pull(self, result: RunResult, to_push: int, report, cancelled) -> None:
        state = self._tx(sync_state.load)
        cursor, resync, resets = state.pull_cursor, state.resync, 0
        # While a page is applied, the next one is already being fetched (one request in flight at
        # most, on a helper thread): the server's time and the book's overlap. A page fetched but
        # not applied (cancel, failure, kill) is simply asked for again next time.
        fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
        ahead: Future | None = None
        try:
            while True:
                if cancelled():
                    result.cancelled = True
                    return
                self._step("before_pull")
                try:
                    page = ahead.result() if ahead is not None else self.api.changes(cursor, self.page_size)
                except CursorGone:
                    resets += 1
                    if resets > MAX_RESYNCS:
                        raise failure(SyncError, "resync_loop", "The server keeps asking for a full resync. "
                                                                "Try Sync again later.") from None
                    self._tx(sync_state.begin_resync)
                    cursor, resync, result.resynced = None, True, True
                    self._step("after_resync_started")
                    continue
                finally:
                    ahead = None
                self._step("after_page_response")
                if page.has_more:
                    ahead = fetcher.submit(self.api.changes, page.next_cursor, self.page_size)
                changes = page.changes
                outcome = self._tx(_apply_page, changes, page.next_cursor, resync)
                self._step("after_page_applied")
                cursor = page.next_cursor
                result.pulled += len(changes)
                _merge(result, outcome)
                report(SyncProgress("pull", result.pushed, to_push, result.pulled))
                if not page.has_more:
                    break
        finally:
            if ahead is not None:
                ahead.cancel()
            fetcher.shutdown(wait=False)  # a fetch still on its way ends with the HTTP client; its page is dropped
        if resync:
            _merge(result, self._tx(sync_pull.finish_resync))
            self._step("after_resync_finished")


def _mutation(row: dict) -> dict:
    return {k: row[k] for k in ("seq", "mutation_id", "entity", "entity_id", "op", "patch", "base_revs")}


def _store(conn, batch: list[dict], results: list[dict], last_seq: int):
    return sync_push.store_results(conn, batch, results, last_seq), sync_state.local_max_seq(conn)


def _apply_page(conn, changes: list[dict], next_cursor: str, resync: bool):
    return sync_pull.apply_page(conn, changes, next_cursor, resync=resync)


def _merge(result: RunResult, outcome: sync_pull.PageOutcome) -> None:
    result.purged += outcome.purged
    result.added |= outcome.added
    result.removed |= outcome.removed
    result.clients |= outcome.clients
