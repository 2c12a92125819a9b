"""The store narrows in SQL what the rules read (dates near the day, care that may fall due, buyers on
the days that matter, tastes naming a new piece). Narrowing must never lose a prompt: on a demo
book, for days all through a year, the rules over the narrowed rows give exactly the prompts they
give over every row of the book."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from clienteling.demo import seed_book
from clienteling.domain import Purchase, WishlistItem, build
from clienteling.outreach.catalogue import parse_arrivals
from clienteling.outreach.facts import BookFacts, CaseFact, StageFact
from clienteling.outreach.rules import all_prompts
from clienteling.resources import resource
from clienteling.services.outreach import OutreachService
from clienteling.services.outreach_facts import load_facts, recall_reasons
from clienteling.store import outreach as repo
from clienteling.store import rows

MADE = date(2026, 4, 15)  # the demo book's "today"
DAYS = sorted({MADE + timedelta(days=n) for n in range(-200, 240, 11)} | {
    date(2026, 2, 28), date(2026, 3, 1), date(2026, 12, 31), date(2027, 1, 1), date(2026, 8, 31), date(2026, 9, 30),
    date(2028, 2, 29), MADE})


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """A 320-client demo book, with a few wishes written without a SKU and some purchases tombstoned."""
    from clienteling.config import DEMO
    from clienteling.credentials import KeyringStore
    from clienteling.services import open_session
    import keyring

    from tests.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    session = open_session(DEMO, KeyringStore(), home=tmp_path_factory.mktemp("narrowing"))
    try:
        seed_book(session.book, 320, seed=11, today=MADE, workers=0)
        conn = session.book.conn
        clients = [r[0] for r in conn.execute("SELECT id FROM client ORDER BY num LIMIT 40")]
        pieces = arrivals()
        with session.book.transaction() as db:
            for i, client in enumerate(clients[:12]):
                name = pieces[i % len(pieces)].name
                text = name.lower() if i % 3 == 0 else f"Asked for the {name}" if i % 3 == 1 else name.upper()
                rows.write(db.conn, build(WishlistItem, client_id=client, description=text, status="open"))
            for client, purchase_id in conn.execute(
                    "SELECT client_id, id FROM purchase WHERE deleted = 0 ORDER BY purchased_on DESC LIMIT 15"):
                rows.soft_delete(db.conn, Purchase, purchase_id)
            for i, client in enumerate(clients[12:24]):  # a purchase on a month's last day, for care's clamp
                day = date(2025, 8, 31) if i % 2 else date(2025, 5, 31)
                rows.write(db.conn, build(Purchase, client_id=client, purchased_on=day, item="Palais long wallet",
                                          category="leather_goods", amount=Decimal("990"), currency="EUR"))
        yield session
    finally:
        session.close()
        keyring.set_keyring(previous)


def arrivals():
    """The bundled pieces, arriving every ten days over the days tested."""
    pieces = parse_arrivals(resource("catalogue", "new_arrivals.json").read_text(encoding="utf-8"), "x")
    start = DAYS[0]
    return [p.model_copy(update={"arrived_on": start + timedelta(days=10 * i)}) for i, p in enumerate(pieces)]


def everything(conn, today: date, window_days: int) -> BookFacts:
    """Every live row the rules could read, unnarrowed (plain SQL, summaries in Python)."""
    def q(sql):
        return conn.execute(sql).fetchall()

    dates = q("SELECT d.client_id, d.id, d.relation_id, d.kind, d.label, d.year, d.month, d.day, coalesce(r.name, '')"
              " FROM important_date d LEFT JOIN relation r ON r.id = d.relation_id AND r.deleted = 0"
              " WHERE d.deleted = 0 AND (d.relation_id IS NULL OR r.id IS NOT NULL)")
    purchases = [(c, i, date.fromisoformat(d), item, cat, float(a)) for c, i, d, item, cat, a in q(
        "SELECT client_id, id, purchased_on, item, category, amount FROM purchase WHERE deleted = 0")]
    mine = defaultdict(list)
    for p in purchases:
        if p[2] <= today:
            mine[p[0]].append(p)
    start = today - timedelta(days=window_days)
    rfm, last = [], {}
    for client, ps in mine.items():
        days = [p[2] for p in ps]
        recent = [p for p in ps if p[2] > start]
        rfm.append((client, min(days), max(days), len(recent), sum(p[5] for p in recent), sum(p[5] for p in ps)))
        last[client] = max(ps, key=lambda p: (p[2], p[5], [-ord(ch) for ch in p[1]]))
    visits = [(c, i, datetime.fromisoformat(s), st, pu, tz) for c, i, s, st, pu, tz in q(
        "SELECT client_id, id, starts_at, status, purpose, time_zone FROM appointment WHERE deleted = 0")]
    cases, stages = repo.open_cases(conn)
    cases, stages = [CaseFact._make(c) for c in cases], [StageFact._make(s) for s in stages]
    return BookFacts(dates=dates, purchases=purchases, rfm=rfm, last_purchases=last, appointments=visits,
                     cases=cases, case_stages=stages,
                     preferences=q("SELECT client_id, category, value, sentiment FROM preference WHERE deleted = 0"),
                     sizes=q("SELECT client_id, category, system, value FROM size WHERE deleted = 0"
                             " AND relation_id IS NULL"),
                     wishes=q("SELECT client_id, id, description, category, sku FROM wishlist_item"
                              " WHERE deleted = 0 AND status = 'open'"))


def seen(prompts) -> dict:
    return {p.key: (p.due, p.priority, p.why, tuple(sorted(p.why_args.items())), p.subject_id) for p in prompts}


def test_the_narrowed_rows_give_every_prompt_all_rows_give(book):
    service = OutreachService(book.book, book.boutique)
    pieces = arrivals()
    conn = book.book.conn
    total = defaultdict(int)
    for day in DAYS:
        ctx = service.context(day)
        narrowed = load_facts(conn, ctx, pieces)
        recall_reasons(conn, narrowed, ctx)
        mine = seen(all_prompts(narrowed, ctx, pieces))
        full = everything(conn, day, ctx.settings.segments.window_days)
        # the reasons of recalls: the full facts know every client's last purchase
        reference = seen(all_prompts(full, ctx, pieces))
        assert mine == reference, day
        for key in mine:
            total[key.split(":")[0]] += 1
    # the days tested exercised every rule that reads narrowed rows
    assert {"birthday", "date", "gift", "thanks", "check-in", "care", "visit", "welcome", "core", "recall",
            "arrival", "wish"} <= set(total), dict(total)


def test_cases_read_as_facts_make_the_prompts_their_records_make(book):
    from clienteling.domain import AftercareCase, Appointment, CaseStage
    from clienteling.outreach.rules_aftercare import case_prompts
    from clienteling.services.outreach_facts import day_start
    from zoneinfo import ZoneInfo

    conn = book.book.conn
    cases, stages = repo.open_cases(conn)
    records = rows.fetch(conn, AftercareCase, "deleted = 0 AND status = 'open'", (), "opened_at, num")
    history = rows.fetch(conn, CaseStage, "deleted = 0", (), "at, num")
    assert len(cases) == len(records) > 10 and stages
    service = OutreachService(book.book, book.boutique)
    made = 0
    for day in DAYS:
        ctx = service.context(day)
        facts = case_prompts([CaseFact._make(c) for c in cases], [StageFact._make(s) for s in stages], ctx)
        assert seen(facts) == seen(case_prompts(records, history, ctx)), day
        made += len(facts)
    assert made > 20
    zone = ZoneInfo("Europe/Paris")
    start, end = day_start(MADE, zone), day_start(MADE + timedelta(days=1), zone)
    day = repo.appointments_between(conn, start, end)
    assert day and [a for a, _ in day] == rows.fetch(
        conn, Appointment, "deleted = 0 AND starts_at >= ? AND starts_at < ? AND status != 'cancelled'",
        (repo.iso(start), repo.iso(end)), "starts_at, num")
