"""Fixtures for the packaging tests: packaging/build.py as a module, and boutique files to build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


@pytest.fixture(scope="session")
def build_module():
    """packaging/build.py, imported (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("clienteling_packaging_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_boutique(folder: Path, boutique_id: str, display_name: str, **extra: str) -> Path:
    """A boutique file in `folder`, with the app's own logo unless `logo` is given."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {"boutique_id": boutique_id, "display_name": display_name, "locale": "fr",
                "timezone": "Europe/Zurich", "currency": "CHF", "logo": str(ICONS / "clienteling.png"),
                "accent_colour": "#1f4e45", **extra}
    lines = ["[boutique]"] + [f'{k} = "{v}"' for k, v in settings.items()]
    path = folder / f"{boutique_id}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
