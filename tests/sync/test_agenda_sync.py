"""Appointments travel like any other record: booked on one laptop, seen on the other through the
real reference server, notes written afterwards and a cancellation included."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from clienteling.services.agenda import AgendaService, AppointmentForm

UTC = timezone.utc


def agenda_of(device) -> AgendaService:
    return AgendaService(device.book, device.boutique, "alice")


def test_an_appointment_booked_on_one_laptop_reaches_the_other_with_its_notes(make_device, server, boutique_id):
    a, b = make_device("a"), make_device("b", login="bob")
    client_id = a.new_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei")
    booked, _ = agenda_of(a).save(AppointmentForm(client_id=client_id, day=date(2025, 3, 31), start=time(10, 0),
                                                  duration_min=45, purpose="fitting", place="salon",
                                                  notes_before="Pull the navy jackets, 52"))
    a.run()
    b.run()
    seen = agenda_of(b).get(booked.id)
    assert (seen.client_id, seen.starts_at, seen.duration_min, seen.purpose, seen.notes_before, seen.time_zone) == (
        client_id, datetime(2025, 3, 31, 8, 0, tzinfo=UTC), 45, "fitting", "Pull the navy jackets, 52",
        "Europe/Paris")
    [entry] = agenda_of(b).week(date(2025, 3, 31)).entries
    assert entry.client_name == "张伟 · Zhang Wei"

    agenda_of(b).set_notes_after(booked.id, "Loved the camel coat; call when the 38 arrives.")
    agenda_of(b).set_status(booked.id, "done")
    b.run()
    a.run()
    back = agenda_of(a).get(booked.id)
    assert (back.notes_after, back.status) == ("Loved the camel coat; call when the 38 arrives.", "done")
    assert a.clients.dossier(client_id).appointments[0].notes_after.startswith("Loved the camel coat")
    on_server = server.state(boutique_id)[("appointment", booked.id)]["fields"]
    assert on_server["notes_after"] == back.notes_after and on_server["starts_at"] == "2025-03-31T08:00:00.000000Z"


def test_a_move_on_one_laptop_and_notes_on_the_other_merge(make_device):
    a, b = make_device("a"), make_device("b", login="bob")
    client_id = a.new_client()
    booked, _ = agenda_of(a).save(AppointmentForm(client_id=client_id, day=date(2025, 10, 25), start=time(15, 0)))
    a.run()
    b.run()
    agenda_of(a).move(booked.id, date(2025, 10, 26), time(11, 0))  # the day the clocks go back
    agenda_of(b).set_notes_after(booked.id, "Will bring her sister.")
    a.run()
    report = b.run()
    a.run()
    assert report.conflicts == 0
    for device in (a, b):
        got = agenda_of(device).get(booked.id)
        assert got.starts_at == datetime(2025, 10, 26, 10, 0, tzinfo=UTC)  # 11:00 CET
        assert got.notes_after == "Will bring her sister."


def test_a_cancellation_travels_and_the_appointment_stays(make_device):
    a, b = make_device("a"), make_device("b", login="bob")
    client_id = a.new_client()
    booked, _ = agenda_of(a).save(AppointmentForm(client_id=client_id, day=date(2025, 4, 2), start=time(16, 0)))
    a.run()
    b.run()
    agenda_of(b).cancel(booked.id)
    b.run()
    a.run()
    [entry] = agenda_of(a).day(date(2025, 4, 2)).entries
    assert entry.appointment.id == booked.id and entry.appointment.status == "cancelled"
