"""What an advisor reads before an appointment, picked from the client's dossier.

`build_brief(dossier, appointment, tz)` chooses; the UI lays it out, translates the
headings and prints it. Nothing here formats dates or words for display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import Dossier, salutation
from ..domain.agenda import Appointment, local_day
from ..domain.aftercare import AftercareCase
from ..domain.client import Client, ImportantDate
from ..domain.records import Note, Purchase, Size, WishlistItem
from ..domain.vocab import AppointmentStatus, CaseStatus, Sentiment, WishStatus

PURCHASES, NOTES, DATES_AHEAD_DAYS = 5, 3, 60


@dataclass(frozen=True)
class ComingDate:
    on: date
    date: ImportantDate
    whose: str = ""  # the relation's name; "" for the client's own day
    turning: int | None = None  # the age or anniversary reached that day, when the year is known


@dataclass(frozen=True)
class Brief:
    appointment: Appointment
    client: Client
    salutation: str  # in the client's own language
    salutation_en: str  # in English ("" when it reads the same)
    likes: dict[str, list[str]] = field(default_factory=dict)  # preference category -> values
    dislikes: dict[str, list[str]] = field(default_factory=dict)
    sizes: list[Size] = field(default_factory=list)  # the client's own
    family_sizes: list[tuple[str, Size]] = field(default_factory=list)  # (relation name, size)
    purchases: list[Purchase] = field(default_factory=list)  # newest first
    notes: list[Note] = field(default_factory=list)  # newest first
    last_visit: Appointment | None = None  # the last appointment before this one with notes after it
    wishlist: list[WishlistItem] = field(default_factory=list)
    open_cases: list[AftercareCase] = field(default_factory=list)
    dates: list[ComingDate] = field(default_factory=list)  # soonest first


def build_brief(d: Dossier, appointment: Appointment, tz: str) -> Brief:
    client = d.client
    likes: dict[str, list[str]] = {}
    dislikes: dict[str, list[str]] = {}
    for p in d.preferences:
        (likes if p.sentiment == Sentiment.LIKE else dislikes).setdefault(p.category.value, []).append(p.value)
    relations = {r.id: r.name for r in d.relations}
    native = salutation(client)
    english = salutation(client, "en")
    earlier = [a for a in d.appointments if a.id != appointment.id and a.starts_at < appointment.starts_at
               and a.notes_after and a.status != AppointmentStatus.CANCELLED]
    return Brief(
        appointment=appointment, client=client, salutation=native, salutation_en="" if english == native else english,
        likes=likes, dislikes=dislikes,
        sizes=[s for s in d.sizes if s.relation_id is None],
        family_sizes=[(relations[s.relation_id], s) for s in d.sizes if s.relation_id in relations],
        purchases=sorted(d.purchases, key=lambda p: p.purchased_on, reverse=True)[:PURCHASES],
        notes=sorted(d.notes, key=lambda n: n.created_at, reverse=True)[:NOTES],
        last_visit=max(earlier, key=lambda a: a.starts_at, default=None),
        wishlist=[w for w in d.wishlist if w.status == WishStatus.OPEN],
        open_cases=[c for c in d.cases if c.status == CaseStatus.OPEN],
        dates=coming_dates(d.dates, relations, local_day(appointment.starts_at, tz)),
    )


def coming_dates(dates: list[ImportantDate], relations: dict[str, str], start: date,
                 days: int = DATES_AHEAD_DAYS) -> list[ComingDate]:
    """The dates that fall in [start, start + days], soonest first (29 February: the 28th in common years)."""
    found = []
    for d in dates:
        if d.relation_id and d.relation_id not in relations:
            continue
        on = _next(d.month, d.day, start)
        if (on - start).days > days:
            continue
        turning = on.year - d.year if d.year and on.year > d.year else None
        found.append(ComingDate(on=on, date=d, whose=relations.get(d.relation_id or "", ""), turning=turning))
    return sorted(found, key=lambda c: (c.on, c.whose))


def _next(month: int, day: int, start: date) -> date:
    for year in (start.year, start.year + 1):
        try:
            on = date(year, month, day)
        except ValueError:  # 29 February in a common year
            on = date(year, 2, 28)
        if on >= start:
            return on
    return date(start.year + 1, month, min(day, 28))
