"""A client's whole dossier as read at one glance, and the light row the list shows."""

from __future__ import annotations

from typing import NamedTuple

from pydantic import BaseModel, Field

from .aftercare import AftercareCase, CaseStage
from .agenda import Appointment
from .client import Client, Contact, ImportantDate, Relation, Tag
from .outreach_log import OutreachLog, PromptState
from .records import Consent, Note, Preference, Purchase, Size, WishlistItem


class Dossier(BaseModel):
    client: Client
    contacts: list[Contact] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    dates: list[ImportantDate] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    preferences: list[Preference] = Field(default_factory=list)
    sizes: list[Size] = Field(default_factory=list)
    wishlist: list[WishlistItem] = Field(default_factory=list)
    purchases: list[Purchase] = Field(default_factory=list)  # newest first
    consents: list[Consent] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)  # newest first
    appointments: list[Appointment] = Field(default_factory=list)  # newest first
    cases: list[AftercareCase] = Field(default_factory=list)  # open first, newest first
    case_stages: list[CaseStage] = Field(default_factory=list)  # in order reached
    outreach: list[OutreachLog] = Field(default_factory=list)  # newest first
    prompt_states: list[PromptState] = Field(default_factory=list)  # the advisor's decisions on prompts, newest first

    @property
    def phones(self) -> list[Contact]:
        return [c for c in self.contacts if c.kind == "phone"]

    @property
    def emails(self) -> list[Contact]:
        return [c for c in self.contacts if c.kind == "email"]

    def dates_of(self, relation_id: str | None) -> list[ImportantDate]:
        return [d for d in self.dates if d.relation_id == relation_id]

    def stages_of(self, case_id: str) -> list[CaseStage]:
        return [s for s in self.case_stages if s.case_id == case_id]

    def sizes_of(self, relation_id: str | None) -> list[Size]:
        return [s for s in self.sizes if s.relation_id == relation_id]


class ClientRow(NamedTuple):
    """What one line of the client list shows; cheap enough to hold 100,000 of."""

    rowid: int
    id: str
    name: str
    tier: str
    advisor: str
    city: str
    phone: str
