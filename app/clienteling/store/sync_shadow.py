"""The shadow: per field, the last value and revision the server told this book.

An edit's base revision comes from here (`shadow_revs`), so the server can tell a clean
edit from a concurrent one. It only moves forward: a stale answer never lowers a revision.
Values are kept as the server sends them (JSON).

A record loaded as already-synced data (`store/bulk.py`: a demo book, a scale book) has no
shadow row, only the server revision it was taken at (its `rev`): its edits are based on that
rev, and the first server answer about it gives it a shadow of its fields at that rev first
(`sync_local.adopt_loaded`), so fields it has not pushed keep that base.

Stored one row per record (migration m004): `fields` is a JSON object {field: [value, rev]},
so a pulled page writes one shadow row per record rather than one per field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder, not one per value
_CHUNK = 500  # ids per IN (...) probe


def dumps(value: Any) -> str:
    return _ENCODE(value)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _known(conn, entity: str, entity_id: str) -> dict[str, list]:
    row = conn.execute("SELECT fields FROM shadow WHERE entity = ? AND entity_id = ?", (entity, entity_id)).fetchone()
    return json.loads(row[0]) if row else {}


def shadow_revs(conn, entity: str, entity_id: str, fields: Iterable[str]) -> dict[str, int | None]:
    """Per field, the server revision this book last saw (None = never synced): an edit's base.

    Without a shadow row the record is either made here (no rev: None) or loaded as synced
    data, all of it as of its rev (see the module docstring).
    """
    have = _known(conn, entity, entity_id)
    if not have:
        found = conn.execute(f"SELECT rev FROM {entity} WHERE id = ?", (entity_id,)).fetchone()
        return dict.fromkeys(fields, found[0] if found else None)
    return {f: have[f][1] if f in have else None for f in fields}


def has_shadow(conn, entity: str, entity_id: str) -> bool:
    found = conn.execute("SELECT 1 FROM shadow WHERE entity = ? AND entity_id = ?", (entity, entity_id)).fetchone()
    return found is not None


def shadow_of(conn, entity: str, entity_id: str) -> dict[str, tuple[Any, int | None]]:
    return {f: (value, rev) for f, (value, rev) in _known(conn, entity, entity_id).items()}


def _merge(known: dict[str, list], values: dict[str, Any], revs: dict[str, int]) -> bool:
    """Take the values whose revision is not older than the known one; True if anything moved."""
    moved = False
    for f, value in values.items():
        if f not in revs:
            continue
        rev, old = revs[f], known.get(f)
        if old is None or (rev is not None and rev >= (old[1] if old[1] is not None else -1)):
            known[f] = [value, rev]
            moved = True
    return moved


def put_shadows(conn, items: list[tuple[str, str, dict[str, Any], dict[str, int]]]) -> None:
    """Remember server values and revisions of many records, (entity, id, values, revs) each, in
    one read and one write; a field already known at a higher revision is kept."""
    by_entity: dict[str, set[str]] = {}
    for entity, entity_id, _, _ in items:
        by_entity.setdefault(entity, set()).add(entity_id)
    known: dict[tuple[str, str], dict[str, list]] = {}
    for entity, ids in by_entity.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            part = ordered[start:start + _CHUNK]
            for entity_id, fields in conn.execute(
                    f"SELECT entity_id, fields FROM shadow WHERE entity = ? AND entity_id IN ({','.join('?' * len(part))})",
                    (entity, *part)):
                known[(entity, entity_id)] = json.loads(fields)
    moved: dict[tuple[str, str], None] = {}
    for entity, entity_id, values, revs in items:
        key = (entity, entity_id)
        have = known.get(key)
        if have is None:  # the common case of a pulled page: a record new to the book
            have = known[key] = {f: [v, revs[f]] for f, v in values.items() if f in revs}
            if have:
                moved[key] = None
        elif _merge(have, values, revs):
            moved[key] = None
    conn.executemany("INSERT OR REPLACE INTO shadow (entity, entity_id, fields) VALUES (?, ?, ?)",
                     [(entity, entity_id, _ENCODE(known[(entity, entity_id)])) for entity, entity_id in moved])


def put_shadow(conn, entity: str, entity_id: str, values: dict[str, Any], revs: dict[str, int]) -> None:
    """Remember server values and revisions; a field already known at a higher revision is kept."""
    put_shadows(conn, [(entity, entity_id, values, revs)])
