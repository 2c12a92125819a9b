"""Appointments: a client, a time (stored in UTC with the boutique's zone), a purpose and notes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pydantic import field_validator

from .base import Record
from .errors import ValidationError
from .validation import MAX_NAME, MAX_NOTE, clean_text
from .vocab import AppointmentPurpose, AppointmentStatus, Place

MIN_DURATION, MAX_DURATION = 5, 24 * 60
FIRST_YEAR, LAST_YEAR = 1990, 2200


class Appointment(Record):
    """`starts_at` is aware and UTC; `time_zone` is the IANA zone it was booked in (the boutique's)."""

    client_id: str
    starts_at: datetime
    duration_min: int = 60
    purpose: AppointmentPurpose = AppointmentPurpose.STYLING_SESSION
    place: Place = Place.BOUTIQUE
    place_detail: str = ""  # the hotel, the address, the video link
    advisor: str = ""
    status: AppointmentStatus = AppointmentStatus.BOOKED
    time_zone: str = ""
    notes_before: str = ""  # what to prepare, pieces to pull
    notes_after: str = ""  # what happened, what they liked, what to follow up
    ics_uid: str = ""  # the UID of the calendar event it was imported from, if any

    @field_validator("starts_at")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValidationError("The start time has no time zone.", "starts_at")
        v = v.astimezone(timezone.utc)
        if not FIRST_YEAR <= v.year <= LAST_YEAR:
            raise ValidationError(f"The year {v.year} is not plausible for an appointment.", "starts_at")
        return v

    @field_validator("duration_min")
    @classmethod
    def _duration(cls, v: int) -> int:
        if not MIN_DURATION <= v <= MAX_DURATION:
            raise ValidationError(
                f"An appointment lasts between {MIN_DURATION} minutes and 24 hours, not {v} minutes.",
                "duration_min")
        return v

    @field_validator("place_detail", "advisor", "time_zone", "ics_uid", mode="before")
    @classmethod
    def _short(cls, v, info):
        return clean_text(v, info.field_name, max_len=MAX_NAME if info.field_name != "ics_uid" else 1000)

    @field_validator("notes_before", "notes_after", mode="before")
    @classmethod
    def _notes(cls, v, info):
        return clean_text(v, info.field_name, max_len=MAX_NOTE, multiline=True)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_min)

    @property
    def active(self) -> bool:
        """Still taking a slot in the advisor's day (not cancelled)."""
        return not self.deleted and self.status != AppointmentStatus.CANCELLED
