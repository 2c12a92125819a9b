"""Reading what the outreach rules and gates need from the book, for a day or a span of days.

`load_facts(conn, first, last, …)` reads, for the whole book, every row a rule could use on any
day from `first` to `last` (the store narrows in SQL, the rules decide); `load_gate_facts`
reads the clients that have prompts, their consents, their last outreach and the decisions
on their prompts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from ..outreach.catalogue import Arrival
from ..outreach.context import RuleContext
from ..outreach.facts import (AppointmentFact, BookFacts, ClientFacts, ConsentFact, DateFact, GateFacts,
                              PreferenceFact, PurchaseFact, RfmFact, SizeFact, StateFact, WishFact)
from ..outreach.rules_recall import recalls
from ..outreach.settings import OutreachSettings
from ..store import outreach as repo


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The first moment of `day` in `zone`, in UTC."""
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def month_days(first: date, last: date) -> set[int]:
    """month * 100 + day of every day from `first` to `last` (29 February whenever 28 February or 1 March is in)."""
    out = set()
    day = first
    while day <= last and len(out) < 366:
        out.add(day.month * 100 + day.day)
        day += timedelta(days=1)
    if 228 in out or 301 in out:
        out.add(229)
    return out


def load_facts(conn, first: date, last: date, settings: OutreachSettings, zone: ZoneInfo,
               arrivals: Sequence[Arrival]) -> BookFacts:
    """What the rules may use on any day from `first` to `last`."""
    s = settings
    late, lead = timedelta(days=s.late_days), timedelta(days=s.lead_days)
    facts = BookFacts()
    ahead = timedelta(days=s.dates_days_ahead)
    facts.dates = [DateFact._make(r) for r in repo.dates_on(conn, month_days(first - late, last + ahead))]
    oldest = first - timedelta(days=max(s.thank_you_after_days, s.check_in_after_days)) - late
    care = {str(k): v for k, v in s.care_every_months.items()}
    facts.purchases = [PurchaseFact._make(r) for r in repo.purchases(conn, oldest, last, care, first - late,
                                                                     last + lead)]
    facts.rfm = [RfmFact._make(r) for r in repo.rfm(conn, last, last - timedelta(days=s.segments.window_days))]
    visits_from = first - timedelta(days=s.appointment_follow_up_days) - late - timedelta(days=1)
    facts.appointments = [AppointmentFact._make(r) for r in repo.visits_between(
        conn, day_start(visits_from, zone), day_start(last + timedelta(days=2), zone))]
    facts.cases, facts.case_stages = repo.open_cases(conn)
    fresh = [a for a in arrivals if a.arrived_on <= last
             and (first - a.arrived_on).days <= s.new_arrival_days]
    if fresh:
        facts.preferences = [PreferenceFact._make(r) for r in repo.preferences_naming(
            conn, {v for a in fresh for v in (a.line, a.colour) if v})]
        facts.sizes = [SizeFact._make(r) for r in repo.sizes_among(
            conn, {(str(a.size_category), size) for a in fresh for size in a.sizes if a.size_category})]
        facts.wishes = [WishFact._make(r) for r in repo.wishes_naming(
            conn, {a.sku for a in fresh}, {a.name for a in fresh})]
    return facts


def recall_reasons(conn, facts: BookFacts, ctx: RuleContext) -> None:
    """Fill `facts.last_purchases` for the clients a recall is for (what they last bought is its reason)."""
    quiet = [r.client_id for r in facts.rfm if recalls(r, ctx)]
    found = repo.last_purchases(conn, quiet, ctx.today) if quiet else {}
    facts.last_purchases = {c: PurchaseFact._make(r) for c, r in found.items()}


def load_gate_facts(conn, client_ids: Sequence[str], today: date, settings: OutreachSettings, zone: ZoneInfo,
                    until: datetime | None = None) -> GateFacts:
    """The gates' facts for `client_ids` as they stood at `until` (default: now)."""
    ids = sorted(set(client_ids))
    facts = GateFacts()
    if not ids:
        return facts
    facts.clients = {r[0]: ClientFacts._make(r) for r in repo.clients(conn, ids)}
    consents: dict[str, list[ConsentFact]] = defaultdict(list)
    for r in repo.consents(conn, ids):
        consents[r[0]].append(ConsentFact._make(r))
    facts.consents = dict(consents)
    cap = settings.frequency_cap_days
    end = until or datetime.now(timezone.utc)
    if cap:
        since = day_start(today - timedelta(days=cap), zone)
        facts.last_contact = {c: at.astimezone(zone).date() for c, at in repo.last_outreach(conn, since, end)}
    states: dict[str, StateFact] = {}
    for r in repo.states(conn, ids, until):
        state = StateFact._make(r)
        seen = states.get(state.prompt_key)
        if seen is None or state.at > seen.at:
            states[state.prompt_key] = state
    facts.states = states
    return facts

