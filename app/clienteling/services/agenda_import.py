"""Importing a calendar file: read and match everything first, then write it in one transaction.

`read_plan` parses the file (a broken one is refused whole, with a sentence) and matches
each event: to the appointment it came from (our own UID, or the UID of an earlier import)
and to a client (the Clienteling client id it carries, else an email or phone number of a
client in the book). `apply_plan` writes the plan; importing the same file twice changes
nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..agenda import CalendarEvent, Skip, parse_ics
from ..agenda.ics_import import MAX_DESCRIPTION, phone_tail
from ..domain import Appointment, build
from ..domain.errors import ValidationError
from ..domain.vocab import AppointmentStatus
from ..store import appointments as repo
from ..store import clients as client_repo
from .changes import Changes


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"  # moved or cancelled in the calendar since it was imported or exported
    UNCHANGED = "unchanged"
    SKIP = "skip"  # not an appointment (see the event's `skip`)


class LinkedBy(StrEnum):
    NONE = ""
    APPOINTMENT = "appointment"  # it is an appointment of the book
    CLIENT_ID = "client_id"  # exported by Clienteling, naming the client
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class ImportItem:
    event: CalendarEvent
    action: Action
    client_id: str = ""
    client_name: str = ""
    linked_by: LinkedBy = LinkedBy.NONE
    candidates: tuple[tuple[str, str], ...] = ()  # (client id, name) when several clients match
    existing_id: str = ""

    @property
    def needs_client(self) -> bool:
        return self.action == Action.NEW and not self.client_id


@dataclass(frozen=True)
class ImportPlan:
    items: list[ImportItem] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(1 for i in self.items if i.action == action)

    @property
    def unlinked(self) -> list[ImportItem]:
        return [i for i in self.items if i.needs_client]


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # not appointments, left unlinked, or skipped by the advisor


def read_plan(service, data: bytes) -> ImportPlan:
    events = parse_ics(data, service.tz, default_duration=service.boutique.agenda.default_duration_min)
    conn = service.book.conn
    ours = repo.by_ids(conn, [e.appointment_id for e in events if e.appointment_id])
    imported = repo.by_ics_uids(conn, [e.uid for e in events])
    by_email = repo.clients_by_email(conn, [m for e in events for m in e.emails])
    by_phone = repo.clients_by_phone_tail(conn, [phone_tail(p) for e in events for p in e.phones])
    named = [e.client_id for e in events if e.client_id]
    wanted = [*named, *(a.client_id for a in (*ours.values(), *imported.values())),
              *(c for ids in (*by_email.values(), *by_phone.values()) for c in ids)]
    names = repo.client_names(conn, wanted)
    items = []
    for e in events:
        existing = ours.get(e.appointment_id) or imported.get(e.uid)
        if existing is not None:
            items.append(ImportItem(e, _action(existing, e), existing.client_id, names.get(existing.client_id, ""),
                                    LinkedBy.APPOINTMENT, existing_id=existing.id))
            continue
        if e.skip is not None or e.cancelled:
            items.append(ImportItem(e, Action.SKIP))
            continue
        if e.client_id in names:
            items.append(ImportItem(e, Action.NEW, e.client_id, names[e.client_id], LinkedBy.CLIENT_ID))
            continue
        found: dict[str, LinkedBy] = {}
        for mail in e.emails:
            for cid in by_email.get(mail, ()):
                found.setdefault(cid, LinkedBy.EMAIL)
        for phone in e.phones:
            for cid in by_phone.get(phone_tail(phone), ()):
                found.setdefault(cid, LinkedBy.PHONE)
        found = {cid: how for cid, how in found.items() if cid in names}
        if len(found) == 1:
            [(cid, how)] = found.items()
            items.append(ImportItem(e, Action.NEW, cid, names[cid], how))
        else:
            items.append(ImportItem(e, Action.NEW, candidates=tuple((c, names[c]) for c in found)))
    return ImportPlan(items)


def _action(existing: Appointment, e: CalendarEvent) -> Action:
    if e.skip is not None:
        return Action.UNCHANGED
    moved = existing.starts_at != e.starts_at or existing.duration_min != e.duration_min
    cancelled = e.cancelled and existing.status != AppointmentStatus.CANCELLED
    return Action.UPDATE if moved or cancelled else Action.UNCHANGED


def apply_plan(service, plan: ImportPlan, links: dict[str, str], skip: set[str]) -> tuple[ImportReport, Changes]:
    """Validate every record to write, then write them all in one transaction (or none)."""
    added = updated = unchanged = skipped = 0
    touched: set[str] = set()
    with service.book.transaction() as db:
        conn = db.conn
        ours = repo.by_ids(conn, [i.existing_id for i in plan.items if i.existing_id])
        imported = repo.by_ics_uids(conn, [i.event.uid for i in plan.items])
        writes: list[Appointment] = []
        for item in plan.items:
            e = item.event
            existing = ours.get(item.existing_id) or imported.get(e.uid)  # a second import in between
            if e.uid in skip or (existing is None and item.action == Action.SKIP):
                skipped += 1
                continue
            if existing is not None:
                if _action(existing, e) == Action.UNCHANGED:
                    unchanged += 1
                    continue
                fields = {"starts_at": e.starts_at, "duration_min": e.duration_min}
                if e.cancelled:
                    fields["status"] = AppointmentStatus.CANCELLED
                writes.append(_valid(e, **{**existing.model_dump(), **fields}))
                updated += 1
                continue
            client_id = links.get(e.uid) or item.client_id
            if not client_id:
                skipped += 1
                continue
            client_repo.get_client(conn, client_id)  # gone since the file was read: NotFound, nothing written
            writes.append(_valid(e, client_id=client_id, starts_at=e.starts_at, duration_min=e.duration_min,
                                 purpose=e.purpose, place=e.place, place_detail=e.location,
                                 advisor=service.advisor, status=AppointmentStatus.BOOKED, time_zone=service.tz,
                                 notes_before=_notes(e), ics_uid=e.uid))
            added += 1
        for appointment in writes:
            repo.save(conn, appointment)
            touched.add(appointment.client_id)
    return ImportReport(added, updated, unchanged, skipped), Changes(clients=frozenset(touched))


def _valid(e: CalendarEvent, **fields) -> Appointment:
    try:
        return build(Appointment, **fields)
    except ValidationError as exc:
        what = f"“{e.summary[:60]}”" if e.summary else "An event"
        raise ValidationError(f"{what}: {exc} Nothing was imported.", exc.field) from None


def _notes(e: CalendarEvent) -> str:
    """The event's own words become the notes to prepare from."""
    return "\n".join(t for t in (e.summary, e.description) if t)[:MAX_DESCRIPTION]


__all__ = ["Action", "ImportItem", "ImportPlan", "ImportReport", "LinkedBy", "Skip", "apply_plan", "read_plan"]
