"""What the outreach rules read, for the whole book in a few set-based queries, and the decisions they write.

Readers return plain tuples (no pydantic: a 50,000-client book loads in a few hundred ms), in
the field order of the namesakes in `clienteling.outreach.facts`, values already typed (`date`,
aware `datetime`, `float`). Where a reader narrows rows in SQL (dates near the day, purchases a
care reminder may fall on, preferences naming a new piece), it keeps a superset of what the
rules need: the rules decide, the SQL only spares rows no rule could use.

Writers take the caller's transaction: `save_state` keeps one live `PromptState` per prompt
key (a later decision updates it), `save_log` adds an `OutreachLog` to the client's timeline.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TypeVar

from ..domain import Appointment, OutreachLog, PromptState, Record
from ..domain.ids import iso
from ..domain.vocab import AppointmentPurpose, AppointmentStatus, Place
from . import rows

R = TypeVar("R", bound=Record)

_IDS = "(SELECT value FROM json_each(?))"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def ascii_lower(text: str) -> str:
    """What SQLite's lower() makes of a text (it folds ASCII letters only)."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _folds(values: Iterable[str]) -> str:
    out = set()
    for v in values:
        for form in (v, v.casefold(), v.upper(), v.title()):
            out.add(ascii_lower(form))
    return json.dumps(sorted(out))


# -- the rules' facts ------------------------------------------------------------------------------
def dates_on(conn, month_days: Iterable[int]) -> list[tuple]:
    """Live important dates whose month * 100 + day is in `month_days`, with the relation's name."""
    cur = conn.execute(
        "SELECT d.client_id, d.id, d.relation_id, d.kind, d.label, d.year, d.month, d.day, coalesce(r.name, '')"
        " FROM important_date d LEFT JOIN relation r ON r.id = d.relation_id AND r.deleted = 0"
        " WHERE d.deleted = 0 AND (d.month, d.day) IN (SELECT value / 100, value % 100 FROM json_each(?))"
        " AND (d.relation_id IS NULL OR r.id IS NOT NULL)", (json.dumps(sorted(set(month_days))),))
    return cur.fetchall()


def purchases(conn, since: date, until: date, care: dict[str, Sequence[tuple[date, date]]]) -> list[tuple]:
    """Purchases from `since` to `until`, and those of a `care` category bought on a day in one
    of its ranges (inclusive): day ranges, read from the purchase_day index."""
    clauses, params = ["purchased_on BETWEEN ? AND ?"], [since.isoformat(), until.isoformat()]
    for category, ranges in sorted(care.items()):
        if ranges:
            days = " OR ".join("purchased_on BETWEEN ? AND ?" for _ in ranges)
            clauses.append(f"(category = ? AND ({days}))")
            params += [category, *(d.isoformat() for pair in ranges for d in pair)]
    cur = conn.execute(
        "SELECT client_id, id, purchased_on, item, category, CAST(amount AS REAL) FROM purchase"
        f" WHERE deleted = 0 AND ({' OR '.join(clauses)})", params)
    return [(c, i, date.fromisoformat(d), item, cat, amount) for c, i, d, item, cat, amount in cur]


def first_purchase_day(conn) -> date | None:
    """The day of the book's oldest live purchase."""
    day = conn.execute("SELECT min(purchased_on) FROM purchase WHERE deleted = 0").fetchone()[0]
    return date.fromisoformat(day) if day else None


def buyers(conn, today: date, ranges: Sequence[tuple[date, date]], recent_since: date) -> list[tuple[str, bool]]:
    """Clients with a purchase on a day in one of `ranges` (inclusive) or since `recent_since`, up to
    `today`: (client id, whether one is in `ranges`), by client id. Read from the (day, …) covering
    index alone, a range seek for each span of days, so tombstoned purchases count too: a superset
    for `rfm(client_ids=…)` to settle."""
    until = today.isoformat()
    found: dict[str, bool] = {}
    if ranges:
        in_ranges = " OR ".join("purchased_on BETWEEN ? AND ?" for _ in ranges)
        days = [d.isoformat() for pair in ranges for d in pair]
        for (c,) in conn.execute(f"SELECT client_id FROM purchase INDEXED BY purchase_day WHERE purchased_on <= ?"
                                 f" AND ({in_ranges})", [until, *days]):
            found[c] = True
    if recent_since <= today:
        for (c,) in conn.execute("SELECT client_id FROM purchase INDEXED BY purchase_day"
                                 " WHERE purchased_on >= ? AND purchased_on <= ?", (recent_since.isoformat(), until)):
            found.setdefault(c, False)
    return sorted(found.items())


def rfm(conn, today: date, window_start: date, *, live_clients_only: bool = False,
        client_ids: Sequence[str] | None = None) -> list[tuple]:
    """Per client who bought (by `today`): first and last day, count and spend after
    `window_start`, spend in all; every buyer, or those among `client_ids`."""
    live = " AND client_id IN (SELECT id FROM client WHERE deleted = 0)" if live_clients_only else ""
    w = window_start.isoformat()
    params: list = [w, w, today.isoformat()]
    if client_ids is not None:
        live += f" AND client_id IN {_IDS}"
        params.append(json.dumps(list(client_ids)))
    cur = conn.execute(
        "SELECT client_id, min(purchased_on), max(purchased_on), sum(purchased_on > ?),"
        " total(CASE WHEN purchased_on > ? THEN CAST(amount AS REAL) END), total(CAST(amount AS REAL))"
        f" FROM purchase WHERE deleted = 0 AND purchased_on <= ?{live} GROUP BY client_id", params)
    return [(c, date.fromisoformat(a), date.fromisoformat(b), n, w, t) for c, a, b, n, w, t in cur]


def last_purchases(conn, client_ids: Sequence[str], today: date) -> dict[str, tuple]:
    """Each client's latest purchase up to `today` (the dearest of that day)."""
    out: dict[str, tuple] = {}
    if not client_ids:
        return out
    cur = conn.execute(
        "SELECT client_id, id, purchased_on, item, category, CAST(amount AS REAL) FROM purchase"
        f" WHERE deleted = 0 AND purchased_on <= ? AND client_id IN {_IDS}"
        " ORDER BY client_id, purchased_on DESC, CAST(amount AS REAL) DESC, id",
        (today.isoformat(), json.dumps(list(client_ids))))
    for c, i, d, item, cat, amount in cur:
        if c not in out:
            out[c] = (c, i, date.fromisoformat(d), item, cat, amount)
    return out


def visits_between(conn, start: datetime, end: datetime) -> list[tuple]:
    """Appointments that took place (done) or were missed (no-show), starting in [start, end)."""
    cur = conn.execute(
        "SELECT client_id, id, starts_at, status, purpose, time_zone FROM appointment"
        " WHERE deleted = 0 AND starts_at >= ? AND starts_at < ? AND status IN ('done', 'no_show')",
        (iso(start), iso(end)))
    return [(c, i, _moment(s), st, p, tz) for c, i, s, st, p, tz in cur]


def _as_read(cls: type[R], row: dict, **typed) -> R:
    """A record as it was validated when written (model_construct: a big book's day holds
    thousands): local columns dropped, the sync fields and `typed` converted from SQL."""
    for key in rows.LOCAL_ONLY:
        row.pop(key, None)
    row.update(updated_at=_moment(row["updated_at"]), deleted=bool(row["deleted"]), **typed)
    return cls.model_construct(**row)


def _dicts(cur):
    names = [d[0] for d in cur.description]
    return (dict(zip(names, r)) for r in cur)


def appointments_between(conn, start: datetime, end: datetime) -> list[tuple[Appointment, str]]:
    """Appointments starting in [start, end), cancelled ones left out, in time order, with the
    client's display name."""
    cur = conn.execute(
        "SELECT a.*, c.display_name AS client_display_name FROM appointment a"
        " JOIN client c ON c.id = a.client_id AND c.deleted = 0"
        " WHERE a.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ? AND a.status != 'cancelled'"
        " ORDER BY a.starts_at, a.num", (iso(start), iso(end)))
    out = []
    for row in _dicts(cur):
        name = row.pop("client_display_name")
        out.append((_as_read(Appointment, row, starts_at=_moment(row["starts_at"]),
                             purpose=AppointmentPurpose(row["purpose"]), place=Place(row["place"]),
                             status=AppointmentStatus(row["status"])), name))
    return out


def open_cases(conn) -> tuple[list[tuple], list[tuple]]:
    """Open aftercare cases and the stage history of each, as outreach.facts.CaseFact and StageFact."""
    cases = [(i, c, kind, p, item, stage, status, _moment(opened), _day(promised), False) for
             i, c, kind, p, item, stage, status, opened, promised in conn.execute(
                 "SELECT id, client_id, kind, purchase_id, item, stage, status, opened_at, promised_on"
                 " FROM aftercare_case WHERE deleted = 0 AND status = 'open' ORDER BY opened_at, num")]
    stages = [(case, stage, _moment(at), False) for case, stage, at in conn.execute(
        "SELECT case_id, stage, at FROM case_stage WHERE deleted = 0 AND case_id IN"
        " (SELECT id FROM aftercare_case WHERE deleted = 0 AND status = 'open') ORDER BY at, num")]
    return cases, stages


def preferences_naming(conn, values: Iterable[str]) -> list[tuple]:
    """Line and colour preferences (likes and dislikes) whose value is one of `values`, any case."""
    cur = conn.execute(
        "SELECT client_id, category, value, sentiment FROM preference WHERE deleted = 0"
        f" AND category IN ('line', 'colour') AND lower(value) IN {_IDS}", (_folds(values),))
    return cur.fetchall()


def sizes_among(conn, wanted: Iterable[tuple[str, str]]) -> list[tuple]:
    """Clients' own sizes that are one of `wanted` (size category, "<system> <size>")."""
    keys = sorted({(category, *size.split(" ", 1)) for category, size in wanted if " " in size})
    cur = conn.execute(
        "SELECT client_id, category, system, value FROM size WHERE deleted = 0 AND relation_id IS NULL"
        " AND (category, system, value) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
        " json_extract(value, '$[2]') FROM json_each(?))",
        (json.dumps(keys),))
    return cur.fetchall()


def wishes_naming(conn, skus: Iterable[str], names: Iterable[str]) -> list[tuple]:
    """Open wishlist items with one of `skus` (any case), or, without a SKU, whose description
    contains one of `names` (any case: compared casefolded, as the rules compare them)."""
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    cur = conn.execute(
        "SELECT client_id, id, description, category, sku FROM wishlist_item WHERE deleted = 0 AND status = 'open'"
        f" AND (lower(sku) IN {_IDS} OR (sku = '' AND EXISTS (SELECT 1 FROM json_each(?) n"
        " WHERE instr(casefold(description), n.value) > 0)))",
        (_folds(skus), json.dumps(sorted({n.casefold() for n in names}))))
    return cur.fetchall()


def _casefold(text):
    return text.casefold() if isinstance(text, str) else text


# -- the gates' facts -----------------------------------------------------------------------------
def clients(conn, client_ids: Sequence[str]) -> list[tuple]:
    """The live clients among `client_ids`, as outreach.facts.ClientFacts, each followed by the
    channels they agreed to (those whose latest consent is granted)."""
    cur = conn.execute(
        "SELECT id, family_name, given_name, family_name_latin, given_name_latin, title, preferred_language,"
        " preferred_channel, do_not_contact, quiet_until, (SELECT group_concat(channel) FROM consent c"
        " WHERE c.client_id = client.id AND c.deleted = 0 AND c.status = 'granted' AND NOT EXISTS"
        " (SELECT 1 FROM consent n WHERE n.client_id = c.client_id AND n.channel = c.channel AND n.deleted = 0"
        f" AND n.at > c.at)) FROM client WHERE deleted = 0 AND id IN {_IDS}", (json.dumps(list(client_ids)),))
    channels: dict[str | None, frozenset[str]] = {None: frozenset()}  # a few combinations for a whole book
    out = []
    for r in cur:
        granted = channels.get(r[10])
        if granted is None:
            granted = channels[r[10]] = frozenset(r[10].split(","))
        out.append((*r[:8], bool(r[8]), _day(r[9]), granted))
    return out


def last_outreach(conn, since: datetime, until: datetime) -> list[tuple[str, datetime]]:
    """(client id, latest outreach) for clients contacted in [since, until]."""
    cur = conn.execute("SELECT client_id, max(at) FROM outreach_log WHERE deleted = 0 AND at >= ? AND at <= ?"
                       " GROUP BY client_id", (iso(since), iso(until)))
    return [(c, _moment(at)) for c, at in cur]


def states(conn, prompt_keys: Sequence[str], until: datetime | None = None) -> list[tuple]:
    """Decisions on the prompts with these keys (made by `until`), as outreach.facts.StateFact."""
    sql = f"SELECT client_id, prompt_key, state, until, at FROM prompt_state WHERE prompt_key IN {_IDS} AND deleted = 0"
    params: list = [json.dumps(list(prompt_keys))]
    if until is not None:
        sql += " AND at <= ?"
        params.append(iso(until))
    return [(c, k, s, _day(u), _moment(at)) for c, k, s, u, at in conn.execute(sql, params)]


def decisions_between(conn, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """(state, when) of the done and dismissed decisions stamped in [start, end)."""
    cur = conn.execute("SELECT state, at FROM prompt_state WHERE deleted = 0 AND state IN ('done', 'dismissed')"
                       " AND at >= ? AND at < ?", (iso(start), iso(end)))
    return [(s, _moment(at)) for s, at in cur]


def client_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM client WHERE deleted = 0").fetchone()[0]


# -- a draft's subject ----------------------------------------------------------------------------
def live(conn, cls: type[R], record_id: str) -> R | None:
    """The live record with this id, or None (deleted, erased, or never there)."""
    found = rows.fetch(conn, cls, "id = ? AND deleted = 0", (record_id,)) if record_id else []
    return found[0] if found else None


def purchases_on(conn, client_id: str, day: date) -> int:
    """How many pieces the client bought that day."""
    return conn.execute("SELECT count(*) FROM purchase WHERE client_id = ? AND purchased_on = ? AND deleted = 0",
                        (client_id, day.isoformat())).fetchone()[0]


# -- decisions ------------------------------------------------------------------------------------
def state_for(conn, client_id: str, prompt_key: str) -> PromptState | None:
    """The live decision on one prompt, if any (the latest, should two devices have made one)."""
    found = rows.fetch(conn, PromptState, "client_id = ? AND prompt_key = ? AND deleted = 0",
                       (client_id, prompt_key), "at DESC, num DESC")
    return found[0] if found else None


def save_state(conn, state: PromptState) -> PromptState:
    """Write the decision on `state.prompt_key`, updating the live one if there is one; the caller
    holds the transaction. Returns the record as written."""
    current = state_for(conn, state.client_id, state.prompt_key)
    if current is not None:
        state = state.model_copy(update={"id": current.id, "rev": current.rev})
    rows.write(conn, state)
    return state


def save_log(conn, log: OutreachLog) -> None:
    rows.write(conn, log)
