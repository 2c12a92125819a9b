"""The main window: the book (search + list) and a client's dossier, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from ..config import BoutiqueConfig
from ..credentials import KeyringStore, SecretStore
from ..services import HealthReport
from .about import about_box, apply_branding
from .sync_actions import SyncActions
from .taskman import TaskManager, error_text
from .views.client_list import ClientListView


class MainWindow(QMainWindow):
    book_ready = Signal()

    def __init__(self, tm: TaskManager, boutique: BoutiqueConfig, parent: QWidget | None = None, *,
                 secrets: SecretStore | None = None, sync_options: dict | None = None):
        super().__init__(parent)
        self.tm = tm
        self.boutique = boutique
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Clienteling — %1").replace("%1", boutique.display_name))
        apply_branding(self, boutique)
        self.resize(1280, 820)
        self.pages = QStackedWidget(self)
        self.list_view = ClientListView(tm, self)
        self.pages.addWidget(self.list_view)
        self._dossier = None
        self.setCentralWidget(self.pages)
        self._build_actions()
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.notice)
        self.sync = SyncActions(self, self.toolbar, tm, secrets or KeyringStore(), **(sync_options or {}))
        self.list_view.open_requested.connect(self.open_client)
        self.list_view.ready.connect(self.book_ready)
        tm.busy.connect(self._busy)

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.toolbar = bar
        # Esc is handled by the dossier view itself, so an open note editor can claim it first.
        self.back_action = QAction(self.tr("← Clients"), self)
        self.back_action.triggered.connect(self.show_list)
        self.back_action.setEnabled(False)
        self.new_action = QAction(self.tr("New client"), self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_client)
        self.find_action = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        for action in (self.back_action, self.new_action, self.find_action):
            bar.addAction(action)
            self.addAction(action)
        self.about_action = self.menuBar().addMenu(self.tr("&Help")).addAction(self.tr("About Clienteling…"))
        self.about_action.triggered.connect(lambda: about_box(self, self.boutique).open())

    # -- start-up -----------------------------------------------------------------------------
    def book_opened(self, session_info: dict) -> None:
        """The book thread opened the book: load the list and tell the advisor what matters."""
        if session_info.get("notice"):
            self.notice.setText(session_info["notice"])
            self.notice.setToolTip(session_info["notice"])
        self.list_view.book_opened()
        self.sync.book_opened()

    def book_failed(self, exc: BaseException) -> None:
        self.list_view.summary.setText(error_text(exc))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The book cannot be opened"), error_text(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def health_checked(self, report: HealthReport) -> None:
        if not report.ok:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The book is damaged"), self.tr(
                "The integrity check found damage in the book. Keep working only if you must, and restore "
                "the latest backup (see README, “Restore a backup”)."), QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(report.problems))
            box.open()
        elif report.backup is not None:
            self.statusBar().showMessage(self.tr("Backup saved."), 4000)

    # -- navigation ---------------------------------------------------------------------------
    def dossier_view(self):
        if self._dossier is None:
            from .views.dossier import DossierView

            self._dossier = DossierView(self.tm, self)
            self._dossier.back_requested.connect(self.show_list)
            self.pages.addWidget(self._dossier)
        return self._dossier

    def open_client(self, client_id: str) -> None:
        view = self.dossier_view()
        view.show_client(client_id)
        self.pages.setCurrentWidget(view)
        self.back_action.setEnabled(True)

    def show_list(self) -> None:
        if self.pages.currentWidget() is self.list_view:
            return
        self.pages.setCurrentWidget(self.list_view)
        self.back_action.setEnabled(False)
        self.list_view.table.setFocus()

    def focus_search(self) -> None:
        self.show_list()
        self.list_view.focus_search()

    def new_client(self) -> None:
        from .dialogs.client_editor import ClientEditorDialog

        dialog = ClientEditorDialog(self.tm, None, self)
        dialog.accepted.connect(lambda: dialog.saved_client_id and self.open_client(dialog.saved_client_id))
        dialog.open()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
