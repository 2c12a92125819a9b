"""Opening the encrypted book: keys, pragmas, migrations, and driver errors made readable.

Contract: `open_book` either returns a ready, migrated `Book`, or raises a
`StoreError` whose message an advisor understands and leaves the file exactly
as it was (every check runs on a read-only connection before anything writes).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2
from sqlite_utils import Database

from ..domain.errors import Cancelled, CorruptBook, DiskFull, NewerBook, StoreError, WrongKey
from ..domain.ids import new_id, now_iso
from .schema import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Key:
    """A raw 32-byte key (from the keyring) or a passphrase SQLCipher derives a key from."""

    raw: bytes | None = None
    passphrase: str | None = None

    def __post_init__(self):
        if (self.raw is None) == (self.passphrase is None):
            raise ValueError("a Key is either raw bytes or a passphrase")
        if self.raw is not None and len(self.raw) != 32:
            raise ValueError("a raw key is 32 bytes")
        if self.passphrase is not None and not self.passphrase:
            raise ValueError("a passphrase cannot be empty")

    def pragma(self) -> str:
        if self.raw is not None:
            return f"PRAGMA key = \"x'{self.raw.hex()}'\""
        escaped = self.passphrase.replace("'", "''")
        return f"PRAGMA key = '{escaped}'"

    def __repr__(self) -> str:  # never print the secret
        return "Key(raw=<hidden>)" if self.raw is not None else "Key(passphrase=<hidden>)"


def translate(exc: Exception) -> StoreError:
    """One driver exception -> the project's error with an advisor's sentence."""
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        return DiskFull("The laptop's disk is full, so nothing more can be saved. "
                        "Free some space; what was saved before is safe.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptBook("The book file is damaged. Restore it from a backup (see README, “Restore a backup”).")
    if "locked" in text or "busy" in text:
        return StoreError("The book is busy in another Clienteling window. Close the other window and try again.")
    if "readonly" in text or "read-only" in text:
        return StoreError("The book file cannot be written (it is read-only). Check the file's permissions.")
    return StoreError("The book could not be read or written. Your saved work is safe; try again.")


@contextlib.contextmanager
def driver_errors() -> Iterator[None]:
    try:
        yield
    except dbapi2.DatabaseError as exc:
        if "interrupted" in str(exc).lower():  # asked for (a stale read stopped, the book closing)
            raise Cancelled("The reading was stopped.") from None
        log.exception("store error")
        raise translate(exc) from None


class Book:
    """An open book: the sqlite-utils Database over an SQLCipher connection, on one thread."""

    def __init__(self, db: Database, path: Path, key: Key, *, read_only: bool = False):
        self.db = db
        self.path = path
        self._key = key
        self.read_only = read_only
        self._thread = threading.get_ident()

    @property
    def conn(self):
        return self.db.conn

    def key(self) -> Key:
        return self._key

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All writes of one user action: committed together or not at all."""
        with driver_errors():
            with self.db.atomic():
                yield self.db

    def query(self, sql: str, params=()) -> list[tuple]:
        with driver_errors():
            return self.conn.execute(sql, params).fetchall()

    def meta(self, key: str) -> str | None:
        row = self.query("SELECT value FROM book_meta WHERE key = ?", (key,))
        return row[0][0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO book_meta (key, value) VALUES (?, ?)", (key, value))

    def device_id(self) -> str:
        return self.query("SELECT device_id FROM sync_state WHERE id = 1")[0][0]

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every query inside sees the book as it was at the first one, and
        it always ends on the way out (even after an error or an interrupt), so the next snapshot
        sees everything committed meanwhile. For a read-only book (`open_reader`)."""
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            for _ in range(3):  # an interrupt still pending on a statement can refuse the first ROLLBACK
                try:
                    self.conn.execute("ROLLBACK")
                except dbapi2.DatabaseError:
                    if self.conn.in_transaction:
                        continue
                break

    def release_memory(self) -> None:
        """Hand back the page cache and whatever else SQLite holds for this connection."""
        with contextlib.suppress(dbapi2.DatabaseError):
            self.conn.execute("PRAGMA shrink_memory")

    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()


def _connect(path: Path, key: Key, *, read_only: bool, immutable: bool = False):
    target = f"file:{path.as_posix()}?mode=ro" if read_only else str(path)
    if read_only and immutable:
        target += "&immutable=1"  # no -wal / -shm files are created beside the book
    conn = sqlcipher3.connect(target, uri=read_only, isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key.pragma())
    return conn


def _probe(path: Path, key: Key) -> int:
    """Check, read-only, that the key opens the file, no page is damaged and the schema is not from the future."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        raise CorruptBook("This file is an unencrypted SQLite database, not a Clienteling book.")
    if path.stat().st_size < 1024:
        raise CorruptBook("The book file is damaged (it is too small to be a book). "
                          "Restore it from a backup (see README, “Restore a backup”).")
    # A read-only connection to a WAL book leaves an empty -wal and a -shm behind; with no
    # -wal present the main file holds everything, so it is read as immutable and the
    # folder stays exactly as it was when the book is refused.
    no_wal = not path.with_name(path.name + "-wal").exists()
    conn = _connect(path, key, read_only=True, immutable=no_wal)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError:
            raise WrongKey("This key does not open the book: either the key is wrong or the file is "
                           "damaged. Nothing was changed.") from None
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = set()
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone()
        if has_table:
            applied = {r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,))}
        if version > SCHEMA_VERSION or applied - KNOWN_MIGRATIONS:
            raise NewerBook("This book was written by a newer version of Clienteling. "
                            "Install the latest version to open it; the file was left untouched.")
        # Page 1 decrypting proves the key, not the rest of the file: every page carries an
        # HMAC, and checking them all (no b-tree walk, ~0.5 s per 100 MB) finds damage anywhere
        # before a read-write connection touches the file. An advisor's book is a few MB and is
        # checked here; a flagship's book is checked by the start-up health check instead, on a
        # connection of its own, so a 100,000-client book still opens in well under a second.
        small = path.stat().st_size <= FULL_CHECK_MAX_BYTES
        damaged = conn.execute("PRAGMA cipher_integrity_check").fetchall() if small else []
        if damaged:
            log.error("cipher_integrity_check: %s", [r[0] for r in damaged[:5]])
            raise CorruptBook("The book file is damaged. Restore it from a backup "
                              "(see README, “Restore a backup”); the file was left untouched.")
        return version
    except dbapi2.DatabaseError as exc:
        raise translate(exc) from None
    finally:
        conn.close()


def open_book(path: Path | str, key: Key, *, create: bool = True) -> Book:
    """Open (or create) the book at `path`, upgrading its schema by migrations."""
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _probe(path, key)
    elif not create:
        raise StoreError(f"There is no book at {path}.")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path, key, read_only=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA cache_size = -131072")  # up to 128 MB of decrypted pages: search stays warm
        conn.execute("PRAGMA temp_store = MEMORY")
        db = Database(conn, execute_plugins=False)  # no plugin entry-point scan at start-up
        if migrations.pending(db):
            migrations.apply(db)
        with db.atomic():
            if not conn.execute("SELECT 1 FROM sync_state WHERE id = 1").fetchone():
                conn.execute("INSERT INTO sync_state (id, device_id) VALUES (1, ?)", (new_id(),))
                conn.execute("INSERT OR IGNORE INTO book_meta VALUES ('created_at', ?)", (now_iso(),))
    except dbapi2.DatabaseError as exc:
        raise translate(exc) from None
    return Book(db, path, key)


def open_reader(path: Path | str, key: Key, *, cache_kib: int = 8 * 1024) -> Book:
    """A read-only `Book` beside the open one (WAL lets a reader work while the writer writes):
    the same file and key, no migrations, a page cache of at most `cache_kib` KiB, and any
    write refused. The key goes into SQLCipher only; an error says what is wrong, never the key."""
    path = Path(path)
    conn = None
    try:
        conn = _connect(path, key, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key opens the file
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except dbapi2.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise translate(exc) from None
    return Book(Database(conn, execute_plugins=False), path, key, read_only=True)


def integrity_problems(path: Path, key: Key, limit: int = 20, cancelled=None) -> list[str]:
    """Every page's HMAC and `PRAGMA integrity_check`, on a connection of its own; [] when sound."""
    conn = _connect(path, key, read_only=True)
    if cancelled is not None:  # SQLite polls this while it checks; non-zero interrupts the check
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
    try:
        # integrity_check reads every page in use, and SQLCipher checks each page's HMAC as it
        # decrypts it; the extra HMAC pass (free pages too) cannot be interrupted, so it is kept
        # for advisor-size books.
        small = path.stat().st_size <= FULL_CHECK_MAX_BYTES
        damaged = [f"page HMAC: {r[0]}" for r in
                   conn.execute("PRAGMA cipher_integrity_check").fetchall()] if small else []
        rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except dbapi2.DatabaseError as exc:
        if cancelled is not None and cancelled():
            raise Cancelled("The integrity check was stopped.") from None
        return [str(exc)]
    finally:
        conn.close()
    problems = [r[0] for r in rows]
    return damaged[:limit] + ([] if problems == ["ok"] else problems)
