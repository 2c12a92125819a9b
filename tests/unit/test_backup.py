"""Rolling encrypted backups, and a restore that only accepts a backup of this book."""

from __future__ import annotations

import os
import sqlite3

import pytest
import sqlcipher3

from clienteling.config import DEMO, BoutiqueConfig
from clienteling.domain.errors import StoreError
from clienteling.services import ClientForm, check_and_backup, open_session
from clienteling.store import Key
from clienteling.store.backup import list_backups, make_backup, restore_backup

from .helpers import digest


def _names_in(path, key: Key) -> set[str]:
    conn = sqlcipher3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        conn.execute(key.pragma())
        return {r[0] for r in conn.execute("SELECT family_name FROM client WHERE deleted = 0")}
    finally:
        conn.close()


def _add(session, family: str) -> str:
    client_id, _ = session.clients.create_client(ClientForm(family_name=family, given_name="Claire"))
    return client_id


def test_check_and_backup_makes_an_encrypted_backup_holding_the_data(session):
    _add(session, "Dupont")
    _add(session, "Quillfeather")
    report = check_and_backup(session.path, session.book.key(), keep=3)
    assert report.ok and report.problems == []
    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == session.path.parent / "backups"
    assert _names_in(report.backup, session.book.key()) == {"Dupont", "Quillfeather"}
    assert b"Quillfeather" not in report.backup.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(report.backup).execute("SELECT * FROM sqlite_master").fetchall()
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
        _names_in(report.backup, Key(raw=os.urandom(32)))


def test_a_recent_backup_is_not_repeated_unless_forced(session):
    _add(session, "Dupont")
    first = check_and_backup(session.path, session.book.key())
    assert first.backup is not None
    again = check_and_backup(session.path, session.book.key())
    assert again.ok and again.backup is None
    assert len(list_backups(session.path)) == 1
    forced = check_and_backup(session.path, session.book.key(), force_backup=True)
    assert forced.backup is not None and forced.backup != first.backup
    assert len(list_backups(session.path)) == 2


def test_rolling_backups_keep_the_newest_n(session):
    _add(session, "Dupont")
    keep = 3
    made = [make_backup(session.path, session.book.key(), keep=keep) for _ in range(keep + 2)]
    kept = list_backups(session.path)
    assert kept == made[-keep:]
    assert all(not p.exists() for p in made[:-keep])
    assert not list((session.path.parent / "backups").glob("*.partial"))


def test_the_boutique_setting_bounds_how_many_backups_are_kept():
    with pytest.raises(Exception):
        BoutiqueConfig(boutique_id="paris", display_name="Paris", backups_kept=0)
    assert DEMO.backups_kept >= 1


def test_restore_replaces_the_book_and_keeps_the_old_one_aside(session, secrets, tmp_path):
    kept_id = _add(session, "Dupont")
    backup = make_backup(session.path, session.book.key())
    _add(session, "Martin")  # typed after the backup: lost by the restore, but kept aside
    path, key = session.path, session.book.key()
    session.close()

    aside = restore_backup(backup, path, key)
    assert aside.exists() and aside != path
    assert _names_in(aside, key) == {"Dupont", "Martin"}
    assert backup.exists()  # the backup itself is not consumed

    again = open_session(DEMO, secrets, home=tmp_path)
    try:
        assert {r.name for r in again.clients.list_rows()} == {"Claire Dupont"}
        assert again.clients.dossier(kept_id).client.family_name == "Dupont"
        assert again.clients.search("martin") == []
    finally:
        again.close()


def test_a_backup_that_does_not_open_with_the_key_is_refused(session, tmp_path):
    _add(session, "Dupont")
    path, key = session.path, session.book.key()
    session.close()
    before = digest(path)

    stranger_dir = tmp_path / "elsewhere"
    stranger = open_session(BoutiqueConfig(boutique_id="london", display_name="London"), _memory_secrets(),
                            home=stranger_dir)
    _add(stranger, "Smith")
    foreign = make_backup(stranger.path, stranger.book.key())
    stranger.close()

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(64 * 1024))
    for bad in (foreign, garbage):
        with pytest.raises(StoreError) as err:
            restore_backup(bad, path, key)
        assert bad.name in str(err.value)
        assert digest(path) == before
        assert not list(tmp_path.glob("book.before-restore-*"))


def test_a_damaged_book_is_not_backed_up_over_the_good_copies(session):
    _add(session, "Dupont")
    good = make_backup(session.path, session.book.key())
    path, key = session.path, session.book.key()
    session.close()
    data = path.read_bytes()
    mid = len(data) // 2
    path.write_bytes(data[:mid] + os.urandom(512) + data[mid + 512:])
    report = check_and_backup(path, key, force_backup=True)
    assert not report.ok and report.problems
    assert report.backup is None
    assert list_backups(path) == [good]


def _memory_secrets():
    from clienteling.credentials import MemoryStore

    return MemoryStore()


def test_two_restores_in_a_row_keep_both_earlier_books_aside(session, tmp_path):
    _add(session, "Dupont")
    backup = make_backup(session.path, session.book.key())
    path, key = session.path, session.book.key()
    session.close()
    first = restore_backup(backup, path, key)
    second = restore_backup(backup, path, key)
    assert first != second
    assert first.exists() and second.exists()
    assert _names_in(first, key) == {"Dupont"}
