"""Appointment reminders while the app runs: a desktop notification N minutes before each one.

A QTimer asks the book, every CHECK_MS, for the booked or confirmed appointments starting
within `BoutiqueConfig.agenda.reminder_minutes` (0 turns reminders off). Each appointment is
announced once per start time (moved, it is announced again). The message goes to the system
tray (QSystemTrayIcon.showMessage); where there is no tray (some Linux desktops, offscreen),
to the window's status bar. Clicking the tray message opens the client's dossier. `clock` is
injectable so tests drive time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from ..config import BoutiqueConfig
from ..services.agenda import AgendaEntry, agenda
from .taskman import TaskManager
from .views import agenda_labels as words
from .widgets.text import alive

CHECK_MS = 30_000
STATUS_MS = 5 * 60_000


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


class Reminders(QObject):
    shown = Signal(str, str)  # title, message: what the advisor was told
    checked = Signal(int)  # how many were due (tests)

    def __init__(self, tm: TaskManager, boutique: BoutiqueConfig, window: QMainWindow, *,
                 clock: Callable[[], datetime] = system_clock, tray: QSystemTrayIcon | None = None,
                 use_tray: bool | None = None):
        super().__init__(window)
        self.tm, self.boutique, self.window, self.clock = tm, boutique, window, clock
        self.minutes = boutique.agenda.reminder_minutes
        self.announced: set[tuple[str, datetime]] = set()
        self._last_client = ""
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray = tray if tray is not None else (self._make_tray() if available else None)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(self.window.windowIcon(), self)
        tray.setToolTip(self.tr("Clienteling — appointment reminders"))
        tray.messageClicked.connect(self._clicked)
        tray.show()
        return tray

    def start(self) -> "Reminders":
        if self.minutes > 0:
            self.timer.start()
            self.check()
        return self

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        now, minutes = self.clock(), self.minutes
        self.tm.run(lambda s: agenda(s).due_reminders(now, minutes), self._due, lambda _exc: None)

    def _due(self, entries: list[AgendaEntry]) -> None:
        if not alive(self):
            return
        fresh = [e for e in entries if (e.appointment.id, e.appointment.starts_at) not in self.announced]
        for e in fresh:
            self.announced.add((e.appointment.id, e.appointment.starts_at))
            self.notify(e)
        self.checked.emit(len(fresh))

    def notify(self, e: AgendaEntry) -> None:
        a = e.appointment
        tz = a.time_zone or self.boutique.timezone
        left = max(0, round((a.starts_at - self.clock()).total_seconds() / 60))
        title = self.tr("In %1 min: %2").replace("%1", str(left)).replace("%2", e.client_name) if left else \
            self.tr("Now: %1").replace("%1", e.client_name)
        where = words.place(a.place.value) + (f" — {a.place_detail}" if a.place_detail else "")
        message = f"{words.time_range(a, tz)} · {words.purpose(a.purpose.value)} · {where}"
        if a.notes_before:
            message += "\n" + a.notes_before.split("\n")[0][:160]
        self._last_client = a.client_id
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.window.statusBar().showMessage(f"⏰ {title} — {message.splitlines()[0]}", STATUS_MS)
        self.shown.emit(title, message)

    def _clicked(self) -> None:
        if self._last_client and hasattr(self.window, "open_client"):
            self.window.open_client(self._last_client)
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
