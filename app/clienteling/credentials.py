"""The one module that touches the OS keyring: book keys and the sync server's sign-in tokens.

Secrets go to the keyring only. Where no keyring backend exists (a headless
Linux box), `KeyringStore.available()` is False and callers decide what is
safe: the fictional demo book may keep its key beside it; a real book may not.
"""

from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod

from .domain.errors import CredentialsError

log = logging.getLogger(__name__)

SERVICE = "Clienteling"


class SecretStore(ABC):
    @abstractmethod
    def available(self) -> bool: ...

    @abstractmethod
    def get(self, name: str) -> str | None: ...

    @abstractmethod
    def set(self, name: str, value: str) -> None: ...

    @abstractmethod
    def delete(self, name: str) -> None: ...


class KeyringStore(SecretStore):
    """Secrets in the OS keyring (Keychain, Windows Credential Locker, Secret Service)."""

    def __init__(self, service: str = SERVICE):
        self.service = service

    def available(self) -> bool:
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception:  # a broken keyring configuration is "no keyring"
            return False
        if isinstance(backend, fail.Keyring):
            return False
        chained = getattr(backend, "backends", None)
        if chained is not None and not chained:
            return False
        return getattr(backend, "priority", 1) > 0

    def get(self, name: str) -> str | None:
        import keyring

        try:
            return keyring.get_password(self.service, name)
        except Exception as exc:
            raise CredentialsError(
                "The computer's password store (keyring) could not be read. Unlock it and try again.") from _bare(exc)

    def set(self, name: str, value: str) -> None:
        import keyring

        try:
            keyring.set_password(self.service, name, value)
        except Exception as exc:
            raise CredentialsError(
                "The computer's password store (keyring) refused to save a secret. Unlock it and try again.") from _bare(exc)

    def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self.service, name)
        except PasswordDeleteError:
            pass


class MemoryStore(SecretStore):
    """Secrets in memory only: for tests and one-off tools."""

    def __init__(self):
        self._data: dict[str, str] = {}

    def available(self) -> bool:
        return True

    def get(self, name: str) -> str | None:
        return self._data.get(name)

    def set(self, name: str, value: str) -> None:
        self._data[name] = value

    def delete(self, name: str) -> None:
        self._data.pop(name, None)


def _bare(exc: Exception) -> Exception:
    """The cause without its message: backend errors can echo what was being stored."""
    return type(exc)("(details withheld)") if isinstance(exc, Exception) else exc


def book_key_name(book_id: str) -> str:
    return f"book-key:{book_id}"


def new_book_key(store: SecretStore, book_id: str) -> bytes:
    key = os.urandom(32)
    store.set(book_key_name(book_id), key.hex())
    if store.get(book_key_name(book_id)) != key.hex():
        raise CredentialsError("The computer's password store (keyring) did not keep the book's key.")
    return key


def book_key(store: SecretStore, book_id: str) -> bytes | None:
    value = store.get(book_key_name(book_id))
    if value is None:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise CredentialsError("The book's key in the password store (keyring) is damaged.")
    return key


# ---- sign-in tokens of the central profile API -------------------------------------------------

NO_KEYRING_FOR_TOKEN = (
    "This computer has no secure password store (keyring), so the sign-in cannot be kept. "
    "For a one-off sync, use `clienteling sync --login NAME` (the sign-in then lasts for that run only).")


def token_name(boutique_id: str, server_url: str) -> str:
    return f"api-token:{boutique_id}@{server_url.rstrip('/')}"


def save_token(store: SecretStore, boutique_id: str, server_url: str, token: str) -> None:
    """Keep the token in the keyring, and only there; refuse where no keyring exists."""
    if not store.available():
        raise CredentialsError(NO_KEYRING_FOR_TOKEN)
    name = token_name(boutique_id, server_url)
    store.set(name, token)
    if store.get(name) != token:
        raise CredentialsError("The computer's password store (keyring) did not keep the sign-in.")


def load_token(store: SecretStore, boutique_id: str, server_url: str) -> str | None:
    if not store.available():
        return None
    return store.get(token_name(boutique_id, server_url))


def delete_token(store: SecretStore, boutique_id: str, server_url: str) -> None:
    if store.available():
        store.delete(token_name(boutique_id, server_url))
