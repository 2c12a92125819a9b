"""What the status bar says about sync: progress while it runs and how it ended (left), and the
standing facts (conflicts, changes waiting, last sync, online or not) on the right."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QToolButton, QWidget

from ..sync_text import last_error
from .style import ACCENT, DANGER, MUTED
from .text import plain_label, plain_tooltip

STYLE = f"""
QToolButton#syncOnline {{ border: none; background: transparent; padding: 0 2px; color: {MUTED}; }}
QToolButton#syncOnline:hover {{ text-decoration: underline; }}
QToolButton#syncOnline::menu-indicator {{ image: none; width: 0; }}
QToolButton#syncOnline[state="online"] {{ color: #3f7a4a; }}
QToolButton#syncOnline[state="offline"] {{ color: {DANGER}; }}
QLabel#syncLast, QLabel#syncPending {{ color: {MUTED}; }}
QLabel#syncPending[waiting="true"] {{ color: #1f1d1a; font-weight: 600; }}
QPushButton#syncConflicts {{ border: 1px solid {DANGER}; color: {DANGER}; background: #fbeaea;
                             border-radius: 9px; padding: 1px 10px; font-weight: 600; }}
QLabel#syncActivity[problem="true"] {{ color: {DANGER}; font-weight: 600; }}
QProgressBar#syncBar {{ border: 1px solid #d6d0c4; border-radius: 4px; background: #ffffff; max-height: 10px; }}
QProgressBar#syncBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
"""


def local_time(when: datetime) -> str:
    """A moment in the laptop's time zone, in the locale's short form (time only when today)."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    locale = QLocale()
    if when.astimezone().date() == date.today():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


class SyncActivityWidget(QWidget):
    """While a sync runs, "Sending 40 of 120 · 0 received" and a bar; then how it ended.

    A failure's sentence stays until the next sync; other outcomes fade after `timeout_ms`.
    It is a status bar widget of its own, so a passing message (e.g. "Backup saved.") hides
    it only for a moment.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.label = plain_label("", "syncActivity", wrap=False)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncBar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        line = QHBoxLayout(self)
        line.setContentsMargins(8, 0, 8, 0)
        line.addWidget(self.bar)
        line.addWidget(self.label)
        self._fade = QTimer(self, singleShot=True)
        self._fade.timeout.connect(self.hide)
        self.hide()

    @property
    def running(self) -> bool:
        return self.isVisible() and self.bar.isVisible()

    def begin(self) -> None:
        self._fade.stop()
        self._set_problem(False)
        self.bar.setRange(0, 0)  # busy until the engine reports
        self.bar.show()
        self.label.setText(self.tr("Syncing…"))
        self.show()

    def cancelling(self) -> None:
        self.label.setText(self.tr("Stopping after this step…"))

    def update_progress(self, progress) -> None:
        """`progress` is a SyncProgress: phase, pushed, to_push, pulled."""
        if progress.phase == "push" and progress.to_push:
            self.bar.setRange(0, progress.to_push)
            self.bar.setValue(min(progress.pushed, progress.to_push))
            text = self.tr("Sending %1 of %2 · %3 received")
        else:
            self.bar.setRange(0, 0)
            text = self.tr("Sent %1 of %2 · receiving, %3 so far")
        self.label.setText(text.replace("%1", str(progress.pushed)).replace("%2", str(progress.to_push))
                           .replace("%3", str(progress.pulled)))

    def finish(self, text: str, *, problem: bool = False, timeout_ms: int = 0) -> None:
        """Say how it ended (or another sync fact); a problem stays until the next sync."""
        self.bar.hide()
        self._set_problem(problem)
        self.label.setText(text)
        self.label.setToolTip(plain_tooltip(text))
        self.show()
        if timeout_ms and not problem:
            self._fade.start(timeout_ms)
        else:
            self._fade.stop()

    def _set_problem(self, problem: bool) -> None:
        if self.label.property("problem") != problem:
            self.label.setProperty("problem", problem)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)


class SyncStatusWidget(QWidget):
    """Online / offline, "Last sync: 14:32", "3 changes waiting", and a "2 conflicts" button.

    The online indicator is a button; `set_menu` gives it the sign-in menu.
    """

    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.online = QToolButton(self)  # shows plain text: a tool button never renders markup
        self.online.setObjectName("syncOnline")
        self.online.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.last = plain_label("", "syncLast", wrap=False)
        self.pending = plain_label("", "syncPending", wrap=False)
        self.conflicts = QPushButton(self)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setToolTip(self.tr("Changes made here and on the server that need your decision"))
        self.conflicts.clicked.connect(self.conflicts_requested)
        self.conflicts.hide()
        line = QHBoxLayout(self)
        line.setContentsMargins(4, 0, 4, 0)
        line.setSpacing(16)
        for widget in (self.conflicts, self.pending, self.last, self.online):
            line.addWidget(widget)
        self.show_status(None)

    def set_menu(self, menu) -> None:
        self.online.setMenu(menu)

    def show_status(self, status) -> None:
        """Show a SyncStatus (None: not read yet)."""
        if status is None or status.online is None:
            state, text = "unknown", self.tr("○ Connection unknown")
        elif status.online:
            state, text = "online", self.tr("● Online")
        else:
            state, text = "offline", self.tr("● Offline")
        if status is not None and not status.signed_in:
            text = self.tr("%1 · signed out").replace("%1", text)
        self._set_property(self.online, "state", state)
        self.online.setText(text)
        self.online.setToolTip(plain_tooltip(self._who(status)))
        if status is None:
            self.last.setText("")
            self.pending.setText("")
            self.conflicts.hide()
            return
        self.last.setText(self.tr("Last sync: %1").replace("%1", local_time(status.last_sync_at))
                          if status.last_sync_at else self.tr("Never synced"))
        self.last.setToolTip(plain_tooltip(last_error(status)))
        self._set_property(self.pending, "waiting", status.pending > 0)
        self.pending.setText(self.tr("%n change(s) waiting", "", status.pending) if status.pending
                             else self.tr("All changes sent"))
        self._show_problems(status.open_conflicts, status.rejected)

    def _who(self, status) -> str:
        if status is None:
            return ""
        if status.signed_in:
            return self.tr("Signed in as %1 on %2").replace("%1", status.advisor or "?").replace(
                "%2", status.server_url)
        return self.tr("Not signed in. Sync asks for your login.")

    def _show_problems(self, conflicts: int, rejected: int) -> None:
        parts = []
        if conflicts:
            parts.append(self.tr("%n conflict(s)", "", conflicts))
        if rejected:
            parts.append(self.tr("%n refused", "", rejected))
        self.conflicts.setText(" · ".join(parts))
        self.conflicts.setVisible(bool(parts))

    @staticmethod
    def _set_property(widget: QWidget, name: str, value) -> None:
        if widget.property(name) != value:
            widget.setProperty(name, value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
