"""`python -m clienteling.bench agenda`: the week view and the pre-appointment brief, timed.

The book is made fresh in a temporary folder: demo clients with their agenda, one client
with 50 notes and 20 purchases, and more appointments spread over the year around "today"
until the book holds `appointments` of them. Figures (medians of `repeat` runs, each in a
new widget, through the TaskManager and the book thread as in the app):
- agenda_week_ms: from asking for the week to the grid painted, the busiest week (today's);
- agenda_day_ms: the same for today's day list;
- brief_ms: from opening the brief to its document laid out and shown, for the rich client;
- brief_pdf_ms: writing that brief as an A4 PDF.
Wall-clock figures (`*_ms`) and, for the two goals, the CPU time the process spent on them
(`*_cpu_ms`, all threads), which says more on a machine busy with other work.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from datetime import date, datetime, time as dtime, timedelta, timezone
from pathlib import Path

from ..config import DEMO
from ..credentials import MemoryStore
from ..domain import Appointment
from ..domain.agenda import local_to_utc, week_start
from ..services import BookExecutor, open_session
from ..services.agenda import AppointmentForm, agenda

TODAY = date(2025, 3, 26)  # a Wednesday; the week holds the spring clock change
NOW = datetime(2025, 3, 26, 9, 0, tzinfo=timezone.utc)
SEED_CLIENTS = 1000


def build(home: Path, appointments: int, secrets: MemoryStore) -> dict:
    """Fill a fresh book; returns what the timings need (the rich client's appointment, counts)."""
    from ..bench.books import rich_dossiers
    from ..demo import seed_book
    from ..store import appointments as repo
    from ..store import rows
    from ..store.bulk import load_dossiers

    session = open_session(DEMO, secrets, home=home, advisor="Camille Fabre")
    try:
        seed_book(session.book, SEED_CLIENTS, today=TODAY)
        [rich] = list(rich_dossiers(1, notes=50, purchases=20))
        load_dossiers(session.book, [rich])
        svc = agenda(session)
        brief_for, _ = svc.save(AppointmentForm(client_id=rich.client.id, day=TODAY, start=dtime(16, 0),
                                                purpose="private_viewing", notes_before="Blue dial allocation."))
        have = repo.count(session.book.conn)
        listed = session.clients.list_rows()
        client_ids = [r.id for r in listed]
        advisors = sorted({r.advisor for r in listed if r.advisor})
        rng = random.Random(7)
        with session.book.transaction() as db:
            for _ in range(max(0, appointments - have)):
                day = TODAY + timedelta(days=rng.randint(-182, 182))
                start = dtime(10 + rng.randrange(8), rng.choice((0, 30)))
                rows.write(db.conn, Appointment(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), rev=1, client_id=rng.choice(client_ids),
                    starts_at=local_to_utc(day, start, DEMO.timezone), duration_min=rng.choice((30, 45, 60, 90)),
                    advisor=rng.choice(advisors), time_zone=DEMO.timezone,
                    status="done" if day < TODAY else "booked"), journaled=False)
        total = repo.count(session.book.conn)
        week = len(svc.week(TODAY).entries)
        return {"appointments": total, "week_appointments": week, "brief_appointment": brief_for.id}
    finally:
        session.close()


def run(appointments: int = 2000, repeat: int = 15) -> dict:
    from ..ui.views.agenda_timing import time_agenda

    with tempfile.TemporaryDirectory(prefix="clienteling-agenda-bench-") as tmp:
        home = Path(tmp)
        t0 = time.perf_counter()
        secrets = MemoryStore()  # the book's key, for this run only
        made = build(home, appointments, secrets)
        build_s = time.perf_counter() - t0
        executor = BookExecutor(lambda: open_session(DEMO, secrets, home=home, advisor="Camille Fabre"))
        executor.opened.result(timeout=60)
        try:
            timings = time_agenda(executor, DEMO, NOW, made["brief_appointment"], home / "brief.pdf", repeat)
        finally:
            executor.shutdown()
    return {
        "agenda_week_ms": round(statistics.median(timings["week"]), 1),
        "agenda_week_max_ms": round(max(timings["week"]), 1),
        "agenda_week_cpu_ms": round(statistics.median(timings["week_cpu"]), 1),
        "agenda_day_ms": round(statistics.median(timings["day"]), 1),
        "brief_ms": round(statistics.median(timings["brief"]), 1),
        "brief_max_ms": round(max(timings["brief"]), 1),
        "brief_cpu_ms": round(statistics.median(timings["brief_cpu"]), 1),
        "brief_pdf_ms": round(statistics.median(timings["pdf"]), 1),
        "appointments": made["appointments"],
        "week_appointments": made["week_appointments"],
        "week_of": week_start(TODAY).isoformat(),
        "runs": repeat,
        "build_s": round(build_s, 1),
    }
