"""Pull: pages in change order, opaque cursor, no skips or repeats, 422 / 410 cursors."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from profile_server import db, sync


def test_an_empty_boutique_pulls_nothing_and_the_cursor_resumes(api):
    dev = api.device()
    page = api.pull(dev.token)
    assert page == {"changes": [], "next_cursor": page["next_cursor"], "has_more": False}
    cid = dev.new_client()
    page = api.pull(dev.token, page["next_cursor"])
    assert [c["entity_id"] for c in page["changes"]] == [cid]
    assert api.pull(dev.token, page["next_cursor"])["changes"] == []


def test_a_change_has_the_documented_shape(api):
    dev = api.device()
    cid = dev.new_client(do_not_contact=True)
    [change] = api.pull(dev.token)["changes"]
    assert change == {"entity": "client", "entity_id": cid, "change_no": 1, "deleted": False, "erased": False,
                      "fields": {"family_name": "Dupont", "given_name": "Héloïse", "do_not_contact": True},
                      "revs": {"family_name": 1, "given_name": 1, "do_not_contact": 1}}


def test_pages_never_skip_or_repeat_even_while_others_write(api):
    alice, bob = api.device("alice"), api.device("bob")
    made = [alice.new_client(family_name=f"Client {i:02}") for i in range(25)]
    seen, cursor, pages = [], None, 0
    while True:
        page = api.pull(bob.token, cursor, limit=7)
        pages += 1
        seen += page["changes"]
        assert len(page["changes"]) <= 7
        if pages == 1:  # alice edits a record bob has already pulled, and adds one, mid-way
            alice.push(alice.mut("client", made[0], {"city": "Lyon"}, base_revs={"city": None}))
            made.append(alice.new_client(family_name="Late"))
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    numbers = [c["change_no"] for c in seen]
    assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))
    assert {c["entity_id"] for c in seen} == set(made)
    latest = {c["entity_id"]: c for c in seen}
    assert latest[made[0]]["fields"]["city"] == "Lyon"  # the edit came later in the stream
    assert pages == 4 and len(seen) == 27
    assert api.pull(bob.token, cursor)["changes"] == []


def test_has_more_is_exact_at_a_page_boundary(api):
    dev = api.device()
    for _ in range(4):
        dev.new_client()
    first = api.pull(dev.token, limit=2)
    second = api.pull(dev.token, first["next_cursor"], limit=2)
    assert first["has_more"] is True and second["has_more"] is False and len(second["changes"]) == 2


def test_a_record_changed_many_times_appears_once_with_its_latest_state(api):
    dev = api.device()
    cid = dev.new_client()
    for city in ("Lyon", "Nice", "Lille"):
        [r] = dev.push(dev.mut("client", cid, {"city": city}, base_revs={"city": api.counter()}))
        assert r["status"] == "applied"
    [change] = api.pull(dev.token)["changes"]
    assert change["fields"]["city"] == "Lille" and change["change_no"] == 4 and change["revs"]["family_name"] == 1


@pytest.mark.parametrize("limit", [0, -1, 1001, "many"])
def test_limit_out_of_range_is_422(api, limit):
    body = api.pull(api.token(), limit=limit, status=422)
    assert "limit" in body["detail"]


@pytest.mark.parametrize("cursor", [
    "garbage!!",
    base64.urlsafe_b64encode(b"c1:paris").decode(),
    base64.urlsafe_b64encode(b"c1:paris:-3:0").decode(),
    base64.urlsafe_b64encode(b"v9:paris:3:0").decode(),
    base64.urlsafe_b64encode(b"\xff\xfe").decode(),
])
def test_malformed_cursor_is_422(api, cursor):
    body = api.pull(api.token(), cursor, status=422)
    assert "cursor" in body["detail"]


def test_cursor_ahead_of_the_server_is_410(api):
    body = api.pull(api.token(), sync.encode_cursor("paris", 50), status=410)
    assert "Resync from scratch" in body["detail"]


def test_cursor_older_than_the_purged_tombstones_is_410(api, clock):
    dev = api.device()
    keep, gone = dev.new_client(), dev.new_client()
    old_cursor = api.pull(dev.token)["next_cursor"]  # has seen both clients alive
    before_delete = sync.encode_cursor("paris", 1)
    dev.push(dev.mut("client", gone, op="delete"))
    after_delete = api.pull(dev.token, old_cursor)["next_cursor"]
    clock.advance(days=31)
    conn = api.conn()
    done = db.purge(conn, clock.now - timedelta(days=30))
    conn.close()
    assert done["paris"] == (1, 3) and done["milan"] == (0, 0)
    dev.token = api.token()  # a month later: a new sign-in
    for cursor in (old_cursor, before_delete):
        body = api.pull(dev.token, cursor, status=410)
        assert "Resync from scratch" in body["detail"] and "without a cursor" in body["detail"]
    assert api.pull(dev.token, after_delete)["changes"] == []
    full = api.pull(dev.token)  # the resync: no cursor = from the start
    assert [c["entity_id"] for c in full["changes"]] == [keep]
    assert api.pull(dev.token, full["next_cursor"])["changes"] == []


def test_a_resync_after_a_purge_pages_below_the_horizon(api, clock):
    dev = api.device()
    alive = [dev.new_client() for _ in range(3)]
    doomed = dev.new_client()
    dev.push(dev.mut("client", doomed, op="delete"))
    alive.append(dev.new_client())
    conn = api.conn()
    db.purge(conn, clock.now + timedelta(seconds=1))
    conn.close()
    seen, cursor = [], None
    while True:  # one record per page: every cursor but the last is below the horizon (5)
        page = api.pull(dev.token, cursor, limit=1)
        seen += [c["entity_id"] for c in page["changes"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == alive


def test_recent_tombstones_are_not_purged(api, clock):
    dev = api.device()
    cid = dev.new_client()
    dev.push(dev.mut("client", cid, op="delete"))
    conn = api.conn()
    assert db.purge(conn, clock.now - timedelta(days=30))["paris"] == (0, 0)
    conn.close()
    assert api.pull(dev.token, sync.encode_cursor("paris", 0))["changes"][0]["deleted"] is True


def test_pull_reads_only_its_own_boutique(api):
    alice, marco = api.device("alice"), api.device("marco")
    alice.new_client()
    mine = marco.new_client(family_name="Rossi")
    assert [c["entity_id"] for c in api.pull(marco.token)["changes"]] == [mine]
    assert api.counter("milan") == 1 and api.counter("paris") == 1
