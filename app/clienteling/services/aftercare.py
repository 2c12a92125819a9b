"""Aftercare use cases: open a case, move it through its stages, set its promise, quote and notes,
cancel it, and list the boutique's open cases with where each stands against its SLAs.

Every write is one transaction that changes the case and appends its stage history (both
journaled for sync) and returns what changed. A case moves forward only; going back to an
earlier stage is its own action (`go_back`), recorded in the history like any move. Reaching
the last stage closes the case; going back from it reopens the case.

`aftercare(session)` gives the service over an open session: `tm.run(lambda s: aftercare(s).advance(id))`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..config import BoutiqueConfig
from ..domain import AftercareCase, CaseStage, build
from ..domain.aftercare import READY, parse_amount
from ..domain.errors import ValidationError
from ..domain.ids import utc_now
from ..domain.vocab import CaseKind, CaseStatus
from ..outreach.sla import SlaCheck, SlaState, reached_stages, sla_checks, worst
from ..store import Book
from ..store import aftercare as repo
from ..store import clients as client_repo
from .changes import Changes

EDITABLE = ("item", "purchase_id", "request", "promised_on", "quote_amount", "currency", "notes")


@dataclass
class CaseForm:
    """What the advisor typed in the case editor, before validation."""

    kind: str = CaseKind.REPAIR.value
    purchase_id: str | None = None  # the purchase the item comes from, if it does
    item: str = ""  # described, or prefilled from the purchase
    request: str = ""
    promised_on: date | None = None
    quote_amount: str | Decimal | None = None  # as typed: "1 250,50"
    currency: str = ""
    notes: str = ""

    @classmethod
    def from_case(cls, c: AftercareCase) -> "CaseForm":
        return cls(kind=c.kind.value, purchase_id=c.purchase_id, item=c.item, request=c.request,
                   promised_on=c.promised_on, quote_amount=c.quote_amount, currency=c.currency, notes=c.notes)


@dataclass(frozen=True)
class CaseLine:
    """A case as the dossier and the Aftercare page show it: where it stands and what is late."""

    case: AftercareCase
    client_name: str
    stages: tuple[CaseStage, ...]  # the history, in order
    sla: SlaCheck | None  # the most pressing promise still owed (None: none)
    late_promise: bool  # the promised date has passed and the item is not ready

    @property
    def overdue(self) -> bool:
        return self.late_promise or (self.sla is not None and self.sla.state == SlaState.BREACHED)

    @property
    def sla_state(self) -> SlaState | None:
        return self.sla.state if self.sla is not None else None

    def reached_at(self, stage: str) -> datetime | None:
        """When the case reached `stage` (None: never, or undone since by a move back)."""
        return reached_stages(self.case, list(self.stages)).get(stage)


class AftercareService:
    def __init__(self, book: Book, boutique: BoutiqueConfig, advisor: str = "",
                 clock: Callable[[], datetime] = utc_now):
        self.book = book
        self.boutique = boutique
        self.advisor = advisor
        self.clock = clock

    # -- reading -------------------------------------------------------------------------------
    def today(self, now: datetime | None = None) -> date:
        """The boutique's day (a promise is late from the boutique's next morning, not UTC's)."""
        try:
            zone = ZoneInfo(self.boutique.timezone)
        except (ZoneInfoNotFoundError, ValueError):  # no tz database (bare Windows): the laptop's own zone
            zone = None
        return (now or self.clock()).astimezone(zone).date()

    def case(self, case_id: str) -> CaseLine:
        c = repo.get_case(self.book.conn, case_id)
        name = client_repo.get_client(self.book.conn, c.client_id).display_name
        return self._line(c, name, repo.history(self.book.conn, case_id), self.clock())

    def client_cases(self, client_id: str, *, open_only: bool = False) -> list[CaseLine]:
        """A client's cases (open first, newest first), each with its SLA state."""
        conn = self.book.conn
        name = client_repo.get_client(conn, client_id).display_name
        cases = repo.cases_of(conn, client_id, open_only=open_only)
        stages = repo.histories(conn, [c.id for c in cases])
        now = self.clock()
        return [self._line(c, name, stages.get(c.id, []), now) for c in cases]

    def open_cases(self, *, stage: str | None = None, kind: str | None = None,
                   overdue: bool = False) -> list[CaseLine]:
        """The boutique's open cases, most pressing first: late, then nearly late, then oldest."""
        if kind and kind not in {k.value for k in CaseKind}:
            raise ValidationError(f"“{kind}” is not a kind of case.", "kind")
        conn = self.book.conn
        found = repo.open_cases(conn, stage=stage or None, kind=kind or None)
        stages = repo.histories(conn, [c.id for c, _ in found])
        now = self.clock()
        lines = [self._line(c, name, stages.get(c.id, []), now) for c, name in found]
        if overdue:
            lines = [line for line in lines if line.overdue]
        rank = {SlaState.BREACHED: 0, SlaState.NEAR: 1}
        return sorted(lines, key=lambda line: (not line.overdue, rank.get(line.sla_state, 2),
                                               line.case.opened_at))

    def _line(self, c: AftercareCase, name: str, stages: list[CaseStage], now: datetime) -> CaseLine:
        check = worst(sla_checks(c, stages, self.boutique.aftercare, now)) if c.status == CaseStatus.OPEN else None
        late = (c.status == CaseStatus.OPEN and c.promised_on is not None and c.promised_on < self.today(now)
                and c.stage != READY)
        return CaseLine(c, name, tuple(stages), check, late)

    # -- opening and editing ---------------------------------------------------------------------
    def open_case(self, client_id: str, form: CaseForm) -> tuple[AftercareCase, Changes]:
        """Open a case at its kind's first stage; an item from a purchase is prefilled from it."""
        now = self.clock()
        with self.book.transaction() as db:
            client_repo.get_client(db.conn, client_id)
            item = form.item
            if form.purchase_id:
                purchase = repo.purchase_of(db.conn, client_id, form.purchase_id)
                item = item.strip() or purchase.item
            case = build(AftercareCase, client_id=client_id, kind=form.kind, purchase_id=form.purchase_id or None,
                         item=item, request=form.request, opened_at=now, promised_on=form.promised_on,
                         advisor=self.advisor, notes=form.notes, **self._quote(form.quote_amount, form.currency))
            repo.save_case(db.conn, case)
            repo.add_stage(db.conn, build(CaseStage, client_id=client_id, case_id=case.id, stage=case.stage,
                                          at=now))
        return case, Changes.client(client_id)

    def update_case(self, case_id: str, form: CaseForm) -> Changes:
        """Save the editor's fields; the kind is fixed once a case is open (its stages depend on it)."""
        values = {k: getattr(form, k) for k in EDITABLE}
        with self.book.transaction() as db:
            case = repo.get_case(db.conn, case_id)
            if form.kind and form.kind != case.kind.value:
                raise ValidationError("The kind of an open case cannot change: its stages depend on it. "
                                      "Cancel this case and open a new one.", "kind")
            return self._save(db.conn, case, values)

    def set_promised(self, case_id: str, promised_on: date | None) -> Changes:
        return self.set_fields(case_id, promised_on=promised_on)

    def set_quote(self, case_id: str, amount: str | Decimal | None, currency: str = "") -> Changes:
        return self.set_fields(case_id, quote_amount=amount, currency=currency)

    def set_notes(self, case_id: str, notes: str) -> Changes:
        return self.set_fields(case_id, notes=notes)

    def set_fields(self, case_id: str, **fields) -> Changes:
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"“{sorted(unknown)[0]}” cannot be edited here.", sorted(unknown)[0])
        with self.book.transaction() as db:
            return self._save(db.conn, repo.get_case(db.conn, case_id), fields)

    def _save(self, conn, case: AftercareCase, values: dict) -> Changes:
        data = case.model_dump()
        if "quote_amount" in values or "currency" in values:
            amount = values.pop("quote_amount", case.quote_amount)
            values.update(self._quote(amount, values.pop("currency", case.currency)))
        if values.get("purchase_id"):
            purchase = repo.purchase_of(conn, case.client_id, values["purchase_id"])
            values["item"] = (values.get("item") or "").strip() or purchase.item
        elif "purchase_id" in values:
            values["purchase_id"] = None
        updated = build(AftercareCase, **{**data, **values})
        return Changes.client(case.client_id) if repo.save_case(conn, updated) else Changes()

    def _quote(self, amount, currency: str | None) -> dict:
        value = parse_amount(amount)
        code = (currency or "").strip()
        if value is not None and not code:
            code = self.boutique.currency  # a quote is in the boutique's currency unless said otherwise
        return {"quote_amount": value, "currency": code if value is not None else (code or "")}

    # -- moving through the stages ----------------------------------------------------------------
    def advance(self, case_id: str, stage: str | None = None, note: str = "") -> Changes:
        """Move the case forward, to `stage` or else the next one; the last stage closes it."""
        with self.book.transaction() as db:
            case = repo.get_case(db.conn, case_id)
            order, current = case.stages, case.stages.index(case.stage)
            if case.status == CaseStatus.CANCELLED:
                raise ValidationError("This case was cancelled; it does not move on any more.", "stage")
            if stage is None:
                if current + 1 >= len(order):
                    raise ValidationError("This case has reached its last stage.", "stage")
                stage = order[current + 1]
            self._known(case, stage)
            if order.index(stage) <= current:
                raise ValidationError(f"A case only moves forward; it is at “{_words(case.stage)}”. To return "
                                      f"to “{_words(stage)}”, go back explicitly.", "stage")
            return self._move(db.conn, case, stage, note)

    def go_back(self, case_id: str, stage: str, note: str = "") -> Changes:
        """Return the case to an earlier stage (a correction); recorded in its history. Reopens a closed case."""
        with self.book.transaction() as db:
            case = repo.get_case(db.conn, case_id)
            if case.status == CaseStatus.CANCELLED:
                raise ValidationError("This case was cancelled; it does not move any more.", "stage")
            self._known(case, stage)
            if case.stages.index(stage) >= case.stages.index(case.stage):
                raise ValidationError(f"“{_words(stage)}” is not before “{_words(case.stage)}”.", "stage")
            return self._move(db.conn, case, stage, note)

    def cancel(self, case_id: str, reason: str = "") -> Changes:
        """Cancel an open case (the client withdrew it); a reason is kept in its notes."""
        with self.book.transaction() as db:
            case = repo.get_case(db.conn, case_id)
            if case.status == CaseStatus.CANCELLED:
                return Changes()
            if case.status == CaseStatus.CLOSED:
                raise ValidationError("This case is already closed.", "status")
            notes = "\n".join(x for x in (case.notes, reason.strip()) if x)
            updated = build(AftercareCase, **{**case.model_dump(), "status": CaseStatus.CANCELLED, "notes": notes})
            repo.save_case(db.conn, updated)
        return Changes.client(case.client_id)

    def _known(self, case: AftercareCase, stage: str) -> None:
        if stage not in case.stages:
            raise ValidationError(f"“{stage}” is not a stage of a {case.kind.value} case "
                                  f"(its stages: {', '.join(_words(s) for s in case.stages)}).", "stage")

    def _move(self, conn, case: AftercareCase, stage: str, note: str) -> Changes:
        last = repo.history(conn, case.id)
        at = self.clock()
        if last and at <= last[-1].at:
            at = last[-1].at + timedelta(milliseconds=1)  # history stays in order even if this clock is behind
        record = build(CaseStage, client_id=case.client_id, case_id=case.id, stage=stage, at=at, note=note)
        status = CaseStatus.CLOSED if stage == case.stages[-1] else CaseStatus.OPEN
        updated = build(AftercareCase, **{**case.model_dump(), "stage": stage, "status": status})
        repo.save_case(conn, updated)
        repo.add_stage(conn, record)
        return Changes.client(case.client_id)


def _words(stage: str) -> str:
    return stage.replace("_", " ")


def aftercare(session) -> AftercareService:
    """The aftercare service over an open session (cheap: build one per call)."""
    return AftercareService(session.book, session.boutique, session.clients.advisor)


__all__ = ["AftercareService", "CaseForm", "CaseLine", "EDITABLE", "aftercare"]
