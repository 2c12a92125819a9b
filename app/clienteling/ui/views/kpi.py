"""Insights: how the boutique keeps its promises, drawn offline with QtCharts.

Five cards, each a chart over the figures of `services.kpi.KpiReport` with the same figures
as a table: prompts completed / overdue per week, outreach by channel, open aftercare cases
by stage with SLA breaches, clients by RFM segment, and the follow-up completion rate.
The figures are read on the book's reader thread (`TaskManager.read`, a read-only
connection), so searches, dossiers and edits on the book thread never wait for them, when the
page is first shown and again after any change while it is on screen (or on the next visit):
first everything the book answers in a few queries, then the overdue count of each week, one
run of the rules per week (a flagship's book takes about a second per run), each its own read,
the page saying which week it is counting. A newer reload cancels the reads of the one before.
`loaded` is emitted once every figure is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...config import BoutiqueConfig
from ...outreach.prompt import Segment
from ...services import Changes
from ...services.kpi import DEFAULT_WEEKS, KpiReport, KpiService, with_overdue
from .. import labels
from ..taskman import TaskManager, error_text
from ..widgets.style import ACCENT, DANGER, MUTED, NAVY
from ..widgets.text import alive, plain_label
from .dossier_format import locale
from .dossier_style import STYLE
from .kpi_charts import AMBER, GREEN, PALETTE, ChartCard
from .kpi_labels import segment, stage
from .today_actions import outreach_service, system_clock

SEGMENT_COLOURS = {Segment.CORE: NAVY, Segment.POTENTIAL: GREEN, Segment.NEW: ACCENT, Segment.AT_RISK: AMBER,
                   Segment.DORMANT: DANGER, Segment.NONE: MUTED}


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)} %"


def kpi_service(service: Callable, session) -> KpiService:
    """Runs on the reader thread (`session` is read-only)."""
    return KpiService(session.book, session.boutique, service(session))


class KpiView(QWidget):
    loaded = Signal()

    def __init__(self, tm: TaskManager, boutique: BoutiqueConfig, parent: QWidget | None = None, *,
                 service: Callable = outreach_service, clock: Callable[[], datetime] = system_clock,
                 weeks: int = DEFAULT_WEEKS):
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.setStyleSheet(STYLE + "#insightsPage QScrollArea, #insightsPage #grid { background: transparent; }")
        self.tm = tm
        self.boutique = boutique
        self.service = service
        self.clock = clock
        self.weeks = weeks
        self.report: KpiReport | None = None
        self._ticket = 0
        self._reading = None  # the Future of the read on its way, if any
        self._stale = True
        self._opened = False

        self.title = plain_label(self.tr("Insights"), "nativeName", wrap=False)
        self.summary = plain_label(self.tr("Opening the book…"), "facts")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("flat")
        self.refresh_button.clicked.connect(self.reload)
        bar = QFrame()
        bar.setObjectName("topBar")
        bar_line = QHBoxLayout(bar)
        bar_line.setContentsMargins(20, 10, 20, 10)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        bar_line.addLayout(titles, 1)
        bar_line.addWidget(self.refresh_button)

        self.cards = {
            "prompts": ChartCard(self.tr("Prompts completed and overdue, by week"), [self.tr("Prompts")]),
            "channels": ChartCard(self.tr("Outreach by channel"), [self.tr("Channel"), self.tr("Messages and calls")]),
            "cases": ChartCard(self.tr("Open aftercare cases by stage"),
                               [self.tr("Stage"), self.tr("Open"), self.tr("Nearly breached"), self.tr("SLA breached")]),
            "segments": ChartCard(self.tr("Clients by segment"), [self.tr("Segment"), self.tr("Clients")]),
            "completion": ChartCard(self.tr("Follow-up completion"), [self.tr("Prompts"), self.tr("Count")]),
        }
        grid_page = QWidget()
        grid_page.setObjectName("grid")
        grid = QGridLayout(grid_page)
        grid.setContentsMargins(20, 16, 20, 24)
        grid.setSpacing(14)
        for (row, col, span), key in zip(((0, 0, 2), (1, 0, 1), (1, 1, 1), (2, 0, 1), (2, 1, 1)), self.cards):
            grid.addWidget(self.cards[key], row, col, 1, span)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(scroll, 1)
        tm.changed.connect(self._on_changed)

    # -- loading -----------------------------------------------------------------------------
    def book_opened(self) -> None:
        self._opened = True
        self.reload()

    def reload(self) -> None:
        self._stale = False
        self._ticket += 1
        ticket = self._ticket
        service, now, weeks = self.service, self.clock(), self.weeks
        if self.report is None:
            self.summary.setText(self.tr("Reading the figures of the last %1 weeks…").replace("%1", str(weeks)))
        if self._read(ticket, lambda s: kpi_service(service, s).figures(now, weeks),
                      lambda r: self._figures(ticket, r)):
            self.refresh_button.setEnabled(False)

    def _read(self, ticket: int, fn, done) -> bool:
        if self._reading is not None:
            self.tm.cancel(self._reading)  # a newer reload: the older one's reads stop
        try:
            self._reading = self.tm.read(fn, done, lambda exc: self._failed(ticket, exc), parent=self)
        except RuntimeError:  # the task manager is gone (the app is quitting)
            self._reading = None
        if self._reading is None or self._reading.cancelled():  # the book has closed: nothing to read
            self._reading = None
            self._stale = True
            return False
        return True

    def _figures(self, ticket: int, report: KpiReport) -> None:
        """The quick figures are in: draw them, then count each week's overdue prompts, this week first."""
        if ticket != self._ticket or not alive(self):
            return
        self.report = report
        self.show_report(report)
        self._count(ticket, [w.starts for w in reversed(report.weeks)], {})

    def _count(self, ticket: int, mondays: list, counted: dict) -> None:
        if ticket != self._ticket or not alive(self):
            return
        if not mondays:
            self._reading = None
            self.refresh_button.setEnabled(True)
            self.report = with_overdue(self.report, counted)
            self.show_report(self.report)
            self.loaded.emit()
            return
        self.cards["prompts"].set_note(self.tr("Counting the overdue prompts of each week… (%1 of %2)")
                                       .replace("%1", str(len(counted) + 1))
                                       .replace("%2", str(len(counted) + len(mondays))))
        monday, rest, today, service = mondays[0], mondays[1:], self.report.today, self.service

        def got(n: int) -> None:
            self._count(ticket, rest, {**counted, monday: n})

        self._read(ticket, lambda s: kpi_service(service, s).overdue_in(monday, today), got)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self._reading = None
            self.refresh_button.setEnabled(True)
            self.summary.setText(error_text(exc))

    def _on_changed(self, changes: Changes) -> None:
        if changes.empty or not self._opened:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._opened:
            self.reload()

    # -- drawing -----------------------------------------------------------------------------
    def show_report(self, r: KpiReport) -> None:
        first = r.weeks[0].starts
        since = locale().toString(QDate(first.year, first.month, first.day), "d MMMM yyyy")
        rate = percent(r.completion_rate) if r.counted else "…"
        self.summary.setText(self.tr("The last %1 weeks, since %2 · follow-up completion %3 · SLA breaches: %4")
                             .replace("%1", str(len(r.weeks))).replace("%2", since)
                             .replace("%3", rate).replace("%4", str(r.breaches)))
        self._prompts(r)
        self._channels(r)
        self._cases(r)
        self._segments(r)
        self._completion(r)

    def _prompts(self, r: KpiReport) -> None:
        card = self.cards["prompts"]
        weeks = [f"W{w.week[-2:]}" for w in r.weeks]
        card.bars(weeks, [(self.tr("Completed"), [w.completed for w in r.weeks], GREEN),
                          (self.tr("Overdue"), [w.overdue for w in r.weeks], DANGER)])
        card.set_columns([self.tr("Prompts"), *weeks])
        card.set_figures([(self.tr("Completed"), *(w.completed for w in r.weeks)),
                          (self.tr("Dismissed"), *(w.dismissed for w in r.weeks)),
                          (self.tr("Overdue"), *(w.overdue if r.counted else "…" for w in r.weeks))])
        if r.counted:
            card.set_note("")

    def _channels(self, r: KpiReport) -> None:
        card = self.cards["channels"]
        names = [labels.channel(c) for c in r.outreach_by_channel]
        card.bars(names, [(self.tr("Outreach"), list(r.outreach_by_channel.values()), NAVY)])
        card.set_figures(list(zip(names, r.outreach_by_channel.values())) or [(self.tr("None yet"), 0)])

    def _cases(self, r: KpiReport) -> None:
        card = self.cards["cases"]
        stages = r.cases_by_stage
        card.bars([stage(s.stage) for s in stages],
                  [(self.tr("On track"), [s.open - s.near - s.breached for s in stages], GREEN),
                   (self.tr("Nearly breached"), [s.near for s in stages], AMBER),
                   (self.tr("SLA breached"), [s.breached for s in stages], DANGER)], stacked=True)
        card.set_figures([(stage(s.stage), s.open, s.near, s.breached) for s in stages]
                         or [(self.tr("No open case"), 0, 0, 0)])

    def _segments(self, r: KpiReport) -> None:
        card = self.cards["segments"]
        order = [s for s in Segment if s in r.segments]
        card.pie([(segment(s.value), r.segments[s], SEGMENT_COLOURS.get(s, PALETTE[0])) for s in order])
        card.set_figures([(segment(s.value), r.segments[s]) for s in order])

    def _completion(self, r: KpiReport) -> None:
        card = self.cards["completion"]
        if not r.counted:
            card.set_note(self.tr("Counting the prompts still overdue…"))
            return
        waiting = r.due - r.completed
        card.set_note(self.tr("%1 of the %2 prompts that needed an answer were completed (%3); "
                              "dismissed prompts needed none.").replace("%1", str(r.completed))
                      .replace("%2", str(r.due)).replace("%3", percent(r.completion_rate)))
        card.pie([(self.tr("Completed"), r.completed, GREEN), (self.tr("Still overdue"), waiting, DANGER)], hole=0.55)
        card.set_figures([(self.tr("Completed"), r.completed), (self.tr("Still overdue"), waiting),
                          (self.tr("Completion rate"), percent(r.completion_rate))])
