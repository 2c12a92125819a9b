"""Appointment repository: the agenda's ranges, lookups for calendar imports, and writes.

Times are stored as ISO 8601 UTC strings (`ids.iso`), so a range is a string comparison
on the `appointment_start` index. An appointment lasts at most a day, so one that started
up to a day before a range may still be running in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from ..domain import Appointment
from ..domain.agenda import MAX_DURATION
from ..domain.errors import NotFound
from ..domain.ids import iso
from ..domain.vocab import AppointmentPurpose, AppointmentStatus, Place
from . import rows

_CHUNK = 500
_LOOKBACK = timedelta(minutes=MAX_DURATION)


def between(conn, start: datetime, end: datetime, *, statuses: Iterable[str] | None = None
            ) -> list[tuple[Appointment, str]]:
    """Live appointments of live clients that take time in [start, end), with the client's list name."""
    where = ["a.deleted = 0", "c.deleted = 0", "a.starts_at >= ?", "a.starts_at < ?"]
    params: list = [iso(start - _LOOKBACK), iso(end)]
    if statuses is not None:
        wanted = list(statuses)
        where.append(f"a.status IN ({','.join('?' * len(wanted))})")
        params += wanted
    cur = conn.execute(
        "SELECT a.*, c.display_name AS client_display_name FROM appointment a JOIN client c ON c.id = a.client_id"
        f" WHERE {' AND '.join(where)} ORDER BY a.starts_at, a.num", params)
    names = [d[0] for d in cur.description]
    found = []
    for r in cur:
        row = dict(zip(names, r))
        client_name = row.pop("client_display_name")
        appointment = stored(row)
        if appointment.ends_at > start:
            found.append((appointment, client_name))
    return found


_STR = ("id", "client_id", "place_detail", "advisor", "time_zone", "notes_before", "notes_after", "ics_uid")


def stored(row: dict) -> Appointment:
    """An appointment from its row without re-running the editor's text checks: every row was
    validated on its way in (a local edit, a pull), and a week view reads hundreds. Types and
    codes are still checked: an unknown status or a malformed time raises, as validation would."""
    try:
        return Appointment.model_construct(
            **{k: row[k] for k in _STR}, rev=row["rev"], deleted=bool(row["deleted"]),
            updated_at=datetime.fromisoformat(row["updated_at"]) if row["updated_at"] else None,
            starts_at=_utc(datetime.fromisoformat(row["starts_at"])), duration_min=int(row["duration_min"]),
            purpose=AppointmentPurpose(row["purpose"]), place=Place(row["place"]),
            status=AppointmentStatus(row["status"]))
    except (ValueError, TypeError, KeyError):
        return rows.from_row(Appointment, row)  # says what is wrong, as for any record


def _utc(ts: datetime) -> datetime:
    if ts.tzinfo is None:
        raise ValueError("a stored time without its zone")
    return ts.astimezone(timezone.utc)


def get(conn, appointment_id: str) -> Appointment:
    try:
        return rows.get(conn, Appointment, appointment_id)
    except NotFound:
        raise NotFound("This appointment no longer exists (it may have been deleted on another device).") from None


def by_ids(conn, ids: Iterable[str]) -> dict[str, Appointment]:
    """Live appointments among `ids`."""
    return {a.id: a for a in _in(conn, "id", list(ids))}


def by_ics_uids(conn, uids: Iterable[str]) -> dict[str, Appointment]:
    """Live appointments imported from these calendar UIDs."""
    return {a.ics_uid: a for a in _in(conn, "ics_uid", [u for u in uids if u])}


def _in(conn, column: str, values: list[str]) -> list[Appointment]:
    found: list[Appointment] = []
    for n in range(0, len(values), _CHUNK):
        part = values[n:n + _CHUNK]
        found += rows.fetch(conn, Appointment, f"{column} IN ({','.join('?' * len(part))}) AND deleted = 0", part)
    return found


def save(conn, appointment: Appointment) -> dict:
    """Write (and journal) one appointment; the caller holds the transaction. Returns the patch."""
    return rows.write(conn, appointment)


def count(conn) -> int:
    """Live appointments in the book."""
    return conn.execute("SELECT count(*) FROM appointment WHERE deleted = 0").fetchone()[0]


def client_names(conn, client_ids: Iterable[str]) -> dict[str, str]:
    ids = list(dict.fromkeys(client_ids))
    names: dict[str, str] = {}
    for n in range(0, len(ids), _CHUNK):
        part = ids[n:n + _CHUNK]
        names.update(conn.execute(
            f"SELECT id, display_name FROM client WHERE deleted = 0 AND id IN ({','.join('?' * len(part))})",
            part).fetchall())
    return names


def clients_by_email(conn, emails: Iterable[str]) -> dict[str, list[str]]:
    """email (lower-case) -> ids of live clients who have it."""
    wanted = list(dict.fromkeys(e.lower() for e in emails))
    found: dict[str, list[str]] = {}
    for n in range(0, len(wanted), _CHUNK):
        part = wanted[n:n + _CHUNK]
        for value, client_id in conn.execute(
                "SELECT lower(k.value), k.client_id FROM contact k JOIN client c ON c.id = k.client_id"
                f" WHERE k.kind = 'email' AND k.deleted = 0 AND c.deleted = 0"
                f" AND lower(k.value) IN ({','.join('?' * len(part))})", part):
            found.setdefault(value, []).append(client_id)
    return found


def clients_by_phone_tail(conn, tails: Iterable[str]) -> dict[str, list[str]]:
    """The last nine digits of a number -> ids of live clients with a phone ending so."""
    wanted = list(dict.fromkeys(t for t in tails if len(t) == 9))
    found: dict[str, list[str]] = {}
    for n in range(0, len(wanted), _CHUNK):
        part = wanted[n:n + _CHUNK]
        for tail, client_id in conn.execute(
                "SELECT substr(k.value, -9), k.client_id FROM contact k JOIN client c ON c.id = k.client_id"
                f" WHERE k.kind = 'phone' AND k.deleted = 0 AND c.deleted = 0"
                f" AND substr(k.value, -9) IN ({','.join('?' * len(part))})", part):
            found.setdefault(tail, []).append(client_id)
    return found


def advisors(conn, limit: int = 200) -> list[str]:
    """The advisors named on clients and appointments, most used first (for the editor's suggestions)."""
    return [r[0] for r in conn.execute(
        "SELECT advisor FROM (SELECT advisor FROM client WHERE deleted = 0 AND advisor != ''"
        " UNION ALL SELECT advisor FROM appointment WHERE deleted = 0 AND advisor != '')"
        " GROUP BY advisor ORDER BY count(*) DESC, advisor LIMIT ?", (limit,))]
