"""Storing the server's answers to one pushed batch, in one transaction with the outbox rows' removal.

Per answer: `applied` moves the shadow forward and rebases later edits of the same fields;
`conflict` also keeps the server value in the record (unless a newer local edit is pending)
and opens a conflict holding both values; `rejected` keeps the row, marked and visible;
`erased` purges the client; `duplicate` is stored as its first answer. A duplicate without
a first answer is unconfirmed: the row stays pending and the caller starts a new device id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import sync_conflicts, sync_outbox, sync_state
from .sync_erase import purge_client, purge_record
from .sync_local import (adopt_loaded, after_write, bump_rev, client_of, data_columns, local_row, pending_fields,
                         refresh_clients, same, to_column)
from .sync_shadow import put_shadow, shadow_of


@dataclass
class PushOutcome:
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    erased: int = 0
    unconfirmed: int = 0
    clients: set[str] = field(default_factory=set)  # dossiers whose data changed here
    removed: set[str] = field(default_factory=set)  # clients purged


def store_results(conn, sent: list[dict], results: list[dict], last_seq: int) -> PushOutcome:
    """`sent` are outbox rows as read by `sync_outbox.next_batch`; `results` the server's, by mutation_id."""
    by_id = {r["mutation_id"]: r for r in results}
    out = PushOutcome()
    touched: set[str] = set()
    for row in sent:
        result = by_id[row["mutation_id"]]
        status = result["status"]
        if status == "duplicate":
            status = result.get("first_status")
        if status is None:
            out.unconfirmed += 1
            sync_outbox.count_attempt(conn, row["seq"], "Sent again under a new device id.")
            continue
        if status == "erased":
            _erased(conn, row, out, touched)
            continue
        if status == "rejected":
            sync_outbox.mark_rejected(conn, row["seq"], result.get("message"))  # None: the UI says no reason was given
            out.rejected += 1
            continue
        adopt_loaded(conn, row["entity"], row["entity_id"])
        _applied(conn, row, result.get("revs") or {})
        if status == "conflict":
            _conflicts(conn, row, result.get("conflicts") or [], out, touched)
        else:
            out.applied += 1
        sync_outbox.drop(conn, row["seq"])
    refresh_clients(conn, touched)
    sync_state.save_acked_seq(conn, last_seq)
    return out


def _applied(conn, row: dict, revs: dict[str, int]) -> None:
    table, record_id = row["entity"], row["entity_id"]
    values = {k: row["patch"][k] for k in revs if k in row["patch"] and k != "deleted"}
    put_shadow(conn, table, record_id, values, revs)
    sync_outbox.rebase(conn, table, record_id, row["seq"], {k: revs[k] for k in values})
    if revs:
        bump_rev(conn, table, record_id, max(revs.values()))


def _erased(conn, row: dict, out: PushOutcome, touched: set[str]) -> None:
    table, record_id = row["entity"], row["entity_id"]
    client_id = client_of(conn, table, record_id, row["patch"])
    if client_id and purge_client(conn, client_id):
        out.removed.add(client_id)
    elif table != "client":
        purge_record(conn, table, record_id)
    sync_outbox.drop(conn, row["seq"])  # already gone if the purge took it
    out.erased += 1


def _conflicts(conn, row: dict, conflicts: list[dict], out: PushOutcome, touched: set[str]) -> None:
    table, record_id = row["entity"], row["entity_id"]
    key = (table, record_id)
    newer = pending_fields(conn, [key], after_seq=row["seq"]).get(key, set())
    for clash in conflicts:
        name = clash["field"]
        local = local_row(conn, table, record_id)
        if local is None:
            return
        client_id = client_of(conn, table, record_id)
        if name == "deleted":
            if local["deleted"] or "*" in newer:
                continue  # deleted here too: nothing to choose
            if not newer:
                conn.execute(f"UPDATE {table} SET deleted = 1 WHERE id = ?", (record_id,))
                after_write(conn, table, record_id, client_id, touched)
            sync_conflicts.record(conn, table, record_id, client_id, "deleted", base=False, local=False, server=True,
                                  server_rev=clash.get("server_rev"))
            out.conflicts += 1
            continue
        if name not in data_columns(conn, table):
            continue  # not a field this book keeps
        before = shadow_of(conn, table, record_id).get(name)
        base_rev = row["base_revs"].get(name)
        base = before[0] if before and base_rev is not None and before[1] == base_rev else None
        if clash.get("server_rev") is not None:
            put_shadow(conn, table, record_id, {name: clash["server_value"]}, {name: clash["server_rev"]})
        server_value, server_rev = shadow_of(conn, table, record_id).get(
            name, (clash["server_value"], clash.get("server_rev")))  # the newest the book knows
        mine = local[name]
        if same(mine, server_value):
            continue
        if name not in newer:
            conn.execute(f"UPDATE {table} SET {name} = ? WHERE id = ?", (to_column(server_value), record_id))
            after_write(conn, table, record_id, client_id, touched)
        sync_conflicts.record(conn, table, record_id, client_id, name, base=base, local=mine, server=server_value,
                              server_rev=server_rev)
        out.conflicts += 1
    if client_id := client_of(conn, table, record_id):
        out.clients.add(client_id)
