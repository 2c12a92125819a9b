"""Point-of-sale CSV import: purchases become read-only records the devices pull.

Every row is checked and reported by line number; the file goes in whole, in one
transaction, or not at all. Idempotent: a purchase's id is derived from the boutique
and the receipt_line_id, so a line already imported is skipped, never duplicated.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import db, sync
from .entities import PRODUCT_CATEGORIES, valid_id

COLUMNS = ("receipt_line_id", "client_id", "purchased_on", "item", "category", "sku", "amount", "currency",
           "boutique")
NAMESPACE = uuid.UUID("7d0f4a52-3c1e-4f0e-9a53-2b8e6f1c0d11")
CURRENCIES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF
CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD
HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY
TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def text(self) -> str:
        lines = [f"line {n}: {why}" for n, why in self.errors]
        if self.errors:
            count = len({n for n, _ in self.errors})
            lines.append(f"Nothing imported: {count} line(s) to fix, {len(self.errors)} problem(s).")
        else:
            lines += [f"line {n}: skipped, {why}" for n, why in self.skipped]
            lines.append(f"Imported {self.imported} purchase(s); skipped {len(self.skipped)}.")
        return "\n".join(lines)


def purchase_id(boutique_id: str, receipt_line_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{boutique_id}/{receipt_line_id}"))


def _check(row: dict) -> tuple[dict | None, list[str]]:
    """The purchase fields of one CSV row, or the reasons it is wrong."""
    if None in row or any(v is None for v in row.values()):
        return None, [f"has the wrong number of columns (expected {len(COLUMNS)})"]
    v = {k: (row.get(k) or "").strip() for k in COLUMNS}
    why = []
    if not v["receipt_line_id"] or len(v["receipt_line_id"]) > 128:
        why.append("receipt_line_id is empty or longer than 128 characters")
    if not valid_id(v["client_id"]):
        why.append(f"client_id “{v['client_id'][:40]}” is not a client id (UUID)")
    try:
        if not _DATE.fullmatch(v["purchased_on"]):
            raise ValueError
        date.fromisoformat(v["purchased_on"])
    except ValueError:
        why.append(f"purchased_on “{v['purchased_on'][:20]}” is not a date YYYY-MM-DD")
    if not v["item"] or len(v["item"]) > 500:
        why.append("item is empty or longer than 500 characters")
    if v["category"] not in PRODUCT_CATEGORIES:
        why.append(f"category “{v['category'][:40]}” is not one of {', '.join(PRODUCT_CATEGORIES)}")
    if len(v["sku"]) > 64:
        why.append("sku is longer than 64 characters")
    try:
        amount = Decimal(v["amount"])
        if not amount.is_finite() or amount.as_tuple().exponent < -4:
            raise InvalidOperation
    except InvalidOperation:
        why.append(f"amount “{v['amount'][:20]}” is not a decimal number (use a dot, no thousands separator)")
    if v["currency"] not in CURRENCIES:
        why.append(f"currency “{v['currency'][:10]}” is not an ISO 4217 code (e.g. EUR, CNY, USD)")
    if not v["boutique"] or len(v["boutique"]) > 200:
        why.append("boutique is empty or longer than 200 characters")
    return (None if why else v), why


def import_csv(conn: sqlite3.Connection, boutique_id: str, source: str | Path | bytes, now: datetime) -> ImportReport:
    """Import a POS export into `boutique_id`: all rows or none. `source` is a path or the file's bytes."""
    report = ImportReport()
    raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.errors.append((text_line(raw, exc.start), "the file is not UTF-8 text"))
        return report
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        report.errors.append((1, f"the header lacks the column(s) {', '.join(missing)}"))
        return report
    rows: list[tuple[int, dict]] = []
    seen: dict[str, tuple[int, dict]] = {}
    line = 2
    for row in reader:
        values, why = _check(row)
        for reason in why:
            report.errors.append((line, reason))
        if values is not None:
            first = seen.get(values["receipt_line_id"])
            if first is None:
                seen[values["receipt_line_id"]] = (line, values)
                rows.append((line, values))
            elif first[1] == values:
                report.skipped.append((line, f"repeats line {first[0]}"))
            else:
                report.errors.append((line, f"receipt_line_id {values['receipt_line_id']} also on line {first[0]}"
                                            " with other values"))
        line = reader.line_num + 1
    with db.write(conn):
        if not db.boutique_exists(conn, boutique_id):
            report.errors.append((0, f"there is no boutique “{boutique_id}”"))
            return report
        todo = []
        for line, v in rows:
            client = conn.execute("SELECT boutique_id, erased FROM record WHERE entity = 'client' AND id = ?",
                                  (v["client_id"],)).fetchone()
            if client is None:
                report.errors.append((line, f"client {v['client_id']} is not known to the server"))
            elif client[0] != boutique_id:
                report.errors.append((line, f"client {v['client_id']} belongs to another boutique"))
            elif client[1]:
                report.skipped.append((line, "the client's data was erased"))
            else:
                pid = purchase_id(boutique_id, v["receipt_line_id"])
                if conn.execute("SELECT 1 FROM record WHERE entity = 'purchase' AND id = ?", (pid,)).fetchone():
                    report.skipped.append((line, f"receipt line {v['receipt_line_id']} was imported before"))
                else:
                    todo.append((pid, v))
        if report.errors:
            report.errors.sort()
            return report  # the transaction ends without a write
        for pid, v in todo:
            fields = {k: v[k] for k in COLUMNS if k != "receipt_line_id"}
            sync.create_record(conn, boutique_id, "purchase", pid, fields, now)
        report.imported = len(todo)
    report.skipped.sort()
    return report


def text_line(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1
