"""What the devices may send: entities, their fields, types and vocabularies (pure, no I/O).

The entity names are the device's table names. Published in openapi.json as
`x-clienteling-entities`, so the catalogue is part of the contract.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any


@dataclass(frozen=True)
class F:
    kind: str  # text | int | bool | date | datetime | decimal | client | relation
    nullable: bool = False
    choices: tuple[str, ...] = ()
    max_len: int = 2000
    lo: int | None = None
    hi: int | None = None


def _enum(*values: str) -> F:
    return F("text", choices=values)


CHANNELS = ("phone", "sms", "email", "whatsapp", "wechat", "line", "kakao", "post")
PRODUCT_CATEGORIES = ("leather_goods", "ready_to_wear", "shoes", "jewellery", "watches", "fragrance", "accessories")
PURPOSES = ("styling_session", "private_viewing", "fitting", "alteration_fitting", "pickup", "repair_drop_off",
            "event", "video_call")
CASE_KINDS = ("repair", "alteration", "service", "cleaning", "engraving", "bespoke")
CASE_STAGES = ("received", "sent_to_workshop", "quote_sent", "approved", "in_progress", "back_in_boutique",
               "collected", "fitting", "brief", "design_proposal", "client_confirmation", "production", "delivered")
OUTREACH_PURPOSES = ("birthday", "important_date", "thank_you", "check_in", "aftercare_schedule",
                     "aftercare_milestone", "appointment_follow_up", "no_show", "re_engagement", "new_arrival",
                     "wishlist", "other")
TEXT, NAME, LONG = F("text", max_len=2000), F("text", max_len=200), F("text", max_len=200_000)
CLIENT_REF = F("client")

ENTITIES: dict[str, dict[str, F]] = {
    "client": {
        "family_name": NAME, "given_name": NAME, "family_name_latin": NAME, "given_name_latin": NAME,
        "title": _enum("", "mr", "mrs", "ms", "miss", "dr", "mx"), "country": F("text", max_len=2),
        "preferred_language": F("text", max_len=16), "preferred_channel": _enum(*CHANNELS),
        "tier": _enum("prospect", "client", "gold", "platinum", "vic"), "advisor": NAME,
        "address": TEXT, "city": NAME, "do_not_contact": F("bool"), "do_not_contact_reason": TEXT,
        "quiet_until": F("date", nullable=True), "quiet_reason": TEXT, "created_at": F("datetime", nullable=True),
    },
    "contact": {"client_id": CLIENT_REF, "kind": _enum("phone", "email"), "label": NAME,
                "value": F("text", max_len=320), "is_primary": F("bool")},
    "client_tag": {"client_id": CLIENT_REF, "tag": F("text", max_len=60)},
    "important_date": {"client_id": CLIENT_REF, "relation_id": F("relation", nullable=True),
                       "kind": _enum("birthday", "anniversary", "other"), "label": NAME,
                       "year": F("int", nullable=True, lo=1, hi=9999), "month": F("int", lo=1, hi=12),
                       "day": F("int", lo=1, hi=31)},
    "relation": {"client_id": CLIENT_REF, "name": NAME, "notes": TEXT,
                 "kind": _enum("spouse", "partner", "child", "parent", "sibling", "friend", "colleague", "other")},
    "preference": {"client_id": CLIENT_REF, "value": NAME, "sentiment": _enum("like", "dislike"),
                   "category": _enum("colour", "material", "line", "style", "allergy", "fragrance", "other")},
    "size": {"client_id": CLIENT_REF, "relation_id": F("relation", nullable=True),
             "category": _enum("ready_to_wear", "jacket", "trousers", "shirt", "shoe", "ring", "belt", "glove",
                               "hat", "watch_strap"),
             "system": _enum("EU", "US", "UK", "IT", "FR", "JP", "CN", "INTL", "cm", "mm"),
             "value": F("text", max_len=20)},
    "wishlist_item": {"client_id": CLIENT_REF, "description": F("text", max_len=500),
                      "category": F("text", nullable=True, choices=PRODUCT_CATEGORIES), "sku": F("text", max_len=64),
                      "added_on": F("date", nullable=True), "status": _enum("open", "fulfilled", "dropped")},
    "purchase": {"client_id": CLIENT_REF, "purchased_on": F("date"), "item": F("text", max_len=500),
                 "category": _enum(*PRODUCT_CATEGORIES), "sku": F("text", max_len=64), "amount": F("decimal"),
                 "currency": F("text", max_len=3), "boutique": NAME},
    "consent": {"client_id": CLIENT_REF, "channel": _enum(*CHANNELS), "status": _enum("granted", "withdrawn"),
                "at": F("datetime"), "source": NAME},
    "note": {"client_id": CLIENT_REF, "kind": _enum("conversation", "gift_idea", "style", "service"),
             "body": F("text", max_len=200_000), "created_at": F("datetime"), "author": NAME},
    "appointment": {"client_id": CLIENT_REF, "starts_at": F("datetime"), "duration_min": F("int", lo=5, hi=1440),
                    "purpose": _enum(*PURPOSES), "place": _enum("boutique", "salon", "client_home", "hotel", "video"),
                    "place_detail": NAME, "advisor": NAME, "time_zone": F("text", max_len=64),
                    "status": _enum("booked", "confirmed", "done", "no_show", "cancelled"),
                    "notes_before": LONG, "notes_after": LONG, "ics_uid": F("text", max_len=1000)},
    "aftercare_case": {"client_id": CLIENT_REF, "kind": _enum(*CASE_KINDS), "purchase_id": F("text", nullable=True,
                                                                                              max_len=64),
                       "item": F("text", max_len=500), "request": LONG, "stage": _enum(*CASE_STAGES),
                       "status": _enum("open", "closed", "cancelled"), "opened_at": F("datetime"),
                       "promised_on": F("date", nullable=True), "quote_amount": F("decimal", nullable=True),
                       "currency": F("text", max_len=3), "advisor": NAME, "notes": LONG},
    "case_stage": {"client_id": CLIENT_REF, "case_id": F("text", max_len=64), "stage": _enum(*CASE_STAGES),
                   "at": F("datetime"), "note": F("text", max_len=500)},
    "outreach_log": {"client_id": CLIENT_REF, "at": F("datetime"), "channel": _enum(*CHANNELS),
                     "purpose": _enum(*OUTREACH_PURPOSES), "prompt_key": NAME, "message": LONG,
                     "outcome": _enum("sent", "reached", "no_answer", "declined"), "advisor": NAME},
    "prompt_state": {"client_id": CLIENT_REF, "prompt_key": NAME, "state": _enum("done", "snoozed", "dismissed"),
                     "until": F("date", nullable=True), "reason": NAME,
                     "channel": F("text", nullable=True, choices=CHANNELS), "at": F("datetime")},
}

# Fields a new record must carry (NOT NULL without a default in the device's schema).
REQUIRED: dict[str, tuple[str, ...]] = {
    "client": (),
    "contact": ("client_id", "kind", "value"),
    "client_tag": ("client_id", "tag"),
    "important_date": ("client_id", "kind", "month", "day"),
    "relation": ("client_id", "name", "kind"),
    "preference": ("client_id", "category", "value", "sentiment"),
    "size": ("client_id", "category", "system", "value"),
    "wishlist_item": ("client_id", "description", "status"),
    "purchase": ("client_id", "purchased_on", "item", "category", "amount", "currency"),
    "consent": ("client_id", "channel", "status", "at"),
    "note": ("client_id", "kind", "body", "created_at"),
    "appointment": ("client_id", "starts_at", "duration_min", "purpose", "place", "status"),
    "aftercare_case": ("client_id", "kind", "item", "stage", "status", "opened_at"),
    "case_stage": ("client_id", "case_id", "stage", "at"),
    "outreach_log": ("client_id", "at", "channel", "purpose", "outcome"),
    "prompt_state": ("client_id", "prompt_key", "state", "at"),
}

READ_ONLY = frozenset({"purchase"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Invalid(ValueError):
    """A value the contract does not allow; the message is for a person."""


def valid_id(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def check_value(entity: str, name: str, value: Any) -> Any:
    """The value as the server stores it (bools as true/false), or Invalid with a readable reason."""
    spec = ENTITIES[entity].get(name)
    if spec is None:
        raise Invalid(f"{entity} has no field “{name}”.")
    if value is None:
        if spec.nullable:
            return None
        raise Invalid(f"{entity}.{name} cannot be empty (null).")
    kind = spec.kind
    if kind == "bool":
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise Invalid(f"{entity}.{name} must be true or false.")
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"{entity}.{name} must be a whole number.")
        if (spec.lo is not None and value < spec.lo) or (spec.hi is not None and value > spec.hi):
            raise Invalid(f"{entity}.{name} must be between {spec.lo} and {spec.hi}.")
        return value
    if kind == "decimal":
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise Invalid(f"{entity}.{name} must be a decimal number written as a string, e.g. \"1250.00\".")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise Invalid(f"“{value}” is not a decimal number for {entity}.{name}.") from None
        if not number.is_finite():
            raise Invalid(f"{entity}.{name} must be a finite number.")
        return str(value)
    if not isinstance(value, str):
        raise Invalid(f"{entity}.{name} must be text.")
    if kind in ("client", "relation"):
        if not valid_id(value):
            raise Invalid(f"{entity}.{name} must be a record id (UUID), not “{value[:40]}”.")
        return value
    if kind == "date":
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise Invalid(f"“{value[:40]}” is not a date (YYYY-MM-DD) for {entity}.{name}.") from None
        return value
    if kind == "datetime":
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise Invalid(f"“{value[:40]}” is not an ISO 8601 time for {entity}.{name}.") from None
        return value
    if len(value) > spec.max_len:
        raise Invalid(f"{entity}.{name} is too long ({len(value)} characters; at most {spec.max_len}).")
    if spec.choices and value not in spec.choices:
        raise Invalid(f"“{value[:40]}” is not a valid {entity}.{name}; choose one of {', '.join(spec.choices)}.")
    return value


def catalogue() -> dict[str, Any]:
    """The entity catalogue as published in the OpenAPI document."""
    out: dict[str, Any] = {}
    for entity, fields in ENTITIES.items():
        described = {}
        for name, spec in fields.items():
            d: dict[str, Any] = {"type": {"client": "client id", "relation": "relation id"}.get(spec.kind, spec.kind)}
            if spec.nullable:
                d["nullable"] = True
            if spec.choices:
                d["choices"] = list(spec.choices)
            if spec.kind == "text":
                d["max_length"] = spec.max_len
            if spec.lo is not None:
                d["minimum"], d["maximum"] = spec.lo, spec.hi
            described[name] = d
        out[entity] = {"fields": described, "required_on_create": list(REQUIRED[entity]),
                       "read_only": entity in READ_ONLY}
    return out
