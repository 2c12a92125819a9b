"""An editable list of (label, value) rows: a client's phones or emails."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget


class ContactRows(QWidget):
    """Rows of label + value with a remove button each, and an "Add" button below.

    Row indexes match the service's field names: a refused `phones[1]` is `value_edit(1)`.
    """

    edited = Signal()

    def __init__(self, add_text: str, label_hint: str, value_hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._label_hint = label_hint
        self._value_hint = value_hint
        self._rows: list[tuple[QWidget, QLineEdit, QLineEdit]] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(4)
        self._add = QPushButton(add_text)
        self._add.setObjectName("link")
        self._add.setAutoDefault(False)
        self._add.clicked.connect(lambda: self.add_row(focus=True))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(self._list)
        add_line = QHBoxLayout()
        add_line.addWidget(self._add)
        add_line.addStretch(1)
        outer.addLayout(add_line)

    def add_row(self, label: str = "", value: str = "", focus: bool = False) -> QLineEdit:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label_edit = QLineEdit(label)
        label_edit.setPlaceholderText(self._label_hint)
        label_edit.setMaximumWidth(120)
        label_edit.setMaxLength(60)
        value_edit = QLineEdit(value)
        value_edit.setPlaceholderText(self._value_hint)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName("remove")
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_row(row))
        for edit in (label_edit, value_edit):
            edit.textEdited.connect(self.edited)
        line.addWidget(label_edit)
        line.addWidget(value_edit, 1)
        line.addWidget(remove)
        self._list.addWidget(row)
        self._rows.append((row, label_edit, value_edit))
        if focus:
            value_edit.setFocus()
        self.edited.emit()
        return value_edit

    def remove_row(self, row: QWidget) -> None:
        self._rows = [r for r in self._rows if r[0] is not row]
        row.hide()
        row.deleteLater()
        self.edited.emit()

    def set_values(self, values: list[tuple[str, str]]) -> None:
        for row, _, _ in list(self._rows):
            self.remove_row(row)
        for label, value in values:
            self.add_row(label, value)

    def values(self) -> list[tuple[str, str]]:
        """Every row in order, blank ones included, so indexes match what the service reports."""
        return [(label.text(), value.text()) for _, label, value in self._rows]

    def value_edit(self, index: int) -> QLineEdit | None:
        return self._rows[index][2] if 0 <= index < len(self._rows) else None

    def value_edits(self) -> list[QLineEdit]:
        return [value for _, _, value in self._rows]
