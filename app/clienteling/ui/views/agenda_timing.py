"""Timing the agenda's screens as an advisor opens them (used by `python -m clienteling.bench agenda`).

Each run builds new widgets and goes through the TaskManager and the book thread, as the app
does: the week grid (today's week) from asking to painted, then that day as a list, then the
pre-appointment brief from asking to laid out, and its PDF. The first run warms the caches
and is not counted. Returns the milliseconds of every counted run, wall clock and (for the
week and the brief) CPU time of the process, all threads.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ...config import BoutiqueConfig
from ...services import BookExecutor
from ..brief import BriefDialog, save_pdf
from ..taskman import TaskManager
from .agenda import AgendaView


def wait(signal, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def time_agenda(executor: BookExecutor, boutique: BoutiqueConfig, now: datetime, brief_id: str, pdf: Path,
                repeat: int) -> dict[str, list[float]]:
    app = QApplication.instance() or QApplication([])
    tm = TaskManager(executor)
    timings: dict[str, list[float]] = {"week": [], "day": [], "brief": [], "pdf": [], "week_cpu": [],
                                       "brief_cpu": []}
    for n in range(repeat + 1):  # the first run warms the caches and is not counted
        started, cpu = time.perf_counter(), time.process_time()
        view = AgendaView(tm, boutique, clock=lambda: now)
        view.resize(1400, 900)
        view.show()
        view.book_opened()
        wait(view.loaded)
        view.grid.repaint()
        week_ms, week_cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
        started = time.perf_counter()
        view.set_mode("day")
        wait(view.loaded)
        view.day_list.repaint()
        day_ms = (time.perf_counter() - started) * 1000
        view.close()
        view.deleteLater()
        started, cpu = time.perf_counter(), time.process_time()
        dialog = BriefDialog(tm, brief_id)
        dialog.show()
        wait(dialog.ready)
        dialog.view.repaint()
        brief_ms, brief_cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
        started = time.perf_counter()
        if not save_pdf(dialog.document, pdf):
            raise RuntimeError("the brief could not be written as a PDF")
        pdf_ms = (time.perf_counter() - started) * 1000
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        if n:
            for key, value in (("week", week_ms), ("day", day_ms), ("brief", brief_ms), ("pdf", pdf_ms),
                               ("week_cpu", week_cpu), ("brief_cpu", brief_cpu)):
                timings[key].append(value)
    return timings
