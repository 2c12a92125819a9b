"""What the advisor did with a prompt: outreach sent (the log) and prompts done, snoozed, dismissed."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import field_validator

from .base import Record
from .validation import MAX_NAME, MAX_NOTE, clean_text
from .vocab import Channel, OutreachOutcome, OutreachPurpose, PromptStateKind


class OutreachLog(Record):
    """One outreach to a client: shown on the timeline and counted by the frequency cap."""

    client_id: str
    at: datetime
    channel: Channel
    purpose: OutreachPurpose = OutreachPurpose.OTHER
    prompt_key: str = ""  # the prompt it answered, if any
    message: str = ""
    outcome: OutreachOutcome = OutreachOutcome.SENT
    advisor: str = ""

    @field_validator("message", mode="before")
    @classmethod
    def _message(cls, v):
        return clean_text(v, "message", max_len=MAX_NOTE, multiline=True)

    @field_validator("prompt_key", "advisor", mode="before")
    @classmethod
    def _short(cls, v, info):
        return clean_text(v, info.field_name, max_len=MAX_NAME)


class PromptState(Record):
    """The advisor's decision on one prompt (keyed by the rule's stable `prompt_key`)."""

    client_id: str
    prompt_key: str
    state: PromptStateKind
    until: date | None = None  # snoozed until this day
    reason: str = ""  # why it was dismissed
    channel: Channel | None = None  # the channel used when done
    at: datetime

    @field_validator("prompt_key", mode="before")
    @classmethod
    def _key(cls, v):
        return clean_text(v, "prompt_key", max_len=MAX_NAME)

    @field_validator("reason", mode="before")
    @classmethod
    def _reason(cls, v):
        return clean_text(v, "reason", max_len=MAX_NAME)
