"""`python -m clienteling.bench prompts`: the full prompt queue of a scale book, and the Today view showing it.

On a demo book of N clients (built once under `.bench/` with the current demo generator:
appointments and outreach history included, one note per client), on the day the book was made
(its demo data is dated from it), with the demo new-arrivals list moved to end that day:
- prompts_s: `OutreachService.queue(today)` for the whole book (every rule, every gate, sorted),
  median of warm runs; prompts_first_s: the first run after the book is opened;
- today_view_ms: the Today view (ui/views/today.py) handed that queue until its rows are on
  screen (model filled, table painted), median of runs; today_view_reload_ms: the same view
  reading the queue itself through the book thread (the real service) until its rows are on
  screen, i.e. what an advisor waits for when Today opens.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ..config import DEMO, BoutiqueConfig
from ..resources import resource
from .books import ensure_book, open_bench_session


def run(root: Path, clients: int, repeat: int = 5) -> dict:
    home = ensure_book(root, clients, clients)
    from ..services.outreach import OutreachService

    session = open_bench_session(home)
    try:
        today = book_day(session)
        boutique = with_catalogue(home, today)
        service = OutreachService(session.book, boutique)
        t = time.perf_counter()
        queue = service.queue(today)
        first = time.perf_counter() - t
        warm, cpu = [], []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            queue = service.queue(today)
            warm.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
    finally:
        session.close()
    result = {
        "clients": clients, "today": today.isoformat(),
        "prompts_s": round(statistics.median(warm), 3), "prompts_cpu_s": round(statistics.median(cpu), 3),
        "prompts_first_s": round(first, 3),
        "prompts": len(queue.prompts), "suppressed": len(queue.suppressed), "appointments": len(queue.appointments),
        "by_purpose": dict(Counter(p.purpose.value for p in queue.prompts).most_common()),
    }
    _say(f"queue: {result['prompts_s']} s ({result['prompts']:,} prompts); now the Today view")
    result.update(today_view(home, boutique, queue, today, repeat))
    return result


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def book_day(session) -> date:
    """The boutique's day the scale book was made: its demo data (purchases, agenda) is dated from it."""
    made = datetime.fromisoformat(session.book.meta("created_at"))
    return made.astimezone(ZoneInfo(DEMO.timezone)).date()


def with_catalogue(home: Path, today: date) -> BoutiqueConfig:
    """The demo boutique with its new-arrivals list moved so its newest piece arrives `today`
    (the resource's own dates are fixed; the figures must not depend on the day they are run)."""
    pieces = json.loads(resource("catalogue", "new_arrivals.json").read_text(encoding="utf-8"))
    newest = max(date.fromisoformat(p["arrived_on"]) for p in pieces)
    for p in pieces:
        p["arrived_on"] = (date.fromisoformat(p["arrived_on"]) + (today - newest)).isoformat()
    path = home / "new_arrivals.json"
    path.write_text(json.dumps(pieces, ensure_ascii=False), encoding="utf-8")
    settings = DEMO.outreach.model_copy(update={"new_arrivals": str(path)})
    return DEMO.model_copy(update={"outreach": settings})


class _Served:
    """The queue already read: `queue(today)` hands it over (what the view does with it is timed)."""

    def __init__(self, queue):
        self._queue = queue

    def queue(self, today):
        return self._queue


def today_view(home: Path, boutique: BoutiqueConfig, queue, today, repeat: int) -> dict:
    """Milliseconds until the Today view's rows are on screen, from a queue in hand and from a reload."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ..services import BookExecutor
    from ..ui.taskman import TaskManager
    from ..ui.views.today import TodayView
    from ..services.outreach import OutreachService

    app = QApplication.instance() or QApplication([])
    executor = BookExecutor(lambda: open_bench_session(home))
    executor.opened.result(timeout=120)
    tm = TaskManager(executor)
    zone = ZoneInfo(DEMO.timezone)
    clock = lambda: datetime.combine(today, datetime.now(zone).time(), zone)  # noqa: E731 - the view's "now"

    def shown(service) -> float:
        view = TodayView(tm, boutique, service=service, clock=clock)
        view.resize(1280, 820)
        view.show()
        app.processEvents()
        loop = QEventLoop()
        shown_rows: list[bool] = []
        view.loaded.connect(lambda: (shown_rows.append(True), loop.quit()))
        QTimer.singleShot(300_000, loop.quit)
        t = time.perf_counter()
        view.reload()
        if not shown_rows:  # the rows may already be on screen if the view drew them at once
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

    try:
        served = _Served(queue)
        shown(lambda s: served)  # warm Qt's fonts and styles once
        handed = [shown(lambda s: served) for _ in range(repeat)]
        real = lambda s: OutreachService(s.book, boutique)  # noqa: E731 - what the view builds, with this catalogue
        reloads = [shown(real) for _ in range(max(1, repeat // 2))]
    finally:
        executor.submit(lambda s: None).result(timeout=120)
        executor.shutdown()
        app.processEvents()
    return {"today_view_ms": round(statistics.median(handed), 1),
            "today_view_reload_ms": round(statistics.median(reloads), 1)}
