"""`python -m clienteling.bench prompts`: the full prompt queue of a scale book, and the Today view showing it.

On a demo book of N clients (built once under `.bench/` with the current demo generator:
appointments and outreach history included, one note per client), on the day the book was made
(its demo data is dated from it), with the demo new-arrivals list moved to end that day:
- prompts_s: `OutreachService.queue(today)` for the whole book (every rule, every gate, sorted),
  median of warm runs; prompts_first_s: the first run after the book is opened;
- today_view_ms: the Today view (ui/views/today.py) handed that queue until its rows are on
  screen (model filled, table painted), median of runs; today_view_reload_ms: the same view
  reading the queue itself through the book's reader thread (the real service on the reader's
  read-only connection, as the app does) until its rows are on screen, i.e. what an advisor
  waits for when Today opens.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ..config import DEMO, BoutiqueConfig
from ..outreach.catalogue import moved_to
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
    path = home / "new_arrivals.json"
    path.write_text(moved_to(resource("catalogue", "new_arrivals.json").read_text(encoding="utf-8"), today),
                    encoding="utf-8")
    settings = DEMO.outreach.model_copy(update={"new_arrivals": str(path)})
    return DEMO.model_copy(update={"outreach": settings})


def today_view(home: Path, boutique: BoutiqueConfig, queue, today: date, repeat: int) -> dict:
    """Milliseconds until the Today view's rows are on screen, from a queue in hand and from a reload."""
    from ..services import BookExecutor
    from ..services.outreach import OutreachService
    from ..ui.views.today_timing import time_today

    executor = BookExecutor(lambda: open_bench_session(home))
    executor.opened.result(timeout=120)
    try:
        runs = time_today(executor, boutique, queue, today, lambda s: OutreachService(s.book, boutique), repeat)
    finally:
        executor.submit(lambda s: None).result(timeout=120)
        executor.shutdown()
    return {"today_view_ms": round(statistics.median(runs["handed"]), 1),
            "today_view_reload_ms": round(statistics.median(runs["reload"]), 1)}
