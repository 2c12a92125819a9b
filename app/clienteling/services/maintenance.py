"""Start-up checks that run beside the app on their own connections: integrity and backups."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import Cancelled, ClientelingError
from ..store import Key, integrity_problems
from ..store.backup import last_backup_age_s, make_backup

log = logging.getLogger(__name__)

BACKUP_EVERY_S = 24 * 3600


@dataclass
class HealthReport:
    problems: list[str]
    backup: Path | None
    backup_error: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def check_and_backup(path: Path, key: Key, keep: int = 7, force_backup: bool = False,
                     cancelled=None) -> HealthReport:
    """Run `PRAGMA integrity_check`; if sound and the last backup is old, take a new one.

    A damaged book is never backed up over the good copies. `cancelled()` returning True
    stops either step (raising `Cancelled`), leaving no partial backup behind.
    """
    problems = integrity_problems(path, key, cancelled=cancelled)
    if problems:
        log.error("integrity_check failed: %s", problems[:5])
        return HealthReport(problems, None)
    age = last_backup_age_s(path)
    if not force_backup and age is not None and age < BACKUP_EVERY_S:
        return HealthReport([], None)
    try:
        return HealthReport([], make_backup(path, key, keep=keep, cancelled=cancelled))
    except Cancelled:
        raise
    except ClientelingError as exc:
        log.warning("backup failed: %s", exc)
        return HealthReport([], None, str(exc))
