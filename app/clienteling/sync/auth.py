"""Signing in and out of the central profile API.

The token goes to the OS keyring (through `clienteling.credentials`) and nowhere else: not
the book, not a config file, not a log, not an exception. Where no keyring exists, a
`SessionTokens` keeps it in memory for one run (the headless `clienteling sync --login`).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..credentials import SecretStore, delete_token, load_token, save_token
from ..domain.errors import AuthError, SyncError
from .client import ApiClient, failure

log = logging.getLogger(__name__)


class TokenStore(Protocol):
    def save(self, token: str) -> None: ...

    def load(self) -> str | None: ...

    def delete(self) -> None: ...


class KeyringTokens:
    """The token of one boutique on one server, in the OS keyring."""

    def __init__(self, secrets: SecretStore, boutique_id: str, server_url: str):
        self.secrets, self.boutique_id, self.server_url = secrets, boutique_id, server_url

    def save(self, token: str) -> None:
        save_token(self.secrets, self.boutique_id, self.server_url, token)

    def load(self) -> str | None:
        return load_token(self.secrets, self.boutique_id, self.server_url)

    def delete(self) -> None:
        delete_token(self.secrets, self.boutique_id, self.server_url)


class SessionTokens:
    """A token held in memory only, gone when the program ends."""

    def __init__(self):
        self._token: str | None = None

    def __repr__(self) -> str:
        return "SessionTokens(<hidden>)"

    def save(self, token: str) -> None:
        self._token = token

    def load(self) -> str | None:
        return self._token

    def delete(self) -> None:
        self._token = None


@dataclass(frozen=True)
class SignedIn:
    """What a sign-in tells the app (never the token)."""

    advisor: str
    boutique_id: str
    server_url: str
    expires_at: datetime


def sign_in(api: ApiClient, tokens: TokenStore, login: str, password: str) -> SignedIn:
    """Exchange login and password for a token and keep it; refuse a token of another boutique."""
    answer = api.sign_in(login.strip(), password)
    if answer.boutique_id != api.boutique_id:
        with contextlib.suppress(SyncError), ApiClient(api.base_url, api.boutique_id,
                                                       token=answer.access_token) as other:
            other.sign_out()
        raise failure(AuthError, "boutique_mismatch", f"The server signed you in to another boutique than this "
                                                      f"laptop's book ({api.boutique_id}); nothing was kept.",
                      boutique_id=api.boutique_id)
    tokens.save(answer.access_token)
    log.info("signed in to %s as %s until %s", api.base_url, answer.advisor, answer.expires_at.isoformat())
    return SignedIn(answer.advisor, answer.boutique_id, api.base_url, answer.expires_at)


def sign_out(api: ApiClient, tokens: TokenStore) -> None:
    """Revoke the token on the server when it can be reached, and forget it here in any case."""
    try:
        api.sign_out()
    except SyncError as exc:
        log.info("sign-out could not reach the server (%s); the token is forgotten here", getattr(exc, "reason", ""))
    finally:
        tokens.delete()
