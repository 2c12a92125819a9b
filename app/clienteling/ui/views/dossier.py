"""The client dossier: everything about one client at one glance, and the place to log a note.

`DossierView(tm)`; `show_client(client_id)` loads through the TaskManager and renders.
The view redraws when `tm.changed` names its client, and says so when the client is
gone. Esc or the back button emits `back_requested`; the button names the page the dossier
was opened from ("← Today", "← Clients"…), where the window takes the advisor back. Ctrl+E
opens the client editor. Every moment shown (notes, outreach, appointments, case stages,
consent) reads in the boutique's time zone, as the agenda does, whatever the laptop's zone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QScrollArea, QStackedLayout, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...domain import Dossier
from ...domain.errors import NotFound
from ...services import Changes
from ..sections import section_title
from ..taskman import TaskManager, error_text
from ..widgets.text import alive, plain_label
from .dossier_actions import DossierActions
from .dossier_agenda import AppointmentsSection
from .dossier_cases import CasesSection
from .dossier_header import DossierHeader
from .dossier_history import ConsentSection, PurchasesSection
from .dossier_notes import NotesSection
from .dossier_profile import ContactSection, DatesSection, HouseholdSection
from .dossier_style import STYLE
from .dossier_taste import PreferencesSection, SizesSection, WishlistSection

STATUS_MS = 4000


class DossierView(QWidget):
    back_requested = Signal()
    loaded = Signal(str)  # client id, after the dossier is on screen
    load_failed = Signal(str)  # the advisor-facing reason

    def __init__(self, tm: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dossierPage")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tm = tm
        self.client_id: str = ""
        self.dossier: Dossier | None = None
        self._ticket = 0
        self.actions = DossierActions(tm, self)
        self.actions.saved.connect(self.show_saved)
        tm.changed.connect(self._on_changed)

        self.back_button = QPushButton()
        self.back_button.setObjectName("flat")
        self.set_back_to(section_title(None))
        self.back_button.clicked.connect(self.back_requested)
        self.status = plain_label("", "status", wrap=False)
        self.edit_button = QPushButton(self.tr("Edit client"))
        self.edit_button.setObjectName("primary")
        self.edit_button.setToolTip(self.tr("Edit names, contact details, tier (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_client)
        bar = QFrame()
        bar.setObjectName("topBar")
        bar_line = QHBoxLayout(bar)
        bar_line.setContentsMargins(16, 8, 16, 8)
        bar_line.addWidget(self.back_button)
        bar_line.addStretch(1)
        bar_line.addWidget(self.status)
        bar_line.addSpacing(12)
        self.book_button = QPushButton(self.tr("Book appointment"))
        self.book_button.setObjectName("flat")
        self.book_button.setToolTip(self.tr("Book an appointment with this client (Ctrl+B)"))
        self.book_button.clicked.connect(lambda: self.appointments.book())
        bar_line.addWidget(self.book_button)
        bar_line.addWidget(self.edit_button)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_MS)
        self._status_timer.timeout.connect(self.status.clear)

        self.header = DossierHeader()
        a = self.actions
        self.contact, self.dates, self.household = ContactSection(a), DatesSection(a), HouseholdSection(a)
        self.preferences, self.sizes, self.wishlist = PreferencesSection(a), SizesSection(a), WishlistSection(a)
        self.purchases, self.consent, self.notes = PurchasesSection(), ConsentSection(a), NotesSection(a)
        self.cases = CasesSection(a)  # open aftercare cases head the right column; "Open a case…" is its button
        self.appointments = AppointmentsSection(a)  # "Book…" (Ctrl+B) books with this client
        self.sections = [self.contact, self.preferences, self.sizes, self.dates, self.household,
                         self.cases, self.appointments, self.notes, self.purchases, self.wishlist, self.consent]

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(20, 16, 20, 24)
        page_layout.setSpacing(14)
        page_layout.addWidget(self.header)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        for col, sections in ((left, self.sections[:5]), (right, self.sections[5:])):
            col.setSpacing(14)
            for section in sections:
                col.addWidget(section)
            col.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        page_layout.addLayout(columns)
        page_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dossierScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(page)

        self.message = plain_label("", "empty")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addLayout(self.stack, 1)

        shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.edit_client)
        book = QShortcut(QKeySequence("Ctrl+B"), self)
        book.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        book.activated.connect(lambda: self.appointments.book())
        self._set_message(self.tr("Choose a client."))

    # -- loading -----------------------------------------------------------------------------
    def set_back_to(self, place: str) -> None:
        """Name the page the back button (and Esc) returns to."""
        self.back_button.setText(self.tr("← %1").replace("%1", place))
        self.back_button.setToolTip(self.tr("Back to %1 (Esc)").replace("%1", place))

    def show_client(self, client_id: str) -> None:
        """Load and show `client_id`'s dossier (a reload if it is already shown)."""
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() not in (None, self):
            # opened from another page (the window shows it once it is asked for): back goes there
            self.set_back_to(section_title(stack.currentWidget()))
        if client_id != self.client_id:
            self.dossier = None
            self.notes.set_client(client_id)
            self.scroll.verticalScrollBar().setValue(0)
            self.status.clear()
        self.client_id = client_id
        self.actions.client_id = client_id
        self.edit_button.setEnabled(True)
        self._ticket += 1
        ticket = self._ticket
        self.tm.run(lambda s: (s.clients.dossier(client_id), s.boutique.timezone),
                    lambda found: self._loaded(ticket, *found), lambda exc: self._failed(ticket, exc), parent=self)

    def reload(self) -> None:
        if self.client_id:
            self.show_client(self.client_id)

    def _loaded(self, ticket: int, dossier: Dossier, zone: str) -> None:
        if ticket != self._ticket or not alive(self):
            return  # a newer request (another client, a later change) is on its way
        scroll = self.scroll.verticalScrollBar().value()
        self.dossier = dossier
        self.actions.zone = zone
        self.setUpdatesEnabled(False)
        try:
            self.header.set_dossier(dossier, zone)
            for section in self.sections:
                section.set_dossier(dossier)
        finally:
            self.setUpdatesEnabled(True)
        self.stack.setCurrentWidget(self.scroll)
        QTimer.singleShot(0, lambda: alive(self) and self.scroll.verticalScrollBar().setValue(scroll))
        self.loaded.emit(dossier.client.id)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket or not alive(self):
            return
        if isinstance(exc, NotFound):
            self._show_gone()
        else:
            self._set_message(error_text(exc))
        self.load_failed.emit(error_text(exc))

    def _on_changed(self, changes: Changes) -> None:
        if not self.client_id:
            return
        if self.client_id in changes.removed:
            self._ticket += 1
            self._show_gone()
        elif self.client_id in changes.clients or changes.book_reloaded:
            self.reload()

    def _show_gone(self) -> None:
        self.dossier = None
        self.edit_button.setEnabled(False)
        self._set_message(self.tr("This client has been deleted."))

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.edit_button.setEnabled(self.dossier is not None)

    # -- actions -----------------------------------------------------------------------------
    def edit_client(self):
        """Open the client editor for the shown client (Ctrl+E); returns the dialog."""
        if self.dossier is None:
            return None
        return self.actions.edit_client()

    def show_saved(self) -> None:
        self.status.setText(self.tr("✓ Saved"))
        self._status_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
