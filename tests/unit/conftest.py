"""Helpers for the unit tests: a client service over the fresh demo book, and outbox reads."""

from __future__ import annotations

import json

import pytest

from clienteling.services import ClientForm


@pytest.fixture
def svc(session):
    return session.clients


@pytest.fixture
def add_client(svc):
    """Create a client from form fields; returns its id."""

    def add(**fields) -> str:
        client_id, changes = svc.create_client(ClientForm(**fields))
        assert client_id in changes.added
        return client_id

    return add


@pytest.fixture
def outbox(session):
    """The outbox as the sync engine will read it: [{entity, entity_id, op, patch, base_revs}]."""

    def read() -> list[dict]:
        rows = session.book.query(
            "SELECT seq, entity, entity_id, op, patch, base_revs, state FROM outbox ORDER BY seq")
        return [{"seq": r[0], "entity": r[1], "entity_id": r[2], "op": r[3], "patch": json.loads(r[4]),
                 "base_revs": json.loads(r[5]), "state": r[6]} for r in rows]

    return read

