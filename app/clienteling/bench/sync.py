"""`python -m clienteling.bench sync`: a first full sync and a small incremental one, against a loopback server.

What it does, in one run, under `.bench/sync-<N>c/` (made afresh each time):
1. seeds a server database with N clients, each with a phone, a tag and a note (four records;
   multilingual demo data), straight through `profile_server`'s storage functions
   (`seed_s`, reported apart: it is not sync);
2. starts the reference server (`clienteling-server serve`, a uvicorn subprocess) on a free
   loopback port;
3. baseline: a raw httpx download of every page (same page size, same cursor loop, JSON
   parsed) and a bulk insert of the same rows into plain tables of a fresh SQLCipher file with
   `executemany`, one transaction per page (`baseline_s` = `baseline_download_s` +
   `baseline_insert_s`), after one unmeasured download that warms the server's caches; it is
   measured before and after the sync and averaged (`baseline_runs_s`), as the speed of a
   shared machine drifts over a run of minutes;
4. `initial_sync_s`: `SyncService.sync()` on a fresh device book pulling everything (records,
   shadow, list columns, search index, cursor per page); `records_per_s`; and
   `initial_sync_ratio` = initial_sync_s / baseline_s;
5. `incremental_100_edits_s`: 100 field edits on that device (typed before the clock starts),
   then one sync that pushes them and pulls (the server's new change numbers for them).
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from ..sync.baseline import raw_pages

BOUTIQUE = "bench"
LOGIN = "bench"
PASSWORD = "bench-password"  # a throw-away loopback server, deleted with its folder
PAGE_SIZE = 500
SEED_CHUNK = 20_000  # records per server transaction while seeding


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- the server ----------------------------------------------------------------------------

def _server_records(dossier) -> list[tuple[str, str, dict]]:
    """The client, one phone, one tag and one note of a demo dossier, as server field values."""
    from profile_server.entities import check_value

    from ..domain import Contact, Note, Tag, build
    from ..domain.ids import utc_now
    from ..store.rows import LOCAL_ONLY, SYNC_FIELDS, TABLES, to_row

    client = dossier.client
    phone = next((c for c in dossier.contacts if c.kind == "phone"), None) or build(
        Contact, client_id=client.id, kind="phone", label="mobile", value="+33612345678", is_primary=True)
    tag = dossier.tags[0] if dossier.tags else build(Tag, client_id=client.id, tag="VIC")
    note = dossier.notes[0] if dossier.notes else build(
        Note, client_id=client.id, body="First visit to the boutique.", kind="conversation", created_at=utc_now())
    out = []
    for record in (client, phone, tag, note):
        entity = TABLES[type(record)]
        row = to_row(record)
        out.append((entity, record.id, {k: check_value(entity, k, v) for k, v in row.items()
                                        if k not in SYNC_FIELDS and k not in LOCAL_ONLY}))
    return out


def seed_server(path: Path, clients: int) -> int:
    """A server database holding the bench boutique, its advisor and `clients` dossiers; returns the records."""
    from profile_server import auth, db
    from profile_server.sync import create_record

    from ..demo import generate_dossiers

    db.init(str(path))
    conn = db.connect(str(path))
    now = datetime.now(timezone.utc)
    try:
        db.add_boutique(conn, BOUTIQUE, "Bench boutique", now)
        auth.add_advisor(conn, BOUTIQUE, LOGIN, PASSWORD, now)
        pending: list[tuple[str, str, dict]] = []
        written = 0

        def flush() -> int:
            with db.write(conn):
                for entity, record_id, values in pending:
                    create_record(conn, BOUTIQUE, entity, record_id, values, now)
            count = len(pending)
            pending.clear()
            return count

        for dossier in generate_dossiers(clients, seed=11, notes_per_client=1):
            pending.extend(_server_records(dossier))
            if len(pending) >= SEED_CHUNK:
                written += flush()
        written += flush()
        db.checkpoint(conn)
    finally:
        conn.close()
    return written


def start_server(db_path: Path, port: int, log_path: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "profile_server.cli", "serve", "--db", str(db_path), "--host", "127.0.0.1",
           "--port", str(port), "--rate-limit-per-minute", "0", "--log-level", "warning"]
    log = log_path.open("w", encoding="utf-8")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    deadline = time.monotonic() + 30
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the profile server did not start; see {log_path}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"the profile server did not start in 30 s; see {log_path}") from None
            time.sleep(0.05)


# ---- the baseline --------------------------------------------------------------------------

def baseline(url: str, token: str, page_size: int, plain_path: Path, *, warm: bool = True) -> tuple[float, float, int]:
    """(download seconds, insert seconds, rows): the raw pull of every page and its plain bulk insert."""
    from ..store import Key
    from ..store.baseline import insert_page, open_plain

    plain_path.unlink(missing_ok=True)
    with raw_pages(url, token, BOUTIQUE, page_size) as pages_of:
        if warm:
            for _ in pages_of():  # warm the server's caches; not measured
                pass
        conn = open_plain(plain_path, Key(raw=os.urandom(32)))
        tables: dict[str, list[str]] = {}
        download = insert = 0.0
        rows = 0
        try:
            pages = pages_of()
            while True:
                t = time.perf_counter()
                changes = next(pages, None)
                download += time.perf_counter() - t
                if changes is None:
                    break
                t = time.perf_counter()
                rows += insert_page(conn, changes, tables)
                insert += time.perf_counter() - t
        finally:
            conn.close()
    return download, insert, rows


# ---- the run -------------------------------------------------------------------------------

def run(root: Path, clients: int, page_size: int = PAGE_SIZE, edits: int = 100) -> dict:
    from ..config import BoutiqueConfig
    from ..credentials import MemoryStore
    from ..services import SyncService, open_session
    from ..sync import ApiClient

    work = root / f"sync-{clients}c"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    t = time.perf_counter()
    records = seed_server(work / "server.db", clients)
    seed_s = time.perf_counter() - t

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(work / "server.db", port, work / "server.log")
    try:
        with ApiClient(url, BOUTIQUE) as api:
            token = api.sign_in(LOGIN, PASSWORD).access_token  # kept in memory only
        runs = [baseline(url, token, page_size, work / "plain.db")]

        boutique = BoutiqueConfig(boutique_id=BOUTIQUE, display_name="Bench boutique", api_base_url=url)
        secrets = MemoryStore()  # the book's key and the sign-in, for this run only
        session = open_session(boutique, secrets, home=work / "device", advisor=LOGIN)
        try:
            service = SyncService(session.book, boutique, secrets, page_size=page_size)
            service.sign_in(LOGIN, PASSWORD)
            t = time.perf_counter()
            first = service.sync()
            initial_s = time.perf_counter() - t
            local_clients = session.clients.count()
            # the baseline again, after: the machine's speed may drift during a run of minutes
            runs.append(baseline(url, token, page_size, work / "plain.db", warm=False))
            del token

            ids = [row.id for row in session.clients.list_rows()]
            rng = random.Random(3)
            t = time.perf_counter()
            for i, client_id in enumerate(rng.sample(ids, min(edits, len(ids)))):
                session.clients.set_field(client_id, "city", f"Bench city {i}")
            edits_s = time.perf_counter() - t
            t = time.perf_counter()
            second = service.sync()
            incremental_s = time.perf_counter() - t
        finally:
            session.close()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    download_s = sum(r[0] for r in runs) / len(runs)
    insert_s = sum(r[1] for r in runs) / len(runs)
    baseline_s = download_s + insert_s
    raw_rows = {r[2] for r in runs}
    if first.pulled != records or raw_rows != {records} or local_clients != clients:
        raise RuntimeError(f"the runs disagree: seeded {records} records, the sync pulled {first.pulled}, "
                           f"the baseline {raw_rows}; the book holds {local_clients} of {clients} clients")
    return {
        "clients": clients,
        "records": records,
        "page_size": page_size,
        "seed_s": round(seed_s, 2),
        "initial_sync_s": round(initial_s, 2),
        "records_per_s": round(records / initial_s),
        "baseline_s": round(baseline_s, 2),
        "baseline_runs_s": [round(r[0] + r[1], 2) for r in runs],
        "baseline_download_s": round(download_s, 2),
        "baseline_insert_s": round(insert_s, 2),
        "initial_sync_ratio": round(initial_s / baseline_s, 2),
        "incremental_100_edits_s": round(incremental_s, 3),
        "incremental_pushed": second.pushed,
        "incremental_pulled": second.pulled,
        "edits_typed_s": round(edits_s, 3),
    }
