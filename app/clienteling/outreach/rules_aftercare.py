"""Aftercare milestones of open cases: promises the boutique made, so they are service obligations.

| milestone | key | priority | due |
|---|---|---|---|
| back in the boutique: ready for pickup | `pickup:<c>:<case id>` | 2 | the day it came back |
| quote / design proposal sent, no answer yet | `quote:<c>:<case id>` | 2 | sent + `quote_chase_days` (shown `lead_days` before) |
| an SLA nearly breached | `sla:<c>:<case id>:<stage>:near` | 2 | the SLA's day |
| an SLA breached | `sla:<c>:<case id>:<stage>:breached` | 1 | the SLA's day |
| the promised day passed, not ready | `promise:<c>:<case id>` | 1 | the promised day |

A case makes one prompt at a time, the first that holds: the promise broken, ready for pickup
(priority 1 when an SLA is breached too), an SLA breached, a quote to chase, an SLA nearly
breached; only the case's most pressing SLA counts (`sla.worst`). These prompts stay until the
case moves on; they never lapse, and the frequency cap does not hold them back (gate.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from ..domain.vocab import CaseStatus, OutreachPurpose
from .context import RuleContext
from .facts import CaseFact, StageFact
from .make import make
from .prompt import QT_TRANSLATE_NOOP, Prompt
from .sla import SlaState, sla_checks, worst
from .wording import STAGE_WORDS

WHY_PICKUP = QT_TRANSLATE_NOOP("Prompts", "{item} is back in the boutique: ready for pickup")
WHY_QUOTE = QT_TRANSLATE_NOOP("Prompts", "Quote for {item} sent on {date}: awaiting approval")
WHY_PROPOSAL = QT_TRANSLATE_NOOP("Prompts", "Design proposal for {item} sent on {date}: awaiting confirmation")
WHY_SLA_NEAR = QT_TRANSLATE_NOOP("Prompts", "{item}: {stage} is due by {date} (SLA nearly breached)")
WHY_SLA_BREACHED = QT_TRANSLATE_NOOP("Prompts", "{item}: {stage} was due on {date} (SLA breached)")
WHY_PROMISE = QT_TRANSLATE_NOOP("Prompts", "{item} was promised for {date} and is not ready: tell the client")

READY = "back_in_boutique"
AWAITING = ("quote_sent", "design_proposal")  # the client's answer is awaited
FINISHED = frozenset({"back_in_boutique", "collected", "delivered"})


def case_prompts(cases: Iterable[CaseFact], stages: Iterable[StageFact], ctx: RuleContext) -> list[Prompt]:
    """Milestone prompts of the open cases (CaseFact / StageFact tuples, or AftercareCase / CaseStage records)."""
    history: dict[str, list[StageFact]] = defaultdict(list)
    for s in stages:
        if not s.deleted:
            history[s.case_id].append(s)
    out = []
    for case in cases:
        if case.deleted or case.status != CaseStatus.OPEN:
            continue
        out.extend(_case(case, history.get(case.id, []), ctx))
    return out


def _reached_on(case: CaseFact, stages: list[StageFact], ctx: RuleContext):
    """The boutique's day the case reached its current stage (else the day it was opened)."""
    at = max((s.at for s in stages if s.stage == case.stage), default=case.opened_at)
    return ctx.local_day(at)


def _case(case: CaseFact, stages: list[StageFact], ctx: RuleContext) -> list[Prompt]:
    """The case's one prompt: a broken promise, else ready for pickup (most urgent when an SLA is
    breached too), else a breached SLA, else a quote to chase, else an SLA nearly breached."""
    c, item = case.client_id, case.item
    if case.promised_on is not None and case.promised_on < ctx.today and case.stage not in FINISHED:
        return [make(f"promise:{c}:{case.id}", c, OutreachPurpose.AFTERCARE_MILESTONE, case.promised_on, 1,
                     WHY_PROMISE, {"item": item, "date": ctx.day(case.promised_on)}, subject_id=case.id)]
    check = worst(sla_checks(case, stages, ctx.aftercare, ctx.now))  # only when it can matter
    state = check.state if check is not None else None
    if case.stage == READY:
        return [make(f"pickup:{c}:{case.id}", c, OutreachPurpose.AFTERCARE_MILESTONE, _reached_on(case, stages, ctx),
                     1 if state == SlaState.BREACHED else 2, WHY_PICKUP, {"item": item}, subject_id=case.id)]
    if check is not None and state in (SlaState.NEAR, SlaState.BREACHED):
        due = ctx.local_day(check.due_at)
        sla = make(f"sla:{c}:{case.id}:{check.stage}:{state.value}", c, OutreachPurpose.AFTERCARE_MILESTONE, due,
                   1 if state == SlaState.BREACHED else 2,
                   WHY_SLA_BREACHED if state == SlaState.BREACHED else WHY_SLA_NEAR,
                   {"item": item, "stage": STAGE_WORDS.get(check.stage, check.stage), "date": ctx.day(due)},
                   subject_id=case.id)
        if state == SlaState.BREACHED:
            return [sla]
    else:
        sla = None
    if case.stage in AWAITING:
        sent = _reached_on(case, stages, ctx)
        due = sent + timedelta(days=ctx.settings.quote_chase_days)
        if ctx.today >= due - timedelta(days=ctx.settings.lead_days):
            why = WHY_QUOTE if case.stage == "quote_sent" else WHY_PROPOSAL
            return [make(f"quote:{c}:{case.id}", c, OutreachPurpose.AFTERCARE_MILESTONE, due, 2, why,
                         {"item": item, "date": ctx.day(sent)}, subject_id=case.id)]
    return [sla] if sla is not None else []
