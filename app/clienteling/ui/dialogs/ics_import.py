"""Import a calendar file: see every event, link the ones that name no known client, import.

The file is read on the book thread first; a broken one is named in the red line and the
Import button stays off. Events linked to a client (by email, phone, or because they came
from Clienteling) are ticked; an event that names nobody known waits for "Link…" (or a
choice among the clients it could be); all-day, multi-day and repeating events are listed
with the reason they are left out. Import writes everything ticked in one go, or nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.agenda import zone
from ...services.agenda import agenda
from ...services.agenda_import import Action, ImportItem, ImportPlan, ImportReport, Skip
from ..taskman import TaskManager
from ..views import agenda_labels as words
from ..widgets.form_dialog import FormDialog
from ..widgets.text import alive, plain_label, plain_tooltip
from .appointment_editor import ClientPicker

COL_TAKE, COL_WHEN, COL_EVENT, COL_CLIENT, COL_STATE = range(5)


class LinkDialog(QDialog):
    """Choose the client an event is with."""

    def __init__(self, tm: TaskManager, event_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a client"))
        self.setMinimumWidth(460)
        self.picker = ClientPicker(tm, self)
        self.picker.chosen.connect(lambda _id: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(event_title, "strong"))
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.picker.setFocus()


class IcsImportDialog(FormDialog):
    ready = Signal()  # the file is read and listed (or refused)
    imported = Signal(object)  # ImportReport

    def __init__(self, tm: TaskManager, data: bytes, file_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self.plan: ImportPlan | None = None
        self.tz = ""
        self.links: dict[str, tuple[str, str]] = {}  # uid -> (client id, name) chosen by the advisor
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a calendar") + (f" — {file_name}" if file_name else ""))
        self.resize(900, 560)
        self.summary = plain_label(self.tr("Reading the file…"), "muted")
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Import"), self.tr("When"), self.tr("Event"),
                                              self.tr("Client"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_EVENT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_TAKE, 60), (COL_WHEN, 190), (COL_CLIENT, 230), (COL_STATE, 170)):
            header.resizeSection(col, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        tm.run(lambda s: (agenda(s).read_ics(data), s.boutique.timezone), self._read, self._refused, parent=self)

    def save_button(self):
        return self.import_button

    # -- reading ------------------------------------------------------------------------------------
    def _refused(self, exc: BaseException) -> None:
        if alive(self):
            self.summary.setText(self.tr("Nothing was imported."))
            self.show_problem(exc)
            self.ready.emit()

    def _read(self, loaded) -> None:
        if not alive(self):
            return
        self.plan, self.tz = loaded
        self.table.setRowCount(len(self.plan.items))
        for row, item in enumerate(self.plan.items):
            self._fill(row, item)
        self._summarise()
        self.import_button.setEnabled(True)
        self.ready.emit()

    def _fill(self, row: int, item: ImportItem) -> None:
        e = item.event
        take = QTableWidgetItem()
        takeable = item.action in (Action.NEW, Action.UPDATE)
        flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if takeable else Qt.ItemFlag.NoItemFlags)
        take.setFlags(flags)
        take.setCheckState(Qt.CheckState.Checked if takeable and not item.needs_client else Qt.CheckState.Unchecked)
        self.table.setItem(row, COL_TAKE, take)
        if e.skip == Skip.ALL_DAY:  # a day, not a time: its date as written
            when = words.day_short(e.starts_at.date())
        else:
            when = words.day_short(e.starts_at.astimezone(zone(self.tz)).date()) + ", " + words.hm(e.starts_at, self.tz)
        if e.skip is None:
            when += f" · {words.minutes(e.duration_min)}"
        self.table.setItem(row, COL_WHEN, QTableWidgetItem(when))
        title = QTableWidgetItem(e.summary or self.tr("(no title)"))
        title.setToolTip(plain_tooltip("\n".join(t for t in (e.summary, e.location, e.description[:500]) if t)))
        self.table.setItem(row, COL_EVENT, title)
        self.table.setItem(row, COL_STATE, QTableWidgetItem(self._state(item)))
        self._client_cell(row, item)

    def _state(self, item: ImportItem) -> str:
        if item.action == Action.SKIP:
            return words.skip_reason(item.event.skip.value if item.event.skip else "cancelled")
        if item.action == Action.UPDATE:
            return self.tr("Changes the appointment")
        if item.action == Action.UNCHANGED:
            return self.tr("Already in the agenda")
        if item.linked_by:
            return self.tr("New") + " · " + words.linked_by(item.linked_by.value)
        return self.tr("New")

    def _client_cell(self, row: int, item: ImportItem) -> None:
        uid = item.event.uid
        if uid in self.links:
            holder = self._link_button(row, item, self.links[uid][1])
        elif item.client_id:
            self.table.setCellWidget(row, COL_CLIENT, None)
            self.table.setItem(row, COL_CLIENT, QTableWidgetItem(item.client_name))
            return
        elif item.action != Action.NEW:
            self.table.setItem(row, COL_CLIENT, QTableWidgetItem(""))
            return
        elif item.candidates:
            holder = QComboBox()
            holder.addItem(self.tr("Which client?"), "")
            for client_id, name in item.candidates:
                holder.addItem(name, client_id)
            holder.addItem(self.tr("Someone else…"), "?")
            holder.activated.connect(lambda _i, r=row, it=item, box=holder: self._candidate(r, it, box))
        else:
            holder = self._link_button(row, item, "")
        self.table.setCellWidget(row, COL_CLIENT, holder)

    def _link_button(self, row: int, item: ImportItem, name: str) -> QPushButton:
        button = QPushButton(name or self.tr("Link…"))
        button.setObjectName("link")
        button.setToolTip(self.tr("Choose the client this event is with"))
        button.clicked.connect(lambda _=False, r=row, it=item: self.ask_link(r, it))
        return button

    def _candidate(self, row: int, item: ImportItem, box: QComboBox) -> None:
        client_id = box.currentData()
        if client_id == "?":
            self.ask_link(row, item)
        elif client_id:
            self.link(item.event.uid, client_id, box.currentText())

    def ask_link(self, row: int, item: ImportItem) -> LinkDialog:
        dialog = LinkDialog(self.tm, item.event.summary or self.tr("(no title)"), self)
        dialog.accepted.connect(lambda: self.link(item.event.uid, dialog.picker.client_id, dialog.picker.name))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def link(self, uid: str, client_id: str, name: str) -> None:
        """The advisor says who the event is with: it is ticked for import."""
        if self.plan is None or not client_id:
            return
        self.links[uid] = (client_id, name)
        for row, item in enumerate(self.plan.items):
            if item.event.uid == uid:
                self._client_cell(row, item)
                self.table.item(row, COL_TAKE).setCheckState(Qt.CheckState.Checked)
        self._summarise()

    def set_included(self, uid: str, included: bool) -> None:
        for row, item in enumerate(self.plan.items if self.plan else []):
            if item.event.uid == uid and self.table.item(row, COL_TAKE).flags() & Qt.ItemFlag.ItemIsUserCheckable:
                self.table.item(row, COL_TAKE).setCheckState(Qt.CheckState.Checked if included
                                                             else Qt.CheckState.Unchecked)

    def _summarise(self) -> None:
        plan = self.plan
        waiting = sum(1 for i in plan.unlinked if i.event.uid not in self.links)
        text = self.tr("%1 events: %2 new, %3 to change, %4 already in the agenda, %5 left out.") \
            .replace("%1", str(len(plan.items))).replace("%2", str(plan.count(Action.NEW))) \
            .replace("%3", str(plan.count(Action.UPDATE))).replace("%4", str(plan.count(Action.UNCHANGED))) \
            .replace("%5", str(plan.count(Action.SKIP)))
        if waiting:
            text += " " + self.tr("%1 name no client in the book: link them, or they are left out.") \
                .replace("%1", str(waiting))
        self.summary.setText(text)

    # -- importing ---------------------------------------------------------------------------------
    def save(self) -> None:
        if self.plan is None or self.saving:
            return
        skip = {item.event.uid for row, item in enumerate(self.plan.items)
                if self.table.item(row, COL_TAKE).checkState() != Qt.CheckState.Checked}
        links = {uid: client_id for uid, (client_id, _name) in self.links.items()}
        plan = self.plan
        if not self.begin_save():
            return
        self.clear_problem()
        self.tm.run(lambda s: agenda(s).import_ics(plan, links, skip), self._imported, self.save_failed, parent=self)

    def _imported(self, result) -> None:
        self.end_save()
        self.report = result[0]
        self.imported.emit(self.report)
        self.accept()
