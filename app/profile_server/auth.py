"""Advisors and bearer tokens: Argon2id password hashes, random tokens kept only as SHA-256.

No FastAPI here either; app.py turns AuthFailed into 401. Nothing in this module logs a
token or a password (the log lines name the boutique and the login only).
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from . import db

log = logging.getLogger("profile_server.auth")
HASHER = PasswordHasher()  # Argon2id, argon2-cffi's recommended parameters (RFC 9106 low-memory)
BOUTIQUE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
LOGIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,127}")
WRONG = "The boutique, login or password is not right."


class AuthFailed(Exception):
    """Sign in again (HTTP 401); the message says why."""


@dataclass(frozen=True)
class Principal:
    boutique_id: str
    login: str
    role: str
    token_hash: str
    expires_at: datetime


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Verified against when the advisor does not exist, so both cases take the same time."""
    return HASHER.hash(secrets.token_urlsafe(16))


def add_advisor(conn: sqlite3.Connection, boutique_id: str, login: str, password: str, now: datetime,
                *, role: str = "advisor", replace: bool = False, hasher: PasswordHasher | None = None) -> bool:
    """Create an advisor (or set a new password with replace=True); False if the login exists."""
    if not LOGIN.fullmatch(login):
        raise ValueError("A login is letters, digits and . _ @ - (at most 128).")
    if not password:
        raise ValueError("The password cannot be empty.")
    hashed = (hasher or HASHER).hash(password)
    with db.write(conn):
        if not db.boutique_exists(conn, boutique_id):
            raise LookupError(f"There is no boutique “{boutique_id}”; add it first with add-boutique.")
        exists = conn.execute("SELECT 1 FROM advisor WHERE boutique_id = ? AND login = ?",
                              (boutique_id, login)).fetchone()
        if exists and not replace:
            return False
        conn.execute("INSERT INTO advisor (boutique_id, login, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT(boutique_id, login) DO UPDATE SET password_hash = excluded.password_hash",
                     (boutique_id, login, hashed, role, db.iso(now)))
        if exists:  # a new password signs out every session of the old one
            conn.execute("UPDATE token SET revoked_at = ? WHERE boutique_id = ? AND login = ? AND revoked_at IS NULL",
                         (db.iso(now), boutique_id, login))
    return True


def sign_in(conn: sqlite3.Connection, boutique_id: str, login: str, password: str, now: datetime,
            ttl_seconds: int) -> tuple[str, datetime]:
    """A new token and its expiry, or AuthFailed with one message for every wrong credential."""
    row = conn.execute("SELECT password_hash FROM advisor WHERE boutique_id = ? AND login = ?",
                       (boutique_id, login)).fetchone()
    try:
        HASHER.verify(row[0] if row else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        row = None
    if row is None:
        log.info("sign-in refused boutique=%s login=%s", boutique_id, login)
        raise AuthFailed(WRONG)
    token = secrets.token_urlsafe(32)
    expires = now + timedelta(seconds=ttl_seconds)
    with db.write(conn):
        conn.execute("INSERT INTO token (token_hash, boutique_id, login, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                     (hash_token(token), boutique_id, login, db.iso(now), db.iso(expires)))
    log.info("signed in boutique=%s login=%s until=%s", boutique_id, login, db.iso(expires))
    return token, expires


def authenticate(conn: sqlite3.Connection, token: str, now: datetime) -> Principal:
    """The advisor behind a bearer token, or AuthFailed (unknown, revoked or expired)."""
    token_hash = hash_token(token)
    row = conn.execute("SELECT t.boutique_id, t.login, a.role, t.expires_at, t.revoked_at FROM token t"
                       " JOIN advisor a ON a.boutique_id = t.boutique_id AND a.login = t.login"
                       " WHERE t.token_hash = ?", (token_hash,)).fetchone()
    if row is None:
        raise AuthFailed("This sign-in is not known to the server; sign in again.")
    boutique_id, login, role, expires_at, revoked_at = row
    if revoked_at is not None:
        raise AuthFailed("This session was signed out; sign in again.")
    expires = db.parse_iso(expires_at)
    if expires <= now:
        raise AuthFailed("Your session has expired; sign in again.")
    return Principal(boutique_id, login, role, token_hash, expires)


def revoke(conn: sqlite3.Connection, principal: Principal, now: datetime) -> None:
    with db.write(conn):
        conn.execute("UPDATE token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                     (db.iso(now), principal.token_hash))
    log.info("signed out boutique=%s login=%s", principal.boutique_id, principal.login)
