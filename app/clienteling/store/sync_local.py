"""What the sync store modules share: columns, wire values, pending edits, index upkeep.

Wire values are JSON values as the server keeps them (booleans as true/false); column
values are what SQLite holds (booleans as 0/1). `same()` compares across the two.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..domain import Client
from . import clients, rows, search
from .sync_shadow import has_shadow, put_shadow

ENTITIES = frozenset(rows.TABLES.values())
CHILD_TABLES = tuple(t for t in rows.TABLES.values() if t != "client")
SYNC_COLUMNS = frozenset({"id", "rev", "updated_at", "deleted"})
CHUNK = 500
_columns: dict[str, frozenset[str]] = {}


def data_columns(conn, table: str) -> frozenset[str]:
    """The columns of `table` the server knows as fields (no bookkeeping, no local-only columns)."""
    found = _columns.get(table)
    if found is None:
        names = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        found = _columns[table] = frozenset(names - SYNC_COLUMNS - rows.LOCAL_ONLY)
    return found


def to_column(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def same(a: Any, b: Any) -> bool:
    return to_column(a) == to_column(b)


def chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def bump_rev(conn, table: str, entity_id: str, rev: int) -> None:
    """The record's rev is the highest server change number this book knows for it."""
    conn.execute(f"UPDATE {table} SET rev = max(coalesce(rev, 0), ?) WHERE id = ?", (rev, entity_id))


# ---- pending local edits ---------------------------------------------------------------------

def pending_fields(conn, keys: Iterable[tuple[str, str]], after_seq: int = 0) -> dict[tuple[str, str], set[str]]:
    """Fields with a pending local edit (seq > after_seq) per record; a pending delete holds '*'."""
    by_entity: dict[str, set[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, set()).add(entity_id)
    held: dict[tuple[str, str], set[str]] = {}
    for entity, ids in by_entity.items():
        for part in chunks(sorted(ids)):
            marks = ",".join("?" * len(part))
            cur = conn.execute(f"SELECT entity_id, op, patch FROM outbox WHERE entity = ? AND entity_id IN ({marks})"
                               " AND +state = 'pending' AND +seq > ?", (entity, *part, after_seq))
            for entity_id, op, patch in cur:
                fields = held.setdefault((entity, entity_id), set())
                fields.update({"*"} if op == "delete" else json.loads(patch).keys())
    return held


def adopt_loaded(conn, table: str, entity_id: str) -> None:
    """Give a record loaded as synced data (a rev, no shadow row) its shadow: its fields as of that rev.

    Call it before the first server answer about the record is remembered (or its rev moves):
    from then on its edits take their base from the shadow, not from the record's rev, so the
    fields the answer does not mention must be there at the rev they were loaded at. Fields
    edited here (pending or refused) are left out: their value here is not the server's, and
    their edits carry that rev already (`sync_shadow.shadow_revs`).
    """
    if has_shadow(conn, table, entity_id):
        return
    row = local_row(conn, table, entity_id)
    if row is None or row["rev"] is None:
        return  # made here: the server has never numbered it
    edited: set[str] = set()
    for (patch,) in conn.execute("SELECT patch FROM outbox WHERE entity = ? AND entity_id = ?", (table, entity_id)):
        edited.update(json.loads(patch))
    values = {k: row[k] for k in data_columns(conn, table) if k not in edited}
    put_shadow(conn, table, entity_id, values, dict.fromkeys(values, row["rev"]))


# ---- records and the index ---------------------------------------------------------------

def local_row(conn, table: str, entity_id: str) -> dict | None:
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (entity_id,))
    found = cur.fetchone()
    return None if found is None else dict(zip([d[0] for d in cur.description], found))


def client_of(conn, table: str, entity_id: str, fields: dict | None = None) -> str | None:
    """The client a record belongs to (itself for a client)."""
    if table == "client":
        return entity_id
    if fields and fields.get("client_id"):
        return fields["client_id"]
    found = conn.execute(f"SELECT client_id FROM {table} WHERE id = ?", (entity_id,)).fetchone()
    return found[0] if found else None


_CLIENT_FIELDS = tuple(Client.model_fields)


def _client(row: dict) -> Client:
    """The client of a stored row, for its list columns and search rows, which read only its names.

    Not validated again: what the book holds was validated when typed (here or on the laptop it
    came from), and a value another app version allowed is indexed as stored all the same.
    """
    return Client.model_construct(**{k: row[k] for k in _CLIENT_FIELDS if k in row})


def local_rows(conn, table: str, entity_ids: Iterable[str]) -> dict[str, dict]:
    """The rows of these records that the book holds, by id (one query per 500 ids)."""
    found: dict[str, dict] = {}
    for part in chunks(sorted(set(entity_ids))):
        cur = conn.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(part))})", part)
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values))
            found[row["id"]] = row
    return found


def local_nums(conn, table: str, entity_ids: list[str]) -> list[tuple[str, int]]:
    """(id, num) of these records."""
    found: list[tuple[str, int]] = []
    for part in chunks(entity_ids):
        found += conn.execute(f"SELECT id, num FROM {table} WHERE id IN ({','.join('?' * len(part))})", part).fetchall()
    return found


def refresh_clients(conn, client_ids: Iterable[str]) -> None:
    """Rebuild list columns and search rows of these clients (unindex the deleted ones)."""
    live = []
    for client_id, row in sorted(local_rows(conn, "client", [c for c in client_ids if c]).items()):
        if row["deleted"]:
            search.unindex_client(conn, row["num"])
        else:
            live.append(_client(row))
    clients.refresh_indexes(conn, live)


def reindex_note(conn, note_id: str) -> None:
    found = conn.execute("SELECT num, body, deleted FROM note WHERE id = ?", (note_id,)).fetchone()
    if found is None:
        return
    if found[2]:
        search.unindex_note(conn, found[0])
    else:
        search.index_note(conn, found[0], found[1])


def after_write(conn, table: str, entity_id: str, client_id: str | None, touched: set[str]) -> None:
    """Keep the note index in step now; collect the clients whose list row and index to rebuild."""
    if table == "note":
        reindex_note(conn, entity_id)
    if table in ("client", "contact", "client_tag") and client_id:
        touched.add(client_id)
