"""Timing the Today view as an advisor opens it (used by `python -m clienteling.bench prompts`).

Each run builds a new view and goes through the TaskManager and the book's reader thread, as
the app does, and counts from asking for the queue to its rows painted. `handed`: the queue
already read, handed over on the reader thread, so the view's own work is what is timed;
`reload`: the view reading the queue itself with `service` on the reader's read-only
connection. The first run warms Qt's fonts and styles (and opens the reader) and is not
counted. Returns the milliseconds of every counted run.

`run_until_today(home)`: the app as `clienteling --demo --home HOME` starts it, quitting only
once Today's rows are on screen (`--quit-when-ready` quits as soon as search is live, which
stops Today's read half-way); `python -m clienteling.bench dossiers` takes its peak memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ...config import BoutiqueConfig
from ...services import BookExecutor
from ..taskman import TaskManager
from .today import TodayView


class _Served:
    """The queue already read: `queue(today)` hands it over."""

    def __init__(self, queue):
        self._queue = queue

    def queue(self, today):
        return self._queue


def time_today(executor: BookExecutor, boutique: BoutiqueConfig, queue, today: date, service: Callable,
               repeat: int) -> dict[str, list[float]]:
    app = QApplication.instance() or QApplication([])
    tm = TaskManager(executor)
    zone = ZoneInfo(boutique.timezone)

    def clock() -> datetime:
        return datetime.combine(today, datetime.now(zone).time(), zone)

    def shown(read: Callable) -> float:
        view = TodayView(tm, boutique, service=read, clock=clock)
        view.resize(1280, 820)
        view.show()
        app.processEvents()
        loop = QEventLoop()
        drawn: list[bool] = []
        view.loaded.connect(lambda: (drawn.append(True), loop.quit()))
        QTimer.singleShot(300_000, loop.quit)
        t = time.perf_counter()
        view.reload()
        if not drawn:  # the rows may be on screen already
            loop.exec()
        view.table.viewport().repaint()
        ms = (time.perf_counter() - t) * 1000
        rows = view.model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
        if not rows:
            raise RuntimeError("the Today view showed no rows")
        return ms

    served = _Served(queue)
    shown(lambda s: served)
    return {"handed": [shown(lambda s: served) for _ in range(repeat)],
            "reload": [shown(service) for _ in range(max(1, repeat // 2))]}


def run_until_today(home: Path, timeout_s: float = 300) -> int:
    """Start the demo app on the book in `home`, quit once Today is on screen; Today's row count."""
    from ...config import DEMO
    from ...credentials import KeyringStore
    from ..app import make_app, start_window
    from ..sections import TODAY

    app = make_app()
    executor, tm, window = start_window(DEMO, KeyringStore(), home=home)
    window.show()
    today = window.section(TODAY)
    today.loaded.connect(lambda: QTimer.singleShot(0, app.quit))
    QTimer.singleShot(int(timeout_s * 1000), app.quit)
    try:
        app.exec()
    finally:
        health = getattr(window, "health_check", None)
        if health is not None:
            health.stop()
        window.sync.shutdown()
        executor.shutdown()
    if today.queue is None:
        raise RuntimeError("Today was not shown in time")
    return today.model.rowCount()
