"""A fresh profile server per test: boutiques paris and milan, advisors alice and bob (paris), marco (milan).

Advisors get cheap Argon2id parameters so sign-ins are fast; the clock is a fixture the
tests can move (token expiry, purge horizon).
"""

from __future__ import annotations

import sqlite3
import uuid
import warnings
from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher

with warnings.catch_warnings():  # starlette's "use httpx2" notice, not ours
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from profile_server import Settings, auth, db
from profile_server.app import create_app

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # still Argon2id
REAL_HASHER = auth.HASHER
PASSWORD = "correct horse battery staple"
ADVISORS = {"alice": "paris", "bob": "paris", "marco": "milan"}


def new_id() -> str:
    return str(uuid.uuid4())


class Clock:
    def __init__(self):
        self.now = datetime.now(timezone.utc)

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)

    def __call__(self) -> datetime:
        return self.now


class Device:
    """What a laptop does: numbers its mutations and pushes them in batches."""

    def __init__(self, api: "Api", token: str, device_id: str | None = None):
        self.api, self.token = api, token
        self.device_id = device_id or f"laptop-{uuid.uuid4().hex[:8]}"
        self.seq = 0

    def mut(self, entity: str, entity_id: str, patch: dict | None = None, *, op: str = "upsert",
            base_revs: dict | None = None) -> dict:
        self.seq += 1
        return {"seq": self.seq, "mutation_id": new_id(), "entity": entity, "entity_id": entity_id, "op": op,
                "patch": patch or {}, "base_revs": base_revs or {}}

    def push(self, *mutations: dict, status: int = 200):
        r = self.api.client.post("/v1/sync/push", headers=self.api.auth(self.token),
                                 json={"device_id": self.device_id, "mutations": list(mutations)})
        assert r.status_code == status, r.text
        return r.json()["results"] if status == 200 else r.json()

    def results(self, *mutations: dict) -> list[str]:
        return [r["status"] for r in self.push(*mutations)]

    def new_client(self, **fields) -> str:
        cid = new_id()
        [res] = self.push(self.mut("client", cid, {"family_name": "Dupont", "given_name": "Héloïse", **fields}))
        assert res["status"] == "applied", res
        return cid


class Api:
    def __init__(self, client: TestClient, path: str, clock: Clock):
        self.client, self.path, self.clock = client, path, clock

    @staticmethod
    def auth(token: str, **extra) -> dict:
        return {"Authorization": f"Bearer {token}", **extra}

    def sign_in(self, login: str = "alice", password: str = PASSWORD, boutique: str | None = None):
        return self.client.post("/v1/auth/token", json={"boutique_id": boutique or ADVISORS.get(login, "paris"),
                                                        "login": login, "password": password})

    def token(self, login: str = "alice") -> str:
        r = self.sign_in(login)
        assert r.status_code == 200, r.text
        return r.json()["access_token"]

    def device(self, login: str = "alice", device_id: str | None = None) -> Device:
        return Device(self, self.token(login), device_id)

    def pull(self, token: str, cursor: str | None = None, limit: int | None = None, status: int = 200, **headers):
        params = {k: v for k, v in (("cursor", cursor), ("limit", limit)) if v is not None}
        r = self.client.get("/v1/sync/changes", params=params, headers=self.auth(token, **headers))
        assert r.status_code == status, r.text
        return r.json()

    def pull_all(self, token: str, cursor: str | None = None, limit: int = 500) -> tuple[list[dict], str]:
        out = []
        while True:
            page = self.pull(token, cursor, limit)
            out += page["changes"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return out, cursor

    def state(self, token: str) -> dict[tuple[str, str], dict]:
        """The boutique as a device that pulled everything sees it."""
        return {(c["entity"], c["entity_id"]): c for c in self.pull_all(token)[0]}

    def conn(self) -> sqlite3.Connection:
        return db.connect(self.path)

    def counter(self, boutique: str = "paris") -> int:
        conn = self.conn()
        try:
            return db.counter(conn, boutique)[0]
        finally:
            conn.close()

    def snapshot(self) -> dict[str, list]:
        """Every data table, to prove a request changed nothing."""
        conn = self.conn()
        try:
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                    for t in ("record", "field", "counter", "device", "mutation_result")}
        finally:
            conn.close()


def seed(path: str, now: datetime) -> None:
    conn = db.connect(path)
    try:
        for boutique in ("paris", "milan"):
            db.add_boutique(conn, boutique, boutique.title(), now)
        for login, boutique in ADVISORS.items():
            auth.add_advisor(conn, boutique, login, PASSWORD, now, hasher=CHEAP)
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    """Argon2id with tiny costs, so the suite stays fast (test_auth checks the real parameters)."""
    monkeypatch.setattr(auth, "HASHER", CHEAP)
    auth._dummy_hash.cache_clear()
    yield
    auth._dummy_hash.cache_clear()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(clock) -> Settings:
    """Generous limits; tests about limits build their own."""
    return Settings(rate_limit_per_minute=0, sign_in_per_minute=0, clock=clock)


@pytest.fixture
def make_api(tmp_path, clock):
    made = []

    def make(settings: Settings) -> Api:
        path = str(tmp_path / f"server{len(made)}.db")
        app = create_app(path, settings)
        seed(path, clock.now)
        client = TestClient(app)
        made.append(client)
        return Api(client, path, clock)

    yield make
    for client in made:
        client.close()


@pytest.fixture
def api(make_api, settings) -> Api:
    return make_api(settings)
