"""Pure models and rules of the clienteling domain. Imports nothing of the project."""

from .aftercare import AftercareCase, CaseStage
from .agenda import Appointment
from .base import Record, build
from .client import Client, Contact, ImportantDate, Relation, Tag
from .dossier import ClientRow, Dossier
from .errors import (AuthError, ClientelingError, ConflictError, CorruptBook, CredentialsError,
                     DiskFull, NewerBook, NotFound, ServerUnavailable, StoreError, SyncError,
                     ValidationError, WrongKey)
from .outreach_log import OutreachLog, PromptDraft, PromptState
from .records import Consent, Note, Preference, Purchase, Size, WishlistItem
from .salutation import salutation

__all__ = [
    "Record", "build", "Client", "Contact", "ImportantDate", "Relation", "Tag", "ClientRow",
    "Dossier", "Consent", "Note", "Preference", "Purchase", "Size", "WishlistItem", "salutation",
    "ClientelingError", "ValidationError", "NotFound", "StoreError", "WrongKey", "CorruptBook",
    "NewerBook", "DiskFull", "CredentialsError", "SyncError", "AuthError", "ConflictError",
    "ServerUnavailable", "Appointment", "AftercareCase", "CaseStage", "OutreachLog", "PromptState",
    "PromptDraft",
]
