"""Re-engagement by RFM segment (segments.py), each segment treated as it deserves.

| segment | key | priority | what |
|---|---|---|---|
| new | `welcome:<c>:<first purchase day>` | 3 | a welcome to the maison, `welcome_after_days` after the first purchase (scheduled: lapses) |
| core | `core:<c>:<year>-Q<n>` | 3 | personal attention once a quarter: an invitation, a private viewing |
| at_risk | `recall:<c>:at_risk:<last purchase day>` | 3 | a recall, with the reason: what they last bought |
| dormant | `recall:<c>:dormant:<last purchase day>` | 4 | the same, later |

Potential clients and those who never bought get none. At-risk and dormant clients are
recalled only when they spent at least `recall_min_spend` in all. Core and recall prompts
stand (due today) until done, dismissed or the client moves to another segment; a new
purchase starts a new recall episode (a new key).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta

from ..domain.vocab import OutreachPurpose
from .context import RuleContext
from .facts import PurchaseFact, RfmFact
from .prompt import QT_TRANSLATE_NOOP, Prompt, Segment
from .segments import Summary, segment_from

WHY_WELCOME = QT_TRANSLATE_NOOP("Prompts", "First purchase on {date}: welcome them to the maison")
WHY_CORE = QT_TRANSLATE_NOOP("Prompts", "Core client (last purchase {date}): invite them personally to the next event")
WHY_AT_RISK = QT_TRANSLATE_NOOP("Prompts", "No purchase since {date} (last: {item}): a personal recall")
WHY_DORMANT = QT_TRANSLATE_NOOP("Prompts", "Dormant since {date} (last: {item}): a recall with news of the line")


def recall_prompts(rfm: Iterable[RfmFact], last: Mapping[str, PurchaseFact], ctx: RuleContext) -> list[Prompt]:
    s, today, out = ctx.settings, ctx.today, []
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    for r in rfm:
        segment = segment_from(Summary(r.first, r.last, r.count_window, r.spend_window), today, s.segments)
        c = r.client_id
        if segment == Segment.NEW:
            due = r.first + timedelta(days=s.welcome_after_days)
            if ctx.shown(due):
                out.append(Prompt(f"welcome:{c}:{r.first.isoformat()}", c, OutreachPurpose.RE_ENGAGEMENT, due, 3,
                                  WHY_WELCOME, {"date": ctx.day(r.first)}))
        elif segment == Segment.CORE:
            out.append(Prompt(f"core:{c}:{quarter}", c, OutreachPurpose.RE_ENGAGEMENT, today, 3, WHY_CORE,
                              {"date": ctx.day(r.last)}))
        elif segment in (Segment.AT_RISK, Segment.DORMANT) and r.spend_total >= s.recall_min_spend:
            recent = last.get(c)
            item = recent.item if recent is not None else ""
            at_risk = segment == Segment.AT_RISK
            out.append(Prompt(f"recall:{c}:{segment.value}:{r.last.isoformat()}", c, OutreachPurpose.RE_ENGAGEMENT,
                              today, 3 if at_risk else 4, WHY_AT_RISK if at_risk else WHY_DORMANT,
                              {"date": ctx.day(r.last), "item": item},
                              subject_id=recent.id if recent is not None else ""))
    return out
