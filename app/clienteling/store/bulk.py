"""Bulk load of whole dossiers as already-synced server data (a demo book, a first full pull).

Every record lands with a server revision (rev 1 unless it carries one) and nothing is
journaled in the outbox: the data came from the central API, there is nothing to push.
Rows go in with one `executemany` per table per batch, and each batch is one
transaction, so stopping between batches (cancel, crash) leaves a consistent book
holding whole dossiers only. The search index is kept in step exactly as the normal
write path keeps it (store/clients.refresh_index, store/search.index_client and
index_note): same list columns, same index texts, rowid = the row's `num`.

Loading is two steps so the costly half can run elsewhere: `prepare` turns dossiers into
plain rows and index texts (pure Python, no SQL, picklable: a worker process can do it),
and `write_prepared` inserts them, numbering clients and notes after the book's last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice

from ..domain import (AftercareCase, Appointment, CaseStage, Client, Consent, Contact, Dossier, ImportantDate, Note,
                      OutreachLog, Preference, PromptState, Purchase, Record, Relation, Size, Tag, WishlistItem)
from ..domain.errors import StoreError
from ..domain.ids import now_iso
from ..domain.search_text import client_index_entry, note_index_text
from ..domain.validation import phone_digit_variants
from .book import Book, driver_errors
from .clients import list_columns
from .rows import TABLES, to_row

# Insert order: relations before the dates and sizes that point at them (foreign keys).
_CHILDREN: tuple[tuple[type[Record], str], ...] = (
    (Relation, "relations"), (Contact, "contacts"), (Tag, "tags"), (ImportantDate, "dates"),
    (Preference, "preferences"), (Size, "sizes"), (WishlistItem, "wishlist"), (Purchase, "purchases"),
    (Consent, "consents"), (Appointment, "appointments"), (AftercareCase, "cases"), (CaseStage, "case_stages"),
    (OutreachLog, "outreach"), (PromptState, "prompt_states"),
)
_ID_CHUNK = 500  # ids per `IN (...)` probe, well under SQLite's variable limit


def _insert_sql(table: str, columns: Iterable[str]) -> str:
    cols = list(columns)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"


_CHILD_SQL = {TABLES[cls]: _insert_sql(TABLES[cls], cls.model_fields) for cls, _ in _CHILDREN}
_CLIENT_SQL = _insert_sql("client", [*Client.model_fields, "display_name", "sort_key", "primary_phone", "num"])
_NOTE_SQL = _insert_sql("note", [*Note.model_fields, "num"])


@dataclass
class PreparedBatch:
    """Rows of a batch of dossiers, ready to insert; `num`s are given when written."""

    clients: list[list] = field(default_factory=list)  # client row + list columns
    children: dict[str, list[list]] = field(default_factory=dict)  # table -> rows
    notes: list[list] = field(default_factory=list)
    client_index: list[tuple[str, str]] = field(default_factory=list)  # (trigram, token), one per client
    note_index: list[str] = field(default_factory=list)  # one per note

    def __len__(self) -> int:
        return len(self.clients)


def _synced(record: Record, stamp: str) -> list:
    """The record's row as server data: a revision, a timestamp, live."""
    row = to_row(record)
    row["rev"] = row["rev"] or 1
    row["updated_at"] = row["updated_at"] or stamp
    row["deleted"] = 0
    return list(row.values())


def prepare(dossiers: Iterable[Dossier], stamp: str | None = None) -> PreparedBatch:
    """Serialise dossiers (skipping deleted records and dossiers of deleted clients)."""
    stamp = stamp or now_iso()
    out = PreparedBatch(children={TABLES[cls]: [] for cls, _ in _CHILDREN})
    for d in dossiers:
        client = d.client
        if client.deleted:
            continue
        for cls, attr in _CHILDREN:
            rows = out.children[TABLES[cls]]
            for record in getattr(d, attr):
                if not record.deleted:
                    rows.append(_synced(record, stamp))
        contacts = [c for c in d.contacts if not c.deleted]
        phones = [c for c in contacts if c.kind == "phone"]
        # the phone the list shows: as refresh_index picks it (primary first, then insertion order)
        primary = next((c.value for c in phones if c.is_primary), phones[0].value if phones else "")
        cols = list_columns(client, primary)
        out.clients.append([*_synced(client, stamp), cols["display_name"], cols["sort_key"], cols["primary_phone"]])
        entry = client_index_entry(
            [client.native_name, client.latin_name],
            [c.value for c in contacts if c.kind == "email"],
            [v for c in phones for v in phone_digit_variants(c.value)],
            [t.tag for t in d.tags if not t.deleted])
        out.client_index.append((entry.trigram_text, entry.token_text))
        for note in d.notes:
            if not note.deleted:
                out.notes.append(_synced(note, stamp))
                out.note_index.append(note_index_text(note.body))
    return out


def _refuse_existing(conn, ids: list[str]) -> None:
    if len(set(ids)) != len(ids):
        raise StoreError("The same client appears twice in the data to load; nothing of this batch was saved.")
    for start in range(0, len(ids), _ID_CHUNK):
        part = ids[start:start + _ID_CHUNK]
        found = conn.execute(f"SELECT 1 FROM client WHERE id IN ({', '.join('?' for _ in part)}) LIMIT 1",
                             part).fetchone()
        if found:
            raise StoreError("Some of these clients are already in the book, so nothing of this batch was loaded.")


def write_prepared(conn, batch: PreparedBatch) -> int:
    """Insert a prepared batch; the caller holds the transaction. Returns the clients written."""
    if not batch.clients:
        return 0
    id_at = list(Client.model_fields).index("id")
    with driver_errors():
        _refuse_existing(conn, [row[id_at] for row in batch.clients])
        first_client = conn.execute("SELECT coalesce(max(num), 0) + 1 FROM client").fetchone()[0]
        first_note = conn.execute("SELECT coalesce(max(num), 0) + 1 FROM note").fetchone()[0]
        conn.executemany(_CLIENT_SQL, [[*row, first_client + i] for i, row in enumerate(batch.clients)])
        for table, rows in batch.children.items():
            if rows:
                conn.executemany(_CHILD_SQL[table], rows)
        conn.executemany(_NOTE_SQL, [[*row, first_note + i] for i, row in enumerate(batch.notes)])
        conn.executemany("INSERT INTO client_tri (rowid, body) VALUES (?, ?)",
                         [(first_client + i, tri) for i, (tri, _) in enumerate(batch.client_index)])
        conn.executemany("INSERT INTO client_tok (rowid, body) VALUES (?, ?)",
                         [(first_client + i, tok) for i, (_, tok) in enumerate(batch.client_index)])
        conn.executemany("INSERT INTO note_fts (rowid, body) VALUES (?, ?)",
                         [(first_note + i, text) for i, text in enumerate(batch.note_index)])
    return len(batch.clients)


def load_prepared(book: Book, batches: Iterable[PreparedBatch], *,
                  progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Write prepared batches, one transaction each; see `load_dossiers`."""
    loaded = 0
    for prepared in batches:
        if cancelled is not None and cancelled():
            break
        if len(prepared):
            with book.transaction() as db:
                loaded += write_prepared(db.conn, prepared)
        if progress is not None:
            progress(loaded)
    return loaded


def load_dossiers(book: Book, dossiers: Iterable[Dossier], *, batch: int = 2000,
                  progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Write whole dossiers as synced server data, `batch` dossiers per transaction.

    Deleted records (and dossiers of a deleted client) are skipped. `cancelled()` is
    asked before each batch (before its dossiers are even drawn from `dossiers`) and
    stops the load between two commits; `progress(n)` is called after each batch with
    the number of dossiers written so far. A client already in the book raises
    StoreError and nothing of that batch is written. Returns the dossiers written.
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    source = iter(dossiers)

    def batches():
        while not (cancelled is not None and cancelled()):
            chunk = list(islice(source, batch))
            if not chunk:
                return
            yield prepare(chunk)

    return load_prepared(book, batches(), progress=progress, cancelled=cancelled)


def has_clients(book: Book) -> bool:
    """Whether the book holds any client row at all (tombstones included)."""
    return bool(book.query("SELECT 1 FROM client LIMIT 1"))


def set_meta(book: Book, key: str, value: str) -> None:
    """Record one `book_meta` entry (e.g. the seed a demo book was made from)."""
    with book.transaction() as db:
        db.conn.execute("INSERT INTO book_meta (key, value) VALUES (?, ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
