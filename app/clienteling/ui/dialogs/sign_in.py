"""Sign in to the central profile API: server address, advisor login, password.

The sign-in runs on the network worker; a refusal (wrong password, offline, server down,
an address that is not secure, no keyring) is named in one sentence at the top and the
dialog stays open. The password goes to the server once: it is never kept or logged, and
the token the server gives back goes to the OS keyring through the SyncService.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...credentials import NO_KEYRING_FOR_TOKEN
from ...domain.errors import CredentialsError
from ..sync_controller import SyncController
from ..widgets.form_dialog import FormDialog
from ..widgets.text import alive, plain_label, set_invalid

URL_REASONS = frozenset({"insecure_url", "bad_url", "no_server", "offline", "down", "certificate", "ca_bundle"})


class SignInDialog(FormDialog):
    """`SignInDialog(controller, url, login)`; `accepted` once the token is in the keyring."""

    def __init__(self, controller: SyncController, url: str = "", login: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.signed = None  # SignedIn, after a successful sign-in
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to sync"))
        self.setMinimumWidth(460)
        self.url = QLineEdit(url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(self.tr("https://clienteling.example.com"))
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.url)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        hint = plain_label(self.tr("Your password goes to the server once and is never kept on this laptop."),
                           "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.watch(self.url, self.login, self.password)
        (self.password if url and login else self.login if url else self.url).setFocus()

    def save_button(self):
        return self.sign_in_button

    def field_widget(self, name: str | None) -> QWidget | None:
        return {"login": self.login, "password": self.password, "url": self.url}.get(name or "")

    def save(self) -> None:
        if not self.begin_save():
            return
        self.clear_problem()
        self.sign_in_button.setText(self.tr("Signing in…"))
        self.controller.sign_in(self.login.text(), self.password.text(), self.url.text(),
                                self._signed_in, self._refused)

    def _signed_in(self, signed) -> None:
        if not alive(self):
            return
        self.password.clear()
        self.signed = signed
        self.end_save()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.sign_in_button.setText(self.tr("Sign in"))
        self.save_failed(exc)
        # Disabling the clicked button passed the focus, and with it "default", to Cancel:
        # Enter after retyping the password must sign in, not close the dialog.
        self.sign_in_button.setDefault(True)
        if isinstance(exc, CredentialsError) and str(exc) == NO_KEYRING_FOR_TOKEN:
            self.error.setText(self.tr("This computer has no secure password store (keyring), so the sign-in "
                                       "cannot be kept; ask IT to set one up."))
        reason = getattr(exc, "reason", None)
        if reason == "wrong_password":
            self._mark(self.password)
        elif reason in URL_REASONS:
            self._mark(self.url)

    def _mark(self, widget: QLineEdit) -> None:
        set_invalid(widget, True)
        self._marked.append(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.selectAll()
