"""Aftercare cases travel between laptops through the real reference server, with their stage history."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from clienteling.services.aftercare import AftercareService, CaseForm

T0 = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)


def care(device, at: list[datetime]) -> AftercareService:
    return AftercareService(device.book, device.boutique, "alice", clock=lambda: at[0])


def test_a_case_opened_and_advanced_on_one_laptop_arrives_with_its_history_on_another(make_device):
    a, b = make_device("a"), make_device("b")
    clock = [T0]
    client_id = a.new_client(family_name="张", given_name="丽", family_name_latin="Zhang", given_name_latin="Li",
                             country="CN")
    case, _ = care(a, clock).open_case(client_id, CaseForm(kind="repair", item="Kelly 28, étoupe",
                                                           request="手柄缝线松开", promised_on=date(2025, 12, 1)))
    for hours, stage in ((20, "sent_to_workshop"), (70, "quote_sent")):
        clock[0] = T0 + timedelta(hours=hours)
        care(a, clock).advance(case.id, stage)
    care(a, clock).set_quote(case.id, "350")
    a.run()
    b.run()

    there = care(b, clock).case(case.id)
    assert (there.case.stage, there.case.status.value, there.case.item) == ("quote_sent", "open", "Kelly 28, étoupe")
    assert (there.case.quote_amount, there.case.currency) == (Decimal("350"), "EUR")
    assert there.case.request == "手柄缝线松开" and there.case.promised_on == date(2025, 12, 1)
    assert [(s.stage, s.at) for s in there.stages] == [
        ("received", T0), ("sent_to_workshop", T0 + timedelta(hours=20)), ("quote_sent", T0 + timedelta(hours=70))]
    here = care(a, clock).case(case.id)
    assert there.sla == here.sla  # the same promise owed, the same state, on both laptops
    assert [line.case.id for line in care(b, clock).open_cases()] == [case.id]


def test_the_other_laptop_moves_it_on_and_back_and_the_first_sees_every_move(make_device):
    a, b = make_device("a"), make_device("b")
    clock = [T0]
    client_id = a.new_client()
    case, _ = care(a, clock).open_case(client_id, CaseForm(kind="cleaning", item="Necklace"))
    a.run()
    b.run()
    clock[0] = T0 + timedelta(hours=5)
    care(b, clock).advance(case.id)  # in_progress
    clock[0] = T0 + timedelta(hours=6)
    care(b, clock).advance(case.id, "collected")  # skipped "back in boutique" by mistake: closes it
    clock[0] = T0 + timedelta(hours=7)
    care(b, clock).go_back(case.id, "back_in_boutique", note="Not collected yet")
    b.run()
    a.run()
    line = care(a, clock).case(case.id)
    assert (line.case.stage, line.case.status.value) == ("back_in_boutique", "open")
    assert [s.stage for s in line.stages] == ["received", "in_progress", "collected", "back_in_boutique"]
    assert line.stages[-1].note == "Not collected yet"
    assert line.reached_at("collected") is None


def test_a_cancelled_case_leaves_the_open_list_everywhere(make_device):
    a, b = make_device("a"), make_device("b")
    clock = [T0]
    client_id = a.new_client()
    case, _ = care(a, clock).open_case(client_id, CaseForm(kind="alteration", item="Jacket"))
    a.run()
    b.run()
    assert len(care(b, clock).open_cases()) == 1
    care(a, clock).cancel(case.id, "The client changed her mind")
    a.run()
    b.run()
    assert care(b, clock).open_cases() == []
    assert care(b, clock).case(case.id).case.notes == "The client changed her mind"
