"""The demo boutique holds the desktop's demo book, so a demo laptop and a demo server agree.

A laptop's demo book (`clienteling.demo.seed.seed_book`) is the first `DEMO_CLIENTS` dossiers
generated from `DEMO_SEED` for the day it is made, bulk-loaded as already-synced data: every
record at rev 1, nothing to push (`clienteling/store/bulk.py`). `load` puts the same dossiers
into a boutique:

- **Same records.** Same generator, seed, count and day give the same ids and values. The day
  matters for the ids too (they carry a time derived from it), so a book made on another day is
  other clients with the same names: a boutique's demo book has one day (`--day`).
- **Same values.** Each field is what the laptop's book holds and would push
  (`clienteling.store.rows.to_row`, checked by `entities.check_value`), so a first pull finds
  them equal: it moves only the laptop's shadow and revisions, and raises no conflict.
- **Same revisions.** Every demo field is at revision 1, the revision the laptop's copy carries.
  A laptop's edit of a demo field is based on rev 1: it applies while nobody has changed that
  field, and conflicts once someone has (the field then has a real change number, above 1).
- **Paged like any change.** Each record takes a change number of its own from the boutique's
  counter (a client, then its relations, then the rest of its dossier), so pulls page through
  the demo book as through any changes; a field's rev (1) is never above its record's number.
  Purchases come too (devices only read them).

The load goes in transactions of at most `BLOCK` dossiers, each recording in `demo_book` how
many dossiers are in, so an interrupted load carries on when run again, and running it again
only tops up to the count asked: dossiers already loaded are never touched (an advisor's edits,
deletions and erasures stay). Records the boutique already has under a demo id (pushed to it
before the demo book was loaded) are kept as they are.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from . import db
from .entities import check_value

DEMO_BOUTIQUE = "demo"
DEMO_NAME = "Demo boutique"
DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo"
_ORDER = ("relations", "contacts", "tags", "dates", "preferences", "sizes", "wishlist", "purchases", "consents",
          "appointments", "cases", "case_stages", "outreach", "prompt_states",
          "notes")  # after the client; relations first
_ID_CHUNK = 500


class DemoRefused(ValueError):
    """The demo book cannot go into this boutique (another day's is there, or its ids are taken)."""


@dataclass
class DemoLoad:
    day: date
    clients: int  # dossiers of the demo book in the boutique now
    added: int  # dossiers added by this load
    records: int  # records added by this load
    kept: int  # records the boutique already had under a demo id, left as they were


def defaults() -> tuple[int, int]:
    """(clients, seed) of the desktop's demo book: one source of truth, `clienteling.demo.seed`."""
    from clienteling.demo.seed import DEMO_CLIENTS, DEMO_SEED

    return DEMO_CLIENTS, DEMO_SEED


def loaded(conn: sqlite3.Connection, boutique_id: str) -> tuple[date, int, int] | None:
    """(day, clients, seed) of the demo book in the boutique, None if it has none."""
    row = conn.execute("SELECT day, clients, seed FROM demo_book WHERE boutique_id = ?", (boutique_id,)).fetchone()
    return None if row is None else (date.fromisoformat(row[0]), row[1], row[2])


def records(dossier) -> list[tuple[str, str, str | None, dict[str, Any], int]]:
    """(entity, id, client_id, fields, rev) of a dossier's live records, in load order, the fields as the
    laptop's book stores them and the server keeps them."""
    from clienteling.store.rows import LOCAL_ONLY, SYNC_FIELDS, TABLES, to_row

    if dossier.client.deleted:
        return []
    out = []
    for record in [dossier.client, *(r for attr in _ORDER for r in getattr(dossier, attr))]:
        if record.deleted:
            continue
        entity = TABLES[type(record)]
        fields = {k: check_value(entity, k, v) for k, v in to_row(record).items()
                  if k not in SYNC_FIELDS and k not in LOCAL_ONLY}
        out.append((entity, record.id, fields.get("client_id"), fields, record.rev or 1))
    return out


def _dossiers(seed: int, day: date, start: int, stop: int):
    """Dossiers start..stop-1 of the demo book (stop - start at most one block, within one block)."""
    from clienteling.demo.generator import BLOCK, generate_block

    block = start // BLOCK
    made = generate_block(seed, block, stop - block * BLOCK, notes_per_client=None, today=day)
    for i, dossier in enumerate(made):
        if block * BLOCK + i >= start:
            yield dossier


def _existing(conn, ids: list[str]) -> dict[str, str]:
    """{id: boutique} of the records among `ids` the server has, in any boutique."""
    found: dict[str, str] = {}
    for begin in range(0, len(ids), _ID_CHUNK):
        part = ids[begin:begin + _ID_CHUNK]
        found.update(conn.execute(f"SELECT id, boutique_id FROM record WHERE id IN ({','.join('?' * len(part))})",
                                  part).fetchall())
    return found


def _write(conn, boutique_id: str, seed: int, day: date, stop: int, rows: list, now: datetime) -> int:
    """Insert one chunk's records (the caller holds the write transaction); returns the records kept."""
    have = _existing(conn, [r[1] for r in rows])
    elsewhere = sorted({b for b in have.values() if b != boutique_id})
    if elsewhere:
        raise DemoRefused(f"The demo book of {day.isoformat()} is already in the boutique “{elsewhere[0]}” of this "
                          "server, and a record belongs to one boutique: load it for another day (--day).")
    todo = [r for r in rows if r[1] not in have]
    if todo:
        top = conn.execute("UPDATE counter SET change_no = change_no + ? WHERE boutique_id = ? RETURNING change_no",
                           (len(todo), boutique_id)).fetchone()[0]
        first = top - len(todo) + 1
        stamp = db.iso(now)
        conn.executemany("INSERT INTO record (entity, id, boutique_id, client_id, change_no, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?)",
                         [(entity, rid, boutique_id, client_id, first + i, stamp)
                          for i, (entity, rid, client_id, _, _) in enumerate(todo)])
        conn.executemany("INSERT INTO field (boutique_id, entity, record_id, name, value, rev) VALUES (?, ?, ?, ?, ?, ?)",
                         [(boutique_id, entity, rid, name, db.dumps(value), rev)
                          for entity, rid, _, fields, rev in todo for name, value in fields.items()])
    conn.execute("INSERT INTO demo_book (boutique_id, seed, day, clients, loaded_at) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT(boutique_id) DO UPDATE SET clients = excluded.clients, loaded_at = excluded.loaded_at",
                 (boutique_id, seed, day.isoformat(), stop, db.iso(now)))
    return len(rows) - len(todo)


def load(conn: sqlite3.Connection, boutique_id: str, clients: int, day: date | None, now: datetime, *,
         seed: int | None = None) -> DemoLoad:
    """Make the boutique hold the first `clients` dossiers of the demo book of `day` (see the module
    docstring). `day` None: the day of the demo book already there, else today (as the laptop's
    `date.today()`). DemoRefused if the boutique holds the demo book of another day or seed, or
    if its records are in another boutique; LookupError if there is no such boutique."""
    from clienteling.demo.generator import BLOCK

    seed = defaults()[1] if seed is None else seed
    if not db.boutique_exists(conn, boutique_id):
        raise LookupError(f"There is no boutique “{boutique_id}”.")
    added = records_added = kept = 0
    while True:
        there = loaded(conn, boutique_id)
        if there is not None:
            if (day is not None and day != there[0]) or seed != there[2]:
                raise DemoRefused(
                    f"The boutique “{boutique_id}” already holds the demo book of {there[0].isoformat()} "
                    f"({there[1]} clients, seed {there[2]}); the book of another day would be other clients with "
                    "the same names. Use another server database for it.")
            day = there[0]
        day = day or date.today()
        done = there[1] if there else 0
        if done >= clients:
            return DemoLoad(day, done, added, records_added, kept)
        stop = min(clients, (done // BLOCK + 1) * BLOCK)
        rows = [r for d in _dossiers(seed, day, done, stop) for r in records(d)]
        with db.write(conn):
            now_there = loaded(conn, boutique_id)
            if (now_there[1] if now_there else 0) != done:
                continue  # another load got there first: carry on from where it stopped
            kept_here = _write(conn, boutique_id, seed, day, stop, rows, now)
        kept += kept_here
        added += stop - done
        records_added += len(rows) - kept_here
