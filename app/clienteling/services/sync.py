"""Sync use cases the UI (and `clienteling sync`) call: sign in and out, Sync, status, conflicts.

Run them on the thread that owns the book, or give `run_db` so the network waits happen
elsewhere and only the short local transactions hop to the book's thread.

Results are facts, not sentences: a `SyncReport` counts what a sync did, a `SyncStatus` says
where the book stands, and every failure is a `SyncError` (or `CredentialsError`,
`ValidationError`, `NotFound`) with a `reason` code and `details` (`sync.details_of`). The UI
turns these into sentences in the advisor's language; `str(error)` is the English sentence
(for the log and `clienteling sync`), kept with its reason as the status's `last_error` until
the next successful sync. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pydantic

from ..config import BoutiqueConfig
from ..credentials import NO_KEYRING_FOR_TOKEN, SecretStore
from ..domain import ValidationError, build
from ..domain.errors import AuthError, ClientelingError, CredentialsError, NotFound, SyncError
from ..domain.ids import iso, now_iso
from ..domain.validation import parse_email, parse_phone
from ..store import Book, rows, sync_conflicts, sync_outbox, sync_state
from ..sync import (ApiClient, KeyringTokens, SessionTokens, SignedIn, SyncEngine, SyncProgress, check_url,
                    reason_of)
from ..sync import auth
from ..sync.client import DEFAULT_TIMEOUT, MAX_WAIT_S, failure
from .changes import Changes

log = logging.getLogger(__name__)

DEMO_SERVER_URL = "http://127.0.0.1:8765"  # `clienteling-server demo` + `serve` on this computer
NETWORK_REASONS = frozenset({"offline", "down", "timeout", "dropped"})
CHOICES = sync_conflicts.CHOICES
_MODELS = {table: cls for cls, table in rows.TABLES.items()}

__all__ = ["SyncService", "SyncReport", "SyncStatus", "SyncProgress", "SyncConflict", "DEMO_SERVER_URL", "CHOICES"]


def _coded(exc: Exception, reason: str) -> Exception:
    """Give a ValidationError / NotFound the `reason` the UI words it by."""
    exc.reason = reason
    return exc


@dataclass(frozen=True)
class SyncReport:
    pushed: int  # local changes the server answered
    applied: int  # ... of which it took as they were
    conflicts: int  # fields changed on both sides, now open conflicts
    rejected: int  # local changes the server refused (kept, marked, with the reason)
    erased: int  # local changes about clients erased centrally (dropped with the client)
    pulled: int  # changes received
    purged: int  # clients erased here because they were erased centrally
    resynced: bool  # the server asked for a full resync
    cancelled: bool  # stopped early on request; the next sync resumes
    device_rotated: bool  # a restored book got a new device id
    pending: int  # local changes still to send
    open_conflicts: int
    changes: Changes
    finished_at: datetime


@dataclass(frozen=True)
class SyncStatus:
    signed_in: bool
    advisor: str | None
    server_url: str
    pending: int  # local changes waiting to be sent
    rejected: int  # local changes the server refused
    open_conflicts: int
    last_sync_at: datetime | None  # last complete, successful sync
    last_error: str | None  # the (English) sentence the last failed sync ended with
    online: bool | None  # None: never tried; False: the last try could not reach the server
    last_error_reason: str | None = None  # its reason code (see docs/sync.md), for the UI's sentence


@dataclass(frozen=True)
class SyncConflict:
    id: int
    entity: str  # client, contact, note...
    entity_id: str
    client_id: str | None
    client_name: str
    field: str
    base: Any  # the value both sides started from, when known
    mine: Any
    theirs: Any
    detected_at: datetime


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def _shown(entity: str, field: str, value: Any) -> Any:
    cls = _MODELS.get(entity)
    info = cls.model_fields.get(field) if cls else None
    if field == "deleted" or (info is not None and info.annotation is bool and value in (0, 1)):
        return bool(value)
    return value


class SyncService:
    def __init__(self, book: Book, boutique: BoutiqueConfig, secrets: SecretStore | None = None, *,
                 transport=None, run_db: Callable | None = None, sleep: Callable[[float], None] = time.sleep,
                 timeout=DEFAULT_TIMEOUT, max_wait: float = MAX_WAIT_S, on_step: Callable[[str], None] | None = None,
                 page_size: int = 500, batch_size: int = 200):
        self.book, self.boutique, self.secrets = book, boutique, secrets
        self._transport, self._sleep, self._timeout, self._max_wait = transport, sleep, timeout, max_wait
        self._run_db = run_db or (lambda fn: fn())
        self.on_step = on_step
        self.page_size, self.batch_size = page_size, batch_size
        self._session_tokens = SessionTokens()

    @classmethod
    def for_session(cls, session, secrets: SecretStore | None, **options) -> "SyncService":
        return cls(session.book, session.boutique, secrets, **options)

    # -- plumbing -------------------------------------------------------------------------------
    def _tx(self, fn: Callable, *args):
        def work():
            with self.book.transaction() as db:
                return fn(db.conn, *args)
        return self._run_db(work)

    def _api(self, url: str, token: str | None = None) -> ApiClient:
        return ApiClient(url, self.boutique.boutique_id, token=token, ca_bundle=self.boutique.ca_bundle,
                         transport=self._transport, timeout=self._timeout, max_wait=self._max_wait, sleep=self._sleep)

    def _tokens(self, url: str):
        if self._session_tokens.load() is not None or self.secrets is None or not self.secrets.available():
            return self._session_tokens
        return KeyringTokens(self.secrets, self.boutique.boutique_id, url)

    def server_url(self) -> str:
        """The server this book syncs with: the one last signed in to, else the boutique's."""
        saved = self._tx(sync_state.load).server_url
        if saved:
            return saved
        if self.boutique.api_base_url:
            return self.boutique.api_base_url.rstrip("/")
        return DEMO_SERVER_URL if self.boutique.is_demo else ""

    # -- sign in / out --------------------------------------------------------------------------
    def sign_in(self, login: str, password: str, url: str | None = None, *, remember: bool = True) -> SignedIn:
        """Sign in; the token goes to the keyring (or, with remember=False, this run's memory only)."""
        if not login.strip() or not password:
            raise _coded(ValidationError("Enter your login and password.",
                                         "login" if not login.strip() else "password"), "missing_login")
        url = check_url(url or self.server_url())
        if remember and (self.secrets is None or not self.secrets.available()):
            raise CredentialsError(NO_KEYRING_FOR_TOKEN)
        tokens = KeyringTokens(self.secrets, self.boutique.boutique_id, url) if remember else self._session_tokens
        with self._api(url) as api:
            signed = auth.sign_in(api, tokens, login, password)
        self._tx(self._remember, url, signed)
        return signed

    @staticmethod
    def _remember(conn, url: str, signed: SignedIn) -> None:
        previous = sync_state.load(conn).server_url
        if previous and previous != url:
            sync_state.save_cursor(conn, None)  # another server: its history starts from scratch
        sync_state.remember_sign_in(conn, url, signed.advisor, iso(signed.expires_at))
        sync_state.clear_error(conn)

    def sign_out(self) -> None:
        """Revoke the sign-in on the server if it can be reached; forget the token here in any case."""
        url = self.server_url()
        if not url:
            return
        tokens = self._tokens(url)
        token = tokens.load()
        if token is not None:
            with self._api(url, token) as api:
                auth.sign_out(api, tokens)
        self._session_tokens.delete()
        self._tx(sync_state.forget_sign_in)

    # -- sync -----------------------------------------------------------------------------------
    def sync(self, progress: Callable[[SyncProgress], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SyncReport:
        """Push local changes, then pull the server's. Raises SyncError with one sentence."""
        self._tx(sync_state.record_attempt, now_iso())
        tokens = None
        try:
            url = check_url(self.server_url())
            tokens = self._tokens(url)
            token = tokens.load()
            if not token:
                raise failure(AuthError, "signed_out", "Sign in to sync: this laptop has no sign-in for the server.")
            with self._api(url, token) as api:
                engine = SyncEngine(self.book, api, run_db=self._run_db, on_step=self.on_step,
                                    batch_size=self.batch_size, page_size=self.page_size)
                result = engine.run(progress, cancelled)
        except (SyncError, CredentialsError) as exc:
            if reason_of(exc) == "expired" and tokens is not None:
                tokens.delete()
            self._tx(sync_state.record_error, str(exc), reason_of(exc))
            raise
        except ClientelingError as exc:  # the book could not be written: its sentence says why
            self._tx(sync_state.record_error, str(exc), "store")
            raise
        except Exception:
            log.exception("sync failed")
            message = "Sync stopped on an unexpected problem. Your changes are kept; try again."
            self._tx(sync_state.record_error, message, "internal")
            raise failure(SyncError, "internal", message) from None
        finished = now_iso()
        if result.cancelled:
            self._tx(sync_state.clear_error)  # it reached the server; the next sync carries on
        else:
            self._tx(sync_state.record_success, finished)
        pending, _, conflicts = self._tx(sync_state.counts)
        changes = Changes(clients=frozenset(result.clients - result.removed), added=frozenset(result.added),
                          removed=frozenset(result.removed), book_reloaded=result.resynced or result.pulled > 1000)
        return SyncReport(result.pushed, result.applied, result.conflicts, result.rejected, result.erased,
                          result.pulled, result.purged, result.resynced, result.cancelled, result.device_rotated,
                          pending, conflicts, changes, _dt(finished))

    def status(self) -> SyncStatus:
        state = self._tx(sync_state.load)
        pending, rejected, conflicts = self._tx(sync_state.counts)
        url = self.server_url()
        try:
            signed_in = bool(url) and self._tokens(url).load() is not None
        except CredentialsError:
            signed_in = False
        online = None if state.last_attempt_at is None else state.last_error_reason not in NETWORK_REASONS
        return SyncStatus(signed_in, state.advisor, url, pending, rejected, conflicts, _dt(state.last_sync_at),
                          state.last_error, online, state.last_error_reason if state.last_error else None)

    def rejected_changes(self) -> list[dict]:
        """Local changes the server refused, with its reason (they stay until dealt with)."""
        return self._tx(sync_outbox.rejected)

    # -- conflicts ------------------------------------------------------------------------------
    def open_conflicts(self, client_id: str | None = None) -> list[SyncConflict]:
        found = self._tx(sync_conflicts.open_conflicts, client_id)
        return [SyncConflict(c.id, c.entity, c.entity_id, c.client_id, c.client_name, c.field,
                             _shown(c.entity, c.field, c.base), _shown(c.entity, c.field, c.local),
                             _shown(c.entity, c.field, c.server), _dt(c.detected_at)) for c in found]

    def resolve_conflict(self, conflict_id: int, choice: str, value: Any = None) -> Changes:
        """Keep mine, take theirs, or an edited value; the choice syncs as a new change."""
        if choice not in CHOICES:
            raise _coded(ValidationError("Choose to keep yours, take theirs, or edit the value."), "bad_choice")
        return self._tx(self._resolve, conflict_id, choice, value)

    def _resolve(self, conn, conflict_id: int, choice: str, value: Any) -> Changes:
        conflict = sync_conflicts.get_open(conn, conflict_id)
        if conflict is None:
            raise _coded(NotFound("This conflict is already resolved, or its record is gone."), "conflict_gone")
        if choice == "edit":
            value = self._checked(conn, conflict, value)
        client_id = sync_conflicts.resolve(conn, conflict, choice, value)
        if not client_id:
            return Changes()
        if conflict.entity == "client" and conflict.field == "deleted":
            row = sync_conflicts.record_row(conn, "client", client_id)
            gone = row is None or bool(row["deleted"])
            return Changes(removed=frozenset({client_id})) if gone else Changes(added=frozenset({client_id}))
        return Changes.client(client_id)

    @staticmethod
    def _checked(conn, conflict, value: Any) -> Any:
        """An edited value, validated as the editor would, in the form the book stores."""
        if conflict.field == "deleted":
            return bool(value)
        row = sync_conflicts.record_row(conn, conflict.entity, conflict.entity_id)
        cls = _MODELS.get(conflict.entity)
        if row is None or cls is None:
            raise _coded(NotFound("The record of this conflict is gone."), "conflict_gone")
        if conflict.entity == "contact" and conflict.field == "value":
            client = sync_conflicts.record_row(conn, "client", row["client_id"]) or {}
            value = parse_phone(value, client.get("country")) if row["kind"] == "phone" else parse_email(value)
        data = {k: v for k, v in row.items() if k in cls.model_fields}
        data[conflict.field] = value
        try:
            record = build(cls, **data)
        except pydantic.ValidationError as exc:  # a model validator raised a plain ValueError
            raise ValidationError(str(exc.errors()[0].get("msg", "invalid value")), conflict.field) from None
        return rows.to_row(record)[conflict.field]
