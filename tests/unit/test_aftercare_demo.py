"""The demo book's aftercare cases: realistic, about the clients' own purchases, and leaving the rest alone."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timezone

from clienteling.demo import generate_dossiers
from clienteling.domain.aftercare import STAGES
from clienteling.outreach.settings import AftercareSettings
from clienteling.outreach.sla import SlaState, sla_checks, worst

TODAY = date(2025, 11, 24)
NOW = datetime.combine(TODAY, time(17, 30), timezone.utc)


def book(n: int = 1000):
    return list(generate_dossiers(n, today=TODAY))


def test_a_fraction_of_clients_have_cases_at_every_state():
    dossiers = book()
    cases = [c for d in dossiers for c in d.cases]
    with_cases = sum(1 for d in dossiers if d.cases)
    assert 0.05 < with_cases / len(dossiers) < 0.2
    status = Counter(c.status.value for c in cases)
    assert status["open"] > status["closed"] > status["cancelled"] > 0
    open_stages = {c.stage for c in cases if c.status.value == "open"}
    assert len(open_stages) >= 6
    assert {c.kind.value for c in cases} == {"repair", "alteration", "service", "cleaning", "engraving", "bespoke"}


def test_cases_are_about_the_clients_own_purchases_with_a_history_that_makes_sense():
    for d in book(600):
        bought = {p.id: p for p in d.purchases}
        stages = {}
        for s in d.case_stages:
            stages.setdefault(s.case_id, []).append(s)
        for c in d.cases:
            assert c.client_id == d.client.id
            if c.kind.value != "bespoke":
                assert c.purchase_id in bought and c.item == bought[c.purchase_id].item
            history = stages[c.id]
            order = STAGES[c.kind]
            assert [s.stage for s in history] == list(order[:order.index(c.stage) + 1])
            assert history[0].at == c.opened_at and all(a.at < b.at for a, b in zip(history, history[1:]))
            assert history[-1].at <= NOW
            assert (c.status.value == "closed") == (c.stage == order[-1])


def test_some_open_cases_are_late_and_most_are_on_track():
    dossiers = book()
    settings = AftercareSettings()
    states = Counter()
    late_promises = 0
    for d in dossiers:
        for c in d.cases:
            if c.status.value != "open":
                continue
            check = worst(sla_checks(c, d.stages_of(c.id), settings, NOW))
            states[check.state if check else None] += 1
            late_promises += bool(c.promised_on and c.promised_on < TODAY and c.stage != "back_in_boutique")
    assert states[SlaState.BREACHED] >= 3 and late_promises >= 3
    assert states[SlaState.ON_TRACK] > states[SlaState.BREACHED]


def test_the_cases_come_from_their_own_dice_and_the_rest_of_the_book_is_unchanged(monkeypatch):
    with_cases = book(300)
    assert [d.model_dump() for d in with_cases] == [d.model_dump() for d in book(300)]  # deterministic
    monkeypatch.setattr("clienteling.demo.generator.demo_cases", lambda *a, **k: {})
    without = book(300)
    assert all(not d.cases for d in without)
    assert sum(bool(d.cases) for d in with_cases) > 10
    rest = {"cases", "case_stages", "prompt_states", "outreach"}  # decisions answer the cases' prompts too
    assert [d.model_dump(exclude=rest) for d in with_cases] == [d.model_dump(exclude=rest) for d in without]
    history = [[o for o in d.outreach if not o.prompt_key] for d in with_cases]  # what no prompt asked for
    assert history == [[o for o in d.outreach if not o.prompt_key] for d in without]
