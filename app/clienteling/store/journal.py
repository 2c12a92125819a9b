"""The change journal (outbox): one row per local write, in the same transaction."""

from __future__ import annotations

import json

from ..domain.ids import new_id, now_iso


def append(conn, entity: str, entity_id: str, op: str, patch: dict, base_revs: dict) -> str:
    """Record a local mutation; the caller is inside the write's transaction."""
    mutation_id = new_id()
    conn.execute(
        "INSERT INTO outbox (mutation_id, entity, entity_id, op, patch, base_revs, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (mutation_id, entity, entity_id, op,
         json.dumps(patch, ensure_ascii=False, separators=(",", ":")),
         json.dumps(base_revs, separators=(",", ":")), now_iso()),
    )
    return mutation_id


def pending_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]


def pending(conn, limit: int = 200) -> list[dict]:
    cur = conn.execute(
        "SELECT seq, mutation_id, entity, entity_id, op, patch, base_revs FROM outbox"
        " WHERE state = 'pending' ORDER BY seq LIMIT ?", (limit,))
    return [
        {"seq": r[0], "mutation_id": r[1], "entity": r[2], "entity_id": r[3], "op": r[4],
         "patch": json.loads(r[5]), "base_revs": json.loads(r[6])}
        for r in cur
    ]
