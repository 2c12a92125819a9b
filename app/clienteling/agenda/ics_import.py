"""Reading a calendar file (.ics) from Outlook, Google Calendar or Apple Calendar.

`parse_ics(data, tz)` either returns every event, validated, or raises one
`ValidationError` that says what is wrong with the file, so an import never stops half-way:
nothing is written until the whole file has been read. Events that are not appointments
(all-day, longer than a day, repeating) come back with a `skip` reason for the advisor to see.
Times without a zone (floating) or in a zone this computer does not know are read as the
boutique's. The emails (ATTENDEE mailto:, or written in the text) and phone numbers an event
names are collected for linking it to a client; the linking itself needs the book.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

import icalendar

from ..domain.agenda import FIRST_YEAR, LAST_YEAR, MAX_DURATION, zone
from ..domain.errors import ValidationError
from ..domain.validation import clean_text
from ..domain.vocab import AppointmentPurpose, Place
from .ics_export import appointment_id_of

MAX_BYTES = 5 * 1024 * 1024  # a year of a busy advisor's calendar is well under 1 MB
MAX_EVENTS = 5000
MAX_SUMMARY, MAX_LOCATION, MAX_DESCRIPTION = 500, 200, 20_000

_EMAIL = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.UNICODE)
_PHONE = re.compile(r"\+?\d[\d ().\u00a0/-]{6,22}\d")
_VIDEO = re.compile(r"zoom\.us|teams\.microsoft|meet\.google|facetime|webex|whereby|\bvisio", re.IGNORECASE)


class Skip(StrEnum):
    """Why an event of the file is not imported."""

    ALL_DAY = "all_day"
    TOO_LONG = "too_long"  # longer than a day: a holiday, a trip
    REPEATS = "repeats"  # a repeating series, or one changed occurrence of it
    CANCELLED = "cancelled"  # cancelled in the calendar and not in the book


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: datetime  # aware, UTC
    duration_min: int
    summary: str
    description: str = ""
    location: str = ""
    cancelled: bool = False
    emails: tuple[str, ...] = ()  # lower-case
    phones: tuple[str, ...] = ()  # the digits as written (national or international)
    client_id: str = ""  # X-CLIENTELING-CLIENT-ID, when the file came from Clienteling
    appointment_id: str = ""  # the appointment it was exported from, when it was
    skip: Skip | None = None
    zone_guessed: bool = False  # no zone or an unknown one: read as the boutique's time

    @property
    def purpose(self) -> AppointmentPurpose:
        return guess_purpose(f"{self.summary} {self.description}")

    @property
    def place(self) -> Place:
        return guess_place(self.location, self.description)


def parse_ics(data: bytes, tz: str, *, default_duration: int = 60) -> list[CalendarEvent]:
    """Every VEVENT of `data`, or a ValidationError naming the first thing that is wrong."""
    text = _decode(data)
    try:
        cal = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError, RecursionError):
        raise ValidationError("The calendar file is damaged and cannot be read. Export it again from the "
                              "calendar app and import the new file.") from None
    components = cal.walk("VEVENT")
    if not components:
        raise ValidationError("The calendar file holds no events.")
    if len(components) > MAX_EVENTS:
        raise ValidationError(f"The calendar file holds {len(components):,} events; at most {MAX_EVENTS:,} can be "
                              "imported at once. Export a shorter period and import that.")
    zi = zone(tz)
    events: list[CalendarEvent] = []
    seen: set[str] = set()
    for n, component in enumerate(components, start=1):
        event = _event(component, n, zi, default_duration)
        if event.uid in seen:  # another occurrence of a series (RECURRENCE-ID shares the UID)
            event = replace(event, skip=Skip.REPEATS)
        seen.add(event.uid)
        events.append(event)
    return events


def check_size(size: int) -> None:
    """Refuse a file too big to be a calendar worth importing (ask before reading it)."""
    if size > MAX_BYTES:
        raise ValidationError(f"The file is {size / 1_048_576:.1f} MB; a calendar file to import can be at "
                              f"most {MAX_BYTES // 1_048_576} MB. Export a shorter period and import that.")


def _decode(data: bytes) -> str:
    check_size(len(data))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"The file is not a calendar in UTF-8 (the character at byte {exc.start:,} cannot "
                              "be read). Export it again as an iCalendar (.ics) file.") from None
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise ValidationError("This is not a calendar (.ics) file: it does not start with BEGIN:VCALENDAR.")
    if "\x00" in text:
        raise ValidationError("The calendar file is damaged and cannot be read (it holds binary data).")
    return text


def _event(c, n: int, zi, default_duration: int) -> CalendarEvent:
    summary = _text(c.get("summary"), MAX_SUMMARY)
    name = f"Event {n}" + (f" (“{summary[:60]}”)" if summary else "")
    broken = {prop for prop, _ in getattr(c, "errors", ())}
    if "DTSTART" not in c:
        raise ValidationError(f"{name} has no start time (DTSTART). Nothing was imported.")
    for prop in ("DTSTART", "DTEND", "DURATION"):
        if prop in broken or (prop in c and isinstance(c.get(prop), icalendar.vBroken)):
            raise ValidationError(f"{name} has a {_WHAT[prop]} that cannot be read ({prop}). Nothing was imported.")
    try:
        start = c.decoded("dtstart")
        end = c.decoded("dtend") if "DTEND" in c else None
        length = c.decoded("duration") if "DURATION" in c else None
    except (ValueError, TypeError, KeyError, OverflowError):
        raise ValidationError(f"{name} has a time that cannot be read. Nothing was imported.") from None
    if not isinstance(start, date):
        raise ValidationError(f"{name} has a start time that cannot be read (DTSTART). Nothing was imported.")
    if not FIRST_YEAR <= start.year <= LAST_YEAR:
        raise ValidationError(f"{name} is in the year {start.year}, which is not plausible for an appointment. "
                              "Nothing was imported.")
    uid = _text(c.get("uid"), 1000) or _made_uid(c, start, summary)
    common = {"uid": uid, "summary": summary, "description": _text(c.get("description"), MAX_DESCRIPTION),
              "location": _text(c.get("location"), MAX_LOCATION),
              "cancelled": str(c.get("status", "")).upper() == "CANCELLED",
              "emails": _emails(c), "phones": _phones(c), "client_id": _text(c.get("x-clienteling-client-id"), 100),
              "appointment_id": appointment_id_of(uid)}
    if not isinstance(start, datetime):
        return CalendarEvent(starts_at=datetime(start.year, start.month, start.day, tzinfo=timezone.utc),
                             duration_min=default_duration, skip=Skip.ALL_DAY, **common)
    guessed = start.tzinfo is None
    starts_at = _utc(start, zi)
    if isinstance(end, datetime):
        if end.tzinfo is None:
            end = end.replace(tzinfo=start.tzinfo or zi)
        span = _utc(end, zi) - starts_at
    elif isinstance(end, date):
        raise ValidationError(f"{name} ends on a day without a time (DTEND) while it starts at a time. "
                              "Nothing was imported.")
    elif isinstance(length, timedelta):
        span = length
    else:
        span = timedelta(minutes=default_duration)
    if span < timedelta(0):
        raise ValidationError(f"{name} ends before it starts. Nothing was imported.")
    minutes = max(5, round(span.total_seconds() / 60)) if span else default_duration
    skip = None
    if minutes > MAX_DURATION:
        skip, minutes = Skip.TOO_LONG, MAX_DURATION
    elif "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c:
        skip = Skip.REPEATS
    return CalendarEvent(starts_at=starts_at, duration_min=minutes, skip=skip, zone_guessed=guessed, **common)


_WHAT = {"DTSTART": "start time", "DTEND": "end time", "DURATION": "duration"}


def _utc(value: datetime, zi) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=zi)
    try:
        return value.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        raise ValidationError(f"The time {value:%Y-%m-%d %H:%M} cannot be read. Nothing was imported.") from None


def _text(value, max_len: int) -> str:
    """A property as plain text, cut (never refused) at `max_len`: it comes from someone else's calendar."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    raw = str(value)[: max_len * 2]
    text = clean_text(raw, "text", max_len=len(raw) + 1, multiline=True)
    return text[:max_len].strip()


def _emails(c) -> tuple[str, ...]:
    found: list[str] = []
    attendees = c.get("attendee", [])
    for a in attendees if isinstance(attendees, list) else [attendees]:
        address = str(a)
        if address.lower().startswith("mailto:"):
            found.append(address[7:].strip())
    for prop in ("summary", "description", "location"):
        found += _EMAIL.findall(str(c.get(prop, ""))[:MAX_DESCRIPTION])
    return tuple(dict.fromkeys(e.lower().strip(".") for e in found if "@" in e))[:20]


def _phones(c) -> tuple[str, ...]:
    found: list[str] = []
    for prop in ("summary", "description", "location"):
        for m in _PHONE.findall(str(c.get(prop, ""))[:MAX_DESCRIPTION]):
            digits = re.sub(r"\D", "", m)
            if 8 <= len(digits) <= 15:
                found.append(("+" if m.startswith("+") else "") + digits)
    return tuple(dict.fromkeys(found))[:20]


def _made_uid(c, start, summary: str) -> str:
    """A UID for an event that has none (the RFC requires one): the same file gives the same UID."""
    digest = hashlib.sha256(f"{start.isoformat()}|{summary}|{c.get('description', '')}".encode()).hexdigest()
    return f"{digest[:32]}@imported"


def phone_tail(digits: str) -> str:
    """The last nine digits of a number: the same for 06 12 34 56 78 and +33 6 12 34 56 78."""
    return re.sub(r"\D", "", digits)[-9:]


_PURPOSE_WORDS = (
    (AppointmentPurpose.ALTERATION_FITTING, r"alteration|retouche|hem|ourlet"),
    (AppointmentPurpose.FITTING, r"fitting|essayage|prova"),
    (AppointmentPurpose.PICKUP, r"pick[ -]?up|collect|retrait|récupér"),
    (AppointmentPurpose.REPAIR_DROP_OFF, r"repair|réparation|riparazione|dépôt"),
    (AppointmentPurpose.VIDEO_CALL, r"video|vidéo|visio|zoom|teams|facetime|wechat call"),
    (AppointmentPurpose.PRIVATE_VIEWING, r"viewing|private|présentation|preview|novelt|nouveaut"),
    (AppointmentPurpose.EVENT, r"\bevent|soirée|cocktail|dinner|dîner|launch|lancement"),
)


def guess_purpose(text: str) -> AppointmentPurpose:
    for purpose, words in _PURPOSE_WORDS:
        if re.search(words, text, re.IGNORECASE):
            return purpose
    return AppointmentPurpose.STYLING_SESSION


def guess_place(location: str, description: str = "") -> Place:
    if _VIDEO.search(location) or (not location and _VIDEO.search(description)):
        return Place.VIDEO
    if re.search(r"h[oô]tel", location, re.IGNORECASE):
        return Place.HOTEL
    if re.search(r"salon", location, re.IGNORECASE):
        return Place.SALON
    return Place.BOUTIQUE
