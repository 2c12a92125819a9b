"""Where the book's key lives: the keyring, a passphrase, or (demo only) a file beside it."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail

from clienteling.config import DEMO, BoutiqueConfig, data_home
from clienteling.credentials import KeyringStore, book_key, book_key_name
from clienteling.domain.errors import CredentialsError, StoreError, WrongKey
from clienteling.services import ClientForm, book_path, open_session

PARIS = BoutiqueConfig(boutique_id="paris", display_name="Paris")


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_keyring_store_is_unavailable_with_the_fail_backend(no_keyring):
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    assert KeyringStore().available() is False


def test_keyring_store_round_trips_through_the_installed_backend(secrets, memory_keyring):
    assert secrets.available() is True
    secrets.set("token:paris", "s3cret")
    assert secrets.get("token:paris") == "s3cret"
    assert memory_keyring.passwords == {("Clienteling", "token:paris"): "s3cret"}
    secrets.delete("token:paris")
    secrets.delete("token:paris")  # deleting twice is fine
    assert secrets.get("token:paris") is None


def test_a_real_boutique_without_a_keyring_refuses_and_writes_nothing(no_keyring, tmp_path):
    with pytest.raises(CredentialsError) as err:
        open_session(PARIS, KeyringStore(), home=tmp_path)
    assert "--passphrase" in str(err.value)
    assert not book_path(PARIS, tmp_path).exists()
    assert not list(tmp_path.rglob("*.db")) and not list(tmp_path.rglob("book.json"))
    assert not list(tmp_path.rglob("*.key"))


def test_the_demo_book_without_a_keyring_keeps_its_key_in_a_file_and_says_so(no_keyring, tmp_path):
    session = open_session(DEMO, KeyringStore(), home=tmp_path)
    try:
        assert session.key_mode == "demo-file"
        assert "demo" in session.notice.lower() and "keyring" in session.notice.lower()
        client_id, _ = session.clients.create_client(ClientForm(family_name="Dupont"))
    finally:
        session.close()
    assert (tmp_path / "demo.key").stat().st_mode & 0o077 == 0  # readable by its owner only
    again = open_session(DEMO, KeyringStore(), home=tmp_path)
    try:
        assert again.key_mode == "demo-file"
        assert again.clients.dossier(client_id).client.family_name == "Dupont"
    finally:
        again.close()


def test_a_demo_key_file_never_unlocks_a_real_boutique(no_keyring, tmp_path):
    session = open_session(DEMO, KeyringStore(), home=tmp_path)
    session.close()
    info = json.loads((tmp_path / "book.json").read_text())
    assert info["key_mode"] == "demo-file"
    with pytest.raises(StoreError, match="unlock"):
        open_session(PARIS, KeyringStore(), home=tmp_path)


def test_passphrase_mode_round_trip(tmp_path, secrets):
    phrase = "correct horse battery staple"
    session = open_session(PARIS, secrets, home=tmp_path, passphrase=phrase)
    try:
        assert session.key_mode == "passphrase"
        client_id, _ = session.clients.create_client(ClientForm(family_name="Dupont"))
    finally:
        session.close()
    assert json.loads((tmp_path / "book.json").read_text())["key_mode"] == "passphrase"
    assert phrase.encode() not in _all_bytes(tmp_path)

    again = open_session(PARIS, secrets, home=tmp_path, passphrase=phrase)
    try:
        assert again.clients.dossier(client_id).client.family_name == "Dupont"
    finally:
        again.close()
    with pytest.raises(WrongKey):
        open_session(PARIS, secrets, home=tmp_path, passphrase="wrong horse")
    with pytest.raises(CredentialsError, match="--passphrase"):
        open_session(PARIS, secrets, home=tmp_path)


def test_passphrase_mode_works_without_any_keyring(no_keyring, tmp_path):
    session = open_session(PARIS, KeyringStore(), home=tmp_path, passphrase="o'neil \"quoted\" pass")
    session.close()
    again = open_session(PARIS, KeyringStore(), home=tmp_path, passphrase="o'neil \"quoted\" pass")
    assert again.key_mode == "passphrase"
    again.close()


def test_keyring_mode_never_writes_the_key_beside_the_book(secrets, memory_keyring, tmp_path):
    session = open_session(PARIS, secrets, home=tmp_path)
    try:
        assert session.key_mode == "keyring"
        session.clients.create_client(ClientForm(family_name="Dupont"))
        info = json.loads((tmp_path / "book.json").read_text())
        raw = book_key(secrets, info["book_id"])
        assert raw is not None and len(raw) == 32
        assert session.book.key().raw == raw
        assert "key" not in {k for k in info if k != "key_mode"}
        needles = [raw, raw.hex().encode(), raw.hex().upper().encode(), raw.hex()[:16].encode()]
        blob = _all_bytes(tmp_path)
        for needle in needles:
            assert needle not in blob
        assert raw.hex() not in repr(session.book.key())
    finally:
        session.close()
    for needle in needles:
        assert needle not in _all_bytes(tmp_path)
    assert list(memory_keyring.passwords) == [("Clienteling", book_key_name(info["book_id"]))]


def test_a_book_whose_key_left_the_keyring_is_not_recreated(secrets, memory_keyring, tmp_path):
    session = open_session(PARIS, secrets, home=tmp_path)
    session.close()
    before = (tmp_path / "book.db").read_bytes()
    memory_keyring.passwords.clear()
    with pytest.raises(WrongKey, match="keyring"):
        open_session(PARIS, secrets, home=tmp_path)
    assert (tmp_path / "book.db").read_bytes() == before
    assert memory_keyring.passwords == {}


def test_a_keyring_book_on_a_machine_that_lost_its_keyring_asks_for_a_keyring(secrets, tmp_path):
    open_session(PARIS, secrets, home=tmp_path).close()
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(CredentialsError, match="--passphrase"):
        open_session(PARIS, KeyringStore(), home=tmp_path)


def test_data_home_follows_clienteling_home(monkeypatch, tmp_path):
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path))
    assert data_home(PARIS) == tmp_path / "paris"
    assert data_home(DEMO) == tmp_path / "demo"
    assert book_path(PARIS) == tmp_path / "paris" / "book.db"


def test_the_session_fixture_never_touches_the_real_user_folder(session, tmp_path):
    assert session.path.parent == tmp_path
