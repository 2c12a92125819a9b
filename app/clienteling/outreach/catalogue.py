"""The boutique's new arrivals: a small JSON list of pieces, read and checked before any rule sees it.

    [{"sku": "LG-RIV28-NC", "name": "Rivoli 28 tote", "category": "leather_goods", "line": "Rivoli",
      "colour": "Noir", "sizes": [], "arrived_on": "2026-11-02"}, …]

`sizes` are "<system> <size>" as the dossier writes them ("EU 38", "FR 52", "INTL M");
empty for a piece that is not sized. A wrong file is refused with one sentence naming the
piece and the field, never half read.

`moved_to(text, newest)`: the same list with every piece moved by the same number of days, so
the newest arrives on `newest` (the demo boutique's catalogue follows its demo book's day; the
prompts benchmark does the same). A boutique's own file is never moved.
"""

from __future__ import annotations

import json
from datetime import date

import pydantic
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..domain.errors import ValidationError
from ..domain.vocab import ProductCategory, SizeCategory, SizeSystem

# The dossier's size category a sized piece of each category is matched against.
SIZE_OF: dict[ProductCategory, SizeCategory] = {
    ProductCategory.READY_TO_WEAR: SizeCategory.READY_TO_WEAR,
    ProductCategory.SHOES: SizeCategory.SHOE,
    ProductCategory.JEWELLERY: SizeCategory.RING,
    ProductCategory.WATCHES: SizeCategory.WATCH_STRAP,
    ProductCategory.ACCESSORIES: SizeCategory.BELT,
}
_SYSTEMS = {s.value for s in SizeSystem}


class Arrival(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sku: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    category: ProductCategory
    line: str = Field(default="", max_length=100)
    colour: str = Field(default="", max_length=100)
    sizes: tuple[str, ...] = ()
    arrived_on: date

    @field_validator("sku", "name", "line", "colour")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()

    @field_validator("sizes")
    @classmethod
    def _sizes(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for size in v:
            system, _, value = size.strip().partition(" ")
            if system not in _SYSTEMS or not value.strip():
                raise ValueError(f"“{size}” is not a size; write the system and the size, like EU 38 or INTL M")
        return tuple(" ".join(s.split()) for s in v)

    @property
    def size_category(self) -> SizeCategory | None:
        return SIZE_OF.get(self.category) if self.sizes else None


def parse_arrivals(text: str, source: str) -> list[Arrival]:
    """The pieces listed in `text` (JSON), or ValidationError naming what is wrong in `source`."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError(f"The new arrivals file {source} is not valid JSON ({exc}).") from None
    if not isinstance(data, list):
        raise ValidationError(f"The new arrivals file {source} must be a list of pieces ([{{…}}, …]).")
    out: list[Arrival] = []
    seen: set[str] = set()
    for n, item in enumerate(data, start=1):
        try:
            arrival = Arrival.model_validate(item)
        except pydantic.ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ())) or "piece"
            label = item.get("sku") if isinstance(item, dict) and isinstance(item.get("sku"), str) else f"#{n}"
            raise ValidationError(f"The new arrivals file {source} is wrong at piece {label}: {_problem(err, where)}.",
                                  "new_arrivals") from None
        if arrival.sku in seen:
            raise ValidationError(f"The new arrivals file {source} lists {arrival.sku} twice.", "new_arrivals")
        seen.add(arrival.sku)
        out.append(arrival)
    return out


def _problem(err: dict, where: str) -> str:
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return f"{where} is not a field of a piece (its fields: {', '.join(Arrival.model_fields)})"
    if kind == "missing":
        return f"{where} is missing"
    if kind.startswith("date"):
        return f"{where} must be a day written like 2026-04-13"
    return f"{where}: {err.get('msg', 'invalid value').removeprefix('Value error, ')}"


def moved_to(text: str, newest: date) -> str:
    """The catalogue `text` (JSON) with every piece's `arrived_on` moved by the same number of days,
    so its newest piece arrives on `newest`; everything else as it was. Text that is not a list of
    pieces raises ValidationError, as `parse_arrivals` words it."""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, list) or not all(isinstance(p, dict) for p in data):
        parse_arrivals(text, "catalogue")  # says what is wrong
        raise ValidationError("The new arrivals catalogue must be a list of pieces ([{…}, …]).")
    days = [_day(p.get("arrived_on")) for p in data]
    known = [d for d in days if d is not None]
    if not known:
        return text
    shift = newest - max(known)
    for piece, day in zip(data, days):
        if day is not None:
            piece["arrived_on"] = (day + shift).isoformat()
    return json.dumps(data, ensure_ascii=False, indent=1)


def _day(value) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
