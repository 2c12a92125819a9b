"""The Agenda section: the week or a day of appointments, today's at a glance, and the calendar files.

`AgendaView(tm, boutique)`; it loads when the book is open (`book_opened`) and again when
anything changes. Times are the boutique's (`BoutiqueConfig.timezone`). Keys: PgUp / PgDn
the previous / next week (or day), T today, W week, D day, Ctrl+B book, Ctrl+P the brief
of the chosen appointment; in the grid ←/→ move between appointments and Enter opens one.
`loaded` is emitted each time a period is on screen (the benchmark times it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QFrame,
                               QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...config import BoutiqueConfig
from ...domain.agenda import local_day, next_slot, week_start
from ...services import Changes
from ...services.agenda import AgendaPage, agenda
from ..taskman import TaskManager, error_text
from ..widgets.text import alive, plain_label
from . import agenda_labels as words
from .agenda_actions import AgendaActions
from .agenda_day import DayList
from .agenda_week import WeekGrid
from .dossier_style import STYLE

RELOAD_DELAY_MS = 120
STATUS_MS = 4000


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


class AgendaView(QWidget):
    open_client_requested = Signal(str)
    loaded = Signal()

    def __init__(self, tm: TaskManager, boutique: BoutiqueConfig, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = system_clock):
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.setStyleSheet(STYLE + "#agendaPage { background: #f4f1ec; }")
        self.tm, self.boutique, self.clock = tm, boutique, clock
        self.tz = boutique.timezone
        self.mode = "week"
        self.anchor: date = self.today()
        self.page: AgendaPage | None = None
        self.today_page: AgendaPage | None = None
        self._ticket = 0
        self._opened = False
        self._stale = False
        self.actions = AgendaActions(tm, self)
        self.actions.saved.connect(self.show_status)
        self.actions.open_client.connect(self.open_client_requested)
        tm.changed.connect(self._on_changed)
        self._build()
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_MS)
        self._status_timer.timeout.connect(self.status.clear)

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = plain_label(self.tr("Agenda"), "nativeName", wrap=False)
        self.period = plain_label("", "facts", wrap=False)
        self.status = plain_label("", "status", wrap=False)
        self.prev_button = self._button("‹", self.tr("Previous (PgUp)"), lambda: self.step(-1))
        self.today_button = self._button(self.tr("Today"), self.tr("Back to today (T)"), self.go_today)
        self.next_button = self._button("›", self.tr("Next (PgDn)"), lambda: self.step(1))
        self.day_button = self._button(self.tr("Day"), self.tr("One day as a list (D)"), lambda: self.set_mode("day"))
        self.week_button = self._button(self.tr("Week"), self.tr("The week as a grid (W)"),
                                        lambda: self.set_mode("week"))
        modes = QButtonGroup(self)
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
            modes.addButton(b)
        self.week_button.setChecked(True)
        self.book_button = QPushButton(self.tr("Book appointment"))
        self.book_button.setObjectName("primary")
        self.book_button.setToolTip(self.tr("Book an appointment (Ctrl+B)"))
        self.book_button.clicked.connect(lambda: self.book())
        self.export_button = self._button(self.tr("Export…"), self.tr("Save appointments as a calendar file (.ics)"),
                                          None)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("The period shown")).triggered.connect(lambda: self.export_period())
        export_menu.addAction(self.tr("The chosen appointment")).triggered.connect(lambda: self.export_selected())
        export_menu.addAction(self.tr("Dates from… to…")).triggered.connect(lambda: self.ask_range())
        self.export_button.setMenu(export_menu)
        self.import_button = self._button(self.tr("Import…"), self.tr(
            "Read a calendar file (.ics) from Outlook, Google or Apple Calendar"), lambda: self.actions.import_file())
        bar = QFrame()
        bar.setObjectName("topBar")
        line = QHBoxLayout(bar)
        line.setContentsMargins(20, 10, 20, 10)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.period)
        line.addLayout(titles)
        line.addSpacing(16)
        for b in (self.prev_button, self.today_button, self.next_button):
            line.addWidget(b)
        line.addSpacing(12)
        line.addWidget(self.day_button)
        line.addWidget(self.week_button)
        line.addStretch(1)
        line.addWidget(self.status)
        line.addSpacing(12)
        for b in (self.import_button, self.export_button, self.book_button):
            line.addWidget(b)
        self.today_line = ElidedLabel(self.tr("Opening the book…"))
        self.today_line.setObjectName("todayLine")
        self.today_link = QPushButton(self.tr("Today's list"))
        self.today_link.setObjectName("link")
        self.today_link.setToolTip(self.tr("Today's appointments as a list"))
        self.today_link.clicked.connect(lambda: self.show_day(self.today()))
        strip = QFrame()
        strip.setObjectName("card")
        strip_line = QHBoxLayout(strip)
        strip_line.setContentsMargins(14, 8, 14, 8)
        strip_line.addWidget(self.today_line, 1)
        strip_line.addWidget(self.today_link)
        self.grid = WeekGrid()
        self.grid.activated.connect(lambda i: self.actions.edit(i))
        self.grid.context_requested.connect(self.show_menu)
        self.grid.slot_requested.connect(lambda d, t: self.book(d, t))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid)
        self.day_list = DayList()
        self.day_list.activated_id.connect(lambda i: self.actions.edit(i))
        self.day_list.context_requested.connect(self.show_menu)
        self.stack = QStackedWidget()
        for w in (self.scroll, self.day_list):
            self.stack.addWidget(w)
        body = QVBoxLayout()
        body.setContentsMargins(20, 12, 20, 16)
        body.setSpacing(10)
        body.addWidget(strip)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addLayout(body, 1)
        for keys, fn in (("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)), ("T", self.go_today),
                         ("D", lambda: self.set_mode("day")), ("W", lambda: self.set_mode("week")),
                         ("Ctrl+B", lambda: self.book()), ("Ctrl+P", self.brief_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(fn)

    def _button(self, text: str, tip: str, fn) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("flat")
        button.setToolTip(tip)
        if fn is not None:
            button.clicked.connect(lambda _=False: fn())
        return button

    # -- which period -----------------------------------------------------------------------------
    def today(self) -> date:
        return local_day(self.clock(), self.tz)

    def span(self) -> tuple[date, int]:
        return (week_start(self.anchor), 7) if self.mode == "week" else (self.anchor, 1)

    def step(self, n: int) -> None:
        self.anchor += timedelta(days=n * (7 if self.mode == "week" else 1))
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.today()
        self.reload()

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode("day")

    def set_mode(self, mode: str) -> None:
        if self.mode == mode and self.page is not None:
            return
        self.mode = mode
        (self.week_button if mode == "week" else self.day_button).setChecked(True)
        self.stack.setCurrentWidget(self.scroll if mode == "week" else self.day_list)
        self.reload()

    # -- loading ------------------------------------------------------------------------------------
    def book_opened(self) -> None:
        self._opened = True
        self.reload()

    def reload(self) -> None:
        if not self._opened:
            return
        self._stale = False
        first, days = self.span()
        today = self.today()
        self._ticket += 1
        ticket = self._ticket
        self.period.setText(words.period(first, days))
        self.tm.run(lambda s: _pages(s, first, days, today), lambda pages: self._loaded(ticket, pages),
                    lambda exc: self._failed(ticket, exc), parent=self)

    def _loaded(self, ticket: int, pages: tuple[AgendaPage, AgendaPage]) -> None:
        if ticket != self._ticket or not alive(self):
            return
        self.page, self.today_page = pages
        today = self.today()
        if self.mode == "week":
            self.grid.set_page(self.page, today, self.clock(), (self.boutique.agenda.day_starts_hour,
                                                                self.boutique.agenda.day_ends_hour))
        else:
            self.day_list.set_page(self.page)
        self._show_today()
        self.loaded.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self.today_line.setText(error_text(exc))

    def _show_today(self) -> None:
        """One line: how many today, then the ones still to come (all of them in the tooltip)."""
        entries = [e for e in self.today_page.entries if e.appointment.active]
        if not entries:
            self.today_line.setText(self.tr("Today: no appointments."))
            return
        now = self.clock()
        coming = [e for e in entries if e.appointment.ends_at > now]
        head = self.tr("Today, 1 appointment") if len(entries) == 1 else \
            self.tr("Today, %1 appointments").replace("%1", str(len(entries)))

        def item(e) -> str:
            return (f"{'⚠ ' if e.flagged else ''}{words.hm(e.appointment.starts_at, self.tz)} {e.client_name} "
                    f"({words.purpose(e.appointment.purpose.value).lower()})")

        if coming:
            text = head + " · " + self.tr("next: %1").replace("%1", " · ".join(item(e) for e in coming))
        else:
            text = head + " · " + self.tr("all past")
        self.today_line.setText(text, "\n".join(item(e) for e in entries))

    def _on_changed(self, changes: Changes) -> None:
        if changes.empty or not self._opened:
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- actions ------------------------------------------------------------------------------------
    def selected_id(self) -> str:
        return self.grid.current_id if self.mode == "week" else self.day_list.current_id()

    def book(self, day: date | None = None, start: time | None = None):
        """Open the editor on a slot: the one double-clicked, else the day shown (today: the next free half hour)."""
        hours = self.boutique.agenda
        if day is None:
            first, days = self.span()
            day = self.anchor if self.mode == "day" else \
                (self.today() if first <= self.today() < first + timedelta(days=days) else first)
        if start is None:
            soon = next_slot(self.clock(), self.tz, hours.day_starts_hour, hours.day_ends_hour)
            start = soon[1] if soon[0] == day else time(hours.day_starts_hour)
        return self.actions.book(day=day, start=start)

    def brief_selected(self):
        return self.actions.brief(self.selected_id()) if self.selected_id() else None

    def show_menu(self, appointment_id: str, where: QPoint) -> QMenu | None:
        entry = self.page.entry(appointment_id) if self.page else None
        if entry is None:
            return None
        menu = QMenu(self)
        for text, fn in self.actions.menu(entry):
            menu.addAction(text).triggered.connect(lambda _=False, fn=fn: fn())
        menu.popup(where)
        return menu

    def export_period(self) -> None:
        first, days = self.span()
        self.actions.export(first=first, days=days)

    def export_selected(self) -> None:
        if self.selected_id():
            self.actions.export(ids=[self.selected_id()])
        else:
            self.show_status(self.tr("Choose an appointment first."))

    def ask_range(self) -> QDialog:
        dialog = RangeDialog(*self.span(), parent=self)
        dialog.accepted.connect(lambda: self.actions.export(first=dialog.first(), days=dialog.days()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self._status_timer.start()


class ElidedLabel(QLabel):
    """One line of plain text, cut with … to the width it is given; the whole text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full = ""
        self.setText(text)

    def setText(self, text: str, details: str = "") -> None:  # noqa: N802 - Qt's name
        self.full = text
        self.setToolTip(words.tooltip((details or text).split("\n")))
        self._elide()

    def text(self) -> str:
        return self.full

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(40, self.width())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()


def _pages(session, first: date, days: int, today: date) -> tuple[AgendaPage, AgendaPage]:
    """The period shown and today (read from the period when it holds today: one query)."""
    svc = agenda(session)
    page = svc.page(first, days)
    if first <= today < first + timedelta(days=days):
        return page, AgendaPage(today, 1, page.time_zone, page.on(today))
    return page, svc.day(today)


class RangeDialog(QDialog):
    """From which day to which day to export."""

    def __init__(self, first: date, days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a period"))
        self.start = QDateEdit(QDate(first.year, first.month, first.day))
        last = first + timedelta(days=days - 1)
        self.end = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.end.setMinimumDate(self.start.date())
        self.start.dateChanged.connect(self.end.setMinimumDate)

    def first(self) -> date:
        d = self.start.date()
        return date(d.year(), d.month(), d.day())

    def days(self) -> int:
        d = self.end.date()
        return max(1, (date(d.year(), d.month(), d.day()) - self.first()).days + 1)
