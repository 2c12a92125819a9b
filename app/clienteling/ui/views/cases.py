"""Aftercare: every open case of the boutique, most pressing first, filtered by stage, kind and overdue.

A table: client, kind, item, stage, a bar of its stages, promised date, where it stands against
its SLAs (colour and words). ↓/↑ choose, Enter (or a double click) opens the client's dossier.
The list is read from the aftercare service and read again after any change (`loaded` says
when rows are on screen).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QStyledItemDelegate, QVBoxLayout, QWidget)

from ...domain.aftercare import ALL_STAGES
from ...domain.vocab import CaseKind
from ...services import Changes
from ...services.aftercare import CaseLine, aftercare
from ..widgets.row_table import row_table
from ..taskman import TaskManager, error_text
from ..widgets.style import DANGER
from ..widgets.text import alive, plain_label, plain_tooltip
from .dossier_cases import AMBER, GREEN, kind_label, paint_stages, sla_detail, sla_tone, sla_words, stage_label
from .dossier_format import short_date

RELOAD_DELAY_MS = 200
PROGRESS = 4  # the column the stage bar is drawn in
_TONE_COLOURS = {"breached": DANGER, "late": DANGER, "near": AMBER, "on_track": GREEN}


class CasesModel(QAbstractTableModel):
    CaseRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[CaseLine] = []
        self.zone = ""  # the boutique's (BoutiqueConfig.timezone): the SLA deadlines read in it
        self._headers = (self.tr("Client"), self.tr("Kind"), self.tr("Item"), self.tr("Stage"), self.tr("Progress"),
                         self.tr("Promised"), self.tr("SLA"))

    def set_lines(self, lines: list[CaseLine], zone: str = "") -> None:
        self.beginResetModel()
        self.lines = lines
        self.zone = zone
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        case, col = line.case, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            reached, total = case.progress
            return (line.client_name, kind_label(case.kind.value), case.item, stage_label(case.stage),
                    f"{reached}/{total}", short_date(case.promised_on) if case.promised_on else "",
                    sla_words(line.sla_state, line.late_promise))[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (5, 6):
            tone = sla_tone(line) if col == 6 else ("late" if line.late_promise else "")
            return QColor(_TONE_COLOURS[tone]) if tone in _TONE_COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 6:
                return plain_tooltip(sla_detail(line, self.zone))
            if col in (2, 0):
                return plain_tooltip("\n".join(x for x in (case.item, case.request) if x) if col == 2
                                     else line.client_name)
        if role == self.CaseRole:
            return line
        return None

    def client_id(self, row: int) -> str | None:
        return self.lines[row].case.client_id if 0 <= row < len(self.lines) else None


class ProgressDelegate(QStyledItemDelegate):
    """The stage bar in a table cell, with "3/7" beside it."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        line = index.data(CasesModel.CaseRole)
        if line is None:
            return
        reached, total = line.case.progress
        rect = QRectF(option.rect).adjusted(6, 0, -44, 0)
        bar = QRectF(rect.left(), rect.center().y() - 3, rect.width(), 6)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        paint_stages(painter, bar, total, reached, sla_tone(line))
        painter.restore()

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AftercarePage(QWidget):
    open_client_requested = Signal(str)
    loaded = Signal()  # the rows are on screen

    def __init__(self, tm: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aftercarePage")
        self.tm = tm
        self._opened = False
        self._ticket = 0
        title = QLabel(self.tr("Aftercare"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), "")
        for code in ALL_STAGES:
            self.stage.addItem(stage_label(code), code)
        self.stage.setAccessibleName(self.tr("Stage"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in CaseKind:
            self.kind.addItem(kind_label(k.value), k.value)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setToolTip(self.tr("SLA breached, or past the promised date and not ready"))
        for widget in (self.stage, self.kind):
            widget.currentIndexChanged.connect(lambda _=0: self.load())
        self.overdue.toggled.connect(lambda _=False: self.load())
        bar = QHBoxLayout()
        bar.setSpacing(10)
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.stage)
        bar.addWidget(self.kind)
        bar.addWidget(self.overdue)

        self.model = CasesModel(self)
        self.table = row_table(self.model, "casesTable", self)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((220, 120, 260, 140, 150, 110)):
            header.resizeSection(col, width)
        self.table.activated.connect(self._activated)
        self.summary = plain_label(self.tr("Opening the book…"), "summary", wrap=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.table)
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.load)
        tm.changed.connect(self._on_changed)

    # -- loading ------------------------------------------------------------------------------
    def book_opened(self) -> None:
        self._opened = True
        self.load()

    def load(self) -> None:
        if not self._opened:
            return
        self._ticket += 1
        ticket = self._ticket
        stage, kind, overdue = self.stage.currentData(), self.kind.currentData(), self.overdue.isChecked()
        self.tm.run(lambda s: (aftercare(s).open_cases(stage=stage, kind=kind, overdue=overdue), s.boutique.timezone),
                    lambda found: self._loaded(ticket, *found), lambda exc: self._failed(ticket, exc), parent=self)

    def _loaded(self, ticket: int, lines: list[CaseLine], zone: str = "") -> None:
        if ticket != self._ticket or not alive(self):
            return
        chosen = self.model.client_id(self.table.currentIndex().row()) if self.model.lines else None
        self.model.set_lines(lines, zone)
        row = next((i for i, line in enumerate(lines) if line.case.client_id == chosen), 0)
        if lines:
            self.table.selectRow(row)
        late = sum(line.overdue for line in lines)
        if lines:
            text = self.tr("%n open case(s)", "", len(lines))
            if late:
                text += "  ·  " + self.tr("%n overdue", "", late)
        elif self.stage.currentData() or self.kind.currentData() or self.overdue.isChecked():
            text = self.tr("No open case matches these filters.")
        else:
            text = self.tr("No open aftercare cases. Open one from a client's dossier.")
        self.summary.setText(text)
        self.loaded.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self.summary.setText(error_text(exc))

    def _on_changed(self, changes: Changes) -> None:
        if self._opened and (changes.clients or changes.removed or changes.book_reloaded):
            self._reload.start()

    # -- opening a client -----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id:
            self.open_client_requested.emit(client_id)

    def open_selected(self) -> None:
        self._activated(self.table.currentIndex())

