"""Rolling backups with SQLite's online backup API, and a checked restore.

Backups are encrypted with the book's own key and live in `backups/` beside the
book, named `book-YYYYmmdd-HHMMSS.db`; the newest `keep` are kept.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from ..domain.errors import Cancelled, StoreError
from .book import Key, _connect, integrity_problems, translate

from sqlcipher3 import dbapi2


def backup_dir(book_path: Path) -> Path:
    return book_path.parent / "backups"


def list_backups(book_path: Path) -> list[Path]:
    folder = backup_dir(book_path)
    return sorted(folder.glob(f"{book_path.stem}-*.db")) if folder.exists() else []


def last_backup_age_s(book_path: Path) -> float | None:
    found = list_backups(book_path)
    if not found:
        return None
    return datetime.now().timestamp() - found[-1].stat().st_mtime


def make_backup(book_path: Path, key: Key, keep: int = 7, progress=None, cancelled=None) -> Path:
    """Copy the live book page by page (readers and the writer carry on) and prune old copies."""
    folder = backup_dir(book_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{book_path.stem}-{stamp}.db"
    partial = final.with_suffix(".partial")
    src = _connect(book_path, key, read_only=True)
    dst = _connect(partial, key, read_only=False)

    def step(status, remaining, total):
        if cancelled is not None and cancelled():
            raise Cancelled("The backup was stopped.")
        if progress is not None:
            progress(status, remaining, total)

    try:
        src.backup(dst, pages=1024, progress=step)
    except (dbapi2.DatabaseError, Cancelled) as exc:
        dst.close()
        partial.unlink(missing_ok=True)
        raise exc if isinstance(exc, Cancelled) else translate(exc) from None
    finally:
        src.close()
    dst.close()
    partial.replace(final)
    for old in list_backups(book_path)[:-keep]:
        old.unlink(missing_ok=True)
    return final


def restore_backup(backup: Path, book_path: Path, key: Key) -> Path:
    """Replace the book by a backup that opens with `key` and passes integrity_check.

    The current book is kept as `<book>.before-restore-<time>.db`; returns its path.
    """
    problems = integrity_problems(backup, key)
    if problems:
        raise StoreError(f"The backup {backup.name} cannot be used: it does not open with this book's key "
                         "or it is damaged.")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")  # two restores never share a name
    aside = book_path.with_name(f"{book_path.stem}.before-restore-{stamp}.db")
    if book_path.exists():
        book_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        side = book_path.with_name(book_path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    shutil.copy2(backup, book_path)
    return aside
