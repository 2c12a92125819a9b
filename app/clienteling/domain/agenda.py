"""Appointments: a client, a time (stored in UTC with the boutique's zone), a purpose and notes.

Also the pure rules the agenda is drawn from: local days of the boutique's zone (DST days
are 23 or 25 hours long), wall-clock times that do not exist or happen twice, and which
appointments of one advisor overlap.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


# -- the boutique's clock -----------------------------------------------------------------------
def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`; a zone this computer does not know is a sentence, not a KeyError."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"“{name}” is not a time zone this computer knows.", "time_zone") from None


def local_to_utc(day: date, at: time, tz: str) -> datetime:
    """The UTC instant of a wall-clock time in the boutique's zone.

    A time the clocks skip (02:30 on the spring-forward night in Paris) is refused with a
    sentence; a time that happens twice (02:30 on the fall-back night) is the first one.
    """
    zi = zone(tz)
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = wall.replace(tzinfo=zi)
    back = first.astimezone(timezone.utc).astimezone(zi).replace(tzinfo=None)
    if back != wall:
        raise ValidationError(
            f"{at:%H:%M} does not exist on {day:%d %b %Y} in {tz}: the clocks go forward that night. "
            "Choose another time.", "starts_at")
    return first.astimezone(timezone.utc)


def to_local(ts: datetime, tz: str) -> datetime:
    return ts.astimezone(zone(tz))


def local_day(ts: datetime, tz: str) -> date:
    return to_local(ts, tz).date()


def day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    """[start, end) of a local day in UTC: 23 hours on the spring-forward day, 25 on the fall-back one."""
    zi = zone(tz)
    start = datetime.combine(day, time(0), zi).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=1), time(0), zi).astimezone(timezone.utc)
    return start, end


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def range_bounds(first: date, days: int, tz: str) -> tuple[datetime, datetime]:
    """[start of `first`, end of the `days`-th day) in UTC, local days of the boutique."""
    return day_bounds(first, tz)[0], day_bounds(first + timedelta(days=days - 1), tz)[1]


def next_slot(now: datetime, tz: str, opens: int, closes: int) -> tuple[date, time]:
    """The next half hour of the boutique's day from `now` (tomorrow's opening once no full hour is left)."""
    local = to_local(now, tz).replace(second=0, microsecond=0, tzinfo=None)
    rounded = local + timedelta(minutes=(30 - local.minute % 30) % 30)
    if rounded.hour < opens:
        return rounded.date(), time(opens)
    if rounded.time() > time(closes - 1):
        return rounded.date() + timedelta(days=1), time(opens)
    return rounded.date(), rounded.time()


# -- overlaps -------------------------------------------------------------------------------------
def advisor_key(advisor: str) -> str:
    return " ".join(advisor.split()).casefold()


def overlaps(appointments: Iterable[Appointment]) -> dict[str, set[str]]:
    """For each appointment that overlaps another of the same advisor, the ids it overlaps.

    Cancelled and deleted appointments take no slot; an appointment without an advisor has
    no one to clash with; one ending at 11:00 does not overlap one starting at 11:00.
    """
    by_advisor: dict[str, list[Appointment]] = {}
    for a in appointments:
        key = advisor_key(a.advisor)
        if a.active and key:
            by_advisor.setdefault(key, []).append(a)
    found: dict[str, set[str]] = {}
    for items in by_advisor.values():
        items.sort(key=lambda a: a.starts_at)
        running: list[Appointment] = []
        for a in items:
            running = [r for r in running if r.ends_at > a.starts_at]
            for r in running:
                found.setdefault(a.id, set()).add(r.id)
                found.setdefault(r.id, set()).add(a.id)
            running.append(a)
    return found


def lanes(appointments: list[Appointment]) -> dict[str, tuple[int, int]]:
    """Side-by-side columns for a day's blocks: id -> (lane, lanes in its cluster)."""
    placed: dict[str, tuple[int, int]] = {}
    cluster: list[tuple[Appointment, int]] = []
    cluster_end: datetime | None = None

    def close() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        for a, lane in cluster:
            placed[a.id] = (lane, width)

    for a in sorted(appointments, key=lambda a: (a.starts_at, -a.duration_min, a.id)):
        if cluster_end is not None and a.starts_at >= cluster_end:
            close()
            cluster, cluster_end = [], None
        busy = {lane for other, lane in cluster if other.ends_at > a.starts_at}
        lane = next(n for n in range(len(cluster) + 1) if n not in busy)
        cluster.append((a, lane))
        cluster_end = a.ends_at if cluster_end is None else max(cluster_end, a.ends_at)
    close()
    return placed
