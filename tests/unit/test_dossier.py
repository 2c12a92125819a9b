"""The dossier at one glance: preferences, sizes, wishlist, dates, consents, notes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clienteling.domain import (Consent, ImportantDate, NotFound, Preference, Purchase, Relation, Size,
                                ValidationError, WishlistItem)


@pytest.fixture
def client_id(add_client):
    return add_client(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR")


def test_preferences_are_kept_with_likes_and_dislikes(svc, client_id):
    svc.save_record(Preference(client_id=client_id, category="colour", value="Étoupe"))
    svc.save_record(Preference(client_id=client_id, category="colour", value="Orange", sentiment="dislike"))
    svc.save_record(Preference(client_id=client_id, category="material", value="Ostrich"))
    prefs = svc.dossier(client_id).preferences
    assert {(p.category.value, p.value, p.sentiment.value) for p in prefs} == {
        ("colour", "Étoupe", "like"), ("colour", "Orange", "dislike"), ("material", "Ostrich", "like")}


def test_editing_a_preference_changes_it_in_place(svc, client_id):
    pref = Preference(client_id=client_id, category="line", value="Birkin")
    svc.save_record(pref)
    svc.save_record(pref.model_copy(update={"value": "Kelly"}))
    assert [p.value for p in svc.dossier(client_id).preferences] == ["Kelly"]
    svc.delete_record(Preference, pref.id)
    assert svc.dossier(client_id).preferences == []


def test_sizes_of_the_client_and_of_a_relation_are_kept_apart(svc, client_id):
    daughter = Relation(client_id=client_id, name="Léa", kind="child")
    svc.save_record(daughter)
    svc.save_record(Size(client_id=client_id, category="shoe", system="EU", value="38.5"))
    svc.save_record(Size(client_id=client_id, category="ring", system="EU", value="52"))
    svc.save_record(Size(client_id=client_id, relation_id=daughter.id, category="shoe", system="EU", value="32"))
    dossier = svc.dossier(client_id)
    assert [r.name for r in dossier.relations] == ["Léa"]
    assert {(s.category.value, s.value) for s in dossier.sizes_of(None)} == {("shoe", "38.5"), ("ring", "52")}
    assert [(s.category.value, s.value) for s in dossier.sizes_of(daughter.id)] == [("shoe", "32")]


def test_wishlist_items_are_kept(svc, client_id):
    svc.save_record(WishlistItem(client_id=client_id, description="Kelly 25 in étoupe", category="leather_goods",
                                 sku="KL25-ETP", added_on=date(2024, 3, 1)))
    [item] = svc.dossier(client_id).wishlist
    assert (item.description, item.category.value, item.sku, item.added_on, item.status.value) == (
        "Kelly 25 in étoupe", "leather_goods", "KL25-ETP", date(2024, 3, 1), "open")


def test_dates_of_the_client_and_of_a_relation(svc, client_id):
    husband = Relation(client_id=client_id, name="Marc", kind="spouse")
    svc.save_record(husband)
    svc.save_record(ImportantDate(client_id=client_id, kind="birthday", month=5, day=14))
    svc.save_record(ImportantDate(client_id=client_id, kind="anniversary", year=2010, month=6, day=19,
                                  label="Wedding"))
    svc.save_record(ImportantDate(client_id=client_id, relation_id=husband.id, kind="birthday", year=1975,
                                  month=11, day=2))
    dossier = svc.dossier(client_id)
    assert [d.text for d in dossier.dates_of(None)] == ["--05-14", "2010-06-19"]
    assert [d.text for d in dossier.dates_of(husband.id)] == ["1975-11-02"]


def test_a_date_cannot_hang_off_another_clients_relation(svc, client_id, add_client):
    other = add_client(family_name="Martin")
    theirs = Relation(client_id=other, name="Paul")
    svc.save_record(theirs)
    with pytest.raises(ValidationError, match="another client"):
        svc.save_record(ImportantDate(client_id=client_id, relation_id=theirs.id, month=1, day=1))
    assert svc.dossier(client_id).dates == []


def test_consent_granted_then_withdrawn_keeps_one_row_per_channel(session, svc, client_id):
    svc.set_consent(client_id, "email", "granted", source="boutique form")
    svc.set_consent(client_id, "sms", "granted", source="boutique form")
    svc.set_consent(client_id, "email", "withdrawn", source="phone call")
    consents = {c.channel.value: c for c in svc.dossier(client_id).consents}
    assert set(consents) == {"email", "sms"}
    assert consents["email"].status.value == "withdrawn"
    assert consents["email"].source == "phone call"
    assert consents["sms"].status.value == "granted"
    rows = session.book.query("SELECT channel, count(*) FROM consent WHERE client_id = ? GROUP BY channel",
                              (client_id,))
    assert dict(rows) == {"email": 1, "sms": 1}  # tombstones included: no duplicate row was made


def test_withdrawn_consent_is_timestamped_after_the_grant(svc, client_id):
    svc.set_consent(client_id, "whatsapp", "granted")
    granted_at = svc.dossier(client_id).consents[0].at
    svc.set_consent(client_id, "whatsapp", "withdrawn")
    [consent] = svc.dossier(client_id).consents
    assert consent.at >= granted_at and consent.status.value == "withdrawn"


def test_an_unknown_consent_channel_is_refused(svc, client_id):
    with pytest.raises(ValidationError, match="not a valid channel"):
        svc.set_consent(client_id, "carrier pigeon", "granted")
    with pytest.raises(ValidationError, match="not a valid status"):
        svc.set_consent(client_id, "email", "maybe")
    assert svc.dossier(client_id).consents == []


def test_notes_come_newest_first(svc, client_id):
    for body in ("first visit", "tried the Kelly", "ordered the Kelly"):
        svc.add_note(client_id, body)
    assert [n.body for n in svc.dossier(client_id).notes] == ["ordered the Kelly", "tried the Kelly", "first visit"]


def test_deleting_a_relation_tombstones_its_dates_and_sizes(session, svc, client_id, outbox):
    son = Relation(client_id=client_id, name="Hugo", kind="child")
    svc.save_record(son)
    his_date = ImportantDate(client_id=client_id, relation_id=son.id, kind="birthday", month=3, day=3)
    his_size = Size(client_id=client_id, relation_id=son.id, category="shirt", system="INTL", value="S")
    own_size = Size(client_id=client_id, category="shirt", system="INTL", value="M")
    own_date = ImportantDate(client_id=client_id, kind="birthday", month=5, day=14)
    for record in (his_date, his_size, own_size, own_date):
        svc.save_record(record)
    before = len(outbox())
    svc.delete_record(Relation, son.id)
    dossier = svc.dossier(client_id)
    assert dossier.relations == []
    assert [d.id for d in dossier.dates] == [own_date.id]
    assert [s.id for s in dossier.sizes] == [own_size.id]
    for table, record_id in (("relation", son.id), ("important_date", his_date.id), ("size", his_size.id)):
        assert session.book.query(f"SELECT deleted FROM {table} WHERE id = ?", (record_id,)) == [(1,)]
    deletes = {(e["entity"], e["entity_id"]) for e in outbox()[before:] if e["op"] == "delete"}
    assert deletes == {("relation", son.id), ("important_date", his_date.id), ("size", his_size.id)}


def test_purchases_are_read_only_on_a_device(session, svc, client_id, outbox):
    purchase = Purchase(client_id=client_id, purchased_on=date(2024, 1, 5), item="Kelly 25",
                        category="leather_goods", amount=Decimal("9800.00"))
    before = outbox()
    with pytest.raises(ValidationError, match="cannot be edited"):
        svc.save_record(purchase)
    with pytest.raises(ValidationError):
        svc.delete_record(Purchase, purchase.id)
    assert svc.dossier(client_id).purchases == []
    assert session.book.query("SELECT count(*) FROM purchase") == [(0,)]
    assert outbox() == before


def test_records_of_an_unknown_or_deleted_client_are_refused(svc, client_id):
    with pytest.raises(NotFound):
        svc.save_record(Preference(client_id="no-such-client", category="colour", value="Rouge"))
    svc.delete_client(client_id)
    with pytest.raises(NotFound):
        svc.save_record(Preference(client_id=client_id, category="colour", value="Rouge"))
    with pytest.raises(NotFound):
        svc.add_note(client_id, "too late")
    with pytest.raises(NotFound):
        svc.dossier(client_id)


def test_a_consent_record_is_editable_through_save_record_too(svc, client_id):
    from clienteling.domain.ids import utc_now

    svc.save_record(Consent(client_id=client_id, channel="post", status="granted", at=utc_now()))
    assert [c.channel.value for c in svc.dossier(client_id).consents] == ["post"]
