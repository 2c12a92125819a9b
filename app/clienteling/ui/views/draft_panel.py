"""The draft beside the Today list: the message written in the client's language, editable,
then copied or opened in the channel (mailto:, sms:, tel:, WhatsApp; WeChat, LINE, KakaoTalk
and post are copy-and-paste), and "Mark done" logs the channel used and the message sent.

The draft is rendered on the book thread (`render_draft(service.draft_context(prompt))`).
What the advisor types is kept in the book (services/drafts.py, on this laptop only): saved
through the book thread a second after they stop typing (`SAVE_DELAY_MS`), and at once when the
panel moves to another prompt, closes or is hidden, so a crash or a closed laptop loses at most
that second. Opening a prompt with a kept draft brings it back instead of the template, with
"Draft kept from …" and "Start again from the template"; the draft goes once the prompt is done
or dismissed (today_actions.py). `opener(url)` opens a link (QDesktopServices by default; tests
capture the URL).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from ...domain import PromptDraft
from ...domain.errors import ValidationError
from ...domain.vocab import Channel, ConsentStatus
from ...outreach.prompt import Draft, Prompt
from ...services.drafts import DraftService, message_of
from .. import labels
from ..taskman import TaskManager, error_text
from ..widgets.text import SubmitTextEdit, alive, plain_label
from . import today_labels
from .dossier_format import clock_time, in_zone, moment
from .dossier_parts import link_button
from .today_actions import TodayActions
from .today_links import COPY_ONLY, NEEDS_EMAIL, channel_url


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


SAVE_DELAY_MS = 1000  # the draft is kept this long after the advisor stops typing


class Loaded(NamedTuple):
    """What the panel shows for a prompt, read on the book thread."""

    draft: Draft | None  # the template's draft (None: it could not be written, see `problem`)
    dossier: object
    problem: str
    kept: PromptDraft | None  # what the advisor wrote before, if anything
    zone: str  # the boutique's time zone (when the draft was kept reads in it)


def load_draft(service: Callable, session, prompt: Prompt) -> Loaded:
    """The prompt's template draft, the client's dossier and the draft kept for it; runs on the book
    thread. A template that cannot be filled leaves the advisor an empty text to write, not a dead panel."""
    from ...outreach.drafts import render_draft

    dossier = session.clients.dossier(prompt.client_id)
    kept = DraftService(session.book).kept(prompt.key)
    try:
        draft, problem = render_draft(service(session).draft_context(prompt)), ""
    except ValidationError as exc:
        draft, problem = None, str(exc)
    return Loaded(draft, dossier, problem, kept, session.boutique.timezone)


def channels_for(prompt: Prompt, dossier) -> list[Channel]:
    """The prompt's channel first, then every other channel the client agreed to."""
    agreed = [c.channel for c in dossier.consents if c.status == ConsentStatus.GRANTED]
    found = list(dict.fromkeys([*([prompt.channel] if prompt.channel else []), *agreed]))
    return found or [c for c in Channel]


class DraftPanel(QFrame):
    close_requested = Signal()
    loaded = Signal(str)  # prompt key, once the draft is in the editor
    message_shown = Signal(str)  # what the status line says (copied, opened, no address…)

    def __init__(self, tm: TaskManager, actions: TodayActions, opener: Callable[[str], bool] = open_url,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("draftPanel")
        self.tm = tm
        self.actions = actions
        self.opener = opener
        self.prompt: Prompt | None = None
        self.dossier = None
        self._edits: dict[str, tuple[str, str, str]] = {}  # prompt key -> text the book may not have yet
        self._ticket = 0
        self._template: Draft | None = None  # the shown prompt's draft as the template writes it
        self._baseline: tuple[str, str, str] | None = None  # the shown text as the book has it (None: unknown)
        self._zone = ""
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        self.name = plain_label("", "strong")
        self.why = plain_label("", "muted")
        close = QToolButton()
        close.setText("×")
        close.setObjectName("more")
        close.setToolTip(self.tr("Close the draft (Esc)"))
        close.clicked.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(close)

        self.channel = QComboBox()
        self.channel.setObjectName("draftChannel")
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.channel.activated.connect(self._typed)
        self.address = plain_label("", "muted", selectable=True)
        self.subject = QLineEdit()
        self.subject.setObjectName("draftSubject")
        self.subject.textEdited.connect(self._typed)
        self.body = SubmitTextEdit(escape_cancels=True)
        self.body.setObjectName("draftBody")
        self.body.submitted.connect(self.mark_done)
        self.body.cancelled.connect(self.close_requested)
        self.body.textChanged.connect(self._typed)
        self.kept_note = plain_label("", "muted", wrap=False)
        self.kept_note.setObjectName("draftKept")
        self.restart_button = link_button(self.tr("Start again from the template"), self.start_again)
        self.restart_button.setToolTip(self.tr("Replace the text with the template's draft"))
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_note)
        kept_row.addWidget(self.restart_button)
        kept_row.addStretch(1)
        self.kept_row = QWidget()
        self.kept_row.setLayout(kept_row)
        kept_row.setContentsMargins(0, 0, 0, 0)
        self.kept_row.hide()
        self.language = plain_label("", "muted")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("To"), self.address)
        self.form.addRow(self.tr("Subject"), self.subject)

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.open_button = QPushButton(self.tr("Open in channel"))
        self.open_button.clicked.connect(self.open_in_channel)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("primary")
        self.done_button.setToolTip(self.tr("Log this outreach on the client's timeline (Ctrl+Enter)"))
        self.done_button.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        self.status = plain_label("", "status")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.why)
        layout.addLayout(self.form)
        layout.addWidget(self.kept_row)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.language)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._set_enabled(False)

    # -- loading -----------------------------------------------------------------------------
    def show_prompt(self, prompt: Prompt) -> None:
        """Render `prompt`'s draft (or bring back what the advisor wrote for it) and focus the text."""
        self._remember()
        self.prompt = prompt
        self.dossier = None
        self._template = self._baseline = None
        self.kept_row.hide()
        self.name.setText(prompt.client_name)
        self.why.setText(today_labels.why(prompt))
        self.status.clear()
        self.body.setPlainText("")
        self.subject.clear()
        self._set_enabled(False)
        self.language.setText(self.tr("Writing the draft…"))
        self._ticket += 1
        ticket = self._ticket
        service = self.actions.service
        self.tm.run(lambda s: load_draft(service, s, prompt), lambda result: self._loaded(ticket, prompt, result),
                    lambda exc: self._failed(ticket, exc), parent=self)

    def _loaded(self, ticket: int, prompt: Prompt, result: Loaded) -> None:
        if ticket != self._ticket or not alive(self):
            return
        draft, dossier, problem, kept, zone = result
        self.dossier = dossier
        self._template, self._zone = draft, zone
        kept_text = (kept.channel, kept.subject, kept.body) if kept is not None else None
        edit = self._edits.get(prompt.key)  # this run's text, should its last save have failed
        self.channel.blockSignals(True)
        self.channel.clear()
        for channel in channels_for(prompt, dossier):
            self.channel.addItem(labels.channel(channel.value), channel.value)
        self.channel.blockSignals(False)
        if edit is not None or kept_text is not None:
            self._fill(*(edit or kept_text))
            self._baseline = kept_text
        else:
            self._fill_template()
            self._baseline = self._current()
        self._show_kept(kept.saved_at if kept is not None else None)
        if draft is None:
            note = self.tr("No draft could be written (%1). Write the message yourself.").replace("%1", problem)
        elif draft.language != prompt.language:
            note = self.tr("No template in %1: written in %2").replace(
                "%1", labels.language(prompt.language)).replace("%2", labels.language(draft.language))
        else:
            note = self.tr("Written in %1").replace("%1", labels.language(draft.language))
        self.language.setText(note)
        self._set_enabled(True)
        self.body.setFocus()
        self.loaded.emit(prompt.key)

    def _fill(self, channel: str, subject: str, body: str) -> None:
        """Put a text in the editors (the channel if the client still agrees to it, else the prompt's)."""
        chosen = self.channel.findData(channel)
        if chosen < 0 and self.prompt is not None and self.prompt.channel:
            chosen = self.channel.findData(self.prompt.channel.value)
        self.channel.blockSignals(True)
        self.channel.setCurrentIndex(max(chosen, 0))
        self.channel.blockSignals(False)
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self._save_timer.stop()  # the text just shown is not something the advisor typed
        self._channel_changed()

    def _fill_template(self) -> None:
        draft, prompt = self._template, self.prompt
        self._fill(prompt.channel.value if prompt is not None and prompt.channel else "",
                   draft.subject if draft else "", draft.body if draft else "")

    def _current(self) -> tuple[str, str, str]:
        return self.channel.currentData() or "", self.subject.text(), self.body.toPlainText()

    def _show_kept(self, saved_at) -> None:
        """"Draft kept from 14:32" (another day: "12 Nov 2026, 14:32", in the boutique's zone)."""
        if saved_at is None:
            self.kept_row.hide()
            return
        today = in_zone(self.actions.clock(), self._zone).date()
        when = clock_time(saved_at, self._zone) if in_zone(saved_at, self._zone).date() == today \
            else moment(saved_at, self._zone)
        self.kept_note.setText(self.tr("Draft kept from %1").replace("%1", when))
        self.kept_row.show()

    # -- keeping the draft ---------------------------------------------------------------------
    def _typed(self, *_args) -> None:
        if self.prompt is not None and self.dossier is not None:
            self._save_timer.start()

    def save_now(self) -> None:
        """Keep the shown prompt's text in the book if it differs from what the book (or the template)
        has; through the book thread, like every write."""
        self._save_timer.stop()
        prompt = self.prompt
        if prompt is None or self.dossier is None:
            return
        text = self._current()
        if text == self._baseline:
            return
        self._baseline = text
        channel, subject, body = text
        now = self.actions.clock()
        self.tm.run(lambda s: DraftService(s.book).save(prompt.key, prompt.client_id, channel, subject, body, now),
                    lambda kept: self._kept(prompt.key, kept), lambda exc: self._not_kept(prompt.key, exc),
                    parent=self)

    def _kept(self, key: str, kept: PromptDraft | None) -> None:
        if not alive(self):
            return
        if kept is None or self._edits.get(key) == (kept.channel, kept.subject, kept.body):
            self._edits.pop(key, None)  # the book has it (or, the prompt answered, needs it no more)
        if kept is not None and self.prompt is not None and self.prompt.key == key:
            self._show_kept(kept.saved_at)

    def _not_kept(self, key: str, exc: BaseException) -> None:
        if not alive(self):
            return
        if self.prompt is not None and self.prompt.key == key:
            self._baseline = None  # unknown now: the next change tries again
        self.say(self.tr("The draft could not be kept: %1").replace("%1", error_text(exc)))

    def start_again(self) -> None:
        """Replace the text with the template's draft and forget the one kept."""
        prompt = self.prompt
        if prompt is None or self.dossier is None:
            return
        self._edits.pop(prompt.key, None)
        self._fill_template()
        self._baseline = self._current()
        self._show_kept(None)
        self.tm.run(lambda s: DraftService(s.book).discard(prompt.key), None,
                    lambda exc: self.say(error_text(exc)), parent=self)
        self.body.setFocus()

    def hideEvent(self, event) -> None:
        self._remember()  # the panel closes, the section changes or the window goes: keep what was typed
        super().hideEvent(event)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self.language.setText("")
            self.say(error_text(exc))

    def _set_enabled(self, on: bool) -> None:
        for w in (self.channel, self.subject, self.body, self.copy_button, self.open_button, self.done_button):
            w.setEnabled(on)

    def _remember(self) -> None:
        """Keep the shown prompt's text in the book, and in memory until the book has it."""
        if self.prompt is not None and self.dossier is not None:
            text = self._current()
            if text != self._baseline:
                self._edits[self.prompt.key] = text
            self.save_now()

    def forget(self, key: str) -> None:
        """A decision on the prompt was saved: its edit is no longer held here. The text shown is
        kept one last time: the book keeps it for a snoozed prompt and drops it for one done or
        dismissed (services/drafts.py)."""
        self._edits.pop(key, None)
        if self.prompt is not None and self.prompt.key == key:
            self.save_now()

    def edit_for(self, prompt: Prompt) -> tuple[Channel | None, str | None]:
        """The channel and message the advisor prepared for `prompt` in the panel this run; with none,
        the prompt's channel and None (the draft kept in the book, if any, is then logged:
        today_actions.py)."""
        if self.prompt is not None and prompt.key == self.prompt.key and self.dossier is not None:
            return self.current_channel(), self.message()
        if prompt.key in self._edits:
            channel, subject, body = self._edits[prompt.key]
            return Channel(channel) if channel else prompt.channel, message_of(channel, subject, body)
        return prompt.channel, None

    # -- what the advisor does -----------------------------------------------------------------
    def current_channel(self) -> Channel | None:
        code = self.channel.currentData()
        return Channel(code) if code else None

    def message(self) -> str:
        """What was sent: the mail's subject and body, or the text."""
        return message_of(*self._current())

    def _contact(self, kind: str) -> str:
        if self.dossier is None:
            return ""
        found = [c for c in self.dossier.contacts if c.kind == kind]
        primary = [c for c in found if c.is_primary]
        return (primary or found)[0].value if found else ""

    def _channel_changed(self, *_args) -> None:
        channel = self.current_channel()
        if channel is None:
            return
        is_mail = channel in NEEDS_EMAIL
        self.form.setRowVisible(self.subject, is_mail)
        name = labels.channel(channel.value)
        if channel in COPY_ONLY:
            self.address.setText(self.tr("Paste the text in %1").replace("%1", name))
            self.open_button.setText(self.tr("Copy for %1").replace("%1", name))
            return
        address = self._contact("email" if is_mail else "phone")
        self.address.setText(address or self.tr("No address on file"))
        self.open_button.setText(self.tr("Call") if channel == Channel.PHONE else
                                 self.tr("Open in %1").replace("%1", name))

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.message_shown.emit(text)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self.say(self.tr("Copied."))

    def open_in_channel(self) -> None:
        channel = self.current_channel()
        if channel is None or self.prompt is None:
            return
        name = labels.channel(channel.value)
        if channel in COPY_ONLY:
            QGuiApplication.clipboard().setText(self.body.toPlainText())
            self.say(self.tr("Copied — paste it in %1").replace("%1", name))
            return
        url = channel_url(channel, email=self._contact("email"), phone=self._contact("phone"),
                          subject=self.subject.text(), body=self.body.toPlainText())
        if url is None:
            self.say(self.tr("There is no address for %1 on file: copy the text instead.").replace("%1", name))
            return
        if self.opener(url):
            self.say(self.tr("Opened in %1. Mark it done once sent.").replace("%1", name))
        else:
            self.say(self.tr("No app on this computer opens %1 links: copy the text instead.").replace("%1", name))

    def mark_done(self) -> None:
        if self.prompt is None or self.dossier is None:
            return
        channel = self.current_channel()
        if channel is None:
            self.say(self.tr("Choose the channel you used."))
            return
        prompt = self.prompt
        if self.actions.mark_done(prompt, channel, self.message(), on_failure=lambda exc: self.say(error_text(exc))):
            self.done_button.setEnabled(False)

    def clear(self) -> None:
        """No prompt: the panel is hidden by its owner."""
        self._remember()
        self.prompt = None
        self.dossier = None
        self._ticket += 1
        self._save_timer.stop()
        self._set_enabled(False)
