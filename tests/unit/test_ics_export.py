"""Appointments out to .ics: read back through icalendar, stable UIDs, the boutique's zone, VTIMEZONE."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest

from clienteling.agenda import ExportEvent, ExportLabels, export_ics, parse_ics, uid_of
from clienteling.agenda.ics_export import transitions, vtimezone
from clienteling.domain import Appointment, build
from clienteling.domain.agenda import local_to_utc

UTC = timezone.utc
STAMP = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def appt(day: date, at: time, tz: str = "Europe/Paris", **kw) -> Appointment:
    fields = {"client_id": "client-1", "starts_at": local_to_utc(day, at, tz), "duration_min": 90,
              "purpose": "fitting", "place": "salon", "advisor": "Camille", "time_zone": tz, **kw}
    return build(Appointment, **fields)


def events_of(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_round_trip_through_icalendar_keeps_time_zone_uid_and_words():
    a = appt(date(2025, 3, 31), time(10, 0), notes_before="Pull the navy jackets, 52.",
             place_detail="Salon Vendôme", updated_at=datetime(2025, 3, 2, 8, 0, tzinfo=UTC))
    data = export_ics([ExportEvent(a, "张伟 · Zhang Wei")], "Europe/Paris", calendar_name="Maison Démo", stamp=STAMP)
    [ev] = events_of(data)
    assert str(ev["uid"]) == f"{a.id}@clienteling" == uid_of(a.id)
    assert ev["dtstart"].params["TZID"] == "Europe/Paris"
    start = ev.decoded("dtstart")
    assert start == datetime(2025, 3, 31, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert start.astimezone(UTC) == a.starts_at  # 08:00 UTC: summer time from the 30th
    assert ev.decoded("dtend") - start == timedelta(minutes=90)
    assert str(ev["summary"]) == "Fitting · 张伟 · Zhang Wei"
    assert str(ev["location"]) == "Private salon — Salon Vendôme"
    assert "Pull the navy jackets, 52." in str(ev["description"])
    assert str(ev["status"]) == "TENTATIVE"
    assert str(ev["x-clienteling-client-id"]) == "client-1"
    assert b"DTSTART;TZID=Europe/Paris:20250331T100000" in data
    assert b"X-WR-CALNAME:Maison D\xc3\xa9mo" in data


def test_our_own_reader_takes_it_back():
    a = appt(date(2025, 3, 31), time(10, 0))
    [e] = parse_ics(export_ics([ExportEvent(a, "Dupont")], "Europe/Paris", stamp=STAMP), "Europe/Paris")
    assert (e.appointment_id, e.client_id, e.starts_at, e.duration_min) == (a.id, "client-1", a.starts_at, 90)
    assert e.skip is None and not e.zone_guessed


def test_a_re_export_after_an_edit_has_the_same_uid_and_a_higher_sequence():
    a = appt(date(2025, 3, 12), time(15, 0), updated_at=datetime(2025, 3, 2, 8, 0, tzinfo=UTC))
    moved = a.model_copy(update={"starts_at": a.starts_at + timedelta(hours=1),
                                 "updated_at": datetime(2025, 3, 3, 8, 0, tzinfo=UTC)})
    [first] = events_of(export_ics([ExportEvent(a, "X")], "Europe/Paris", stamp=STAMP))
    [second] = events_of(export_ics([ExportEvent(moved, "X")], "Europe/Paris", stamp=STAMP))
    assert first["uid"] == second["uid"]
    assert int(second["sequence"]) > int(first["sequence"])
    assert second.decoded("last-modified") == datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def test_cancelled_is_exported_as_cancelled_so_calendars_remove_it():
    a = appt(date(2025, 3, 12), time(15, 0), status="cancelled")
    [ev] = events_of(export_ics([ExportEvent(a, "X")], "Europe/Paris", stamp=STAMP))
    assert str(ev["status"]) == "CANCELLED"


def test_translated_labels_are_written():
    a = appt(date(2025, 3, 12), time(15, 0))
    labels = ExportLabels(purposes={"fitting": "Essayage"}, places={"salon": "Salon privé"}, prepare="À préparer")
    [ev] = events_of(export_ics([ExportEvent(a, "Mme Dupont")], "Europe/Paris", labels=labels, stamp=STAMP))
    assert str(ev["summary"]) == "Essayage · Mme Dupont" and str(ev["location"]) == "Salon privé"


def test_the_second_half_past_two_of_a_fall_back_night_is_written_in_utc():
    first = appt(date(2025, 10, 26), time(2, 30))  # 00:30 UTC, summer time
    second = build(Appointment, client_id="c", starts_at=first.starts_at + timedelta(hours=1))  # 02:30 again
    data = export_ics([ExportEvent(first, "A"), ExportEvent(second, "B")], "Europe/Paris", stamp=STAMP)
    assert b"DTSTART;TZID=Europe/Paris:20251026T023000" in data
    assert b"DTSTART:20251026T013000Z" in data
    got = [e.decoded("dtstart").astimezone(UTC) for e in events_of(data)]
    assert got == [first.starts_at, second.starts_at]


def test_shanghai_appointment_is_written_in_shanghai_time():
    a = appt(date(2025, 3, 30), time(2, 30), tz="Asia/Shanghai")
    data = export_ics([ExportEvent(a, "王芳")], "Asia/Shanghai", stamp=STAMP)
    assert b"DTSTART;TZID=Asia/Shanghai:20250330T023000" in data
    [tz] = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    assert [c.name for c in tz.subcomponents] == ["STANDARD"]
    assert tz.subcomponents[0].decoded("tzoffsetto") == timedelta(hours=8)


def test_vtimezone_onsets_are_the_local_time_before_each_change():
    """RFC 5545 3.6.5: Paris springs forward at 02:00 CET and falls back at 03:00 CEST."""
    vtz = vtimezone("Europe/Paris", date(2025, 3, 1), date(2025, 3, 31))
    comps = {c.name: c for c in vtz.subcomponents if c.decoded("tzoffsetfrom") != c.decoded("tzoffsetto")}
    daylight, standard = comps["DAYLIGHT"], comps["STANDARD"]
    onsets = [daylight.decoded("dtstart")] + [p.dt for p in daylight["rdate"].dts]
    assert datetime(2025, 3, 30, 2, 0) in onsets
    assert daylight.decoded("tzoffsetfrom") == timedelta(hours=1)
    assert daylight.decoded("tzoffsetto") == timedelta(hours=2)
    falls = [standard.decoded("dtstart")] + [p.dt for p in standard["rdate"].dts]
    assert datetime(2025, 10, 26, 3, 0) in falls
    # each onset, read with its TZOFFSETFROM, is the instant the zone database changes offset
    changes = {t[0] for t in transitions("Europe/Paris", date(2024, 1, 1), date(2026, 12, 31))}
    for comp, times in ((daylight, onsets), (standard, falls)):
        for onset in times:
            assert (onset - comp.decoded("tzoffsetfrom")).replace(tzinfo=UTC) in changes


def test_the_vtimezone_covers_the_exported_years():
    first, last = appt(date(2025, 1, 10), time(10)), appt(date(2027, 6, 10), time(10))
    [tz] = icalendar.Calendar.from_ical(export_ics(
        [ExportEvent(first, "A"), ExportEvent(last, "B")], "Europe/Paris", stamp=STAMP)).walk("VTIMEZONE")
    years = {c.decoded("dtstart").year for c in tz.subcomponents}
    years |= {p.dt.year for c in tz.subcomponents if "rdate" in c for p in c["rdate"].dts}
    assert {2025, 2026, 2027} <= years


@pytest.mark.parametrize("tz", ["Europe/Paris", "Asia/Shanghai", "America/New_York"])
def test_every_hour_of_a_year_reads_back_the_same_instant(tz):
    """Read through the VTIMEZONE alone (TZID renamed so icalendar cannot use its own zone database;
    a name per zone, as icalendar remembers the zones it has read)."""
    starts = [datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=h) for h in range(0, 365 * 24, 13)]
    for night in (datetime(2025, 3, 29, 22, tzinfo=UTC), datetime(2025, 10, 25, 22, tzinfo=UTC),
                  datetime(2025, 3, 8, 22, tzinfo=UTC), datetime(2025, 11, 1, 22, tzinfo=UTC)):  # Paris, New York
        starts += [night + timedelta(minutes=m) for m in range(0, 12 * 60, 15)]
    apps = [build(Appointment, client_id="c", starts_at=s, duration_min=30) for s in starts]
    data = export_ics([ExportEvent(a, "X") for a in apps], tz, stamp=STAMP).replace(
        tz.encode(), f"Boutique Zone {tz.replace('/', ' ')}".encode())
    got = [e.decoded("dtstart").astimezone(UTC) for e in events_of(data)]
    assert got == starts
