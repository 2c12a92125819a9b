"""What the advisor did with a prompt: outreach sent (the log) and prompts done, snoozed, dismissed;
and the message they are writing for one (a draft, kept on this laptop only)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, field_validator

from .base import Record
from .errors import ValidationError
from .validation import MAX_NAME, MAX_NOTE, MAX_SHORT, clean_text
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


class PromptDraft(BaseModel):
    """The message the advisor is writing for one prompt, as typed (kept verbatim: restored as it
    was left). Local to this laptop: not a Record, never synced. `channel` is a Channel value, or
    "" when none was chosen."""

    model_config = ConfigDict(frozen=True)

    prompt_key: str
    client_id: str
    channel: str = ""
    subject: str = ""
    body: str = ""
    saved_at: datetime

    @field_validator("prompt_key", "client_id")
    @classmethod
    def _key(cls, v: str, info) -> str:
        if not v or len(v) > MAX_NAME:
            raise ValidationError(f"A draft needs its {info.field_name.replace('_', ' ')}.", info.field_name)
        return v

    @field_validator("channel")
    @classmethod
    def _channel(cls, v: str) -> str:
        if v and v not in _CHANNELS:
            raise ValidationError(f"“{v}” is not a channel.", "channel")
        return v

    @field_validator("subject", "body")
    @classmethod
    def _text(cls, v: str, info) -> str:
        limit = MAX_SHORT if info.field_name == "subject" else MAX_NOTE
        if len(v) > limit:
            what = "subject" if info.field_name == "subject" else "message"
            raise ValidationError(f"The {what} is too long to keep ({len(v):,} characters; the limit is "
                                  f"{limit:,}).", info.field_name)
        return v


_CHANNELS = frozenset(c.value for c in Channel)
