"""Server settings: every limit the contract mentions, with its default."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Settings:
    token_ttl_seconds: int = 12 * 3600          # a token lives 12 h
    max_batch: int = 200                        # mutations per push; more -> 413
    max_body_bytes: int = 4 * 1024 * 1024       # request body; more -> 413
    pull_default_limit: int = 500
    pull_max_limit: int = 1000
    max_in_flight_sync: int = 8                 # concurrent /v1/sync/* requests; more -> 503
    busy_retry_after: int = 2                   # seconds suggested with a 503
    rate_limit_per_minute: int = 600            # per token, sustained; 0 = no limit
    rate_limit_burst: int = 120                 # per token, short bursts
    sign_in_per_minute: int = 10                # sign-in attempts per boutique+login; 0 = no limit
    sign_in_burst: int = 10
    clock: Callable[[], datetime] = field(default=utc_now, repr=False)

    def now(self) -> datetime:
        return self.clock()
