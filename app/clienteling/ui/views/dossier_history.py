"""Dossier sections with a history: purchases (read-only, from the brand) and consent per channel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QTableWidget,
                               QTableWidgetItem, QWidget)

from ...domain import Dossier
from ...domain.vocab import ConsentStatus
from .. import labels
from ..widgets.text import plain_label, plain_tooltip
from .dossier_actions import DossierActions
from .dossier_format import money, short_date
from .dossier_parts import Section, badge, link_button

MAX_VISIBLE_ROWS = 8


class PurchasesSection(Section):
    """What the client bought, newest first. Purchases come from the point of sale; nothing to edit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Purchases"), parent=parent)
        self.total = plain_label("", "count", wrap=False)
        self.layout().itemAt(0).layout().insertWidget(2, self.total)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("purchases")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Item"), self.tr("Category"),
                                              self.tr("Amount")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self._outer.addWidget(self.table)

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        purchases = sorted(d.purchases, key=lambda p: p.purchased_on, reverse=True)
        self.set_count(len(purchases))
        currencies = {p.currency for p in purchases}
        self.total.setText(self.tr("· %1 in total").replace("%1", money(sum(p.amount for p in purchases),
                                                                       purchases[0].currency))
                           if len(currencies) == 1 else "")
        self.table.setRowCount(len(purchases))
        for row, p in enumerate(purchases):
            cells = [short_date(p.purchased_on), p.item, labels.product_category(p.category.value),
                     money(p.amount, p.currency)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tip = "  ·  ".join(x for x in (p.item, p.sku, p.boutique) if x)
                item.setToolTip(plain_tooltip(tip))
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(purchases))
        if purchases:
            self.table.resizeRowsToContents()
            shown = min(len(purchases), MAX_VISIBLE_ROWS)
            height = sum(self.table.rowHeight(r) for r in range(shown))
            self.table.setFixedHeight(height + self.table.horizontalHeader().sizeHint().height()
                                      + 2 * self.table.frameWidth() + 2)
        else:
            body.addWidget(plain_label(self.tr("No purchases yet."), "empty"))


class ConsentSection(Section):
    """Per channel: granted or withdrawn, when and how; one click to change it."""

    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Consent"), self.tr("Record…"), actions.record_consent, parent)
        self.actions = actions

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        recorded = {c.channel.value: c for c in d.consents}
        preferred = d.client.preferred_channel.value
        channels = list(recorded) + ([preferred] if preferred not in recorded else [])
        for channel in channels:
            body.addWidget(self._row(channel, recorded.get(channel), channel == preferred))

    def _row(self, channel: str, consent, preferred: bool) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        name = plain_label(labels.channel(channel), "strong", wrap=False)
        name.setMinimumWidth(90)
        line.addWidget(name)
        if consent is None:
            line.addWidget(plain_label(self.tr("No consent recorded"), "muted"), 1)
            status = ConsentStatus.WITHDRAWN.value
        else:
            status = consent.status.value
            line.addWidget(badge(labels.consent_status(status), status))
            when = short_date(consent.at, self.actions.zone)
            detail = "  ·  ".join(x for x in (when, consent.source) if x)
            line.addWidget(plain_label(detail, "muted", selectable=True), 1)
        if preferred:
            line.addWidget(plain_label(self.tr("preferred"), "muted", wrap=False))
        if status == ConsentStatus.GRANTED.value:
            action = link_button(self.tr("Withdraw"),
                                 lambda: self.actions.set_consent(channel, ConsentStatus.WITHDRAWN.value))
        else:
            action = link_button(self.tr("Grant"),
                                 lambda: self.actions.set_consent(channel, ConsentStatus.GRANTED.value))
        action.setAccessibleName(f"{action.text()} {labels.channel(channel)}")
        line.addWidget(action)
        return row
