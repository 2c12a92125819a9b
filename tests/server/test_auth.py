"""Sign-in, bearer tokens (hashed, expiring, revocable), and 401 on every protected endpoint."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest

from profile_server import Settings, db

from .conftest import PASSWORD, new_id

PROTECTED = [
    ("post", "/v1/sync/push", {"json": {"device_id": "d", "mutations": []}}),
    ("get", "/v1/sync/changes", {}),
    ("post", f"/v1/clients/{new_id()}/erase", {}),
    ("delete", "/v1/auth/token", {}),
]


def test_sign_in_gives_a_bearer_token_stored_only_as_its_hash(api, clock):
    r = api.sign_in("alice")
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"access_token", "token_type", "expires_at", "advisor", "boutique_id"}
    assert body["token_type"] == "bearer" and body["advisor"] == "alice" and body["boutique_id"] == "paris"
    assert len(body["access_token"]) >= 43  # token_urlsafe(32)
    assert db.parse_iso(body["expires_at"]) == clock.now + timedelta(hours=12)
    conn = api.conn()
    rows = conn.execute("SELECT * FROM token").fetchall()
    stored = conn.execute("SELECT password_hash FROM advisor WHERE login = 'alice'").fetchone()[0]
    conn.close()
    assert hashlib.sha256(body["access_token"].encode()).hexdigest() in {r[0] for r in rows}
    assert body["access_token"] not in repr(rows)
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert api.pull(body["access_token"])["changes"] == []


def test_the_real_hasher_is_argon2id_with_recommended_costs():
    from argon2 import Type

    from .conftest import REAL_HASHER

    assert REAL_HASHER.type is Type.ID and REAL_HASHER.time_cost >= 2 and REAL_HASHER.memory_cost >= 19 * 1024
    assert REAL_HASHER.hash("x").startswith("$argon2id$")


def test_each_sign_in_is_a_new_token(api):
    assert api.token("alice") != api.token("alice")


@pytest.mark.parametrize("login,password,boutique", [
    ("alice", "wrong password", "paris"),
    ("nobody", PASSWORD, "paris"),
    ("alice", PASSWORD, "nowhere"),
    ("alice", PASSWORD, "milan"),  # right password, other boutique
])
def test_wrong_credentials_are_401_with_one_readable_message(api, login, password, boutique):
    r = api.sign_in(login, password, boutique)
    assert r.status_code == 401
    assert r.json() == {"detail": "The boutique, login or password is not right."}


def test_malformed_sign_in_is_422(api):
    r = api.client.post("/v1/auth/token", json={"boutique_id": "paris", "login": "alice"})
    assert r.status_code == 422
    assert "password" in r.json()["detail"] and isinstance(r.json()["detail"], str)


@pytest.mark.parametrize("method,path,kwargs", PROTECTED)
@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer not-a-token", "Basic YWxpY2U6eA=="])
def test_every_endpoint_needs_a_valid_bearer_token(api, method, path, kwargs, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    r = getattr(api.client, method)(path, headers=headers, **kwargs)
    assert r.status_code == 401, r.text
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]
    assert r.headers["www-authenticate"] == "Bearer"


def test_expired_token_is_refused(api, clock):
    token = api.token()
    clock.advance(hours=11, minutes=59)
    api.pull(token)
    clock.advance(minutes=1)
    r = api.client.get("/v1/sync/changes", headers=api.auth(token))
    assert r.status_code == 401
    assert "expired" in r.json()["detail"]


def test_token_lifetime_is_configurable(make_api, clock):
    api = make_api(Settings(token_ttl_seconds=60, rate_limit_per_minute=0, sign_in_per_minute=0, clock=clock))
    r = api.sign_in()
    assert db.parse_iso(r.json()["expires_at"]) == clock.now + timedelta(seconds=60)
    clock.advance(seconds=61)
    assert api.client.get("/v1/sync/changes", headers=api.auth(r.json()["access_token"])).status_code == 401


def test_sign_out_revokes_only_that_token(api):
    first, second = api.token(), api.token()
    r = api.client.delete("/v1/auth/token", headers=api.auth(first))
    assert r.status_code == 204 and r.content == b""
    for method, path, kwargs in PROTECTED:
        r = getattr(api.client, method)(path, headers=api.auth(first), **kwargs)
        assert r.status_code == 401, path
        assert "signed out" in r.json()["detail"]
    api.pull(second)


def test_new_password_signs_out_old_sessions(api, clock):
    from profile_server import auth

    from .conftest import CHEAP

    token = api.token()
    conn = api.conn()
    assert auth.add_advisor(conn, "paris", "alice", "another long password", clock.now, replace=True, hasher=CHEAP)
    conn.close()
    assert api.client.get("/v1/sync/changes", headers=api.auth(token)).status_code == 401
    assert api.sign_in("alice", PASSWORD).status_code == 401
    assert api.sign_in("alice", "another long password").status_code == 200


def test_sign_in_attempts_are_rate_limited_per_login(make_api, clock):
    api = make_api(Settings(sign_in_per_minute=2, sign_in_burst=2, rate_limit_per_minute=0, clock=clock))
    assert api.sign_in("alice", "guess 1").status_code == 401
    assert api.sign_in("alice", "guess 2").status_code == 401
    r = api.sign_in("alice", PASSWORD)
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1
    assert api.sign_in("bob").status_code == 200
