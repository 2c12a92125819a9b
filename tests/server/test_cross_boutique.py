"""A token sees only its boutique: every endpoint answers 403 when asked about another one."""

from __future__ import annotations

import pytest

from profile_server import sync

from .conftest import new_id


@pytest.fixture
def paris(api):
    """alice's client in Paris, with a relation; marco (Milan) is the intruder."""
    alice = api.device("alice")
    cid, rel = alice.new_client(), new_id()
    assert alice.results(alice.mut("relation", rel, {"client_id": cid, "name": "Marc", "kind": "spouse"})) == ["applied"]
    return alice, cid, rel


def _forbidden(r) -> str:
    assert r.status_code == 403, r.text
    assert isinstance(r.json()["detail"], str)
    return r.json()["detail"]


@pytest.mark.parametrize("what", ["update", "delete", "child", "relation", "new-with-taken-id"])
def test_push_touching_another_boutiques_record_is_403_and_the_batch_is_void(api, paris, what):
    alice, cid, rel = paris
    marco = api.device("marco")
    own = marco.new_client(family_name="Rossi")
    before, counters = api.snapshot(), (api.counter("paris"), api.counter("milan"))
    fine = marco.mut("client", own, {"city": "Milano"}, base_revs={"city": None})
    bad = {
        "update": lambda: marco.mut("client", cid, {"family_name": "Hacked"}, base_revs={"family_name": 99}),
        "delete": lambda: marco.mut("client", cid, op="delete"),
        "child": lambda: marco.mut("note", new_id(), {"client_id": cid, "kind": "style", "body": "x",
                                                      "created_at": "2025-01-01T00:00:00Z"}),
        "relation": lambda: marco.mut("size", new_id(), {"client_id": own, "relation_id": rel, "category": "ring",
                                                         "system": "EU", "value": "50"}),
        "new-with-taken-id": lambda: marco.mut("relation", rel, {"client_id": own, "name": "X", "kind": "friend"}),
    }[what]()
    detail = _forbidden(api.client.post("/v1/sync/push", headers=api.auth(marco.token),
                                        json={"device_id": marco.device_id, "mutations": [fine, bad]}))
    assert "another boutique" in detail
    assert api.snapshot() == before and (api.counter("paris"), api.counter("milan")) == counters


def test_push_naming_another_boutique_in_the_header_is_403(api, paris):
    marco = api.device("marco")
    _forbidden(api.client.post("/v1/sync/push", headers=api.auth(marco.token, **{"X-Boutique-Id": "paris"}),
                               json={"device_id": "d", "mutations": []}))


def test_pull_with_another_boutiques_cursor_or_header_is_403(api, paris):
    alice, cid, rel = paris
    paris_cursor = api.pull(alice.token)["next_cursor"]
    marco = api.token("marco")
    assert "another boutique" in api.pull(marco, paris_cursor, status=403)["detail"]
    assert "another boutique" in api.pull(marco, sync.encode_cursor("paris", 0), status=403)["detail"]
    api.pull(marco, **{"X-Boutique-Id": "paris"}, status=403)
    assert api.pull(marco, **{"X-Boutique-Id": "milan"})["changes"] == []


def test_erasing_another_boutiques_client_is_403(api, paris):
    alice, cid, rel = paris
    marco = api.token("marco")
    before = api.snapshot()
    _forbidden(api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(marco)))
    _forbidden(api.client.post(f"/v1/clients/{new_id()}/erase", headers=api.auth(marco, **{"X-Boutique-Id": "paris"})))
    assert api.snapshot() == before
    assert api.state(alice.token)[("client", cid)]["fields"]["family_name"] == "Dupont"


def test_sign_out_naming_another_boutique_is_403_and_keeps_the_token(api):
    marco = api.token("marco")
    _forbidden(api.client.delete("/v1/auth/token", headers=api.auth(marco, **{"X-Boutique-Id": "paris"})))
    api.pull(marco)


def test_sign_in_naming_another_boutique_in_the_header_is_403(api):
    r = api.client.post("/v1/auth/token", headers={"X-Boutique-Id": "milan"},
                        json={"boutique_id": "paris", "login": "alice", "password": "whatever it is"})
    _forbidden(r)
    assert api.sign_in("alice", boutique="milan").status_code == 401  # paris credentials do not open milan
