"""Records to rows and back, and the one write path every local edit takes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from ..domain import (AftercareCase, Appointment, CaseStage, Client, Consent, Contact, ImportantDate, Note,
                      OutreachLog, Preference, PromptState, Purchase, Record, Relation, Size, Tag, WishlistItem)
from ..domain.errors import NotFound
from ..domain.ids import iso, now_iso
from . import journal
from .sync_shadow import shadow_revs

R = TypeVar("R", bound=Record)

TABLES: dict[type[Record], str] = {
    Client: "client", Contact: "contact", Tag: "client_tag", ImportantDate: "important_date",
    Relation: "relation", Preference: "preference", Size: "size", WishlistItem: "wishlist_item",
    Purchase: "purchase", Consent: "consent", Note: "note", Appointment: "appointment",
    AftercareCase: "aftercare_case", CaseStage: "case_stage", OutreachLog: "outreach_log",
    PromptState: "prompt_state",
}
SYNC_FIELDS = ("id", "rev", "updated_at", "deleted")
LOCAL_ONLY = {"num", "display_name", "sort_key", "primary_phone"}


def _value(v):
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, datetime):
        return iso(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, bool):
        return int(v)
    return v


def to_row(record: Record) -> dict:
    return {k: _value(getattr(record, k)) for k in type(record).model_fields}


def from_row(cls: type[R], row: dict) -> R:
    return cls.model_validate({k: v for k, v in row.items() if k not in LOCAL_ONLY})


def fetch(conn, cls: type[R], where: str, params=(), order: str = "") -> list[R]:
    table = TABLES[cls]
    sql = f"SELECT * FROM {table} WHERE {where}" + (f" ORDER BY {order}" if order else "")
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [from_row(cls, dict(zip(names, r))) for r in cur]


def get(conn, cls: type[R], record_id: str) -> R:
    found = fetch(conn, cls, "id = ? AND deleted = 0", (record_id,))
    if not found:
        raise NotFound("This record no longer exists (it may have been deleted on another device).")
    return found[0]


def write(conn, record: Record, *, extra: dict | None = None, journaled: bool = True) -> dict:
    """Insert or update `record`, journaling the changed fields; returns the patch ({} = no change).

    The caller holds the transaction. `extra` are local-only columns (list name, sort key).
    Each field's base revision is the server revision this book last saw for it (the shadow).
    """
    table = TABLES[type(record)]
    row = to_row(record)
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record.id,))
    existing = cur.fetchone()
    data = {k: v for k, v in row.items() if k not in SYNC_FIELDS}
    if existing is not None:
        old = dict(zip([d[0] for d in cur.description], existing))
        patch = {k: v for k, v in data.items() if old.get(k) != v}
        if old["deleted"]:
            patch["deleted"] = 0
        rev = old["rev"]
    else:
        patch, rev = dict(data), record.rev
    if not patch and not (extra and existing is None):
        if extra:
            _set_extra(conn, table, record.id, extra)
        return {}
    stamped = now_iso()
    full = {**data, **(extra or {}), "id": record.id, "rev": rev, "updated_at": stamped, "deleted": 0}
    cols = ", ".join(full)
    marks = ", ".join("?" for _ in full)
    updates = ", ".join(f"{c} = excluded.{c}" for c in full if c != "id")
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}",
                 list(full.values()))
    if journaled:
        # a record made here has no server revision yet; an existing one's come from the shadow
        base = shadow_revs(conn, table, record.id, patch) if existing is not None else dict.fromkeys(patch)
        journal.append(conn, table, record.id, "upsert", patch, base)
    return patch


def _set_extra(conn, table: str, record_id: str, extra: dict) -> None:
    sets = ", ".join(f"{c} = ?" for c in extra)
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*extra.values(), record_id])


def soft_delete(conn, cls: type[Record], record_id: str) -> bool:
    """Tombstone a record (it stays until the server confirms); False if it was not there."""
    table = TABLES[cls]
    row = conn.execute(f"SELECT rev FROM {table} WHERE id = ? AND deleted = 0", (record_id,)).fetchone()
    if row is None:
        return False
    conn.execute(f"UPDATE {table} SET deleted = 1, updated_at = ? WHERE id = ?", (now_iso(), record_id))
    journal.append(conn, table, record_id, "delete", {}, {"_record": row[0]})
    return True
