"""Aftercare cases (repairs, alterations, services, bespoke orders) and their stage history."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from pydantic import field_validator, model_validator

from .base import Record
from .errors import ValidationError
from .validation import MAX_NAME, MAX_NOTE, MAX_SHORT, clean_text
from .vocab import CaseKind, CaseStatus

# The stages each kind of case goes through, in order. The last stage closes the case.
STAGES: dict[CaseKind, tuple[str, ...]] = {
    CaseKind.REPAIR: ("received", "sent_to_workshop", "quote_sent", "approved", "in_progress",
                      "back_in_boutique", "collected"),
    CaseKind.SERVICE: ("received", "sent_to_workshop", "quote_sent", "approved", "in_progress",
                       "back_in_boutique", "collected"),
    CaseKind.ALTERATION: ("received", "fitting", "in_progress", "back_in_boutique", "collected"),
    CaseKind.CLEANING: ("received", "in_progress", "back_in_boutique", "collected"),
    CaseKind.ENGRAVING: ("received", "sent_to_workshop", "back_in_boutique", "collected"),
    CaseKind.BESPOKE: ("brief", "design_proposal", "client_confirmation", "production", "delivered"),
}
ALL_STAGES: tuple[str, ...] = tuple(dict.fromkeys(s for stages in STAGES.values() for s in stages))
READY = "back_in_boutique"  # the item waits for the client: a promised date past this is not late
# The kind of case a purchase's category usually needs (the editor's first guess; the advisor decides).
SUGGESTED_KIND: dict[str, CaseKind] = {
    "leather_goods": CaseKind.REPAIR, "shoes": CaseKind.REPAIR, "accessories": CaseKind.REPAIR,
    "watches": CaseKind.SERVICE, "jewellery": CaseKind.CLEANING, "ready_to_wear": CaseKind.ALTERATION,
}
_PLAIN = re.compile(r"\d+(?:[.,]\d{1,2})?")
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*(?:(?P<dec>[.,])\d{1,2})?")


def parse_amount(text: str | Decimal | None, field: str = "quote_amount") -> Decimal | None:
    """An amount as an advisor types it: "1250", "1 250,50", "1,250.50", "€ 480" (None when empty)."""
    if text is None or isinstance(text, Decimal):
        return text
    raw = "".join(ch for ch in str(text) if not ch.isspace() and ch not in "€$£¥₩₽'")
    if not raw:
        return None
    if _PLAIN.fullmatch(raw):
        return Decimal(raw.replace(",", "."))
    grouped = _GROUPED.fullmatch(raw)
    if grouped and grouped["dec"] != grouped["sep"]:
        whole, _, cents = raw.rpartition(grouped["dec"]) if grouped["dec"] else (raw, "", "")
        return Decimal(whole.replace(grouped["sep"], "") + (f".{cents}" if grouped["dec"] else ""))
    raise ValidationError(f"“{str(text).strip()}” is not an amount (for example 1250 or 1 250,50).", field)


class AftercareCase(Record):
    """One promise to a client. `stage` is the current stage; `CaseStage` rows keep the history."""

    client_id: str
    kind: CaseKind
    purchase_id: str | None = None  # the purchase the item comes from, when it does
    item: str  # described when it is not from a purchase
    request: str = ""  # the issue / what the client asked for
    stage: str = ""
    status: CaseStatus = CaseStatus.OPEN
    opened_at: datetime
    promised_on: date | None = None
    quote_amount: Decimal | None = None
    currency: str = ""
    advisor: str = ""
    notes: str = ""

    @field_validator("item", mode="before")
    @classmethod
    def _item(cls, v):
        text = clean_text(v, "item", max_len=MAX_SHORT)
        if not text:
            raise ValidationError("Describe the item (or pick it from the client's purchases).", "item")
        return text

    @field_validator("request", "notes", mode="before")
    @classmethod
    def _long(cls, v, info):
        return clean_text(v, info.field_name, max_len=MAX_NOTE, multiline=True)

    @field_validator("advisor", mode="before")
    @classmethod
    def _advisor(cls, v):
        return clean_text(v, "advisor", max_len=MAX_NAME)

    @field_validator("quote_amount")
    @classmethod
    def _amount(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and (not v.is_finite() or v < 0):
            raise ValidationError("The quote must be a positive amount.", "quote_amount")
        return v

    @field_validator("currency", mode="before")
    @classmethod
    def _currency(cls, v):
        text = clean_text(v, "currency", max_len=3).upper()
        if text and not (len(text) == 3 and text.isalpha()):
            raise ValidationError(f"“{text}” is not a currency code (EUR, CNY, …).", "currency")
        return text

    @model_validator(mode="after")
    def _stage(self) -> AftercareCase:
        stages = STAGES[self.kind]
        if not self.stage:
            object.__setattr__(self, "stage", stages[0])
        elif self.stage not in stages:
            raise ValidationError(f"“{self.stage}” is not a stage of a {self.kind.value} case.", "stage")
        return self

    @property
    def stages(self) -> tuple[str, ...]:
        return STAGES[self.kind]

    @property
    def progress(self) -> tuple[int, int]:
        """(stages reached, stages in all): 1 of 7 when just received."""
        return self.stages.index(self.stage) + 1, len(self.stages)


class CaseStage(Record):
    """A stage a case reached, and when: the history the progress bar and SLAs are read from."""

    client_id: str
    case_id: str
    stage: str
    at: datetime
    note: str = ""

    @field_validator("stage")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in ALL_STAGES:
            raise ValidationError(f"“{v}” is not an aftercare stage.", "stage")
        return v

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, v):
        return clean_text(v, "note", max_len=MAX_SHORT, multiline=True)
