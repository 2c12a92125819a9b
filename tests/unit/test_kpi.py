"""The Insights figures match the data written here: outreach by week and channel, prompt
decisions by week, open cases by stage with their SLA breaches, segments, completion."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from decimal import Decimal

from clienteling.domain import AftercareCase, CaseStage, OutreachLog, PromptState, Purchase, build
from clienteling.outreach.prompt import Segment
from clienteling.services import ClientForm
from clienteling.services.kpi import KpiService, week_label
from clienteling.services.outreach import OutreachService
from clienteling.store import kpi as repo
from clienteling.store import rows

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 15, 10, 0, tzinfo=PARIS)  # a Wednesday, ISO week 2026-W16
UTC = timezone.utc


@pytest.fixture
def outreach(session):
    return OutreachService(session.book, session.boutique, "Camille")


@pytest.fixture
def kpi(session, outreach):
    return KpiService(session.book, session.boutique, outreach)


@pytest.fixture
def client_id(add_client):
    return add_client(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR")


def write(session, *records):
    with session.book.transaction() as db:
        for r in records:
            rows.write(db.conn, r)


def log(client_id, at, channel, **kw):
    return build(OutreachLog, client_id=client_id, at=at, channel=channel, **kw)


def state(client_id, key, kind, at, **kw):
    return build(PromptState, client_id=client_id, prompt_key=key, state=kind, at=at, **kw)


def test_weeks_are_local_iso_weeks_ending_with_this_one(kpi):
    weeks = kpi.weeks(NOW.date(), 3)
    assert [w[0] for w in weeks] == ["2026-W14", "2026-W15", "2026-W16"]
    assert [w[1] for w in weeks] == [date(2026, 3, 30), date(2026, 4, 6), date(2026, 4, 13)]
    # Paris midnight is 22:00 UTC the day before in summer time, 23:00 in winter time
    assert weeks[0][2] == "2026-03-29T22:00:00.000000Z"
    assert weeks[-1][3] == "2026-04-19T22:00:00.000000Z"
    assert week_label(date(2026, 1, 1)) == "2026-W01" and week_label(date(2027, 1, 1)) == "2026-W53"


def test_outreach_counts_by_week_and_channel_in_the_boutiques_zone(session, kpi, client_id):
    write(session,
          log(client_id, datetime(2026, 4, 13, 9, 0, tzinfo=PARIS), "email"),
          log(client_id, datetime(2026, 4, 14, 18, 0, tzinfo=PARIS), "email"),
          log(client_id, datetime(2026, 4, 14, 18, 5, tzinfo=PARIS), "wechat"),
          # Sunday 23:30 in Paris (21:30 UTC): still week 15
          log(client_id, datetime(2026, 4, 12, 23, 30, tzinfo=PARIS), "phone"),
          # Monday 00:30 in Paris is Sunday 22:30 UTC: week 16 for the boutique
          log(client_id, datetime(2026, 4, 13, 0, 30, tzinfo=PARIS), "phone"),
          log(client_id, datetime(2026, 1, 5, 12, 0, tzinfo=PARIS), "sms"))  # before the window
    bounds = [(w[0], w[2], w[3]) for w in kpi.weeks(NOW.date(), 12)]
    assert repo.outreach_by_week(session.book.conn, bounds) == {
        ("2026-W16", "email"): 2, ("2026-W16", "wechat"): 1, ("2026-W16", "phone"): 1,
        ("2026-W15", "phone"): 1}
    report = kpi.report(NOW)
    assert report.outreach_by_channel == {"email": 2, "phone": 2, "wechat": 1}
    assert [w.outreach for w in report.weeks][-2:] == [1, 4]
    assert sum(w.outreach for w in report.weeks) == 5


def test_a_deleted_outreach_is_not_counted(session, kpi, client_id):
    gone = log(client_id, datetime(2026, 4, 14, 9, 0, tzinfo=PARIS), "email")
    write(session, gone, log(client_id, datetime(2026, 4, 14, 10, 0, tzinfo=PARIS), "email"))
    with session.book.transaction() as db:
        rows.soft_delete(db.conn, OutreachLog, gone.id)
    assert kpi.report(NOW).outreach_by_channel == {"email": 1}


def test_prompt_decisions_by_week(session, kpi, client_id):
    write(session,
          state(client_id, "birthday:a:2026", "done", datetime(2026, 4, 14, 9, tzinfo=PARIS), channel="email"),
          state(client_id, "thank_you:a:p1", "done", datetime(2026, 4, 7, 9, tzinfo=PARIS), channel="phone"),
          state(client_id, "thank_you:a:p2", "done", datetime(2026, 4, 8, 9, tzinfo=PARIS), channel="phone"),
          state(client_id, "check_in:a:p1", "dismissed", datetime(2026, 4, 8, 9, tzinfo=PARIS), reason="Moved"),
          state(client_id, "check_in:a:p2", "snoozed", datetime(2026, 4, 15, 9, tzinfo=PARIS),
                until=date(2026, 4, 22)))
    weeks = {w.week: w for w in kpi.report(NOW).weeks}
    assert (weeks["2026-W16"].completed, weeks["2026-W16"].snoozed, weeks["2026-W16"].dismissed) == (1, 1, 0)
    assert (weeks["2026-W15"].completed, weeks["2026-W15"].dismissed) == (2, 1)
    assert sum(w.completed for w in weeks.values()) == 3


def case(client_id, kind, stage, opened, **kw):
    return build(AftercareCase, client_id=client_id, kind=kind, item="Weekender bag", stage=stage,
                 opened_at=opened, **kw)


def test_open_cases_by_stage_with_sla_breaches(session, kpi, client_id):
    now = NOW.astimezone(UTC)
    # repair received 3 days ago: the 48 h "sent to workshop" promise is breached
    late = case(client_id, "repair", "received", now - timedelta(days=3))
    # repair received 40 hours ago: 48 h promise nearly breached (past 80 %)
    near = case(client_id, "repair", "received", now - timedelta(hours=40))
    # repair received an hour ago: on track
    fresh = case(client_id, "repair", "received", now - timedelta(hours=1))
    # repair sent to the workshop in time, quote (120 h) not sent after 6 days: breached at its stage
    quote = case(client_id, "repair", "sent_to_workshop", now - timedelta(days=6))
    # alteration collected: closed, not counted
    closed = case(client_id, "alteration", "collected", now - timedelta(days=20), status="closed")
    # a bespoke order at its brief, in time
    bespoke = case(client_id, "bespoke", "brief", now - timedelta(days=2))
    stages = [build(CaseStage, client_id=client_id, case_id=c.id, stage=c.stages[0], at=c.opened_at)
              for c in (late, near, fresh, quote, closed, bespoke)]
    stages.append(build(CaseStage, client_id=client_id, case_id=quote.id, stage="sent_to_workshop",
                        at=quote.opened_at + timedelta(hours=20)))
    write(session, late, near, fresh, quote, closed, bespoke, *stages)

    assert repo.open_cases_by_stage(session.book.conn) == {
        ("repair", "received"): 3, ("repair", "sent_to_workshop"): 1, ("bespoke", "brief"): 1}
    figures = {s.stage: s for s in kpi.cases_by_stage(now)}
    assert list(figures) == ["received", "sent_to_workshop", "brief"]  # stage order, open stages only
    assert (figures["received"].open, figures["received"].near, figures["received"].breached) == (3, 1, 1)
    assert (figures["sent_to_workshop"].open, figures["sent_to_workshop"].breached) == (1, 1)
    assert (figures["brief"].open, figures["brief"].near, figures["brief"].breached) == (1, 0, 0)
    assert kpi.report(NOW).breaches == 2


def test_an_empty_book_has_no_figures_and_no_rate(kpi):
    report = kpi.report(NOW)
    assert len(report.weeks) == 12 and report.weeks[-1].week == "2026-W16"
    assert report.outreach_by_channel == {} and report.cases_by_stage == ()
    assert report.completed == 0 and report.completion_rate is None
    assert set(report.segments.values()) == {0}


def test_overdue_per_week_completion_and_segments_follow_the_rules(session, kpi, outreach, add_client):
    """One purchase on Wednesday 1 April: its thank-you is due Friday 3 (shown until 10 April),
    the new client's welcome on Wednesday 8 (shown until 15 April)."""
    zhang = add_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                       title="mr", country="CN", preferred_language="zh-Hans", preferred_channel="wechat")
    add_client(family_name="Rossi", given_name="Giulia", country="IT")  # never bought
    session.clients.set_consent(zhang, "wechat", "granted", "Signed form")
    with session.book.transaction() as db:
        rows.write(db.conn, build(Purchase, client_id=zhang, purchased_on=date(2026, 4, 1), item="Weekender bag",
                                  category="leather_goods", amount=Decimal("4800"), currency="EUR"), journaled=False)
    now = datetime(2026, 4, 14, 10, 0, tzinfo=PARIS)  # Tuesday of week 16

    weeks = {w.week: w for w in kpi.report(now).weeks}
    # end of week 14 (Sunday 5): the thank-you is late; end of week 15: the thank-you has lapsed,
    # the welcome is late; today: the welcome is still late
    assert [weeks[w].overdue for w in ("2026-W13", "2026-W14", "2026-W15", "2026-W16")] == [0, 1, 1, 1]

    thanks = next(p for p in outreach.queue(date(2026, 4, 6)).prompts if p.key.startswith("thanks:"))
    outreach.mark_done(thanks, "wechat", "谢谢您！", datetime(2026, 4, 6, 11, 0, tzinfo=PARIS))
    report = kpi.report(now)
    weeks = {w.week: w for w in report.weeks}
    # done on Monday 6: week 14 had it late; the outreach holds the welcome back (7-day cap) to the 13th
    assert [(weeks[w].completed, weeks[w].overdue) for w in ("2026-W14", "2026-W15", "2026-W16")] == [
        (0, 1), (1, 0), (0, 1)]
    assert report.outreach_by_channel == {"wechat": 1}
    assert (report.completed, report.overdue, report.due) == (1, 1, 2)
    assert report.completion_rate == pytest.approx(0.5)
    assert report.segments[Segment.NEW] == 1 and report.segments[Segment.NONE] == 1
    history = outreach.prompt_history(12, now.date())
    assert [w.completed for w in history] == [w.completed for w in report.weeks]  # the SQL agrees with the rules
    assert [w.overdue for w in history] == [w.overdue for w in report.weeks]

    quick = kpi.figures(now)  # what the view draws first, before counting week by week
    assert not quick.counted and {w.overdue for w in quick.weeks} == {0}
    assert [w.completed for w in quick.weeks] == [w.completed for w in report.weeks]
    assert [kpi.overdue_in(w.starts, now.date()) for w in quick.weeks] == [w.overdue for w in report.weeks]
