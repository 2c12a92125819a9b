"""Reminders: N minutes before an appointment, once, driven by a fake clock; the status bar
says it where the desktop has no system tray (as offscreen)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtWidgets import QMainWindow

from clienteling.config import DEMO, AgendaSettings
from clienteling.services.agenda import AppointmentForm, agenda
from clienteling.ui.reminders import Reminders

UTC = timezone.utc


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def appointment(book, make_client):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    form = AppointmentForm(client_id=cid, day=date(2025, 3, 26), start=time(15, 0), purpose="fitting",
                           place="salon", notes_before="Pull the navy jackets")
    return book(lambda s: agenda(s).save(form)[0])  # 14:00 UTC


def check(qtbot, reminders) -> int:
    with qtbot.waitSignal(reminders.checked, timeout=20_000) as seen:
        reminders.check()
    return seen.args[0]


def test_a_reminder_comes_once_fifteen_minutes_before(qtbot, tm, window, appointment):
    clock = Clock(datetime(2025, 3, 26, 13, 40, tzinfo=UTC))  # 14:40 in Paris: 20 minutes to go
    reminders = Reminders(tm, DEMO, window, clock=clock, use_tray=False)
    told = []
    reminders.shown.connect(lambda title, message: told.append((title, message)))
    assert check(qtbot, reminders) == 0 and told == []
    clock.now += timedelta(minutes=6)  # 14 minutes to go
    assert check(qtbot, reminders) == 1
    assert told == [("In 14 min: Héloïse Dupont",
                     "15:00–16:00 · Fitting · Private salon\nPull the navy jackets")]
    assert window.statusBar().currentMessage() == "⏰ In 14 min: Héloïse Dupont — 15:00–16:00 · Fitting · Private salon"
    clock.now += timedelta(minutes=5)
    assert check(qtbot, reminders) == 0 and len(told) == 1  # not twice
    clock.now += timedelta(minutes=15)  # it has started
    assert check(qtbot, reminders) == 0


def test_a_moved_appointment_is_announced_again(qtbot, tm, book, window, appointment):
    clock = Clock(datetime(2025, 3, 26, 13, 50, tzinfo=UTC))
    reminders = Reminders(tm, DEMO, window, clock=clock, use_tray=False)
    assert check(qtbot, reminders) == 1
    book(lambda s: agenda(s).move(appointment.id, date(2025, 3, 26), time(15, 5)))
    assert check(qtbot, reminders) == 1


def test_cancelled_appointments_and_zero_minutes_stay_quiet(qtbot, tm, book, window, appointment):
    clock = Clock(datetime(2025, 3, 26, 13, 50, tzinfo=UTC))
    off = Reminders(tm, DEMO.model_copy(update={"agenda": AgendaSettings(reminder_minutes=0)}), window,
                    clock=clock, use_tray=False)
    assert check(qtbot, off) == 0
    off.start()
    assert not off.timer.isActive()
    book(lambda s: agenda(s).cancel(appointment.id))
    on = Reminders(tm, DEMO, window, clock=clock, use_tray=False)
    assert check(qtbot, on) == 0


def test_the_timer_checks_on_its_own(qtbot, tm, window, appointment):
    clock = Clock(datetime(2025, 3, 26, 13, 50, tzinfo=UTC))
    reminders = Reminders(tm, DEMO, window, clock=clock, use_tray=False)
    reminders.timer.setInterval(50)
    with qtbot.waitSignal(reminders.shown, timeout=20_000):
        reminders.start()
    assert reminders.timer.isActive()
    reminders.stop()


def test_the_main_window_starts_reminders_when_the_book_opens(qtbot, tm):
    from clienteling.credentials import MemoryStore
    from clienteling.ui.main_window import MainWindow

    window = MainWindow(tm, DEMO, secrets=MemoryStore())
    qtbot.addWidget(window)
    window.book_opened({})
    assert window.reminders.timer.isActive() and window.reminders.minutes == 15
    assert window.reminders.tray is None  # offscreen has no tray: the status bar says it
