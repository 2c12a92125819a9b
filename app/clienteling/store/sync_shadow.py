"""The shadow: per field, the last value and revision the server told this book.

An edit's base revision comes from here (`shadow_revs`), so the server can tell a clean
edit from a concurrent one. It only moves forward: a stale answer never lowers a revision.
Values are kept as the server sends them (JSON).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder, not one per value


def dumps(value: Any) -> str:
    return _ENCODE(value)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def shadow_revs(conn, entity: str, entity_id: str, fields: Iterable[str]) -> dict[str, int | None]:
    """Per field, the server revision this book last saw (None = never synced): an edit's base."""
    have = dict(conn.execute("SELECT field, rev FROM shadow WHERE entity = ? AND entity_id = ?",
                             (entity, entity_id)).fetchall())
    return {f: have.get(f) for f in fields}


def shadow_of(conn, entity: str, entity_id: str) -> dict[str, tuple[Any, int | None]]:
    cur = conn.execute("SELECT field, value, rev FROM shadow WHERE entity = ? AND entity_id = ?", (entity, entity_id))
    return {f: (loads(v), rev) for f, v, rev in cur}


def shadow_rows(entity: str, entity_id: str, values: dict[str, Any], revs: dict[str, int]) -> list[tuple]:
    """The shadow rows of server values and their revisions (fields without a revision are skipped)."""
    return [(entity, entity_id, f, _ENCODE(v), revs[f]) for f, v in values.items() if f in revs]


def put_shadow_rows(conn, rows: list[tuple]) -> None:
    """Remember server values and revisions; a field already known at a higher revision is kept."""
    conn.executemany(
        "INSERT INTO shadow (entity, entity_id, field, value, rev) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(entity, entity_id, field) DO UPDATE SET value = excluded.value, rev = excluded.rev"
        " WHERE excluded.rev >= coalesce(shadow.rev, -1)", rows)


def put_shadow(conn, entity: str, entity_id: str, values: dict[str, Any], revs: dict[str, int]) -> None:
    """Remember server values and revisions; a field already known at a higher revision is kept."""
    put_shadow_rows(conn, shadow_rows(entity, entity_id, values, revs))
