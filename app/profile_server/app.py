"""The FastAPI application: routes, auth dependency, error mapping. `create_app(db_path, settings)`."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import __version__, auth, db, sync
from .entities import catalogue
from .limits import BodyLimitMiddleware, ConcurrencyLimiter, RateLimiter, SyncConcurrencyMiddleware
from .models import (ChangesPage, EraseResponse, ErrorBody, PushRequest, PushResponse, TokenRequest,
                     TokenResponse)
from .settings import Settings

log = logging.getLogger("profile_server")

DESCRIPTION = """Reference central profile API for Clienteling devices.

* Sign in with `POST /v1/auth/token`, then send `Authorization: Bearer <access_token>` on every call.
  A token sees only its own boutique (403 otherwise). An optional `X-Boutique-Id` header must name it.
* Push the outbox with `POST /v1/sync/push` (at most 200 mutations, idempotent by device seq and
  mutation_id, field-level merge), pull with `GET /v1/sync/changes?cursor=...` until `has_more` is false.
* Revisions are the boutique's change numbers. 410 on pull: resync from scratch (no cursor).
* 429 and 503 carry `Retry-After` (seconds). Every error body is `{"detail": "<one sentence>"}`.
* `x-clienteling-entities` below lists every entity, its fields, types and vocabularies.
"""


def _errors(*codes: int) -> dict:
    return {code: {"model": ErrorBody} for code in codes}


bearer = HTTPBearer(auto_error=False, description="The access_token from POST /v1/auth/token.")
BOUTIQUE_HEADER = Header(default=None, alias="X-Boutique-Id",
                         description="Optional. If given it must be the token's boutique, else 403.")


def _conn(request: Request) -> Iterator[sqlite3.Connection]:
    conn = db.connect(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


def _principal(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
               x_boutique_id: str | None = BOUTIQUE_HEADER,
               conn: sqlite3.Connection = Depends(_conn)) -> auth.Principal:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise auth.AuthFailed("Sign in first: this request needs an 'Authorization: Bearer <token>' header.")
    state = request.app.state
    principal = auth.authenticate(conn, credentials.credentials, state.settings.now())
    wait = state.rate.hit(principal.token_hash)
    if wait:
        raise HTTPException(429, f"Too many requests; try again in {wait} s.", headers={"Retry-After": str(wait)})
    if x_boutique_id is not None and x_boutique_id != principal.boutique_id:
        raise sync.CrossBoutique("Your sign-in is for another boutique.")
    return principal


def _readable(exc: RequestValidationError) -> dict:
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in exc.errors()]  # never echo the input: it may hold a password
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e["loc"] if p not in ("body", "query", "path", "header"))
        parts.append(f"{where or 'body'}: {e['msg']}")
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return {"detail": "The request is malformed: " + "; ".join(parts) + more + ".", "errors": errors}


def _install_handlers(app: FastAPI) -> None:
    def plain(status: int, headers: dict | None = None):
        async def handler(request: Request, exc: Exception):
            return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers)
        return handler

    app.add_exception_handler(auth.AuthFailed, plain(401, {"WWW-Authenticate": "Bearer"}))
    app.add_exception_handler(sync.CrossBoutique, plain(403))
    app.add_exception_handler(sync.NotFound, plain(404))
    app.add_exception_handler(sync.CursorGone, plain(410))
    app.add_exception_handler(sync.BadCursor, plain(422))

    async def malformed(request: Request, exc: RequestValidationError):
        return JSONResponse(_readable(exc), status_code=422)

    app.add_exception_handler(RequestValidationError, malformed)


def create_app(db_path: str, settings: Settings | None = None) -> FastAPI:
    """The API over the SQLite file `db_path` (created if missing)."""
    settings = settings or Settings()
    db.init(db_path)
    app = FastAPI(title="Clienteling central profile API", version=__version__, description=DESCRIPTION)
    app.state.db_path = db_path
    app.state.settings = settings
    app.state.rate = RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst)
    app.state.sign_in_rate = RateLimiter(settings.sign_in_per_minute, settings.sign_in_burst)
    app.state.sync_slots = ConcurrencyLimiter(settings.max_in_flight_sync)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SyncConcurrencyMiddleware, limiter=app.state.sync_slots,
                       retry_after=settings.busy_retry_after)
    _install_handlers(app)

    @app.post("/v1/auth/token", response_model=TokenResponse, tags=["auth"], summary="Sign in",
              responses=_errors(401, 403, 413, 422, 429))
    def sign_in(body: TokenRequest, x_boutique_id: str | None = BOUTIQUE_HEADER,
                conn: sqlite3.Connection = Depends(_conn)) -> TokenResponse:
        if x_boutique_id is not None and x_boutique_id != body.boutique_id:
            raise sync.CrossBoutique("The X-Boutique-Id header names another boutique than the sign-in.")
        wait = app.state.sign_in_rate.hit(f"{body.boutique_id}\x00{body.login}")
        if wait:
            raise HTTPException(429, f"Too many sign-in attempts; try again in {wait} s.",
                                headers={"Retry-After": str(wait)})
        token, expires = auth.sign_in(conn, body.boutique_id, body.login, body.password, settings.now(),
                                      settings.token_ttl_seconds)
        return TokenResponse(access_token=token, expires_at=expires, advisor=body.login,
                             boutique_id=body.boutique_id)

    @app.delete("/v1/auth/token", status_code=204, tags=["auth"], summary="Sign out (revoke this token)",
                responses=_errors(401, 403, 422, 429))
    def sign_out(principal: auth.Principal = Depends(_principal),
                 conn: sqlite3.Connection = Depends(_conn)) -> Response:
        auth.revoke(conn, principal, settings.now())
        return Response(status_code=204)

    @app.post("/v1/sync/push", response_model=PushResponse, tags=["sync"], summary="Push outbox mutations",
              responses=_errors(401, 403, 413, 422, 429, 503))
    def push(body: PushRequest, principal: auth.Principal = Depends(_principal),
             conn: sqlite3.Connection = Depends(_conn)) -> dict:
        if len(body.mutations) > settings.max_batch:
            raise HTTPException(413, f"{len(body.mutations)} mutations in one push; send at most "
                                     f"{settings.max_batch} per batch.")
        return sync.push(conn, principal.boutique_id, body.device_id, body.mutations, settings.now())

    @app.get("/v1/sync/changes", response_model=ChangesPage, tags=["sync"], summary="Pull changes after a cursor",
             responses=_errors(401, 403, 410, 422, 429, 503))
    def changes(cursor: str | None = Query(None, max_length=512,
                                           description="next_cursor of the previous page; absent = from the start."),
                limit: int = Query(500, ge=1, le=1000, description="Changes per page."),
                principal: auth.Principal = Depends(_principal),
                conn: sqlite3.Connection = Depends(_conn)) -> dict:
        page = sync.changes(conn, principal.boutique_id, cursor, min(limit, settings.pull_max_limit))
        log.info("pull boutique=%s changes=%d has_more=%s", principal.boutique_id, len(page["changes"]),
                 page["has_more"])
        return page

    @app.post("/v1/clients/{client_id}/erase", response_model=EraseResponse, tags=["clients"],
              summary="Erase a client's personal data (right to be forgotten)",
              responses=_errors(401, 403, 404, 422, 429))
    def erase(client_id: str = Path(max_length=64), principal: auth.Principal = Depends(_principal),
              conn: sqlite3.Connection = Depends(_conn)) -> EraseResponse:
        count = sync.erase_client(conn, principal.boutique_id, client_id, settings.now())
        return EraseResponse(client_id=client_id, records_erased=count)

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            schema["x-clienteling-entities"] = catalogue()
        return app.openapi_schema

    app.openapi = openapi
    return app
