"""Labels that never interpret client data as markup, and editors that submit on Ctrl+Enter.

Contract: every label that shows something an advisor or a client typed goes through
`plain_label` (or `set_plain`), so `<b>x</b><img src=...>` is shown as those characters.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

try:
    from shiboken6 import Shiboken
except ImportError:  # pragma: no cover - PySide6 always ships shiboken6
    Shiboken = None

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def plain_label(text: str = "", name: str = "", *, wrap: bool = True, selectable: bool = False,
                parent: QWidget | None = None) -> QLabel:
    """A QLabel in plain-text format (never rich text), optionally wrapped and selectable."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (Qt guesses rich text for tooltips that look like HTML)."""
    return f"<qt>{html.escape(text)}</qt>" if text else ""


def alive(obj) -> bool:
    """False once the C++ side of a Qt object is gone (a late callback must not touch it)."""
    return obj is not None and (Shiboken is None or Shiboken.isValid(obj))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding the value the last save refused (styled by `[invalid="true"]`)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def is_submit(event: QKeyEvent) -> bool:
    return event.key() in _SUBMIT_KEYS and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class SubmitTextEdit(QPlainTextEdit):
    """A plain-text editor: Ctrl+Enter (or Ctrl+Return) emits `submitted`; Esc emits `cancelled`.

    Esc is only taken when `escape_cancels` is set; otherwise it travels up to the parent
    (the dossier uses it to go back to the list).
    """

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, escape_cancels: bool = False):
        super().__init__(parent)
        self.escape_cancels = escape_cancels
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        # Claim our keys before window shortcuts (e.g. a view's Esc) see them.
        if event.type() == QEvent.Type.ShortcutOverride:
            if is_submit(event) or (self.escape_cancels and event.key() == Qt.Key.Key_Escape):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_submit(event):
            event.accept()
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            if self.escape_cancels:
                event.accept()
                self.cancelled.emit()
            else:
                event.ignore()
            return
        super().keyPressEvent(event)
