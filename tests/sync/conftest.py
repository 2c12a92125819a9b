"""The real reference server on 127.0.0.1 (uvicorn, in a thread) and laptops syncing with it.

One server for the whole suite; every test gets a boutique of its own (made with the
`clienteling-server` admin commands), so tests never see each other's data. A laptop is a
`Device`: its own book (a fresh encrypted file), its own keyring (an in-memory store) and a
`SyncService` whose HTTP can go through a fault-injecting transport.
"""

from __future__ import annotations

import io
import socket
import threading
import time
import uuid
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import uvicorn

from clienteling.config import BoutiqueConfig
from clienteling.credentials import KeyringStore, MemoryStore
from clienteling.services import ClientForm, SyncService, open_session
from clienteling.store import integrity_problems
from clienteling.store.sync_local import data_columns
from profile_server import Settings, auth, db
from profile_server import sync as server_sync
from profile_server.app import create_app
from profile_server.cli import main as server_admin

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery staple"
ENTITIES = ("client", "contact", "client_tag", "important_date", "relation", "preference", "size", "wishlist_item",
            "purchase", "consent", "note")


class ServerClock:
    """Real time plus an offset a test may move (token expiry)."""

    def __init__(self):
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset


class LiveServer:
    def __init__(self, url: str, path: Path, clock: ServerClock):
        self.url, self.path, self.clock = url, path, clock

    def conn(self):
        return db.connect(str(self.path))

    def state(self, boutique_id: str) -> dict[tuple[str, str], dict]:
        """Every record of the boutique as the server holds it: {(entity, id): change}."""
        conn = self.conn()
        try:
            page = server_sync.changes(conn, boutique_id, None, 1_000_000)
        finally:
            conn.close()
        return {(c["entity"], c["entity_id"]): c for c in page["changes"]}

    def counts(self, boutique_id: str) -> dict[str, int]:
        conn = self.conn()
        try:
            return {
                "records": conn.execute("SELECT count(*) FROM record WHERE boutique_id = ?", (boutique_id,)).fetchone()[0],
                "results": conn.execute("SELECT count(*) FROM mutation_result WHERE boutique_id = ?",
                                        (boutique_id,)).fetchone()[0],
                "changes": db.counter(conn, boutique_id)[0],
            }
        finally:
            conn.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("server") / "server.db"
    clock = ServerClock()
    app = create_app(str(path), Settings(rate_limit_per_minute=0, sign_in_per_minute=0, clock=clock))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, name="profile-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the profile server did not start"
        time.sleep(0.02)
    yield LiveServer(f"http://127.0.0.1:{port}", path, clock)
    server.should_exit = True
    thread.join(10)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(auth, "HASHER", CHEAP)


@pytest.fixture
def server(live_server):
    yield live_server
    live_server.clock.offset = timedelta()


def add_advisor(server: LiveServer, boutique_id: str, login: str, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert server_admin(["add-advisor", "--db", str(server.path), "--boutique", boutique_id, "--login", login,
                         "--password-stdin"]) == 0


@pytest.fixture
def boutique_id(server, monkeypatch) -> str:
    """A boutique of this test's own on the shared server, with advisors alice and bob."""
    bid = f"t{uuid.uuid4().hex[:12]}"
    assert server_admin(["add-boutique", "--db", str(server.path), "--id", bid, "--name", "Test boutique"]) == 0
    for login in ("alice", "bob"):
        add_advisor(server, bid, login, monkeypatch)
    return bid


class FaultyTransport(httpx.BaseTransport):
    """The real network, with the next requests to a path broken on purpose.

    Faults: drop_request (never reaches the server), drop_response (the server commits, the
    answer is lost), duplicate (sent twice), timeout (the server commits, the client gives
    up), 500, 502_after_commit, 429, 503, truncated and malformed (the server commits, the
    answer is damaged), offline (the name does not resolve).
    """

    def __init__(self):
        self.inner = httpx.HTTPTransport()
        self.faults: list[tuple[str, str]] = []
        self.seen: list[tuple[str, str, int | str]] = []

    def fail(self, path: str, *kinds: str) -> None:
        self.faults += [(path, k) for k in kinds]

    def _forward(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.seen.append((request.method, request.url.path, response.status_code))
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = next((k for p, k in self.faults if request.url.path.startswith(p)), None)
        if kind is None:
            return self._forward(request)
        self.faults.remove(next(f for f in self.faults if f[1] == kind and request.url.path.startswith(f[0])))
        self.seen.append((request.method, request.url.path, kind))
        if kind == "drop_request":
            raise httpx.WriteError("[Errno 32] Broken pipe", request=request)
        if kind == "offline":
            raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)
        if kind in ("500", "429", "503"):
            headers = {"Retry-After": "1"} if kind != "500" else {}
            return httpx.Response(int(kind), json={"detail": "injected"}, headers=headers, request=request)
        answer = self._forward(request)  # every fault below happens after the server committed
        if kind == "drop_response":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if kind == "timeout":
            raise httpx.ReadTimeout("The read operation timed out", request=request)
        if kind == "duplicate":
            return self._forward(request)
        if kind == "502_after_commit":
            return httpx.Response(502, text="Bad gateway", request=request)
        if kind == "truncated":
            body = answer.content
            return httpx.Response(200, content=body[: len(body) // 2], request=request,
                                  headers={"content-type": "application/json"})
        if kind == "malformed":
            return httpx.Response(200, content=b"<html><body>Proxy error</body></html>", request=request,
                                  headers={"content-type": "application/json"})
        raise AssertionError(f"unknown fault {kind}")

    def close(self) -> None:
        self.inner.close()


class Device:
    """One advisor's laptop: a book, a keyring, a sync service over the (possibly faulty) network."""

    def __init__(self, server: LiveServer, boutique_id: str, home: Path, *, secrets=None, **options):
        self.server = server
        self.boutique = BoutiqueConfig(boutique_id=boutique_id, display_name="Test boutique",
                                       api_base_url=server.url)
        self.home = home
        self.session = open_session(self.boutique, KeyringStore(), home=home, advisor="alice")
        self.secrets = secrets if secrets is not None else MemoryStore()
        self.transport = FaultyTransport()
        self.sleeps: list[float] = []
        self.sync = SyncService(self.session.book, self.boutique, self.secrets, transport=self.transport,
                                sleep=self.sleeps.append, **options)

    @property
    def book(self):
        return self.session.book

    @property
    def clients(self):
        return self.session.clients

    def sign_in(self, login: str = "alice") -> None:
        self.sync.sign_in(login, PASSWORD)

    def run(self, **kwargs):
        return self.sync.sync(**kwargs)

    def new_client(self, **fields) -> str:
        form = {"family_name": "Dupont", "given_name": "Héloïse", "country": "FR", **fields}
        client_id, _ = self.clients.create_client(ClientForm(**form))
        return client_id

    def edit(self, client_id: str, **fields) -> None:
        form = ClientForm.from_dossier(self.clients.dossier(client_id))
        for k, v in fields.items():
            setattr(form, k, v)
        self.clients.update_client(client_id, form)

    def rows(self, table: str, where: str = "deleted = 0") -> list[dict]:
        cur = self.book.conn.execute(f"SELECT * FROM {table} WHERE {where}")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]

    def outbox(self, state: str = "pending") -> list[tuple]:
        return self.book.query("SELECT seq, entity, entity_id, patch FROM outbox WHERE state = ? ORDER BY seq",
                               (state,))

    def integrity(self) -> list[str]:
        return integrity_problems(self.book.path, self.book.key())

    def state(self) -> dict[tuple[str, str], dict]:
        """Every live record of the book as {field: value}, in the server's terms (booleans as bool)."""
        out = {}
        conn = self.book.conn
        for table in ENTITIES:
            cols = sorted(data_columns(conn, table))
            for row in self.rows(table):
                out[(table, row["id"])] = {c: row[c] for c in cols}
        return out

    def close(self) -> None:
        self.session.close()
        self.transport.close()


def normalised(fields: dict, columns) -> dict:
    return {k: (int(v) if isinstance(v, bool) else v) for k, v in fields.items() if k in columns}


def assert_converged(server: LiveServer, boutique_id: str, *devices: Device) -> None:
    """Every device holds exactly the server's live records, field for field."""
    on_server = server.state(boutique_id)
    live = {k: c for k, c in on_server.items() if not c["deleted"]}
    for device in devices:
        assert device.outbox() == [], "pending changes left after the final sync"
        mine = device.state()
        assert set(mine) == set(live), f"records differ: {set(mine) ^ set(live)}"
        for key, change in live.items():
            local = mine[key]
            assert normalised(change["fields"], local.keys()) == {k: local[k] for k in change["fields"] if k in local}, key


@pytest.fixture
def make_device(server, boutique_id, tmp_path):
    made: list[Device] = []

    def make(name: str = "", *, signed_in: bool = True, login: str = "alice", **options) -> Device:
        device = Device(server, boutique_id, tmp_path / (name or f"laptop{len(made)}"), **options)
        made.append(device)
        if signed_in:
            device.sign_in(login)
        return device

    yield make
    for device in made:
        device.close()
