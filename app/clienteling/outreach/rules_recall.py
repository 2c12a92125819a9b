"""Re-engagement by RFM segment (segments.py), each segment treated as it deserves.

| segment | key | priority | due |
|---|---|---|---|
| new | `welcome:<c>:<first purchase day>` | 3 | `welcome_after_days` after the first purchase |
| core | `core:<c>:<year>-Q<n>` | 3 | one day of each quarter, the same for the client every time |
| at_risk | `recall:<c>:at_risk:<last purchase day>` | 3 | the day they become at risk (`at_risk_days` after the last purchase) |
| dormant | `recall:<c>:dormant:<last purchase day>:<n>` | 4 | `dormant_days` after it, then every year (n = 0 … 5) |

Core clients get personal attention (an invitation, a private viewing) once a quarter, on a day
drawn from their id so a boutique's core clients spread over the quarter. At-risk and dormant
clients get a recall with a reason (what they last bought), only when they spent at least
`recall_min_spend` in all. Potential clients and those who never bought get none. Every one is
scheduled: shown from `lead_days` before its day to `late_days` after, then it lapses until the
next; a new purchase starts a new recall episode (a new key).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from ..domain.vocab import OutreachPurpose
from .context import RuleContext
from .facts import PurchaseFact, RfmFact
from .make import make
from .prompt import QT_TRANSLATE_NOOP, Prompt, Segment
from .segments import Summary, segment_from

WHY_WELCOME = QT_TRANSLATE_NOOP("Prompts", "First purchase on {date}: welcome them to the maison")
WHY_CORE = QT_TRANSLATE_NOOP("Prompts", "Core client (last purchase {date}): invite them personally to the next event")
WHY_AT_RISK = QT_TRANSLATE_NOOP("Prompts", "No purchase since {date} (last: {item}): a personal recall")
WHY_DORMANT = QT_TRANSLATE_NOOP("Prompts", "Dormant, no purchase since {date} (last: {item}): a recall with our news")


DORMANT_YEARS = 5  # a dormant client is recalled on becoming dormant, then yearly this many times


def recall_prompts(rfm: Iterable[RfmFact], last: Mapping[str, PurchaseFact], ctx: RuleContext) -> list[Prompt]:
    s, today, out = ctx.settings, ctx.today, []
    quarter = _quarter(today)[0]
    welcome_after = timedelta(days=s.welcome_after_days)
    for r in rfm:
        c, first, latest, count, spend, _ = r
        due = first + welcome_after
        if first <= today and ctx.shown(due) and (due - first).days <= s.segments.new_days:
            out.append(make(f"welcome:{c}:{first.isoformat()}", c, OutreachPurpose.RE_ENGAGEMENT, due, 3,
                            WHY_WELCOME, {"date": ctx.day(first)}))
            continue
        if segment_from(Summary(first, latest, count, spend), today, s.segments) == Segment.CORE:
            due = core_day(c, today)
            if ctx.shown(due):
                out.append(make(f"core:{c}:{quarter}", c, OutreachPurpose.RE_ENGAGEMENT, due, 3, WHY_CORE,
                                {"date": ctx.day(latest)}))
            continue
        found = recalls(r, ctx)
        if found:
            recent = last.get(c)
            args = {"date": ctx.day(latest), "item": recent[3] if recent is not None else ""}
            for key, due, at_risk in found:
                out.append(make(key, c, OutreachPurpose.RE_ENGAGEMENT, due, 3 if at_risk else 4,
                                WHY_AT_RISK if at_risk else WHY_DORMANT, args,
                                subject_id=recent[1] if recent is not None else ""))
    return out


def recalls(r: RfmFact, ctx: RuleContext) -> list[tuple[str, date, bool]]:
    """(key, due day, at risk?) of the recalls of this client shown today (none under `recall_min_spend`)."""
    min_spend, at_risk_after, dormant_after = _recall_terms(ctx)
    if r[5] < min_spend:
        return []
    c, latest = r[0], r[2]
    out = []
    at_risk, dormant = latest + at_risk_after, latest + dormant_after
    if at_risk < dormant and ctx.shown(at_risk):
        out.append((f"recall:{c}:at_risk:{latest.isoformat()}", at_risk, True))
    years = max(0, (ctx.today - dormant).days // 365)
    for n in (years, years + 1):
        due = dormant + timedelta(days=365 * n)
        if n <= DORMANT_YEARS and ctx.shown(due):
            out.append((f"recall:{c}:dormant:{latest.isoformat()}:{n}", due, False))
    return out


def _recall_terms(ctx: RuleContext) -> tuple[float, timedelta, timedelta]:
    """(recall_min_spend, at-risk delay, dormant delay) of the context's settings, worked out once
    per context: `recalls` runs for every buyer of a big book."""
    terms = ctx.__dict__.get("_recall_terms")
    if terms is None:
        s = ctx.settings
        terms = (s.recall_min_spend, timedelta(days=s.segments.at_risk_days), timedelta(days=s.segments.dormant_days))
        object.__setattr__(ctx, "_recall_terms", terms)
    return terms


def core_draw(client_id: str) -> int:
    """A number drawn from the client's id, the same on every device."""
    return zlib.crc32(client_id.encode())


def core_day(client_id: str, today: date) -> date:
    """The day of `today`'s quarter a core client's personal prompt falls on (drawn from the id)."""
    _, start, days = _quarter(today)
    return start + timedelta(days=core_draw(client_id) % days)


def core_days_shown(ctx: RuleContext) -> tuple[int, frozenset[int]]:
    """(days in the quarter, the offsets shown today): a client's core day is shown today when
    `core_draw(client id) % days in offsets`."""
    _, start, days = _quarter(ctx.today)
    return days, frozenset(o for o in range(days) if ctx.shown(start + timedelta(days=o)))


def wanted(ctx: RuleContext) -> tuple[list[tuple[date, date]], date]:
    """What the store must find for these rules today: the purchase-day ranges a welcome (first
    purchase) or a recall (last purchase) could come from, and the day since which a buyer is
    recent enough to be core. A superset: `recall_prompts` decides."""
    s, seg = ctx.settings, ctx.settings.segments
    lo, hi = ctx.today - timedelta(days=s.late_days), ctx.today + timedelta(days=s.lead_days)

    def back(days: int) -> tuple[date, date]:
        return lo - timedelta(days=days), hi - timedelta(days=days)

    ranges = [back(s.welcome_after_days), back(seg.at_risk_days)]
    ranges += [back(seg.dormant_days + 365 * n) for n in range(DORMANT_YEARS + 1)]
    return ranges, ctx.today - timedelta(days=seg.core_recency_days)


def _quarter(today: date) -> tuple[str, date, int]:
    """The quarter's name (2026-Q4), its first day and its length in days."""
    q = (today.month - 1) // 3
    start = date(today.year, 3 * q + 1, 1)
    end = date(today.year + 1, 1, 1) if q == 3 else date(today.year, 3 * q + 4, 1)
    return f"{today.year}-Q{q + 1}", start, (end - start).days
