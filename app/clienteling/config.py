"""Boutique configuration (baked in at packaging time) and where a book lives on disk."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import platformdirs
from pydantic import BaseModel, Field, field_validator

from .domain.errors import ValidationError
from .domain.base import friendly

import pydantic

DEMO_BOUTIQUE_ID = "demo"


class BoutiqueConfig(BaseModel):
    boutique_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")
    display_name: str
    api_base_url: str = ""
    ca_bundle: str = ""
    locale: str = "en"
    timezone: str = "Europe/Paris"
    currency: str = "EUR"
    backups_kept: int = Field(default=7, ge=1, le=100)

    @field_validator("display_name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the display name cannot be empty")
        return v.strip()

    @property
    def is_demo(self) -> bool:
        return self.boutique_id == DEMO_BOUTIQUE_ID


DEMO = BoutiqueConfig(boutique_id=DEMO_BOUTIQUE_ID, display_name="Maison Démo · Paris Saint-Honoré",
                      locale="en", timezone="Europe/Paris", currency="EUR")


def load_boutique(path: Path | str) -> BoutiqueConfig:
    """Read a boutique file (TOML); a wrong file gets a message naming the problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(f"The boutique file {path} does not exist.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"The boutique file {path.name} is not valid TOML: {exc}") from None
    try:
        return BoutiqueConfig(**data.get("boutique", data))
    except pydantic.ValidationError as exc:
        err = friendly(exc)
        raise ValidationError(f"The boutique file {path.name} is wrong: {err}", err.field) from None


def data_home(boutique: BoutiqueConfig) -> Path:
    """One folder per boutique, so two boutique builds on one laptop keep separate books.

    `CLIENTELING_HOME` overrides the platform's user data folder (tests, portable installs).
    """
    base = os.environ.get("CLIENTELING_HOME")
    root = Path(base) if base else Path(platformdirs.user_data_dir("Clienteling", "Clienteling"))
    return root / boutique.boutique_id
