"""Dossier sections about taste: preferences (likes and dislikes), sizes, and the wishlist."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...domain import Dossier, Preference, Size, WishlistItem
from ...domain.vocab import PreferenceCategory, Sentiment, SizeCategory
from .. import labels
from ..widgets.text import plain_label
from .dossier_actions import DossierActions
from .dossier_format import short_date
from .dossier_parts import Section, badge, chip_button, flow, key_value, record_row


class PreferencesSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Preferences"), self.tr("Add…"), lambda: actions.add_record(Preference), parent)
        self.actions = actions

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        self.set_count(len(d.preferences))
        for category in PreferenceCategory:
            items = [p for p in d.preferences if p.category == category]
            if items:
                group, height = self._group(items)
                body.addWidget(key_value(labels.preference_category(category.value), group, key_height=height))
        if not d.preferences:
            self.add_empty(self.tr("No likes or dislikes recorded."))

    def _group(self, items: list[Preference]) -> tuple[QWidget, int]:
        """Likes on one line, dislikes on the next; returns the widget and the height of one chip."""
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        height = 0
        for sentiment in Sentiment:
            chosen = [p for p in items if p.sentiment == sentiment]
            if not chosen:
                continue
            chips = [chip_button(p.value, sentiment.value, [
                (self.tr("Edit…"), lambda p=p: self.actions.edit_record(p)),
                (self.tr("Delete…"), lambda p=p: self.actions.delete_record(p))]) for p in chosen]
            height = max(c.sizeHint().height() for c in chips)
            word = plain_label(labels.sentiment(sentiment.value), "key", wrap=False)
            word.setFixedSize(max(word.sizeHint().width(), 56), height)
            col.addWidget(flow([word, *chips]))
        return holder, height


class SizesSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Sizes"), self.tr("Add…"), lambda: actions.add_record(Size), parent)
        self.actions = actions

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        own = d.sizes_of(None)
        self.set_count(len(own))
        order = {c: i for i, c in enumerate(SizeCategory)}
        for size in sorted(own, key=lambda s: order.get(s.category, 99)):
            value = QWidget()
            line = QHBoxLayout(value)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(plain_label(size.value, "strong", wrap=False))
            line.addWidget(plain_label(size.system.value, "muted", wrap=False))
            line.addStretch(1)
            body.addWidget(record_row(key_value(labels.size_category(size.category.value), value, center=True), [
                (self.tr("Edit…"), lambda size=size: self.actions.edit_record(size)),
                (self.tr("Delete…"), lambda size=size: self.actions.delete_record(size))], self.tr("Size actions")))
        if not own:
            self.add_empty(self.tr("No sizes recorded."))


class WishlistSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Wishlist"), self.tr("Add…"), lambda: actions.add_record(WishlistItem), parent)
        self.actions = actions

    def set_dossier(self, d: Dossier) -> None:
        body = self.reset()
        self.set_count(len([w for w in d.wishlist if w.status.value == "open"]))
        rank = {"open": 0, "fulfilled": 1, "dropped": 2}
        for item in sorted(d.wishlist, key=lambda w: rank.get(w.status.value, 3)):
            body.addWidget(record_row(self._item(item), [
                (self.tr("Edit…"), lambda item=item: self.actions.edit_record(item)),
                (self.tr("Delete…"), lambda item=item: self.actions.delete_record(item))],
                self.tr("Wishlist actions"), trailing=badge(labels.wish_status(item.status.value),
                                                            item.status.value)))
        if not d.wishlist:
            self.add_empty(self.tr("Nothing on the wishlist."))

    def _item(self, item: WishlistItem) -> QWidget:
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(plain_label(item.description, "strong", selectable=True))
        meta = [labels.product_category(item.category.value if item.category else None), item.sku,
                self.tr("added %1").replace("%1", short_date(item.added_on)) if item.added_on else ""]
        meta_text = "  ·  ".join(m for m in meta if m)
        if meta_text:
            col.addWidget(plain_label(meta_text, "muted", selectable=True))
        return holder
