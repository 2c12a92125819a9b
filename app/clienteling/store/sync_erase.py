"""Erasure (right to be forgotten): a client and everything hanging off it leave the book for good.

Rows, search index entries, pending edits, shadow values, conflicts and parked changes all
go, in the caller's transaction. Nothing is kept that could bring the data back.
"""

from __future__ import annotations

from . import search
from .sync_local import CHILD_TABLES, chunks


def _forget(conn, ids: list[str]) -> None:
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        for table in ("outbox", "shadow", "conflict", "sync_parked", "resync_seen"):
            conn.execute(f"DELETE FROM {table} WHERE entity_id IN ({marks})", part)


def purge_client(conn, client_id: str) -> bool:
    """Erase the client locally; True if the book had anything of it."""
    ids = [client_id]
    for table in CHILD_TABLES:
        ids += [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE client_id = ?", (client_id,))]
    for (num,) in conn.execute("SELECT num FROM note WHERE client_id = ?", (client_id,)).fetchall():
        search.unindex_note(conn, num)
    found = conn.execute("SELECT num FROM client WHERE id = ?", (client_id,)).fetchone()
    if found:
        search.unindex_client(conn, found[0])
    parked = [r[0] for r in conn.execute("SELECT entity_id FROM sync_parked WHERE client_id = ?", (client_id,))]
    _forget(conn, ids + parked)
    conn.execute("DELETE FROM conflict WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM client WHERE id = ?", (client_id,))  # children go by ON DELETE CASCADE
    return found is not None or len(ids) > 1


def purge_record(conn, table: str, record_id: str) -> str | None:
    """Erase one record (a child of an erased client); returns its client id if it was here."""
    found = conn.execute(f"SELECT num, client_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if table == "note" and found:
        search.unindex_note(conn, found[0])
    _forget(conn, [record_id])
    if found is None:
        return None
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    return found[1]
