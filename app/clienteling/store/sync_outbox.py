"""The outbox as sync sees it: batches to send, and what happens to a row once answered.

A row leaves the outbox only in the transaction that stores the server's answer to it.
"""

from __future__ import annotations

import json

from . import journal

MAX_BATCH = 200
MAX_BATCH_BYTES = 3 * 1024 * 1024  # the server refuses bodies over 4 MiB


def next_batch(conn, limit: int = MAX_BATCH, max_bytes: int = MAX_BATCH_BYTES) -> list[dict]:
    """The next pending rows in seq order, as sent: the batch stops before a second edit of a field.

    A later edit of a field is based on the earlier one, whose server revision is known only
    once the server has answered it; sending both at once would make it conflict with itself.
    """
    batch: list[dict] = []
    sent: dict[tuple[str, str], set[str]] = {}
    size = 0
    for row in journal.pending(conn, limit):
        key = (row["entity"], row["entity_id"])
        fields = set(row["patch"])
        if fields & sent.get(key, set()):
            break
        cost = len(json.dumps(row["patch"], ensure_ascii=False).encode()) + 400
        if batch and size + cost > max_bytes:
            break
        batch.append(row)
        sent.setdefault(key, set()).update(fields)
        size += cost
    return batch


def drop(conn, seq: int) -> None:
    conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))


def mark_rejected(conn, seq: int, message: str | None) -> None:
    """Kept, visible, never sent again: the server will not take it as it is (`message`: its reason)."""
    conn.execute("UPDATE outbox SET state = 'rejected', last_error = ?, attempts = attempts + 1 WHERE seq = ?",
                 (message, seq))


def count_attempt(conn, seq: int, message: str | None = None) -> None:
    conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?", (message, seq))


def rebase(conn, entity: str, entity_id: str, after_seq: int, revs: dict[str, int]) -> None:
    """Later pending edits of these fields were made on top of the one just applied: base them on it."""
    if not revs:
        return
    # unary + keeps the planner on the (entity, entity_id) index: a record has few rows
    cur = conn.execute("SELECT seq, patch, base_revs FROM outbox WHERE entity = ? AND entity_id = ?"
                       " AND +state = 'pending' AND +seq > ?", (entity, entity_id, after_seq))
    for seq, patch, base_revs in cur.fetchall():
        fields = json.loads(patch).keys() & revs.keys()
        if fields:
            base = json.loads(base_revs)
            base.update({f: revs[f] for f in fields})
            conn.execute("UPDATE outbox SET base_revs = ? WHERE seq = ?", (json.dumps(base), seq))


def strip_field(conn, entity: str, entity_id: str, field: str) -> None:
    """Take a field out of the pending edits of a record (a conflict's resolution supersedes them)."""
    cur = conn.execute("SELECT seq, op, patch, base_revs FROM outbox WHERE entity = ? AND entity_id = ?"
                       " AND +state = 'pending'", (entity, entity_id))
    for seq, op, patch, base_revs in cur.fetchall():
        values, base = json.loads(patch), json.loads(base_revs)
        if op != "upsert" or field not in values:
            continue
        values.pop(field)
        base.pop(field, None)
        if values:
            conn.execute("UPDATE outbox SET patch = ?, base_revs = ? WHERE seq = ?",
                         (json.dumps(values, ensure_ascii=False), json.dumps(base), seq))
        else:
            drop(conn, seq)


def rejected(conn, limit: int = 200) -> list[dict]:
    """Edits the server refused, newest first, with its reason."""
    cur = conn.execute("SELECT seq, entity, entity_id, op, patch, last_error, created_at FROM outbox"
                       " WHERE state = 'rejected' ORDER BY seq DESC LIMIT ?", (limit,))
    return [{"seq": r[0], "entity": r[1], "entity_id": r[2], "op": r[3], "patch": json.loads(r[4]),
             "message": r[5], "created_at": r[6]} for r in cur]
