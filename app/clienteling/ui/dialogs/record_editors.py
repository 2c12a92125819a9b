"""Small editors for what hangs off a dossier: preferences, sizes, wishlist, dates, people, consent.

Each builds its domain record with `domain.build` (so a refused value is one sentence
naming the field), saves it through the TaskManager with `s.clients.save_record` and
closes only after the book has it. Open one with `editor_for(cls)(tm, client_id, ...)`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ...domain import (Consent, ImportantDate, Preference, Record, Relation, Size, WishlistItem,
                       build)
from ...domain.dates import parse_partial_date
from ...domain.ids import utc_now
from ...domain.vocab import (Channel, ConsentStatus, DateKind, PreferenceCategory, ProductCategory,
                             RelationKind, Sentiment, SizeCategory, SizeSystem, WishStatus)
from .. import labels
from ..taskman import TaskManager
from ..widgets.confirm import confirm
from ..widgets.form_dialog import FormDialog
from ..widgets.text import plain_label


def code_combo(codes, label=lambda c: c) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        value = getattr(code, "value", code)
        combo.addItem(label(value), value)
    return combo


def select(combo: QComboBox, value) -> None:
    index = combo.findData(getattr(value, "value", value))
    if index >= 0:
        combo.setCurrentIndex(index)


class RecordEditor(FormDialog):
    """Base of the record dialogs: create when `record` is None, else edit (and offer Delete).

    Each editor defines `build_form(form)`, `fill(record)` and `values() -> dict` (which may
    raise ValidationError, e.g. for a date that does not exist).
    """

    record_cls: type[Record]
    noun = ""

    def __init__(self, tm: TaskManager, client_id: str, record: Record | None = None,
                 relation: Relation | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self.client_id = client_id
        self.record = record
        self.relation = relation
        self.saved = False
        self.deleted = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        if relation is not None:
            layout.addWidget(plain_label(self.tr("For %1").replace("%1", relation.name), "muted"))
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.build_form(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button: QPushButton | None = None
        if record is not None:
            self.delete_button = self.buttons.addButton(self.tr("Delete…"),
                                                        QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(lambda: self.delete())
            self.fill(record)
        layout.addWidget(self.buttons)
        self.watch(*self.fields_by_name.values())
        verb = self.tr("Edit") if record is not None else self.tr("Add")
        self.setWindowTitle(f"{verb} · {self.noun}")
        self.setMinimumWidth(420)

    # -- shared ---------------------------------------------------------------------------
    def build_record(self) -> Record:
        base = self.record.model_dump() if self.record is not None else {"client_id": self.client_id}
        if self.relation is not None and "relation_id" in self.record_cls.model_fields:
            base["relation_id"] = self.relation.id
        return build(self.record_cls, **{**base, **self.values()})

    def store(self, session, record: Record):
        return session.clients.save_record(record)

    def save(self) -> None:
        if self.saving:
            return
        self.clear_problem()
        try:
            record = self.build_record()
        except Exception as exc:  # ValidationError, or a value the domain refuses
            self.show_problem(exc)
            return
        if not self.begin_save():
            return
        self.tm.run(lambda s: self.store(s, record), self._saved, self.save_failed, parent=self)

    def _saved(self, _result) -> None:
        self.end_save()
        self.saved = True
        self.accept()

    def delete(self, confirmed: bool = False) -> None:
        if self.record is None or self.saving:
            return
        if not confirmed and not confirm(self, self.tr("Delete"), self.tr("Delete this %1? This cannot be undone.")
                                         .replace("%1", self.noun.lower()), self.tr("Delete")):
            return
        cls, record_id = type(self.record), self.record.id
        self.begin_save()
        self.tm.run(lambda s: s.clients.delete_record(cls, record_id), self._deleted, self.save_failed,
                    parent=self)

    def _deleted(self, _result) -> None:
        self.end_save()
        self.deleted = True
        self.accept()


class PreferenceEditor(RecordEditor):
    record_cls = Preference

    def build_form(self, form):
        self.noun = self.tr("Preference")
        self.category = self.field("category", self.tr("Category"),
                                   code_combo(PreferenceCategory, labels.preference_category))
        self.sentiment = self.field("sentiment", self.tr("Likes or dislikes"),
                                    code_combo(Sentiment, labels.sentiment))
        self.value = self.field("value", self.tr("What"), QLineEdit())
        self.value.setPlaceholderText(self.tr("e.g. navy, calfskin, no fur"))

    def fill(self, r: Preference):
        select(self.category, r.category)
        select(self.sentiment, r.sentiment)
        self.value.setText(r.value)

    def values(self):
        return {"category": self.category.currentData(), "sentiment": self.sentiment.currentData(),
                "value": self.value.text()}


class SizeEditor(RecordEditor):
    record_cls = Size

    def build_form(self, form):
        self.noun = self.tr("Size")
        self.category = self.field("category", self.tr("Category"), code_combo(SizeCategory, labels.size_category))
        self.system = self.field("system", self.tr("Size system"), code_combo(SizeSystem))
        self.value = self.field("size", self.tr("Size"), QLineEdit())
        self.value.setPlaceholderText(self.tr("e.g. 38, M, 52"))
        self.fields_by_name["value"] = self.value

    def fill(self, r: Size):
        select(self.category, r.category)
        select(self.system, r.system)
        self.value.setText(r.value)

    def values(self):
        return {"category": self.category.currentData(), "system": self.system.currentData(),
                "value": self.value.text()}


class WishlistEditor(RecordEditor):
    record_cls = WishlistItem

    def build_form(self, form):
        self.noun = self.tr("Wishlist item")
        self.description = self.field("description", self.tr("Item"), QLineEdit())
        self.category = self.field("category", self.tr("Category"), QComboBox())
        self.category.addItem(self.tr("—"), None)
        for code in ProductCategory:
            self.category.addItem(labels.product_category(code.value), code.value)
        self.sku = self.field("sku", self.tr("Reference (SKU)"), QLineEdit())
        self.added_on = self.field("added_on", self.tr("Added on"), QDateEdit(QDate.currentDate()))
        self.added_on.setCalendarPopup(True)
        self.added_on.setDisplayFormat("yyyy-MM-dd")
        self.status = self.field("status", self.tr("Status"), code_combo(WishStatus, labels.wish_status))

    def fill(self, r: WishlistItem):
        self.description.setText(r.description)
        select(self.category, r.category)
        self.sku.setText(r.sku)
        if r.added_on:
            self.added_on.setDate(QDate(r.added_on.year, r.added_on.month, r.added_on.day))
        select(self.status, r.status)

    def values(self):
        d = self.added_on.date()
        return {"description": self.description.text(), "category": self.category.currentData(),
                "sku": self.sku.text(), "added_on": date(d.year(), d.month(), d.day()),
                "status": self.status.currentData()}


class DateEditor(RecordEditor):
    record_cls = ImportantDate

    def build_form(self, form):
        self.noun = self.tr("Date")
        self.kind = self.field("kind", self.tr("Occasion"), code_combo(DateKind, labels.date_kind))
        self.label = self.field("label", self.tr("Label"), QLineEdit())
        self.label.setPlaceholderText(self.tr("e.g. Wedding anniversary"))
        self.date = self.field("date", self.tr("Date"), QLineEdit())
        self.date.setPlaceholderText(self.tr("1985-05-14, 14/05/1985, or 05-14 without the year"))
        self.fields_by_name.update(year=self.date, month=self.date, day=self.date)

    def fill(self, r: ImportantDate):
        select(self.kind, r.kind)
        self.label.setText(r.label)
        self.date.setText(r.text.removeprefix("--"))

    def values(self):
        year, month, day = parse_partial_date(self.date.text(), "date")
        return {"kind": self.kind.currentData(), "label": self.label.text(), "year": year, "month": month,
                "day": day}


class RelationEditor(RecordEditor):
    record_cls = Relation

    def build_form(self, form):
        self.noun = self.tr("Person")
        self.name = self.field("name", self.tr("Name"), QLineEdit())
        self.kind = self.field("kind", self.tr("Relation"), code_combo(RelationKind, labels.relation_kind))
        self.notes = self.field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

    def fill(self, r: Relation):
        self.name.setText(r.name)
        select(self.kind, r.kind)
        self.notes.setPlainText(r.notes)

    def values(self):
        return {"name": self.name.text(), "kind": self.kind.currentData(), "notes": self.notes.toPlainText()}


class ConsentEditor(RecordEditor):
    """Record consent for a channel; saved with `set_consent` (it stamps when, keeps one per channel)."""

    record_cls = Consent

    def build_form(self, form):
        self.noun = self.tr("Consent")
        self.channel = self.field("channel", self.tr("Channel"), code_combo(Channel, labels.channel))
        self.status = self.field("status", self.tr("Consent"), code_combo(ConsentStatus, labels.consent_status))
        self.source = self.field("source", self.tr("Given how"), QLineEdit(self.tr("In boutique")))

    def fill(self, r: Consent):
        select(self.channel, r.channel)
        select(self.status, r.status)
        self.source.setText(r.source)
        self.channel.setEnabled(False)
        if self.delete_button is not None:  # consent is withdrawn, not erased
            self.delete_button.hide()

    def values(self):
        return {"channel": self.channel.currentData(), "status": self.status.currentData(),
                "source": self.source.text()}

    def build_record(self):
        values = self.values()
        return build(Consent, client_id=self.client_id, at=utc_now(), **values)  # the service stamps the time

    def store(self, session, record: Consent):
        return session.clients.set_consent(self.client_id, record.channel.value, record.status.value,
                                           record.source)


EDITORS: dict[type[Record], type[RecordEditor]] = {
    Preference: PreferenceEditor, Size: SizeEditor, WishlistItem: WishlistEditor, ImportantDate: DateEditor,
    Relation: RelationEditor, Consent: ConsentEditor,
}


def editor_for(cls: type[Record]) -> type[RecordEditor]:
    return EDITORS[cls]
