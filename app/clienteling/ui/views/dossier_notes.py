"""The timeline: a composer on top (Ctrl+Enter saves), then the client's history, newest first:
notes, what happened at appointments (their notes written afterwards), and outreach sent, each
dated in the boutique's time zone (`DossierActions.zone`).

A note's text is cleared from the composer only after the book has it. Long notes show
their first PREVIEW characters until "Show more"; only the newest items are built at
first, so a client with years of history opens as fast as a new one. Outreach entries are
read-only here (they are written where the message was sent).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...domain import Appointment, Dossier, Note, OutreachLog
from ...domain.vocab import NoteKind
from .. import labels
from ..dialogs.record_editors import code_combo, select
from ..taskman import error_text
from ..widgets.text import SubmitTextEdit, plain_label
from .dossier_actions import DossierActions
from .dossier_agenda import AppointmentNoteCard, agenda_actions
from .dossier_format import moment
from .dossier_parts import Section, badge, link_button

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)

PREVIEW = 600
LABEL_MAX = 4000  # longer notes expand into a scrolling viewer: a label would lay out every line
FULL_HEIGHT = 420
FIRST_PAGE = 20
MORE_PAGE = 50


class NoteCard(QFrame):
    def __init__(self, note: Note, actions: DossierActions, expanded: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("note")
        self.note = note
        self.actions = actions
        self.expanded = expanded
        self.editor_box: QWidget | None = None  # the inline editor, while the note is being edited
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 10, 0, 6)
        col.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(badge(labels.note_kind(note.kind.value), note.kind.value))
        head.addWidget(plain_label(moment(note.created_at, actions.zone), "muted", wrap=False))
        if note.author:
            head.addWidget(plain_label(f"·  {note.author}", "muted", wrap=False))
        head.addStretch(1)
        self.edit_button = link_button(self.tr("Edit"), self.start_edit)
        self.delete_button = link_button(self.tr("Delete"), lambda: self.actions.delete_note(self.note.id))
        head.addWidget(self.edit_button)
        head.addWidget(self.delete_button)
        col.addLayout(head)
        self.body = plain_label("", "noteBody", selectable=True)
        col.addWidget(self.body)
        self.more: QPushButton | None = None
        self.full: QPlainTextEdit | None = None  # the whole of a very long note, in its own scroller
        if len(note.body) > PREVIEW:
            self.more = link_button("", self.toggle_more)
            col.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_body()

    @property
    def long(self) -> bool:
        return len(self.note.body) > PREVIEW

    def _show_body(self) -> None:
        text = self.note.body
        huge = len(text) > LABEL_MAX
        if self.long and not self.expanded:
            text = text[:PREVIEW].rstrip() + "…"
        if huge and self.expanded:
            if self.full is None:  # laid out lazily, however long the note is
                self.full = QPlainTextEdit(self)
                self.full.setObjectName("noteFull")
                self.full.setReadOnly(True)
                self.full.setPlainText(self.note.body)
                self.full.setFixedHeight(FULL_HEIGHT)
                self.layout().insertWidget(self.layout().indexOf(self.body) + 1, self.full)
            self.full.show()
            self.body.hide()
        else:
            if self.full is not None:
                self.full.hide()
            self.body.setText(text)
            self.body.show()
        if self.more is not None:
            self.more.setText(self.tr("Show less") if self.expanded else
                              self.tr("Show more (%1 characters)").replace("%1", f"{len(self.note.body):,}"))

    def toggle_more(self) -> None:
        self.expanded = not self.expanded
        self._show_body()

    # -- inline editing -------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.editor_box is not None

    def start_edit(self, text: str | None = None, kind: str | None = None) -> None:
        if self.editing:
            return
        box = self.editor_box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.editor = SubmitTextEdit(box, escape_cancels=True)
        self.editor.setObjectName("composer")
        self.editor.setPlainText(self.note.body if text is None else text)
        self.editor.setMinimumHeight(90)
        self.editor.submitted.connect(self.save_edit)
        self.editor.cancelled.connect(self.cancel_edit)
        self.kind = code_combo(NoteKind, labels.note_kind)
        select(self.kind, kind or self.note.kind)
        self.edit_error = plain_label("", "error")
        self.edit_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(plain_label(self.tr("Ctrl+Enter to save, Esc to cancel"), "muted", wrap=False))
        row.addStretch(1)
        row.addWidget(link_button(self.tr("Cancel"), self.cancel_edit))
        save = QPushButton(self.tr("Save"))
        save.setObjectName("primary")
        save.clicked.connect(self.save_edit)
        row.addWidget(save)
        col.addWidget(self.editor)
        col.addWidget(self.edit_error)
        col.addLayout(row)
        self.layout().addWidget(box)
        for w in (self.body, self.full, self.more, self.edit_button, self.delete_button):
            if w is not None:
                w.hide()
        self.editor.setFocus()

    def draft(self) -> tuple[str, str] | None:
        return (self.editor.toPlainText(), self.kind.currentData()) if self.editing else None

    def save_edit(self) -> None:
        self.edit_error.hide()
        self.actions.edit_note(self.note.id, self.editor.toPlainText(), self.kind.currentData(),
                               self.finish_edit, self._edit_failed)

    def _edit_failed(self, exc: BaseException) -> None:
        if self.editing:
            self.edit_error.setText(error_text(exc))
            self.edit_error.show()
            self.editor.setFocus()

    def cancel_edit(self) -> None:
        self.finish_edit()

    def finish_edit(self) -> None:
        if not self.editing:
            return
        self.editor_box.hide()
        self.editor_box.deleteLater()
        self.editor_box = None
        for w in (self.more, self.edit_button, self.delete_button):
            if w is not None:
                w.show()
        self._show_body()


def outreach_purpose(code: str) -> str:
    return {"birthday": translate("Timeline", "Birthday"),
            "important_date": translate("Timeline", "Important date"),
            "thank_you": translate("Timeline", "Thank-you"), "check_in": translate("Timeline", "Check-in"),
            "aftercare_schedule": translate("Timeline", "Aftercare"),
            "aftercare_milestone": translate("Timeline", "Aftercare update"),
            "appointment_follow_up": translate("Timeline", "Appointment follow-up"),
            "no_show": translate("Timeline", "Missed appointment"),
            "re_engagement": translate("Timeline", "Keeping in touch"),
            "new_arrival": translate("Timeline", "New arrival"), "wishlist": translate("Timeline", "Wishlist"),
            "other": translate("Timeline", "Message")}.get(code, code)


def outreach_outcome(code: str) -> str:
    return {"sent": translate("Timeline", "Sent"), "reached": translate("Timeline", "Reached"),
            "no_answer": translate("Timeline", "No answer"), "declined": translate("Timeline", "Declined")}.get(code, code)


class OutreachCard(QFrame):
    """One outreach to the client (a message sent, a call made), as the timeline shows it."""

    def __init__(self, entry: OutreachLog, zone: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("note")
        self.entry = entry
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 10, 0, 6)
        col.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(badge(labels.channel(entry.channel.value), "outreach"))
        head.addWidget(plain_label(moment(entry.at, zone), "muted", wrap=False))
        facts = [outreach_purpose(entry.purpose.value), outreach_outcome(entry.outcome.value), entry.advisor]
        head.addWidget(plain_label("·  " + "  ·  ".join(f for f in facts if f), "muted", wrap=False))
        head.addStretch(1)
        col.addLayout(head)
        text = entry.message if len(entry.message) <= PREVIEW else entry.message[:PREVIEW].rstrip() + "…"
        self.body = plain_label(text, "noteBody", selectable=True)
        self.body.setVisible(bool(text))
        col.addWidget(self.body)


def timeline(d: Dossier) -> list[tuple[datetime, Note | Appointment | OutreachLog]]:
    """Notes, appointments with notes written after them, and outreach, newest first."""
    items: list[tuple[datetime, Note | Appointment | OutreachLog]] = [(n.created_at, n) for n in d.notes]
    items += [(a.starts_at, a) for a in d.appointments if a.notes_after and not a.deleted]
    items += [(o.at, o) for o in d.outreach if not o.deleted]
    items.sort(key=lambda item: item[0], reverse=True)
    return items


class NotesSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Notes"), parent=parent)
        self.actions = actions
        self.saving = False
        self.cards: list[NoteCard] = []
        self._client_id = ""
        self._drafts: dict[str, tuple[str, str]] = {}  # composer text per client, never lost on switching
        self._limit = FIRST_PAGE
        self._expanded: set[str] = set()
        self._items: list[tuple[datetime, Note | Appointment | OutreachLog]] = []
        self.agenda = agenda_actions(actions)

        self.composer = SubmitTextEdit()
        self.composer.setObjectName("composer")
        self.composer.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter to save)"))
        self.composer.setFixedHeight(84)
        self.composer.submitted.connect(self.submit)
        self.kind = code_combo(NoteKind, labels.note_kind)
        self.kind.setToolTip(self.tr("Kind of note"))
        self.error = plain_label("", "error")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addStretch(1)
        row.addWidget(self.save_button)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 4)
        box_layout.addWidget(self.composer)
        box_layout.addWidget(self.error)
        box_layout.addLayout(row)
        self._outer.insertWidget(1, box)

    # -- composer --------------------------------------------------------------------------------
    def set_client(self, client_id: str) -> None:
        if client_id == self._client_id:
            return
        if self._client_id:
            self._drafts[self._client_id] = (self.composer.toPlainText(), self.kind.currentData())
        text, kind = self._drafts.pop(client_id, ("", NoteKind.CONVERSATION.value))
        self.composer.setPlainText(text)
        select(self.kind, kind)
        self.error.hide()
        self._client_id = client_id
        self._limit = FIRST_PAGE
        self._expanded.clear()
        self.cards = []

    def submit(self) -> None:
        if self.saving:
            return
        body = self.composer.toPlainText()
        self.saving = True
        self.save_button.setEnabled(False)
        self.error.hide()
        client_id = self._client_id
        self.actions.add_note(body, self.kind.currentData(), lambda: self._saved(client_id, body), self._failed)

    def _saved(self, client_id: str, body: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if client_id == self._client_id and self.composer.toPlainText() == body:
            self.composer.clear()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        self.composer.setFocus()

    # -- timeline ------------------------------------------------------------------------------
    def set_dossier(self, d: Dossier) -> None:
        drafts = {c.note.id: c.draft() for c in self.cards if c.editing}
        self._expanded = {c.note.id for c in self.cards if c.expanded}
        self._items = timeline(d)
        self._render(drafts)

    def _render(self, drafts: dict[str, tuple[str, str]] | None = None) -> None:
        body = self.reset()
        items = self._items
        self.set_count(len(items))
        self.cards = []  # the notes (editable); appointment and outreach items sit between them
        for _at, item in items[:self._limit]:
            if isinstance(item, Note):
                card = NoteCard(item, self.actions, item.id in self._expanded)
                self.cards.append(card)
                if drafts and item.id in drafts:
                    body.addWidget(card)
                    card.start_edit(*drafts[item.id])
                    continue
            elif isinstance(item, Appointment):
                card = AppointmentNoteCard(item, self.agenda, self.actions.zone)
            else:
                card = OutreachCard(item, self.actions.zone)
            body.addWidget(card)
        if len(items) > self._limit:
            body.addWidget(link_button(self.tr("Show %1 older notes").replace("%1", str(len(items) - self._limit)),
                                       self.show_older), 0, Qt.AlignmentFlag.AlignLeft)
        if not items:
            self.add_empty(self.tr("No notes yet. What did you talk about?"))

    def show_older(self) -> None:
        drafts = {c.note.id: c.draft() for c in self.cards if c.editing}
        self._expanded = {c.note.id for c in self.cards if c.expanded}
        self._limit += MORE_PAGE
        self._render(drafts)
