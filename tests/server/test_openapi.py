"""The contract: the kept openapi.json is exactly what the app serves, and matches the device's records."""

from __future__ import annotations

import json

from profile_server.entities import ENTITIES
from profile_server.openapi import KEPT, document, render


def test_served_openapi_equals_the_kept_file(api):
    r = api.client.get("/openapi.json")
    assert r.status_code == 200
    assert r.json() == json.loads(KEPT.read_text(encoding="utf-8")), (
        "openapi.json is stale: python -m profile_server.openapi > app/profile_server/openapi.json")


def test_the_kept_file_is_exactly_what_the_generator_prints():
    assert KEPT.read_text(encoding="utf-8") == render(document())


def test_the_contract_lists_the_endpoints_and_the_entities():
    doc = json.loads(KEPT.read_text(encoding="utf-8"))
    assert {(m, p) for p, ops in doc["paths"].items() for m in ops} == {
        ("post", "/v1/auth/token"), ("delete", "/v1/auth/token"), ("post", "/v1/sync/push"),
        ("get", "/v1/sync/changes"), ("post", "/v1/clients/{client_id}/erase")}
    entities = doc["x-clienteling-entities"]
    assert set(entities) == set(ENTITIES) and entities["purchase"]["read_only"] is True
    status = doc["components"]["schemas"]["MutationResult"]["properties"]["status"]
    assert set(status["enum"]) == {"applied", "conflict", "rejected", "duplicate", "erased"}


def test_the_entities_are_the_devices_tables_with_the_same_fields():
    """If the desktop adds a field, the contract must follow (and this test says so)."""
    from clienteling.store.rows import SYNC_FIELDS, TABLES

    for cls, table in TABLES.items():
        device_fields = set(cls.model_fields) - set(SYNC_FIELDS)
        assert set(ENTITIES[table]) == device_fields, table
    assert set(ENTITIES) == set(TABLES.values())
