"""Overload: 429 per token and 503 for too many sync requests in flight, both with Retry-After; 413 bodies."""

from __future__ import annotations

import threading
import time

import pytest

from profile_server import Settings
from profile_server.limits import ConcurrencyLimiter, RateLimiter


def test_rate_limit_per_token_is_429_with_retry_after(make_api, clock):
    api = make_api(Settings(rate_limit_per_minute=6, rate_limit_burst=3, sign_in_per_minute=0, clock=clock))
    busy, other = api.token("alice"), api.token("bob")
    for _ in range(3):
        api.pull(busy)
    r = api.client.get("/v1/sync/changes", headers=api.auth(busy))
    assert r.status_code == 429
    assert r.headers["retry-after"] == "10"  # one request per 10 s at 6/min
    assert "try again in 10 s" in r.json()["detail"]
    assert api.client.post("/v1/sync/push", headers=api.auth(busy),
                           json={"device_id": "d", "mutations": []}).status_code == 429
    api.pull(other)  # another token has its own budget


def test_rate_limiter_refills():
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    assert [limiter.hit("k") for _ in range(3)] == [0, 0, 1]
    now[0] += 0.5
    assert limiter.hit("k") == 1
    now[0] += 0.6
    assert limiter.hit("k") == 0
    assert RateLimiter(per_minute=0, burst=1).hit("k") == 0


def test_too_many_sync_requests_in_flight_is_503_with_retry_after(make_api, clock):
    api = make_api(Settings(max_in_flight_sync=1, busy_retry_after=3, rate_limit_per_minute=0,
                            sign_in_per_minute=0, clock=clock))
    token = api.token()
    slots: ConcurrencyLimiter = api.client.app.state.sync_slots
    assert slots.try_acquire()  # one request is being served
    try:
        for r in (api.client.get("/v1/sync/changes", headers=api.auth(token)),
                  api.client.post("/v1/sync/push", headers=api.auth(token), json={"device_id": "d", "mutations": []})):
            assert r.status_code == 503
            assert r.headers["retry-after"] == "3"
            assert r.json() == {"detail": "The server is busy; try again in 3 s."}
        assert api.sign_in().status_code == 200  # sign-in is not a sync request
    finally:
        slots.release()
    api.pull(token)
    assert slots.in_flight == 0


def test_concurrent_requests_beyond_the_limit_get_503(make_api, clock, monkeypatch):
    api = make_api(Settings(max_in_flight_sync=2, rate_limit_per_minute=0, sign_in_per_minute=0, clock=clock))
    token = api.token()
    from profile_server import sync

    gate, real = threading.Event(), sync.changes

    def slow(*args, **kwargs):
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(sync, "changes", slow)
    codes: list[int] = []

    def call():
        codes.append(api.client.get("/v1/sync/changes", headers=api.auth(token)).status_code)

    threads = [threading.Thread(target=call) for _ in range(2)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 5
    while api.client.app.state.sync_slots.in_flight < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    call()
    gate.set()
    for t in threads:
        t.join(5)
    assert sorted(codes) == [200, 200, 503]


def test_body_larger_than_the_limit_is_413(make_api, clock):
    api = make_api(Settings(max_body_bytes=2000, rate_limit_per_minute=0, sign_in_per_minute=0, clock=clock))
    token = api.token()
    big = {"device_id": "d", "mutations": [{"seq": 1, "mutation_id": "m", "entity": "note", "entity_id": "x",
                                            "op": "upsert", "patch": {"body": "x" * 3000}}]}
    r = api.client.post("/v1/sync/push", headers=api.auth(token), json=big)
    assert r.status_code == 413 and "larger than 2000 bytes" in r.json()["detail"]

    def chunks():  # no Content-Length: counted as it arrives
        yield b'{"device_id": "d", "mutations": [], "pad": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}'

    r = api.client.post("/v1/sync/push", headers=api.auth(token, **{"Content-Type": "application/json"}),
                        content=chunks())
    assert r.status_code == 413
    small = api.client.post("/v1/sync/push", headers=api.auth(token), json={"device_id": "d", "mutations": []})
    assert small.status_code == 200


@pytest.mark.parametrize("limit,expected", [(0, True), (1, True)])
def test_concurrency_limiter_counts(limit, expected):
    slots = ConcurrencyLimiter(limit)
    assert slots.try_acquire() is expected
    if limit == 1:
        assert slots.try_acquire() is False
    slots.release()
