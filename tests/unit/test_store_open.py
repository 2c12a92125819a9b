"""Opening the book: encrypted at rest, and a book that cannot be opened is never touched."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
import sqlcipher3

from clienteling.config import DEMO
from clienteling.credentials import book_key_name
from clienteling.domain.errors import CorruptBook, NewerBook, StoreError, WrongKey
from clienteling.services import ClientForm, open_session
from clienteling.store import Key, open_book

from .helpers import digest, folder_state

SECRET_NAME = "Xanthippe"
SECRET_FAMILY = "Quillfeather"
SECRET_NOTE = "prefers the ostrich Kelly in etoupe"


def _fill(session) -> str:
    client_id, _ = session.clients.create_client(ClientForm(
        family_name=SECRET_FAMILY, given_name=SECRET_NAME, country="FR",
        phones=[("mobile", "06 12 34 56 78")], emails=[("", "xanthippe@quillfeather.example")],
        tags=["collector"]))
    session.clients.add_note(client_id, SECRET_NOTE)
    return client_id


def _plaintexts() -> list[bytes]:
    return [s.encode("utf-8") for s in (SECRET_NAME, SECRET_FAMILY, SECRET_NOTE, "quillfeather.example",
                                        "33612345678", "CREATE TABLE", "SQLite format 3")]


def _reopen(tmp_path, secrets, **kw):
    return open_session(DEMO, secrets, home=tmp_path, **kw)


def _sqlcipher(path, key: Key):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(key.pragma())
    return conn


# -- encryption at rest --------------------------------------------------------------------

def test_book_cannot_be_read_with_plain_sqlite(session):
    _fill(session)
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_client_data_never_appears_in_plaintext_on_disk(session):
    _fill(session)
    path = session.path
    wal = path.with_name(path.name + "-wal")
    # While open: the write-ahead log holds the fresh pages; it is encrypted as well.
    for file in (path, wal):
        if file.exists():
            data = file.read_bytes()
            for plain in _plaintexts():
                assert plain not in data, f"{plain!r} readable in {file.name}"
    session.book.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    data = path.read_bytes()
    assert len(data) > 4096
    for plain in _plaintexts():
        assert plain not in data, f"{plain!r} readable in the closed book"


# -- books that must not open, and stay byte-identical ----------------------------------------

def test_wrong_key_is_refused_and_the_file_is_untouched(session, tmp_path):
    _fill(session)
    path = session.path
    session.close()
    before = folder_state(tmp_path)
    assert (path.name + "-wal") not in before
    with pytest.raises(WrongKey) as err:
        open_book(path, Key(raw=os.urandom(32)))
    assert "key" in str(err.value)
    assert "Nothing was changed" in str(err.value)
    assert folder_state(tmp_path) == before


def test_a_wrong_key_in_the_keyring_is_refused_and_the_book_reopens_with_the_right_one(session, secrets,
                                                                                       tmp_path):
    client_id = _fill(session)
    session.close()
    book_id = json.loads((tmp_path / "book.json").read_text())["book_id"]
    good = secrets.get(book_key_name(book_id))
    before = folder_state(tmp_path)
    secrets.set(book_key_name(book_id), os.urandom(32).hex())
    with pytest.raises(WrongKey):
        _reopen(tmp_path, secrets)
    assert folder_state(tmp_path) == before
    secrets.set(book_key_name(book_id), good)
    again = _reopen(tmp_path, secrets)
    try:
        assert again.clients.dossier(client_id).client.family_name == SECRET_FAMILY
    finally:
        again.close()


def _corrupt_middle(data: bytes) -> bytes:
    mid = len(data) // 2
    return data[:mid] + os.urandom(256) + data[mid + 256:]


def _flip_one_bit(data: bytes) -> bytes:
    mid = len(data) * 2 // 3
    return data[:mid] + bytes([data[mid] ^ 0x01]) + data[mid + 1:]


@pytest.mark.parametrize("damage", [
    pytest.param(_corrupt_middle, id="bytes-overwritten-in-the-middle"),
    pytest.param(_flip_one_bit, id="one-bit-flipped"),
    pytest.param(lambda d: d[: len(d) // 2], id="truncated-to-half"),
    pytest.param(lambda d: d[:5000], id="truncated-to-5000-bytes"),
    pytest.param(lambda d: d[:100], id="truncated-to-100-bytes"),
    pytest.param(lambda d: os.urandom(len(d)), id="random-bytes"),
])
def test_a_damaged_book_is_refused_with_a_clear_message_and_left_untouched(session, secrets, tmp_path,
                                                                          damage):
    for i in range(40):  # enough pages that "the middle" is not the schema page
        session.clients.create_client(ClientForm(family_name=f"Martin{i}", given_name="Claire",
                                                 tags=[f"tag{i}"]))
    _fill(session)
    path, key = session.path, session.book.key()
    session.close()
    path.write_bytes(damage(path.read_bytes()))
    before = folder_state(tmp_path)
    with pytest.raises((CorruptBook, WrongKey)) as err:
        open_book(path, key)
    message = str(err.value)
    assert "damaged" in message
    assert folder_state(tmp_path) == before
    with pytest.raises((CorruptBook, WrongKey)):  # and the same through the app's front door
        _reopen(tmp_path, secrets)
    assert folder_state(tmp_path) == before


def test_an_unencrypted_sqlite_file_is_not_taken_for_a_book(tmp_path):
    path = tmp_path / "book.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE client (name TEXT)")
    conn.execute("INSERT INTO client VALUES ('Dupont')")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(CorruptBook, match="unencrypted"):
        open_book(path, Key(raw=os.urandom(32)))
    assert folder_state(tmp_path) == before


def test_a_book_from_a_newer_version_is_refused_and_left_untouched(session, secrets, tmp_path):
    _fill(session)
    path, key = session.path, session.book.key()
    session.close()
    conn = _sqlcipher(path, key)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(NewerBook) as err:
        open_book(path, key)
    assert "newer version" in str(err.value)
    assert folder_state(tmp_path) == before
    with pytest.raises(NewerBook):
        _reopen(tmp_path, secrets)
    assert folder_state(tmp_path) == before


def test_a_book_with_a_migration_this_version_does_not_know_is_refused(session, tmp_path):
    path, key = session.path, session.book.key()
    session.close()
    conn = _sqlcipher(path, key)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('clienteling', 'm999_from_the_future', '2030-01-01')")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerBook):
        open_book(path, key)
    assert digest(path) == before


def test_opening_a_missing_book_without_create_says_so(tmp_path):
    with pytest.raises(StoreError, match="no book"):
        open_book(tmp_path / "nowhere.db", Key(raw=os.urandom(32)), create=False)
    assert not (tmp_path / "nowhere.db").exists()


def test_after_a_crash_everything_saved_is_still_there(session, secrets, tmp_path):
    """The app dies with changes only in the write-ahead log: the next start recovers them."""
    client_id = _fill(session)
    wal = session.path.with_name("book.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("book.db", "book.db-wal", "book.json"):  # what a power cut leaves on disk
        (crashed / name).write_bytes((tmp_path / name).read_bytes())
    session.close()
    again = _reopen(crashed, secrets)
    try:
        dossier = again.clients.dossier(client_id)
        assert dossier.client.family_name == SECRET_FAMILY
        assert [n.body for n in dossier.notes] == [SECRET_NOTE]
    finally:
        again.close()
