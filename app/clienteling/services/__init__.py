"""Use cases the UI calls: one place that combines store, domain and sync."""

from .changes import Changes
from .clients import ClientForm, ClientService
from .executor import BookExecutor
from .maintenance import HealthReport, check_and_backup
from .session import Session, book_path, open_session

_SYNC = {"SyncConflict", "SyncProgress", "SyncReport", "SyncService", "SyncStatus"}


def __getattr__(name: str):
    """Sync (and httpx under it) loads on first use, not at start-up."""
    if name in _SYNC:
        from . import sync

        return getattr(sync, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Changes", "ClientForm", "ClientService", "BookExecutor", "HealthReport",
           "check_and_backup", "Session", "book_path", "open_session", "SyncService", "SyncReport", "SyncStatus",
           "SyncProgress", "SyncConflict"]
