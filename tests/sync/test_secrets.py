"""The sign-in token lives in the keyring only: never in the book, a file, a log or an error."""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx
import pytest

from clienteling.credentials import KeyringStore, token_name
from clienteling.domain.errors import ClientelingError

from .conftest import PASSWORD


def _files_holding(folder, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _book_text(device) -> str:
    """Every value of every table of the (decrypted) book, as text."""
    conn = device.book.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(repr(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"'))


def test_sign_in_keeps_the_token_in_the_keyring_only_and_sign_out_removes_it(
        make_device, memory_keyring, server, boutique_id, caplog):
    caplog.set_level(logging.DEBUG)
    a = make_device("a", signed_in=False, secrets=KeyringStore())
    signed = a.sync.sign_in("alice", PASSWORD)
    assert (signed.advisor, signed.boutique_id, signed.server_url) == ("alice", boutique_id, server.url)
    slot = ("Clienteling", token_name(boutique_id, server.url))
    token = memory_keyring.passwords[slot]
    assert len(token) >= 32
    assert a.sync.status().signed_in and a.sync.status().advisor == "alice"

    errors: list[str] = [repr(signed), repr(a.sync), repr(a.sync.status())]
    client_id = a.new_client(phones=[("mobile", "06 12 34 56 78")])
    a.clients.add_note(client_id, "Collects vintage watches")
    for path, kind in (("/v1/sync/push", "malformed"), ("/v1/sync/push", "timeout"), ("/v1/sync/changes", "500")):
        a.transport.fail(path, kind)
        with pytest.raises(ClientelingError) as caught:
            a.run()
        errors += [str(caught.value), repr(caught.value)]
    a.run()
    server.clock.offset = timedelta(hours=13)
    with pytest.raises(ClientelingError) as caught:
        a.run()
    errors += [str(caught.value), repr(caught.value)]
    server.clock.offset = timedelta()
    assert slot not in memory_keyring.passwords  # an expired token is forgotten

    a.sync.sign_in("alice", PASSWORD)
    token2 = memory_keyring.passwords[slot]
    a.run()
    a.book.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    # the scans below do find what is there
    assert "Collects vintage watches" in _book_text(a) and "/v1/sync/push" in caplog.text
    assert _files_holding(a.home, boutique_id.encode()) != []  # book.json names the boutique
    for secret in (token, token2):
        assert _files_holding(a.home, secret.encode()) == []
        assert secret not in _book_text(a)  # the decrypted book holds no token either
        assert secret not in caplog.text
        assert not any(secret in e for e in errors)
    assert PASSWORD not in caplog.text and _files_holding(a.home, PASSWORD.encode()) == []

    a.sync.sign_out()
    assert slot not in memory_keyring.passwords
    assert not a.sync.status().signed_in
    revoked = httpx.get(f"{server.url}/v1/sync/changes", headers={"Authorization": f"Bearer {token2}"})
    assert revoked.status_code == 401  # signed out on the server too


def test_sign_out_while_offline_still_forgets_the_token(make_device, memory_keyring, boutique_id, server):
    a = make_device("a", signed_in=False, secrets=KeyringStore())
    a.sync.sign_in("alice", PASSWORD)
    a.transport.fail("/v1/auth/token", "offline")
    a.sync.sign_out()
    assert ("Clienteling", token_name(boutique_id, server.url)) not in memory_keyring.passwords


def test_without_a_keyring_the_sign_in_is_refused_unless_for_this_run_only(make_device):
    import keyring
    from keyring.backends import fail

    from clienteling.domain.errors import CredentialsError

    a = make_device("a", signed_in=False, secrets=KeyringStore())
    keyring.set_keyring(fail.Keyring())  # the book is open; now the keyring goes away
    with pytest.raises(CredentialsError) as caught:
        a.sync.sign_in("alice", PASSWORD)
    assert "keyring" in str(caught.value)
    a.sync.sign_in("alice", PASSWORD, remember=False)
    a.new_client()
    assert a.run().pushed == 1
