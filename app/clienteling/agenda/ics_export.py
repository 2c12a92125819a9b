"""Appointments to an iCalendar file that Outlook, Google Calendar and Apple Calendar open.

Each appointment's UID is `<appointment id>@clienteling`, so exporting it again updates
the event instead of adding a second one; SEQUENCE and LAST-MODIFIED follow the last
local change. Times are written in the boutique's zone (DTSTART;TZID=Europe/Paris) with
a VTIMEZONE built from the zone's own transitions over the exported period.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

import icalendar

from ..domain.agenda import Appointment, zone
from ..domain.vocab import AppointmentStatus

UID_DOMAIN = "clienteling"
PRODID = "-//Clienteling//Agenda 1.0//EN"
_SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)
_STATUS = {AppointmentStatus.BOOKED: "TENTATIVE", AppointmentStatus.CONFIRMED: "CONFIRMED",
           AppointmentStatus.DONE: "CONFIRMED", AppointmentStatus.NO_SHOW: "CONFIRMED",
           AppointmentStatus.CANCELLED: "CANCELLED"}

PURPOSES_EN = {"styling_session": "Styling session", "private_viewing": "Private viewing", "fitting": "Fitting",
               "alteration_fitting": "Alteration fitting", "pickup": "Pickup", "repair_drop_off": "Repair drop-off",
               "event": "Event", "video_call": "Video call"}
PLACES_EN = {"boutique": "Boutique", "salon": "Private salon", "client_home": "Client's home", "hotel": "Hotel",
             "video": "Video"}


@dataclass(frozen=True)
class ExportLabels:
    """The words written into the file, in the advisor's language (the UI passes translations)."""

    purposes: Mapping[str, str] = field(default_factory=lambda: PURPOSES_EN)
    places: Mapping[str, str] = field(default_factory=lambda: PLACES_EN)
    prepare: str = "To prepare"
    advisor: str = "Advisor"


@dataclass(frozen=True)
class ExportEvent:
    appointment: Appointment
    client_name: str
    client_id: str = ""


def uid_of(appointment_id: str) -> str:
    return f"{appointment_id}@{UID_DOMAIN}"


def appointment_id_of(uid: str) -> str:
    """The appointment id inside one of our UIDs, else ""."""
    head, sep, tail = uid.rpartition("@")
    return head if sep and tail == UID_DOMAIN and head else ""


def export_ics(events: Iterable[ExportEvent], tz: str, *, calendar_name: str = "",
               labels: ExportLabels | None = None, stamp: datetime | None = None) -> bytes:
    """One VCALENDAR with a VEVENT per appointment (cancelled ones say STATUS:CANCELLED)."""
    labels = labels or ExportLabels()
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    zi = zone(tz)
    events = list(events)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if calendar_name:
        cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", tz)
    if events:
        first = min(e.appointment.starts_at for e in events)
        last = max(e.appointment.ends_at for e in events)
        cal.add_component(vtimezone(tz, first.astimezone(zi).date(), last.astimezone(zi).date()))
    for e in events:
        cal.add_component(_event(e, zi, labels, stamp))
    return cal.to_ical()


def _event(e: ExportEvent, zi, labels: ExportLabels, stamp: datetime) -> icalendar.Event:
    a = e.appointment
    purpose = labels.purposes.get(a.purpose.value, a.purpose.value)
    place = labels.places.get(a.place.value, a.place.value)
    ev = icalendar.Event()
    ev.add("uid", uid_of(a.id))
    ev.add("dtstamp", stamp)
    ev.add("dtstart", _when(a.starts_at, zi))
    ev.add("dtend", _when(a.ends_at, zi))
    ev.add("summary", f"{purpose} · {e.client_name}" if e.client_name else purpose)
    ev.add("location", f"{place} — {a.place_detail}" if a.place_detail else place)
    lines = [f"{purpose} · {e.client_name}"]
    if a.advisor:
        lines.append(f"{labels.advisor}: {a.advisor}")
    if a.notes_before:
        lines += ["", f"{labels.prepare}:", a.notes_before]
    ev.add("description", "\n".join(lines))
    ev.add("status", _STATUS[a.status])
    if a.updated_at is not None:
        changed = a.updated_at.astimezone(timezone.utc).replace(microsecond=0)
        ev.add("last-modified", changed)
        ev.add("sequence", max(0, int((changed - _SEQUENCE_EPOCH).total_seconds() // 60)))
    else:
        ev.add("sequence", 0)
    if e.client_id or a.client_id:
        ev.add("x-clienteling-client-id", e.client_id or a.client_id)
    return ev


def _when(ts: datetime, zi) -> datetime:
    """Local time with the zone; in UTC for the second 02:30 of a fall-back night, which a
    local time cannot name (RFC 5545 reads an ambiguous local time as the first one)."""
    local = ts.astimezone(zi).replace(microsecond=0)
    return local.astimezone(timezone.utc) if local.fold else local


# -- VTIMEZONE ----------------------------------------------------------------------------------------
def transitions(tz: str, first: date, last: date) -> list[tuple[datetime, timedelta, timedelta, bool, str]]:
    """Every change of UTC offset in [first, last]: (instant UTC, offset before, after, is DST, name)."""
    zi = zone(tz)
    start = datetime.combine(first, time(0), timezone.utc)
    end = datetime.combine(last + timedelta(days=1), time(0), timezone.utc)
    step = timedelta(hours=6)
    found = []
    t = start
    before = t.astimezone(zi).utcoffset()
    while t < end:
        nxt = t + step
        after = nxt.astimezone(zi).utcoffset()
        if after != before:
            lo, hi = t, nxt  # offset(lo) == before, offset(hi) != before: find the first minute that differs
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    mid = lo + timedelta(minutes=1)
                if mid.astimezone(zi).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            local = hi.astimezone(zi)
            found.append((hi, before, local.utcoffset(), bool(local.dst()), local.tzname() or ""))
            before = local.utcoffset()
        t = nxt
    return found


def vtimezone(tz: str, first: date, last: date) -> icalendar.Timezone:
    """The zone's rules from the January before `first` to the December after `last` (RFC 5545 3.6.5).

    Each observance's DTSTART and RDATEs are the local time of the change as read on the clock
    *before* it (02:00 for Paris in March, 03:00 in October), as the RFC's examples have it.
    """
    zi = zone(tz)
    first, last = date(first.year - 1, 1, 1), date(last.year + 1, 12, 31)
    vtz = icalendar.Timezone()
    vtz.add("tzid", tz)
    opening = datetime.combine(first, time(0), timezone.utc).astimezone(zi)
    initial = icalendar.TimezoneDaylight() if opening.dst() else icalendar.TimezoneStandard()
    initial.add("dtstart", opening.replace(tzinfo=None))
    initial.add("tzoffsetfrom", opening.utcoffset())
    initial.add("tzoffsetto", opening.utcoffset())
    initial.add("tzname", opening.tzname() or tz)
    vtz.add_component(initial)
    groups: dict[tuple, list[datetime]] = {}
    for instant, before, after, dst, name in transitions(tz, first, last):
        onset = (instant + before).replace(tzinfo=None)
        groups.setdefault((dst, before, after, name), []).append(onset)
    for (dst, before, after, name), onsets in groups.items():
        part = icalendar.TimezoneDaylight() if dst else icalendar.TimezoneStandard()
        part.add("dtstart", onsets[0])
        if len(onsets) > 1:
            part.add("rdate", onsets[1:])
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", name or tz)
        vtz.add_component(part)
    return vtz
