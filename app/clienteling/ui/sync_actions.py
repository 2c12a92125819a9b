"""Sync in the main window: the toolbar's Sync (Ctrl+S) and the status bar, whose connection
indicator holds sign in, sign out and the conflicts list.

Sync asks for a sign-in first when there is none; while it runs the button reads "Cancel
sync" and the status bar shows what was sent and received. It ends with the run's summary,
or one sentence saying why it stopped, and nothing else changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ..credentials import SecretStore
from . import sync_text
from .sync_controller import SyncController
from .taskman import TaskManager, error_text
from .widgets.sync_status import SyncActivityWidget, SyncStatusWidget
from .widgets.text import alive

SUMMARY_MS = 30_000
SIGN_IN_REASONS = frozenset({"signed_out", "expired"})


class SyncActions(QObject):
    """Installs Sync into `window` (its toolbar and status bar); `controller` does the work."""

    def __init__(self, window: QMainWindow, toolbar: QToolBar, tm: TaskManager, secrets: SecretStore, **options):
        super().__init__(window)
        self.window = window
        self.controller = c = SyncController(tm, secrets, self, **options)
        self.sign_in_dialog = None
        self.conflicts_dialog = None
        self.sync_action = QAction(self.tr("Sync"), window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence.StandardKey.Save)
        self.sync_action.setToolTip(self.tr("Send your changes and receive the boutique's (Ctrl+S)"))
        self.sync_action.triggered.connect(self.sync_or_cancel)
        self.sign_in_action = QAction(self.tr("Sign in…"), window)
        self.sign_in_action.triggered.connect(lambda: self.ask_sign_in(then_sync=False))
        self.sign_out_action = QAction(self.tr("Sign out"), window)
        self.sign_out_action.setToolTip(self.tr("Remove this computer's sign-in from the password store"))
        self.sign_out_action.setEnabled(False)
        self.sign_out_action.triggered.connect(c.sign_out)
        self.conflicts_action = QAction(self.tr("Conflicts and refused changes…"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        menu = QMenu(window)
        menu.addActions([self.sign_in_action, self.sign_out_action])
        menu.addSeparator()
        menu.addAction(self.conflicts_action)
        toolbar.addAction(self.sync_action)
        window.addAction(self.sync_action)

        self.activity = SyncActivityWidget(window)
        self.status = SyncStatusWidget(window)
        self.status.set_menu(menu)  # the connection indicator opens sign in / sign out
        window.statusBar().addWidget(self.activity)
        window.statusBar().addPermanentWidget(self.status)
        self.status.conflicts_requested.connect(self.open_conflicts)
        c.status_changed.connect(self._status_changed)
        c.started.connect(self._started)
        c.progressed.connect(self.activity.update_progress)
        c.finished.connect(self._finished)
        c.failed.connect(self._failed)
        c.signed_out.connect(lambda: self._say(self.tr("Signed out: the sign-in is removed from this computer.")))

    def book_opened(self) -> None:
        self.controller.book_opened()

    def shutdown(self) -> None:
        self.controller.shutdown()

    # -- the Sync button ------------------------------------------------------------------------
    def sync_or_cancel(self) -> None:
        c = self.controller
        if c.syncing:
            c.cancel()
            self.activity.cancelling()
            self.sync_action.setText(self.tr("Stopping…"))
            self.sync_action.setEnabled(False)
        elif c.status is not None and not c.status.signed_in:
            self.ask_sign_in(then_sync=True)
        else:
            c.start_sync()

    def _started(self) -> None:
        self.sync_action.setText(self.tr("Cancel sync"))
        self.sync_action.setToolTip(self.tr("Stop after the current step; the next sync carries on"))
        self.sync_action.setShortcut(QKeySequence())  # a second Ctrl+S must not cancel by accident
        self.window.statusBar().clearMessage()
        self.activity.begin()

    def _idle(self) -> None:
        self.sync_action.setText(self.tr("Sync"))
        self.sync_action.setToolTip(self.tr("Send your changes and receive the boutique's (Ctrl+S)"))
        self.sync_action.setShortcut(QKeySequence.StandardKey.Save)
        self.sync_action.setEnabled(True)

    def _finished(self, report) -> None:
        self._idle()
        self._say(sync_text.summary(report))

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        reason = getattr(exc, "reason", None)
        if reason == "signed_out":  # not a failure: Sync asks for the sign-in it needs
            self.activity.hide()
            self.ask_sign_in(then_sync=True)
            return
        self.window.statusBar().clearMessage()  # a passing message would be drawn over the sentence
        self.activity.finish(error_text(exc), problem=True)
        if reason in SIGN_IN_REASONS:
            self.ask_sign_in(then_sync=True, problem=exc)

    def _say(self, text: str) -> None:
        self.window.statusBar().clearMessage()
        self.activity.finish(text, timeout_ms=SUMMARY_MS)

    def _status_changed(self, status) -> None:
        self.status.show_status(status)
        self.sign_out_action.setEnabled(status.signed_in)

    # -- dialogs --------------------------------------------------------------------------------
    def ask_sign_in(self, *, then_sync: bool, problem: BaseException | None = None) -> None:
        from .dialogs.sign_in import SignInDialog

        if self.sign_in_dialog is not None and alive(self.sign_in_dialog) and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            return
        status = self.controller.status
        url = status.server_url if status is not None else self.window.boutique.api_base_url
        dialog = SignInDialog(self.controller, url, (status.advisor or "") if status is not None else "",
                              self.window)
        if problem is not None:
            dialog.show_problem(problem)
        if then_sync:
            dialog.accepted.connect(self.controller.start_sync)
        else:
            dialog.accepted.connect(lambda: self._say(self.tr("Signed in as %1.").replace(
                "%1", dialog.signed.advisor if dialog.signed else "")))
        self.sign_in_dialog = dialog
        dialog.open()

    def open_conflicts(self) -> None:
        from .views.conflicts import ConflictsDialog

        if self.conflicts_dialog is not None and alive(self.conflicts_dialog) and self.conflicts_dialog.isVisible():
            self.conflicts_dialog.reload()
            self.conflicts_dialog.raise_()
            return
        self.conflicts_dialog = ConflictsDialog(self.controller, self.window)
        self.conflicts_dialog.show()  # not modal: the advisor may look at the dossier meanwhile
