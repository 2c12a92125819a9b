"""The one `sync_state` row: device identity, pull cursor, sign-in facts (never a secret), outcome.

Every writer here runs inside the caller's transaction (`book.transaction()`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.ids import new_id

_COLUMNS = ("device_id", "pull_cursor", "last_acked_seq", "last_sync_at", "last_error", "server_url",
            "advisor", "token_expires_at", "resync", "last_attempt_at", "last_error_reason")


@dataclass(frozen=True)
class SyncState:
    device_id: str
    pull_cursor: str | None
    last_acked_seq: int
    last_sync_at: str | None
    last_error: str | None
    server_url: str | None
    advisor: str | None
    token_expires_at: str | None
    resync: bool
    last_attempt_at: str | None
    last_error_reason: str | None


def load(conn) -> SyncState:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM sync_state WHERE id = 1").fetchone()
    data = dict(zip(_COLUMNS, row))
    data["resync"] = bool(data["resync"])
    return SyncState(**data)


def _set(conn, **values) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE sync_state SET {sets} WHERE id = 1", list(values.values()))


def save_cursor(conn, cursor: str | None) -> None:
    _set(conn, pull_cursor=cursor)


def save_acked_seq(conn, last_seq: int) -> None:
    _set(conn, last_acked_seq=last_seq)


def rotate_device(conn) -> str:
    """A new device id: the server numbers this book's mutations afresh (after a restored backup)."""
    device_id = new_id()
    _set(conn, device_id=device_id, last_acked_seq=0)
    return device_id


def local_max_seq(conn) -> int:
    """The highest outbox seq this book ever gave (AUTOINCREMENT keeps it after rows are deleted)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    return row[0] if row else 0


def remember_sign_in(conn, server_url: str, advisor: str, expires_at: str | None) -> None:
    _set(conn, server_url=server_url, advisor=advisor, token_expires_at=expires_at)


def forget_sign_in(conn) -> None:
    _set(conn, advisor=None, token_expires_at=None)


def record_attempt(conn, at: str) -> None:
    _set(conn, last_attempt_at=at)


def record_success(conn, at: str) -> None:
    _set(conn, last_sync_at=at, last_error=None, last_error_reason=None)


def record_error(conn, message: str, reason: str | None) -> None:
    _set(conn, last_error=message, last_error_reason=reason)


def clear_error(conn) -> None:
    _set(conn, last_error=None, last_error_reason=None)


def begin_resync(conn) -> None:
    """Forget the cursor and start counting which records the full pull brings."""
    conn.execute("DELETE FROM resync_seen")
    _set(conn, pull_cursor=None, resync=1)


def end_resync(conn) -> None:
    conn.execute("DELETE FROM resync_seen")
    _set(conn, resync=0)


def counts(conn) -> tuple[int, int, int]:
    """(pending outbox rows, rejected outbox rows, open conflicts)."""
    pending, rejected = conn.execute(
        "SELECT coalesce(sum(state = 'pending'), 0), coalesce(sum(state = 'rejected'), 0) FROM outbox").fetchone()
    conflicts = conn.execute("SELECT count(*) FROM conflict WHERE resolved_at IS NULL").fetchone()[0]
    return pending, rejected, conflicts
