"""The plain facts the rules read: one light tuple per row, no pydantic, so a whole book fits in a second.

`store/outreach.py` reads these columns in this order (set-based, a few queries for the whole
book). The rules unpack rows by position, so a plain tuple from the store and one of these
named tuples (tests, readers) are the same to them. Dates are `date`, times aware `datetime`
(UTC), amounts `float` (thresholds only; drafts read the exact `Decimal` from the record).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from ..domain.aftercare import STAGES


class ClientFacts(NamedTuple):
    id: str
    family_name: str
    given_name: str
    family_name_latin: str
    given_name_latin: str
    title: str
    language: str
    channel: str  # preferred channel
    do_not_contact: bool
    quiet_until: date | None


class DateFact(NamedTuple):
    client_id: str
    id: str
    relation_id: str | None
    kind: str  # DateKind
    label: str
    year: int | None
    month: int
    day: int
    relation_name: str  # "" for the client's own dates


class PurchaseFact(NamedTuple):
    client_id: str
    id: str
    purchased_on: date
    item: str
    category: str  # ProductCategory
    amount: float


class RfmFact(NamedTuple):
    """One client's purchases summed up: first and last day, and how often and how much."""

    client_id: str
    first: date
    last: date
    count_window: int  # purchases within Segments.window_days of today
    spend_window: float
    spend_total: float


class AppointmentFact(NamedTuple):
    client_id: str
    id: str
    starts_at: datetime
    status: str  # AppointmentStatus
    purpose: str  # AppointmentPurpose
    time_zone: str


class CaseFact(NamedTuple):
    """An open aftercare case as the rules and `sla.sla_checks` read it (the AftercareCase fields they use)."""

    id: str
    client_id: str
    kind: str  # CaseKind
    purchase_id: str | None
    item: str
    stage: str
    status: str  # CaseStatus
    opened_at: datetime
    promised_on: date | None
    deleted: bool = False

    @property
    def stages(self) -> tuple[str, ...]:
        return STAGES[self.kind]


class StageFact(NamedTuple):
    """A stage a case reached (the CaseStage fields the SLA checks read)."""

    case_id: str
    stage: str
    at: datetime
    deleted: bool = False


class PreferenceFact(NamedTuple):
    client_id: str
    category: str  # PreferenceCategory
    value: str
    sentiment: str  # like / dislike


class SizeFact(NamedTuple):
    client_id: str
    category: str  # SizeCategory
    system: str
    value: str


class WishFact(NamedTuple):
    client_id: str
    id: str
    description: str
    category: str | None
    sku: str


class StateFact(NamedTuple):
    client_id: str
    prompt_key: str
    state: str  # PromptStateKind
    until: date | None
    at: datetime


@dataclass
class BookFacts:
    """Everything the rules need for a day (or a span of days), for the whole book."""

    dates: list[DateFact] = field(default_factory=list)
    purchases: list[PurchaseFact] = field(default_factory=list)  # recent ones and care candidates
    rfm: list[RfmFact] = field(default_factory=list)
    last_purchases: dict[str, PurchaseFact] = field(default_factory=dict)  # client id -> latest purchase
    appointments: list[AppointmentFact] = field(default_factory=list)
    cases: list[CaseFact] = field(default_factory=list)  # open cases (AftercareCase records will do too)
    case_stages: list[StageFact] = field(default_factory=list)  # of those cases (or CaseStage records)
    preferences: list[PreferenceFact] = field(default_factory=list)  # only values a new arrival has
    sizes: list[SizeFact] = field(default_factory=list)
    wishes: list[WishFact] = field(default_factory=list)  # open wishlist items naming a new arrival


@dataclass
class GateFacts:
    """What the gates read for the clients that have prompts."""

    clients: dict[str, ClientFacts] = field(default_factory=dict)
    granted: dict[str, frozenset[str]] = field(default_factory=dict)  # channels whose latest consent is granted
    last_contact: dict[str, date] = field(default_factory=dict)  # client id -> last outreach (boutique's day)
    states: dict[str, StateFact] = field(default_factory=dict)  # prompt key -> latest decision
