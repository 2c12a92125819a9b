"""Applying one pulled page, together with its cursor, in the caller's one transaction.

- A pulled value never overwrites a field with a pending local edit: only the shadow moves,
  and the later push (based on what the advisor saw) lets the server decide.
- A record whose client (or relation) has not arrived yet is parked and applied as soon as
  its parent is here, on this page or a later one (foreign keys stay on). A newer version of
  a parked record, applied or parked, replaces the parked one.
- A page's local rows, parked versions and shadow are read and written, its new records
  inserted and its new notes indexed, in a few statements for the whole page, not per record.
- A tombstone hides the record (unless it has pending local edits); an erasure purges the
  client and everything hanging off it.
- During a full resync every record pulled is counted, and `finish_resync` hides the synced
  records the server no longer has (tombstones it purged while this book was away).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..domain.ids import now_iso
from . import search, sync_state
from .sync_erase import purge_client, purge_record
from .sync_local import (ENTITIES, adopt_loaded, after_write, bump_rev, chunks, client_of, data_columns, local_nums,
                         local_row, local_rows, pending_fields, refresh_clients, same, to_column)
from .sync_shadow import put_shadow, put_shadows

_RANK = {"client": 0, "relation": 1}  # parents first: a page holds each record once, at its latest


@dataclass
class PageOutcome:
    applied: int = 0
    purged: int = 0
    clients: set[str] = field(default_factory=set)  # clients whose dossier changed
    added: set[str] = field(default_factory=set)  # clients new to this book (or back from a tombstone)
    removed: set[str] = field(default_factory=set)  # clients deleted or erased


@dataclass
class _Page:
    """What applying one page reads up front, and what it writes in one go at its end.

    `rows`: the book's row of each record of the page (None if absent), taken once when used;
    `parked`: records of the page with an older version parked; `clients` / `relations`: ids
    the book holds (rows or tombstones) or will hold once the page's inserts are written.
    New records, their shadow and the search rows of new notes are written by `flush`, one
    `executemany` per table; foreign keys are checked at commit (`defer_foreign_keys`).
    """

    rows: dict[tuple[str, str], dict | None]
    parked: set[tuple[str, str]]
    clients: set[str]
    relations: set[str] = field(default_factory=set)
    inserts: dict[tuple[str, tuple[str, ...]], list[list]] = field(default_factory=dict)
    new_notes: dict[str, str] = field(default_factory=dict)  # id -> body, indexed once they have a num
    shadow: list[tuple] = field(default_factory=list)  # (entity, id, values, revs) to remember
    stamp: str = field(default_factory=now_iso)  # updated_at of the records the page inserts

    @classmethod
    def load(cls, conn, keys: list[tuple[str, str]]) -> "_Page":
        by_table: dict[str, list[str]] = {}
        for table, record_id in keys:
            by_table.setdefault(table, []).append(record_id)
        rows: dict[tuple[str, str], dict | None] = {}
        parked: set[tuple[str, str]] = set()
        for table, ids in by_table.items():
            found = local_rows(conn, table, ids)
            rows.update({(table, i): found.get(i) for i in ids})
            for part in chunks(sorted(set(ids))):
                parked.update(conn.execute(
                    f"SELECT entity, entity_id FROM sync_parked WHERE entity = ?"
                    f" AND entity_id IN ({','.join('?' * len(part))})", (table, *part)).fetchall())
        clients = {i for (table, i), row in rows.items() if table == "client" and row is not None}
        return cls(rows, parked, clients)

    def row(self, conn, table: str, record_id: str) -> dict | None:
        key = (table, record_id)
        if key in self.rows:
            return self.rows.pop(key)
        return local_row(conn, table, record_id)

    def insert(self, table: str, record_id: str, values: dict, change_no: int) -> None:
        full = {**values, "id": record_id, "rev": change_no, "updated_at": self.stamp, "deleted": 0}
        self.inserts.setdefault((table, tuple(full)), []).append(list(full.values()))
        if table == "client":
            self.clients.add(record_id)
        elif table == "relation":
            self.relations.add(record_id)
        elif table == "note":
            self.new_notes[record_id] = values["body"]

    def flush(self, conn) -> None:
        """Write what the page has kept for the end (before anything that purges)."""
        for (table, columns), rows in sorted(self.inserts.items(), key=lambda kv: _RANK.get(kv[0][0], 2)):
            conn.executemany(_insert_sql(table, columns), rows)
        nums = dict(local_nums(conn, "note", list(self.new_notes))) if self.new_notes else {}
        put_shadows(conn, self.shadow)
        search.index_notes(conn, [(nums[i], body) for i, body in self.new_notes.items()])
        self.inserts, self.new_notes, self.shadow = {}, {}, []


def apply_page(conn, changes: list[dict], next_cursor: str, *, resync: bool = False) -> PageOutcome:
    """Apply `changes` (wire `Change` dicts) and save `next_cursor`; the caller holds the transaction."""
    out = PageOutcome()
    touched: set[str] = set()
    known = [c for c in changes if c["entity"] in ENTITIES]
    keys = [(c["entity"], c["entity_id"]) for c in known]
    held = pending_fields(conn, keys)
    if resync:
        conn.executemany("INSERT OR IGNORE INTO resync_seen (entity, entity_id) VALUES (?, ?)", keys)
    conn.execute("PRAGMA defer_foreign_keys = ON")  # until this transaction ends: the page inserts in bulk
    page = _Page.load(conn, keys)
    for change in sorted(known, key=lambda c: _RANK.get(c["entity"], 2)):
        _apply(conn, change, held.get((change["entity"], change["entity_id"]), set()), out, touched, page)
    page.flush(conn)
    _unpark(conn, out, touched)
    refresh_clients(conn, touched)
    sync_state.save_cursor(conn, next_cursor)
    out.clients -= out.added | out.removed
    return out


def _apply(conn, change: dict, held: set[str], out: PageOutcome, touched: set[str], page: _Page | None = None) -> None:
    table, record_id = change["entity"], change["entity_id"]
    out.applied += 1
    if change["erased"]:
        if page is not None:
            page.flush(conn)  # the purge forgets the shadow and search rows of what it erases
            if table == "client":
                page.clients.discard(record_id)
        _erase(conn, table, record_id, out, touched)
        return
    row = page.row(conn, table, record_id) if page is not None else local_row(conn, table, record_id)
    if change["deleted"]:
        _tombstone(conn, table, record_id, row, change["change_no"], held, out, touched)
        return
    columns = data_columns(conn, table)
    if page is not None:
        page.shadow.append((table, record_id, change["fields"], change["revs"]))
    else:
        put_shadow(conn, table, record_id, change["fields"], change["revs"])
    values = {k: to_column(v) for k, v in change["fields"].items() if k in columns}
    if row is None:
        if _missing_parent(conn, table, values, page):
            _park(conn, change, values.get("client_id"))
            return
        _forget_older(conn, table, record_id, page)
        client_id = client_of(conn, table, record_id, values)
        (out.added if table == "client" else out.clients).add(client_id)
        if page is not None:
            page.insert(table, record_id, values, change["change_no"])
            if table != "note":
                after_write(conn, table, record_id, client_id, touched)
            return
        num = _insert(conn, table, record_id, values, change["change_no"])
        if table == "note":
            search.index_note(conn, num, values["body"])
        else:
            after_write(conn, table, record_id, client_id, touched)
        return
    if "*" in held:
        values = {}  # a pending local delete holds the whole record
    apply = {k: v for k, v in values.items() if k not in held and not same(row.get(k), v)}
    revive = bool(row["deleted"]) and not held
    if (apply.keys() & {"client_id", "relation_id"}) and _missing_parent(conn, table, {**row, **apply}, page):
        _park(conn, change, apply.get("client_id", row.get("client_id")))
        return
    _forget_older(conn, table, record_id, page)
    if apply or revive:
        sets = {**apply, "updated_at": now_iso(), **({"deleted": 0} if revive else {})}
        conn.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                     [*sets.values(), record_id])
        client_id = client_of(conn, table, record_id)
        (out.added if table == "client" and revive else out.clients).add(client_id)
        after_write(conn, table, record_id, client_id, touched)
    bump_rev(conn, table, record_id, change["change_no"])


def _forget_older(conn, table: str, record_id: str, page: _Page | None) -> None:
    """An older version of this record parked on an earlier page must not be applied over this one."""
    if page is not None and (table, record_id) in page.parked:
        conn.execute("DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?", (table, record_id))
        page.parked.discard((table, record_id))


_INSERT_SQL: dict[tuple[str, tuple[str, ...]], str] = {}


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    sql = _INSERT_SQL.get((table, columns))
    if sql is None:
        sql = _INSERT_SQL[(table, columns)] = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})")
    return sql


def _insert(conn, table: str, record_id: str, values: dict, change_no: int) -> int:
    """Insert a pulled record; returns its `num`."""
    full = {**values, "id": record_id, "rev": change_no, "updated_at": now_iso(), "deleted": 0}
    return conn.execute(_insert_sql(table, tuple(full)), list(full.values())).lastrowid


def _tombstone(conn, table: str, record_id: str, row: dict | None, change_no: int, held: set[str],
               out: PageOutcome, touched: set[str]) -> None:
    conn.execute("DELETE FROM sync_parked WHERE entity_id = ?", (record_id,))
    # Children parked for a deleted client stay parked: an advisor may still keep the client
    # (a conflict resolved "keep mine" revives it), and they arrive with it then. An erasure drops them.
    if row is None or row["deleted"] or held:
        return  # not here, gone already, or edited here: the push lets the server decide
    adopt_loaded(conn, table, record_id)  # its rev moves: a later revival keeps the base it was loaded with
    conn.execute(f"UPDATE {table} SET deleted = 1, updated_at = ? WHERE id = ?", (now_iso(), record_id))
    bump_rev(conn, table, record_id, change_no)
    client_id = client_of(conn, table, record_id)
    (out.removed if table == "client" else out.clients).add(client_id)
    after_write(conn, table, record_id, client_id, touched)


def _erase(conn, table: str, record_id: str, out: PageOutcome, touched: set[str]) -> None:
    if table == "client":
        if purge_client(conn, record_id):
            out.removed.add(record_id)
            out.purged += 1
        conn.execute("DELETE FROM sync_parked WHERE client_id = ?", (record_id,))
        return
    client_id = purge_record(conn, table, record_id)
    if client_id:
        out.clients.add(client_id)
        touched.add(client_id)


def _missing_parent(conn, table: str, values: dict, page: _Page | None = None) -> bool:
    if table == "client":
        return False
    client_id = values.get("client_id")
    if not client_id:
        return True
    if page is None or client_id not in page.clients:
        if not conn.execute("SELECT 1 FROM client WHERE id = ?", (client_id,)).fetchone():
            return True
        if page is not None:
            page.clients.add(client_id)
    relation_id = values.get("relation_id")
    if not relation_id or (page is not None and relation_id in page.relations):
        return False
    return not conn.execute("SELECT 1 FROM relation WHERE id = ?", (relation_id,)).fetchone()


def _park(conn, change: dict, client_id: str | None) -> None:
    conn.execute("INSERT OR REPLACE INTO sync_parked (entity, entity_id, client_id, change) VALUES (?, ?, ?, ?)",
                 (change["entity"], change["entity_id"], client_id, json.dumps(change, ensure_ascii=False)))


def _unpark(conn, out: PageOutcome, touched: set[str]) -> None:
    """Apply parked changes whose parents are here now (a relation may free a size, and so on)."""
    while True:
        ready = []
        waiting = conn.execute("SELECT entity, entity_id, change FROM sync_parked p"
                               " WHERE EXISTS (SELECT 1 FROM client c WHERE c.id = p.client_id)").fetchall()
        for entity, entity_id, change in waiting:
            parsed = json.loads(change)
            if not _missing_parent(conn, entity, parsed["fields"]):
                ready.append((entity, entity_id, parsed))
        if not ready:
            return
        held = pending_fields(conn, [(e, i) for e, i, _ in ready])
        for entity, entity_id, parsed in ready:
            conn.execute("DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?", (entity, entity_id))
            _apply(conn, parsed, held.get((entity, entity_id), set()), out, touched)
            out.applied -= 1  # counted when it was pulled


def parked_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0]


def finish_resync(conn) -> PageOutcome:
    """After a full pull: hide synced records the server no longer has, unless edited here."""
    out = PageOutcome()
    touched: set[str] = set()
    stamp = now_iso()
    for table in sorted(ENTITIES):
        client_col = "id" if table == "client" else "client_id"
        gone = conn.execute(
            f"SELECT id, {client_col} FROM {table} WHERE deleted = 0"
            " AND id IN (SELECT entity_id FROM shadow WHERE entity = ?)"
            " AND id NOT IN (SELECT entity_id FROM resync_seen WHERE entity = ?)"
            " AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = ? AND state = 'pending')",
            (table, table, table)).fetchall()
        for record_id, client_id in gone:
            conn.execute(f"UPDATE {table} SET deleted = 1, updated_at = ? WHERE id = ?", (stamp, record_id))
            (out.removed if table == "client" else out.clients).add(client_id)
            after_write(conn, table, record_id, client_id, touched)
    refresh_clients(conn, touched)
    sync_state.end_resync(conn)
    out.clients -= out.removed
    return out
