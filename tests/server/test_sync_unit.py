"""The merge and paging logic without HTTP: profile_server.sync on a bare SQLite connection."""

from __future__ import annotations

import ast
from datetime import datetime, timezone
from pathlib import Path

import pytest

import profile_server
from profile_server import db, sync
from profile_server.models import Mutation

from .conftest import new_id

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=timezone.utc)
PACKAGE = Path(profile_server.__file__).parent


@pytest.fixture
def conn(tmp_path):
    path = str(tmp_path / "unit.db")
    db.init(path)
    c = db.connect(path)
    db.add_boutique(c, "paris", "Paris", NOW)
    yield c
    c.close()


class Feed:
    def __init__(self, conn):
        self.conn, self.seq = conn, 0

    def __call__(self, entity, entity_id, patch=None, base=None, op="upsert", device="d1"):
        self.seq += 1
        m = Mutation(seq=self.seq, mutation_id=new_id(), entity=entity, entity_id=entity_id, op=op,
                     patch=patch or {}, base_revs=base or {})
        return sync.push(self.conn, "paris", device, [m], NOW)["results"][0]


@pytest.mark.parametrize("server_edits,base,value,status", [
    # change 1 creates the client; the server's city edits are changes 2 ("Lyon") and 3 ("Lille")
    (0, None, "Nice", "applied"),        # field never set on the server
    (1, 2, "Nice", "applied"),           # based on the server's current rev
    (1, 5, "Nice", "applied"),           # a record-level base newer than the field: seen it
    (2, 2, "Nice", "conflict"),          # the server changed it since
    (2, 2, "Lille", "applied"),          # ...to the same value
    (1, None, "Nice", "conflict"),       # never synced here, set there
])
def test_field_merge_matrix(conn, server_edits, base, value, status):
    push = Feed(conn)
    cid = new_id()
    push("client", cid, {"family_name": "X"})
    for city in ("Lyon", "Lille")[:server_edits]:
        assert push("client", cid, {"city": city}, {"city": 99})["status"] == "applied"
    counter = db.counter(conn, "paris")[0]
    result = push("client", cid, {"city": value}, {"city": base})
    assert result["status"] == status, result
    if status == "conflict":
        assert result["conflicts"] == [{"field": "city", "server_value": ("Lyon", "Lille")[server_edits - 1],
                                        "server_rev": 1 + server_edits}]
    if status == "conflict" or value == "Lille":
        assert db.counter(conn, "paris")[0] == counter  # nothing new was written
    else:
        assert result["revs"] == {"city": counter + 1}


def test_pages_are_cut_by_change_number(conn):
    push = Feed(conn)
    ids = [new_id() for _ in range(5)]
    for i in ids:
        push("client", i, {"family_name": "X"})
    page = sync.changes(conn, "paris", None, 2)
    assert [c["entity_id"] for c in page["changes"]] == ids[:2] and page["has_more"]
    page = sync.changes(conn, "paris", page["next_cursor"], 10)
    assert [c["entity_id"] for c in page["changes"]] == ids[2:] and not page["has_more"]


def test_cursors_round_trip_and_are_scoped():
    cursor = sync.encode_cursor("paris", 42, 7)
    assert sync.decode_cursor(cursor, "paris") == (42, 7)
    with pytest.raises(sync.CrossBoutique):
        sync.decode_cursor(cursor, "milan")
    with pytest.raises(sync.BadCursor):
        sync.decode_cursor("%%%", "paris")


def test_merge_logic_imports_no_web_framework():
    for name in ("sync.py", "entities.py", "db.py", "auth.py", "pos_import.py", "models.py", "limits.py"):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not any(m.split(".")[0] in ("fastapi", "starlette", "uvicorn") for m in imported), name


def test_modules_stay_small():
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name
