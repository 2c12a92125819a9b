"""Push: applied, duplicate replay, field-level merge and conflicts, rejects, 413, 422, tombstones."""

from __future__ import annotations

import pytest

from .conftest import new_id


def test_new_records_are_applied_with_a_rev_per_field(api):
    dev = api.device()
    cid, note = new_id(), new_id()
    results = dev.push(
        dev.mut("client", cid, {"family_name": "张", "given_name": "伟", "do_not_contact": 0}),
        dev.mut("note", note, {"client_id": cid, "kind": "conversation", "body": "Likes green.",
                               "created_at": "2025-05-01T10:00:00.000000Z", "author": "alice"}))
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert results[0]["revs"] == {"family_name": 1, "given_name": 1, "do_not_contact": 1}
    assert set(results[1]["revs"].values()) == {2}
    assert results[0]["conflicts"] == [] and results[0]["mutation_id"] and results[0]["seq"] == 1
    state = api.state(dev.token)
    assert state[("client", cid)]["fields"] == {"family_name": "张", "given_name": "伟", "do_not_contact": False}
    assert state[("note", note)]["fields"]["client_id"] == cid
    assert api.counter() == 2


def test_replayed_batch_is_all_duplicate_and_changes_nothing(api):
    dev = api.device()
    cid = dev.new_client()
    batch = [dev.mut("client", cid, {"city": "Paris"}, base_revs={"city": None}),
             dev.mut("contact", new_id(), {"client_id": cid, "kind": "email", "value": "h@example.com"}),
             dev.mut("client", cid, {"tier": "nope"}),  # rejected
             dev.mut("client_tag", new_id(), {"client_id": cid, "tag": "VIC"})]
    first = dev.push(*batch)
    assert [r["status"] for r in first] == ["applied", "applied", "rejected", "applied"]
    before, counter = api.snapshot(), api.counter()
    again = dev.push(*batch)
    assert [r["status"] for r in again] == ["duplicate"] * 4
    assert [r["first_status"] for r in again] == ["applied", "applied", "rejected", "applied"]
    assert [r["revs"] for r in again] == [r["revs"] for r in first]
    assert [r["mutation_id"] for r in again] == [m["mutation_id"] for m in batch]
    assert api.snapshot() == before and api.counter() == counter


def test_same_mutation_id_or_old_seq_is_a_duplicate(api):
    dev = api.device()
    cid = dev.new_client()
    m = dev.mut("client", cid, {"city": "Lyon"}, base_revs={"city": None})
    assert dev.results(m) == ["applied"]
    counter = api.counter()
    renumbered = {**m, "seq": 99}  # same mutation_id, new seq
    old_seq = {**dev.mut("client", cid, {"city": "Nice"}), "seq": 1}  # new id, seq already processed
    [r1, r2] = dev.push(renumbered, old_seq)
    assert (r1["status"], r2["status"]) == ("duplicate", "duplicate")
    assert r1["first_status"] == "applied" and r1["revs"] == {"city": 2}
    assert "already used by another mutation" in r2["message"] and r2["revs"] == {}
    assert api.state(dev.token)[("client", cid)]["fields"]["city"] == "Lyon"
    assert api.counter() == counter


def test_each_device_has_its_own_sequence(api):
    a, b = api.device(device_id="laptop-a"), api.device(device_id="laptop-b")
    assert a.results(a.mut("client", new_id(), {"family_name": "A"})) == ["applied"]
    assert b.results(b.mut("client", new_id(), {"family_name": "B"})) == ["applied"]  # seq 1 again, other device


@pytest.fixture
def two_devices(api):
    """alice and bob have both pulled the same client (record rev = change 1)."""
    alice, bob = api.device("alice"), api.device("bob")
    cid = alice.new_client(city="Paris", tier="gold")
    rev = api.state(bob.token)[("client", cid)]["change_no"]
    return alice, bob, cid, rev


def test_same_field_changed_on_both_sides_keeps_the_server_value(api, two_devices):
    alice, bob, cid, rev = two_devices
    [a] = alice.push(alice.mut("client", cid, {"city": "Lyon"}, base_revs={"city": rev}))
    assert a["status"] == "applied" and a["revs"]["city"] > rev
    [b] = bob.push(bob.mut("client", cid, {"city": "Nice"}, base_revs={"city": rev}))
    assert b["status"] == "conflict"
    assert b["conflicts"] == [{"field": "city", "server_value": "Lyon", "server_rev": a["revs"]["city"]}]
    assert "city" in b["message"]
    assert api.state(bob.token)[("client", cid)]["fields"]["city"] == "Lyon"
    # "keep mine": bob resolves with a new mutation based on the server's rev
    [c] = bob.push(bob.mut("client", cid, {"city": "Nice"}, base_revs={"city": b["conflicts"][0]["server_rev"]}))
    assert c["status"] == "applied"
    assert api.state(alice.token)[("client", cid)]["fields"]["city"] == "Nice"


def test_different_fields_merge(api, two_devices):
    alice, bob, cid, rev = two_devices
    assert alice.results(alice.mut("client", cid, {"city": "Lyon"}, base_revs={"city": rev})) == ["applied"]
    assert bob.results(bob.mut("client", cid, {"tier": "vic"}, base_revs={"tier": rev})) == ["applied"]
    fields = api.state(alice.token)[("client", cid)]["fields"]
    assert (fields["city"], fields["tier"]) == ("Lyon", "vic")


def test_a_conflicting_field_does_not_stop_the_others(api, two_devices):
    alice, bob, cid, rev = two_devices
    alice.push(alice.mut("client", cid, {"city": "Lyon"}, base_revs={"city": rev}))
    [b] = bob.push(bob.mut("client", cid, {"city": "Nice", "tier": "vic", "address": "1 rue X"},
                           base_revs={"city": rev, "tier": rev, "address": None}))
    assert b["status"] == "conflict"
    assert [c["field"] for c in b["conflicts"]] == ["city"]
    assert set(b["revs"]) == {"tier", "address"}
    fields = api.state(bob.token)[("client", cid)]["fields"]
    assert (fields["city"], fields["tier"], fields["address"]) == ("Lyon", "vic", "1 rue X")


def test_same_value_on_both_sides_is_applied_without_a_new_change(api, two_devices):
    alice, bob, cid, rev = two_devices
    [a] = alice.push(alice.mut("client", cid, {"city": "Lyon"}, base_revs={"city": rev}))
    counter = api.counter()
    [b] = bob.push(bob.mut("client", cid, {"city": "Lyon"}, base_revs={"city": rev}))
    assert b["status"] == "applied" and b["revs"] == {"city": a["revs"]["city"]}
    assert api.counter() == counter


def test_a_field_never_synced_from_the_device_conflicts_if_the_server_has_another_value(api, two_devices):
    alice, bob, cid, rev = two_devices
    [b] = bob.push(bob.mut("client", cid, {"tier": "vic"}, base_revs={"tier": None}))
    assert b["status"] == "conflict" and b["conflicts"][0]["server_value"] == "gold"


@pytest.mark.parametrize("entity,patch,words", [
    ("horoscope", {"sign": "x"}, "Unknown entity"),
    ("client", {"favourite_colour": "green"}, "no field"),
    ("client", {"family_name": 42}, "must be text"),
    ("client", {"do_not_contact": "yes"}, "true or false"),
    ("client", {"tier": "diamond"}, "not a valid client.tier"),
    ("client", {"created_at": "yesterday"}, "not an ISO 8601 time"),
    ("client", {"given_name": "x" * 201}, "too long"),
    ("client", {"country": "France"}, "too long"),
    ("client", {"city": "Paris"}, "at least a family name"),
    ("important_date", {"client_id": "CLIENT", "kind": "birthday", "month": "May", "day": 1}, "whole number"),
    ("important_date", {"client_id": "CLIENT", "kind": "birthday", "month": 13, "day": 1}, "between 1 and 12"),
    ("wishlist_item", {"client_id": "CLIENT", "description": "Bag", "status": "open", "added_on": "1/5/2025"},
     "not a date"),
    ("note", {"client_id": "CLIENT", "kind": "conversation", "created_at": "2025-05-01T10:00:00Z"}, "needs body"),
    ("note", {"client_id": new_id(), "kind": "style", "body": "x", "created_at": "2025-05-01T10:00:00Z"},
     "unknown to the server"),
    ("contact", {"client_id": "not-a-uuid", "kind": "phone", "value": "+33"}, "must be a record id"),
    ("client", {"deleted": "maybe", "family_name": "X"}, "deleted must be true or false"),
])
def test_invalid_mutations_are_rejected_with_a_reason_and_the_rest_applies(api, entity, patch, words):
    dev = api.device()
    cid = dev.new_client()
    patch = {k: (cid if v == "CLIENT" else v) for k, v in patch.items()}
    bad_id = new_id()
    bad, good = dev.push(dev.mut(entity, bad_id, patch), dev.mut("client_tag", new_id(),
                                                                  {"client_id": cid, "tag": "ok"}))
    assert bad["status"] == "rejected", bad
    assert words in bad["message"]
    assert bad["revs"] == {} and good["status"] == "applied"
    assert bad_id not in {r[1] for r in api.snapshot()["record"]}


def test_bad_record_id_and_relation_of_another_client_are_rejected(api):
    dev = api.device()
    c1, c2, rel = dev.new_client(), dev.new_client(), new_id()
    assert dev.results(dev.mut("relation", rel, {"client_id": c1, "name": "Marc", "kind": "spouse"})) == ["applied"]
    [r1, r2] = dev.push(
        dev.mut("client", "42", {"family_name": "X"}),
        dev.mut("size", new_id(), {"client_id": c2, "relation_id": rel, "category": "shoe", "system": "EU",
                                   "value": "42"}))
    assert (r1["status"], r2["status"]) == ("rejected", "rejected")
    assert "UUID" in r1["message"] and "another client" in r2["message"]


def test_purchases_are_read_only_for_devices(api):
    dev = api.device()
    cid = dev.new_client()
    [r] = dev.push(dev.mut("purchase", new_id(), {"client_id": cid, "purchased_on": "2025-01-02", "item": "Bag",
                                                  "category": "leather_goods", "amount": "100", "currency": "EUR"}))
    assert r["status"] == "rejected" and "point of sale" in r["message"]


def test_more_than_200_mutations_is_413(api):
    dev = api.device()
    before = api.snapshot()
    body = dev.push(*[dev.mut("client", new_id(), {"family_name": f"N{i}"}) for i in range(201)], status=413)
    assert "at most 200" in body["detail"]
    assert api.snapshot() == before
    assert len(dev.push(*[dev.mut("client", new_id(), {"family_name": f"N{i}"}) for i in range(200)])) == 200


@pytest.mark.parametrize("body", [
    b'{"device_id": "d", "mutations": [',
    b'{"device_id": "d", "mutations": [{"seq": 1, "mutation_id": "m", "entity": "client", "entity_id": "x",'
    b' "op": "merge"}]}',
    b'{"mutations": []}',
    b'{"device_id": "d", "mutations": [{"seq": "one", "mutation_id": "m", "entity": "client", "entity_id": "x",'
    b' "op": "upsert", "base_revs": {"a": "old"}}]}',
    b'[]',
])
def test_malformed_push_is_422_with_a_readable_message(api, body):
    token = api.token()
    r = api.client.post("/v1/sync/push", content=body,
                        headers=api.auth(token, **{"Content-Type": "application/json"}))
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail.startswith("The request is malformed")


def test_delete_leaves_a_tombstone_and_revive_needs_an_explicit_undelete(api, two_devices):
    alice, bob, cid, rev = two_devices
    [d] = alice.push(alice.mut("client", cid, op="delete", base_revs={"_record": rev}))
    assert d["status"] == "applied" and d["revs"]["deleted"] > rev
    change = api.state(alice.token)[("client", cid)]
    assert change["deleted"] is True and change["erased"] is False and change["fields"] == {}
    assert alice.push(alice.mut("client", cid, op="delete"))[0]["message"] == "Already deleted."
    [b] = bob.push(bob.mut("client", cid, {"city": "Lyon"}, base_revs={"city": rev}))
    assert b["status"] == "conflict"
    assert b["conflicts"] == [{"field": "deleted", "server_value": True, "server_rev": d["revs"]["deleted"]}]
    assert api.state(bob.token)[("client", cid)]["deleted"] is True
    [k] = bob.push(bob.mut("client", cid, {"deleted": 0}))
    assert k["status"] == "applied" and "deleted" in k["revs"]
    change = api.state(bob.token)[("client", cid)]
    assert change["deleted"] is False and change["fields"]["city"] == "Lyon"


def test_delete_of_an_unknown_record_changes_nothing(api):
    dev = api.device()
    counter = api.counter()
    [r] = dev.push(dev.mut("note", new_id(), op="delete"))
    assert r["status"] == "applied" and api.counter() == counter


def test_change_numbers_are_unique_and_increasing(api):
    dev = api.device()
    cids = [dev.new_client() for _ in range(3)]
    dev.push(*[dev.mut("client", c, {"city": "Rome"}, base_revs={"city": None}) for c in cids])
    numbers = [c["change_no"] for c in api.pull_all(dev.token)[0]]
    assert numbers == sorted(set(numbers)) and max(numbers) == api.counter() == 6
