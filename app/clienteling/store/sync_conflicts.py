"""Open conflicts: a field changed here and on the server to different values.

One open conflict per field of a record (a later clash on the same field updates it). The
record holds the server value unless a newer local edit is pending; `local` keeps the
advisor's. Resolving writes the chosen value and journals it as a new mutation, based on
the server revision this book knows, so the choice reaches the server like any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.ids import now_iso
from . import journal
from .sync_local import after_write, local_row, refresh_clients, to_column
from .sync_outbox import strip_field
from .sync_shadow import dumps, loads, shadow_of

CHOICES = ("mine", "theirs", "edit")


@dataclass(frozen=True)
class OpenConflict:
    id: int
    entity: str
    entity_id: str
    client_id: str | None
    client_name: str
    field: str
    base: Any
    local: Any
    server: Any
    server_rev: int | None
    detected_at: str


def record(conn, entity: str, entity_id: str, client_id: str | None, field: str, *, base: Any, local: Any,
           server: Any, server_rev: int | None) -> None:
    conn.execute(
        "INSERT INTO conflict (entity, entity_id, client_id, field, base, local, server, server_rev, detected_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(entity, entity_id, field) WHERE resolved_at IS NULL DO UPDATE SET local = excluded.local,"
        " server = excluded.server, server_rev = excluded.server_rev, detected_at = excluded.detected_at",
        (entity, entity_id, client_id, field, dumps(base), dumps(local), dumps(server), server_rev, now_iso()))


_OPEN = ("SELECT c.id, c.entity, c.entity_id, c.client_id, coalesce(cl.display_name, ''), c.field, c.base,"
         " c.local, c.server, c.server_rev, c.detected_at FROM conflict c LEFT JOIN client cl ON cl.id = c.client_id"
         " WHERE c.resolved_at IS NULL")


def _view(r) -> OpenConflict:
    return OpenConflict(r[0], r[1], r[2], r[3], r[4], r[5], loads(r[6]), loads(r[7]), loads(r[8]), r[9], r[10])


def open_conflicts(conn, client_id: str | None = None) -> list[OpenConflict]:
    sql, params = _OPEN, ()
    if client_id is not None:
        sql, params = sql + " AND c.client_id = ?", (client_id,)
    return [_view(r) for r in conn.execute(sql + " ORDER BY c.detected_at, c.id", params)]


def get_open(conn, conflict_id: int) -> OpenConflict | None:
    found = conn.execute(_OPEN + " AND c.id = ?", (conflict_id,)).fetchone()
    return _view(found) if found else None


def record_row(conn, entity: str, entity_id: str) -> dict | None:
    """The record a conflict is about, as stored (deleted or not)."""
    return local_row(conn, entity, entity_id)


def resolve(conn, conflict: OpenConflict, choice: str, value: Any = None) -> str | None:
    """Apply `choice` ('mine', 'theirs' or 'edit' with the column `value`); returns the client touched."""
    if choice not in CHOICES:
        raise ValueError(f"unknown resolution {choice!r}")
    table, record_id, field = conflict.entity, conflict.entity_id, conflict.field
    row = local_row(conn, table, record_id)
    if row is not None:
        known = shadow_of(conn, table, record_id).get(field)
        server_value, base_rev = known if known else (conflict.server, conflict.server_rev)
        chosen = {"mine": conflict.local, "theirs": server_value, "edit": value}[choice]
        if field == "deleted":
            _resolve_deleted(conn, table, row, bool(chosen))
        else:
            strip_field(conn, table, record_id, field)
            chosen = to_column(chosen)
            conn.execute(f"UPDATE {table} SET {field} = ?, updated_at = ? WHERE id = ?", (chosen, now_iso(), record_id))
            journal.append(conn, table, record_id, "upsert", {field: chosen}, {field: base_rev})
        touched: set[str] = set()
        after_write(conn, table, record_id, conflict.client_id, touched)
        refresh_clients(conn, touched)
    conn.execute("UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ?", (now_iso(), choice, conflict.id))
    return conflict.client_id


def _resolve_deleted(conn, table: str, row: dict, deleted: bool) -> None:
    """A record edited here was deleted elsewhere: keep it (revive) or let it go."""
    conn.execute(f"UPDATE {table} SET deleted = ?, updated_at = ? WHERE id = ?", (int(deleted), now_iso(), row["id"]))
    if deleted:
        journal.append(conn, table, row["id"], "delete", {}, {"_record": row["rev"]})
    else:
        journal.append(conn, table, row["id"], "upsert", {"deleted": 0}, {"deleted": None})
