"""Network faults, sign-in failures and server trouble: one clear sentence, nothing lost, next sync converges."""

from __future__ import annotations

import shutil
import socket
import subprocess
from datetime import timedelta

import pytest

from clienteling.domain.errors import AuthError, ServerUnavailable, SyncError
from clienteling.store import sync_state
from clienteling.sync import KeyringTokens, reason_of

from profile_server.cli import main as server_admin

from .conftest import PASSWORD, Device, add_advisor, assert_converged

PUSH, PULL = "/v1/sync/push", "/v1/sync/changes"
COMMITTED = {"drop_response", "timeout", "truncated", "malformed"}  # the server applied the batch first

FAULTS = [
    (PUSH, "drop_request", "dropped"),
    (PUSH, "drop_response", "dropped"),
    (PUSH, "timeout", "timeout"),
    (PUSH, "500", "server_error"),
    (PUSH, "truncated", "malformed"),
    (PUSH, "malformed", "malformed"),
    (PUSH, "offline", "offline"),
    (PULL, "drop_response", "dropped"),
    (PULL, "timeout", "timeout"),
    (PULL, "truncated", "malformed"),
    (PULL, "malformed", "malformed"),
    (PULL, "500", "server_error"),
]


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message and message.endswith(".") and "Traceback" not in message
    assert "httpx" not in message and "Errno" not in message


def _with_work(make_device):
    a, b = make_device("a"), make_device("b", login="bob")
    shared = a.new_client(city="Paris")
    a.run()
    b.run()
    b.edit(shared, tier="vic")
    b.run()  # a has something to pull
    client_id = a.new_client(family_name="Rossi", given_name="Giulia", country="IT",
                             phones=[("mobile", "+39 333 123 4567")], tags=["VIC"])
    a.clients.add_note(client_id, "Prefers the Milan atelier")
    a.edit(shared, city="Lyon")
    return a, b


@pytest.mark.parametrize(("path", "kind", "reason"), FAULTS, ids=[f"{p.split('/')[-1]}-{k}" for p, k, _ in FAULTS])
def test_a_fault_ends_the_sync_with_one_sentence_and_the_next_sync_converges(
        make_device, server, boutique_id, path, kind, reason):
    a, b = _with_work(make_device)
    state, outbox = a.state(), a.outbox()
    before = server.counts(boutique_id)
    a.transport.fail(path, kind)
    with pytest.raises(SyncError) as caught:
        a.run()
    assert reason_of(caught.value) == reason
    _one_sentence(str(caught.value))
    assert a.integrity() == []
    if path == PUSH:
        assert a.state() == state and a.outbox() == outbox  # nothing here changed, nothing left the outbox
    status = a.sync.status()
    assert status.last_error == str(caught.value)
    assert status.online is (reason not in ("offline", "dropped", "timeout"))
    committed = server.counts(boutique_id)
    a.run()  # the next sync retries; a batch the server already applied comes back as "duplicate"
    after = server.counts(boutique_id)
    if path == PUSH and kind in COMMITTED:
        assert committed["changes"] > before["changes"]
        assert after == committed  # nothing applied twice, no new record, no new change number
    assert after["results"] == before["results"] + len(outbox)  # each mutation processed exactly once
    assert a.sync.status().last_error is None
    b.run()
    assert_converged(server, boutique_id, a, b)


def test_a_duplicated_request_is_applied_once(make_device, server, boutique_id):
    a, b = _with_work(make_device)
    outbox = a.outbox()
    before = server.counts(boutique_id)
    a.transport.fail(PUSH, "duplicate")
    a.run()
    assert server.counts(boutique_id)["results"] == before["results"] + len(outbox)
    b.run()
    assert_converged(server, boutique_id, a, b)


def test_a_bad_gateway_after_the_server_committed_is_retried_and_answered_as_duplicate(make_device, server,
                                                                                        boutique_id):
    a, b = _with_work(make_device)
    outbox = a.outbox()
    a.transport.fail(PUSH, "502_after_commit")
    report = a.run()
    assert report.pushed == len(outbox) and a.outbox() == []
    assert a.sleeps == [1.0]  # one short wait before retrying
    b.run()
    assert_converged(server, boutique_id, a, b)


def test_busy_server_answers_are_waited_out_as_long_as_the_server_asks(make_device, server, boutique_id):
    a, b = _with_work(make_device)
    a.transport.fail(PUSH, "429")
    a.transport.fail(PULL, "503")
    a.run()
    assert a.sleeps == [1.0, 1.0]  # Retry-After: 1, honoured each time
    b.run()
    assert_converged(server, boutique_id, a, b)


def test_a_server_busy_for_too_long_ends_the_sync_with_a_sentence(make_device):
    a = make_device("a", max_wait=2.5)
    a.new_client()
    a.transport.fail(PUSH, "429", "429", "429", "429")
    with pytest.raises(ServerUnavailable) as caught:
        a.run()
    assert reason_of(caught.value) == "busy" and "busy" in str(caught.value)
    assert a.sleeps == [1.0, 1.0] and len(a.outbox()) == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_is_named_as_such(make_device, boutique_id):
    a = make_device("a", signed_in=False)
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(ServerUnavailable) as caught:
        a.sync.sign_in("alice", PASSWORD, url=url)
    assert reason_of(caught.value) == "down" and "not answering" in str(caught.value)
    KeyringTokens(a.secrets, boutique_id, url).save("a-token-from-before")
    with a.book.transaction() as db:
        sync_state.remember_sign_in(db.conn, url, "alice", None)
    a.new_client()
    with pytest.raises(ServerUnavailable) as caught:
        a.run()
    assert reason_of(caught.value) == "down"
    assert a.sync.status().online is False and len(a.outbox()) == 1


def test_a_wrong_password_keeps_nothing(make_device):
    a = make_device("a", signed_in=False)
    with pytest.raises(AuthError) as caught:
        a.sync.sign_in("alice", "not the password")
    assert reason_of(caught.value) == "wrong_password"
    _one_sentence(str(caught.value))
    assert a.secrets._data == {} and not a.sync.status().signed_in
    with pytest.raises(AuthError) as caught:
        a.run()
    assert reason_of(caught.value) == "signed_out"


def test_an_expired_sign_in_asks_to_sign_in_again_and_keeps_the_edits(make_device, server, boutique_id):
    a = make_device("a")
    a.new_client()
    server.clock.offset = timedelta(hours=13)  # tokens live 12 hours
    with pytest.raises(AuthError) as caught:
        a.run()
    assert reason_of(caught.value) == "expired" and "sign in again" in str(caught.value).lower()
    assert not a.sync.status().signed_in  # the dead token is forgotten
    assert len(a.outbox()) == 1
    a.sign_in()
    a.run()
    assert a.outbox() == [] and server.counts(boutique_id)["records"] == 1


def test_a_sign_in_of_another_boutique_is_refused(make_device, server, boutique_id, monkeypatch):
    other = "o" + boutique_id[1:]
    assert server_admin(["add-boutique", "--db", str(server.path), "--id", other]) == 0
    add_advisor(server, other, "marco", monkeypatch)
    a = make_device("a")
    milan = Device(server, other, a.home.parent / "milan")
    try:
        milan.sync.sign_in("marco", PASSWORD)
        token = KeyringTokens(milan.secrets, other, server.url).load()
    finally:
        milan.close()
    KeyringTokens(a.secrets, boutique_id, server.url).save(token)  # a token of another boutique
    a.new_client()
    with pytest.raises(AuthError) as caught:
        a.run()
    assert reason_of(caught.value) == "boutique_mismatch" and boutique_id in str(caught.value)
    assert len(a.outbox()) == 1 and server.counts(boutique_id)["records"] == 0


@pytest.mark.parametrize("url", ["http://clienteling.example.com", "ftp://127.0.0.1", "https://user:pw@example.com",
                                 "not a url"])
def test_unsafe_or_wrong_server_addresses_are_refused_before_anything_is_sent(make_device, url):
    a = make_device("a", signed_in=False)
    with pytest.raises(SyncError) as caught:
        a.sync.sign_in("alice", PASSWORD, url=url)
    _one_sentence(str(caught.value))
    assert a.transport.seen == []
    if url.startswith("http://"):
        assert "https://" in str(caught.value)


def _self_signed(folder) -> tuple[str, str]:
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-keyout", str(key),
                    "-out", str(cert), "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return str(cert), str(key)


def test_https_is_always_verified_and_a_boutique_may_name_its_own_certificate_authority(tmp_path):
    import threading
    import time

    import uvicorn

    from clienteling.sync import ApiClient
    from profile_server.app import create_app

    with pytest.raises(SyncError) as caught:
        ApiClient("https://clienteling.example.com", "paris", ca_bundle=str(tmp_path / "missing.pem"))
    assert reason_of(caught.value) == "ca_bundle"

    cert, key = _self_signed(tmp_path)
    port = _closed_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(tmp_path / "tls.db")), host="127.0.0.1", port=port,
                                           ssl_certfile=cert, ssl_keyfile=key, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline
            time.sleep(0.02)
        url = f"https://127.0.0.1:{port}"
        with ApiClient(url, "paris") as api, pytest.raises(SyncError) as caught:
            api.sign_in("alice", PASSWORD)  # a certificate nobody vouched for: nothing is sent
        assert reason_of(caught.value) == "certificate"
        with ApiClient(url, "paris", ca_bundle=cert) as api, pytest.raises(AuthError) as caught:
            api.sign_in("alice", PASSWORD)  # trusted through the boutique's bundle: the server answers
        assert reason_of(caught.value) == "wrong_password"
    finally:
        server.should_exit = True
        thread.join(10)
