"""Small helpers shared by the unit tests."""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest(path: Path) -> str | None:
    """sha256 of a file, None when it does not exist."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def folder_state(folder: Path) -> dict[str, str | None]:
    """Every file in a folder with its hash, to prove a failed open changed nothing."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}
