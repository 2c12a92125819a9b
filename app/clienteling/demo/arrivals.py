"""The demo boutique's new arrivals, dated from its demo book's day.

The catalogue bundled with the app (resources/catalogue/new_arrivals.json) has fixed dates, so a
demo book made a month after the newest of them would have no new-arrival or wishlist prompt.
Everything in a demo book is dated from the day it was made (`book_meta.demo_day`, written by
`seed_book`), and so are its new arrivals: the bundled pieces moved so the newest arrives that
day (`outreach.catalogue.moved_to`).

- `arrivals(day)`: those pieces, for the demo generator (its decisions on past prompts);
- `demo_boutique(boutique, book)`: the demo boutique naming a copy of them kept beside the book
  (`CATALOGUE`, written again only when the book's day changes), so the app's queue reads them.

Only the demo boutique, and only when it names no catalogue of its own: a boutique's own file is
read as it is, never rewritten nor moved.
"""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from ..config import BoutiqueConfig
from ..outreach.catalogue import Arrival, moved_to, parse_arrivals
from ..resources import resource

log = logging.getLogger(__name__)

CATALOGUE = "demo-new-arrivals.json"  # beside the demo book
DAY_META = "demo_day"  # book_meta: the day the demo book was made (ISO)


def bundled_text() -> str:
    return resource("catalogue", "new_arrivals.json").read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def arrivals(day: date) -> tuple[Arrival, ...]:
    """The bundled pieces, the newest arriving on `day`."""
    return tuple(parse_arrivals(moved_to(bundled_text(), day), CATALOGUE))


def book_day(book) -> date:
    """The day the demo book was made: as `seed_book` recorded it, else (a book made before it
    did) the laptop's day the book was created, else today (an empty book about to be filled)."""
    recorded = book.meta(DAY_META)
    if recorded:
        return date.fromisoformat(recorded)
    created = book.meta("created_at")
    return datetime.fromisoformat(created).astimezone().date() if created else date.today()


def catalogue_path(book) -> Path:
    return Path(book.path).with_name(CATALOGUE)


def keep_catalogue(book) -> Path:
    """Write the moved catalogue of the book's day beside the book (only when it differs)."""
    path = catalogue_path(book)
    text = moved_to(bundled_text(), book_day(book))
    try:
        current = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if current != text:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return path


def demo_boutique(boutique: BoutiqueConfig, book) -> BoutiqueConfig:
    """`boutique` reading the new arrivals of its demo book's day; unchanged for a boutique that is
    not the demo, or names its own catalogue, or when the copy cannot be written (then the bundled
    dates are read, as before)."""
    if not boutique.is_demo or boutique.outreach.new_arrivals:
        return boutique
    try:
        path = keep_catalogue(book)
    except OSError as exc:
        log.warning("the demo catalogue could not be written beside the book (%s); its dates stay fixed", exc)
        return boutique
    settings = boutique.outreach.model_copy(update={"new_arrivals": str(path)})
    return boutique.model_copy(update={"outreach": settings})
