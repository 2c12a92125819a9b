"""The book's schema as numbered migrations. Never edit a released migration: add one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "clienteling"
migrations = Migrations(MIGRATION_SET)

_SYNC_COLS = """
    id TEXT NOT NULL UNIQUE,
    rev INTEGER,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0"""


def _child(name: str, body: str, *, relation: bool = False, extra_index: str = "") -> str:
    rel = ",\n    relation_id TEXT REFERENCES relation(id) ON DELETE CASCADE" if relation else ""
    ddl = f"""
CREATE TABLE {name} (
    num INTEGER PRIMARY KEY,{_SYNC_COLS},
    client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE{rel},
    {body}
);
CREATE INDEX {name}_client ON {name}(client_id);"""
    return ddl + (f"\n{extra_index}" if extra_index else "")


@migrations()
def m001_dossiers(db: Database) -> None:
    statements = [f"""
CREATE TABLE client (
    num INTEGER PRIMARY KEY,{_SYNC_COLS},
    family_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    family_name_latin TEXT NOT NULL DEFAULT '',
    given_name_latin TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'en',
    preferred_channel TEXT NOT NULL DEFAULT 'email',
    tier TEXT NOT NULL DEFAULT 'client',
    advisor TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    do_not_contact INTEGER NOT NULL DEFAULT 0,
    do_not_contact_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    display_name TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT '',
    primary_phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX client_sort ON client(deleted, sort_key);""",
        """
CREATE TABLE relation (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, rev INTEGER, updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    name TEXT NOT NULL, kind TEXT NOT NULL, notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relation_client ON relation(client_id);""",
        _child("contact", "kind TEXT NOT NULL CHECK (kind IN ('phone','email')), label TEXT NOT NULL DEFAULT '',"
               " value TEXT NOT NULL, is_primary INTEGER NOT NULL DEFAULT 0"),
        _child("client_tag", "tag TEXT NOT NULL"),
        _child("important_date", "kind TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', year INTEGER,"
               " month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
               " day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31)", relation=True),
        _child("preference", "category TEXT NOT NULL, value TEXT NOT NULL, sentiment TEXT NOT NULL"),
        _child("size", "category TEXT NOT NULL, system TEXT NOT NULL, value TEXT NOT NULL", relation=True),
        _child("wishlist_item", "description TEXT NOT NULL, category TEXT, sku TEXT NOT NULL DEFAULT '',"
               " added_on TEXT, status TEXT NOT NULL"),
        _child("purchase", "purchased_on TEXT NOT NULL, item TEXT NOT NULL, category TEXT NOT NULL,"
               " sku TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL, currency TEXT NOT NULL,"
               " boutique TEXT NOT NULL DEFAULT ''",
               extra_index="CREATE INDEX purchase_date ON purchase(client_id, purchased_on);"),
        _child("consent", "channel TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL,"
               " source TEXT NOT NULL DEFAULT ''"),
        _child("note", "kind TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,"
               " author TEXT NOT NULL DEFAULT ''",
               extra_index="CREATE INDEX note_timeline ON note(client_id, created_at);"),
        """
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    patch TEXT NOT NULL,
    base_revs TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_entity ON outbox(entity, entity_id);
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    pull_cursor TEXT,
    last_acked_seq INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    last_error TEXT
);
CREATE TABLE book_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE client_tri USING fts5(
    body, content='', contentless_delete=1, tokenize='trigram');
CREATE VIRTUAL TABLE client_tok USING fts5(
    body, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2', prefix='1 2');
CREATE VIRTUAL TABLE note_fts USING fts5(
    body, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
"""]
    for script in statements:
        for stmt in script.split(";"):
            if stmt.strip():
                db.execute(stmt)
    db.execute("PRAGMA user_version = 1")


@migrations()
def m002_file_by_family_name(db: Database) -> None:
    """Western clients were filed by given name while Chinese ones were filed by family name."""
    from ..domain.search_text import filing_key

    rows = db.execute("SELECT num, family_name_latin, given_name_latin, family_name, given_name FROM client"
                      ).fetchall()
    db.conn.executemany("UPDATE client SET sort_key = ? WHERE num = ?",
                        [(filing_key(*r[1:]), r[0]) for r in rows])
    db.execute("PRAGMA user_version = 2")


@migrations()
def m003_sync(db: Database) -> None:
    """Sync bookkeeping: last server state per field, open conflicts, rows waiting for a parent."""
    script = """
CREATE TABLE shadow (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    rev INTEGER,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    client_id TEXT,
    field TEXT NOT NULL,
    base TEXT,
    local TEXT,
    server TEXT,
    server_rev INTEGER,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT
);
CREATE UNIQUE INDEX conflict_open ON conflict(entity, entity_id, field) WHERE resolved_at IS NULL;
CREATE INDEX conflict_client ON conflict(client_id);
CREATE TABLE sync_parked (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    client_id TEXT,
    change TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
CREATE TABLE resync_seen (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX outbox_pending ON outbox(state, seq);
ALTER TABLE sync_state ADD COLUMN server_url TEXT;
ALTER TABLE sync_state ADD COLUMN advisor TEXT;
ALTER TABLE sync_state ADD COLUMN token_expires_at TEXT;
ALTER TABLE sync_state ADD COLUMN resync INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN last_attempt_at TEXT;
ALTER TABLE sync_state ADD COLUMN last_error_reason TEXT
"""
    for stmt in script.split(";"):
        if stmt.strip():
            db.execute(stmt)
    db.execute("PRAGMA user_version = 3")


@migrations()
def m004_shadow_per_record(db: Database) -> None:
    """One shadow row per record, its fields as JSON {field: [value, rev]}, instead of one row per
    field: a pulled record writes one row, not seven on average."""
    for stmt in (
        "ALTER TABLE shadow RENAME TO shadow_per_field",
        "CREATE TABLE shadow (entity TEXT NOT NULL, entity_id TEXT NOT NULL, fields TEXT NOT NULL,"
        " PRIMARY KEY (entity, entity_id)) WITHOUT ROWID",
        "INSERT INTO shadow (entity, entity_id, fields) SELECT entity, entity_id,"
        " json_group_object(field, json_array(json(value), rev)) FROM shadow_per_field GROUP BY entity, entity_id",
        "DROP TABLE shadow_per_field",
    ):
        db.execute(stmt)
    db.execute("PRAGMA user_version = 4")


@migrations()
def m005_agenda_aftercare_outreach(db: Database) -> None:
    """Appointments, aftercare cases with their stage history, the outreach log and prompt states."""
    scripts = [
        _child("appointment", "starts_at TEXT NOT NULL, duration_min INTEGER NOT NULL, purpose TEXT NOT NULL,"
               " place TEXT NOT NULL, place_detail TEXT NOT NULL DEFAULT '', advisor TEXT NOT NULL DEFAULT '',"
               " status TEXT NOT NULL, time_zone TEXT NOT NULL DEFAULT '', notes_before TEXT NOT NULL DEFAULT '',"
               " notes_after TEXT NOT NULL DEFAULT '', ics_uid TEXT NOT NULL DEFAULT ''",
               extra_index="CREATE INDEX appointment_start ON appointment(deleted, starts_at);"),
        _child("aftercare_case", "kind TEXT NOT NULL, purchase_id TEXT, item TEXT NOT NULL,"
               " request TEXT NOT NULL DEFAULT '', stage TEXT NOT NULL, status TEXT NOT NULL,"
               " opened_at TEXT NOT NULL, promised_on TEXT, quote_amount TEXT, currency TEXT NOT NULL DEFAULT '',"
               " advisor TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''",
               extra_index="CREATE INDEX aftercare_case_open ON aftercare_case(deleted, status);"),
        _child("case_stage", "case_id TEXT NOT NULL, stage TEXT NOT NULL, at TEXT NOT NULL,"
               " note TEXT NOT NULL DEFAULT ''",
               extra_index="CREATE INDEX case_stage_case ON case_stage(case_id, at);"),
        _child("outreach_log", "at TEXT NOT NULL, channel TEXT NOT NULL, purpose TEXT NOT NULL,"
               " prompt_key TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL,"
               " advisor TEXT NOT NULL DEFAULT ''",
               extra_index="CREATE INDEX outreach_log_at ON outreach_log(client_id, at);"),
        _child("prompt_state", "prompt_key TEXT NOT NULL, state TEXT NOT NULL, until TEXT,"
               " reason TEXT NOT NULL DEFAULT '', channel TEXT, at TEXT NOT NULL",
               extra_index="CREATE INDEX prompt_state_key ON prompt_state(prompt_key);"),
    ]
    for script in scripts:
        for stmt in script.split(";"):
            if stmt.strip():
                db.execute(stmt)
    db.execute("PRAGMA user_version = 5")


@migrations()
def m006_client_quiet_period(db: Database) -> None:
    """A quiet period on the client (mourning, "do not contact until"): outreach waits until that day."""
    db.execute("ALTER TABLE client ADD COLUMN quiet_until TEXT")
    db.execute("ALTER TABLE client ADD COLUMN quiet_reason TEXT NOT NULL DEFAULT ''")
    db.execute("PRAGMA user_version = 6")


@migrations()
def m006_outreach_indexes(db: Database) -> None:
    """Covering indexes for the Today queue, which reads a few columns of many rows (dates near a
    day, purchases of given days, spend per client, tastes naming a new piece, sizes): read from
    compact indexes, its pages stay in the page cache, so a reload does not decrypt half the book."""
    for stmt in (
        "CREATE INDEX important_date_day ON important_date(month, day, deleted, client_id, id, relation_id, kind,"
        " label, year)",
        "CREATE INDEX purchase_day ON purchase(purchased_on, category, deleted, client_id, id, item, amount)",
        "CREATE INDEX purchase_spend ON purchase(client_id, purchased_on, deleted, amount)",
        "CREATE INDEX preference_value ON preference(category, lower(value), sentiment, deleted, client_id, value)",
        "CREATE INDEX size_value ON size(category, system, value, relation_id, deleted, client_id)",
    ):
        db.execute(stmt)
    db.execute("PRAGMA user_version = 6")


@migrations()
def m007_gate_indexes(db: Database) -> None:
    """Covering indexes for the rest of the Today queue's reads: the latest consent per client and
    channel (the gates), and the visits that took place or were missed in a span of days (the
    follow-up rules), so neither reads the table rows."""
    for stmt in (
        "CREATE INDEX consent_latest ON consent(client_id, channel, deleted, at, status)",
        "CREATE INDEX appointment_visit ON appointment(deleted, starts_at, status, client_id, id, purpose,"
        " time_zone)",
    ):
        db.execute(stmt)
    db.execute("PRAGMA user_version = 7")


@migrations()
def m008_prompt_drafts(db: Database) -> None:
    """Today's drafts, kept as the advisor types (store/drafts.py): one per prompt, local to this
    laptop (no sync columns, never in the outbox), gone with their client (an erasure too)."""
    db.execute("""
CREATE TABLE prompt_draft (
    prompt_key TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    channel TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL
)""")
    db.execute("CREATE INDEX prompt_draft_client ON prompt_draft(client_id)")
    db.execute("PRAGMA user_version = 8")


@migrations()
def m009_decision_indexes(db: Database) -> None:
    """The gates read the decisions on the day's prompts by key, and the outreach of the last days
    (the frequency cap), from covering indexes: a boutique's decisions and outreach pile up over the
    years, and the queue reads only the few that concern today."""
    for stmt in (
        "DROP INDEX prompt_state_key",  # (prompt_key): the new index begins with it
        "CREATE INDEX prompt_state_decision ON prompt_state(prompt_key, deleted, client_id, state, until, at)",
        "CREATE INDEX outreach_log_recent ON outreach_log(deleted, at, client_id)",
    ):
        db.execute(stmt)
    db.execute("PRAGMA user_version = 9")


SCHEMA_VERSION = 9
KNOWN_MIGRATIONS = frozenset(m.name for m in migrations._migrations)
