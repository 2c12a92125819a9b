"""The book: a search box that finds clients as the advisor types, over the client list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services import Changes
from ..models.client_list import ClientListModel
from ..widgets.row_table import row_table
from ..taskman import TaskManager

SEARCH_DELAY_MS = 90
SEARCH_PAGE = 200  # what ClientService.search returns at most


class ClientListView(QWidget):
    open_requested = Signal(str)  # client id
    ready = Signal()  # the book is loaded and searchable

    def __init__(self, tm: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self._all_rows: list | None = None
        self._query_seq = 0
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search clients: name, 张伟, phone, email, tag, words in notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(False)
        self.model = ClientListModel(self)
        self.table = row_table(self.model, "clientTable", self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((340, 110, 150, 150)):
            header.resizeSection(col, width)
        self.summary = QLabel(self.tr("Opening the book…"), self)
        self.summary.setObjectName("summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.installEventFilter(self)
        self.table.activated.connect(self._activated)
        tm.changed.connect(self.apply_changes)

    # -- loading and searching --------------------------------------------------------------
    def book_opened(self) -> None:
        """Search works from the moment the book is open; the full list fills in behind it."""
        self.search.setEnabled(True)
        self.search.setFocus()
        self.summary.setText(self.tr("Loading the client list…"))
        self.ready.emit()
        self.load()

    def load(self) -> None:
        self.tm.run(lambda s: s.clients.list_rows(), self._loaded, self._load_failed, parent=self)

    def _loaded(self, rows) -> None:
        self._all_rows = rows
        if not self.search.text().strip():
            self._show(rows, None)
        else:
            self._run_search()

    def _load_failed(self, exc) -> None:
        from ..taskman import error_text
        self.summary.setText(error_text(exc))

    def _run_search(self) -> None:
        query = self.search.text().strip()
        self._query_seq += 1
        seq = self._query_seq
        if not query:
            if self._all_rows is not None:
                self._show(self._all_rows, None)
            else:
                self.model.set_rows([])
            return
        self.tm.run(lambda s: s.clients.search(query),
                    lambda rows: self._searched(seq, query, rows), parent=self)

    def _searched(self, seq: int, query: str, rows) -> None:
        if seq == self._query_seq:  # a newer query supersedes this answer
            self._show(rows, query)

    def _show(self, rows, query: str | None) -> None:
        self.model.set_rows(list(rows))  # the model owns its copy
        if rows:
            self.table.selectRow(0)
        self._summarise(rows, query)

    def _summarise(self, rows, query: str | None) -> None:
        if query is None:
            self.summary.setText(self.tr("%n client(s) in the book", "", len(rows)))
        elif len(rows) >= SEARCH_PAGE:
            self.summary.setText(self.tr("Showing the first %n matches, by name; type more to narrow.", "",
                                         len(rows)))
        elif rows:
            self.summary.setText(self.tr("%n client(s) match", "", len(rows)))
        else:
            self.summary.setText(self.tr("No client matches “%1”.").replace("%1", query))

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.table.setFocus()
                self.table.keyPressEvent(event)
                return True
        return super().eventFilter(obj, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.model.rowCount() else -1)
        client_id = self.model.client_id(row)
        if client_id:
            self.open_requested.emit(client_id)

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id:
            self.open_requested.emit(client_id)

    # -- keeping in step with edits ----------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if changes.book_reloaded:
            self.load()
            return
        for client_id in changes.removed:
            self.model.remove(client_id)
            if self._all_rows is not None:
                self._all_rows = [r for r in self._all_rows if r.id != client_id]
        if changes.removed:
            self._recount()
        touched = (changes.clients | changes.added) - changes.removed
        if touched:
            ids = list(touched)
            self.tm.run(lambda s: [s.clients.row(i) for i in ids], self._rows_refreshed, parent=self)

    def _rows_refreshed(self, rows) -> None:
        rows = [r for r in rows if r is not None]
        if len(rows) > 200:  # a sync touched many clients: reloading is cheaper than patching
            self.load()
            return
        where = {r.id: i for i, r in enumerate(self._all_rows)} if self._all_rows is not None else {}
        for row in rows:
            if self._all_rows is not None:
                if row.id in where:
                    self._all_rows[where[row.id]] = row
                else:
                    where[row.id] = len(self._all_rows)
                    self._all_rows.append(row)
            if not self.search.text().strip() or self.model.row_of(row.id) >= 0:
                self.model.upsert(row)
        self._recount()

    def _recount(self) -> None:
        if not self.search.text().strip() and self._all_rows is not None:
            self._summarise(self._all_rows, None)
