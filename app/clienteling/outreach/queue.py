"""What the Today view and the KPI view receive from `services.outreach.OutreachService`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.agenda import Appointment
from .prompt import Prompt


@dataclass(frozen=True)
class TodayQueue:
    """One day's work: today's appointments in time order, then the prompts.

    `appointments`: (appointment, the client's display name), those starting on `today` in the
    boutique's zone, cancelled ones left out. `prompts`: actionable, overdue first, then by
    priority (1 first), then due day. `suppressed`: held back, same order, each with its
    `suppressed` reason (and `snoozed_until` for a snooze). `problems`: sentences for the advisor
    about what the queue had to leave out (e.g. a broken new-arrivals file).
    """

    today: date
    appointments: list[tuple[Appointment, str]] = field(default_factory=list)
    prompts: list[Prompt] = field(default_factory=list)
    suppressed: list[Prompt] = field(default_factory=list)
    problems: tuple[str, ...] = ()

    def overdue(self) -> list[Prompt]:
        return [p for p in self.prompts if p.due < self.today]


@dataclass(frozen=True)
class WeekStats:
    """One ISO week of the KPI chart: `completed` and `dismissed` count the advisor's decisions
    stamped in that week (the boutique's days); `overdue` the actionable prompts already past
    their due day at the end of that week (its Sunday, or today for this week), found by running
    the rules on that day with the decisions and outreach made by then."""

    year: int  # ISO year
    week: int  # ISO week number
    starts: date  # its Monday
    completed: int
    dismissed: int
    overdue: int
