"""Storage: the schema, a connection per request, short transactions. SQLite (stdlib) by default.

Every table carries `boutique_id`; changes are read by the index on (boutique_id, change_no).
Writers take `BEGIN IMMEDIATE`, so they are serialised and change numbers, allocated
inside the writing transaction from the per-boutique `counter` row, follow commit order:
a reader that has seen change N has seen every change below N.

PostgreSQL (for hundreds of laptops) would be plugged in here and only here: a `connect()`
returning a psycopg connection, `write()` doing `BEGIN` + `SELECT ... FROM counter WHERE
boutique_id = %s FOR UPDATE` (the row lock serialises one boutique's writers, instead of
SQLite's database-wide IMMEDIATE lock), `?` placeholders becoming `%s`, JSON in `jsonb`,
and `INSERT ... ON CONFLICT` kept as is. The rest of the server speaks only DB-API.
Not implemented: the reference server ships SQLite only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS boutique (
    boutique_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS counter (
    boutique_id TEXT PRIMARY KEY REFERENCES boutique(boutique_id),
    change_no INTEGER NOT NULL DEFAULT 0,
    horizon INTEGER NOT NULL DEFAULT 0,
    purged_at TEXT
);
CREATE TABLE IF NOT EXISTS advisor (
    boutique_id TEXT NOT NULL REFERENCES boutique(boutique_id),
    login TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'advisor',
    created_at TEXT NOT NULL,
    PRIMARY KEY (boutique_id, login)
);
CREATE TABLE IF NOT EXISTS token (
    token_hash TEXT PRIMARY KEY,
    boutique_id TEXT NOT NULL,
    login TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    FOREIGN KEY (boutique_id, login) REFERENCES advisor(boutique_id, login) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS token_expiry ON token(boutique_id, expires_at);
CREATE TABLE IF NOT EXISTS record (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    boutique_id TEXT NOT NULL REFERENCES boutique(boutique_id),
    client_id TEXT,
    change_no INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    erased INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS record_changes ON record(boutique_id, change_no);
CREATE INDEX IF NOT EXISTS record_client ON record(boutique_id, client_id);
CREATE TABLE IF NOT EXISTS field (
    boutique_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    rev INTEGER NOT NULL,
    PRIMARY KEY (entity, record_id, name),
    FOREIGN KEY (entity, record_id) REFERENCES record(entity, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS field_record ON field(boutique_id, record_id);
CREATE TABLE IF NOT EXISTS device (
    boutique_id TEXT NOT NULL REFERENCES boutique(boutique_id),
    device_id TEXT NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_seen_at TEXT NOT NULL,
    PRIMARY KEY (boutique_id, device_id)
);
CREATE TABLE IF NOT EXISTS mutation_result (
    boutique_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (boutique_id, mutation_id)
);
CREATE INDEX IF NOT EXISTS mutation_result_seq ON mutation_result(boutique_id, device_id, seq);
CREATE INDEX IF NOT EXISTS mutation_result_entity ON mutation_result(boutique_id, entity_id);
-- The desktop's demo book loaded into a boutique (demo.py): its seed, its day, and how many of
-- its dossiers (the first `clients`) are in.
CREATE TABLE IF NOT EXISTS demo_book (
    boutique_id TEXT PRIMARY KEY REFERENCES boutique(boutique_id),
    seed INTEGER NOT NULL,
    day TEXT NOT NULL,
    clients INTEGER NOT NULL,
    loaded_at TEXT NOT NULL
);
"""


def iso(ts: datetime) -> str:
    """UTC ISO 8601 with microseconds and a Z, so strings sort like times."""
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def connect(path: str) -> sqlite3.Connection:
    """One connection (per request). Autocommit mode: transactions are explicit, see write()."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA secure_delete = ON")  # erased personal data is overwritten, not left in free pages
    return conn


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL into the database and empty it (best effort), e.g. after an erasure."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def init(path: str) -> None:
    """Create the schema if needed and switch the file to WAL (a property of the file)."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{path} was made by a newer server (schema {version}).")
        conn.executescript(SCHEMA)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        conn.close()


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A short write transaction; IMMEDIATE takes the write lock up front (commit order = number order)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def read(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction: one consistent snapshot (WAL readers never block the writer)."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")


def next_change(conn: sqlite3.Connection, boutique_id: str) -> int:
    """Allocate the boutique's next change number; the caller is inside write()."""
    row = conn.execute("UPDATE counter SET change_no = change_no + 1 WHERE boutique_id = ? RETURNING change_no",
                       (boutique_id,)).fetchone()
    if row is None:
        raise LookupError(f"unknown boutique {boutique_id!r}")
    return row[0]


def counter(conn: sqlite3.Connection, boutique_id: str) -> tuple[int, int] | None:
    """(last change number, tombstone horizon) of a boutique, None if there is no such boutique."""
    row = conn.execute("SELECT change_no, horizon FROM counter WHERE boutique_id = ?", (boutique_id,)).fetchone()
    return None if row is None else (row[0], row[1])


def boutique_exists(conn: sqlite3.Connection, boutique_id: str) -> bool:
    return conn.execute("SELECT 1 FROM boutique WHERE boutique_id = ?", (boutique_id,)).fetchone() is not None


def add_boutique(conn: sqlite3.Connection, boutique_id: str, name: str, now: datetime) -> bool:
    """Create a boutique and its counter; False if it already exists."""
    with write(conn):
        if boutique_exists(conn, boutique_id):
            return False
        conn.execute("INSERT INTO boutique (boutique_id, name, created_at) VALUES (?, ?, ?)",
                     (boutique_id, name, iso(now)))
        conn.execute("INSERT INTO counter (boutique_id) VALUES (?)", (boutique_id,))
    return True


def purge(conn: sqlite3.Connection, before: datetime, boutique_id: str | None = None) -> dict[str, tuple[int, int]]:
    """Forget delete tombstones and stored push results older than `before`; record the horizon.

    Erasure tombstones are kept for ever (they hold no data) so nothing erased comes back.
    Returns {boutique: (tombstones purged, horizon)} for the boutiques touched.
    """
    cutoff = iso(before)
    done: dict[str, tuple[int, int]] = {}
    with write(conn):
        ids = [boutique_id] if boutique_id else [r[0] for r in conn.execute("SELECT boutique_id FROM boutique")]
        for bid in ids:
            row = conn.execute(
                "SELECT count(*), max(change_no) FROM record"
                " WHERE boutique_id = ? AND deleted = 1 AND erased = 0 AND updated_at < ?", (bid, cutoff)).fetchone()
            count, top = row[0], row[1] or 0
            conn.execute("DELETE FROM record WHERE boutique_id = ? AND deleted = 1 AND erased = 0 AND updated_at < ?",
                         (bid, cutoff))
            conn.execute("DELETE FROM mutation_result WHERE boutique_id = ? AND created_at < ?", (bid, cutoff))
            conn.execute("DELETE FROM token WHERE boutique_id = ? AND expires_at < ?", (bid, cutoff))
            conn.execute("UPDATE counter SET horizon = max(horizon, ?), purged_at = ? WHERE boutique_id = ?",
                         (top, iso(datetime.now(timezone.utc)), bid))
            done[bid] = (count, max(top, (counter(conn, bid) or (0, 0))[1]))
    return done
