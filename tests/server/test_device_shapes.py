"""What the desktop journal actually sends (clienteling.store.rows) is accepted and comes back equal."""

from __future__ import annotations

from datetime import date

from clienteling.domain import (Client, Consent, Contact, ImportantDate, Note, Preference, Relation, Size, Tag,
                                WishlistItem)
from clienteling.domain.ids import utc_now
from clienteling.store.rows import SYNC_FIELDS, TABLES, to_row


def _as_journaled(record) -> tuple[str, dict, dict]:
    """The patch and base revs rows.write() journals for a new record."""
    patch = {k: v for k, v in to_row(record).items() if k not in SYNC_FIELDS}
    return TABLES[type(record)], patch, {k: record.rev for k in patch}


def test_every_device_entity_round_trips(api):
    client = Client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                    title="mr", country="CN", preferred_language="zh-Hans", preferred_channel="wechat", tier="vic",
                    do_not_contact=True, do_not_contact_reason="Asked on 1 May", created_at=utc_now())
    rel = Relation(client_id=client.id, name="李娜", kind="spouse", notes="Prefers jade")
    records = [
        client, rel,
        Contact(client_id=client.id, kind="phone", label="mobile", value="+8613800138000", is_primary=True),
        Tag(client_id=client.id, tag="VIC"),
        ImportantDate(client_id=client.id, relation_id=rel.id, kind="birthday", month=2, day=29),
        ImportantDate(client_id=client.id, kind="anniversary", year=2010, month=10, day=1),
        Preference(client_id=client.id, category="colour", value="jade green", sentiment="like"),
        Size(client_id=client.id, relation_id=rel.id, category="ring", system="EU", value="52"),
        WishlistItem(client_id=client.id, description="Kelly 25", category="leather_goods", added_on=date(2025, 5, 1)),
        WishlistItem(client_id=client.id, description="Anything in jade"),
        Consent(client_id=client.id, channel="wechat", status="granted", at=utc_now(), source="in store"),
        Note(client_id=client.id, kind="gift_idea", body="Anniversary on 1 Oct.\nLikes jade.", created_at=utc_now(),
             author="alice"),
    ]
    dev = api.device()
    sent = {}
    muts = []
    for record in records:
        entity, patch, base = _as_journaled(record)
        sent[(entity, record.id)] = patch
        muts.append(dev.mut(entity, record.id, patch, base_revs=base))
    results = dev.push(*muts)
    assert [r["status"] for r in results] == ["applied"] * len(records), results
    state = api.state(dev.token)
    for key, patch in sent.items():
        assert state[key]["fields"] == patch, key  # bools come back as true/false (== 1/0)
    # a local delete is journaled as {"op": "delete", "patch": {}, "base_revs": {"_record": rev}}
    note = records[-1]
    [d] = dev.push(dev.mut("note", note.id, op="delete", base_revs={"_record": state[("note", note.id)]["change_no"]}))
    assert d["status"] == "applied"
