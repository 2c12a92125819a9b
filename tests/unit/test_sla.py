"""SLA checks of aftercare cases, with fixed clocks: met, on track, nearly breached, breached."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from clienteling.domain import AftercareCase, CaseStage, build
from clienteling.outreach.settings import AftercareSettings
from clienteling.outreach.sla import SlaState, reached_stages, sla_checks, worst

OPENED = datetime(2025, 11, 3, 10, 0, tzinfo=timezone.utc)
H = timedelta(hours=1)
# repair: sent_to_workshop within 48 h, quote_sent within 120 h, collected within 45 days
SETTINGS = AftercareSettings()


def case(stage: str = "received", status: str = "open", kind: str = "repair") -> AftercareCase:
    return build(AftercareCase, id="case-1", client_id="c1", kind=kind, item="Kelly 28", stage=stage,
                 status=status, opened_at=OPENED)


def history(*steps: tuple[str, float]) -> list[CaseStage]:
    return [build(CaseStage, client_id="c1", case_id="case-1", stage=s, at=OPENED + hours * H) for s, hours in steps]


def states(c: AftercareCase, stages, hours: float) -> dict[str, SlaState]:
    return {k.stage: k.state for k in sla_checks(c, stages, SETTINGS, OPENED + hours * H)}


def test_a_new_case_is_on_track_for_every_promise():
    assert states(case(), history(("received", 0)), 1) == {
        "sent_to_workshop": SlaState.ON_TRACK, "quote_sent": SlaState.ON_TRACK, "collected": SlaState.ON_TRACK}


def test_past_the_warning_share_a_promise_is_nearly_breached_then_breached():
    stages = history(("received", 0))
    assert states(case(), stages, 38)["sent_to_workshop"] == SlaState.ON_TRACK  # 38 < 0.8 * 48
    assert states(case(), stages, 38.4)["sent_to_workshop"] == SlaState.NEAR
    assert states(case(), stages, 48)["sent_to_workshop"] == SlaState.NEAR  # due at 48 h exactly: not late yet
    assert states(case(), stages, 48.01)["sent_to_workshop"] == SlaState.BREACHED


def test_a_stage_reached_in_time_is_met_and_late_is_breached_with_when():
    stages = history(("received", 0), ("sent_to_workshop", 30), ("quote_sent", 130))
    checks = {c.stage: c for c in sla_checks(case("quote_sent"), stages, SETTINGS, OPENED + 200 * H)}
    assert checks["sent_to_workshop"].state == SlaState.MET
    assert checks["sent_to_workshop"].reached_at == OPENED + 30 * H
    assert checks["quote_sent"].state == SlaState.BREACHED
    assert checks["quote_sent"].reached_at == OPENED + 130 * H
    assert checks["quote_sent"].due_at == OPENED + 120 * H


def test_a_skipped_stage_counts_as_reached_when_a_later_one_was():
    stages = history(("received", 0), ("quote_sent", 20))
    assert states(case("quote_sent"), stages, 100)["sent_to_workshop"] == SlaState.MET


def test_history_is_read_in_time_order_whatever_order_it_arrives_in():
    """Rows come from sync in any order; the replay sorts them by when they happened."""
    stages = history(("received", 0), ("sent_to_workshop", 40), ("quote_sent", 60))
    shuffled = [stages[2], stages[0], stages[1]]
    checks = {c.stage: c for c in sla_checks(case("quote_sent"), shuffled, SETTINGS, OPENED + 70 * H)}
    assert checks["sent_to_workshop"].reached_at == OPENED + 40 * H
    assert checks["sent_to_workshop"].state == SlaState.MET
    assert checks["quote_sent"].reached_at == OPENED + 60 * H


def test_going_back_makes_a_later_promise_owed_again():
    """A quote marked sent by mistake, then the advisor went back: the quote is owed again."""
    stages = history(("received", 0), ("sent_to_workshop", 10), ("quote_sent", 20), ("sent_to_workshop", 21))
    assert set(reached_stages(case("sent_to_workshop"), stages)) == {"received", "sent_to_workshop"}
    after = states(case("sent_to_workshop"), stages, 130)
    assert after["sent_to_workshop"] == SlaState.MET
    assert after["quote_sent"] == SlaState.BREACHED  # 130 h > 120 h and not reached again
    stages += history(("quote_sent", 100))
    assert states(case("quote_sent"), stages, 130)["quote_sent"] == SlaState.MET


def test_a_case_past_a_stage_without_history_is_not_reported_late():
    assert states(case("approved"), [], 500)["quote_sent"] == SlaState.MET


def test_a_closed_or_cancelled_case_owes_nothing_more():
    stages = history(("received", 0))
    assert "sent_to_workshop" not in states(case(status="cancelled"), stages, 500)
    closed = states(case("collected", status="closed"), history(("received", 0), ("collected", 20)), 5000)
    assert set(closed.values()) == {SlaState.MET}


def test_a_kind_without_slas_has_no_checks():
    settings = AftercareSettings(sla_hours={"repair": {"sent_to_workshop": 0, "quote_sent": 0, "collected": 0}})
    assert sla_checks(case(), history(("received", 0)), settings, OPENED + 1000 * H) == []


def test_a_boutique_changes_only_the_slas_it_names(tmp_path):
    from clienteling.config import load_boutique

    path = tmp_path / "b.toml"
    path.write_text('[boutique]\nboutique_id = "b"\ndisplay_name = "B"\napi_base_url = "https://api.example.com"\n'
                    '[boutique.aftercare.sla_hours.repair]\nquote_sent = 72\ncollected = 0\n', encoding="utf-8")
    table = load_boutique(path).aftercare.sla_hours
    assert table["repair"] == {"sent_to_workshop": 48, "quote_sent": 72}  # one changed, one removed, one kept
    assert table["service"] == AftercareSettings().sla_hours["service"]  # other kinds keep their defaults
    assert states(case(), history(("received", 0)), 80)["quote_sent"] == SlaState.ON_TRACK  # default 120 h
    assert {c.stage: c.state for c in sla_checks(case(), history(("received", 0)),
                                                 load_boutique(path).aftercare, OPENED + 80 * H)}["quote_sent"] \
        == SlaState.BREACHED


def test_other_cases_stages_and_unknown_stages_are_ignored():
    other = [build(CaseStage, client_id="c1", case_id="case-2", stage="quote_sent", at=OPENED + H)]
    bespoke_stage = [build(CaseStage, client_id="c1", case_id="case-1", stage="design_proposal", at=OPENED + H)]
    assert states(case(), other + bespoke_stage, 130)["quote_sent"] == SlaState.BREACHED


def test_naive_times_are_read_as_utc():
    naive_case = build(AftercareCase, id="case-1", client_id="c1", kind="repair", item="Kelly",
                       opened_at=datetime(2025, 11, 3, 10, 0))
    checks = sla_checks(naive_case, [], SETTINGS, datetime(2025, 11, 5, 11, 0, tzinfo=timezone.utc))
    assert checks[0].state == SlaState.BREACHED
    assert sla_checks(case(), [], SETTINGS, datetime(2025, 11, 3, 11, 0))[0].state == SlaState.ON_TRACK


def test_worst_is_the_open_breach_first_then_the_nearest_then_the_next_due():
    stages = history(("received", 0))
    assert worst(sla_checks(case(), stages, SETTINGS, OPENED + 1 * H)).stage == "sent_to_workshop"
    w = worst(sla_checks(case(), stages, SETTINGS, OPENED + 100 * H))
    assert (w.stage, w.state) == ("sent_to_workshop", SlaState.BREACHED)
    w = worst(sla_checks(case("sent_to_workshop"), history(("received", 0), ("sent_to_workshop", 5)),
                         SETTINGS, OPENED + 100 * H))
    assert (w.stage, w.state) == ("quote_sent", SlaState.NEAR)


def test_worst_ignores_promises_already_kept_even_late():
    stages = history(("received", 0), ("sent_to_workshop", 60))  # late, but done
    w = worst(sla_checks(case("sent_to_workshop"), stages, SETTINGS, OPENED + 61 * H))
    assert (w.stage, w.state) == ("quote_sent", SlaState.ON_TRACK)
    done = history(("received", 0), ("collected", 10))
    assert worst(sla_checks(case("collected", "closed"), done, SETTINGS, OPENED + 5000 * H)) is None


@pytest.mark.parametrize("bad, words", [
    ({"repair": {"design_proposal": 10}}, "design_proposal is not a stage of a repair case"),
    ({"repair": {"quote_sent": -1}}, "must be 0 \\(no SLA\\) or more hours"),
])
def test_the_sla_table_refuses_what_cannot_be(bad, words):
    with pytest.raises(ValueError, match=words):
        AftercareSettings(sla_hours=bad)
