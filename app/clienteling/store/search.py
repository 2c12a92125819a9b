"""The FTS5 search index: kept in step with the data inside each write's transaction."""

from __future__ import annotations

from ..domain.dossier import ClientRow
from ..domain.search_text import ClientIndexEntry, client_index_entry, note_index_text, parse_query
from ..domain.validation import phone_digit_variants

ROW_COLUMNS = "num, id, display_name, tier, advisor, city, primary_phone"
NOTE_HIT_CAP = 250  # notes read for one query: enough to fill a page of clients


def client_entry(names: list[str], contacts: list[tuple[str, str]], tags: list[str]) -> ClientIndexEntry:
    """What the index holds for a client: its names, live contacts (kind, value) and tags, in row order."""
    emails = [v for k, v in contacts if k == "email"]
    phones = [d for k, v in contacts if k == "phone" for d in phone_digit_variants(v)]
    return client_index_entry(names, emails, phones, tags)


def index_client(conn, client_num: int, client_id: str, names: list[str]) -> None:
    """Rebuild the client's index rows from its names, live contacts and tags."""
    contacts = conn.execute(
        "SELECT kind, value FROM contact WHERE client_id = ? AND deleted = 0", (client_id,)).fetchall()
    tags = [r[0] for r in conn.execute(
        "SELECT tag FROM client_tag WHERE client_id = ? AND deleted = 0", (client_id,))]
    write_client_entries(conn, [(client_num, client_entry(names, contacts, tags))])


def write_client_entries(conn, entries: list[tuple[int, ClientIndexEntry]]) -> None:
    """Replace the index rows of these clients (by `num`) with their new entries."""
    nums = [(num,) for num, _ in entries]
    conn.executemany("DELETE FROM client_tri WHERE rowid = ?", nums)
    conn.executemany("DELETE FROM client_tok WHERE rowid = ?", nums)
    conn.executemany("INSERT INTO client_tri (rowid, body) VALUES (?, ?)", [(n, e.trigram_text) for n, e in entries])
    conn.executemany("INSERT INTO client_tok (rowid, body) VALUES (?, ?)", [(n, e.token_text) for n, e in entries])


def unindex_client(conn, client_num: int) -> None:
    conn.execute("DELETE FROM client_tri WHERE rowid = ?", (client_num,))
    conn.execute("DELETE FROM client_tok WHERE rowid = ?", (client_num,))


def index_note(conn, note_num: int, body: str) -> None:
    index_notes(conn, [(note_num, body)])


def index_notes(conn, notes: list[tuple[int, str]]) -> None:
    """(Re)index these notes, (num, body) each."""
    conn.executemany("DELETE FROM note_fts WHERE rowid = ?", [(num,) for num, _ in notes])
    conn.executemany("INSERT INTO note_fts (rowid, body) VALUES (?, ?)",
                     [(num, note_index_text(body)) for num, body in notes])


def unindex_note(conn, note_num: int) -> None:
    conn.execute("DELETE FROM note_fts WHERE rowid = ?", (note_num,))


def fts_lookup(conn, query: str, limit: int = 200) -> tuple[list[int], list[int]]:
    """The bare FTS5 lookups a typed query needs: (client rowids, note rowids).

    Clients whose names, contacts or tags match come first; notes are read only when those
    do not fill the page. This is also the benchmark's raw-FTS5 baseline for `search`.
    """
    parsed = parse_query(query)
    if parsed.empty:
        return [], []
    parts, params = [], []
    if parsed.trigram:
        parts.append("SELECT rowid FROM client_tri WHERE client_tri MATCH ?")
        params.append(parsed.trigram)
    if parsed.token:
        parts.append("SELECT rowid FROM client_tok WHERE client_tok MATCH ?")
        params.append(parsed.token)
    sql = parts[0] + " LIMIT ?" if len(parts) == 1 else f"SELECT * FROM ({' INTERSECT '.join(parts)}) LIMIT ?"
    clients = [r[0] for r in conn.execute(sql, [*params, limit])]
    notes: list[int] = []
    if parsed.notes and len(clients) < limit:
        notes = [r[0] for r in conn.execute(
            "SELECT rowid FROM note_fts WHERE note_fts MATCH ? LIMIT ?", (parsed.notes, NOTE_HIT_CAP))]
    return clients, notes


def search(conn, query: str, limit: int = 200) -> list[ClientRow]:
    """Clients matching every typed term in their names, contacts or tags, or in one note.

    A broad query (a tag worn by thousands) answers with its first `limit` matches, sorted by name.
    """
    client_nums, note_nums = fts_lookup(conn, query, limit)
    nums = dict.fromkeys(client_nums)
    if note_nums:
        marks = ",".join("?" * len(note_nums))
        for (num,) in conn.execute(
                f"SELECT DISTINCT c.num FROM note n JOIN client c ON c.id = n.client_id"
                f" WHERE n.num IN ({marks}) AND n.deleted = 0", note_nums):
            nums.setdefault(num)
    if not nums:
        return []
    marks = ",".join("?" * len(nums))
    # "+deleted" keeps the planner on rowid lookups for the few hits instead of walking the
    # whole (deleted, sort_key) index to avoid sorting them.
    sql = f"SELECT {ROW_COLUMNS} FROM client WHERE num IN ({marks}) AND +deleted = 0 ORDER BY sort_key LIMIT ?"
    return [ClientRow(*r) for r in conn.execute(sql, [*nums, limit])]
