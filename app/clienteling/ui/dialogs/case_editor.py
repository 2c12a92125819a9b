"""Open or edit an aftercare case: its kind, the item (one of the client's purchases, or described),
what the client asks for, the promised date, the quote and its currency, and notes.

Picking a purchase fills in the item and, until the advisor chooses one, a likely kind (a watch:
a service; ready-to-wear: an alteration). The kind of an open case is fixed: its stages depend
on it. Saved through the aftercare service; the dialog closes only after the book has the case.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from ...domain import AftercareCase, Purchase
from ...domain.aftercare import SUGGESTED_KIND
from ...domain.vocab import CaseKind
from ...services.aftercare import CaseForm, aftercare
from ..taskman import TaskManager
from ..views.dossier_format import money, short_date
from ..widgets.form_dialog import FormDialog
from .record_editors import select

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CNY", "HKD", "JPY", "KRW", "SGD", "AED", "RUB")
DEFAULT_PROMISE_DAYS = 14


class CaseEditorDialog(FormDialog):
    def __init__(self, tm: TaskManager, client_id: str, purchases: list[Purchase],
                 case: AftercareCase | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from ..views.dossier_cases import kind_label  # the one place the kinds' words live

        self.tm = tm
        self.client_id = client_id
        self.case = case
        self.purchases = {p.id: p for p in purchases}
        self.saved_case_id = ""
        self._kind_chosen = case is not None
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        self.form = QFormLayout()
        layout.addLayout(self.form)

        self.kind = self.field("kind", self.tr("Kind"), QComboBox())
        for k in CaseKind:
            self.kind.addItem(kind_label(k.value), k.value)
        self.kind.activated.connect(self._kind_picked)
        self.purchase = self.field("purchase_id", self.tr("Item from"), QComboBox())
        self.purchase.addItem(self.tr("Not a purchase: describe it below"), None)
        for p in purchases:
            text = "  ·  ".join(x for x in (short_date(p.purchased_on), p.item, money(p.amount, p.currency)) if x)
            self.purchase.addItem(text, p.id)
        self.purchase.currentIndexChanged.connect(self._purchase_picked)
        self.item = self.field("item", self.tr("Item"), QLineEdit())
        self.item.setPlaceholderText(self.tr("e.g. Kelly 28 in étoupe, the client's own watch"))
        self.request = self.field("request", self.tr("Request"), QPlainTextEdit())
        self.request.setPlaceholderText(self.tr("What needs doing, in the client's words"))
        self.request.setTabChangesFocus(True)
        self.request.setFixedHeight(70)

        self.promised_set = QCheckBox(self.tr("Promised for"))
        self.promised = QDateEdit(QDate.currentDate().addDays(DEFAULT_PROMISE_DAYS))
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd")
        self.promised.setEnabled(False)
        self.promised_set.toggled.connect(self.promised.setEnabled)
        self.fields_by_name["promised_on"] = self.promised
        self.form.addRow(self.promised_set, self.promised)

        quote = QWidget()
        line = QHBoxLayout(quote)
        line.setContentsMargins(0, 0, 0, 0)
        self.quote = QLineEdit()
        self.quote.setPlaceholderText(self.tr("e.g. 350 or 1 250,50"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItem("")
        for code in CURRENCIES:
            self.currency.addItem(code)
        self.currency.lineEdit().setPlaceholderText(self.tr("default"))
        self.currency.setToolTip(self.tr("Left empty: the boutique's currency"))
        self.currency.setMinimumContentsLength(6)
        line.addWidget(self.quote, 1)
        line.addWidget(self.currency)
        self.fields_by_name.update(quote_amount=self.quote, currency=self.currency)
        self.form.addRow(self.tr("Quote"), quote)
        self.notes = self.field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if case is not None:
            self._fill(case)
        self.watch(self.item, self.request, self.quote, self.notes, self.kind)
        self.setWindowTitle(self.tr("Edit · Aftercare case") if case is not None else self.tr("Open an aftercare case"))
        self.setMinimumWidth(480)

    # -- filling ------------------------------------------------------------------------------
    def _fill(self, c: AftercareCase) -> None:
        select(self.kind, c.kind)
        self.kind.setEnabled(False)
        self.kind.setToolTip(self.tr("The kind of an open case cannot change: its stages depend on it."))
        index = self.purchase.findData(c.purchase_id) if c.purchase_id else 0
        self.purchase.blockSignals(True)
        self.purchase.setCurrentIndex(max(index, 0))
        self.purchase.blockSignals(False)
        self.item.setText(c.item)
        self.request.setPlainText(c.request)
        if c.promised_on:
            self.promised_set.setChecked(True)
            self.promised.setDate(QDate(c.promised_on.year, c.promised_on.month, c.promised_on.day))
        if c.quote_amount is not None:
            self.quote.setText(str(c.quote_amount))
        self.currency.setCurrentText(c.currency)
        self.notes.setPlainText(c.notes)

    def _kind_picked(self, _index: int) -> None:
        self._kind_chosen = True

    def _purchase_picked(self, _index: int) -> None:
        purchase = self.purchases.get(self.purchase.currentData())
        if purchase is None:
            return
        self.item.setText(purchase.item)
        if not self._kind_chosen and purchase.category.value in SUGGESTED_KIND:
            select(self.kind, SUGGESTED_KIND[purchase.category.value])
        if not self.currency.currentText():
            self.currency.setCurrentText(purchase.currency)

    def form_values(self) -> CaseForm:
        d = self.promised.date()
        return CaseForm(kind=self.kind.currentData(), purchase_id=self.purchase.currentData(),
                        item=self.item.text(), request=self.request.toPlainText(),
                        promised_on=date(d.year(), d.month(), d.day()) if self.promised_set.isChecked() else None,
                        quote_amount=self.quote.text(), currency=self.currency.currentText().strip().upper(),
                        notes=self.notes.toPlainText())

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        self.clear_problem()
        form = self.form_values()
        if not self.begin_save():
            return
        client_id, case_id = self.client_id, self.case.id if self.case is not None else None
        if case_id is None:
            self.tm.run(lambda s: aftercare(s).open_case(client_id, form), self._opened, self.save_failed, parent=self)
        else:
            self.tm.run(lambda s: aftercare(s).update_case(case_id, form), self._saved, self.save_failed, parent=self)

    def _opened(self, result) -> None:
        case, _changes = result
        self.saved_case_id = case.id
        self._saved(result)

    def _saved(self, _result) -> None:
        self.end_save()
        if self.case is not None:
            self.saved_case_id = self.case.id
        self.accept()
