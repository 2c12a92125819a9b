"""The advisor's Today drafts (`prompt_draft`): one per prompt key, on this laptop only.

Not a synced table: no revision, no tombstone, and never written through `rows.write`, so no
draft is ever journaled in the outbox nor reaches the central API. A draft goes with its client
(ON DELETE CASCADE), so an erasure purges it with the rest. Writers take the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from ..domain import PromptDraft
from ..domain.ids import iso

_COLUMNS = "prompt_key, client_id, channel, subject, body, saved_at"


def save(conn, draft: PromptDraft) -> None:
    """Write the draft of `draft.prompt_key`, replacing the one kept before."""
    conn.execute(f"INSERT INTO prompt_draft ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT(prompt_key) DO UPDATE SET client_id = excluded.client_id, channel = excluded.channel,"
                 " subject = excluded.subject, body = excluded.body, saved_at = excluded.saved_at",
                 (draft.prompt_key, draft.client_id, draft.channel, draft.subject, draft.body, iso(draft.saved_at)))


def get(conn, prompt_key: str) -> PromptDraft | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM prompt_draft WHERE prompt_key = ?", (prompt_key,)).fetchone()
    if row is None:
        return None
    key, client_id, channel, subject, body, saved_at = row
    return PromptDraft.model_construct(prompt_key=key, client_id=client_id, channel=channel, subject=subject,
                                       body=body, saved_at=datetime.fromisoformat(saved_at))


def delete(conn, prompt_key: str) -> bool:
    """Forget the draft of `prompt_key`; False if there was none."""
    return conn.execute("DELETE FROM prompt_draft WHERE prompt_key = ?", (prompt_key,)).rowcount > 0


def answered(conn, client_id: str, prompt_key: str) -> bool:
    """Whether the latest decision on the prompt is done or dismissed (a draft of it is not needed)."""
    row = conn.execute("SELECT state FROM prompt_state WHERE client_id = ? AND prompt_key = ? AND deleted = 0"
                       " ORDER BY at DESC, num DESC LIMIT 1", (client_id, prompt_key)).fetchone()
    return row is not None and row[0] in ("done", "dismissed")
