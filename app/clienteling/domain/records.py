"""Dossier records: preferences, sizes, wishlist, purchases, consents, notes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import field_validator

from .base import Record
from .errors import ValidationError
from .validation import MAX_NAME, MAX_NOTE, MAX_SHORT, clean_text
from .vocab import (Channel, ConsentStatus, NoteKind, PreferenceCategory, ProductCategory,
                    Sentiment, SizeCategory, SizeSystem, WishStatus)


def _required(v, field: str, max_len: int = MAX_NAME) -> str:
    text = clean_text(v, field, max_len=max_len)
    if not text:
        raise ValidationError(f"{field.replace('_', ' ').capitalize()} cannot be empty.", field)
    return text


class Preference(Record):
    client_id: str
    category: PreferenceCategory
    value: str
    sentiment: Sentiment = Sentiment.LIKE

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, v):
        return _required(v, "value")


class Size(Record):
    client_id: str
    relation_id: str | None = None
    category: SizeCategory
    system: SizeSystem
    value: str

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, v):
        return _required(v, "size", max_len=20)


class WishlistItem(Record):
    client_id: str
    description: str
    category: ProductCategory | None = None
    sku: str = ""
    added_on: date | None = None
    status: WishStatus = WishStatus.OPEN

    @field_validator("description", mode="before")
    @classmethod
    def _desc(cls, v):
        return _required(v, "description", max_len=MAX_SHORT)

    @field_validator("sku", mode="before")
    @classmethod
    def _sku(cls, v):
        return clean_text(v, "sku", max_len=64)


class Purchase(Record):
    """Read-only on devices: purchases come from the brand's point of sale via the central API."""

    client_id: str
    purchased_on: date
    item: str
    category: ProductCategory
    sku: str = ""
    amount: Decimal
    currency: str = "EUR"
    boutique: str = ""


class Consent(Record):
    client_id: str
    channel: Channel
    status: ConsentStatus
    at: datetime
    source: str = ""

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, v):
        return clean_text(v, "source", max_len=MAX_NAME)


class Note(Record):
    client_id: str
    kind: NoteKind = NoteKind.CONVERSATION
    body: str
    created_at: datetime
    author: str = ""

    @field_validator("body", mode="before")
    @classmethod
    def _body(cls, v):
        text = clean_text(v, "note", max_len=MAX_NOTE, multiline=True)
        if not text:
            raise ValidationError("The note is empty.", "body")
        return text
