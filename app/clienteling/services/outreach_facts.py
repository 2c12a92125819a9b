"""Reading what the outreach rules and gates need from the book, for a day or a span of days.

`load_facts(conn, ctx, arrivals)` reads, for the whole book, every row a rule could use on
`ctx.today` (the store narrows in SQL, the rules decide); `load_gate_facts` reads the clients
that have prompts, the channels they agreed to, their last outreach and the decisions on
those prompts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from ..outreach.catalogue import Arrival
from ..outreach.context import RuleContext
from ..outreach.facts import BookFacts, CaseFact, ClientFacts, GateFacts, StageFact, StateFact
from ..outreach.prompt import Prompt
from ..outreach.rules import care_days, yearly_days
from ..outreach.rules_recall import core_days_shown, core_draw, recalls
from ..outreach.rules_recall import wanted as recall_wanted
from ..outreach.rules_taste import arrival_pieces, wish_pieces
from ..store import outreach as repo


def day_start(day: date, zone: tzinfo) -> datetime:
    """The first moment of `day` in `zone`, in UTC."""
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def load_facts(conn, ctx: RuleContext, arrivals: Sequence[Arrival]) -> BookFacts:
    """What the rules may use on `ctx.today`, for the whole book (rows as the store reads them,
    shaped like the outreach.facts tuples)."""
    s, today, zone = ctx.settings, ctx.today, ctx.zone
    late = timedelta(days=s.late_days)
    facts = BookFacts()
    days = yearly_days(today - late, today + timedelta(days=s.dates_days_ahead))
    facts.dates = repo.dates_on(conn, [month * 100 + day for month, day in days])
    oldest = today - timedelta(days=max(s.thank_you_after_days, s.check_in_after_days)) - late
    first = repo.first_purchase_day(conn)
    facts.purchases = repo.purchases(conn, oldest, today, care_days(ctx, first) if first else {})
    facts.rfm = summaries(conn, ctx)
    visits_from = today - timedelta(days=s.appointment_follow_up_days) - late - timedelta(days=1)
    facts.appointments = repo.visits_between(conn, day_start(visits_from, zone),
                                             day_start(today + timedelta(days=2), zone))
    cases, stages = repo.open_cases(conn)
    facts.cases, facts.case_stages = list(map(CaseFact._make, cases)), list(map(StageFact._make, stages))
    fresh = arrival_pieces(arrivals, ctx)
    if fresh:
        facts.preferences = repo.preferences_naming(conn, {v for a in fresh for v in (a.line, a.colour) if v})
        sized = {(str(a.size_category), size) for a in fresh for size in a.sizes if a.size_category}
        if sized:
            facts.sizes = repo.sizes_among(conn, sized)
    wished = wish_pieces(arrivals, ctx)
    if wished:
        facts.wishes = repo.wishes_naming(conn, {a.sku for a in wished}, {a.name for a in wished})
    return facts


def summaries(conn, ctx: RuleContext) -> list[tuple]:
    """The purchase summaries the re-engagement rules can use today: a quick look at the
    (client, day) index for buyers on the days that matter, then exact sums for those alone
    (core clients only when their day of the quarter is shown)."""
    ranges, recent_since = recall_wanted(ctx)
    found = repo.buyers(conn, ctx.today, ranges, recent_since)
    days, shown = core_days_shown(ctx)
    ids = [c for c, in_ranges in found if in_ranges or core_draw(c) % days in shown]
    window = ctx.today - timedelta(days=ctx.settings.segments.window_days)
    return repo.rfm(conn, ctx.today, window, client_ids=ids) if ids else []


def recall_reasons(conn, facts: BookFacts, ctx: RuleContext) -> None:
    """Fill `facts.last_purchases` for the clients a recall is for (what they last bought is its reason)."""
    quiet = [r[0] for r in facts.rfm if recalls(r, ctx)]
    facts.last_purchases = repo.last_purchases(conn, quiet, ctx.today) if quiet else {}


def load_gate_facts(conn, prompts: Sequence[Prompt], ctx: RuleContext, until: datetime | None = None) -> GateFacts:
    """The gates' facts for `prompts` (their clients, and the decisions on them) as they stood at
    `until` (default: the end of `ctx.today`)."""
    ids = sorted({p.client_id for p in prompts})
    facts = GateFacts()
    if not ids:
        return facts
    client_facts, granted = ClientFacts._make, facts.granted
    for row in repo.clients(conn, ids):  # the ClientFacts fields, then the channels agreed to
        facts.clients[row[0]] = client_facts(row[:10])
        if row[10]:
            granted[row[0]] = row[10]
    cap = ctx.settings.frequency_cap_days
    end = until or day_start(ctx.today + timedelta(days=1), ctx.zone)
    if cap:
        since = day_start(ctx.today - timedelta(days=cap), ctx.zone)
        facts.last_contact = {c: at.astimezone(ctx.zone).date() for c, at in repo.last_outreach(conn, since, end)}
    states: dict[str, StateFact] = {}
    state_fact = StateFact._make
    for r in repo.states(conn, [p.key for p in prompts], until):  # the StateFact fields
        seen = states.get(r[1])
        if seen is None or r[4] > seen.at:  # the latest decision on a key, should two devices have made one
            states[r[1]] = state_fact(r)
    facts.states = states
    return facts
