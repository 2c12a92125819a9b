"""Two laptops editing the same client against the real server: merges, conflicts, resolutions."""

from __future__ import annotations

import json

import pytest

from .conftest import assert_converged


@pytest.fixture
def pair(make_device):
    """Laptops a (alice) and b (bob) holding the same synced client; returns (a, b, client id)."""
    a, b = make_device("a"), make_device("b", login="bob")
    client_id = a.new_client(city="Paris", tier="client", phones=[("mobile", "06 12 34 56 78")])
    a.run()
    b.run()
    assert b.clients.dossier(client_id).client.city == "Paris"
    return a, b, client_id


def test_different_fields_changed_on_two_laptops_merge(pair, server, boutique_id):
    a, b, client_id = pair
    a.edit(client_id, city="Lyon")
    b.edit(client_id, tier="vic")
    a.run()
    report = b.run()
    a.run()
    assert report.conflicts == 0
    for device in (a, b):
        client = device.clients.dossier(client_id).client
        assert (client.city, client.tier) == ("Lyon", "vic")
        assert device.sync.open_conflicts() == []
    assert_converged(server, boutique_id, a, b)


def test_an_edit_after_a_sync_is_based_on_the_servers_revision_of_that_field(pair, server, boutique_id):
    a, _, client_id = pair
    a.edit(client_id, city="Lyon")
    [(base_revs,)] = a.book.query("SELECT base_revs FROM outbox WHERE state = 'pending'")
    revs = server.state(boutique_id)[("client", client_id)]["revs"]
    assert json.loads(base_revs) == {"city": revs["city"]}


@pytest.mark.parametrize("choice", ["mine", "theirs", "edit"])
def test_the_same_field_conflicts_and_every_resolution_converges(pair, server, boutique_id, choice):
    a, b, client_id = pair
    a.edit(client_id, city="Lyon")
    b.edit(client_id, city="Nice")
    a.run()
    report = b.run()
    assert report.conflicts == 1 and report.open_conflicts == 1
    [conflict] = b.sync.open_conflicts()
    assert (conflict.entity, conflict.field) == ("client", "city")
    assert (conflict.base, conflict.mine, conflict.theirs) == ("Paris", "Nice", "Lyon")
    assert conflict.client_id == client_id and "Dupont" in conflict.client_name
    assert b.clients.dossier(client_id).client.city == "Lyon"  # the record holds the server value meanwhile
    assert a.sync.open_conflicts() == []
    assert b.sync.status().open_conflicts == 1

    changes = b.sync.resolve_conflict(conflict.id, choice, value="Marseille" if choice == "edit" else None)
    expected = {"mine": "Nice", "theirs": "Lyon", "edit": "Marseille"}[choice]
    assert client_id in changes.clients
    assert b.clients.dossier(client_id).client.city == expected
    assert b.sync.open_conflicts() == []
    b.run()
    a.run()
    for device in (a, b):
        assert device.clients.dossier(client_id).client.city == expected
        assert device.sync.open_conflicts() == []
    assert_converged(server, boutique_id, a, b)


def test_an_edited_resolution_is_validated_like_the_editor(pair):
    from clienteling.domain import ValidationError

    a, b, client_id = pair
    a.edit(client_id, country="IT")
    b.edit(client_id, country="ES")
    a.run()
    b.run()
    [conflict] = b.sync.open_conflicts()
    with pytest.raises(ValidationError):
        b.sync.resolve_conflict(conflict.id, "edit", value="Spain")
    assert len(b.sync.open_conflicts()) == 1


def test_a_yes_no_field_conflict_shows_yes_and_no(pair):
    a, b, client_id = pair
    a.clients.set_field(client_id, "do_not_contact", True)
    b.clients.set_field(client_id, "do_not_contact", True)
    b.clients.set_field(client_id, "do_not_contact_reason", "asked in store")
    a.clients.set_field(client_id, "do_not_contact_reason", "asked by email")
    a.run()
    b.run()
    [conflict] = b.sync.open_conflicts()  # the same value on both sides is no conflict
    assert conflict.field == "do_not_contact_reason"
    assert b.clients.dossier(client_id).client.do_not_contact is True


def test_notes_written_on_two_laptops_never_conflict(pair, server, boutique_id):
    a, b, client_id = pair
    a.clients.add_note(client_id, "Prefers the emerald silk scarf")
    b.clients.add_note(client_id, "Birthday dinner at Le Meurice")
    a.run()
    b.run()
    a.run()
    for device in (a, b):
        bodies = sorted(n.body for n in device.clients.dossier(client_id).notes)
        assert bodies == ["Birthday dinner at Le Meurice", "Prefers the emerald silk scarf"]
        assert device.sync.open_conflicts() == []
        assert [r.id for r in device.clients.search("emerald")] == [client_id]  # pulled notes are indexed
    assert_converged(server, boutique_id, a, b)


def test_a_pulled_value_never_overwrites_a_pending_local_edit(pair, server, boutique_id):
    a, b, client_id = pair
    b.edit(client_id, city="Nice", tier="gold")
    b.run()
    edited = []

    def edit_before_the_pull(step: str) -> None:
        if step == "before_pull" and not edited:
            edited.append(step)
            a.edit(client_id, city="Lyon")  # typed while the sync was running

    a.sync.on_step = edit_before_the_pull
    a.run()
    a.sync.on_step = None
    client = a.clients.dossier(client_id).client
    assert client.city == "Lyon"  # kept: it is still to be sent
    assert client.tier == "gold"  # the other field of the same pull applied
    assert len(a.outbox()) == 1
    report = a.run()  # the edit was based on Paris: the server decides, and it is a conflict
    assert report.conflicts == 1
    [conflict] = a.sync.open_conflicts()
    assert (conflict.mine, conflict.theirs) == ("Lyon", "Nice")
    a.sync.resolve_conflict(conflict.id, "mine")
    a.run()
    b.run()
    assert b.clients.dossier(client_id).client.city == "Lyon"
    assert_converged(server, boutique_id, a, b)


def test_a_new_client_from_another_laptop_is_listed_and_searchable(pair):
    a, b, _ = pair
    new_id = b.new_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                          country="CN", phones=[("mobile", "+86 138 0013 8000")], tags=["VIC"])
    report = b.run()
    assert report.pushed >= 3
    report = a.run()
    assert new_id in report.changes.added
    assert a.clients.row(new_id).name == "张伟 · Zhang Wei"
    assert [r.id for r in a.clients.search("zhang")] == [new_id]
    assert [r.id for r in a.clients.search("13800138000")] == [new_id]
    assert a.clients.row(new_id).phone.startswith("+86")
