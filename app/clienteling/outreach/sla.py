"""Where a case stands against its SLAs: every promise (stage within N hours) met, due, nearly breached or breached.

An SLA is "stage S within N hours of the case opening" (`AftercareSettings.sla_hours`). A
stage counts as reached when the case reached it or any later stage (a skipped stage is not
a breach), at the earliest such moment. Going back is part of the history: a stage the
advisor went back from no longer counts as reached until the case reaches it again.
Times without a zone are read as UTC, so a naive clock never breaks the comparison.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from ..domain.aftercare import AftercareCase, CaseStage
from ..domain.vocab import CaseStatus
from .settings import AftercareSettings


class SlaState(StrEnum):
    MET = "met"
    ON_TRACK = "on_track"
    NEAR = "near"  # past the warning share of the time allowed
    BREACHED = "breached"


class SlaCheck(NamedTuple):
    """A promise of a case against its SLA (a light tuple: a big book's queue checks thousands)."""

    stage: str
    due_at: datetime
    state: SlaState
    reached_at: datetime | None = None  # None: not reached yet (still owed)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)


def _aware_at(stage: CaseStage) -> datetime:
    return _aware(stage.at)


@lru_cache(maxsize=32)
def _positions(order: tuple[str, ...]) -> dict[str, int]:
    """Each stage of a kind's list -> its place in it (the lists are few and fixed)."""
    return {stage: i for i, stage in enumerate(order)}


def reached_stages(case: AftercareCase, stages: list[CaseStage]) -> dict[str, datetime]:
    """When the case (still) counts as having reached each stage, replaying its history in order.

    A move back to an earlier stage undoes the later ones: they must be reached again.
    """
    order = case.stages
    place = _positions(order)
    reached: dict[str, datetime] = {}
    history = [s for s in stages if s.case_id == case.id and not s.deleted and s.stage in place]
    history.sort(key=_aware_at)  # already in order when read from the store: a linear pass
    furthest = -1  # the latest stage in `reached`
    for s in history:
        idx = place[s.stage]
        if idx < furthest:  # went back: what came after must be reached again
            for later in order[idx + 1:furthest + 1]:
                reached.pop(later, None)
            furthest = idx
        if s.stage not in reached:
            reached[s.stage] = _aware(s.at)
        furthest = max(furthest, idx)
    return reached


def sla_checks(case: AftercareCase, stages: list[CaseStage], settings: AftercareSettings,
               now: datetime) -> list[SlaCheck]:
    """One check per SLA of the case's kind, in stage order."""
    rules = settings.sla_hours.get(case.kind)
    if not rules:
        return []
    order = case.stages
    now, opened = _aware(now), _aware(case.opened_at)
    reached = reached_stages(case, stages)
    current = _positions(order)[case.stage]
    # the earliest moment the case reached each stage or a later one
    earliest: list[datetime | None] = [None] * len(order)
    best = None
    for idx in range(len(order) - 1, -1, -1):
        at = reached.get(order[idx])
        if at is not None and (best is None or at < best):
            best = at
        earliest[idx] = best
    out = []
    for idx, stage in enumerate(order):
        hours = rules.get(stage)
        if hours is None:
            continue
        allowed = timedelta(hours=hours)
        due = opened + allowed
        hit = earliest[idx]
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
