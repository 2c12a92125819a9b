"""Scale books for benchmarks, built once with the demo generator and kept under `.bench/`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..config import DEMO
from ..credentials import KeyringStore
from ..services import Session, open_session

RICH_META = "bench_rich_ids"


def book_home(root: Path, clients: int, notes: int) -> Path:
    return root / f"book-{clients}c-{notes}n"


def ensure_book(root: Path, clients: int, notes: int, *, rich: int = 30, quiet: bool = False) -> Path:
    """Build the book if missing: `clients` clients, `notes` notes, plus `rich` clients that
    each have 50 notes and 20 purchases (the dossiers the open benchmark reads)."""
    from ..demo import seed_book
    from ..store.bulk import load_dossiers

    home = book_home(root, clients, notes)
    session = open_session(DEMO, KeyringStore(), home=home)
    try:
        if session.book.meta(RICH_META) is None:
            t0 = time.perf_counter()
            if not quiet:
                print(f"building {home} ({clients:,} clients, {notes:,} notes)…", file=sys.stderr, flush=True)
            seed_book(session.book, max(clients - rich, 0), notes=notes)
            dossiers = list(rich_dossiers(rich, notes=50, purchases=20))
            load_dossiers(session.book, dossiers)
            session.book.set_meta(RICH_META, ",".join(d.client.id for d in dossiers))
            if not quiet:
                print(f"built in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    finally:
        session.close()
    return home


def rich_dossiers(count: int, notes: int, purchases: int):
    """Demo dossiers with exactly `notes` notes and `purchases` purchases each."""
    from ..demo.generator import generate_dossiers
    from ..domain.ids import new_id

    for d in generate_dossiers(count, seed=99, notes_per_client=notes):
        d.notes = _exactly(d.notes, notes, new_id)
        d.purchases = _exactly(d.purchases, purchases, new_id)
        yield d


def _exactly(items: list, n: int, new_id) -> list:
    if not items:
        return items
    out = list(items[:n])
    while len(out) < n:
        out.append(items[len(out) % len(items)].model_copy(update={"id": new_id()}))
    return out


def open_bench_session(home: Path) -> Session:
    return open_session(DEMO, KeyringStore(), home=home)
