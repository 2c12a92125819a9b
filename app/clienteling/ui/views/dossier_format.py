"""How dates and money read in the dossier: "14 May", "14 May 1985", "€1,250.00".

A moment (a note's time, a stage reached, an SLA's deadline) reads in the boutique's zone `tz`
(BoutiqueConfig.timezone), as the agenda does: a laptop set to another zone shows the same times.
Without a zone (or one this computer does not know), in the laptop's own.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ...domain.agenda import zone
from ...domain.errors import ValidationError

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CNY": "¥", "JPY": "¥", "KRW": "₩", "RUB": "₽",
            "INR": "₹"}
_NO_DECIMALS = {"JPY", "KRW"}


def locale() -> QLocale:
    """The UI locale; the bare "C" locale (headless, tests) reads as British English."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return loc


def partial_date(year: int | None, month: int, day: int) -> str:
    """A day the advisor keeps, with or without its year (2000 is leap, so 29 Feb formats)."""
    if year:
        return locale().toString(QDate(year, month, day), "d MMMM yyyy")
    return locale().toString(QDate(2000, month, day), "d MMMM")


def in_zone(ts: datetime, tz: str = "") -> datetime:
    """The aware moment `ts` on the clocks of the zone `tz` (the boutique's); else the laptop's."""
    if ts.tzinfo is None:
        return ts
    if tz:
        try:
            return ts.astimezone(zone(tz))
        except ValidationError:  # a zone this computer does not know
            pass
    return ts.astimezone()


def short_date(d: date | datetime, tz: str = "") -> str:
    """"14 May 2024"; a moment's day in the zone `tz`."""
    if isinstance(d, datetime):
        d = in_zone(d, tz).date()
    return locale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def moment(ts: datetime, tz: str = "") -> str:
    """A moment in the zone `tz` (the boutique's): "14 May 2024, 15:32"."""
    local = in_zone(ts, tz)
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale().toString(qdt, "d MMM yyyy, HH:mm")


def clock_time(ts: datetime, tz: str = "") -> str:
    """The time of day of a moment in the zone `tz`: "15:32"."""
    local = in_zone(ts, tz)
    return locale().toString(QTime(local.hour, local.minute), "HH:mm")


def money(amount: Decimal, currency: str) -> str:
    decimals = 0 if currency in _NO_DECIMALS else 2
    number = locale().toString(float(amount), "f", decimals)
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{currency} {number}"
