"""How dates and money read in the dossier: "14 May", "14 May 1985", "€1,250.00"."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

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


def short_date(d: date | datetime) -> str:
    if isinstance(d, datetime):
        d = d.astimezone().date() if d.tzinfo else d.date()
    return locale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def moment(ts: datetime) -> str:
    """A note's time in the laptop's time zone: "14 May 2024, 15:32"."""
    local = ts.astimezone() if ts.tzinfo else ts
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale().toString(qdt, "d MMM yyyy, HH:mm")


def money(amount: Decimal, currency: str) -> str:
    decimals = 0 if currency in _NO_DECIMALS else 2
    number = locale().toString(float(amount), "f", decimals)
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{currency} {number}"
