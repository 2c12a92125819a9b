"""profile_server.demo: the desktop's demo book loaded into a boutique (what `clienteling-server demo` does)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from clienteling.demo import generate_dossiers
from profile_server import db
from profile_server import demo as server_demo

DAY = date(2025, 3, 14)
NOW = datetime(2025, 3, 14, 18, 0, tzinfo=timezone.utc)


def load(api, clients: int, day: date | None = DAY, boutique: str = "paris"):
    conn = api.conn()
    try:
        return server_demo.load(conn, boutique, clients, day, NOW)
    finally:
        conn.close()


def rows(api, boutique: str = "paris") -> dict[tuple[str, str], tuple]:
    """{(entity, id): (change_no, deleted, erased, {field: (value, rev)})} of a boutique."""
    conn = api.conn()
    try:
        out = {(e, i): (n, d, x, {}) for e, i, n, d, x in conn.execute(
            "SELECT entity, id, change_no, deleted, erased FROM record WHERE boutique_id = ?", (boutique,))}
        for e, i, name, value, rev in conn.execute(
                "SELECT entity, record_id, name, value, rev FROM field WHERE boutique_id = ?", (boutique,)):
            out[(e, i)][3][name] = (value, rev)
        return out
    finally:
        conn.close()


def test_the_demo_book_goes_in_at_rev_1_one_change_number_per_record_parents_first(api):
    done = load(api, 4)
    assert (done.day, done.clients, done.added, done.kept) == (DAY, 4, 4, 0)
    expected = [r for d in generate_dossiers(4, seed=7, today=DAY) for r in server_demo.records(d)]
    held = rows(api)
    assert done.records == len(expected) == len(held) == api.counter("paris")
    assert [k for k, _ in sorted(held.items(), key=lambda kv: kv[1][0])] == [(e, i) for e, i, *_ in expected]
    assert {rev for *_, fields in held.values() for _, rev in fields.values()} == {1}
    assert {e for e, _ in held} >= {"client", "relation", "purchase", "note", "consent", "appointment"}
    numbers = {i: n for (e, i), (n, *_) in held.items()}
    for entity, rid, client_id, fields, _ in expected:
        if client_id:
            assert numbers[client_id] < numbers[rid]
        if fields.get("relation_id"):
            assert numbers[fields["relation_id"]] < numbers[rid]


def test_pulled_in_small_pages_every_demo_record_comes_once_with_its_values(api):
    load(api, 3)
    changes, _ = api.pull_all(api.token(), limit=7)
    expected = {(e, i): f for d in generate_dossiers(3, seed=7, today=DAY) for e, i, _, f, _ in server_demo.records(d)}
    assert len(changes) == len(expected) == len({(c["entity"], c["entity_id"]) for c in changes})
    for c in changes:
        assert c["fields"] == expected[(c["entity"], c["entity_id"])]
        assert set(c["revs"].values()) == {1} and c["change_no"] >= 1


def test_a_second_load_tops_up_to_the_count_and_touches_nothing_loaded(api, make_api, settings):
    load(api, 2)
    before = rows(api)
    done = load(api, 3, day=None)  # None: the day of the book already there
    assert (done.day, done.clients, done.added) == (DAY, 3, 1)
    after = rows(api)
    assert {k: v for k, v in after.items() if k in before} == before
    again = load(api, 3)
    assert (again.added, again.records) == (0, 0) and rows(api) == after
    assert load(api, 1).clients == 3  # a smaller count removes nothing
    at_once = make_api(settings)  # another server, the three clients in one load: the same records
    assert load(at_once, 3).added == 3
    assert rows(at_once) == after
    with pytest.raises(server_demo.DemoRefused, match="already in the boutique “paris”"):
        load(api, 3, boutique="milan")  # a record is one boutique's: not twice on one server


def test_edits_deletions_and_erasures_survive_a_second_load(api):
    load(api, 2)
    device = api.device()
    a, b = generate_dossiers(2, seed=7, today=DAY)
    client_a, client_b, phone = a.client.id, b.client.id, a.contacts[0].id
    assert device.results(device.mut("client", client_a, {"city": "Lyon"}, base_revs={"city": 1}),
                          device.mut("contact", phone, op="delete")) == ["applied", "applied"]
    r = api.client.post(f"/v1/clients/{client_b}/erase", headers=api.auth(device.token))
    assert r.status_code == 200, r.text
    before = rows(api)
    load(api, 3)
    after = rows(api)
    assert {k: v for k, v in after.items() if k in before} == before
    assert after[("client", client_a)][3]["city"][0] == '"Lyon"'
    assert after[("contact", phone)][1] == 1 and after[("client", client_b)][2] == 1


def test_records_the_boutique_already_had_under_a_demo_id_are_kept(api):
    first = next(generate_dossiers(1, seed=7, today=DAY))
    device = api.device()
    [status] = device.results(device.mut("client", first.client.id, {"family_name": "Pushed before"}))
    assert status == "applied"
    done = load(api, 1)
    assert (done.added, done.kept) == (1, 1)
    held = rows(api)
    assert held[("client", first.client.id)][3] == {"family_name": ('"Pushed before"', 1)}
    assert len(held) == len(server_demo.records(first))


def test_another_day_or_an_unknown_boutique_is_refused(api):
    load(api, 1)
    before = rows(api)
    with pytest.raises(server_demo.DemoRefused, match="already holds the demo book of 2025-03-14"):
        load(api, 2, day=date(2025, 3, 15))
    assert rows(api) == before
    with pytest.raises(LookupError):
        load(api, 1, boutique="rome")
    assert load(api, 0, boutique="milan").clients == 0  # nothing asked, nothing recorded
