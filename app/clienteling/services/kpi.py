"""The figures of the Insights view, each read from the data it describes.

- prompts completed / dismissed per week: the advisor's decisions (prompt_state) by the
  week they were taken;
- prompts overdue per week: the actionable prompts already past their due day at the end of
  that week (today for this week), from the rules engine run on that day
  (`OutreachService.prompt_history`);
- outreach by channel: the outreach log over the weeks shown;
- open aftercare cases by stage, with how many have a promise (SLA) nearly or already breached;
- clients by RFM segment;
- follow-up completion: the prompts completed in the weeks shown, out of those plus the ones
  overdue today (a dismissed prompt needed no answer; a snoozed one is not due yet).

Weeks are ISO weeks (Monday to Sunday) in the boutique's time zone, the current one last.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Protocol

from ..config import BoutiqueConfig
from ..domain.aftercare import ALL_STAGES
from ..domain.agenda import zone
from ..domain.ids import iso
from ..domain.vocab import Channel, PromptStateKind
from ..outreach.prompt import Segment
from ..outreach.sla import SlaState, sla_checks, worst
from ..store import Book
from ..store import kpi as repo

DEFAULT_WEEKS = 12


class PromptSource(Protocol):
    """What the figures need from the rules engine (services.outreach.OutreachService)."""

    def prompt_history(self, weeks: int, today: date) -> list: ...  # outreach.queue.WeekStats, oldest first

    def segments(self, today: date) -> dict[Segment, int]: ...


@dataclass(frozen=True)
class WeekFigures:
    week: str  # ISO week, "2026-W14"
    starts: date  # its Monday
    completed: int
    dismissed: int
    snoozed: int
    overdue: int  # past their due day at the end of the week (today for this week)
    outreach: int  # outreach logged this week, every channel


@dataclass(frozen=True)
class StageFigures:
    stage: str
    open: int  # open cases standing at this stage
    near: int  # of which a promise is nearly breached
    breached: int  # of which a promise is breached


@dataclass(frozen=True)
class KpiReport:
    today: date
    weeks: tuple[WeekFigures, ...]
    outreach_by_channel: dict[str, int]  # over the weeks shown, most used first (ties in Channel order)
    cases_by_stage: tuple[StageFigures, ...]  # in stage order, stages with open cases only
    segments: dict[Segment, int]
    counted: bool = True  # False: the weeks' overdue counts are not in yet (see KpiService.figures)

    @property
    def completed(self) -> int:
        return sum(w.completed for w in self.weeks)

    @property
    def overdue(self) -> int:
        """Overdue today."""
        return self.weeks[-1].overdue if self.weeks else 0

    @property
    def due(self) -> int:
        """Prompts that needed an answer: completed in the weeks shown, or overdue today."""
        return self.completed + self.overdue

    @property
    def completion_rate(self) -> float | None:
        """Completed / due, None when nothing fell due."""
        return self.completed / self.due if self.due else None

    @property
    def breaches(self) -> int:
        return sum(s.breached for s in self.cases_by_stage)


def with_overdue(report: KpiReport, overdue: dict[date, int]) -> KpiReport:
    """`report` with each week's overdue count (by its Monday) filled in."""
    weeks = tuple(replace(w, overdue=overdue.get(w.starts, 0)) for w in report.weeks)
    return replace(report, weeks=weeks, counted=True)


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class KpiService:
    def __init__(self, book: Book, boutique: BoutiqueConfig, prompts: PromptSource):
        self.book = book
        self.boutique = boutique
        self.prompts = prompts

    def weeks(self, today: date, count: int = DEFAULT_WEEKS) -> list[tuple[str, date, str, str]]:
        """(label, Monday, start, end) of the last `count` ISO weeks, the one holding `today` last;
        start/end are the boutique's local midnights as stored UTC timestamps."""
        tz = zone(self.boutique.timezone)
        monday = today - timedelta(days=today.weekday())
        out = []
        for n in range(count - 1, -1, -1):
            start = monday - timedelta(weeks=n)
            bounds = [iso(datetime.combine(d, time(0), tz)) for d in (start, start + timedelta(days=7))]
            out.append((week_label(start), start, *bounds))
        return out

    def report(self, now: datetime, weeks: int = DEFAULT_WEEKS) -> KpiReport:
        """Every figure as of `now` (aware), over the last `weeks` weeks."""
        partial = self.figures(now, weeks)
        return with_overdue(partial, {w.starts: self.overdue_in(w.starts, partial.today) for w in partial.weeks})

    def overdue_in(self, monday: date, today: date) -> int:
        """Prompts past their due day at the end of the week starting `monday` (today for this week):
        one run of the rules, so the view asks week by week and other work can go in between."""
        end = min(monday + timedelta(days=6), today)
        return self.prompts.prompt_history(1, end)[0].overdue

    def figures(self, now: datetime, weeks: int = DEFAULT_WEEKS) -> KpiReport:
        """Every figure but the weekly overdue counts (0, `counted` False): the quick part, read
        from the book in a few queries; `with_overdue` completes it."""
        if weeks < 1:
            raise ValueError("at least one week")
        today = now.astimezone(zone(self.boutique.timezone)).date()
        spans = self.weeks(today, weeks)
        bounds = [(label, start, end) for label, _, start, end in spans]
        conn = self.book.conn
        outreach = repo.outreach_by_week(conn, bounds)
        states = repo.prompt_states_by_week(conn, bounds)
        figures = []
        for label, monday, _, _ in spans:
            figures.append(WeekFigures(
                week=label, starts=monday,
                completed=states.get((label, PromptStateKind.DONE.value), 0),
                dismissed=states.get((label, PromptStateKind.DISMISSED.value), 0),
                snoozed=states.get((label, PromptStateKind.SNOOZED.value), 0),
                overdue=0,
                outreach=sum(n for (w, _), n in outreach.items() if w == label)))
        by_channel = Counter()
        for (_, channel), n in outreach.items():
            by_channel[channel] += n
        order = [c.value for c in Channel]
        ranked = sorted(by_channel.items(), key=lambda kv: (-kv[1], order.index(kv[0]) if kv[0] in order else 99))
        return KpiReport(today=today, weeks=tuple(figures), outreach_by_channel=dict(ranked),
                         cases_by_stage=self.cases_by_stage(now), segments=self.prompts.segments(today),
                         counted=False)

    def cases_by_stage(self, now: datetime) -> tuple[StageFigures, ...]:
        conn = self.book.conn
        counts = Counter()
        for (_, stage), n in repo.open_cases_by_stage(conn).items():
            counts[stage] += n
        cases, stages = repo.open_cases(conn)
        history: dict[str, list] = {}
        for s in stages:
            history.setdefault(s.case_id, []).append(s)
        near, breached = Counter(), Counter()
        for case in cases:
            check = worst(sla_checks(case, history.get(case.id, []), self.boutique.aftercare, now))
            if check is not None and check.state == SlaState.BREACHED:
                breached[case.stage] += 1
            elif check is not None and check.state == SlaState.NEAR:
                near[case.stage] += 1
        return tuple(StageFigures(stage, counts[stage], near[stage], breached[stage])
                     for stage in ALL_STAGES if counts[stage])
