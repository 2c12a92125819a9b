"""The purpose details of a prompt's draft (DraftContext.details), read from the record it is about.

The rule is the key's first part; the record is `prompt.subject_id` (a date, purchase,
appointment, case, wishlist item or catalogue SKU). A record deleted since the queue was built
leaves only the common details (due, country), so a draft can still be written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain import AftercareCase, Appointment, Client, ImportantDate, Purchase, Relation, WishlistItem
from ..outreach.catalogue import Arrival
from ..outreach.prompt import Prompt, Segment
from ..outreach.rules import occurrence
from ..store.outreach import live, purchases_on

DATE_RULES = ("birthday", "date", "gift")
PURCHASE_RULES = ("thanks", "check-in", "care")
VISIT_RULES = ("visit", "no-show")
CASE_RULES = ("pickup", "quote", "sla", "promise")
SEGMENT_OF = {"welcome": Segment.NEW, "core": Segment.CORE}


def line_of(item: str, lines: Sequence[str]) -> str:
    """The catalogue line an item's name mentions ("Rivoli 28 tote, noir calfskin": Rivoli), else ""."""
    text = item.casefold()
    return next((line for line in lines if line and line.casefold() in text), "")


def details_for(conn, prompt: Prompt, client: Client, arrivals: Sequence[Arrival], zone: tzinfo) -> dict:
    parts = prompt.key.split(":")
    rule = parts[0]
    lines = sorted({a.line for a in arrivals if a.line}, key=len, reverse=True)
    out: dict[str, object] = {"due": prompt.due, "country": client.country or None}
    if rule in DATE_RULES:
        d = live(conn, ImportantDate, prompt.subject_id)
        if d is not None:
            year = int(parts[-1]) if parts[-1].isdigit() else prompt.due.year
            out.update(date=occurrence(year, d.month, d.day), occasion=d.kind.value, label=d.label or None)
            relation = live(conn, Relation, d.relation_id or "")
            if relation is not None:
                out.update(relation_name=relation.name, relation_kind=relation.kind.value)
    elif rule in PURCHASE_RULES or rule == "recall":
        p = live(conn, Purchase, prompt.subject_id)
        if p is not None:
            out.update(_purchase(p, lines))
            if rule == "thanks":
                out["more"] = max(0, purchases_on(conn, p.client_id, p.purchased_on) - 1)
        if rule == "recall":
            out["segment"] = parts[2] if len(parts) > 2 else None
    elif rule in VISIT_RULES:
        a = live(conn, Appointment, prompt.subject_id)
        if a is not None:
            out.update(appointment_at=a.starts_at.astimezone(_zone(a.time_zone, zone)),
                       appointment_purpose=a.purpose.value, place=a.place.value)
    elif rule in CASE_RULES:
        case = live(conn, AftercareCase, prompt.subject_id)
        if case is not None:
            out.update(item=case.item, kind=case.kind.value, stage=case.stage, promised_on=case.promised_on,
                       amount=case.quote_amount, currency=case.currency or None,
                       delayed=rule == "promise" or (rule == "sla" and parts[-1] == "breached"))
            if rule == "sla":
                out["sla_stage"] = parts[3] if len(parts) > 3 else None
    elif rule in SEGMENT_OF:
        out["segment"] = SEGMENT_OF[rule].value
    elif rule in ("arrival", "wish"):
        sku = prompt.subject_id if rule == "arrival" else parts[-1]
        piece = next((a for a in arrivals if a.sku == sku), None)
        if piece is not None:
            out.update(item=piece.name, category=piece.category.value, line=piece.line or None,
                       colour=piece.colour or None, sku=piece.sku, arrived_on=piece.arrived_on)
        if rule == "wish":
            wish = live(conn, WishlistItem, prompt.subject_id)
            if wish is not None:
                out["wish"] = wish.description
    return out


def _purchase(p: Purchase, lines: Sequence[str]) -> dict:
    return {"item": p.item, "category": p.category.value, "purchased_on": p.purchased_on, "amount": p.amount,
            "currency": p.currency, "sku": p.sku or None, "line": line_of(p.item, lines) or None}


def _zone(name: str, default: tzinfo) -> tzinfo:
    try:
        return ZoneInfo(name) if name else default
    except (ZoneInfoNotFoundError, ValueError):
        return default

