"""Agenda use cases: the day and the week, booking, moving, cancelling, notes after, the brief,
calendar files out and in, and the reminders that are due. Each write returns what changed.

Times cross this boundary as the boutique's wall-clock (a day and a time, `BoutiqueConfig.timezone`)
and are stored in UTC. Cancelling sets the status; an appointment is never deleted from here,
so the book (and every synced device) keeps its history.

`agenda(session)` gives the service over an open session: `tm.run(lambda s: agenda(s).week(day))`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..agenda.brief import Brief, build_brief
from ..config import BoutiqueConfig
from ..domain import Appointment, build
from ..domain.agenda import local_to_utc, next_slot, overlaps, range_bounds, to_local, week_start
from ..domain.errors import ValidationError
from ..domain.ids import utc_now
from ..domain.vocab import AppointmentPurpose, AppointmentStatus, Place
from ..store import Book
from ..store import appointments as repo
from ..store import clients as client_repo
from .changes import Changes

if TYPE_CHECKING:
    from ..agenda.ics_export import ExportLabels

REMINDED = (AppointmentStatus.BOOKED.value, AppointmentStatus.CONFIRMED.value)


@dataclass
class AppointmentForm:
    """What the advisor typed in the appointment editor, in the boutique's local time."""

    client_id: str = ""
    day: date | None = None
    start: time | None = None
    duration_min: int = 60
    purpose: str = AppointmentPurpose.STYLING_SESSION.value
    place: str = Place.BOUTIQUE.value
    place_detail: str = ""
    advisor: str = ""
    status: str = AppointmentStatus.BOOKED.value
    notes_before: str = ""
    notes_after: str = ""

    @classmethod
    def from_appointment(cls, a: Appointment, tz: str) -> "AppointmentForm":
        local = to_local(a.starts_at, tz)
        return cls(client_id=a.client_id, day=local.date(), start=local.time().replace(tzinfo=None),
                   duration_min=a.duration_min, purpose=a.purpose.value, place=a.place.value,
                   place_detail=a.place_detail, advisor=a.advisor, status=a.status.value,
                   notes_before=a.notes_before, notes_after=a.notes_after)


@dataclass(frozen=True)
class AgendaEntry:
    appointment: Appointment
    client_name: str
    overlaps: tuple[str, ...] = ()  # ids of the same advisor's appointments it overlaps

    @property
    def flagged(self) -> bool:
        return bool(self.overlaps)


@dataclass(frozen=True)
class AgendaPage:
    """The appointments taking time in `days` local days from `first`, with overlaps flagged."""

    first: date
    days: int
    time_zone: str
    entries: list[AgendaEntry] = field(default_factory=list)

    @property
    def last(self) -> date:
        return self.first + timedelta(days=self.days - 1)

    def on(self, day: date) -> list[AgendaEntry]:
        """The entries that start on a local day, earliest first."""
        return [e for e in self.entries if to_local(e.appointment.starts_at, self.time_zone).date() == day]

    def entry(self, appointment_id: str) -> AgendaEntry | None:
        return next((e for e in self.entries if e.appointment.id == appointment_id), None)


class AgendaService:
    def __init__(self, book: Book, boutique: BoutiqueConfig, advisor: str = ""):
        self.book = book
        self.boutique = boutique
        self.tz = boutique.timezone
        self.advisor = advisor

    # -- reading -------------------------------------------------------------------------------
    def page(self, first: date, days: int) -> AgendaPage:
        start, end = range_bounds(first, days, self.tz)
        found = repo.between(self.book.conn, start, end)
        clashes = overlaps(a for a, _ in found)
        entries = [AgendaEntry(a, name, tuple(sorted(clashes.get(a.id, ())))) for a, name in found]
        return AgendaPage(first, days, self.tz, entries)

    def day(self, day: date) -> AgendaPage:
        return self.page(day, 1)

    def week(self, day: date) -> AgendaPage:
        return self.page(week_start(day), 7)

    def get(self, appointment_id: str) -> Appointment:
        return repo.get(self.book.conn, appointment_id)

    def form(self, appointment_id: str) -> tuple[AppointmentForm, str]:
        """The editor's fields for an appointment, and its client's name."""
        a = self.get(appointment_id)
        return AppointmentForm.from_appointment(a, self.tz), self.client_name(a.client_id)

    def client_name(self, client_id: str) -> str:
        return repo.client_names(self.book.conn, [client_id]).get(client_id, "")

    def advisors(self) -> list[str]:
        return repo.advisors(self.book.conn)

    def editor_setup(self, now: datetime | None = None) -> dict:
        """What the appointment editor offers: advisors to pick from, the default length, who books,
        and the next free half hour of the boutique's day as the default slot."""
        day, start = self.next_slot(now or utc_now())
        return {"advisors": self.advisors(), "default_duration": self.boutique.agenda.default_duration_min,
                "advisor": self.advisor, "time_zone": self.tz, "day": day, "start": start}

    def next_slot(self, now: datetime) -> tuple[date, time]:
        hours = self.boutique.agenda
        return next_slot(now, self.tz, hours.day_starts_hour, hours.day_ends_hour)

    def clashes(self, day: date, start: time, duration_min: int, advisor: str,
                exclude_id: str | None = None) -> list[AgendaEntry]:
        """The same advisor's appointments a booking at this time would overlap ([] when it cannot tell)."""
        try:
            starts_at = local_to_utc(day, start, self.tz)
            probe = build(Appointment, id=exclude_id or "probe", client_id="probe", starts_at=starts_at,
                          duration_min=duration_min, advisor=advisor)
        except ValidationError:
            return []
        found = [(a, n) for a, n in repo.between(self.book.conn, probe.starts_at, probe.ends_at)
                 if a.id != probe.id]
        clash = overlaps([probe, *(a for a, _ in found)]).get(probe.id, set())
        return [AgendaEntry(a, n) for a, n in found if a.id in clash]

    def brief(self, appointment_id: str) -> Brief:
        a = self.get(appointment_id)
        return build_brief(client_repo.dossier(self.book.conn, a.client_id), a, self.tz)

    def due_reminders(self, now: datetime, minutes: int) -> list[AgendaEntry]:
        """Booked or confirmed appointments starting in [now, now + minutes]."""
        horizon = now + timedelta(minutes=minutes)
        found = repo.between(self.book.conn, now, horizon + timedelta(seconds=1), statuses=REMINDED)
        return [AgendaEntry(a, name) for a, name in found if now <= a.starts_at <= horizon]

    # -- writing -------------------------------------------------------------------------------
    def save(self, form: AppointmentForm, appointment_id: str | None = None) -> tuple[Appointment, Changes]:
        """Book a new appointment (no id) or change one; the same record is edited, never replaced."""
        if not form.client_id:
            raise ValidationError("Choose the client this appointment is with.", "client_id")
        if form.day is None or form.start is None:
            raise ValidationError("Give the appointment a day and a start time.", "starts_at")
        starts_at = local_to_utc(form.day, form.start, self.tz)
        with self.book.transaction() as db:
            client = client_repo.get_client(db.conn, form.client_id)
            current = repo.get(db.conn, appointment_id) if appointment_id else None
            base = current.model_dump() if current else {"time_zone": self.tz}
            advisor = form.advisor.strip() or (current.advisor if current else "") or self.advisor or client.advisor
            appointment = build(Appointment, **{
                **base, "client_id": client.id, "starts_at": starts_at, "duration_min": form.duration_min,
                "purpose": form.purpose, "place": form.place, "place_detail": form.place_detail,
                "advisor": advisor, "status": form.status, "notes_before": form.notes_before,
                "notes_after": form.notes_after, "time_zone": self.tz})
            repo.save(db.conn, appointment)
        touched = {appointment.client_id} | ({current.client_id} if current else set())
        return appointment, Changes(clients=frozenset(touched))

    def _change(self, appointment_id: str, **fields) -> Changes:
        with self.book.transaction() as db:
            current = repo.get(db.conn, appointment_id)
            repo.save(db.conn, build(Appointment, **{**current.model_dump(), **fields}))
        return Changes.client(current.client_id)

    def set_status(self, appointment_id: str, status: str) -> Changes:
        return self._change(appointment_id, status=status)

    def cancel(self, appointment_id: str) -> Changes:
        """Cancelled, not deleted: the appointment stays in the agenda's history and on every device."""
        return self.set_status(appointment_id, AppointmentStatus.CANCELLED.value)

    def move(self, appointment_id: str, day: date, start: time, duration_min: int | None = None) -> Changes:
        fields = {"starts_at": local_to_utc(day, start, self.tz), "time_zone": self.tz}
        if duration_min is not None:
            fields["duration_min"] = duration_min
        return self._change(appointment_id, **fields)

    def set_notes_after(self, appointment_id: str, text: str) -> Changes:
        return self._change(appointment_id, notes_after=text)

    # -- calendar files --------------------------------------------------------------------------
    def export_ics(self, *, ids: list[str] | None = None, first: date | None = None, days: int = 1,
                   labels: ExportLabels | None = None, stamp: datetime | None = None) -> bytes:
        """One appointment, a set, or every appointment of `days` local days from `first`, as .ics."""
        from ..agenda.ics_export import ExportEvent, export_ics
        conn = self.book.conn
        if ids is not None:
            found = repo.by_ids(conn, ids)
            names = repo.client_names(conn, (a.client_id for a in found.values()))
            picked = [(found[i], names.get(found[i].client_id, "")) for i in ids if i in found]
        elif first is not None:
            start, end = range_bounds(first, days, self.tz)
            picked = [(a, n) for a, n in repo.between(conn, start, end) if a.starts_at >= start]
        else:
            raise ValidationError("Choose the appointments to export.")
        if not picked:
            raise ValidationError("There are no appointments to export.")
        return export_ics([ExportEvent(a, name, a.client_id) for a, name in picked], self.tz,
                          calendar_name=self.boutique.display_name, labels=labels, stamp=stamp)

    def read_ics(self, data: bytes):
        """Read a calendar file and match its events to clients and appointments; writes nothing."""
        from .agenda_import import read_plan

        return read_plan(self, data)

    def import_ics(self, plan, links: dict[str, str] | None = None, skip: set[str] | frozenset[str] = frozenset()):
        """Write the plan's events (one transaction); `links` names the client for events the advisor linked."""
        from .agenda_import import apply_plan

        return apply_plan(self, plan, links or {}, set(skip))


def agenda(session) -> AgendaService:
    """The agenda service over an open session (cheap: build one per call)."""
    return AgendaService(session.book, session.boutique, session.clients.advisor)


__all__ = ["AgendaEntry", "AgendaPage", "AgendaService", "AppointmentForm", "agenda"]
