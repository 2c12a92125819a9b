"""Where a case stands against its SLAs: every promise (stage within N hours) met, due, nearly breached or breached.

An SLA is "stage S within N hours of the case opening" (`AftercareSettings.sla_hours`). A
stage counts as reached when the case reached it or any later stage (a skipped stage is not
a breach), at the earliest such moment. Going back is part of the history: a stage the
advisor went back from no longer counts as reached until the case reaches it again.
Times without a zone are read as UTC, so a naive clock never breaks the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
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
    reached_at: datetime | None = None  # None: not reached yet (still owed)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)


def reached_stages(case: AftercareCase, stages: list[CaseStage]) -> dict[str, datetime]:
    """When the case (still) counts as having reached each stage, replaying its history in order.

    A move back to an earlier stage undoes the later ones: they must be reached again.
    """
    order = case.stages
    reached: dict[str, datetime] = {}
    history = sorted((s for s in stages if s.case_id == case.id and not s.deleted and s.stage in order),
                     key=lambda s: _aware(s.at))
    for s in history:
        idx = order.index(s.stage)
        for later in order[idx + 1:]:
            reached.pop(later, None)
        reached.setdefault(s.stage, _aware(s.at))
    return reached


def sla_checks(case: AftercareCase, stages: list[CaseStage], settings: AftercareSettings,
               now: datetime) -> list[SlaCheck]:
    """One check per SLA of the case's kind, in stage order."""
    rules = settings.sla_hours.get(case.kind, {})
    if not rules:
        return []
    order = case.stages
    now, opened = _aware(now), _aware(case.opened_at)
    reached = reached_stages(case, stages)
    current = order.index(case.stage)
    out = []
    for stage in order:
        if stage not in rules:
            continue
        allowed = timedelta(hours=rules[stage])
        due = opened + allowed
        idx = order.index(stage)
        hit = min((reached[s] for s in order[idx:] if s in reached), default=None)
        if hit is None and idx <= current:
            hit = opened  # the case is past this stage but its history does not say when (older data)
        if hit is not None:
            out.append(SlaCheck(stage, due, SlaState.MET if hit <= due else SlaState.BREACHED, hit))
        elif case.status != CaseStatus.OPEN:
            continue  # closed or cancelled before reaching it: nothing is owed any more
        elif now > due:
            out.append(SlaCheck(stage, due, SlaState.BREACHED))
        elif now >= opened + allowed * settings.warn_fraction:
            out.append(SlaCheck(stage, due, SlaState.NEAR))
        else:
            out.append(SlaCheck(stage, due, SlaState.ON_TRACK))
    return out


def worst(checks: list[SlaCheck]) -> SlaCheck | None:
    """The check an advisor must see first: an open breach, else a near one, else the next due.

    Only promises still owed count: a stage reached late is history, not something to act on.
    """
    pending = [c for c in checks if c.reached_at is None]
    for state in (SlaState.BREACHED, SlaState.NEAR, SlaState.ON_TRACK):
        found = [c for c in pending if c.state == state]
        if found:
            return min(found, key=lambda c: c.due_at)
    return None
