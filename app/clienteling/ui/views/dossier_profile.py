"""Dossier sections about the person: how to reach them, the dates they keep, the people they buy for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...domain import Dossier, ImportantDate, Relation, Size
from ...domain.dates import next_occurrence
from .. import labels
from ..widgets.text import plain_label
from .dossier_actions import DossierActions
from .dossier_format import partial_date
from .dossier_parts import Section, badge, chip, flow, key_value, link_button, record_row

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)


class ContactSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Contact"), self.tr("Edit"), actions.edit_client, parent)

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        c = d.client
        for phone in d.phones:
            key = self.tr("Phone") + (f" · {phone.label}" if phone.label else "")
            body.addWidget(key_value(key, phone.display))
        for email in d.emails:
            key = self.tr("Email") + (f" · {email.label}" if email.label else "")
            body.addWidget(key_value(key, email.value))
        where = "\n".join(p for p in (c.address, ", ".join(x for x in (c.city, c.country) if x)) if p)
        if where:
            body.addWidget(key_value(self.tr("Address"), where))
        if d.tags:
            body.addWidget(key_value(self.tr("Tags"), flow([chip(t.tag) for t in d.tags])))
        if not (d.contacts or where or d.tags):
            self.add_empty(self.tr("No phone, email or address yet."))


def date_line(item: ImportantDate, today: date) -> QWidget:
    """"Birthday  14 May 1985  · in 12 days"."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(10)
    what = item.label or labels.date_kind(item.kind.value)
    line.addWidget(plain_label(what, "strong", wrap=False))
    line.addWidget(plain_label(partial_date(item.year, item.month, item.day), wrap=False))
    days = (next_occurrence(item.month, item.day, today) - today).days
    if days <= 45:
        soon = (translate("DossierDates", "today") if days == 0 else translate("DossierDates", "tomorrow") if days == 1
                else translate("DossierDates", "in %1 days").replace("%1", str(days)))
        line.addWidget(plain_label(f"· {soon}", "muted", wrap=False))
    line.addStretch(1)
    return row


class DatesSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Important dates"), self.tr("Add…"),
                         lambda: actions.add_record(ImportantDate), parent)
        self.actions = actions

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        own = d.dates_of(None)
        self.set_count(len(own))
        today = date.today()
        for item in own:
            body.addWidget(record_row(date_line(item, today), [
                (self.tr("Edit…"), lambda item=item: self.actions.edit_record(item)),
                (self.tr("Delete…"), lambda item=item: self.actions.delete_record(item))],
                self.tr("Date actions")))
        if not own:
            self.add_empty(self.tr("No birthday or anniversary recorded."))


def size_text(size: Size) -> str:
    return f"{labels.size_category(size.category.value)}  {size.value} {size.system.value}"


class HouseholdSection(Section):
    """The people the client buys for, each with their own dates and sizes."""

    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Household & gifting"), self.tr("Add person…"),
                         lambda: actions.add_record(Relation), parent)
        self.actions = actions

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        self.set_count(len(d.relations))
        today = date.today()
        for i, rel in enumerate(d.relations):
            body.addWidget(self._person(d, rel, today, first=i == 0))
        if not d.relations:
            self.add_empty(self.tr("No family or friends recorded."))

    def _person(self, d: Dossier, rel: Relation, today: date, first: bool) -> QWidget:
        a = self.actions
        block = QWidget()
        if not first:
            block.setObjectName("person")
        col = QVBoxLayout(block)
        col.setContentsMargins(0, 0 if first else 8, 0, 2)
        col.setSpacing(3)
        head = QWidget()
        line = QHBoxLayout(head)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(plain_label(rel.name, "strong", wrap=False, selectable=True))
        line.addWidget(badge(labels.relation_kind(rel.kind.value)))
        line.addStretch(1)
        col.addWidget(record_row(head, [
            (self.tr("Edit…"), lambda: a.edit_record(rel)),
            (self.tr("Add date…"), lambda: a.add_record(ImportantDate, rel)),
            (self.tr("Add size…"), lambda: a.add_record(Size, rel)),
            (self.tr("Delete…"), lambda: a.delete_record(rel))], self.tr("Person actions")))
        if rel.notes:
            col.addWidget(plain_label(rel.notes, "muted", selectable=True))
        for item in d.dates_of(rel.id):
            col.addWidget(record_row(date_line(item, today), [
                (self.tr("Edit…"), lambda item=item: a.edit_record(item, rel)),
                (self.tr("Delete…"), lambda item=item: a.delete_record(item))], self.tr("Date actions")))
        sizes = d.sizes_of(rel.id)
        for size in sizes:
            col.addWidget(record_row(plain_label(size_text(size), wrap=False), [
                (self.tr("Edit…"), lambda size=size: a.edit_record(size, rel)),
                (self.tr("Delete…"), lambda size=size: a.delete_record(size))], self.tr("Size actions")))
        if not d.dates_of(rel.id) and not sizes:
            adders = QHBoxLayout()
            adders.addWidget(link_button(self.tr("+ Date"), lambda: a.add_record(ImportantDate, rel)))
            adders.addWidget(link_button(self.tr("+ Size"), lambda: a.add_record(Size, rel)))
            adders.addStretch(1)
            col.addLayout(adders)
        return block
