"""m004: a version-3 book's per-field shadow rows become one row per record, values and revisions kept."""

from __future__ import annotations

import os

from sqlite_utils import Database

from clienteling.store import Key, open_book
from clienteling.store.book import _connect
from clienteling.store.schema import migrations
from clienteling.store.sync_shadow import put_shadow, shadow_of, shadow_revs


def test_the_per_field_shadow_of_a_version_3_book_becomes_one_row_per_record(tmp_path):
    path, key = tmp_path / "v3.db", Key(raw=os.urandom(32))
    conn = _connect(path, key, read_only=False)
    conn.execute("PRAGMA journal_mode = WAL")
    db = Database(conn)
    migrations.apply(db, stop_before="m004_shadow_per_record")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.execute("INSERT INTO sync_state (id, device_id) VALUES (1, 'device-v3')")
    with db.atomic():  # what version 3 stored: a row per field, the value as JSON text
        conn.executemany("INSERT INTO shadow (entity, entity_id, field, value, rev) VALUES (?, ?, ?, ?, ?)", [
            ("client", "c1", "family_name", '"王"', 3), ("client", "c1", "city", '"Paris"', 7),
            ("client", "c1", "do_not_contact", "false", 3), ("client", "c1", "created_at", None, 3),
            ("note", "n1", "body", '"Kelly 25, \\"gold\\""', 4), ("client", "c2", "tier", '"vic"', None),
        ])
    conn.close()

    book = open_book(path, key)
    try:
        conn = book.conn
        assert book.query("SELECT count(*) FROM shadow") == [(3,)]
        assert shadow_of(conn, "client", "c1") == {"family_name": ("王", 3), "city": ("Paris", 7),
                                                   "do_not_contact": (False, 3), "created_at": (None, 3)}
        assert shadow_of(conn, "note", "n1") == {"body": ('Kelly 25, "gold"', 4)}
        assert shadow_revs(conn, "client", "c2", ["tier", "city"]) == {"tier": None, "city": None}
        with book.transaction():  # it still only moves forward
            put_shadow(conn, "client", "c1", {"city": "Lyon", "family_name": "Wang"}, {"city": 6, "family_name": 9})
        assert shadow_of(conn, "client", "c1")["city"] == ("Paris", 7)
        assert shadow_of(conn, "client", "c1")["family_name"] == ("Wang", 9)
    finally:
        book.close()
