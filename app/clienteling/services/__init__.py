"""Use cases the UI calls: one place that combines store, domain and sync."""

from .changes import Changes
from .clients import ClientForm, ClientService
from .executor import BookExecutor
from .maintenance import HealthReport, check_and_backup
from .session import Session, book_path, open_session
from .sync import SyncConflict, SyncProgress, SyncReport, SyncService, SyncStatus

__all__ = ["Changes", "ClientForm", "ClientService", "BookExecutor", "HealthReport",
           "check_and_backup", "Session", "book_path", "open_session", "SyncService", "SyncReport", "SyncStatus",
           "SyncProgress", "SyncConflict"]
