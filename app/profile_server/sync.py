"""Push (idempotent mutations, field-level merge), pull (numbered changes, opaque cursor), erasure.

No FastAPI here: functions take a DB-API connection and return plain dicts shaped like the
wire models, and raise the exceptions below, which app.py maps to HTTP statuses.

Revisions are change numbers: a field's rev is the boutique change number that last set it,
a record's change_no the one that last changed it. So a device may send, as base rev, either
the field's rev it last saw or the record's change_no it last pulled: a field merges cleanly
when base_rev >= the field's current rev. The demo book (demo.py) keeps its fields at rev 1,
the revision a laptop's bulk-loaded demo book has, below its records' change numbers.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import sqlite3
from collections import Counter
from datetime import datetime
from typing import Any

from . import db
from .entities import ENTITIES, READ_ONLY, REQUIRED, Invalid, check_value, valid_id
from .models import Mutation

log = logging.getLogger("profile_server.sync")
IGNORED = frozenset({"id", "rev", "updated_at"})  # the device's own bookkeeping, never stored


class CrossBoutique(Exception):
    """The request touches another boutique's data (HTTP 403)."""


class BadCursor(ValueError):
    """The cursor is not one this server made (HTTP 422)."""


class CursorGone(Exception):
    """The cursor is older than the tombstone horizon, or from another database (HTTP 410)."""


class NotFound(LookupError):
    """No such record (HTTP 404)."""


# ---- cursors -------------------------------------------------------------------------------

def encode_cursor(boutique_id: str, change_no: int, horizon: int = 0) -> str:
    """Opaque to devices: the boutique, the last change number seen, and the purge horizon then."""
    raw = f"c1:{boutique_id}:{change_no}:{horizon}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, boutique_id: str) -> tuple[int, int]:
    """(change number, horizon when issued); BadCursor if malformed, CrossBoutique if not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        tag, owner, number, horizon = raw.split(":")
        if tag != "c1" or not number.isdigit() or not horizon.isdigit():
            raise ValueError
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise BadCursor("This cursor is not valid: pass back the next_cursor of a previous page, "
                        "or no cursor to start from the beginning.") from None
    if owner != boutique_id:
        raise CrossBoutique("This cursor belongs to another boutique.")
    return int(number), int(horizon)


# ---- records -------------------------------------------------------------------------------

def _record(conn, entity: str, record_id: str):
    """(boutique_id, client_id, change_no, deleted, erased) or None."""
    return conn.execute("SELECT boutique_id, client_id, change_no, deleted, erased FROM record"
                        " WHERE entity = ? AND id = ?", (entity, record_id)).fetchone()


def _fields(conn, entity: str, record_id: str) -> dict[str, tuple[Any, int]]:
    cur = conn.execute("SELECT name, value, rev FROM field WHERE entity = ? AND record_id = ?", (entity, record_id))
    return {name: (json.loads(value), rev) for name, value, rev in cur}


def _set_fields(conn, boutique_id: str, entity: str, record_id: str, values: dict[str, Any], rev: int) -> None:
    conn.executemany(
        "INSERT INTO field (boutique_id, entity, record_id, name, value, rev) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(entity, record_id, name) DO UPDATE SET value = excluded.value, rev = excluded.rev",
        [(boutique_id, entity, record_id, k, db.dumps(v), rev) for k, v in values.items()])


def create_record(conn, boutique_id: str, entity: str, record_id: str, values: dict[str, Any],
                  now: datetime) -> int:
    """Insert a new record with every field at a fresh change number; returns that number."""
    change_no = db.next_change(conn, boutique_id)
    conn.execute("INSERT INTO record (entity, id, boutique_id, client_id, change_no, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)",
                 (entity, record_id, boutique_id, values.get("client_id"), change_no, db.iso(now)))
    _set_fields(conn, boutique_id, entity, record_id, values, change_no)
    return change_no


def _touch(conn, entity: str, record_id: str, change_no: int, now: datetime, **cols) -> None:
    sets = "".join(f", {c} = ?" for c in cols)
    conn.execute(f"UPDATE record SET change_no = ?, updated_at = ?{sets} WHERE entity = ? AND id = ?",
                 (change_no, db.iso(now), *cols.values(), entity, record_id))


# ---- push ----------------------------------------------------------------------------------

def _result(m: Mutation, status: str, message: str | None = None, revs: dict | None = None,
            conflicts: list | None = None) -> dict:
    return {"mutation_id": m.mutation_id, "seq": m.seq, "status": status, "revs": revs or {},
            "conflicts": conflicts or [], "message": message}


def _owned(conn, boutique_id: str, entity: str, record_id: str, m: Mutation, what: str):
    """A referenced record: None if unknown; CrossBoutique if it is another boutique's."""
    rec = _record(conn, entity, record_id)
    if rec is not None and rec[0] != boutique_id:
        raise CrossBoutique(f"Mutation seq {m.seq}: the {what} {record_id} belongs to another boutique.")
    return rec


def apply_mutation(conn, boutique_id: str, m: Mutation, now: datetime) -> dict:
    """Apply one mutation inside the caller's write transaction; returns its result."""
    if m.entity not in ENTITIES:
        return _result(m, "rejected", f"Unknown entity “{m.entity[:40]}”; expected one of {', '.join(ENTITIES)}.")
    if m.entity in READ_ONLY:
        return _result(m, "rejected", "Purchases come from the point of sale; devices cannot change them.")
    if not valid_id(m.entity_id):
        return _result(m, "rejected", f"The record id “{m.entity_id[:40]}” is not a UUID.")
    rec = _owned(conn, boutique_id, m.entity, m.entity_id, m, m.entity)
    if rec is not None and rec[4]:
        return _result(m, "erased", "This client's data was erased; the change was not kept.")
    patch: dict[str, Any] = {}
    revive: bool | None = None
    try:
        for name, value in m.patch.items():
            if name == "deleted":
                if not (isinstance(value, bool) or value in (0, 1)):
                    raise Invalid("deleted must be true or false.")
                revive = not value
            elif name not in IGNORED:
                patch[name] = check_value(m.entity, name, value)
    except Invalid as exc:
        return _result(m, "rejected", str(exc))
    if m.op == "delete" or revive is False:
        return _delete(conn, m, rec, now)
    if m.entity != "client":
        client_id = patch.get("client_id", rec[1] if rec else None)
        if rec is None:
            missing = [f for f in REQUIRED[m.entity] if f not in patch]
            if missing:
                return _result(m, "rejected", f"A new {m.entity} needs {', '.join(missing)}.")
        if "client_id" in patch:
            owner = _owned(conn, boutique_id, "client", client_id, m, "client")
            if owner is None:
                return _result(m, "rejected", f"The client {client_id} is unknown to the server.")
            if owner[4]:
                return _result(m, "erased", "This client's data was erased; the change was not kept.")
        if patch.get("relation_id"):
            rel = _owned(conn, boutique_id, "relation", patch["relation_id"], m, "relation")
            if rel is None:
                return _result(m, "rejected", f"The relation {patch['relation_id']} is unknown to the server.")
            if rel[4]:
                return _result(m, "erased", "This client's data was erased; the change was not kept.")
            if rel[1] != client_id:
                return _result(m, "rejected", "The relation belongs to another client.")
    elif rec is None and not any(patch.get(f) for f in ("family_name", "given_name", "family_name_latin",
                                                        "given_name_latin")):
        return _result(m, "rejected", "A client needs at least a family name or a given name.")
    if rec is None:
        change_no = create_record(conn, boutique_id, m.entity, m.entity_id, patch, now)
        return _result(m, "applied", revs={k: change_no for k in patch})
    return _merge(conn, boutique_id, m, rec, patch, revive, now)


def _merge(conn, boutique_id: str, m: Mutation, rec, patch: dict, revive: bool | None, now: datetime) -> dict:
    current = _fields(conn, m.entity, m.entity_id)
    changes: dict[str, Any] = {}
    revs: dict[str, int] = {}
    conflicts: list[dict] = []
    for name, value in patch.items():
        have = current.get(name)
        base = m.base_revs.get(name)
        if have is None:
            changes[name] = value
        elif have[0] == value:
            revs[name] = have[1]
        elif base is not None and base >= have[1]:
            changes[name] = value
        else:
            conflicts.append({"field": name, "server_value": have[0], "server_rev": have[1]})
    deleted = bool(rec[3])
    if deleted and revive is None:
        conflicts.append({"field": "deleted", "server_value": True, "server_rev": rec[2]})
    if changes or (deleted and revive):
        change_no = db.next_change(conn, boutique_id)
        _set_fields(conn, boutique_id, m.entity, m.entity_id, changes, change_no)
        cols: dict[str, Any] = {"deleted": 0} if revive else {}
        if "client_id" in changes:
            cols["client_id"] = changes["client_id"]
        _touch(conn, m.entity, m.entity_id, change_no, now, **cols)
        revs.update({k: change_no for k in changes})
        if revive and deleted:
            revs["deleted"] = change_no
    if conflicts:
        names = ", ".join(c["field"] for c in conflicts)
        return _result(m, "conflict", f"Changed on the server since your edit (server value kept): {names}.",
                       revs, conflicts)
    return _result(m, "applied", revs=revs)


def _delete(conn, m: Mutation, rec, now: datetime) -> dict:
    if rec is None:
        return _result(m, "applied", "Nothing to delete: the server never had this record.")
    if rec[3]:
        return _result(m, "applied", "Already deleted.", revs={"deleted": rec[2]})
    change_no = db.next_change(conn, rec[0])
    _touch(conn, m.entity, m.entity_id, change_no, now, deleted=1)
    return _result(m, "applied", revs={"deleted": change_no})


def _duplicate(m: Mutation, stored: dict | None, last_seq: int) -> dict:
    if stored is None:
        return _result(m, "duplicate", f"Already processed (this device's last processed seq is {last_seq}).")
    if stored["mutation_id"] != m.mutation_id:  # same seq, another mutation: not a replay
        return _result(m, "duplicate", f"Seq {m.seq} of this device was already used by another mutation, so this "
                                       "one was not applied: the device's numbering is behind the server's (a restored "
                                       f"backup?). Last processed seq: {last_seq}. Push under a new device_id.")
    return {**stored, "mutation_id": m.mutation_id, "seq": m.seq, "status": "duplicate",
            "first_status": stored["status"], "message": stored.get("message") or "Already processed."}


def push(conn: sqlite3.Connection, boutique_id: str, device_id: str, mutations: list[Mutation],
         now: datetime) -> dict:
    """Apply a batch in one transaction with the device's last seq and the stored results."""
    results: list[dict] = []
    with db.write(conn):
        conn.execute("INSERT OR IGNORE INTO device (boutique_id, device_id, last_seen_at) VALUES (?, ?, ?)",
                     (boutique_id, device_id, db.iso(now)))
        last_seq = conn.execute("SELECT last_seq FROM device WHERE boutique_id = ? AND device_id = ?",
                                (boutique_id, device_id)).fetchone()[0]
        for m in mutations:
            row = conn.execute("SELECT result FROM mutation_result WHERE boutique_id = ? AND mutation_id = ?",
                               (boutique_id, m.mutation_id)).fetchone()
            if row is None and m.seq <= last_seq:
                row = conn.execute("SELECT result FROM mutation_result WHERE boutique_id = ? AND device_id = ?"
                                   " AND seq = ?", (boutique_id, device_id, m.seq)).fetchone()
                results.append(_duplicate(m, json.loads(row[0]) if row else None, last_seq))
                continue
            if row is not None:
                results.append(_duplicate(m, json.loads(row[0]), last_seq))
                continue
            result = apply_mutation(conn, boutique_id, m, now)
            conn.execute("INSERT INTO mutation_result (boutique_id, device_id, mutation_id, seq, entity_id, result,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (boutique_id, device_id, m.mutation_id, m.seq, m.entity_id, db.dumps(result), db.iso(now)))
            last_seq = max(last_seq, m.seq)
            results.append(result)
        conn.execute("UPDATE device SET last_seq = ?, last_seen_at = ? WHERE boutique_id = ? AND device_id = ?",
                     (last_seq, db.iso(now), boutique_id, device_id))
    tally = Counter(r["status"] for r in results)
    log.info("push boutique=%s device=%s mutations=%d %s", boutique_id, device_id, len(mutations),
             " ".join(f"{k}={v}" for k, v in sorted(tally.items())))
    return {"results": results, "last_seq": last_seq}


# ---- pull ----------------------------------------------------------------------------------

def changes(conn: sqlite3.Connection, boutique_id: str, cursor: str | None, limit: int) -> dict:
    """One page of changes after `cursor` (None or "" = from the start), in change-number order."""
    after, seen_horizon = decode_cursor(cursor, boutique_id) if cursor else (0, 0)
    with db.read(conn):
        top, horizon = db.counter(conn, boutique_id) or (0, 0)
        # Stale only if tombstones it had not reached were purged after it was issued: a resync
        # started after a purge walks below the horizon safely.
        if cursor and after < horizon and seen_horizon < horizon:
            raise CursorGone("Your copy is older than the server's deleted-record history (purged up to change "
                             f"{horizon}). Resync from scratch: pull again without a cursor.")
        if after > top:
            raise CursorGone("This cursor is ahead of the server (was the server database replaced?). "
                             "Resync from scratch: pull again without a cursor.")
        rows = conn.execute("SELECT entity, id, change_no, deleted, erased FROM record"
                            " WHERE boutique_id = ? AND change_no > ? ORDER BY change_no LIMIT ?",
                            (boutique_id, after, limit + 1)).fetchall()
        has_more = len(rows) > limit
        rows = rows[:limit]
        live = [r[1] for r in rows if not r[3]]
        values: dict[tuple[str, str], dict[str, tuple[Any, int]]] = {}
        for start in range(0, len(live), 500):
            chunk = live[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for entity, rid, name, value, rev in conn.execute(
                    f"SELECT entity, record_id, name, value, rev FROM field WHERE boutique_id = ?"
                    f" AND record_id IN ({marks})", (boutique_id, *chunk)):
                values.setdefault((entity, rid), {})[name] = (json.loads(value), rev)
    out = []
    for entity, rid, change_no, deleted, erased in rows:
        fields = {} if deleted else values.get((entity, rid), {})
        out.append({"entity": entity, "entity_id": rid, "change_no": change_no, "deleted": bool(deleted),
                    "erased": bool(erased), "fields": {k: v[0] for k, v in sorted(fields.items())},
                    "revs": {k: v[1] for k, v in sorted(fields.items())}})
    last = rows[-1][2] if rows else after
    return {"changes": out, "next_cursor": encode_cursor(boutique_id, last, horizon), "has_more": has_more}


# ---- erasure -------------------------------------------------------------------------------

def erase_client(conn: sqlite3.Connection, boutique_id: str, client_id: str, now: datetime) -> int:
    """Delete the personal data of a client and every child record; keep data-free tombstones."""
    with db.write(conn):
        rec = _record(conn, "client", client_id) if valid_id(client_id) else None
        if rec is None:
            raise NotFound("No client with this id.")
        if rec[0] != boutique_id:
            raise CrossBoutique("This client belongs to another boutique.")
        if rec[4]:
            return 0
        targets = [("client", client_id)] + [tuple(r) for r in conn.execute(
            "SELECT entity, id FROM record WHERE boutique_id = ? AND client_id = ? AND erased = 0",
            (boutique_id, client_id))]
        for entity, rid in targets:
            change_no = db.next_change(conn, boutique_id)
            conn.execute("DELETE FROM field WHERE entity = ? AND record_id = ?", (entity, rid))
            _touch(conn, entity, rid, change_no, now, deleted=1, erased=1)
        ids = [rid for _, rid in targets]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            stored = conn.execute(f"SELECT mutation_id, result FROM mutation_result WHERE boutique_id = ?"
                                  f" AND entity_id IN ({marks})", (boutique_id, *chunk)).fetchall()
            for mutation_id, result in stored:  # stored conflicts hold server values: personal data
                scrubbed = {**json.loads(result), "conflicts": [], "message": "The client was erased."}
                conn.execute("UPDATE mutation_result SET result = ? WHERE boutique_id = ? AND mutation_id = ?",
                             (db.dumps(scrubbed), boutique_id, mutation_id))
    db.checkpoint(conn)
    log.info("erased client boutique=%s records=%d", boutique_id, len(targets))
    return len(targets)
