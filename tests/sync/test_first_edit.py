"""The first edit of a record this book did not make: based on the server revision it came with.

A record arrives either pulled (the shadow holds each field's revision) or bulk-loaded as
already-synced data (`store/bulk.py`: the record's `rev`, no shadow yet). Either way its first
edit must carry that revision as its base, so the server tells a clean edit (applied) from one
made while another laptop changed the same field (a conflict, never a silent overwrite).
"""

from __future__ import annotations

import json

import pytest

from clienteling.store.bulk import load_dossiers

from .conftest import assert_converged


def push_only(device):
    """Sync, but stop after the first batch is answered: no pull, so the shadow holds only what the push told."""
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    report = device.run(cancelled=cancelled)
    assert report.cancelled and report.pulled == 0
    return report


def _base_revs(device) -> list[dict]:
    return [json.loads(b) for (b,) in device.book.query("SELECT base_revs FROM outbox WHERE state = 'pending'"
                                                         " ORDER BY seq")]


@pytest.fixture(params=["pulled", "bulk-loaded"])
def holder(request, make_device):
    """Laptop a made a synced client; laptop b holds it, pulled or bulk-loaded. Returns (a, b, id)."""
    a, b = make_device("a"), make_device("b", login="bob")
    client_id = a.new_client(city="Paris", tier="client", given_name="Héloïse")
    a.run()
    a.edit(client_id, given_name="Héloïse Marie")  # the record's last change is newer than its city's
    a.run()
    if request.param == "pulled":
        b.run()
    else:  # the dossier as the server had it, loaded as synced data (as a demo or a first full load does)
        assert load_dossiers(b.book, [a.clients.dossier(client_id)]) == 1
        assert b.book.query("SELECT count(*) FROM shadow") == [(0,)]
    return a, b, client_id, request.param


def _expected_base(server, boutique_id: str, client_id: str, field: str, how: str) -> int:
    """Pulled: the field's own revision. Bulk-loaded: the record's, which the whole dossier was taken at."""
    on_server = server.state(boutique_id)[("client", client_id)]
    return on_server["revs"][field] if how == "pulled" else on_server["change_no"]


def test_the_first_edit_is_based_on_the_revision_the_record_came_with(holder, server, boutique_id):
    a, b, client_id, how = holder
    city_base = _expected_base(server, boutique_id, client_id, "city", how)
    tier_base = _expected_base(server, boutique_id, client_id, "tier", how)
    b.edit(client_id, city="Lyon")
    assert _base_revs(b) == [{"city": city_base}]
    report = push_only(b)
    assert (report.applied, report.conflicts) == (1, 0)
    b.edit(client_id, tier="gold")  # a field this book has not pushed: still based on what it came with
    assert _base_revs(b) == [{"tier": tier_base}]
    report = b.run()
    assert (report.applied, report.conflicts) == (1, 0)
    a.run()
    assert (a.clients.dossier(client_id).client.city, a.clients.dossier(client_id).client.tier) == ("Lyon", "gold")
    assert_converged(server, boutique_id, a, b)


def test_a_concurrent_edit_of_the_same_field_conflicts_instead_of_being_overwritten(holder, server, boutique_id):
    a, b, client_id, how = holder
    b.edit(client_id, city="Lyon")
    a.edit(client_id, city="Nice")
    a.run()
    report = b.run()
    assert report.conflicts == 1
    [conflict] = b.sync.open_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("city", "Lyon", "Nice")
    # a bulk-loaded record keeps no copy of its loaded values, so the value both started from is unknown
    assert conflict.base == ("Paris" if how == "pulled" else None)
    assert server.state(boutique_id)[("client", client_id)]["fields"]["city"] == "Nice"
    assert b.clients.dossier(client_id).client.city == "Nice"  # the server value until the advisor decides


def test_a_concurrent_edit_after_a_first_push_still_conflicts(holder, server, boutique_id):
    """After a push the shadow holds the pushed fields; the others keep the revision they came with,
    and a later change on the server is newer than it."""
    a, b, client_id, _ = holder
    b.edit(client_id, city="Lyon")
    push_only(b)
    a.edit(client_id, tier="gold")
    a.run()
    b.edit(client_id, tier="platinum")
    report = b.run()
    assert report.conflicts == 1
    [conflict] = b.sync.open_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("tier", "platinum", "gold")
    assert server.state(boutique_id)[("client", client_id)]["fields"]["tier"] == "gold"
    b.sync.resolve_conflict(conflict.id, "mine")
    b.run()
    a.run()
    assert a.clients.dossier(client_id).client.tier == "platinum"
    assert_converged(server, boutique_id, a, b)
