"""What the rules produce and what the Today view and the drafts work from.

A `Prompt` is one reason to contact one client on one day. Its `key` is stable
(`"<rule>:<client id>:<subject>"`, e.g. `"birthday:…:2026"`), so the advisor's
decision (a `PromptState` record: done / snoozed / dismissed) finds it again on
every device. `why` is an English sentence with `{placeholders}`, marked with
`QT_TRANSLATE_NOOP("Prompts", …)` so the UI can translate it and fill `why_args`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..domain.vocab import Channel, OutreachPurpose


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` without importing Qt; returns it unchanged."""
    return text


class Segment(StrEnum):
    CORE = "core"
    POTENTIAL = "potential"
    NEW = "new"
    AT_RISK = "at_risk"
    DORMANT = "dormant"
    NONE = "none"  # never bought


class Suppression(StrEnum):
    """Why a prompt is not actionable; the advisor can still see it with this reason."""

    DO_NOT_CONTACT = "do_not_contact"
    NO_CONSENT = "no_consent"  # no channel the client agreed to
    FREQUENCY_CAP = "frequency_cap"  # contacted too recently
    QUIET_PERIOD = "quiet_period"  # mourning, "do not contact until"
    SNOOZED = "snoozed"
    DONE = "done"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class Prompt:
    key: str
    client_id: str
    purpose: OutreachPurpose
    due: date
    priority: int  # 1 (most urgent) … 5
    why: str  # English, with {placeholders}; translate in context "Prompts", then format(**why_args)
    why_args: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    client_name: str = ""  # honorific name in the advisor's reading (e.g. "Mrs Zhang · 张女士")
    language: str = "en"  # the client's language: the draft is written in it
    channel: Channel | None = None  # the client's preferred channel among those consented; None: none
    subject_id: str = ""  # the purchase, case, appointment, date or catalogue item it is about
    suppressed: Suppression | None = None
    snoozed_until: date | None = None

    @property
    def actionable(self) -> bool:
        return self.suppressed is None

    def overdue(self, today: date) -> bool:
        return self.due < today

    def why_text(self) -> str:
        """The reason in English (logs, CLI, tests)."""
        return self.why.format(**self.why_args)


@dataclass(frozen=True)
class DraftContext:
    """Everything a message template may use; plain values only (the sandbox sees nothing else)."""

    purpose: OutreachPurpose
    language: str  # BCP 47, as Client.preferred_language: en, fr, zh-Hans, …
    title: str  # Title code: mr, mrs, ms, miss, dr, mx or ""
    family_name: str  # native script
    given_name: str
    family_name_latin: str
    given_name_latin: str
    advisor: str
    boutique: str
    details: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    # details by purpose, e.g. item, category, purchased_on (date), amount (Decimal) + currency,
    # promised_on, stage, appointment_at (datetime, aware), occasion, relation_name, line, feeling


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    language: str  # the language it is actually written in (a fallback may differ from the asked one)
