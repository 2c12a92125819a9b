"""Building blocks of the dossier: a section card, a row with an actions menu, chips, badges."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from ..widgets.flow_layout import FlowLayout
from ..widgets.text import plain_label, plain_tooltip


class Section(QFrame):
    """A white card: an upper-case title, an optional count and "Add…" button, then a body.

    `reset()` gives a fresh, empty body layout; the previous body widget is dropped whole,
    so a re-render never leaks or duplicates rows.
    """

    def __init__(self, title: str, add_text: str = "", on_add: Callable[[], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.title = QLabel(title.upper())
        self.title.setObjectName("sectionTitle")
        self.count = QLabel()
        self.count.setObjectName("count")
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        self.add_button: QPushButton | None = None
        if add_text and on_add is not None:
            self.add_button = link_button(add_text, on_add)
            head.addWidget(self.add_button)
        outer.addLayout(head)
        self._outer = outer
        self.body_widget: QWidget | None = None
        self.body: QVBoxLayout = self.reset()

    def reset(self) -> QVBoxLayout:
        if self.body_widget is not None:
            self.body_widget.hide()
            self.body_widget.deleteLater()
        self.body_widget = QWidget(self)
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        self._outer.addWidget(self.body_widget)
        return self.body

    def set_count(self, n: int | None) -> None:
        self.count.setText(f"· {n}" if n else "")

    def add_empty(self, text: str) -> QLabel:
        label = plain_label(text, "empty")
        self.body.addWidget(label)
        return label


def link_button(text: str, on_click: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _=False: on_click())
    return button


def actions_menu(button: QToolButton, actions: list[tuple[str, Callable[[], None]]]) -> QToolButton:
    menu = QMenu(button)
    for text, fn in actions:
        menu.addAction(text).triggered.connect(lambda _=False, fn=fn: fn())
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def more_button(actions: list[tuple[str, Callable[[], None]]], accessible: str) -> QToolButton:
    """The "⋯" at the end of a row: Edit…, Delete… for that record."""
    button = QToolButton()
    button.setObjectName("more")
    button.setText("⋯")
    button.setToolTip(accessible)
    button.setAccessibleName(accessible)
    return actions_menu(button, actions)


def record_row(main: QWidget | QLabel, actions: list[tuple[str, Callable[[], None]]],
               accessible: str, trailing: QWidget | None = None) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(8)
    line.addWidget(main, 1)
    if trailing is not None:
        line.addWidget(trailing, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(more_button(actions, accessible), 0, Qt.AlignmentFlag.AlignTop)
    return row


def badge(text: str, tone: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("badge")
    label.setProperty("tone", tone)
    return label


def chip(text: str) -> QLabel:
    return plain_label(text, "chip", wrap=False)


def chip_button(text: str, tone: str, actions: list[tuple[str, Callable[[], None]]]) -> QToolButton:
    """A like / dislike the advisor can click to edit or delete."""
    button = QToolButton()
    button.setObjectName("chip")
    button.setProperty("tone", tone)
    button.setText(text.replace("&", "&&"))
    button.setToolTip(plain_tooltip(text))
    return actions_menu(button, actions)


def flow(widgets: list[QWidget]) -> QWidget:
    holder = QWidget()
    layout = FlowLayout(holder, spacing=6)
    for w in widgets:
        layout.addWidget(w)
    return holder


def key_value(key: str, value: QWidget | str, key_height: int = 0, center: bool = False) -> QWidget:
    """A muted key ("Phone · Mobile") beside its value; `key_height` lines it up with a row of chips."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(10)
    k = plain_label(key, "key", wrap=False)
    k.setMinimumWidth(96)
    k.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if key_height:
        k.setFixedHeight(key_height)
    line.addWidget(k, 0, Qt.AlignmentFlag.AlignVCenter if center else Qt.AlignmentFlag.AlignTop)
    line.addWidget(value if isinstance(value, QWidget) else plain_label(value, selectable=True), 1)
    return row
