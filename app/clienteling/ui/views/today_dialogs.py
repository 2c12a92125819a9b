"""Snooze a prompt to a day, or dismiss it with a reason. Each dialog closes only after the
book holds the decision; a refusal is one red sentence in the dialog."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ...outreach.prompt import Prompt
from ..widgets.form_dialog import FormDialog
from ..widgets.text import plain_label
from . import today_labels
from .today_actions import TodayActions


class DecisionDialog(FormDialog):
    def __init__(self, actions: TodayActions, prompt: Prompt, parent: QWidget | None = None):
        super().__init__(parent)
        self.actions = actions
        self.prompt = prompt
        self.setMinimumWidth(440)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(plain_label(prompt.client_name, "strong"))
        self.layout_.addWidget(plain_label(today_labels.why(prompt), "muted"))
        self.layout_.addWidget(self.error)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _decided(self, prompt, _held) -> None:
        if prompt.key == self.prompt.key:
            self.actions.decided.disconnect(self._decided)
            self.accept()

    def submit(self, start) -> None:
        """`start(on_failure)` hands the decision to the actions; the dialog waits for the book."""
        if not self.begin_save():
            return
        self.actions.decided.connect(self._decided)

        def failed(exc):
            self.actions.decided.disconnect(self._decided)
            self.save_failed(exc)

        if not start(failed):
            self.actions.decided.disconnect(self._decided)
            self.end_save()


class SnoozeDialog(DecisionDialog):
    """Hide the prompt until a day: tomorrow by default, next week one click away."""

    def __init__(self, actions: TodayActions, prompt: Prompt, today: date, parent: QWidget | None = None):
        super().__init__(actions, prompt, parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.today = today
        tomorrow = today + timedelta(days=1)
        self.date = QDateEdit(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.date.setDisplayFormat("ddd d MMM yyyy")
        quick = QHBoxLayout()
        self.tomorrow_button = QPushButton(self.tr("Tomorrow"))
        self.next_week_button = QPushButton(self.tr("Next week"))
        self.tomorrow_button.clicked.connect(lambda: self.set_day(today + timedelta(days=1)))
        self.next_week_button.clicked.connect(lambda: self.set_day(today + timedelta(days=7)))
        for button in (self.tomorrow_button, self.next_week_button):
            button.setAutoDefault(False)
            quick.addWidget(button)
        quick.addStretch(1)
        self.form.addRow(self.tr("Show it again on"), self.date)
        self.form.addRow("", quick)
        self.save_button().setText(self.tr("Snooze"))
        self.save_button().setDefault(True)
        self.finish()
        self.date.setFocus()

    def set_day(self, day: date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def field_widget(self, name):
        return self.date if name in ("until", "date") else None

    def save(self) -> None:
        self.clear_problem()
        until = self.day()
        if until <= self.today:
            self.show_problem(ValidationError(self.tr("Choose a day after today."), "until"))
            return
        self.submit(lambda failed: self.actions.snooze(self.prompt, until, on_failure=failed))


class DismissDialog(DecisionDialog):
    """Dismiss the prompt; the reason is kept with the decision and syncs with it."""

    def __init__(self, actions: TodayActions, prompt: Prompt, parent: QWidget | None = None):
        super().__init__(actions, prompt, parent)
        self.setWindowTitle(self.tr("Dismiss"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text in (self.tr("Not relevant any more"), self.tr("Already in touch with the client"),
                     self.tr("The client would not welcome it"), self.tr("Handled by a colleague")):
            self.reason.addItem(text)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why? (kept with the decision)"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.save_button().setText(self.tr("Dismiss"))
        self.save_button().setDefault(True)
        self.watch(self.reason.lineEdit())
        self.finish()
        self.reason.setFocus()

    def field_widget(self, name):
        return self.reason.lineEdit() if name == "reason" else None

    def text(self) -> str:
        return self.reason.currentText().strip()

    def save(self) -> None:
        self.clear_problem()
        reason = self.text()
        if not reason:
            self.show_problem(ValidationError(self.tr("Say in a few words why you dismiss this prompt."), "reason"))
            return
        self.submit(lambda failed: self.actions.dismiss(self.prompt, reason, on_failure=failed))
