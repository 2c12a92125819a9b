"""Every local write lands in the outbox in the same transaction, and only real changes do."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

import pytest

from clienteling.domain import Client, Note, ValidationError, build
from clienteling.services import ClientForm
from clienteling.store import clients as repo
from clienteling.store import rows

FORM = dict(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR", city="Paris",
            phones=[("mobile", "06 12 34 56 78"), ("home", "+33 1 42 60 00 00")],
            emails=[("", "heloise@example.fr")], tags=["VIC", "leather"])


def test_creating_a_client_journals_the_client_its_contacts_and_tags(add_client, svc, outbox):
    client_id = add_client(**FORM)
    entries = outbox()
    assert Counter(e["entity"] for e in entries) == {"client": 1, "contact": 3, "client_tag": 2}
    assert {e["op"] for e in entries} == {"upsert"}
    assert {e["state"] for e in entries} == {"pending"}
    dossier = svc.dossier(client_id)
    journaled = {(e["entity"], e["entity_id"]) for e in entries}
    assert ("client", client_id) in journaled
    assert {("contact", c.id) for c in dossier.contacts} <= journaled
    assert {("client_tag", t.id) for t in dossier.tags} <= journaled
    client_patch = next(e["patch"] for e in entries if e["entity"] == "client")
    assert client_patch["family_name"] == "Dupont"
    assert client_patch["given_name"] == "Héloïse"
    phones = {e["patch"]["value"] for e in entries if e["entity"] == "contact" and e["patch"]["kind"] == "phone"}
    assert phones == {"+33612345678", "+33142600000"}
    # a new record is based on no server revision yet
    assert all(set(e["base_revs"].values()) <= {None} for e in entries)


def test_editing_one_field_journals_exactly_that_field(add_client, svc, outbox):
    client_id = add_client(**FORM)
    before = len(outbox())
    form = ClientForm.from_dossier(svc.dossier(client_id))
    form.city = "Lyon"
    changes = svc.update_client(client_id, form)
    assert client_id in changes.clients
    new = outbox()[before:]
    assert len(new) == 1
    assert new[0]["entity"] == "client" and new[0]["entity_id"] == client_id
    assert new[0]["op"] == "upsert"
    assert new[0]["patch"] == {"city": "Lyon"}
    assert svc.dossier(client_id).client.city == "Lyon"


def test_set_field_journals_only_that_field(add_client, svc, outbox):
    client_id = add_client(**FORM)
    before = len(outbox())
    svc.set_field(client_id, "tier", "vic")
    new = outbox()[before:]
    assert [(e["entity"], e["patch"]) for e in new] == [("client", {"tier": "vic"})]


def test_saving_without_a_change_journals_nothing(add_client, svc, outbox):
    client_id = add_client(**FORM)
    before = outbox()
    changes = svc.update_client(client_id, ClientForm.from_dossier(svc.dossier(client_id)))
    assert changes.empty
    assert svc.set_field(client_id, "city", "Paris").empty
    assert outbox() == before


def test_removing_a_phone_journals_a_delete_of_that_contact(add_client, svc, outbox):
    client_id = add_client(**FORM)
    dossier = svc.dossier(client_id)
    home = next(c for c in dossier.phones if c.value == "+33142600000")
    before = len(outbox())
    form = ClientForm.from_dossier(dossier)
    form.phones = [p for p in form.phones if p[0] != "home"]
    svc.update_client(client_id, form)
    new = outbox()[before:]
    assert [(e["entity"], e["entity_id"], e["op"]) for e in new] == [("contact", home.id, "delete")]
    assert [p.value for p in svc.dossier(client_id).phones] == ["+33612345678"]


def test_a_failure_inside_the_transaction_leaves_neither_the_row_nor_the_journal(session, add_client,
                                                                                svc, outbox):
    client_id = add_client(**FORM)
    before_outbox = outbox()
    note = Note(client_id=client_id, body="never saved", created_at=datetime.now(timezone.utc))
    with pytest.raises(RuntimeError):
        with session.book.transaction() as db:
            rows.write(db.conn, note)
            assert db.conn.execute("SELECT count(*) FROM note").fetchone()[0] == 1
            raise RuntimeError("the laptop lid closed")
    assert session.book.query("SELECT count(*) FROM note")[0][0] == 0
    assert svc.dossier(client_id).notes == []
    assert outbox() == before_outbox


def test_a_validation_error_mid_way_rolls_back_the_earlier_writes(session, svc, outbox):
    client = build(Client, family_name="Martin", given_name="Claire")
    with pytest.raises(ValidationError):
        with session.book.transaction() as db:
            repo.save_client(db.conn, client, [], [])
            build(Note, client_id=client.id, body="   ", created_at=datetime.now(timezone.utc))
    assert svc.count() == 0
    assert svc.search("martin") == []
    assert outbox() == []


def test_a_form_with_a_bad_phone_saves_nothing(svc, outbox):
    form = ClientForm(family_name="Martin", phones=[("", "+33 6 12 34 56 78"), ("", "12")])
    with pytest.raises(ValidationError) as err:
        svc.create_client(form)
    assert err.value.field == "phones[1]"
    assert svc.count() == 0
    assert outbox() == []


def test_deleting_a_client_journals_a_tombstone_and_hides_it(add_client, svc, outbox):
    client_id = add_client(**FORM)
    before = len(outbox())
    changes = svc.delete_client(client_id)
    assert client_id in changes.removed
    new = outbox()[before:]
    assert [(e["entity"], e["entity_id"], e["op"]) for e in new] == [("client", client_id, "delete")]
    assert svc.count() == 0
    assert svc.list_rows() == []


def test_notes_are_journaled_on_add_edit_and_delete(add_client, svc, outbox):
    client_id = add_client(family_name="Dupont")
    before = len(outbox())
    note, _ = svc.add_note(client_id, "Looking for a gift for her sister")
    svc.edit_note(note.id, "Looking for a gift for her sister's wedding")
    svc.delete_note(note.id)
    new = outbox()[before:]
    assert [(e["entity"], e["op"]) for e in new] == [("note", "upsert"), ("note", "upsert"), ("note", "delete")]
    assert new[1]["patch"] == {"body": "Looking for a gift for her sister's wedding"}


def test_if_the_journal_cannot_be_written_the_edit_is_not_saved_either(monkeypatch, session, svc, outbox):
    from clienteling.store import journal

    def broken(*args, **kwargs):
        raise RuntimeError("outbox unavailable")

    with monkeypatch.context() as patched:
        patched.setattr(journal, "append", broken)
        with pytest.raises(RuntimeError):
            svc.create_client(ClientForm(**FORM))
    assert svc.count() == 0
    for table in ("client", "contact", "client_tag", "client_tri", "client_tok"):
        assert session.book.query(f"SELECT count(*) FROM {table}") == [(0,)], table
    assert outbox() == []
