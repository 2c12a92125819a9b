"""The client list as a Qt model over rows already in memory: no query per row when scrolling."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.dossier import ClientRow
from .. import labels

_COLUMNS = ("name", "tier", "advisor", "city", "phone")


class ClientListModel(QAbstractTableModel):
    ClientIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ClientRow] = []
        self._where: dict[str, int] | None = None  # client id -> row, built on first lookup
        self._headers = (self.tr("Client"), self.tr("Tier"), self.tr("Advisor"), self.tr("City"),
                         self.tr("Phone"))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 1:
                return labels.tier(row.tier)
            return row[col + 2] if col != 4 else row.phone
        if role == self.ClientIdRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    # -- updates from the services' Changes ---------------------------------------------------
    def set_rows(self, rows: list[ClientRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._where = None
        self.endResetModel()

    def rows(self) -> list[ClientRow]:
        return self._rows

    def client_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: str) -> int:
        if self._where is None:
            self._where = {r.id: i for i, r in enumerate(self._rows)}
        return self._where.get(client_id, -1)

    def upsert(self, row: ClientRow) -> int:
        """Replace the row with the same id, or insert it in name order; returns its position."""
        at = self.row_of(row.id)
        if at >= 0:
            self._rows[at] = row
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(_COLUMNS) - 1))
            return at
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        if self._where is not None:
            self._where[row.id] = at
        self.endInsertRows()
        return at

    def remove(self, client_id: str) -> None:
        at = self.row_of(client_id)
        if at >= 0:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self._where = None
            self.endRemoveRows()
