"""Aftercare repository: a client's cases, the boutique's open cases with the client's name, stage history.

Writes go through `rows.write` (journaled for sync); the caller holds the transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from ..domain import AftercareCase, CaseStage, Purchase
from ..domain.aftercare import ALL_STAGES, STAGES
from ..domain.errors import NotFound
from ..domain.vocab import CaseKind, CaseStatus
from . import rows

_CHUNK = 500  # ids per IN (...) probe
_OPEN = CaseStatus.OPEN.value


def get_case(conn, case_id: str) -> AftercareCase:
    found = rows.fetch(conn, AftercareCase, "id = ? AND deleted = 0", (case_id,))
    if not found:
        raise NotFound("This aftercare case no longer exists (it may have been removed on another device).")
    return found[0]


def cases_of(conn, client_id: str, *, open_only: bool = False) -> list[AftercareCase]:
    """A client's cases, open first, newest first."""
    where = "client_id = ? AND deleted = 0" + (" AND status = ?" if open_only else "")
    params = (client_id, _OPEN) if open_only else (client_id,)
    return rows.fetch(conn, AftercareCase, where, params, "status = 'open' DESC, opened_at DESC")


def history(conn, case_id: str) -> list[CaseStage]:
    """The stages a case reached, in the order it reached them (going back included)."""
    return rows.fetch(conn, CaseStage, "case_id = ? AND deleted = 0", (case_id,), "at, num")


def histories(conn, case_ids: list[str]) -> dict[str, list[CaseStage]]:
    """Stage histories of many cases at once: {case id: stages in order}."""
    out: dict[str, list[CaseStage]] = defaultdict(list)
    for start in range(0, len(case_ids), _CHUNK):
        part = case_ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        cur = conn.execute(f"SELECT * FROM case_stage WHERE case_id IN ({marks}) AND deleted = 0 ORDER BY at, num",
                           part)
        names = [d[0] for d in cur.description]
        for r in cur:
            s = stored_stage(dict(zip(names, r)))
            out[s.case_id].append(s)
    return dict(out)


def open_cases(conn, *, stage: str | None = None, kind: str | None = None) -> list[tuple[AftercareCase, str]]:
    """Every open case of the book (of live clients) with the client's display name, oldest first."""
    sql = ("SELECT a.*, c.display_name AS client_name FROM aftercare_case a JOIN client c ON c.id = a.client_id"
           " WHERE a.deleted = 0 AND c.deleted = 0 AND a.status = ?")
    params: list = [_OPEN]
    if stage:
        sql += " AND a.stage = ?"
        params.append(stage)
    if kind:
        sql += " AND a.kind = ?"
        params.append(kind)
    cur = conn.execute(sql + " ORDER BY a.opened_at, a.num", params)
    names = [d[0] for d in cur.description]
    out = []
    for r in cur:
        row = dict(zip(names, r))
        client_name = row.pop("client_name") or ""
        out.append((stored_case(row), client_name))
    return out


# Reading many rows without re-running the editor's text checks: every row was validated on its way
# in (a local edit, a pull), and the Aftercare page reads thousands. Types and codes are still
# checked: an unknown kind or stage, or a malformed time, goes through the model, which says what is wrong.
_CASE_TEXT = ("id", "client_id", "purchase_id", "item", "request", "currency", "advisor", "notes")


def _ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def stored_case(row: dict) -> AftercareCase:
    try:
        kind = CaseKind(row["kind"])
        if row["stage"] not in STAGES[kind]:
            raise ValueError(row["stage"])
        return AftercareCase.model_construct(
            **{k: row[k] for k in _CASE_TEXT}, rev=row["rev"], deleted=bool(row["deleted"]),
            updated_at=_ts(row["updated_at"]), kind=kind, stage=row["stage"], status=CaseStatus(row["status"]),
            opened_at=datetime.fromisoformat(row["opened_at"]),
            promised_on=date.fromisoformat(row["promised_on"]) if row["promised_on"] else None,
            quote_amount=Decimal(row["quote_amount"]) if row["quote_amount"] is not None else None)
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return rows.from_row(AftercareCase, row)


def stored_stage(row: dict) -> CaseStage:
    try:
        if row["stage"] not in ALL_STAGES:
            raise ValueError(row["stage"])
        return CaseStage.model_construct(
            id=row["id"], rev=row["rev"], deleted=bool(row["deleted"]), updated_at=_ts(row["updated_at"]),
            client_id=row["client_id"], case_id=row["case_id"], stage=row["stage"],
            at=datetime.fromisoformat(row["at"]), note=row["note"])
    except (ValueError, TypeError, KeyError):
        return rows.from_row(CaseStage, row)


def purchase_of(conn, client_id: str, purchase_id: str) -> Purchase:
    """One of the client's purchases (NotFound when it is not theirs or is gone)."""
    found = rows.fetch(conn, Purchase, "id = ? AND client_id = ? AND deleted = 0", (purchase_id, client_id))
    if not found:
        raise NotFound("That purchase is not in this client's history.")
    return found[0]


def save_case(conn, case: AftercareCase) -> bool:
    """Write the case; True if anything changed."""
    return bool(rows.write(conn, case))


def add_stage(conn, stage: CaseStage) -> None:
    rows.write(conn, stage)
