"""Talking to the central profile API: wire models, the HTTP client, sign-in, the sync engine.

The only package that imports httpx. Local effects go through `clienteling.store.sync_*`.
"""

from .auth import KeyringTokens, SessionTokens, SignedIn, TokenStore, sign_in, sign_out
from .client import ApiClient, CursorGone, check_url, details_of, reason_of
from .engine import STEPS, RunResult, SyncEngine, SyncProgress

__all__ = ["ApiClient", "CursorGone", "check_url", "details_of", "reason_of", "KeyringTokens", "SessionTokens",
           "SignedIn", "TokenStore", "sign_in", "sign_out", "STEPS", "RunResult", "SyncEngine", "SyncProgress"]
