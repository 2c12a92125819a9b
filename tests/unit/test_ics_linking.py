"""Importing a calendar into the book: events linked to clients by email, phone or our own ids,
the rest left for the advisor, re-imports that change nothing, and all-or-nothing writes."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from clienteling.config import DEMO
from clienteling.domain import NotFound, ValidationError
from clienteling.services.agenda import AgendaService, AppointmentForm
from clienteling.services.agenda_import import Action, LinkedBy

UTC = timezone.utc


@pytest.fixture
def ag(session):
    return AgendaService(session.book, DEMO, advisor="Camille")


@pytest.fixture
def people(add_client):
    return {
        "dupont": add_client(family_name="Dupont", given_name="Héloïse", country="FR",
                             emails=[("", "Heloise.Dupont@example.fr")], phones=[("", "06 12 34 56 78")]),
        "zhang": add_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                            country="CN", phones=[("", "+86 138 0013 8000")]),
        "twin1": add_client(family_name="Martin", given_name="Anne", emails=[("", "family@example.com")]),
        "twin2": add_client(family_name="Martin", given_name="Paul", emails=[("", "family@example.com")]),
    }


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{body}END:VCALENDAR\r\n".encode()


CALENDAR = ics(
    "UID:ev-mail\r\nDTSTART:20250331T080000Z\r\nDTEND:20250331T090000Z\r\nSUMMARY:Essayage\r\n"
    "ATTENDEE;CN=H:mailto:heloise.dupont@EXAMPLE.fr",
    "UID:ev-phone\r\nDTSTART:20250331T120000Z\r\nSUMMARY:Private viewing\r\nDESCRIPTION:WeChat 138 0013 8000",
    "UID:ev-family\r\nDTSTART:20250401T080000Z\r\nSUMMARY:Martin family\r\nDESCRIPTION:family@example.com",
    "UID:ev-stranger\r\nDTSTART:20250401T100000Z\r\nSUMMARY:Walk-in <b>VIP</b>",
    "UID:ev-holiday\r\nDTSTART;VALUE=DATE:20250402\r\nSUMMARY:Holiday",
)


def test_events_link_by_email_and_phone_and_the_rest_wait_for_the_advisor(ag, people):
    plan = ag.read_ics(CALENDAR)
    items = {i.event.uid: i for i in plan.items}
    assert (items["ev-mail"].client_id, items["ev-mail"].linked_by) == (people["dupont"], LinkedBy.EMAIL)
    assert (items["ev-phone"].client_id, items["ev-phone"].linked_by) == (people["zhang"], LinkedBy.PHONE)
    assert items["ev-phone"].client_name == "张伟 · Zhang Wei"
    family = items["ev-family"]
    assert family.needs_client and {c for c, _ in family.candidates} == {people["twin1"], people["twin2"]}
    assert items["ev-stranger"].needs_client and items["ev-stranger"].candidates == ()
    assert items["ev-holiday"].action == Action.SKIP
    assert [i.event.uid for i in plan.unlinked] == ["ev-family", "ev-stranger"]


def test_apply_writes_linked_and_advisor_linked_events_in_one_go(ag, people, session):
    plan = ag.read_ics(CALENDAR)
    report, changes = ag.import_ics(plan, links={"ev-family": people["twin2"]}, skip={"ev-phone"})
    assert (report.added, report.updated, report.unchanged, report.skipped) == (2, 0, 0, 3)
    assert changes.clients == {people["dupont"], people["twin2"]}
    week = ag.week(date(2025, 3, 31))
    made = {e.appointment.ics_uid: e.appointment for e in week.entries}
    assert set(made) == {"ev-mail", "ev-family"}
    mail = made["ev-mail"]
    assert (mail.client_id, mail.purpose, mail.advisor, mail.status) == (
        people["dupont"], "fitting", "Camille", "booked")
    assert mail.starts_at == datetime(2025, 3, 31, 8, 0, tzinfo=UTC) and mail.time_zone == "Europe/Paris"
    assert mail.notes_before == "Essayage"


def test_importing_the_same_file_again_changes_nothing(ag, people, session):
    ag.import_ics(ag.read_ics(CALENDAR))
    count = session.book.query("SELECT count(*) FROM appointment")
    journal = session.book.query("SELECT count(*) FROM outbox")
    plan = ag.read_ics(CALENDAR)
    assert plan.count(Action.UNCHANGED) == 2 and plan.count(Action.NEW) == 2  # the unlinked two stay new
    report, changes = ag.import_ics(plan)
    assert (report.added, report.unchanged) == (0, 2) and changes.empty
    assert session.book.query("SELECT count(*) FROM appointment") == count
    assert session.book.query("SELECT count(*) FROM outbox") == journal


def test_a_moved_or_cancelled_event_updates_the_appointment_it_made(ag, people):
    ag.import_ics(ag.read_ics(CALENDAR))
    moved = ics("UID:ev-mail\r\nDTSTART:20250331T100000Z\r\nDTEND:20250331T103000Z\r\nSUMMARY:Essayage",
                "UID:ev-phone\r\nDTSTART:20250331T120000Z\r\nSTATUS:CANCELLED\r\nSUMMARY:Private viewing")
    plan = ag.read_ics(moved)
    assert [i.action for i in plan.items] == [Action.UPDATE, Action.UPDATE]
    report, _ = ag.import_ics(plan)
    assert report.updated == 2
    by_uid = {e.appointment.ics_uid: e.appointment for e in ag.week(date(2025, 3, 31)).entries}
    assert by_uid["ev-mail"].starts_at.hour == 10 and by_uid["ev-mail"].duration_min == 30
    assert by_uid["ev-phone"].status == "cancelled"


def test_our_own_export_comes_back_onto_the_same_appointments(ag, people, session):
    a, _ = ag.save(AppointmentForm(client_id=people["zhang"], day=date(2025, 3, 31), start=time(15, 0)))
    data = ag.export_ics(first=date(2025, 3, 31), days=1)
    plan = ag.read_ics(data)
    [item] = plan.items
    assert (item.existing_id, item.action, item.linked_by) == (a.id, Action.UNCHANGED, LinkedBy.APPOINTMENT)
    ag.move(a.id, date(2025, 3, 31), time(16, 0))
    report, _ = ag.import_ics(ag.read_ics(data))  # the older file moves it back: the calendar wins
    assert report.updated == 1 and ag.get(a.id).starts_at.hour == 13
    assert session.book.query("SELECT count(*) FROM appointment") == [(1,)]


def test_an_export_from_another_book_links_by_the_client_id_it_carries(ag, people, session):
    a, _ = ag.save(AppointmentForm(client_id=people["dupont"], day=date(2025, 3, 31), start=time(15, 0)))
    data = ag.export_ics(ids=[a.id]).replace(a.id.encode(), b"0190aaaa-0000-7000-8000-000000000001")
    [item] = ag.read_ics(data).items
    assert (item.action, item.client_id, item.linked_by) == (Action.NEW, people["dupont"], LinkedBy.CLIENT_ID)


def test_a_client_deleted_meanwhile_stops_the_whole_import(ag, people, session):
    plan = ag.read_ics(CALENDAR)
    session.clients.delete_client(people["zhang"])
    with pytest.raises(NotFound):
        ag.import_ics(plan)
    assert session.book.query("SELECT count(*) FROM appointment") == [(0,)]


def test_a_broken_file_writes_nothing(ag, people, session):
    broken = CALENDAR.replace(b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\nEND:VEVENT\r\n"
                              b"END:VCALENDAR")
    with pytest.raises(ValidationError, match="Event 6 .*no start time"):
        ag.read_ics(broken)
    assert session.book.query("SELECT count(*) FROM appointment") == [(0,)]


def test_export_of_a_period_without_appointments_says_so(ag):
    with pytest.raises(ValidationError, match="no appointments to export"):
        ag.export_ics(first=date(2025, 3, 31), days=7)
