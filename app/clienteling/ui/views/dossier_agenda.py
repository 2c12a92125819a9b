"""Appointments in the dossier: what is coming, what happened, and the after-notes on the timeline.

`AppointmentsSection` lists the client's upcoming appointments (soonest first) and the last
ones (newest first), each with its "⋯" actions; "Book…" (Ctrl+B in the dossier) opens the
editor with the client chosen. `AppointmentNoteCard` is how an appointment's notes written
afterwards read on the notes timeline. Times read in the boutique's zone, as in the agenda (an
appointment with none recorded: the one it was booked in).
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...domain import Appointment, Dossier
from ...domain.vocab import AppointmentStatus
from ...services.agenda import AgendaEntry
from ..widgets.style import DANGER, MUTED
from ..widgets.text import plain_label
from . import agenda_labels as words
from .agenda_actions import AgendaActions
from .dossier_actions import DossierActions
from .dossier_format import moment
from .dossier_parts import Section, badge, link_button, record_row

PAST_SHOWN = 3
PREVIEW = 600
BADGES = f"""
#badge[tone="confirmed"] {{ background: #e5f1ec; color: #255c45; }}
#badge[tone="done"], #badge[tone="cancelled"] {{ background: #f3f1ee; color: {MUTED}; }}
#badge[tone="no_show"] {{ background: #fbeaea; color: {DANGER}; }}
#badge[tone="appointment"] {{ background: #f3ece1; color: #6b5231; }}
"""


def agenda_actions(actions: DossierActions) -> AgendaActions:
    """Appointment actions that report to the dossier ("Saved", dialogs opened)."""
    made = AgendaActions(actions.tm, actions.view)
    made.saved.connect(lambda _text: actions.saved.emit())
    made.dialog_opened.connect(actions.dialog_opened)
    return made


class AppointmentsSection(Section):
    def __init__(self, actions: DossierActions, parent: QWidget | None = None, *, now=None):
        super().__init__(self.tr("Appointments"), self.tr("Book…"), lambda: self.book(), parent)
        self.add_button.setToolTip(self.tr("Book an appointment with this client (Ctrl+B)"))
        self.setStyleSheet(BADGES)
        self.actions = actions
        self.agenda = agenda_actions(actions)
        self.dossier: Dossier | None = None
        self.show_all = False
        self._now = now or (lambda: datetime.now(timezone.utc))

    def book(self):
        if self.dossier is None:
            return None
        c = self.dossier.client
        return self.agenda.book(c.id, c.display_name)

    def set_dossier(self, d: Dossier) -> None:
        if self.dossier is None or self.dossier.client.id != d.client.id:
            self.show_all = False
        self.dossier = d
        self._render()

    def _render(self) -> None:
        body = self.reset()
        d = self.dossier
        now = self._now()
        coming = sorted((a for a in d.appointments if a.ends_at > now and a.status != AppointmentStatus.CANCELLED),
                        key=lambda a: a.starts_at)
        past = [a for a in d.appointments if a not in coming]  # newest first, cancelled ones included
        self.set_count(len(d.appointments))
        if not d.appointments:
            self.add_empty(self.tr("No appointments yet."))
            return
        if coming:
            body.addWidget(plain_label(self.tr("Coming up"), "key"))
            for a in coming:
                body.addWidget(self._row(a, d.client.display_name, upcoming=True))
        if past:
            body.addWidget(plain_label(self.tr("Before"), "key"))
            shown = past if self.show_all else past[:PAST_SHOWN]
            for a in shown:
                body.addWidget(self._row(a, d.client.display_name, upcoming=False))
            if len(past) > len(shown):
                body.addWidget(link_button(self.tr("Show %1 earlier").replace("%1", str(len(past) - len(shown))),
                                           self._show_all), 0, Qt.AlignmentFlag.AlignLeft)

    def _show_all(self) -> None:
        self.show_all = True
        self._render()

    def _row(self, a: Appointment, client_name: str, upcoming: bool) -> QWidget:
        tz = self.actions.zone or a.time_zone
        main = QWidget()
        col = QVBoxLayout(main)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        where = words.place(a.place.value) + (f" — {a.place_detail}" if a.place_detail else "")
        title = plain_label(f"{words.when(a, tz)} · {words.purpose(a.purpose.value)}", "strong" if upcoming else "",
                            selectable=True)
        if a.status == AppointmentStatus.CANCELLED:
            font = title.font()
            font.setStrikeOut(True)
            title.setFont(font)
        col.addWidget(title)
        col.addWidget(plain_label(" · ".join(x for x in (where, a.advisor) if x), "muted"))
        note = a.notes_before if upcoming else a.notes_after
        if note:
            col.addWidget(plain_label(_clip(note, 200), "muted" if upcoming else "noteBody"))
        entry = AgendaEntry(a, client_name)
        return record_row(main, self.agenda.menu(entry), self.tr("Appointment actions"),
                          badge(words.status(a.status.value), a.status.value))


class AppointmentNoteCard(QFrame):
    """An appointment's after-notes as a timeline item (dated by the appointment)."""

    def __init__(self, a: Appointment, agenda: AgendaActions, zone: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("note")
        self.setStyleSheet(BADGES)
        self.appointment = a
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 10, 0, 6)
        col.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(badge(self.tr("Appointment"), "appointment"))
        head.addWidget(plain_label(moment(a.starts_at, zone or a.time_zone), "muted", wrap=False))
        head.addWidget(plain_label(f"·  {words.purpose(a.purpose.value)}", "muted", wrap=False))
        if a.advisor:
            head.addWidget(plain_label(f"·  {a.advisor}", "muted", wrap=False))
        head.addStretch(1)
        self.edit_button = link_button(self.tr("Edit"), lambda: agenda.edit(a.id, focus="notes_after"))
        head.addWidget(self.edit_button)
        col.addLayout(head)
        self.body = plain_label(_clip(a.notes_after, PREVIEW * 4), "noteBody", selectable=True)
        col.addWidget(self.body)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
