"""Benchmark baselines: pulled rows stored as plainly as SQLCipher allows.

`python -m clienteling.bench sync` compares the real pull (records, shadow, list columns,
search index, cursor) with this: the same rows, one plain table per entity (no index, no
journal, no shadow), one `executemany` per entity per page, one transaction per page, in
an encrypted file opened with the book's pragmas.
"""

from __future__ import annotations

from pathlib import Path

from .book import Key, _connect


def open_plain(path: Path, key: Key):
    """A fresh encrypted database with the book's journal mode and durability."""
    conn = _connect(path, key, read_only=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def insert_page(conn, changes: list[dict], tables: dict[str, list[str]]) -> int:
    """Insert one page of wire changes (`fields` plus id and change number); returns the rows written.

    `tables` remembers each entity's columns (from its first row) between pages.
    """
    by_entity: dict[str, list[dict]] = {}
    for change in changes:
        by_entity.setdefault(change["entity"], []).append(change)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for entity, found in by_entity.items():
            columns = tables.get(entity)
            if columns is None:
                columns = tables[entity] = sorted(found[0]["fields"])
                names = ", ".join(["id", "rev", *columns])
                conn.execute(f"CREATE TABLE IF NOT EXISTS plain_{entity} ({names})")
            marks = ", ".join("?" * (len(columns) + 2))
            conn.executemany(f"INSERT INTO plain_{entity} VALUES ({marks})",
                             [(c["entity_id"], c["change_no"], *(c["fields"].get(k) for k in columns))
                              for c in found])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return len(changes)
