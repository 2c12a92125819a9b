"""Logs never carry a token or a password, and error answers never echo a password."""

from __future__ import annotations

import logging

from .conftest import PASSWORD, new_id


def test_no_token_or_password_in_the_logs(api, caplog):
    caplog.set_level(logging.DEBUG)
    r = api.sign_in("alice")
    token = r.json()["access_token"]
    api.sign_in("alice", "not-the-Password-42")
    dev = api.device("bob")
    cid = dev.new_client()
    dev.push(dev.mut("client", cid, {"city": "Lyon"}, base_revs={"city": None}))
    api.pull(token)
    api.pull(token, "garbage", status=422)
    api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(token))
    api.client.delete("/v1/auth/token", headers=api.auth(token))
    api.client.get("/v1/sync/changes", headers=api.auth(token))
    text = caplog.text
    assert "signed in boutique=paris login=alice" in text and "push boutique=paris" in text
    for secret in (token, dev.token, PASSWORD, "not-the-Password-42"):
        assert secret not in text


def test_validation_errors_do_not_echo_the_password(api):
    secret = "Sup3r-secret-" + "x" * 1100  # too long: rejected by validation
    r = api.client.post("/v1/auth/token", json={"boutique_id": "paris", "login": "alice", "password": secret})
    assert r.status_code == 422
    assert "Sup3r-secret" not in r.text
    r = api.client.post("/v1/auth/token", json={"boutique_id": "paris", "login": ["alice"], "password": "Pw-123456",
                                                "extra": new_id()})
    assert r.status_code == 422 and "Pw-123456" not in r.text
