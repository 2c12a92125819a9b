"""Dates an advisor keeps: a day and month, with or without the year."""

from __future__ import annotations

import re
from datetime import date

from .errors import ValidationError

_FULL = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_NO_YEAR = re.compile(r"^\s*(?:--)?(\d{1,2})-(\d{1,2})\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


def check_day(year: int | None, month: int, day: int, field: str = "date") -> None:
    """Refuse impossible dates (31 April, 29 February of a common year, year 0)."""
    if year is not None and not 1900 <= year <= 2200:
        raise ValidationError(f"The year {year} is not plausible.", field)
    try:
        date(year if year is not None else 2000, month, day)  # 2000 is a leap year
    except ValueError:
        shown = f"{year:04d}-{month:02d}-{day:02d}" if year else f"{day} / {month}"
        raise ValidationError(f"{shown} is not a real date.", field) from None


def parse_partial_date(text: str, field: str = "date") -> tuple[int | None, int, int]:
    """Parse 1985-05-14, 14/05/1985, --05-14 or 05-14 into (year or None, month, day)."""
    if m := _FULL.match(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.match(text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := _NO_YEAR.match(text):
        y, mo, d = None, int(m[1]), int(m[2])
    else:
        raise ValidationError(
            f"“{text.strip()[:40]}” is not a date. Write it as 1985-05-14, or 05-14 without the year.",
            field,
        )
    check_day(y, mo, d, field)
    return y, mo, d


def format_partial(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next anniversary on or after today; 29 February falls on 28 February in common years."""
    for year in (today.year, today.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            d = date(year, 2, 28)
        if d >= today:
            return d
    raise AssertionError("unreachable")
