"""HTTP to the central profile API: TLS always verified, bounded waits, every failure one sentence.

    SyncError                 talking to the server failed; `str()` is for the advisor
     +-- AuthError            wrong password, sign-in expired or revoked, another boutique
     +-- ServerUnavailable    offline, server down, timeout, 5xx, busy (after honouring Retry-After)
     +-- CursorGone           410: the pull starts again from scratch (the engine handles it)

Each error also carries `reason`, a short code ('offline', 'down', 'timeout', 'busy',
'server_error', 'dropped', 'malformed', 'wrong_password', 'expired', 'boutique_mismatch', ...),
and `details`, the facts its sentence names (`host`, `code`, `wait_s`, `url`, ...): the UI builds
the advisor's sentence in their language from these two; `str()` is the English one (log, CLI).
Nothing here logs or raises with the token or the password in it.
"""

from __future__ import annotations

import email.utils
import logging
import ssl
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import httpx
import pydantic

from ..config import is_loopback
from ..domain.errors import AuthError, ServerUnavailable, SyncError
from . import wire

log = logging.getLogger(__name__)

M = TypeVar("M", bound=pydantic.BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_ATTEMPTS = 4
MAX_WAIT_S = 30.0
KEPT = "Your changes are kept on this laptop"


class CursorGone(SyncError):
    """The server no longer has the history after this book's cursor: pull everything again."""


def failure(cls: type[SyncError], reason: str, message: str, **details) -> SyncError:
    """An error with its English sentence, its `reason` code and the `details` the sentence names."""
    exc = cls(message)
    exc.reason = reason
    exc.details = details
    return exc


def reason_of(exc: BaseException) -> str | None:
    return getattr(exc, "reason", None)


def details_of(exc: BaseException) -> dict:
    return getattr(exc, "details", None) or {}


def check_url(url: str | None) -> str:
    """The server address, normalised; https, or plain http for this computer only."""
    text = (url or "").strip().rstrip("/")
    if not text:
        raise failure(SyncError, "no_server", "No sync server is set for this boutique. Enter the server address "
                                              "given by the brand's IT (it starts with https://).")
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is None or not parsed.host or parsed.scheme not in ("http", "https"):
        raise failure(SyncError, "bad_url", f"“{text[:80]}” is not a server address; it should look like "
                                            "https://clienteling.example.com.", url=text[:80])
    if parsed.userinfo:
        raise failure(SyncError, "bad_url", "The server address must not contain a login or password.",
                      userinfo=True)
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise failure(SyncError, "insecure_url", f"The server address {text[:80]} is not secure: use https://. "
                                                 "Plain http:// is allowed only for a server on this computer "
                                                 "(127.0.0.1).", url=text[:80])
    return text


def _tls(ca_bundle: str) -> ssl.SSLContext | bool:
    """Verification is always on; a boutique may name its private certificate authority."""
    if not ca_bundle:
        return True
    path = Path(ca_bundle).expanduser()
    try:
        return ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError):
        raise failure(SyncError, "ca_bundle", f"The boutique's certificate file ({path.name}) cannot be read. "
                                              "Ask the brand's IT to check the boutique configuration.",
                      file=path.name) from None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class ApiClient:
    """One server, one boutique. `transport` replaces the network (tests); `sleep` the waiting."""

    def __init__(self, base_url: str, boutique_id: str, *, token: str | None = None, ca_bundle: str = "",
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 max_wait: float = MAX_WAIT_S, sleep: Callable[[float], None] = time.sleep):
        self.base_url = check_url(base_url)
        self.boutique_id = boutique_id
        self._token = token
        self._max_wait = max_wait
        self._sleep = sleep
        from .. import __version__

        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, verify=_tls(ca_bundle),
                                  transport=transport, follow_redirects=False,
                                  headers={"User-Agent": f"Clienteling/{__version__}", "X-Boutique-Id": boutique_id})

    def __repr__(self) -> str:
        return f"ApiClient({self.base_url!r}, {self.boutique_id!r}, token={'<hidden>' if self._token else None})"

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    @property
    def host(self) -> str:
        return httpx.URL(self.base_url).host

    # -- endpoints ----------------------------------------------------------------------
    def sign_in(self, login: str, password: str) -> wire.TokenResponse:
        body = wire.TokenRequest(boutique_id=self.boutique_id, login=login, password=password)
        response = self._send("POST", "/v1/auth/token", json=body.model_dump(), signing_in=True)
        return self._parse(response, wire.TokenResponse)

    def sign_out(self) -> None:
        """Revoke this token on the server; an already invalid one is fine."""
        response = self._send("DELETE", "/v1/auth/token", expect=(204, 401))
        response.close()

    def push(self, device_id: str, mutations: list[dict]) -> wire.PushResponse:
        body = wire.PushRequest(device_id=device_id, mutations=[wire.Mutation(**m) for m in mutations])
        answer = self._parse(self._send("POST", "/v1/sync/push", json=body.model_dump()), wire.PushResponse)
        if sorted(r.mutation_id for r in answer.results) != sorted(m["mutation_id"] for m in mutations):
            raise self._malformed()
        return answer

    def changes(self, cursor: str | None, limit: int = 500) -> wire.ChangesPage:
        params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        return self._parse(self._send("GET", "/v1/sync/changes", params=params), wire.ChangesPage)

    def erase_client(self, client_id: str) -> wire.EraseResponse:
        return self._parse(self._send("POST", f"/v1/clients/{client_id}/erase"), wire.EraseResponse)

    # -- plumbing ---------------------------------------------------------------------
    def _send(self, method: str, path: str, *, json=None, params=None, signing_in: bool = False,
              expect: tuple[int, ...] = (200,)) -> httpx.Response:
        headers = {}
        if not signing_in:
            if not self._token:
                raise failure(AuthError, "signed_out", "Sign in to sync: this laptop has no sign-in for the server.")
            headers["Authorization"] = f"Bearer {self._token}"
        waited = 0.0
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                response = self._http.request(method, path, json=json, params=params, headers=headers)
            except httpx.HTTPError as exc:
                log.warning("%s %s failed: %s", method, path, type(exc).__name__)
                raise self._transport_error(exc) from None
            log.info("%s %s -> %s", method, path, response.status_code)
            if response.status_code in expect:
                return response
            if response.status_code not in RETRY_STATUSES or signing_in or attempt == MAX_ATTEMPTS:
                break
            wait = _retry_after(response)
            wait = min(2.0 ** (attempt - 1), 8.0) if wait is None else max(wait, 0.05)
            if waited + wait > self._max_wait:
                break
            self._sleep(wait)
            waited += wait
        raise self._status_error(response, signing_in)

    def _parse(self, response: httpx.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except (ValueError, UnicodeDecodeError, pydantic.ValidationError):
            log.warning("unreadable answer to %s %s (%d bytes)", response.request.method, response.request.url.path,
                        len(response.content))
            raise self._malformed() from None

    @staticmethod
    def _malformed() -> SyncError:
        return failure(SyncError, "malformed", "The server's answer could not be read (it was cut off or malformed). "
                                               f"{KEPT}; try Sync again.")

    def _transport_error(self, exc: httpx.HTTPError) -> SyncError:
        text = str(exc).lower()
        if isinstance(exc, httpx.TimeoutException):
            return failure(ServerUnavailable, "timeout", f"The server took too long to answer. {KEPT}; "
                                                         "try Sync again in a moment.")
        if "certificate" in text or "ssl" in text or "tls" in text:
            return failure(SyncError, "certificate", f"The identity of {self.host} could not be verified (its "
                                                     "certificate is not trusted), so nothing was sent. "
                                                     "Ask the brand's IT.", host=self.host)
        if isinstance(exc, httpx.ConnectError):
            offline = ("name or service", "name resolution", "nodename", "getaddrinfo", "no address",
                       "unreachable", "no route")
            if any(word in text for word in offline):
                return failure(ServerUnavailable, "offline", f"This laptop seems to be offline: {self.host} cannot "
                                                             f"be reached. {KEPT}; sync when you are back online.",
                               host=self.host)
            return failure(ServerUnavailable, "down", f"The sync server at {self.host} is not answering (it may be "
                                                      f"down). {KEPT}; try again later.", host=self.host)
        return failure(ServerUnavailable, "dropped", "The connection to the server broke off before it answered. "
                                                     f"{KEPT}; try Sync again.")

    def _status_error(self, response: httpx.Response, signing_in: bool) -> SyncError:
        code = response.status_code
        if code == 401:
            if signing_in:
                return failure(AuthError, "wrong_password", "The login or password is not right.")
            return failure(AuthError, "expired", "Your sign-in has expired or was signed out. Sign in again to sync.")
        if code == 403:
            return failure(AuthError, "boutique_mismatch", f"This sign-in is for another boutique than this laptop's "
                                                           f"book ({self.boutique_id}). Sign in with an account of "
                                                           "this boutique.", boutique_id=self.boutique_id)
        if code == 404:
            return failure(SyncError, "not_found", f"{self.base_url} does not offer the Clienteling sync service. "
                                                   "Check the server address.", url=self.base_url)
        if code == 410:
            return failure(CursorGone, "cursor_gone", "The server asked for a full resync.")
        if code == 413:
            return failure(SyncError, "too_large", f"The server refused the changes as too large. {KEPT}.")
        if code == 422:
            log.warning("the server refused a request as malformed: %s", _detail(response))
            return failure(SyncError, "refused", "The server could not accept what this laptop sent (is Clienteling "
                                                 f"up to date?). {KEPT}.")
        if code == 429 and signing_in:
            return failure(ServerUnavailable, "busy", "Too many sign-in attempts. Wait a minute and try again.",
                           signing_in=True)
        if code in (429, 503):
            wait = _retry_after(response)
            wait_s = int(wait) + 1 if wait is not None else None
            later = f"in {wait_s} seconds" if wait_s is not None else "in a minute"
            return failure(ServerUnavailable, "busy", f"The server is busy. {KEPT}; try Sync again {later}.",
                           wait_s=wait_s)
        if code >= 500:
            return failure(ServerUnavailable, "server_error", f"The server had a problem (error {code}). {KEPT}; "
                                                              "try Sync again later.", code=code)
        return failure(SyncError, "unexpected", f"The server gave an unexpected answer (HTTP {code}). {KEPT}.",
                       code=code)


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", ""))[:300]
    except (ValueError, AttributeError):
        return ""
