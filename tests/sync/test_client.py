"""The HTTP client alone, over httpx.MockTransport: what each kind of answer becomes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from clienteling.domain.errors import AuthError, ServerUnavailable, SyncError
from clienteling.sync import ApiClient, check_url, reason_of

TOKEN = "tok-" + "x" * 40
MUTATION = {"seq": 1, "mutation_id": "m1", "entity": "client", "entity_id": "c1", "op": "upsert",
            "patch": {"city": "Lyon"}, "base_revs": {"city": 3}}


def _api(handler, sleeps=None, **kw) -> ApiClient:
    return ApiClient("https://api.example.com", "paris", token=TOKEN, transport=httpx.MockTransport(handler),
                     sleep=(sleeps.append if sleeps is not None else lambda s: None), **kw)


@pytest.mark.parametrize("url", ["https://api.example.com/", "http://127.0.0.1:8765", "http://localhost:8765",
                                 "http://[::1]:8765", "http://127.0.0.2"])
def test_secure_or_loopback_addresses_are_accepted(url):
    assert check_url(url) == url.rstrip("/")


def test_every_request_carries_the_token_and_the_boutique_but_the_client_never_shows_the_token():
    seen = []

    def handler(request: httpx.Request):
        seen.append(request)
        return httpx.Response(200, json={"changes": [], "next_cursor": "c", "has_more": False})

    api = _api(handler)
    api.changes(None)
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert seen[0].headers["x-boutique-id"] == "paris"
    assert TOKEN not in repr(api)


def test_retry_after_as_a_date_is_honoured():
    sleeps, calls = [], []
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=3), usegmt=True)

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(503, headers={"Retry-After": when}, json={"detail": "busy"})
        return httpx.Response(200, json={"changes": [], "next_cursor": "c", "has_more": False})

    _api(handler, sleeps).changes(None)
    assert len(sleeps) == 1 and 1.0 < sleeps[0] <= 3.0


def test_a_retry_after_longer_than_the_patience_is_not_waited_but_said():
    sleeps = []
    api = _api(lambda r: httpx.Response(429, headers={"Retry-After": "120"}, json={"detail": "slow down"}), sleeps)
    with pytest.raises(ServerUnavailable) as caught:
        api.changes(None)
    assert sleeps == [] and "121 seconds" in str(caught.value)


@pytest.mark.parametrize(("status", "cls", "reason"), [
    (401, AuthError, "expired"), (403, AuthError, "boutique_mismatch"), (404, SyncError, "not_found"),
    (413, SyncError, "too_large"), (422, SyncError, "refused"), (500, ServerUnavailable, "server_error"),
    (418, SyncError, "unexpected"),
])
def test_each_status_becomes_one_sentence(status, cls, reason):
    api = _api(lambda r: httpx.Response(status, json={"detail": f"server says {TOKEN}"}))
    with pytest.raises(cls) as caught:
        api.push("device", [MUTATION])
    assert reason_of(caught.value) == reason
    assert TOKEN not in str(caught.value) and "\n" not in str(caught.value)


def test_an_answer_that_does_not_answer_every_mutation_is_malformed():
    answer = {"results": [], "last_seq": 1}
    with pytest.raises(SyncError) as caught:
        _api(lambda r: httpx.Response(200, json=answer)).push("device", [MUTATION])
    assert reason_of(caught.value) == "malformed"


def test_an_answer_of_the_wrong_shape_is_malformed():
    with pytest.raises(SyncError) as caught:
        _api(lambda r: httpx.Response(200, json={"changes": "all of them"})).changes(None)
    assert reason_of(caught.value) == "malformed"


@pytest.mark.parametrize(("exc", "reason"), [
    (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "certificate"),
    (httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), "offline"),
    (httpx.ConnectError("[Errno 101] Network is unreachable"), "offline"),
    (httpx.ConnectError("[Errno 111] Connection refused"), "down"),
    (httpx.ConnectTimeout("timed out"), "timeout"),
    (httpx.RemoteProtocolError("peer closed connection"), "dropped"),
])
def test_network_failures_are_told_apart(exc, reason):
    def handler(request):
        raise exc

    with pytest.raises(SyncError) as caught:
        _api(handler).changes(None)
    assert reason_of(caught.value) == reason
    assert "Errno" not in str(caught.value) and "SSL:" not in str(caught.value)


def test_without_a_token_nothing_is_sent():
    sent = []
    api = ApiClient("https://api.example.com", "paris", transport=httpx.MockTransport(sent.append))
    with pytest.raises(AuthError) as caught:
        api.changes(None)
    assert reason_of(caught.value) == "signed_out" and sent == []
