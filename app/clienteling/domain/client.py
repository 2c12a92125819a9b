"""The client and what hangs off the person: contacts, tags, dates, relations."""

from __future__ import annotations

import re
from datetime import date, datetime

from pydantic import field_validator, model_validator

from .base import Record
from .dates import check_day, format_partial
from .errors import ValidationError
from .validation import MAX_NAME, MAX_SHORT, clean_text, format_phone
from .vocab import LANGUAGES, Channel, DateKind, RelationKind, Tier, Title

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text or ""))


class Client(Record):
    family_name: str = ""
    given_name: str = ""
    family_name_latin: str = ""
    given_name_latin: str = ""
    title: Title = Title.NONE
    country: str = ""  # ISO 3166 alpha-2: the region a local phone number is read in
    preferred_language: str = "en"
    preferred_channel: Channel = Channel.EMAIL
    tier: Tier = Tier.CLIENT
    advisor: str = ""
    address: str = ""
    city: str = ""
    do_not_contact: bool = False
    do_not_contact_reason: str = ""
    quiet_until: date | None = None  # a quiet period (mourning, "not before…"): no outreach before this day
    quiet_reason: str = ""
    created_at: datetime | None = None

    @field_validator("family_name", "given_name", "family_name_latin", "given_name_latin",
                     "advisor", "city", mode="before")
    @classmethod
    def _short(cls, v, info):
        return clean_text(v, info.field_name, max_len=MAX_NAME)

    @field_validator("address", "do_not_contact_reason", "quiet_reason", mode="before")
    @classmethod
    def _long(cls, v, info):
        return clean_text(v, info.field_name, max_len=MAX_SHORT, multiline=True)

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, v):
        text = clean_text(v, "country", max_len=64).upper()
        if text and not re.fullmatch(r"[A-Z]{2}", text):
            raise ValidationError(f"“{text}” is not a country code (use two letters, e.g. FR, CN).", "country")
        return text

    @field_validator("preferred_language", mode="before")
    @classmethod
    def _language(cls, v):
        text = clean_text(v, "preferred_language", max_len=16) or "en"
        if text not in LANGUAGES:
            raise ValidationError(f"“{text}” is not a language the app knows.", "preferred_language")
        return text

    @model_validator(mode="after")
    def _has_a_name(self):
        if not (self.family_name or self.given_name or self.family_name_latin or self.given_name_latin):
            raise ValidationError("A client needs at least a family name or a given name.", "family_name")
        return self

    @property
    def family_first(self) -> bool:
        return is_cjk(self.family_name + self.given_name)

    @property
    def native_name(self) -> str:
        if self.family_first:
            return f"{self.family_name}{self.given_name}"
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def latin_name(self) -> str:
        """The Latin transcription in the order the client uses (Zhang Wei, Héloïse Dupont)."""
        fam = self.family_name_latin
        giv = self.given_name_latin
        if not (fam or giv):
            return ""
        parts = (fam, giv) if self.family_first else (giv, fam)
        return " ".join(p for p in parts if p)

    @property
    def display_name(self) -> str:
        native = self.native_name
        latin = self.latin_name
        if native and latin and latin != native:
            return f"{native} · {latin}"
        return native or latin


class Contact(Record):
    client_id: str
    kind: str  # "phone" | "email"
    label: str = ""
    value: str  # E.164 for phones, normalised address for emails
    is_primary: bool = False

    @property
    def display(self) -> str:
        return format_phone(self.value) if self.kind == "phone" else self.value


class Tag(Record):
    client_id: str
    tag: str

    @field_validator("tag", mode="before")
    @classmethod
    def _tag(cls, v):
        text = clean_text(v, "tag", max_len=60)
        if not text:
            raise ValidationError("A tag cannot be empty.", "tag")
        return text


class ImportantDate(Record):
    client_id: str
    relation_id: str | None = None  # set when the date belongs to someone they buy gifts for
    kind: DateKind = DateKind.OTHER
    label: str = ""
    year: int | None = None
    month: int
    day: int

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, v):
        return clean_text(v, "label", max_len=MAX_NAME)

    @model_validator(mode="after")
    def _real_day(self):
        check_day(self.year, self.month, self.day)
        return self

    @property
    def text(self) -> str:
        return format_partial(self.year, self.month, self.day)


class Relation(Record):
    client_id: str
    name: str
    kind: RelationKind = RelationKind.OTHER
    notes: str = ""

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v):
        text = clean_text(v, "name", max_len=MAX_NAME)
        if not text:
            raise ValidationError("The person needs a name.", "name")
        return text

    @field_validator("notes", mode="before")
    @classmethod
    def _notes(cls, v):
        return clean_text(v, "notes", max_len=MAX_SHORT * 4, multiline=True)
