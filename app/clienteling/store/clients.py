"""Client repository: the list, one dossier, and writes of a client with its contacts and tags."""

from __future__ import annotations

from ..domain import (AftercareCase, Appointment, CaseStage, Client, Consent, Contact, Dossier, ImportantDate,
                      Note, OutreachLog, Preference, PromptState, Purchase, Record, Relation, Size, Tag,
                      WishlistItem)
from ..domain.dossier import ClientRow
from ..domain.errors import NotFound
from ..domain.search_text import filing_key
from ..domain.validation import format_phone
from . import rows, search
from .search import ROW_COLUMNS


def list_rows(conn) -> list[ClientRow]:
    cur = conn.execute(f"SELECT {ROW_COLUMNS} FROM client WHERE deleted = 0 ORDER BY sort_key")
    return [ClientRow(*r) for r in cur]


def row(conn, client_id: str) -> ClientRow | None:
    r = conn.execute(f"SELECT {ROW_COLUMNS} FROM client WHERE id = ? AND deleted = 0", (client_id,)).fetchone()
    return ClientRow(*r) if r else None


def count(conn) -> int:
    return conn.execute("SELECT count(*) FROM client WHERE deleted = 0").fetchone()[0]


def get_client(conn, client_id: str) -> Client:
    return rows.get(conn, Client, client_id)


def dossier(conn, client_id: str) -> Dossier:
    client = get_client(conn, client_id)
    live = "client_id = ? AND deleted = 0"
    p = (client_id,)
    return Dossier(
        client=client,
        contacts=rows.fetch(conn, Contact, live, p, "kind, is_primary DESC, num"),
        tags=rows.fetch(conn, Tag, live, p, "tag"),
        dates=rows.fetch(conn, ImportantDate, live, p, "month, day"),
        relations=rows.fetch(conn, Relation, live, p, "num"),
        preferences=rows.fetch(conn, Preference, live, p, "category, sentiment, value"),
        sizes=rows.fetch(conn, Size, live, p, "category"),
        wishlist=rows.fetch(conn, WishlistItem, live, p, "status, num DESC"),
        purchases=rows.fetch(conn, Purchase, live, p, "purchased_on DESC"),
        consents=rows.fetch(conn, Consent, live, p, "channel"),
        notes=rows.fetch(conn, Note, live, p, "created_at DESC"),
        appointments=rows.fetch(conn, Appointment, live, p, "starts_at DESC"),
        cases=rows.fetch(conn, AftercareCase, live, p, "status = 'open' DESC, opened_at DESC"),
        case_stages=rows.fetch(conn, CaseStage, live, p, "at, num"),
        outreach=rows.fetch(conn, OutreachLog, live, p, "at DESC"),
        prompt_states=rows.fetch(conn, PromptState, live, p, "at DESC"),
    )


def list_columns(client: Client, primary_phone: str) -> dict:
    """The local list columns of a client row: display name, sort key, formatted primary phone."""
    return {
        "display_name": client.display_name,
        "sort_key": filing_key(client.family_name_latin, client.given_name_latin, client.family_name,
                               client.given_name),
        "primary_phone": format_phone(primary_phone) if primary_phone else "",
    }


_INDEXED = {"family_name", "given_name", "family_name_latin", "given_name_latin"}
_CHUNK = 500  # ids per IN (...) probe


def save_client(conn, client: Client, contacts: list[Contact] | None = None,
                tags: list[Tag] | None = None, *, journaled: bool = True) -> bool:
    """Write the client and, when given, the full set of its contacts and tags.

    Contacts and tags missing from the given lists are tombstoned. Returns True if
    anything changed. The caller holds the transaction.
    """
    patch = rows.write(conn, client, journaled=journaled)
    reindex = bool(_INDEXED & patch.keys()) or "deleted" in patch  # a new record patches every field
    changed = bool(patch)
    for items, cls in ((contacts, Contact), (tags, Tag)):
        if items is None:
            continue
        keep = {i.id for i in items}
        touched = False
        for item in items:
            touched |= bool(rows.write(conn, item, journaled=journaled))
        table = rows.TABLES[cls]
        for (old_id,) in conn.execute(
                f"SELECT id FROM {table} WHERE client_id = ? AND deleted = 0", (client.id,)).fetchall():
            if old_id not in keep:
                touched |= rows.soft_delete(conn, cls, old_id)
        changed |= touched
        reindex |= touched
    if reindex:
        refresh_index(conn, client)
    return changed


def refresh_index(conn, client: Client) -> None:
    refresh_indexes(conn, [client])


def refresh_indexes(conn, clients: list[Client]) -> None:
    """Rebuild the list columns and search rows of these clients from their live contacts and tags.

    The list shows the primary phone (else the first); the index takes contacts and tags in
    row order. A few statements for the lot, so a pulled page of clients costs little more
    than its rows.
    """
    by_id = {c.id: c for c in clients}
    ids = list(by_id)
    nums: dict[str, int] = {}
    contacts: dict[str, list[tuple[str, str, int]]] = {}
    tags: dict[str, list[str]] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        nums.update(conn.execute(f"SELECT id, num FROM client WHERE id IN ({marks})", part).fetchall())
        for client_id, kind, value, primary in conn.execute(
                f"SELECT client_id, kind, value, is_primary FROM contact WHERE client_id IN ({marks})"
                " AND deleted = 0 ORDER BY client_id, num", part):
            contacts.setdefault(client_id, []).append((kind, value, primary))
        for client_id, tag in conn.execute(
                f"SELECT client_id, tag FROM client_tag WHERE client_id IN ({marks}) AND deleted = 0"
                " ORDER BY client_id, num", part):
            tags.setdefault(client_id, []).append(tag)
    updates, entries = [], []
    for client in by_id.values():
        mine = contacts.get(client.id, [])
        phones = [(value, primary) for kind, value, primary in mine if kind == "phone"]
        phone = next((value for value, primary in phones if primary), phones[0][0] if phones else "")
        cols = list_columns(client, phone)
        updates.append((cols["display_name"], cols["sort_key"], cols["primary_phone"], client.id))
        entry = search.client_entry([client.native_name, client.latin_name], [(k, v) for k, v, _ in mine],
                                    tags.get(client.id, []))
        entries.append((nums[client.id], entry))
    conn.executemany("UPDATE client SET display_name = ?, sort_key = ?, primary_phone = ? WHERE id = ?", updates)
    search.write_client_entries(conn, entries)


def delete_client(conn, client_id: str) -> None:
    found = conn.execute("SELECT num FROM client WHERE id = ? AND deleted = 0", (client_id,)).fetchone()
    if not found:
        raise NotFound("This client no longer exists.")
    rows.soft_delete(conn, Client, client_id)
    search.unindex_client(conn, found[0])


def save_note(conn, note: Note) -> None:
    rows.write(conn, note)
    num = conn.execute("SELECT num FROM note WHERE id = ?", (note.id,)).fetchone()[0]
    search.index_note(conn, num, note.body)


def delete_note(conn, note_id: str) -> str:
    found = conn.execute("SELECT num, client_id FROM note WHERE id = ? AND deleted = 0", (note_id,)).fetchone()
    if not found:
        raise NotFound("This note no longer exists.")
    rows.soft_delete(conn, Note, note_id)
    search.unindex_note(conn, found[0])
    return found[1]


def delete_record(conn, cls: type[Record], record_id: str) -> str:
    """Tombstone a dossier record; a relation takes its dates and sizes with it. Returns the client id."""
    record = rows.get(conn, cls, record_id)
    rows.soft_delete(conn, cls, record_id)
    if cls is Relation:
        for child in (ImportantDate, Size):
            table = rows.TABLES[child]
            for (child_id,) in conn.execute(
                    f"SELECT id FROM {table} WHERE relation_id = ? AND deleted = 0", (record_id,)).fetchall():
                rows.soft_delete(conn, child, child_id)
    return record.client_id


def consent_for(conn, client_id: str, channel: str) -> Consent | None:
    """The live consent row of one channel, if the client has one."""
    found = rows.fetch(conn, Consent, "client_id = ? AND channel = ? AND deleted = 0", (client_id, str(channel)))
    return found[0] if found else None
