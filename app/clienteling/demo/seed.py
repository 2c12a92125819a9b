"""Filling a book with the demo clients: in-process for a demo book, with worker processes for
scale books. Both make the same dossiers: the book is made in independently seeded blocks.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from datetime import date

from ..config import DEMO_CLIENTS, DEMO_SEED  # noqa: F401 - the demo book's size and dice, shared with the server
from ..domain.errors import StoreError
from ..domain.ids import now_iso
from ..store import Book
from ..store.bulk import PreparedBatch, has_clients, load_prepared, prepare, set_meta
from .arrivals import DAY_META, catalogue_path, keep_catalogue
from .generator import BLOCK, generate_block

log = logging.getLogger(__name__)

PARALLEL_FROM = 20_000  # clients; below this, worker processes cost more than they save
# The demo book's size and seed (DEMO_CLIENTS, DEMO_SEED) live in config.py: `clienteling-server demo`
# loads the same dossiers (profile_server/demo.py), so a demo book and a demo server agree record for record.


def default_workers(clients: int) -> int:
    """Worker processes for a book of `clients`: none for a demo book, a one-core machine or a
    packaged (frozen) app; else one per core, at most 4."""
    cores = os.cpu_count() or 1
    if clients < PARALLEL_FROM or cores < 2 or getattr(sys, "frozen", False):
        return 0
    return min(4, cores)


def seed_book(book: Book, clients: int = DEMO_CLIENTS, notes: int | None = None, seed: int = DEMO_SEED,
              progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None,
              *, workers: int | None = None, today: date | None = None) -> int:
    """Fill an empty book with `clients` demo dossiers (about `notes` notes in all) as synced data.

    `book_meta.demo_seed` is recorded first, so even a cancelled load is known to be fictional, with
    `demo_day` (`today`: the day every date of the book follows, its new arrivals' too).
    Each block of BLOCK clients is one transaction; `progress(n)` follows the clients written,
    `cancelled()` stops between blocks. `workers` processes make and serialise blocks while
    this one writes (default: `default_workers(clients)`); if they cannot run, the rest of the
    book is made here. Where workers are spawned (Windows, macOS, or a process that already
    runs threads), the calling script needs the usual `if __name__ == "__main__":` guard.
    Returns the number of clients written.
    """
    if has_clients(book):
        raise StoreError("Demo clients can only be added to an empty book; this one already has clients.")
    per_client = notes / clients if notes is not None and clients else None
    today = today or date.today()
    stamp = now_iso()
    jobs = [(seed, block, min(BLOCK, clients - start), per_client, today, stamp)
            for block, start in enumerate(range(0, clients, BLOCK))]
    set_meta(book, "demo_seed", str(seed))
    set_meta(book, DAY_META, today.isoformat())
    _keep_catalogue(book)
    workers = default_workers(clients) if workers is None else workers
    return load_prepared(book, _blocks(jobs, workers, cancelled), progress=progress, cancelled=cancelled)


def _keep_catalogue(book: Book) -> None:
    """The demo boutique's new arrivals follow the book's day (demo/arrivals.py): a session opened
    before the book was filled already names the copy kept beside it, so that copy is brought to this
    day (where there is none, the next session writes it)."""
    try:
        if catalogue_path(book).exists():
            keep_catalogue(book)
    except OSError as exc:
        log.warning("the demo catalogue could not be written beside the book (%s)", exc)


def _blocks(jobs: Sequence[tuple], workers: int, cancelled: Callable[[], bool] | None) -> Iterator[PreparedBatch]:
    """Prepared blocks in book order: from worker processes while they work, then in-process."""
    done = 0
    if workers > 0 and len(jobs) > 1:
        try:
            with closing(_from_workers(jobs, workers, cancelled)) as made:
                for prepared in made:
                    done += 1
                    yield prepared
            return
        except (BrokenProcessPool, OSError) as exc:
            log.warning("demo book workers stopped (%s); making the remaining blocks in-process", exc)
    for job in jobs[done:]:
        if cancelled is not None and cancelled():
            return
        yield _prepare_block(job)


def _mp_context():
    # fork is cheap and does not re-import the caller's main module, but is only safe in a
    # process with no other thread (a GUI, the book thread): elsewhere, spawn.
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _from_workers(jobs: Sequence[tuple], workers: int,
                  cancelled: Callable[[], bool] | None) -> Iterator[PreparedBatch]:
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context())
    in_flight: deque[Future] = deque()
    todo = iter(jobs)
    try:
        for job in todo:  # keep two blocks per worker ahead of the writer, no more
            in_flight.append(pool.submit(_prepare_block, job))
            if len(in_flight) >= 2 * workers:
                break
        while in_flight:
            if cancelled is not None and cancelled():
                return
            prepared = in_flight.popleft().result()
            job = next(todo, None)
            if job is not None:
                in_flight.append(pool.submit(_prepare_block, job))
            yield prepared
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _prepare_block(job: tuple) -> PreparedBatch:
    """One block of dossiers made and turned into rows (in a worker process, or here)."""
    seed, block, size, per_client, today, stamp = job
    return prepare(generate_block(seed, block, size, notes_per_client=per_client, today=today), stamp)
