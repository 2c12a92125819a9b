"""Erasure (right to be forgotten): data gone, data-free tombstones, "erased" for later mutations."""

from __future__ import annotations

from pathlib import Path

from profile_server import db

from .conftest import new_id

SECRET_NAME = "Xanthippe-Quellenberg"


def _dossier(dev) -> tuple[str, dict[str, str]]:
    cid = dev.new_client(family_name=SECRET_NAME, address="12 avenue Montaigne")
    ids = {e: new_id() for e in ("contact", "relation", "important_date", "note", "consent", "size")}
    results = dev.push(
        dev.mut("contact", ids["contact"], {"client_id": cid, "kind": "email", "value": "xq@example.com"}),
        dev.mut("relation", ids["relation"], {"client_id": cid, "name": "Marc", "kind": "spouse"}),
        dev.mut("important_date", ids["important_date"], {"client_id": cid, "relation_id": ids["relation"],
                                                          "kind": "birthday", "month": 2, "day": 29}),
        dev.mut("note", ids["note"], {"client_id": cid, "kind": "gift_idea", "body": f"{SECRET_NAME} loves jade",
                                      "created_at": "2025-05-01T10:00:00Z"}),
        dev.mut("consent", ids["consent"], {"client_id": cid, "channel": "email", "status": "granted",
                                            "at": "2025-05-01T10:00:00Z"}),
        dev.mut("size", ids["size"], {"client_id": cid, "category": "ring", "system": "EU", "value": "52"}))
    assert {r["status"] for r in results} == {"applied"}
    return cid, ids


def test_erase_removes_the_data_and_leaves_data_free_tombstones(api):
    alice, bob = api.device("alice"), api.device("bob")
    cid, ids = _dossier(alice)
    other = alice.new_client(family_name="Other")
    # a stored conflict answer holds the server's value: it must go too
    [c] = bob.push(bob.mut("client", cid, {"family_name": "Changed"}, base_revs={"family_name": None}))
    assert c["conflicts"][0]["server_value"] == SECRET_NAME
    cursor = api.pull(bob.token)["next_cursor"]
    r = api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(alice.token))
    assert r.status_code == 200
    assert r.json() == {"client_id": cid, "erased": True, "records_erased": 7}
    changes = api.pull(bob.token, cursor)["changes"]
    assert {(c["entity"], c["entity_id"]) for c in changes} == {("client", cid), *((e, i) for e, i in ids.items())}
    for change in changes:
        assert (change["deleted"], change["erased"], change["fields"], change["revs"]) == (True, True, {}, {})
    assert api.state(bob.token)[("client", other)]["erased"] is False
    conn = api.conn()
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert SECRET_NAME not in dump and "Montaigne" not in dump and "xq@example.com" not in dump
    raw = b"".join(p.read_bytes() for p in Path(api.path).parent.glob(Path(api.path).name + "*"))
    assert SECRET_NAME.encode() not in raw


def test_after_erasure_every_mutation_on_it_is_erased_and_changes_nothing(api):
    dev = api.device()
    cid, ids = _dossier(dev)
    assert api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(dev.token)).status_code == 200
    before = api.snapshot()
    results = dev.push(
        dev.mut("client", cid, {"family_name": SECRET_NAME}, base_revs={"family_name": 99}),
        dev.mut("client", cid, {"deleted": False}),
        dev.mut("note", ids["note"], {"body": "again"}),
        dev.mut("note", new_id(), {"client_id": cid, "kind": "style", "body": "new", "created_at": "2025-06-01T00:00Z"}),
        dev.mut("size", new_id(), {"client_id": cid, "relation_id": ids["relation"], "category": "ring",
                                   "system": "EU", "value": "50"}),
        dev.mut("contact", ids["contact"], op="delete"))
    assert [r["status"] for r in results] == ["erased"] * 6
    assert all("erased" in r["message"] for r in results)
    after = api.snapshot()
    assert after["record"] == before["record"] and after["field"] == before["field"]
    assert after["counter"] == before["counter"]


def test_erasing_twice_is_harmless_and_unknown_clients_are_404(api):
    dev = api.device()
    cid = dev.new_client()
    first = api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(dev.token))
    counter = api.counter()
    again = api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(dev.token))
    assert (first.json()["records_erased"], again.json()["records_erased"]) == (1, 0)
    assert api.counter() == counter
    for missing in (new_id(), "not-a-uuid"):
        r = api.client.post(f"/v1/clients/{missing}/erase", headers=api.auth(dev.token))
        assert r.status_code == 404 and r.json()["detail"] == "No client with this id."


def test_erasure_tombstones_survive_purge(api, clock):
    dev = api.device()
    cid = dev.new_client()
    api.client.post(f"/v1/clients/{cid}/erase", headers=api.auth(dev.token))
    clock.advance(days=400)
    conn = api.conn()
    assert db.purge(conn, clock.now)["paris"] == (0, 0)
    conn.close()
    dev.token = api.token()  # the old one expired long ago
    assert dev.results(dev.mut("client", cid, {"family_name": "Back"})) == ["erased"]
