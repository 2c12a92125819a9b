"""Find bundled resources the same way in a source checkout and in a frozen (PyInstaller) build.

The one module that knows where `resources/` is. In a checkout it is the repository's
`resources/`; in a build made by packaging/build.py it is `resources/` inside the bundle
(`sys._MEIPASS`), which also holds the baked-in `boutique.toml` and `build_info.json`.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

from . import __version__


def is_frozen() -> bool:
    return getattr(sys, "_MEIPASS", None) is not None


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


@cache
def build_info() -> dict:
    """What packaging/build.py stamped into the build (version, boutique, date, commit); {} from source."""
    try:
        return json.loads(resource("build_info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def version_text() -> str:
    """`clienteling 0.1.0`, and for a build: which boutique, when and from which commit."""
    info = build_info()
    text = f"clienteling {info.get('version', __version__)}"
    if info:
        details = [f"{info.get('boutique_id', '?')} build", info.get("built_at", "")[:10]]
        if info.get("commit"):
            details.append(f"commit {info['commit']}")
        text += f" ({', '.join(d for d in details if d)})"
    return text


def accent_style_sheet(accent: str, default: str) -> str:
    """The style sheet's rules that use the default accent colour, recoloured with `accent`.

    Set on a window, they override the application's sheet there; "" when nothing changes.
    """
    if accent.lower() == default.lower():
        return ""
    try:
        sheet = resource("styles", "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules = [r.strip() + "}" for r in sheet.split("}") if default.lower() in r.lower()]
    return re.sub(re.escape(default), accent, "\n".join(rules), flags=re.IGNORECASE)
