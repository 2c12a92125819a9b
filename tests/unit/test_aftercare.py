"""Aftercare use cases on a real book: open, advance, go back, promise, quote, cancel, list; all journaled."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from clienteling.domain import AftercareCase, CaseStage, Purchase, build
from clienteling.domain.aftercare import parse_amount
from clienteling.domain.errors import NotFound, ValidationError
from clienteling.outreach.sla import SlaState
from clienteling.services.aftercare import AftercareService, CaseForm
from clienteling.store import rows

T0 = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, at: datetime = T0):
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def care(session, clock):
    return AftercareService(session.book, session.boutique, "Camille", clock=clock)


@pytest.fixture
def client_id(add_client):
    return add_client(family_name="张", given_name="丽", family_name_latin="Zhang", given_name_latin="Li",
                      title="mrs", preferred_language="zh-Hans")


def purchase(session, client_id: str, item="Kelly 28, étoupe", category="leather_goods") -> str:
    p = build(Purchase, client_id=client_id, purchased_on=date(2024, 5, 2), item=item, category=category,
              amount=Decimal("9800"), currency="EUR", boutique="Paris Saint-Honoré")
    with session.book.transaction() as db:
        rows.write(db.conn, p, journaled=False)
    return p.id


def test_open_a_case_from_a_purchase_prefills_the_item_and_records_the_first_stage(session, care, client_id,
                                                                                     outbox):
    pid = purchase(session, client_id)
    case, changes = care.open_case(client_id, CaseForm(kind="repair", purchase_id=pid, request="Handle stitching"))
    assert changes.clients == {client_id}
    assert (case.item, case.stage, case.status.value, case.advisor) == ("Kelly 28, étoupe", "received", "open",
                                                                        "Camille")
    assert case.opened_at == T0
    line = care.case(case.id)
    assert [(s.stage, s.at) for s in line.stages] == [("received", T0)]
    assert line.client_name == "张丽 · Zhang Li"
    entities = [(e["entity"], e["op"]) for e in outbox()]
    assert ("aftercare_case", "upsert") in entities and ("case_stage", "upsert") in entities


def test_a_described_item_and_a_quote_in_the_boutique_currency(care, client_id):
    case, _ = care.open_case(client_id, CaseForm(kind="engraving", item="Cufflinks brought in by the client",
                                                 quote_amount="1 250,50", promised_on=date(2025, 11, 20)))
    assert case.quote_amount == Decimal("1250.50") and case.currency == "EUR"
    assert case.promised_on == date(2025, 11, 20)


@pytest.mark.parametrize("form, field", [
    (CaseForm(kind="repair", item=""), "item"),
    (CaseForm(kind="teleport", item="Bag"), "kind"),
    (CaseForm(kind="repair", item="Bag", quote_amount="lots"), "quote_amount"),
    (CaseForm(kind="repair", item="Bag", quote_amount="100", currency="euros"), "currency"),
])
def test_bad_input_is_one_sentence_and_nothing_is_written(session, care, client_id, form, field):
    with pytest.raises(ValidationError) as caught:
        care.open_case(client_id, form)
    assert caught.value.field == field
    assert session.book.query("SELECT count(*) FROM aftercare_case")[0][0] == 0
    assert session.book.query("SELECT count(*) FROM case_stage")[0][0] == 0


def test_a_purchase_of_another_client_is_refused(session, care, client_id, add_client):
    other = add_client(family_name="Dupont", given_name="Héloïse")
    pid = purchase(session, other)
    with pytest.raises(NotFound, match="not in this client's history"):
        care.open_case(client_id, CaseForm(kind="repair", purchase_id=pid))


def test_advance_moves_forward_one_stage_at_a_time_and_the_last_closes(care, client_id, clock):
    case, _ = care.open_case(client_id, CaseForm(kind="cleaning", item="Necklace"))
    for expected in ("in_progress", "back_in_boutique", "collected"):
        clock.advance(hours=5)
        care.advance(case.id)
        assert care.case(case.id).case.stage == expected
    line = care.case(case.id)
    assert line.case.status.value == "closed"
    assert [s.stage for s in line.stages] == ["received", "in_progress", "back_in_boutique", "collected"]
    assert line.reached_at("collected") == T0 + timedelta(hours=15)
    with pytest.raises(ValidationError, match="last stage"):
        care.advance(case.id)


def test_advance_can_skip_ahead_but_never_back(care, client_id):
    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag"))
    care.advance(case.id, "quote_sent", note="Quote by phone")
    line = care.case(case.id)
    assert line.case.stage == "quote_sent" and line.stages[-1].note == "Quote by phone"
    with pytest.raises(ValidationError, match="only moves forward"):
        care.advance(case.id, "sent_to_workshop")
    with pytest.raises(ValidationError, match="not a stage of a repair case"):
        care.advance(case.id, "design_proposal")


def test_going_back_is_explicit_recorded_and_reopens_a_closed_case(care, client_id, clock):
    case, _ = care.open_case(client_id, CaseForm(kind="engraving", item="Ring"))
    for _ in range(3):
        clock.advance(hours=1)
        care.advance(case.id)
    assert care.case(case.id).case.status.value == "closed"
    clock.advance(hours=1)
    care.go_back(case.id, "back_in_boutique", note="Collected by mistake")
    line = care.case(case.id)
    assert (line.case.stage, line.case.status.value) == ("back_in_boutique", "open")
    assert [s.stage for s in line.stages][-2:] == ["collected", "back_in_boutique"]
    assert line.reached_at("collected") is None  # undone by the move back
    with pytest.raises(ValidationError, match="is not before"):
        care.go_back(case.id, "collected")


def test_the_history_stays_in_order_when_the_clock_is_behind(care, client_id, clock):
    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag"))
    clock.advance(hours=-3)  # this laptop's clock was corrected backwards
    care.advance(case.id)
    stages = care.case(case.id).stages
    assert stages[1].at > stages[0].at


def test_cancel_keeps_the_reason_and_stops_the_case(care, client_id):
    case, _ = care.open_case(client_id, CaseForm(kind="alteration", item="Jacket", notes="Sleeves -1 cm"))
    care.cancel(case.id, "The client took it to her tailor")
    line = care.case(case.id)
    assert line.case.status.value == "cancelled"
    assert line.case.notes == "Sleeves -1 cm\nThe client took it to her tailor"
    assert care.cancel(case.id).empty
    with pytest.raises(ValidationError, match="cancelled"):
        care.advance(case.id)
    assert care.open_cases() == []


def test_promise_quote_and_notes_are_set_and_unchanged_values_write_nothing(session, care, client_id, outbox):
    case, _ = care.open_case(client_id, CaseForm(kind="service", item="Chronograph"))
    care.set_promised(case.id, date(2025, 12, 1))
    care.set_quote(case.id, "480", "CHF")
    care.set_notes(case.id, "Crystal scratched")
    c = care.case(case.id).case
    assert (c.promised_on, c.quote_amount, c.currency, c.notes) == (date(2025, 12, 1), Decimal("480"), "CHF",
                                                                    "Crystal scratched")
    before = len(outbox())
    assert care.set_notes(case.id, "Crystal scratched").empty
    assert len(outbox()) == before
    with pytest.raises(ValidationError, match="cannot be edited"):
        care.set_fields(case.id, stage="collected")


def test_the_kind_cannot_change_once_open(care, client_id):
    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag"))
    form = CaseForm.from_case(case)
    form.kind = "bespoke"
    with pytest.raises(ValidationError) as caught:
        care.update_case(case.id, form)
    assert caught.value.field == "kind"
    form.kind, form.request = "repair", "Corner wear"
    assert not care.update_case(case.id, form).empty
    assert care.case(case.id).case.request == "Corner wear"


def test_open_cases_carry_the_client_name_sla_and_filter_by_stage_kind_and_overdue(care, client_id, add_client,
                                                                                  clock):
    other = add_client(family_name="Dupont", given_name="Héloïse", title="mrs")
    late, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag"))  # sent_to_workshop due in 48 h
    promised, _ = care.open_case(other, CaseForm(kind="alteration", item="Coat", promised_on=date(2025, 11, 4)))
    fine, _ = care.open_case(other, CaseForm(kind="bespoke", item="Ring"))
    clock.advance(hours=60)  # 5 Nov, 21:00 UTC
    lines = care.open_cases()
    assert [line.case.id for line in lines[:2]] == [late.id, promised.id]  # the late ones first
    by_id = {line.case.id: line for line in lines}
    assert by_id[late.id].sla_state == SlaState.BREACHED and by_id[late.id].overdue
    assert by_id[promised.id].late_promise and by_id[promised.id].overdue
    assert not by_id[fine.id].overdue and by_id[fine.id].sla_state == SlaState.ON_TRACK
    assert by_id[fine.id].client_name == "Héloïse Dupont"
    assert {line.case.id for line in care.open_cases(overdue=True)} == {late.id, promised.id}
    assert [line.case.id for line in care.open_cases(kind="bespoke")] == [fine.id]
    assert [line.case.id for line in care.open_cases(stage="brief")] == [fine.id]
    with pytest.raises(ValidationError):
        care.open_cases(kind="nonsense")


def test_a_promise_is_late_from_the_boutiques_next_day_and_not_once_the_item_is_back(care, client_id, clock):
    case, _ = care.open_case(client_id, CaseForm(kind="cleaning", item="Ring", promised_on=date(2025, 11, 3)))
    clock.at = datetime(2025, 11, 3, 22, 30, tzinfo=timezone.utc)  # 23:30 in Paris: still the 3rd
    assert not care.case(case.id).late_promise
    clock.at = datetime(2025, 11, 3, 23, 30, tzinfo=timezone.utc)  # 00:30 on the 4th in Paris
    assert care.case(case.id).late_promise
    care.advance(case.id, "back_in_boutique")
    assert not care.case(case.id).late_promise


def test_client_cases_for_the_dossier_and_a_deleted_client_leaves_the_list(care, client_id, session):
    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag"))
    assert [line.case.id for line in care.client_cases(client_id)] == [case.id]
    session.clients.delete_client(client_id)
    assert care.open_cases() == []


def test_the_dossier_carries_cases_and_their_history(session, care, client_id):
    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag"))
    care.advance(case.id)
    d = session.clients.dossier(client_id)
    assert [c.id for c in d.cases] == [case.id]
    assert [s.stage for s in d.stages_of(case.id)] == ["received", "sent_to_workshop"]


def test_a_case_that_is_gone_is_a_clear_sentence(care):
    with pytest.raises(NotFound, match="no longer exists"):
        care.advance("01234567-0000-7000-8000-000000000000")


@pytest.mark.parametrize("typed, value", [
    ("1250", Decimal("1250")), ("1 250,50", Decimal("1250.50")), ("1,250.50", Decimal("1250.50")),
    ("€ 480", Decimal("480")), ("1.250", Decimal("1250")), ("12,5", Decimal("12.5")), ("", None), ("  ", None),
])
def test_amounts_as_advisors_type_them(typed, value):
    assert parse_amount(typed) == value


@pytest.mark.parametrize("typed", ["abc", "-5", "1e5", "12,345,6"])
def test_amounts_that_are_not(typed):
    with pytest.raises(ValidationError, match="is not an amount"):
        parse_amount(typed)


def test_records_round_trip_through_the_store(session, care, client_id):
    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag", quote_amount="99.90",
                                                 promised_on=date(2025, 12, 24)))
    stored = rows.get(session.book.conn, AftercareCase, case.id)
    assert stored == case.model_copy(update={"updated_at": stored.updated_at})
    assert rows.fetch(session.book.conn, CaseStage, "case_id = ?", (case.id,))[0].stage == "received"


def test_the_fast_reader_gives_the_same_records_and_refuses_a_damaged_row(session, care, client_id):
    from clienteling.store import aftercare as store

    case, _ = care.open_case(client_id, CaseForm(kind="repair", item="Bag", request="Zip", quote_amount="99.90",
                                                 promised_on=date(2025, 12, 24), notes="Fragile"))
    care.advance(case.id)
    conn = session.book.conn
    cur = conn.execute("SELECT * FROM aftercare_case WHERE id = ?", (case.id,))
    row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    row.pop("num"), row.pop("display_name", None)
    assert store.stored_case(dict(row)) == rows.from_row(AftercareCase, dict(row))
    assert store.histories(conn, [case.id])[case.id] == rows.fetch(conn, CaseStage, "case_id = ?", (case.id,),
                                                                    "at, num")
    with pytest.raises(ValidationError, match="is not a stage of a repair case"):
        store.stored_case({**row, "stage": "design_proposal"})
