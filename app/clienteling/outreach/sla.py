"""Where a case stands against its SLAs: every promise (stage within N hours) met, due, nearly breached or breached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from ..domain.aftercare import AftercareCase, CaseStage
from ..domain.vocab import CaseStatus
from .settings import AftercareSettings


class SlaState(StrEnum):
    MET = "met"
    ON_TRACK = "on_track"
    NEAR = "near"  # past the warning share of the time allowed
    BREACHED = "breached"


@dataclass(frozen=True)
class SlaCheck:
    stage: str
    due_at: datetime
    state: SlaState
    reached_at: datetime | None = None


def sla_checks(case: AftercareCase, stages: list[CaseStage], settings: AftercareSettings,
               now: datetime) -> list[SlaCheck]:
    """One check per SLA of the case's kind, in stage order. A stage counts as reached when the
    case reached it or any later stage (a skipped stage is not a breach)."""
    rules = settings.sla_hours.get(case.kind, {})
    order = case.stages
    reached: dict[str, datetime] = {}
    for s in sorted(stages, key=lambda s: s.at):
        if s.case_id == case.id and s.stage in order:
            reached.setdefault(s.stage, s.at)
    current = order.index(case.stage)
    out = []
    for stage in order:
        if stage not in rules:
            continue
        allowed = timedelta(hours=rules[stage])
        due = case.opened_at + allowed
        idx = order.index(stage)
        hit = reached.get(stage) or next((reached[s] for s in order[idx:] if s in reached), None)
        if idx <= current or hit is not None:
            at = hit or case.opened_at
            out.append(SlaCheck(stage, due, SlaState.MET if at <= due else SlaState.BREACHED, at))
        elif case.status != CaseStatus.OPEN:
            continue  # closed or cancelled before reaching it: nothing is owed any more
        elif now > due:
            out.append(SlaCheck(stage, due, SlaState.BREACHED))
        elif now >= case.opened_at + allowed * settings.warn_fraction:
            out.append(SlaCheck(stage, due, SlaState.NEAR))
        else:
            out.append(SlaCheck(stage, due, SlaState.ON_TRACK))
    return out


def worst(checks: list[SlaCheck]) -> SlaCheck | None:
    """The check an advisor must see first: an open breach, else a near one, else the next due."""
    pending = [c for c in checks if c.reached_at is None]
    for state in (SlaState.BREACHED, SlaState.NEAR, SlaState.ON_TRACK):
        found = [c for c in pending if c.state == state]
        if found:
            return min(found, key=lambda c: c.due_at)
    return None
