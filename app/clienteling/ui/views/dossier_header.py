"""The top of a dossier: who the client is, how to address them, and whether to contact them at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ...domain import Dossier, salutation
from .. import labels
from ..widgets.text import plain_label
from .dossier_format import short_date


class DossierHeader(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(24)
        who = QVBoxLayout()
        who.setSpacing(2)
        self.native_name = plain_label("", "nativeName", selectable=True)
        self.latin_name = plain_label("", "latinName", selectable=True)
        self.salutation = plain_label("", "salutation", wrap=False, selectable=True)
        self.salutation.setToolTip(self.tr("How to address the client in their language"))
        self.salutation_en = plain_label("", "salutationEn", wrap=False, selectable=True)
        self.salutation_en.setToolTip(self.tr("The same, in English"))
        greet = QHBoxLayout()
        greet.setSpacing(10)
        greet.addWidget(self.salutation)
        greet.addWidget(self.salutation_en)
        greet.addStretch(1)
        self.facts = plain_label("", "facts")
        for label in (self.native_name, self.latin_name, self.salutation, self.facts):
            # An Arabic or Hebrew name stays at the left edge, like every other name in the app.
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        who.addWidget(self.native_name)
        who.addWidget(self.latin_name)
        who.addSpacing(6)
        who.addLayout(greet)
        who.addSpacing(4)
        who.addWidget(self.facts)
        top.addLayout(who, 1)

        side = QVBoxLayout()
        side.setSpacing(4)
        self.tier = plain_label("", "tier", wrap=False)
        self.tier.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advisor_key = plain_label(self.tr("Advisor"), "key", wrap=False)
        self.advisor = plain_label("", "strong", wrap=False, selectable=True)
        for w in (self.tier, self.advisor_key, self.advisor):
            side.addWidget(w, 0, Qt.AlignmentFlag.AlignRight)
        side.insertSpacing(1, 8)
        side.addStretch(1)
        top.addLayout(side)
        outer.addLayout(top)

        self.dnc = QFrame()
        self.dnc.setObjectName("dnc")
        dnc_layout = QVBoxLayout(self.dnc)
        dnc_layout.setContentsMargins(14, 8, 14, 8)
        dnc_layout.setSpacing(2)
        self.dnc_title = plain_label(self.tr("⛔  DO NOT CONTACT"), "dncTitle")
        self.dnc_reason = plain_label("", "dncReason", selectable=True)
        dnc_layout.addWidget(self.dnc_title)
        dnc_layout.addWidget(self.dnc_reason)
        outer.addWidget(self.dnc)

    def set_dossier(self, d: Dossier, zone: str = "") -> None:
        """Show the client; `zone`: the boutique's time zone (the day they came into the book reads in it)."""
        c = d.client
        native, latin = c.native_name, c.latin_name
        self.native_name.setText(native or latin)
        self.latin_name.setText(latin if native and latin and latin != native else "")
        self.latin_name.setVisible(bool(self.latin_name.text()))
        own = salutation(c)
        english = salutation(c, "en")
        self.salutation.setText(own)
        self.salutation_en.setText(self.tr("In English: %1").replace("%1", english) if english != own else "")
        self.salutation_en.setVisible(english != own)
        facts = [self.tr("Speaks %1").replace("%1", labels.language(c.preferred_language)),
                 self.tr("Prefers %1").replace("%1", labels.channel(c.preferred_channel.value))]
        place = ", ".join(p for p in (c.city, c.country) if p)
        if place:
            facts.append(place)
        if c.created_at:
            facts.append(self.tr("In the book since %1").replace("%1", short_date(c.created_at, zone)))
        self.facts.setText("   ·   ".join(facts))
        self.tier.setText(labels.tier(c.tier.value).upper())
        self.tier.setProperty("tier", c.tier.value)
        self.tier.style().unpolish(self.tier)
        self.tier.style().polish(self.tier)
        self.advisor.setText(c.advisor or self.tr("Unassigned"))
        self.dnc.setVisible(c.do_not_contact)
        self.dnc_reason.setText(c.do_not_contact_reason or self.tr("No reason recorded."))
