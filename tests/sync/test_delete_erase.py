"""Deletes and erasures travel to every laptop; purchases from the point of sale arrive."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from clienteling.sync import ApiClient
from profile_server.cli import main as server_admin

from .conftest import ENTITIES, PASSWORD, assert_converged


def _synced_pair(make_device):
    a, b = make_device("a"), make_device("b", login="bob")
    client_id = a.new_client(city="Paris", phones=[("mobile", "06 12 34 56 78"), ("home", "+33 1 42 60 00 00")],
                             emails=[("", "heloise@example.fr")], tags=["VIC"])
    note, _ = a.clients.add_note(client_id, "Anniversary dinner at Le Meurice")
    a.run()
    b.run()
    assert len(b.clients.dossier(client_id).notes) == 1
    return a, b, client_id, note.id


def test_deletes_propagate_to_the_other_laptop(make_device, server, boutique_id):
    a, b, client_id, note_id = _synced_pair(make_device)
    a.clients.delete_note(note_id)
    a.edit(client_id, phones=[("mobile", "06 12 34 56 78")])
    a.run()
    report = b.run()
    assert client_id in report.changes.clients
    dossier = b.clients.dossier(client_id)
    assert dossier.notes == []
    assert [p.value for p in dossier.phones] == ["+33612345678"]
    assert b.clients.search("meurice") == []
    assert b.clients.search("0142600000") == []

    a.clients.delete_client(client_id)
    a.run()
    report = b.run()
    assert client_id in report.changes.removed
    assert b.clients.row(client_id) is None
    assert b.clients.search("dupont") == []
    assert_converged(server, boutique_id, a, b)


def _erase(server, boutique_id: str, client_id: str) -> None:
    with ApiClient(server.url, boutique_id) as api:
        token = api.sign_in("alice", PASSWORD).access_token
    with ApiClient(server.url, boutique_id, token=token) as api:
        assert api.erase_client(client_id).records_erased >= 5


def _traces(device, client_id: str, ids: set[str]) -> dict[str, int]:
    """Rows anywhere in the book that still mention the client or one of its records."""
    found = {}
    for table in ENTITIES:
        column = "id" if table == "client" else "client_id"
        found[table] = device.book.query(f"SELECT count(*) FROM {table} WHERE {column} = ?", (client_id,))[0][0]
    marks = ",".join("?" * len(ids))
    for table in ("outbox", "shadow", "conflict", "sync_parked"):
        found[table] = device.book.query(f"SELECT count(*) FROM {table} WHERE entity_id IN ({marks})",
                                         tuple(ids))[0][0]
    return {k: v for k, v in found.items() if v}


def test_an_erasure_purges_the_client_everywhere_and_nothing_comes_back(make_device, server, boutique_id):
    a, b, client_id, note_id = _synced_pair(make_device)
    ids = {client_id, note_id} | {r[0] for r in a.book.query("SELECT id FROM contact")} | {
        r[0] for r in a.book.query("SELECT id FROM client_tag")}
    b.edit(client_id, city="Nice")  # an edit made on b before it hears of the erasure
    b.clients.add_note(client_id, "Asked about the Kelly bag")
    _erase(server, boutique_id, client_id)

    report = a.run()
    assert client_id in report.changes.removed and report.purged == 1
    report = b.run()
    assert report.erased >= 1  # b's edits were answered "erased" and dropped with the client
    for device in (a, b):
        assert device.clients.row(client_id) is None
        assert _traces(device, client_id, ids | {r[0] for r in b.book.query("SELECT id FROM note")}) == {}
        assert device.clients.search("dupont") == [] and device.clients.search("meurice") == []
        assert device.clients.search("kelly") == []
        assert device.book.query("SELECT count(*) FROM client_tri")[0][0] == 0
        assert device.book.query("SELECT count(*) FROM note_fts")[0][0] == 0
        assert device.integrity() == []
    b.run()
    a.run()
    change = server.state(boutique_id)[("client", client_id)]
    assert change["erased"] and change["fields"] == {}
    assert_converged(server, boutique_id, a, b)


def test_purchases_imported_from_the_point_of_sale_arrive(make_device, server, boutique_id, tmp_path):
    a = make_device("a")
    client_id = a.new_client()
    a.run()
    export = tmp_path / "pos.csv"
    export.write_text("receipt_line_id,client_id,purchased_on,item,category,sku,amount,currency,boutique\n"
                      f"R-1001-1,{client_id},2024-05-14,Kelly 28 bag,leather_goods,H-K28,9850.00,EUR,Paris\n"
                      f"R-1001-2,{client_id},2024-05-14,Silk scarf,accessories,,450.00,EUR,Paris\n", encoding="utf-8")
    assert server_admin(["import-pos", "--db", str(server.path), "--boutique", boutique_id, str(export)]) == 0
    report = a.run()
    assert client_id in report.changes.clients
    purchases = a.clients.dossier(client_id).purchases
    assert sorted((p.item, p.amount, p.purchased_on) for p in purchases) == [
        ("Kelly 28 bag", Decimal("9850.00"), date(2024, 5, 14)), ("Silk scarf", Decimal("450.00"), date(2024, 5, 14))]
    assert a.outbox() == []  # read-only here: nothing to send back
    assert server_admin(["import-pos", "--db", str(server.path), "--boutique", boutique_id, str(export)]) == 0
    a.run()
    assert len(a.clients.dossier(client_id).purchases) == 2  # importing twice doubles nothing


def test_records_arriving_before_their_client_wait_for_it(make_device, server, boutique_id):
    a = make_device("a")
    client_id = a.new_client(phones=[("mobile", "06 12 34 56 78")], tags=["VIC"])
    a.run()
    a.edit(client_id, city="Lyon")  # the client now changes after its contact and tag
    a.run()
    b = make_device("b", page_size=1)  # one change per page: the contact comes pages before the client
    report = b.run()
    assert report.pulled == 3
    dossier = b.clients.dossier(client_id)
    assert dossier.client.city == "Lyon" and len(dossier.phones) == 1 and [t.tag for t in dossier.tags] == ["VIC"]
    assert b.book.query("SELECT count(*) FROM sync_parked")[0][0] == 0
    assert [r.id for r in b.clients.search("0612345678")] == [client_id]
    assert_converged(server, boutique_id, a, b)


def test_an_edit_of_a_record_deleted_elsewhere_is_a_conflict_the_advisor_decides(make_device, server, boutique_id):
    a, b, client_id, _ = _synced_pair(make_device)
    a.clients.delete_client(client_id)
    a.run()
    b.edit(client_id, city="Nice")
    report = b.run()
    assert report.conflicts == 1
    [conflict] = b.sync.open_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("deleted", False, True)
    assert b.clients.row(client_id) is None  # the server's deletion holds meanwhile
    changes = b.sync.resolve_conflict(conflict.id, "mine")
    assert client_id in changes.added
    assert b.clients.row(client_id) is not None
    b.run()
    a.run()
    assert a.clients.dossier(client_id).client.city == "Nice"
    assert_converged(server, boutique_id, a, b)
