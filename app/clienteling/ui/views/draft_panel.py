"""The draft beside the Today list: the message written in the client's language, editable,
then copied or opened in the channel (mailto:, sms:, tel:, WhatsApp; WeChat, LINE, KakaoTalk
and post are copy-and-paste), and "Mark done" logs the channel used and the message sent.

The draft is rendered on the book thread (`render_draft(service.draft_context(prompt))`).
Edits are kept per prompt while the app runs, so moving to another prompt and back keeps
them. `opener(url)` opens a link (QDesktopServices by default; tests capture the URL).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ...domain.vocab import Channel, ConsentStatus
from ...outreach.prompt import Prompt
from .. import labels
from ..taskman import TaskManager, error_text
from ..widgets.text import SubmitTextEdit, alive, plain_label
from . import today_labels
from .today_actions import TodayActions
from .today_links import COPY_ONLY, NEEDS_EMAIL, channel_url


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


def load_draft(service: Callable, session, prompt: Prompt):
    """(Draft or None, Dossier, why there is no draft) for the prompt; runs on the book thread.
    A template that cannot be filled leaves the advisor an empty text to write, not a dead panel."""
    from ...outreach.drafts import render_draft

    dossier = session.clients.dossier(prompt.client_id)
    try:
        return render_draft(service(session).draft_context(prompt)), dossier, ""
    except ValidationError as exc:
        return None, dossier, str(exc)


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
        self._edits: dict[str, tuple[str, str, str]] = {}  # prompt key -> (channel, subject, body)
        self._ticket = 0

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
        self.address = plain_label("", "muted", selectable=True)
        self.subject = QLineEdit()
        self.subject.setObjectName("draftSubject")
        self.body = SubmitTextEdit(escape_cancels=True)
        self.body.setObjectName("draftBody")
        self.body.submitted.connect(self.mark_done)
        self.body.cancelled.connect(self.close_requested)
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
        layout.addWidget(self.body, 1)
        layout.addWidget(self.language)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._set_enabled(False)

    # -- loading -----------------------------------------------------------------------------
    def show_prompt(self, prompt: Prompt) -> None:
        """Render `prompt`'s draft (or bring back the advisor's edit of it) and focus the text."""
        self._remember()
        self.prompt = prompt
        self.dossier = None
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

    def _loaded(self, ticket: int, prompt: Prompt, result) -> None:
        if ticket != self._ticket or not alive(self):
            return
        draft, dossier, problem = result
        self.dossier = dossier
        edit = self._edits.get(prompt.key)
        self.channel.blockSignals(True)
        self.channel.clear()
        for channel in channels_for(prompt, dossier):
            self.channel.addItem(labels.channel(channel.value), channel.value)
        chosen = self.channel.findData(edit[0] if edit else (prompt.channel.value if prompt.channel else ""))
        self.channel.setCurrentIndex(max(chosen, 0))
        self.channel.blockSignals(False)
        self.subject.setText(edit[1] if edit else draft.subject if draft else "")
        self.body.setPlainText(edit[2] if edit else draft.body if draft else "")
        if draft is None:
            note = self.tr("No draft could be written (%1). Write the message yourself.").replace("%1", problem)
        elif draft.language != prompt.language:
            note = self.tr("No template in %1: written in %2").replace(
                "%1", labels.language(prompt.language)).replace("%2", labels.language(draft.language))
        else:
            note = self.tr("Written in %1").replace("%1", labels.language(draft.language))
        self.language.setText(note)
        self._set_enabled(True)
        self._channel_changed()
        self.body.setFocus()
        self.loaded.emit(prompt.key)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self.language.setText("")
            self.say(error_text(exc))

    def _set_enabled(self, on: bool) -> None:
        for w in (self.channel, self.subject, self.body, self.copy_button, self.open_button, self.done_button):
            w.setEnabled(on)

    def _remember(self) -> None:
        if self.prompt is not None and self.dossier is not None:
            self._edits[self.prompt.key] = (self.channel.currentData() or "", self.subject.text(),
                                            self.body.toPlainText())

    def forget(self, key: str) -> None:
        """The prompt was answered: its edit is no longer needed."""
        self._edits.pop(key, None)

    def edit_for(self, prompt: Prompt) -> tuple[Channel | None, str]:
        """The channel and message the advisor prepared for `prompt` (in the panel or earlier)."""
        if self.prompt is not None and prompt.key == self.prompt.key and self.dossier is not None:
            return self.current_channel(), self.message()
        if prompt.key in self._edits:
            channel, subject, body = self._edits[prompt.key]
            return Channel(channel) if channel else prompt.channel, self._join(channel, subject, body)
        return prompt.channel, ""

    # -- what the advisor does -----------------------------------------------------------------
    def current_channel(self) -> Channel | None:
        code = self.channel.currentData()
        return Channel(code) if code else None

    @staticmethod
    def _join(channel: str, subject: str, body: str) -> str:
        return f"{subject}\n\n{body}" if channel == Channel.EMAIL.value and subject.strip() else body

    def message(self) -> str:
        """What was sent: the mail's subject and body, or the text."""
        return self._join(self.channel.currentData() or "", self.subject.text(), self.body.toPlainText())

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
        self._set_enabled(False)
