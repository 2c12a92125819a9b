"""The FTS5 search index: kept in step with the data inside each write's transaction."""

from __future__ import annotations

from ..domain.dossier import ClientRow
from ..domain.search_text import client_index_entry, note_index_text, parse_query
from ..domain.validation import phone_digit_variants

ROW_COLUMNS = "num, id, display_name, tier, advisor, city, primary_phone"
CLIENT_HIT_CAP = 5000
NOTE_HIT_CAP = 2000


def index_client(conn, client_num: int, client_id: str, names: list[str]) -> None:
    """Rebuild the client's index rows from its names, live contacts and tags."""
    contacts = conn.execute(
        "SELECT kind, value FROM contact WHERE client_id = ? AND deleted = 0", (client_id,)).fetchall()
    tags = [r[0] for r in conn.execute(
        "SELECT tag FROM client_tag WHERE client_id = ? AND deleted = 0", (client_id,))]
    emails = [v for k, v in contacts if k == "email"]
    phones = [d for k, v in contacts if k == "phone" for d in phone_digit_variants(v)]
    entry = client_index_entry(names, emails, phones, tags)
    unindex_client(conn, client_num)
    conn.execute("INSERT INTO client_tri (rowid, body) VALUES (?, ?)", (client_num, entry.trigram_text))
    conn.execute("INSERT INTO client_tok (rowid, body) VALUES (?, ?)", (client_num, entry.token_text))


def unindex_client(conn, client_num: int) -> None:
    conn.execute("DELETE FROM client_tri WHERE rowid = ?", (client_num,))
    conn.execute("DELETE FROM client_tok WHERE rowid = ?", (client_num,))


def index_note(conn, note_num: int, body: str) -> None:
    conn.execute("DELETE FROM note_fts WHERE rowid = ?", (note_num,))
    conn.execute("INSERT INTO note_fts (rowid, body) VALUES (?, ?)", (note_num, note_index_text(body)))


def unindex_note(conn, note_num: int) -> None:
    conn.execute("DELETE FROM note_fts WHERE rowid = ?", (note_num,))


def search(conn, query: str, limit: int = 200) -> list[ClientRow]:
    """Clients matching every typed term in their names, contacts or tags, or in one note."""
    parsed = parse_query(query)
    if parsed.empty:
        return []
    client_parts, params = [], []
    if parsed.trigram:
        client_parts.append("SELECT rowid FROM client_tri WHERE client_tri MATCH ?")
        params.append(parsed.trigram)
    if parsed.token:
        client_parts.append("SELECT rowid FROM client_tok WHERE client_tok MATCH ?")
        params.append(parsed.token)
    where = [f"num IN (SELECT * FROM ({' INTERSECT '.join(client_parts)}) LIMIT {CLIENT_HIT_CAP})"]
    if parsed.notes:
        where.append(
            "id IN (SELECT client_id FROM note WHERE deleted = 0 AND num IN "
            f"(SELECT rowid FROM note_fts WHERE note_fts MATCH ? LIMIT {NOTE_HIT_CAP}))")
        params.append(parsed.notes)
    sql = (f"SELECT {ROW_COLUMNS} FROM client WHERE deleted = 0 AND ({' OR '.join(where)})"
           " ORDER BY sort_key LIMIT ?")
    params.append(limit)
    return [ClientRow(*r) for r in conn.execute(sql, params)]


def raw_fts_sql(query: str) -> list[tuple[str, tuple]]:
    """The bare FTS5 lookups a query needs (same hit caps, rowids only), as the benchmark's baseline.

    `search` does these lookups plus the join to clients, the notes-to-client mapping and the sort
    by name, so the ratio of the two is the whole cost of the service over raw FTS5.
    """
    parsed = parse_query(query)
    stmts = []
    if parsed.trigram:
        stmts.append((f"SELECT rowid FROM client_tri WHERE client_tri MATCH ? LIMIT {CLIENT_HIT_CAP}",
                      (parsed.trigram,)))
    if parsed.token:
        stmts.append((f"SELECT rowid FROM client_tok WHERE client_tok MATCH ? LIMIT {CLIENT_HIT_CAP}",
                      (parsed.token,)))
    if parsed.notes:
        stmts.append((f"SELECT rowid FROM note_fts WHERE note_fts MATCH ? LIMIT {NOTE_HIT_CAP}",
                      (parsed.notes,)))
    return stmts
