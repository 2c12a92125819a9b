"""The agenda's pure rules: the boutique's local days across DST, times that do not exist or
happen twice, overlaps of one advisor's appointments, and side-by-side lanes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from clienteling.domain import Appointment, ValidationError, build
from clienteling.domain.agenda import (day_bounds, lanes, local_day, local_to_utc, overlaps, range_bounds,
                                       to_local, week_start, zone)

UTC = timezone.utc
PARIS, SHANGHAI = "Europe/Paris", "Asia/Shanghai"


def appt(start: datetime, minutes: int = 60, advisor: str = "Camille", status: str = "booked", **kw) -> Appointment:
    return build(Appointment, client_id="c1", starts_at=start, duration_min=minutes, advisor=advisor,
                 status=status, **kw)


def at(h: int, m: int = 0, day: int = 12) -> datetime:
    return datetime(2025, 3, day, h, m, tzinfo=UTC)


# -- time zones ---------------------------------------------------------------------------------
def test_paris_winter_and_summer_offsets():
    assert local_to_utc(date(2025, 1, 15), time(10, 0), PARIS) == datetime(2025, 1, 15, 9, 0, tzinfo=UTC)
    assert local_to_utc(date(2025, 7, 15), time(10, 0), PARIS) == datetime(2025, 7, 15, 8, 0, tzinfo=UTC)


def test_spring_forward_day_is_23_hours_and_its_missing_time_is_refused():
    start, end = day_bounds(date(2025, 3, 30), PARIS)
    assert (start, end) == (datetime(2025, 3, 29, 23, 0, tzinfo=UTC), datetime(2025, 3, 30, 22, 0, tzinfo=UTC))
    assert end - start == timedelta(hours=23)
    with pytest.raises(ValidationError, match="02:30 does not exist on 30 Mar 2025 in Europe/Paris") as err:
        local_to_utc(date(2025, 3, 30), time(2, 30), PARIS)
    assert err.value.field == "starts_at"
    # the hour after the jump is summer time
    assert local_to_utc(date(2025, 3, 30), time(3, 0), PARIS) == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)
    assert local_to_utc(date(2025, 3, 30), time(1, 59), PARIS) == datetime(2025, 3, 30, 0, 59, tzinfo=UTC)


def test_fall_back_day_is_25_hours_and_a_doubled_time_is_the_first_one():
    start, end = day_bounds(date(2025, 10, 26), PARIS)
    assert end - start == timedelta(hours=25)
    first = local_to_utc(date(2025, 10, 26), time(2, 30), PARIS)
    assert first == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST, before the clocks go back
    assert to_local(first, PARIS).strftime("%H:%M %Z") == "02:30 CEST"
    assert to_local(first + timedelta(hours=1), PARIS).strftime("%H:%M %Z") == "02:30 CET"


def test_shanghai_has_no_dst():
    for day in (date(2025, 1, 15), date(2025, 3, 30), date(2025, 7, 15), date(2025, 10, 26)):
        start, end = day_bounds(day, SHANGHAI)
        assert end - start == timedelta(hours=24)
        assert local_to_utc(day, time(10, 0), SHANGHAI) == datetime.combine(day, time(2, 0), UTC)
    # 02:30 exists every day in Shanghai
    assert local_to_utc(date(2025, 3, 30), time(2, 30), SHANGHAI).hour == 18


def test_a_late_utc_time_is_the_next_local_day_in_shanghai():
    ts = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
    assert local_day(ts, SHANGHAI) == date(2025, 3, 13)
    assert local_day(ts, PARIS) == date(2025, 3, 12)


def test_a_week_across_the_spring_change_is_167_hours():
    assert week_start(date(2025, 3, 30)) == date(2025, 3, 24)  # a Sunday belongs to the week of Monday 24th
    start, end = range_bounds(date(2025, 3, 24), 7, PARIS)
    assert end - start == timedelta(hours=7 * 24 - 1)


def test_an_unknown_zone_is_a_sentence():
    with pytest.raises(ValidationError, match="not a time zone"):
        zone("Mars/Olympus")


def test_appointment_refuses_naive_times_and_implausible_years():
    with pytest.raises(ValidationError, match="no time zone"):
        build(Appointment, client_id="c", starts_at=datetime(2025, 3, 12, 10))
    with pytest.raises(ValidationError, match="year 9999"):
        build(Appointment, client_id="c", starts_at=datetime(9999, 1, 1, tzinfo=UTC))
    with pytest.raises(ValidationError, match="between 5 minutes and 24 hours"):
        appt(at(10), minutes=0)


# -- overlaps ---------------------------------------------------------------------------------------
def test_same_advisor_overlaps_are_flagged_both_ways():
    a, b = appt(at(10), 60), appt(at(10, 30), 60)
    assert overlaps([a, b]) == {a.id: {b.id}, b.id: {a.id}}


def test_back_to_back_is_not_an_overlap():
    assert overlaps([appt(at(10), 60), appt(at(11), 60)]) == {}


def test_other_advisors_cancelled_and_unassigned_do_not_clash():
    base = appt(at(10), 90)
    others = [appt(at(10), 60, advisor="Lin Mei"), appt(at(10, 15), 30, status="cancelled"),
              appt(at(10, 30), 30, advisor="")]
    assert overlaps([base, *others]) == {}


def test_done_and_no_show_still_take_the_slot_and_names_match_loosely():
    a = appt(at(10), 60, advisor="Camille  Fabre", status="done")
    b = appt(at(10, 45), 30, advisor="camille fabre", status="no_show")
    assert overlaps([a, b]) == {a.id: {b.id}, b.id: {a.id}}


def test_one_long_appointment_overlaps_several():
    long = appt(at(9), 240)
    short = [appt(at(10)), appt(at(11)), appt(at(14))]
    found = overlaps([long, *short])
    assert found[long.id] == {short[0].id, short[1].id}
    assert short[2].id not in found and found[short[0].id] == {long.id}


def test_overlaps_across_midnight():
    late = appt(datetime(2025, 3, 12, 22, 30, tzinfo=UTC), 120)
    early = appt(datetime(2025, 3, 13, 0, 0, tzinfo=UTC), 30)
    assert overlaps([early, late]) == {late.id: {early.id}, early.id: {late.id}}


# -- lanes --------------------------------------------------------------------------------------
def test_lanes_put_overlapping_blocks_side_by_side():
    a, b, c, d = appt(at(10), 120), appt(at(10, 30)), appt(at(11, 30), 30), appt(at(14))
    placed = lanes([d, c, b, a])
    assert placed[a.id] == (0, 2) and placed[b.id] == (1, 2) and placed[c.id] == (1, 2)
    assert placed[d.id] == (0, 1)


def test_lanes_of_nothing():
    assert lanes([]) == {}


def test_a_boutique_file_with_closing_before_opening_is_refused(tmp_path):
    from clienteling.config import load_boutique

    path = tmp_path / "b.toml"
    path.write_text('[boutique]\nboutique_id = "b"\ndisplay_name = "B"\n'
                    '[boutique.agenda]\nday_starts_hour = 18\nday_ends_hour = 10\nreminder_minutes = 10\n',
                    encoding="utf-8")
    with pytest.raises(ValidationError, match=r"agenda: day_ends_hour \(10\) must be after day_starts_hour \(18\)"):
        load_boutique(path)
    path.write_text(path.read_text(encoding="utf-8").replace("18", "8"), encoding="utf-8")
    agenda_settings = load_boutique(path).agenda
    assert (agenda_settings.day_starts_hour, agenda_settings.reminder_minutes) == (8, 10)
