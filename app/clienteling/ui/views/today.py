"""Today, the home screen: whom to see and whom to contact, worked through with the keyboard.

Today's appointments (times in the boutique's zone) come first, then the prompts grouped
Overdue / Today / Coming up in the rules engine's order. Keys on the list: J/K or ↓/↑ move,
Enter opens the draft (an appointment: the dossier), O opens the client's dossier, D marks
done, S snoozes, X dismisses, Esc closes the draft. A decision runs on the book thread;
the row leaves only once the book has it, then the queue is read again (a done prompt can
hold back the client's other prompts through the frequency cap).

The queue is read on the book's reader thread (`TaskManager.read`, a read-only connection):
on a flagship's book it takes a second or two, and a search or a dossier asked for meanwhile
runs at once on the book thread instead of waiting behind it. A reload made stale by a newer
one is cancelled (its query interrupted), not just ignored.

`loaded` is emitted each time the rows are on screen (the benchmark times it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QHeaderView, QSplitter, QVBoxLayout, QWidget)

from ...config import BoutiqueConfig
from ...domain.agenda import zone
from ...outreach.prompt import Prompt
from ...services import Changes
from ..widgets.row_table import row_table
from ..taskman import TaskManager, error_text
from ..widgets.text import alive, plain_label
from .dossier_format import locale
from .dossier_style import STYLE
from .draft_panel import DraftPanel, open_url
from .today_actions import TodayActions, outreach_service, system_clock
from .today_dialogs import DismissDialog, SnoozeDialog
from .today_model import Kind, TodayModel, TodayRow, build_rows

RELOAD_DELAY_MS = 250


class TodayView(QWidget):
    open_client_requested = Signal(str)
    loaded = Signal()  # the rows are on screen

    def __init__(self, tm: TaskManager, boutique: BoutiqueConfig, parent: QWidget | None = None, *,
                 service: Callable = outreach_service, clock: Callable[[], datetime] = system_clock,
                 opener: Callable[[str], bool] = open_url):
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.setStyleSheet(STYLE)
        self.tm = tm
        self.boutique = boutique
        self.zone = zone(boutique.timezone)
        self.actions = TodayActions(tm, service, clock, self)
        self.actions.decided.connect(self._decided)
        self.queue = None
        self.prompts: list[Prompt] = []
        self.suppressed: list[Prompt] = []
        self.appointments: list = []
        self.today: date | None = None
        self._ticket = 0
        self._reading = None  # the Future of the read on its way, if any
        self._stale = False

        self.title = plain_label(self.tr("Today"), "nativeName", wrap=False)
        self.summary = plain_label(self.tr("Opening the book…"), "facts", wrap=False)
        self.show_suppressed = QCheckBox(self.tr("Show suppressed"))
        self.show_suppressed.setToolTip(self.tr("Also list the prompts held back, with the reason"))
        self.show_suppressed.toggled.connect(lambda _: self._show())
        bar = QFrame()
        bar.setObjectName("topBar")
        bar_line = QHBoxLayout(bar)
        bar_line.setContentsMargins(20, 10, 20, 10)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        bar_line.addLayout(titles, 1)
        bar_line.addWidget(self.show_suppressed)
        self.problems = plain_label("", "error")  # e.g. a broken new-arrivals file: those prompts are left out
        self.problems.setContentsMargins(20, 6, 20, 6)
        self.problems.hide()

        self.model = TodayModel(self)
        self.table = row_table(self.model, "todayTable", alternate=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the why takes what is left
        for col, width in ((0, 105), (1, 200), (3, 150)):
            header.resizeSection(col, width)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.setFocusProxy(self.table)

        self.panel = DraftPanel(tm, self.actions, opener, self)
        self.panel.close_requested.connect(self.close_panel)
        self.panel.message_shown.connect(self._status)
        self.panel.hide()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.status = plain_label("", "status", wrap=False)
        self.hint = plain_label(self.tr("J/K move · Enter draft · O dossier · D done · S snooze · X dismiss"),
                                "muted", wrap=False)
        foot = QHBoxLayout()
        foot.setContentsMargins(20, 4, 20, 8)
        foot.addWidget(self.hint)
        foot.addStretch(1)
        foot.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.problems)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)

        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._status_timer = QTimer(self, singleShot=True, interval=6000)
        self._status_timer.timeout.connect(self.status.clear)
        self._day_timer = QTimer(self, interval=60_000)  # a laptop left open overnight shows the new day
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        tm.changed.connect(self._on_changed)

    # -- loading -----------------------------------------------------------------------------
    def book_opened(self) -> None:
        self.reload()

    def current_day(self) -> date:
        return self.actions.clock().astimezone(self.zone).date()

    def reload(self) -> None:
        """Read the queue for today again, off the UI thread."""
        self._stale = False
        self._ticket += 1
        ticket = self._ticket
        today = self.current_day()
        service = self.actions.service
        if self.queue is None:
            self.summary.setText(self.tr("Reading today's appointments and prompts…"))
        elif not self.status.text():  # a message already there ("Saved: …") says enough
            self.status.setText(self.tr("Updating…"))
        if self._reading is not None:
            self.tm.cancel(self._reading)  # stale now: stop it rather than let it run on
        try:
            self._reading = self.tm.read(lambda s: service(s).queue(today),
                                         lambda q: self._loaded(ticket, today, q),
                                         lambda exc: self._failed(ticket, exc), parent=self)
        except RuntimeError:  # the task manager is gone (the app is quitting)
            self._reading = None
        if self._reading is None or self._reading.cancelled():  # the book has closed: nothing to read
            self._reading = None
            self._stale = True

    def _loaded(self, ticket: int, today: date, queue) -> None:
        if ticket != self._ticket or not alive(self):
            return  # a newer reload is on its way
        self._reading = None
        self.queue = queue
        self.today = today
        if self.status.text() == self.tr("Updating…"):
            self.status.clear()
        self.appointments = list(queue.appointments)
        self.prompts = list(queue.prompts)
        self.suppressed = list(queue.suppressed)
        problems = list(queue.problems)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._show()
        self.loaded.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self._reading = None
            self.summary.setText(error_text(exc))

    def _on_changed(self, changes: Changes) -> None:
        if changes.empty:
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if (self._stale or self.today != self.current_day()) and self.queue is not None:
            self.reload()

    def _check_day(self) -> None:
        if self.queue is not None and self.isVisible() and self.today != self.current_day():
            self.reload()

    # -- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        if self.today is None:
            return
        keep = self.current_row()
        at = self.table.currentIndex().row()
        rows = build_rows(self.appointments, self.prompts, self.suppressed, self.today, self.zone,
                          show_suppressed=self.show_suppressed.isChecked())
        self.model.set_rows(rows, self.today)
        self.table.clearSpans()
        for i in self.model.spans():
            self.table.setSpan(i, 0, 1, 4)
        found = self.model.find(keep.key) if keep is not None else -1
        self.select(found if found >= 0 else self.model.nearest(at if at >= 0 else 0))
        self._summarise()

    def _summarise(self) -> None:
        d = self.today
        self.title.setText(self.tr("Today · %1").replace(
            "%1", locale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM")))
        overdue = sum(1 for p in self.prompts if p.due < d)
        parts = [self.tr("Appointments: %1").replace("%1", str(len(self.appointments))),
                 self.tr("To answer: %1").replace("%1", str(len(self.prompts)))]
        if overdue:
            parts.append(self.tr("Overdue: %1").replace("%1", str(overdue)))
        if self.suppressed:
            parts.append(self.tr("Suppressed: %1").replace("%1", str(len(self.suppressed))))
        self.summary.setText(" · ".join(parts))

    def select(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def current_row(self) -> TodayRow | None:
        return self.model.row(self.table.currentIndex().row())

    def _status(self, text: str) -> None:
        self.status.setText(text)
        self._status_timer.start()

    # -- keyboard ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress and self._key(event):
            return True
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False  # Ctrl+F, Ctrl+1… belong to the window
        key = event.key()
        at = self.table.currentIndex().row()
        if key in (Qt.Key.Key_J, Qt.Key.Key_Down):
            self.select(self.model.step(at, 1) if at >= 0 else self.model.nearest(0))
        elif key in (Qt.Key.Key_K, Qt.Key.Key_Up):
            self.select(self.model.step(at, -1) if at >= 0 else self.model.nearest(0))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(at)
        elif key == Qt.Key.Key_O:
            self.open_client()
        elif key == Qt.Key.Key_D:
            self.mark_done()
        elif key == Qt.Key.Key_S:
            self.snooze()
        elif key == Qt.Key.Key_X:
            self.dismiss()
        elif key == Qt.Key.Key_Escape and self.panel.isVisible():
            self.close_panel()
        else:
            return False
        return True

    # -- actions -----------------------------------------------------------------------------
    def _actionable(self) -> Prompt | None:
        row = self.current_row()
        if row is None or row.prompt is None:
            return None
        if row.kind == Kind.SUPPRESSED:
            self._status(self.tr("This prompt is suppressed: %1").replace("%1", row.cells[3]))
            return None
        if self.actions.busy(row.prompt):
            return None
        return row.prompt

    def _open(self, at: int) -> None:
        row = self.model.row(at)
        if row is None:
            return
        if row.kind == Kind.PROMPT:
            self.open_draft(row.prompt)
        elif row.kind == Kind.APPOINTMENT:
            self.open_client_requested.emit(row.client_id)
        elif row.kind == Kind.SUPPRESSED:
            self._actionable()

    def open_draft(self, prompt: Prompt) -> None:
        self.panel.show()
        self.panel.show_prompt(prompt)

    def close_panel(self) -> None:
        self.panel.clear()
        self.panel.hide()
        self.table.setFocus()

    def open_client(self) -> None:
        row = self.current_row()
        if row is not None and row.client_id:
            self.open_client_requested.emit(row.client_id)

    def mark_done(self) -> None:
        prompt = self._actionable()
        if prompt is None:
            return
        channel, message = self.panel.edit_for(prompt)
        if channel is None:
            self.open_draft(prompt)
            self._status(self.tr("Choose the channel you used, then Mark done."))
            return
        self.actions.mark_done(prompt, channel, message)

    def snooze(self) -> SnoozeDialog | None:
        prompt = self._actionable()
        if prompt is None:
            return None
        dialog = SnoozeDialog(self.actions, prompt, self.today or self.current_day(), self)
        dialog.finished.connect(lambda _: alive(self) and self.table.setFocus())
        dialog.open()
        return dialog

    def dismiss(self) -> DismissDialog | None:
        prompt = self._actionable()
        if prompt is None:
            return None
        dialog = DismissDialog(self.actions, prompt, self)
        dialog.finished.connect(lambda _: alive(self) and self.table.setFocus())
        dialog.open()
        return dialog

    def _decided(self, prompt: Prompt, held: Prompt) -> None:
        """The book holds the decision: the row goes, the next one is selected, the queue is read again."""
        self.prompts = [p for p in self.prompts if p.key != prompt.key]
        self.suppressed = [p for p in self.suppressed if p.key != prompt.key] + [held]
        self.panel.forget(prompt.key)
        following = self.panel.isVisible() and self.panel.prompt is not None and self.panel.prompt.key == prompt.key
        at = self.model.find(prompt.key)
        self._show()
        self.select(self.model.nearest(at))
        if following:
            row = self.current_row()
            if row is not None and row.kind == Kind.PROMPT:
                self.open_draft(row.prompt)
            else:
                self.close_panel()
        self._status(self.tr("Saved: %1").replace("%1", prompt.client_name))
        self._reload_timer.start()
