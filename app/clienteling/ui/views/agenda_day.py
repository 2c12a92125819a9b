"""One day as a list: a row per appointment, in time order, readable by a screen reader.

Double-bookings of one advisor show ⚠ in red; cancelled appointments stay, struck through.
Enter (or a double-click) opens the appointment; the menu key lists what can be done.
Every cell is a plain item: client text is shown as text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...domain.vocab import AppointmentStatus
from ...services.agenda import AgendaPage
from ..widgets.style import DANGER, MUTED
from . import agenda_labels as words
from .agenda_week import describe

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 7


class DayList(QTreeWidget):
    activated_id = Signal(str)
    context_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dayList")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHeaderLabels([self.tr("Time"), self.tr("Client"), self.tr("Purpose"), self.tr("Place"),
                              self.tr("Advisor"), self.tr("Status"), self.tr("To prepare")])
        header = self.header()
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 240, 150, 150, 130, 100)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.itemActivated.connect(lambda item, _col: self.activated_id.emit(item.data(0, ID_ROLE)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_page(self, page: AgendaPage) -> None:
        current = self.current_id()
        self.clear()
        tz = page.time_zone
        for e in page.on(page.first):
            a = e.appointment
            cells = [("⚠ " if e.flagged else "") + words.time_range(a, tz), e.client_name,
                     words.purpose(a.purpose.value),
                     words.place(a.place.value) + (f" — {a.place_detail}" if a.place_detail else ""),
                     a.advisor, words.status(a.status.value), a.notes_before.split("\n")[0][:200]]
            item = QTreeWidgetItem(cells)
            item.setData(0, ID_ROLE, a.id)
            item.setToolTip(1, describe(e, page))
            if e.flagged:
                item.setForeground(0, QBrush(QColor(DANGER)))
                item.setToolTip(0, describe(e, page))
            if a.status == AppointmentStatus.CANCELLED:
                font = QFont(self.font())
                font.setStrikeOut(True)
                for col in range(COLUMNS - 1):
                    item.setFont(col, font)
                    item.setForeground(col, QBrush(QColor(MUTED)))
            self.addTopLevelItem(item)
            if a.id == current:
                self.setCurrentItem(item)

    def current_id(self) -> str:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else ""

    def ids(self) -> list[str]:
        return [self.topLevelItem(i).data(0, ID_ROLE) for i in range(self.topLevelItemCount())]

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is not None:
            self.context_requested.emit(item.data(0, ID_ROLE), self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10
                                             and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            item = self.currentItem()
            if item is not None:
                rect = self.visualItemRect(item)
                self.context_requested.emit(item.data(0, ID_ROLE), self.viewport().mapToGlobal(rect.center()))
                event.accept()
                return
        super().keyPressEvent(event)
