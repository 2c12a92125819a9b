"""What every editing dialog shares: a red line naming the problem, the refused field
outlined and focused, Ctrl+Enter / Ctrl+S to save, and no second save while one runs.

Subclasses implement `save()`; they add inputs with `field(name, label, widget)` (into their
`self.form`), or fill `fields_by_name` themselves, so a refused field can be found by name.
They call `begin_save()` before handing work to the TaskManager and `save_failed(exc)` from
its failure path. A dialog with a `self.buttons` box gets its Save button found for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit,
                               QWidget)

from ...domain.errors import ValidationError
from ..taskman import error_text
from .style import FORM_STYLE
from .text import plain_label, set_invalid


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self.error = plain_label("", "error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.saving = False
        self.fields_by_name: dict[str, QWidget] = {}
        self._marked: list[QWidget] = []
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    # -- hooks (each dialog defines `save()`; Ctrl+Enter / Ctrl+S call it) ---------------
    def field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled input to the dialog's `self.form`, known by the record field it edits."""
        self.fields_by_name[name] = widget
        self.form.addRow(label, widget)
        return widget

    def field_widget(self, name: str | None) -> QWidget | None:
        """The input that holds `name` (as reported by ValidationError.field), if any."""
        return self.fields_by_name.get(name or "")

    def save_button(self) -> QAbstractButton | None:
        buttons = getattr(self, "buttons", None)
        return buttons.button(QDialogButtonBox.StandardButton.Save) if buttons is not None else None

    def reveal(self, widget: QWidget) -> None:
        """Scroll `widget` into view, for forms taller than the dialog."""

    # -- shared behaviour -------------------------------------------------------------------
    def begin_save(self) -> bool:
        """False if a save is already running (a double Ctrl+Enter must not save twice)."""
        if self.saving:
            return False
        self.saving = True
        if (button := self.save_button()) is not None:
            button.setEnabled(False)
        return True

    def end_save(self) -> None:
        self.saving = False
        if (button := self.save_button()) is not None:
            button.setEnabled(True)

    def save_failed(self, exc: BaseException) -> None:
        self.end_save()
        self.show_problem(exc)

    def show_problem(self, exc: BaseException) -> None:
        """Name the problem in the red line; outline and focus the refused field."""
        self.clear_problem()
        self.error.setText(error_text(exc))
        self.error.show()
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = self.field_widget(field)
        if widget is not None:
            set_invalid(widget, True)
            self._marked.append(widget)
            self.reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def clear_problem(self) -> None:
        self.error.hide()
        self.error.clear()
        for widget in self._marked:
            set_invalid(widget, False)
        self._marked.clear()

    def watch(self, *widgets: QWidget) -> None:
        """Clear the red outline of a field as soon as the advisor edits it."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _=None, w=widget: self._unmark(w))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda w=widget: self._unmark(w))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _=None, w=widget: self._unmark(w))

    def _unmark(self, widget: QWidget) -> None:
        if widget in self._marked:
            set_invalid(widget, False)
            self._marked.remove(widget)
