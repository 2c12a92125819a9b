"""Every error an advisor can meet, each with a message written for them.

    ClientelingError
     +-- ValidationError        bad input: says which field and what is wrong
     +-- NotFound               the record is gone (deleted elsewhere, erased)
     +-- Cancelled              long work stopped on request
     +-- StoreError             the local book cannot be used
     |    +-- WrongKey           the key does not open the book
     |    +-- CorruptBook        the file is damaged
     |    +-- NewerBook          written by a newer version of the app
     |    +-- DiskFull           no room left to save
     +-- CredentialsError       no usable secret store (keyring)
     +-- SyncError              talking to the central profile API failed
          +-- AuthError
          +-- ConflictError
          +-- ServerUnavailable

`str(error)` is always the advisor-facing sentence; it never contains a secret.
"""

from __future__ import annotations


class ClientelingError(Exception):
    """Base of all project errors; `str()` is a sentence an advisor understands."""


class ValidationError(ClientelingError):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(ClientelingError):
    pass


class Cancelled(ClientelingError):
    """Long work stopped because the advisor (or the app closing) asked it to."""


class StoreError(ClientelingError):
    pass


class WrongKey(StoreError):
    pass


class CorruptBook(StoreError):
    pass


class NewerBook(StoreError):
    pass


class DiskFull(StoreError):
    pass


class CredentialsError(ClientelingError):
    pass


class SyncError(ClientelingError):
    pass


class AuthError(SyncError):
    pass


class ConflictError(SyncError):
    pass


class ServerUnavailable(SyncError):
    pass


__all__ = [
    "ClientelingError", "ValidationError", "NotFound", "Cancelled", "StoreError", "WrongKey",
    "CorruptBook", "NewerBook", "DiskFull", "CredentialsError", "SyncError",
    "AuthError", "ConflictError", "ServerUnavailable",
]
