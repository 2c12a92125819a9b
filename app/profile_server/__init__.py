"""Reference central profile API for Clienteling (FastAPI over SQLite).

The devices depend only on the contract, `openapi.json` beside this file
(regenerate it with `python -m profile_server.openapi > app/profile_server/openapi.json`).

Modules: `app` (FastAPI factory), `auth` (Argon2id passwords, hashed bearer tokens),
`sync` (push merge and pull paging, no FastAPI), `models` (the wire models = the contract),
`db` (SQLite schema and transactions), `pos_import` (point-of-sale CSV), `limits`
(rate limit, concurrency limit, body size), `cli` (`clienteling-server`), `openapi`.
"""

from .settings import Settings

__all__ = ["Settings", "__version__"]

__version__ = "1.0.0"
