"""`python -m clienteling.bench dossiers`: start, search, open and edit figures, side by side.

Every figure is measured in this run against its baseline in the same run:
- start_s: cold start of `clienteling --quit-when-ready` (a fresh process) on the
  start book until the main window is shown and the search box is live;
  start_ratio divides it by a bare PySide6 window process started the same way;
- search_p95_ms: 200 type-ahead queries through ClientService.search, each the first time it runs;
  search_ratio: the service's p95 over the p95 of the bare FTS5 lookups the same queries need,
  both measured on warm pages (second run of each, in turn);
- open_dossier_p95_ms: dossiers with 50 notes and 20 purchases;
- edit_p95_ms: one field edit, committed with synchronous=FULL, outbox row included;
- rss_mb: peak resident memory of the app process with the big book listed (it quits as soon as
  search is live, which stops Today's read of the prompt queue on the reader thread);
- rss_today_mb: the same app on the big book, quitting only once Today's queue is on screen.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from ..store import search as store_search
from .books import RICH_META, ensure_book, open_bench_session
from .queries import type_ahead_queries

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app=QApplication([]);w=QMainWindow();w.resize(1280,820);w.show()\n"
    "QTimer.singleShot(0, lambda: (print('READY', flush=True), app.quit()));app.exec()\n"
)
APP = ("import resource,sys;from clienteling.cli import main;rc=main(sys.argv[1:]);"
       "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024, flush=True);sys.exit(rc)")
APP_TODAY = ("import resource,sys,pathlib;from clienteling.ui.views.today_timing import run_until_today;"
             "run_until_today(pathlib.Path(sys.argv[1]));print('READY', flush=True);"
             "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024, flush=True)")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def _until_ready(cmd: list[str]) -> tuple[float, str]:
    """Seconds from spawning `cmd` to its READY line (window shown, event loop running), and its output."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready = None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if ready is None and line.startswith("READY"):
            ready = time.perf_counter() - t0
    err = proc.stderr.read()
    if proc.wait(timeout=300) != 0 or ready is None:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}): {err[-2000:]}")
    return ready, "".join(lines)


def app_start(home: Path) -> tuple[float, float]:
    """Seconds from spawning the app to its main window shown and searchable, and its peak RSS (MB)."""
    ready, out = _until_ready([sys.executable, "-c", APP, "--demo", "--home", str(home), "--quit-when-ready"])
    rss = float(next(line.split()[1] for line in out.splitlines() if line.startswith("RSS")))
    return ready, rss


def today_peak(home: Path) -> float:
    """Peak RSS (MB) of the app on `home` until Today's queue is on screen."""
    out = _until_ready([sys.executable, "-c", APP_TODAY, str(home)])[1]
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("RSS")))


def bare_start() -> float:
    return _until_ready([sys.executable, "-c", BARE_WINDOW])[0]


def run(root: Path, clients: int, notes: int, start_clients: int, repeat: int = 3) -> dict:
    big = ensure_book(root, clients, notes)
    small = ensure_book(root, start_clients, start_clients * 5) if start_clients != clients else big
    app_start(small)  # warm the OS file cache once, as a second launch of the day would
    bare_start()
    starts = [app_start(small)[0] for _ in range(repeat)]
    bares = [bare_start() for _ in range(repeat)]
    rss = max(app_start(big)[1] for _ in range(2))
    rss_today = max(today_peak(big) for _ in range(2))

    session = open_bench_session(big)
    try:
        conn = session.book.conn
        queries = type_ahead_queries(session, 200)
        for q in queries[:20]:  # warm caches for both sides alike
            session.clients.search(q)
        first, ours, raw = [], [], []
        for q in queries:
            t = time.perf_counter()
            session.clients.search(q)  # as the advisor meets it: the first time this query runs
            first.append((time.perf_counter() - t) * 1000)
            # Then each side twice in turn, the second run counting, so both read the same warm
            # pages: the ratio is the service's own cost over the bare FTS5 lookups.
            for _ in range(2):
                t = time.perf_counter()
                store_search.fts_lookup(conn, q)
                raw_ms = (time.perf_counter() - t) * 1000
                t = time.perf_counter()
                session.clients.search(q)
                ours_ms = (time.perf_counter() - t) * 1000
            ours.append(ours_ms)
            raw.append(raw_ms)
        rich = (session.book.meta(RICH_META) or "").split(",")
        opens = []
        for i in range(200):
            t = time.perf_counter()
            session.clients.dossier(rich[i % len(rich)])
            opens.append((time.perf_counter() - t) * 1000)
        edits = []
        rng = random.Random(5)
        for i in range(200):
            cid = rich[i % len(rich)]
            t = time.perf_counter()
            session.clients.set_field(cid, "city", f"{rng.choice(['Paris', 'Milano', '上海', 'Dubai'])} {i}")
            edits.append((time.perf_counter() - t) * 1000)
    finally:
        session.close()
    start_s = statistics.median(starts)
    bare_s = statistics.median(bares)
    search_p95 = p95(first)
    return {
        "clients": clients, "notes": notes, "start_book_clients": start_clients,
        "start_s": round(start_s, 3), "bare_window_s": round(bare_s, 3),
        "start_ratio": round(start_s / bare_s, 2),
        "search_p95_ms": round(search_p95, 2), "search_warm_p95_ms": round(p95(ours), 2),
        "search_raw_fts_p95_ms": round(p95(raw), 2),
        "search_ratio": round(p95(ours) / max(p95(raw), 1e-6), 2),
        "search_queries": len(queries),
        "open_dossier_p95_ms": round(p95(opens), 2),
        "edit_p95_ms": round(p95(edits), 2),
        "rss_mb": round(rss, 1),
        "rss_today_mb": round(rss_today, 1),
    }
