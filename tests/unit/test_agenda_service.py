"""Agenda use cases on a real encrypted book: booking, moving, cancelling (history kept), notes
after, the week with overlaps, reminders due, the brief, and a Shanghai boutique."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from clienteling.config import DEMO
from clienteling.domain import Appointment, ImportantDate, NotFound, Preference, Size, ValidationError, build
from clienteling.domain.aftercare import AftercareCase
from clienteling.services.agenda import AgendaService, AppointmentForm, agenda
from clienteling.store import rows

UTC = timezone.utc
MONDAY = date(2025, 3, 24)  # the week of the spring-forward Sunday (30 March)


@pytest.fixture
def ag(session):
    return AgendaService(session.book, DEMO, advisor="Camille")


@pytest.fixture
def client_id(add_client):
    return add_client(family_name="Dupont", given_name="Héloïse", title="mrs", preferred_language="fr",
                      advisor="Thomas Girard", emails=[("", "heloise@example.fr")])


def form(client_id: str, day: date = MONDAY, at: time = time(10, 0), **kw) -> AppointmentForm:
    return AppointmentForm(client_id=client_id, day=day, start=at, **kw)


def test_book_stores_utc_with_the_boutique_zone_and_journals_it(ag, client_id, outbox):
    a, changes = ag.save(form(client_id, duration_min=45, purpose="fitting", place="salon",
                               notes_before="Pull the navy jackets"))
    assert a.starts_at == datetime(2025, 3, 24, 9, 0, tzinfo=UTC) and a.time_zone == "Europe/Paris"
    assert a.advisor == "Camille"  # the signed-in advisor books by default
    assert changes.clients == {client_id}
    stored = ag.get(a.id)
    assert stored.notes_before == "Pull the navy jackets" and stored.purpose == "fitting"
    [entry] = [o for o in outbox() if o["entity"] == "appointment"]
    assert entry["op"] == "upsert" and entry["patch"]["starts_at"] == "2025-03-24T09:00:00.000000Z"


def test_without_a_signed_in_advisor_the_clients_advisor_is_used(session, client_id):
    a, _ = AgendaService(session.book, DEMO).save(form(client_id))
    assert a.advisor == "Thomas Girard"


@pytest.mark.parametrize("fields, message, field", [
    ({"client_id": ""}, "Choose the client", "client_id"),
    ({"start": None}, "day and a start time", "starts_at"),
    ({"duration_min": 0}, "between 5 minutes and 24 hours", "duration_min"),
    ({"purpose": "haircut"}, "not a valid purpose", "purpose"),
    ({"day": date(2025, 3, 30), "start": time(2, 30)}, "does not exist", "starts_at"),
    ({"notes_after": "x" * 200_001}, "too long", "notes_after"),
])
def test_bad_input_is_one_sentence_and_nothing_is_written(ag, client_id, session, fields, message, field):
    with pytest.raises(ValidationError, match=message) as err:
        ag.save(AppointmentForm(**{**vars(form(client_id)), **fields}))
    assert err.value.field == field
    assert session.book.query("SELECT count(*) FROM appointment") == [(0,)]


def test_booking_for_a_deleted_client_is_refused(ag, client_id, session):
    session.clients.delete_client(client_id)
    with pytest.raises(NotFound):
        ag.save(form(client_id))


def test_move_and_cancel_keep_the_same_record(ag, client_id, session, outbox):
    a, _ = ag.save(form(client_id))
    ag.move(a.id, date(2025, 3, 31), time(15, 30))
    moved = ag.get(a.id)
    assert moved.starts_at == datetime(2025, 3, 31, 13, 30, tzinfo=UTC)  # summer time by then
    ag.cancel(a.id)
    assert ag.get(a.id).status == "cancelled"
    assert session.book.query("SELECT count(*), sum(deleted) FROM appointment") == [(1, 0)]
    patches = [o["patch"] for o in outbox() if o["entity"] == "appointment"]
    assert patches[1:] == [{"starts_at": "2025-03-31T13:30:00.000000Z"}, {"status": "cancelled"}]
    assert ag.week(date(2025, 3, 31)).entries[0].appointment.status == "cancelled"  # still on the agenda


def test_notes_after_are_saved_and_show_in_the_dossier(ag, client_id, session):
    a, _ = ag.save(form(client_id))
    changes = ag.set_notes_after(a.id, "Loved the camel coat; call when the 38 arrives.")
    assert changes.clients == {client_id}
    [shown] = session.clients.dossier(client_id).appointments
    assert shown.notes_after == "Loved the camel coat; call when the 38 arrives."


def test_edit_through_the_form_round_trips(ag, client_id):
    a, _ = ag.save(form(client_id, day=date(2025, 10, 26), at=time(2, 30), duration_min=30))
    f, name = ag.form(a.id)
    assert (f.day, f.start, f.duration_min) == (date(2025, 10, 26), time(2, 30), 30)
    assert name == "Héloïse Dupont"
    f.status, f.notes_after = "done", "Came with her daughter."
    same, _ = ag.save(f, a.id)
    assert same.id == a.id and same.starts_at == a.starts_at and same.status == "done"


def test_the_week_flags_same_advisor_overlaps(ag, client_id, add_client):
    other = add_client(family_name="王", given_name="芳", family_name_latin="Wang", given_name_latin="Fang")
    a, _ = ag.save(form(client_id, at=time(10, 0), duration_min=60))
    b, _ = ag.save(form(other, at=time(10, 30), duration_min=60))
    c, _ = ag.save(form(other, at=time(10, 30), advisor="Lin Mei"))
    d, _ = ag.save(form(other, day=MONDAY + timedelta(days=2), at=time(18, 0)))
    page = ag.week(MONDAY + timedelta(days=3))
    assert (page.first, page.days) == (MONDAY, 7)
    by_id = {e.appointment.id: e for e in page.entries}
    assert by_id[a.id].overlaps == (b.id,) and by_id[b.id].overlaps == (a.id,)
    assert not by_id[c.id].flagged and not by_id[d.id].flagged
    assert by_id[b.id].client_name == "王芳 · Wang Fang"
    assert [e.appointment.id for e in page.on(MONDAY + timedelta(days=2))] == [d.id]
    ag.cancel(b.id)
    assert not ag.week(MONDAY).entry(a.id).flagged


def test_a_day_is_the_boutiques_local_day(ag, client_id):
    late, _ = ag.save(form(client_id, day=MONDAY, at=time(23, 30)))
    early, _ = ag.save(form(client_id, day=MONDAY + timedelta(days=1), at=time(0, 15)))
    assert [e.appointment.id for e in ag.day(MONDAY).entries] == [late.id]
    # still running after midnight: it takes time in the next day as well
    assert [e.appointment.id for e in ag.day(MONDAY + timedelta(days=1)).entries] == [late.id, early.id]


def test_the_spring_forward_day_holds_its_appointments(ag, client_id):
    before, _ = ag.save(form(client_id, day=date(2025, 3, 30), at=time(1, 30)))
    after, _ = ag.save(form(client_id, day=date(2025, 3, 30), at=time(23, 0)))
    nxt, _ = ag.save(form(client_id, day=date(2025, 3, 31), at=time(0, 0)))
    assert [e.appointment.id for e in ag.day(date(2025, 3, 30)).entries] == [before.id, after.id]
    assert ag.day(date(2025, 3, 31)).entries[-1].appointment.id == nxt.id


def test_a_shanghai_boutique_reads_its_own_days(session, client_id):
    shanghai = DEMO.model_copy(update={"timezone": "Asia/Shanghai"})
    ag = AgendaService(session.book, shanghai, "Lin Mei")
    a, _ = ag.save(form(client_id, day=date(2025, 3, 30), at=time(2, 30)))  # no DST in Shanghai
    assert a.starts_at == datetime(2025, 3, 29, 18, 30, tzinfo=UTC) and a.time_zone == "Asia/Shanghai"
    assert [e.appointment.id for e in ag.day(date(2025, 3, 30)).entries] == [a.id]
    paris = AgendaService(session.book, DEMO)
    assert [e.appointment.id for e in paris.day(date(2025, 3, 29)).entries] == [a.id]


def test_reminders_due_are_booked_or_confirmed_and_starting_soon(ag, client_id):
    soon, _ = ag.save(form(client_id, at=time(10, 10)))
    confirmed, _ = ag.save(form(client_id, at=time(10, 15), status="confirmed"))
    ag.save(form(client_id, at=time(10, 5), status="cancelled"))
    ag.save(form(client_id, at=time(10, 20), status="done"))
    later, _ = ag.save(form(client_id, at=time(10, 40)))
    ag.save(form(client_id, at=time(9, 55)))  # already started
    now = datetime(2025, 3, 24, 9, 0, tzinfo=UTC)  # 10:00 in Paris
    assert [e.appointment.id for e in ag.due_reminders(now, 15)] == [soon.id, confirmed.id]
    assert later.id in [e.appointment.id for e in ag.due_reminders(now, 40)]
    assert ag.due_reminders(now, 0) == []


def test_the_brief_picks_what_an_advisor_reads(ag, session, client_id):
    c = session.clients
    c.save_record(build(Preference, client_id=client_id, category="colour", value="navy"))
    c.save_record(build(Preference, client_id=client_id, category="material", value="fur", sentiment="dislike"))
    c.save_record(build(Size, client_id=client_id, category="shoe", system="EU", value="38"))
    c.save_record(build(ImportantDate, client_id=client_id, kind="birthday", year=1980, month=4, day=2))
    c.save_record(build(ImportantDate, client_id=client_id, kind="anniversary", month=9, day=1))
    for n in range(5):
        c.add_note(client_id, f"note {n}")
    with session.book.transaction() as db:
        rows.write(db.conn, build(AftercareCase, client_id=client_id, kind="repair", item="Kelly strap",
                                  opened_at=datetime(2025, 3, 1, tzinfo=UTC)))
        rows.write(db.conn, build(AftercareCase, client_id=client_id, kind="cleaning", item="Old scarf",
                                  status="closed", opened_at=datetime(2025, 1, 1, tzinfo=UTC)))
    past, _ = ag.save(form(client_id, day=date(2025, 3, 3), status="done", notes_after="Tried the trench."))
    a, _ = ag.save(form(client_id))
    brief = ag.brief(a.id)
    assert brief.salutation == "Madame Dupont" and brief.salutation_en == "Mrs Dupont"
    assert brief.likes == {"colour": ["navy"]} and brief.dislikes == {"material": ["fur"]}
    assert [s.value for s in brief.sizes] == ["38"]
    assert [n.body for n in brief.notes] == ["note 4", "note 3", "note 2"]
    assert brief.last_visit.id == past.id
    assert [x.item for x in brief.open_cases] == ["Kelly strap"]
    assert [(d.on, d.turning) for d in brief.dates] == [(date(2025, 4, 2), 45)]  # September is too far


def test_agenda_over_a_session(session, client_id):
    a, _ = agenda(session).save(form(client_id))
    assert agenda(session).get(a.id).client_id == client_id


def test_a_deleted_appointment_is_not_found(ag, client_id, session):
    a, _ = ag.save(form(client_id))
    with session.book.transaction() as db:
        rows.soft_delete(db.conn, Appointment, a.id)
    with pytest.raises(NotFound, match="This appointment no longer exists"):
        ag.get(a.id)
    assert ag.week(MONDAY).entries == []


def test_clashes_name_the_same_advisors_overlapping_appointments(ag, client_id):
    a, _ = ag.save(form(client_id, at=time(10, 0), advisor="Camille"))
    ag.save(form(client_id, at=time(10, 0), advisor="Lin Mei"))
    [hit] = ag.clashes(MONDAY, time(10, 30), 30, "camille")
    assert hit.appointment.id == a.id and hit.client_name == "Héloïse Dupont"
    assert ag.clashes(MONDAY, time(11, 0), 30, "Camille") == []
    assert ag.clashes(MONDAY, time(10, 30), 30, "Camille", exclude_id=a.id) == []  # itself, being edited
    assert ag.clashes(date(2025, 3, 30), time(2, 30), 30, "Camille") == []  # a time that does not exist
    assert ag.editor_setup()["default_duration"] == 60


@pytest.mark.parametrize("now, slot", [
    (datetime(2025, 3, 24, 8, 10, tzinfo=UTC), (MONDAY, time(9, 30))),  # 09:10 in Paris
    (datetime(2025, 3, 24, 8, 30, tzinfo=UTC), (MONDAY, time(9, 30))),
    (datetime(2025, 3, 24, 5, 0, tzinfo=UTC), (MONDAY, time(9, 0))),  # before opening
    (datetime(2025, 3, 24, 17, 55, tzinfo=UTC), (MONDAY, time(19, 0))),  # the last hour of the day
    (datetime(2025, 3, 24, 18, 5, tzinfo=UTC), (MONDAY + timedelta(days=1), time(9, 0))),  # after closing
])
def test_the_next_slot_is_in_opening_hours(ag, now, slot):
    assert ag.next_slot(now) == slot
