"""The demo book's agenda: around "today", believable, the same every time, and drawn from its own
dice so the rest of the demo book is what it was without it."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta

from clienteling.config import DEMO
from clienteling.demo import generator, seed_book
from clienteling.demo.generator import generate_dossiers
from clienteling.domain.agenda import local_day, overlaps, to_local
from clienteling.services.agenda import AgendaService

TODAY = date(2025, 3, 26)


def test_the_agenda_is_the_same_every_time():
    first = [d.appointments for d in generate_dossiers(120, today=TODAY)]
    again = [d.appointments for d in generate_dossiers(120, today=TODAY)]
    assert first == again and sum(map(len, first)) > 60


def undecided(d):
    """The dossier without the advisor's decisions (demo/decisions.py), which answer every prompt, visits' too."""
    return d.model_copy(update={"prompt_states": [], "outreach": [o for o in d.outreach if not o.prompt_key]})


def test_the_rest_of_the_book_does_not_depend_on_it(monkeypatch):
    with_agenda = [undecided(d).model_copy(update={"appointments": []})
                   for d in generate_dossiers(150, today=TODAY)]
    monkeypatch.setattr(generator, "demo_agenda", lambda *args, **kw: [])
    without = [undecided(d) for d in generate_dossiers(150, today=TODAY)]
    assert with_agenda == without


def test_past_and_coming_appointments_look_like_a_boutiques():
    dossiers = list(generate_dossiers(320, today=TODAY))
    appointments = [a for d in dossiers for a in d.appointments]
    past = [a for a in appointments if local_day(a.starts_at, "Europe/Paris") < TODAY]
    coming = [a for a in appointments if local_day(a.starts_at, "Europe/Paris") >= TODAY]
    assert {a.status for a in past} <= {"done", "no_show", "cancelled"}
    assert {a.status for a in coming} <= {"booked", "confirmed", "cancelled"}
    assert Counter(a.status for a in past).most_common(1)[0][0] == "done"
    assert all(a.notes_after for a in past if a.status == "done")
    assert any(a.notes_before for a in coming)
    days = {local_day(a.starts_at, "Europe/Paris") for a in appointments}
    assert min(days) >= TODAY - timedelta(days=91) and max(days) <= TODAY + timedelta(days=22)
    assert TODAY in days and all(d.weekday() != 6 for d in days)  # the boutique is closed on Sundays
    for a in appointments:
        local = to_local(a.starts_at, "Europe/Paris")
        assert time(10) <= local.time() <= time(17, 30) and a.time_zone == "Europe/Paris"
    assert 0 < len(overlaps(appointments)) < len(appointments) // 3  # a few double-bookings, as in life
    by_client = {d.client.id: d for d in dossiers}
    assert all(a.client_id in by_client for a in appointments)
    assert all(d.appointments == sorted(d.appointments, key=lambda a: a.starts_at, reverse=True) for d in dossiers)


def test_a_seeded_book_has_the_agenda(session):
    seed_book(session.book, 60, today=TODAY)
    week = AgendaService(session.book, DEMO).week(TODAY)
    assert week.entries and all(e.client_name for e in week.entries)
    assert session.book.query("SELECT count(*) FROM outbox WHERE entity = 'appointment'") == [(0,)]  # synced data
