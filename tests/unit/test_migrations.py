"""Schema migrations: a new book gets them all, a reopened book gets none and keeps its data."""

from __future__ import annotations

import os

import pytest
from sqlcipher3 import dbapi2

from clienteling.config import DEMO
from clienteling.services import ClientForm, open_session
from clienteling.store import SCHEMA_VERSION, Key, open_book
from clienteling.store.schema import KNOWN_MIGRATIONS, MIGRATION_SET

TABLES = {"client", "relation", "contact", "client_tag", "important_date", "preference", "size",
          "wishlist_item", "purchase", "consent", "note", "outbox", "sync_state", "book_meta",
          "client_tri", "client_tok", "note_fts"}


def _applied(book) -> list[tuple[str, str]]:
    return book.query("SELECT name, applied_at FROM _sqlite_migrations WHERE migration_set = ?"
                      " ORDER BY name", (MIGRATION_SET,))


def test_a_new_book_gets_every_migration(tmp_path):
    book = open_book(tmp_path / "fresh.db", Key(raw=os.urandom(32)))
    try:
        assert {name for name, _ in _applied(book)} == KNOWN_MIGRATIONS
        assert book.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        tables = {r[0] for r in book.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert TABLES <= tables
        assert book.device_id()
        assert book.meta("created_at")
    finally:
        book.close()


def test_reopening_applies_nothing_and_keeps_the_data(session, secrets, tmp_path):
    client_id, _ = session.clients.create_client(ClientForm(family_name="Dupont", given_name="Héloïse"))
    session.clients.add_note(client_id, "Anniversary dinner at Le Meurice")
    applied = _applied(session.book)
    device = session.book.device_id()
    created = session.book.meta("created_at")
    session.close()

    again = open_session(DEMO, secrets, home=tmp_path)
    try:
        assert _applied(again.book) == applied  # same names, same applied_at: nothing re-ran
        assert again.book.device_id() == device
        assert again.book.meta("created_at") == created
        assert again.book.query("SELECT count(*) FROM sync_state")[0][0] == 1
        dossier = again.clients.dossier(client_id)
        assert dossier.client.given_name == "Héloïse"
        assert [n.body for n in dossier.notes] == ["Anniversary dinner at Le Meurice"]
        assert [r.id for r in again.clients.search("heloise")] == [client_id]
    finally:
        again.close()


def test_book_runs_in_wal_mode_with_foreign_keys_on(session, secrets, tmp_path):
    for book in (session.book,):
        assert book.query("PRAGMA journal_mode")[0][0] == "wal"
        assert book.query("PRAGMA foreign_keys")[0][0] == 1
    session.close()
    again = open_session(DEMO, secrets, home=tmp_path)
    try:
        assert again.book.query("PRAGMA journal_mode")[0][0] == "wal"
        assert again.book.query("PRAGMA foreign_keys")[0][0] == 1
        # foreign keys are enforced, not just switched on
        with pytest.raises(dbapi2.IntegrityError):
            again.book.conn.execute(
                "INSERT INTO note (id, updated_at, client_id, kind, body, created_at)"
                " VALUES ('n1', '2024-01-01', 'no-such-client', 'conversation', 'x', '2024-01-01')")
    finally:
        again.close()


def test_a_book_from_the_first_schema_upgrades_and_files_clients_by_family_name(tmp_path):
    """A version-1 book (clients filed by given name) opens, migrates and lists by family name."""
    from sqlite_utils import Database

    from clienteling.domain import Client, build
    from clienteling.store import clients as repo
    from clienteling.store.book import _connect
    from clienteling.store.rows import to_row
    from clienteling.store.schema import migrations

    path, key = tmp_path / "v1.db", Key(raw=os.urandom(32))
    conn = _connect(path, key, read_only=False)
    conn.execute("PRAGMA journal_mode = WAL")
    db = Database(conn)
    migrations.apply(db, stop_before="m002_file_by_family_name")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.execute("INSERT INTO sync_state (id, device_id) VALUES (1, 'device-v1')")
    v1_columns = {r[1] for r in conn.execute("PRAGMA table_info(client)")}
    with db.atomic():
        for fam, giv in (("Rossi", "Giulia"), ("Dupont", "Héloïse"), ("Abbott", "Zoe")):
            client = build(Client, family_name=fam, given_name=giv)
            row = {k: v for k, v in {**to_row(client), "updated_at": "2024-01-01T00:00:00Z"}.items()
                   if k in v1_columns}  # the columns version 1 had
            conn.execute(f"INSERT INTO client ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
            repo.refresh_index(conn, client)
            # what version 1 stored: the given name first
            conn.execute("UPDATE client SET sort_key = ? WHERE id = ?", (f"{giv} {fam}".lower(), client.id))
    conn.close()

    book = open_book(path, key)
    try:
        assert {name for name, _ in _applied(book)} == KNOWN_MIGRATIONS
        assert book.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert book.device_id() == "device-v1"
        assert [r.name for r in repo.list_rows(book.conn)] == ["Zoe Abbott", "Héloïse Dupont", "Giulia Rossi"]
    finally:
        book.close()


def test_an_empty_file_becomes_a_new_book(tmp_path):
    path = tmp_path / "book.db"
    path.touch()  # e.g. left by a crash before the first page was written
    book = open_book(path, Key(raw=os.urandom(32)))
    try:
        assert {name for name, _ in _applied(book)} == KNOWN_MIGRATIONS
        assert book.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    finally:
        book.close()
    assert path.stat().st_size > 0


def test_a_book_from_before_the_drafts_gets_their_table_and_keeps_its_data(tmp_path):
    """A version-7 book (no prompt_draft) opens, migrates to 8, keeps its clients, and keeps drafts."""
    from datetime import datetime, timezone

    from sqlite_utils import Database

    from clienteling.domain import Client, build
    from clienteling.services.drafts import DraftService
    from clienteling.store import clients as repo
    from clienteling.store import rows
    from clienteling.store.book import _connect
    from clienteling.store.schema import migrations

    path, key = tmp_path / "v7.db", Key(raw=os.urandom(32))
    conn = _connect(path, key, read_only=False)
    conn.execute("PRAGMA journal_mode = WAL")
    db = Database(conn)
    migrations.apply(db, stop_before="m008_prompt_drafts")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 7
    assert not db["prompt_draft"].exists()
    conn.execute("INSERT INTO sync_state (id, device_id) VALUES (1, 'device-v7')")
    client = build(Client, family_name="Dupont", given_name="Héloïse")
    with db.atomic():
        rows.write(conn, client, extra=repo.list_columns(client, ""))
        repo.refresh_index(conn, client)
    conn.close()

    book = open_book(path, key)
    try:
        assert {name for name, _ in _applied(book)} == KNOWN_MIGRATIONS
        assert book.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert book.device_id() == "device-v7"
        assert [r.name for r in repo.list_rows(book.conn)] == ["Héloïse Dupont"]
        columns = [r[1] for r in book.query("PRAGMA table_info(prompt_draft)")]
        assert columns == ["prompt_key", "client_id", "channel", "subject", "body", "saved_at"]
        now = datetime(2026, 4, 15, 7, 30, tzinfo=timezone.utc)
        DraftService(book).save("thanks:x", client.id, "email", "Merci", "Chère Madame", now)
        assert DraftService(book).kept("thanks:x").body == "Chère Madame"
    finally:
        book.close()


def test_the_queue_reads_decisions_and_recent_outreach_from_their_indexes(tmp_path):
    """m009: the gates' reads seek the decisions by prompt key and the outreach by time (a covering
    index each), rather than reading every decision and every message the book ever held."""
    book = open_book(tmp_path / "book.db", Key(raw=os.urandom(32)))
    try:
        def plan(sql: str, *params) -> str:
            return " ".join(r[3] for r in book.query("EXPLAIN QUERY PLAN " + sql, params))

        decisions = plan("SELECT client_id, prompt_key, state, until, at FROM prompt_state WHERE prompt_key IN "
                         "(SELECT value FROM json_each(?)) AND deleted = 0", '["thanks:c1:2026-04-13"]')
        recent = plan("SELECT client_id, max(at) FROM outreach_log WHERE deleted = 0 AND at >= ? AND at <= ?"
                      " GROUP BY client_id", "2026-04-08", "2026-04-15")
        assert "COVERING INDEX prompt_state_decision" in decisions, decisions
        assert "COVERING INDEX outreach_log_recent" in recent, recent
        assert not book.query("SELECT 1 FROM sqlite_master WHERE name = 'prompt_state_key'")
    finally:
        book.close()
