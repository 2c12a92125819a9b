"""Print the contract: `python -m profile_server.openapi > app/profile_server/openapi.json`."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

KEPT = Path(__file__).with_name("openapi.json")


def document() -> dict:
    """The OpenAPI document the app serves at /openapi.json."""
    from .app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        return create_app(str(Path(tmp) / "contract.db")).openapi()


def render(doc: dict) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    sys.stdout.write(render(document()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
