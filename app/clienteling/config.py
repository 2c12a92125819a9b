"""Boutique configuration (baked in at packaging time) and where a book lives on disk.

A boutique file is TOML, its settings under a `[boutique]` table (see
packaging/boutiques/*.toml). Paths in it (`logo`, `ca_bundle`) are relative to
the file; `load_boutique` makes them absolute and checks the files exist.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
import pydantic
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from .domain.errors import ValidationError
from .outreach.settings import AftercareSettings, OutreachSettings

DEMO_BOUTIQUE_ID = "demo"
DEMO_CLIENTS = 320  # the demo book: this many fictional clients from these dice (the demo server loads the same)
DEMO_SEED = 7
DEFAULT_ACCENT = "#8c6d46"  # the accent of resources/styles/app.qss
LOGO_SUFFIXES = (".png", ".svg")


class AgendaSettings(BaseModel):
    """`[boutique.agenda]`: reminders, the opening hours the agenda shows, a booking's default length."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reminder_minutes: int = Field(default=15, ge=0, le=24 * 60)  # 0: no reminders
    day_starts_hour: int = Field(default=9, ge=0, le=23)  # the agenda's visible day
    day_ends_hour: int = Field(default=20, ge=1, le=24)
    default_duration_min: int = Field(default=60, ge=5, le=24 * 60)

    @model_validator(mode="after")
    def _hours(self) -> "AgendaSettings":
        if self.day_ends_hour <= self.day_starts_hour:
            raise ValueError(f"day_ends_hour ({self.day_ends_hour}) must be after day_starts_hour "
                             f"({self.day_starts_hour})")
        return self


class BoutiqueConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    boutique_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")
    display_name: str
    api_base_url: str = ""
    ca_bundle: str = ""
    locale: str = "en"
    timezone: str = "Europe/Paris"
    currency: str = "EUR"
    logo: str = ""
    accent_colour: str = DEFAULT_ACCENT
    backups_kept: int = Field(default=7, ge=1, le=100)
    agenda: AgendaSettings = Field(default_factory=AgendaSettings)
    outreach: OutreachSettings = Field(default_factory=OutreachSettings)
    aftercare: AftercareSettings = Field(default_factory=AftercareSettings)

    @field_validator("display_name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the display name cannot be empty")
        return v.strip()

    @field_validator("api_base_url")
    @classmethod
    def _url(cls, v: str) -> str:
        v = v.strip().rstrip("/")
        if not v:
            return v
        parts = urlsplit(v)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"“{v}” is not a server address; write it like https://clienteling.example.com")
        if parts.username or parts.password:
            raise ValueError("the server address must not contain a login or password")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise ValueError(f"“{v}” is not secure: use https:// (plain http:// only for 127.0.0.1)")
        return v

    @field_validator("locale")
    @classmethod
    def _locale(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z]{2,3}([_-][A-Za-z]{2,4})?", v):
            raise ValueError(f"“{v}” is not a locale; write it like en, fr or zh_CN")
        return v.replace("-", "_")

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, v: str) -> str:
        import zoneinfo

        try:
            zoneinfo.ZoneInfo(v)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            if zoneinfo.available_timezones():  # no tz database at all (bare Windows): nothing to check against
                raise ValueError(f"“{v}” is not a time zone; write it like Europe/Paris or Asia/Shanghai") from None
        return v

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"“{v}” is not a currency code; write three capitals, like EUR, CHF or CNY")
        return v

    @field_validator("accent_colour")
    @classmethod
    def _colour(cls, v: str) -> str:
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", v):
            raise ValueError(f"“{v}” is not a colour; write it as #rrggbb, like #8c6d46")
        return v.lower()

    @field_validator("logo", "ca_bundle")
    @classmethod
    def _file(cls, v: str, info: ValidationInfo) -> str:
        """Relative to the boutique file when read from one (and then it must exist)."""
        if not v:
            return v
        base = (info.context or {}).get("base_dir")
        if base is None:
            return v
        path = (Path(base) / Path(v).expanduser()).resolve()
        if not path.is_file():
            raise ValueError(f"the file {v} does not exist (looked for {path})")
        if info.field_name == "logo" and path.suffix.lower() not in LOGO_SUFFIXES:
            raise ValueError(f"the logo must be a {' or '.join(LOGO_SUFFIXES)} file, not {path.name}")
        return str(path)

    @property
    def is_demo(self) -> bool:
        return self.boutique_id == DEMO_BOUTIQUE_ID

    def logo_file(self) -> Path | None:
        """The boutique's logo, else the app's own; None when neither is there."""
        if self.logo:
            return Path(self.logo)
        from .resources import resource

        default = resource("icons", "clienteling.png")
        return default if default.is_file() else None


def is_loopback(host: str) -> bool:
    """localhost or a loopback address: the only hosts plain http may reach."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


DEMO = BoutiqueConfig(boutique_id=DEMO_BOUTIQUE_ID, display_name="Maison Démo · Paris Saint-Honoré",
                      locale="en", timezone="Europe/Paris", currency="EUR")

FIELDS = tuple(BoutiqueConfig.model_fields)


def load_boutique(path: Path | str) -> BoutiqueConfig:
    """Read a boutique file (TOML); a wrong file gets a message naming every problem in it."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(f"The boutique file {path} does not exist.") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is a folder, not a boutique file.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"The boutique file {path.name} is not valid TOML: {exc}") from None
    settings = data.get("boutique", data)
    if not isinstance(settings, dict):
        raise ValidationError(f"The boutique file {path.name} is wrong: [boutique] must be a table of settings.")
    try:
        return BoutiqueConfig.model_validate(settings, context={"base_dir": path.resolve().parent})
    except pydantic.ValidationError as exc:
        problems = [_problem(e) for e in exc.errors()]
        first = next((str(e["loc"][0]) for e in exc.errors() if e.get("loc")), None)
        raise ValidationError(f"The boutique file {path.name} is wrong:\n" + "\n".join(
            f"  - {p}" for p in problems), first) from None


def _problem(err: dict) -> str:
    """One line per mistake, naming the setting as it is written in the file."""
    field = ".".join(str(p) for p in err.get("loc", ())) or "boutique"
    kind = err.get("type", "")
    if kind == "missing":
        return f"{field} is required."
    if kind == "extra_forbidden":
        near = difflib.get_close_matches(field, FIELDS, n=1)
        hint = f" (did you mean {near[0]}?)" if near else f" (known settings: {', '.join(FIELDS)})"
        return f"{field} is not a setting{hint}."
    if kind == "string_pattern_mismatch" and field == "boutique_id":
        return (f"boutique_id “{err.get('input')}” must be lowercase letters, digits and dashes "
                "(like paris-saint-honore).")
    msg = err.get("msg", "invalid value")
    msg = msg.removeprefix("Value error, ")
    return f"{field}: {msg}."


def data_home(boutique: BoutiqueConfig) -> Path:
    """One folder per boutique, so two boutique builds on one laptop keep separate books.

    `CLIENTELING_HOME` overrides the platform's user data folder (tests, portable installs).
    """
    base = os.environ.get("CLIENTELING_HOME")
    root = Path(base) if base else Path(platformdirs.user_data_dir("Clienteling", "Clienteling"))
    return root / boutique.boutique_id
