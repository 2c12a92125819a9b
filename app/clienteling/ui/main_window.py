"""The main window: the book (search + list) and a client's dossier, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from ..config import BoutiqueConfig
from ..credentials import KeyringStore, SecretStore
from ..services import HealthReport
from .about import about_box, apply_branding
from .sections import CLIENTS, Section, section_title, sections
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
        self._opened = False
        self.section_pages: dict[str, QWidget] = {CLIENTS: self.list_view}
        self.setCentralWidget(self.pages)
        self._build_actions()
        self._build_sections(sections())
        self._back_to = CLIENTS  # where the dossier's "back" returns: the page it was opened from
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.notice)
        self.sync = SyncActions(self, self.toolbar, tm, secrets or KeyringStore(), **(sync_options or {}))
        self.list_view.open_requested.connect(self.open_client)
        self.list_view.ready.connect(self.book_ready)
        tm.busy.connect(self._busy)
        if self.home != CLIENTS:
            self.show_section(self.home)

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.toolbar = bar
        # Esc is handled by the dossier view itself, so an open note editor can claim it first.
        self.back_action = QAction(self.tr("← Clients"), self)
        self.back_action.triggered.connect(self.go_back)
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

    def _build_sections(self, places: list[Section]) -> None:
        self.section_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        first = self.toolbar.actions()[0] if self.toolbar.actions() else None
        for n, place in enumerate(places, start=1):
            action = QAction(place.title, self, checkable=True)
            action.setToolTip(place.tooltip)
            action.setObjectName(f"section_{place.key}")
            if n <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, key=place.key: self.show_section(key))
            group.addAction(action)
            self.addAction(action)
            self.section_actions[place.key] = action
        self._factories = {p.key: p.factory for p in places}
        self.home = places[0].key  # the page shown from the start: Today
        if len(places) > 1:
            for action in group.actions():
                self.toolbar.insertAction(first, action)
            self.toolbar.insertSeparator(first)
        self.section_actions[CLIENTS].setChecked(True)

    def section(self, key: str) -> QWidget:
        """The page of a section, built on first use."""
        page = self.section_pages.get(key)
        if page is None:
            page = self._factories[key](self)
            self.section_pages[key] = page
            self.pages.addWidget(page)
            if hasattr(page, "open_client_requested"):
                page.open_client_requested.connect(self.open_client)
            if self._opened and hasattr(page, "book_opened"):
                page.book_opened()
        return page

    def show_section(self, key: str) -> QWidget:
        if key == CLIENTS:
            self.show_list()
            return self.list_view
        page = self.section(key)
        self.pages.setCurrentWidget(page)
        self.section_actions[key].setChecked(True)
        self.back_action.setEnabled(False)
        page.setFocus()
        return page

    # -- start-up -----------------------------------------------------------------------------
    def book_opened(self, session_info: dict) -> None:
        """The book thread opened the book: load the list and tell the advisor what matters."""
        if session_info.get("notice"):
            self.notice.setText(session_info["notice"])
            self.notice.setToolTip(session_info["notice"])
        self._opened = True
        self.list_view.book_opened()
        self.sync.book_opened()
        if not hasattr(self, "reminders"):  # appointment reminders while the app runs
            from .reminders import Reminders
            self.reminders = Reminders(self.tm, self.boutique, self).start()
        for key, page in self.section_pages.items():
            if key != CLIENTS and hasattr(page, "book_opened"):
                page.book_opened()
        if self.pages.currentWidget() is not self.list_view:
            self.pages.currentWidget().setFocus()

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
            self._dossier.back_requested.connect(self.go_back)
            self.pages.addWidget(self._dossier)
        return self._dossier

    def open_client(self, client_id: str) -> None:
        current = self.pages.currentWidget()
        if current is not self._dossier:
            self._back_to = next((k for k, p in self.section_pages.items() if p is current), CLIENTS)
        view = self.dossier_view()
        view.show_client(client_id)
        self.pages.setCurrentWidget(view)
        self.section_actions[CLIENTS].setChecked(True)
        place = section_title(self.section_pages.get(self._back_to))
        self.back_action.setText(self.tr("← %1").replace("%1", place))
        self.back_action.setEnabled(True)

    def go_back(self) -> None:
        """Leave the dossier for the page it was opened from (the list, or Today…)."""
        if self._back_to == CLIENTS:
            self.show_list()
        else:
            self.show_section(self._back_to)

    def show_list(self) -> None:
        if self.pages.currentWidget() is self.list_view:
            return
        self.pages.setCurrentWidget(self.list_view)
        self.section_actions[CLIENTS].setChecked(True)
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
