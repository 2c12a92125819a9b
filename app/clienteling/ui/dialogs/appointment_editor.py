"""Book or change an appointment in a few keystrokes.

Type a few letters of the client's name (any script, or phone digits) and pick with ↓ Enter;
the day, time and length default to the slot chosen in the agenda. Ctrl+Enter saves. While
the time or advisor changes, a line warns when the advisor is already busy then; the booking
is still allowed (the agenda flags it). Times are the boutique's: the book converts them.
A refused value is named in the red line, its field outlined, and nothing is saved.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (QCompleter, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from ...domain.agenda import MAX_DURATION, MIN_DURATION
from ...domain.vocab import AppointmentPurpose, AppointmentStatus, Place
from ...services.agenda import AgendaEntry, AppointmentForm, agenda
from ..taskman import TaskManager
from ..views import agenda_labels as words
from ..widgets.confirm import confirm
from ..widgets.form_dialog import FormDialog
from ..widgets.text import alive, plain_label
from .record_editors import code_combo, select

SEARCH_DELAY_MS = 120
CLASH_DELAY_MS = 250
RESULTS = 8


class ClientPicker(QWidget):
    """A search line that finds clients as the advisor types and offers them in a drop-down."""

    chosen = Signal(str)  # client id
    results_shown = Signal(int)

    def __init__(self, tm: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self.client_id = ""
        self.name = ""
        self._ticket = 0
        self._choices: dict[str, str] = {}  # what the list shows -> client id
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name (张伟, Zhang, Dupont), a phone or an email…"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(RESULTS)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._activated)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)

    def stop(self) -> None:
        self._timer.stop()
        self.completer.popup().hide()

    def hideEvent(self, event) -> None:
        self._timer.stop()  # a search typed just before the dialog closed is not run
        super().hideEvent(event)

    def set_client(self, client_id: str, name: str) -> None:
        self.client_id, self.name = client_id, name
        self.edit.setText(name)

    def _typed(self, _text: str) -> None:
        self.client_id = ""  # what was chosen no longer matches the text
        self._timer.start()

    def _search(self) -> None:
        query = self.edit.text().strip()
        self._ticket += 1
        ticket = self._ticket
        if not query:
            self.model.setStringList([])
            return
        self.tm.run(lambda s: s.clients.search(query, RESULTS), lambda rows: self._show(ticket, rows),
                    lambda _exc: None)

    def _show(self, ticket: int, rows) -> None:
        if ticket != self._ticket or not alive(self):
            return
        self._choices = {}
        for row in rows:
            shown = " · ".join(p for p in (row.name, row.city, row.phone) if p)
            while shown in self._choices:  # two clients that read the same stay two choices
                shown += " "
            self._choices[shown] = row.id
        self.model.setStringList(list(self._choices))
        if self._choices and self.edit.hasFocus():
            self.completer.complete()
        self.results_shown.emit(len(self._choices))

    def _activated(self, text: str) -> None:
        client_id = self._choices.get(text)
        if client_id:
            self.client_id, self.name = client_id, text.split(" · ")[0]
            self.edit.setText(self.name)
            self.chosen.emit(client_id)

    def choose(self, index: int = 0) -> None:
        """Take the `index`-th result, as ↓ Enter does."""
        texts = self.model.stringList()
        if 0 <= index < len(texts):
            self.completer.popup().hide()
            self._activated(texts[index])


class AppointmentEditor(FormDialog):
    """`AppointmentEditor(tm, appointment_id=None, client_id=..., day=..., start=...)`; `saved_id` after Save."""

    loaded = Signal()  # the form is filled in (the existing appointment, the advisors)
    clash_checked = Signal(int)  # how many of the advisor's appointments the time overlaps

    def __init__(self, tm: TaskManager, appointment_id: str | None = None, *, client_id: str = "",
                 client_name: str = "", day: date | None = None, start: time | None = None,
                 focus: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self.appointment_id = appointment_id
        self.saved_id: str | None = None
        self.fixed_client = bool(client_id) and appointment_id is None
        self._focus = focus
        self._clash_ticket = 0
        self._initial: AppointmentForm | None = None  # the form as loaded, to tell whether anything was typed
        self.setWindowTitle(self.tr("Book an appointment") if appointment_id is None else self.tr("Appointment"))
        self.setMinimumWidth(560)
        self._build()
        if client_id:
            self.client.set_client(client_id, client_name)
        self._slot = (day, start)
        self.setEnabled(False)
        tm.run(lambda s: _load(s, appointment_id), self._loaded, self._load_failed, parent=self)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(self.error)
        form = QFormLayout()
        self.client = ClientPicker(self.tm)
        self.client_label = plain_label("", "strong")
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.client)
        line.addWidget(self.client_label)
        self.client_label.hide()
        form.addRow(self.tr("Client"), holder)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 2)
        row.addWidget(self.start, 1)
        row.addWidget(self.duration, 1)
        form.addRow(self.tr("When"), when)
        self.purpose = code_combo(AppointmentPurpose, words.purpose)
        form.addRow(self.tr("Purpose"), self.purpose)
        self.place = code_combo(Place, words.place)
        self.place_detail = QLineEdit()
        self.place_detail.setPlaceholderText(self.tr("Hotel, address or video link"))
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place, 1)
        row.addWidget(self.place_detail, 2)
        form.addRow(self.tr("Place"), where)
        self.advisor = QLineEdit()
        self.advisor.setPlaceholderText(self.tr("The client's advisor"))
        self.advisors = QStringListModel(self)
        advisor_completer = QCompleter(self.advisors, self)
        advisor_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.advisor.setCompleter(advisor_completer)
        form.addRow(self.tr("Advisor"), self.advisor)
        self.status = code_combo(AppointmentStatus, words.status)
        form.addRow(self.tr("Status"), self.status)
        self.clash = plain_label("", "error")
        self.clash.hide()
        form.addRow("", self.clash)
        self.notes_before = _notes(self.tr("What to prepare, pieces to pull…"))
        form.addRow(self.tr("Before"), self.notes_before)
        self.notes_after = _notes(self.tr("What happened, what they liked, what to follow up…"))
        form.addRow(self.tr("After"), self.notes_after)
        outer.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.fields_by_name = {"client_id": self.client.edit, "starts_at": self.start, "duration_min": self.duration,
                        "purpose": self.purpose, "place": self.place, "place_detail": self.place_detail,
                        "advisor": self.advisor, "status": self.status, "notes_before": self.notes_before,
                        "notes_after": self.notes_after, "time_zone": self.start}
        self.watch(*self.fields_by_name.values())
        self._clash_timer = QTimer(self, singleShot=True, interval=CLASH_DELAY_MS)
        self._clash_timer.timeout.connect(self._check_clash)
        for signal in (self.day.dateChanged, self.start.timeChanged, self.duration.valueChanged,
                       self.advisor.textChanged):
            signal.connect(lambda *_: self.isVisible() and self._clash_timer.start())

    def hideEvent(self, event) -> None:
        """A closed editor asks the book nothing more (its pending searches and checks are dropped)."""
        self._clash_timer.stop()
        self.client.stop()
        super().hideEvent(event)

    # -- loading ----------------------------------------------------------------------------------
    def _loaded(self, loaded: tuple[dict, AppointmentForm | None, str]) -> None:
        if not alive(self):
            return
        setup, current, name = loaded
        self.setEnabled(True)
        self.advisors.setStringList(setup["advisors"])
        if current is None:
            day, start = self._slot
            self.day.setDate(_qdate(day or setup["day"]))
            start = start or setup["start"]
            self.start.setTime(QTime(start.hour, start.minute))
            self.duration.setValue(setup["default_duration"])
            self.advisor.setText(setup["advisor"])
        else:
            self.set_form(current, name)
        if self.fixed_client:
            self.client.hide()
            self.client_label.setText(self.client.name)
            self.client_label.show()
        self._initial = self.form()
        target = {"notes_after": self.notes_after, "notes_before": self.notes_before}.get(self._focus)
        (target or (self.day if self.fixed_client or current else self.client)).setFocus()
        self._check_clash()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        if alive(self):
            self.setEnabled(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.show_problem(exc)

    def set_form(self, f: AppointmentForm, client_name: str = "") -> None:
        self.client.set_client(f.client_id, client_name)
        if f.day:
            self.day.setDate(_qdate(f.day))
        if f.start:
            self.start.setTime(QTime(f.start.hour, f.start.minute))
        self.duration.setValue(f.duration_min)
        select(self.purpose, f.purpose)
        select(self.place, f.place)
        self.place_detail.setText(f.place_detail)
        self.advisor.setText(f.advisor)
        select(self.status, f.status)
        self.notes_before.setPlainText(f.notes_before)
        self.notes_after.setPlainText(f.notes_after)

    def form(self) -> AppointmentForm:
        d, t = self.day.date(), self.start.time()
        return AppointmentForm(
            client_id=self.client.client_id, day=date(d.year(), d.month(), d.day()), start=time(t.hour(), t.minute()),
            duration_min=self.duration.value(), purpose=self.purpose.currentData(), place=self.place.currentData(),
            place_detail=self.place_detail.text(), advisor=self.advisor.text(), status=self.status.currentData(),
            notes_before=self.notes_before.toPlainText(), notes_after=self.notes_after.toPlainText())

    # -- the advisor's other appointments -------------------------------------------------------
    def _check_clash(self) -> None:
        f = self.form()
        self._clash_ticket += 1
        ticket, exclude = self._clash_ticket, self.appointment_id
        if not f.advisor.strip():
            self._show_clash(ticket, [])
            return
        self.tm.run(lambda s: agenda(s).clashes(f.day, f.start, f.duration_min, f.advisor, exclude),
                    lambda found: self._show_clash(ticket, found), lambda _exc: None)

    def _show_clash(self, ticket: int, found: list[AgendaEntry]) -> None:
        if ticket != self._clash_ticket or not alive(self):
            return
        if found:
            e = found[0]
            text = self.tr("%1 already has %2 with %3 at that time.").replace("%1", e.appointment.advisor) \
                .replace("%2", words.purpose(e.appointment.purpose.value).lower()) \
                .replace("%3", e.client_name)
            if len(found) > 1:
                text += " " + self.tr("(and %1 more)").replace("%1", str(len(found) - 1))
            self.clash.setText("⚠ " + text)
        self.clash.setVisible(bool(found))
        self.clash_checked.emit(len(found))

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving or not self.isEnabled():
            return
        self.clear_problem()
        f, appointment_id = self.form(), self.appointment_id
        if not self.begin_save():
            return
        self.tm.run(lambda s: agenda(s).save(f, appointment_id), self._saved, self.save_failed, parent=self)

    def _saved(self, result) -> None:
        self.end_save()
        self.saved_id = result[0].id
        self._initial = self.form()
        self.accept()

    def is_dirty(self) -> bool:
        return self._initial is not None and self.form() != self._initial

    def reject(self) -> None:
        """Esc / Cancel: ask before throwing away what was typed (notes especially); never while saving."""
        if self.saving:
            return
        question = self.tr("Discard your changes to this appointment?")
        if self.is_dirty() and not confirm(self, self.windowTitle(), question, self.tr("Discard")):
            return
        super().reject()


def _load(session, appointment_id: str | None):
    svc = agenda(session)
    if appointment_id is None:
        return svc.editor_setup(), None, ""
    f, name = svc.form(appointment_id)
    return svc.editor_setup(), f, name


def _notes(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(76)
    return edit


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
