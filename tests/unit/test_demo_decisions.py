"""The demo book comes with the advisor's decisions of the last weeks, so Insights has figures and
"Show suppressed" has done, dismissed and snoozed prompts to show: the decisions are on prompts the
rules really make, taken as the app would take them (consent, do-not-contact, frequency cap), and
the same every time."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from clienteling.config import DEMO
from clienteling.credentials import MemoryStore
from clienteling.demo import seed_book
from clienteling.demo.decisions import REASONS, WEEKS
from clienteling.demo.generator import generate_dossiers
from clienteling.domain import Consent, Client, OutreachLog, PromptState
from clienteling.services import open_session
from clienteling.services.kpi import KpiService
from clienteling.services.outreach import OutreachService
from clienteling.store import rows

MADE = date(2027, 3, 10)  # a Wednesday, months after the bundled catalogue's dates
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime.combine(MADE, time(11), PARIS).astimezone(timezone.utc)
CLIENTS = 320


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The app's demo book made on MADE, as the app makes it: the book opened, then filled."""
    session = open_session(DEMO, MemoryStore(), home=tmp_path_factory.mktemp("demo-book"))
    seed_book(session.book, CLIENTS, today=MADE, workers=0)
    yield session
    session.close()


@pytest.fixture(scope="module")
def produced(demo):
    """Every prompt the rules make, per client, on each day decisions were taken (actionable or not)."""
    service = OutreachService(demo.book, demo.boutique)
    found: dict[str, dict[str, date]] = defaultdict(dict)
    day = MADE - timedelta(days=MADE.weekday(), weeks=WEEKS)
    while day < MADE:
        queue = service.queue(day)
        for p in [*queue.prompts, *queue.suppressed]:
            found[p.client_id].setdefault(p.key, p.due)
        day += timedelta(days=1)
    return found


def records(demo, cls):
    return rows.fetch(demo.book.conn, cls, "deleted = 0")


def test_insights_show_prompts_completed_every_week_and_a_true_completion_rate(demo):
    service = OutreachService(demo.book, demo.boutique)
    report = KpiService(demo.book, demo.boutique, service).report(NOW)
    assert report.completed > 0
    assert 0 < report.completion_rate < 1
    assert all(w.completed > 0 for w in report.weeks), [(w.week, w.completed) for w in report.weeks]
    assert sum(w.dismissed for w in report.weeks) > 0
    assert report.outreach_by_channel and sum(report.outreach_by_channel.values()) >= report.completed
    history = service.prompt_history(4, MADE)
    assert all(w.completed > 0 for w in history)
    assert history[-1].overdue > 0  # some were left: today has overdue prompts
    assert OutreachService(demo.book, demo.boutique).queue(MADE).overdue()


def test_every_decision_is_on_a_prompt_the_rules_make_for_that_client(demo, produced):
    states = records(demo, PromptState)
    assert len(states) > CLIENTS  # a boutique's weeks: several hundred decisions
    strays = [s.prompt_key for s in states if s.prompt_key not in produced[s.client_id]]
    assert strays == []
    rules = Counter(s.prompt_key.split(":")[0] for s in states)
    assert {"birthday", "thanks", "check-in", "visit", "care"} <= set(rules), rules
    assert len({s.prompt_key for s in states}) == len(states)  # one decision per prompt


def test_done_prompts_are_logged_on_their_channel_on_or_after_their_due_day(demo, produced):
    done = [s for s in records(demo, PromptState) if s.state == "done"]
    logs = {o.prompt_key: o for o in records(demo, OutreachLog) if o.prompt_key}
    assert done and set(logs) == {s.prompt_key for s in done}
    for state in done:
        log = logs[state.prompt_key]
        assert (log.client_id, log.channel, log.at) == (state.client_id, state.channel, state.at)
        assert log.message and log.outcome == "sent"
        local = state.at.astimezone(PARIS)
        assert local.date() >= produced[state.client_id][state.prompt_key]  # on or after its due day
        assert local.date() < MADE and time(9) <= local.time() <= time(19)  # in boutique hours


def test_no_outreach_is_logged_without_consent_or_to_a_client_who_asked_not_to_be_contacted(demo):
    clients = {c.id: c for c in records(demo, Client)}
    consents = defaultdict(list)
    for c in records(demo, Consent):
        consents[(c.client_id, c.channel.value)].append(c)
    answered = [o for o in records(demo, OutreachLog) if o.prompt_key]
    assert answered
    for log in answered:
        assert not clients[log.client_id].do_not_contact
        latest = max(consents[(log.client_id, log.channel.value)], key=lambda c: c.at)
        assert latest.status == "granted" and latest.at <= log.at, log.prompt_key
    dnc = {c for c, client in clients.items() if client.do_not_contact}
    assert dnc and not any(s.client_id in dnc for s in records(demo, PromptState))


def test_dismissals_say_why_in_the_clients_language_and_snoozes_end_in_the_coming_week(demo):
    states = records(demo, PromptState)
    clients = {c.id: c for c in records(demo, Client)}
    dismissed = [s for s in states if s.state == "dismissed"]
    assert dismissed and all(s.reason for s in dismissed)
    by_language = defaultdict(list)
    for s in dismissed:
        by_language[clients[s.client_id].preferred_language.split("-")[0]].append(s.reason)
    assert {"fr", "zh", "en"} <= set(by_language)
    for language, reasons in by_language.items():
        assert set(reasons) <= set(REASONS[language]), language
    snoozed = [s for s in states if s.state == "snoozed"]
    assert snoozed
    for s in snoozed:
        assert MADE < s.until <= MADE + timedelta(days=7)
        assert MADE - timedelta(days=7) <= s.at.astimezone(PARIS).date() < MADE


def test_show_suppressed_lists_prompts_done_dismissed_and_snoozed_today(demo):
    queue = OutreachService(demo.book, demo.boutique).queue(MADE)
    held = Counter(p.suppressed.value for p in queue.suppressed)
    assert held["done"] and held["dismissed"] and held["snoozed"], held


def test_the_decisions_are_synced_data_and_the_same_every_time(demo):
    assert demo.book.query("SELECT count(*) FROM outbox") == [(0,)]
    assert demo.book.query("SELECT DISTINCT rev FROM prompt_state") == [(1,)]
    first = [(d.prompt_states, d.outreach) for d in generate_dossiers(40, today=MADE)]
    again = [(d.prompt_states, d.outreach) for d in generate_dossiers(40, today=MADE)]
    assert first == again and any(states for states, _ in first)
    # a client's decisions do not depend on the others made with it (the demo server makes blocks its own way)
    alone = [(d.prompt_states, d.outreach) for d in generate_dossiers(7, today=MADE)]
    assert alone == first[:7]


def test_the_demo_book_has_new_arrivals_of_its_own_day(demo):
    """Made long after the bundled catalogue's dates, the demo book still has its new pieces and wishes."""
    service = OutreachService(demo.book, demo.boutique)
    pieces = service.new_arrivals()
    assert max(p.arrived_on for p in pieces) == MADE
    queue = service.queue(MADE)
    rules = Counter(p.key.split(":")[0] for p in [*queue.prompts, *queue.suppressed])
    assert rules["arrival"] + rules["wish"] > 0, rules
