"""Conflicts and refused changes: nothing the advisor typed is dropped without them seeing it.

The first tab lists fields changed here and on the server to different values (client,
field, mine, theirs, when); the advisor keeps theirs, takes the server's, or edits a value,
and the choice syncs as a new change. The second tab lists local changes the server
refused, with its reason. Everything loads and resolves on the book thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from .. import labels
from ..sync_controller import SyncController
from ..taskman import error_text
from ..widgets.style import FORM_STYLE
from ..widgets.sync_status import local_time
from ..widgets.text import alive, plain_label, plain_tooltip

BOOKKEEPING = frozenset({"id", "rev", "updated_at", "client_id", "created_at"})


translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal arguments


def entity_label(entity: str) -> str:
    words = {
        "client": translate("Conflicts", "Client"),
        "contact": translate("Conflicts", "Phone or email"),
        "client_tag": translate("Conflicts", "Tag"),
        "important_date": translate("Conflicts", "Date"),
        "relation": translate("Conflicts", "Family"),
        "preference": translate("Conflicts", "Preference"),
        "size": translate("Conflicts", "Size"),
        "wishlist_item": translate("Conflicts", "Wishlist"),
        "purchase": translate("Conflicts", "Purchase"),
        "consent": translate("Conflicts", "Consent"),
        "note": translate("Conflicts", "Note"),
    }
    return words.get(entity, entity)


def field_label(entity: str, field: str) -> str:
    names = {
        "family_name": translate("Conflicts", "Family name"),
        "given_name": translate("Conflicts", "Given name"),
        "family_name_latin": translate("Conflicts", "Family name (Latin)"),
        "given_name_latin": translate("Conflicts", "Given name (Latin)"),
        "title": translate("Conflicts", "Title"),
        "country": translate("Conflicts", "Country"),
        "preferred_language": translate("Conflicts", "Language"),
        "preferred_channel": translate("Conflicts", "Preferred channel"),
        "tier": translate("Conflicts", "Tier"),
        "advisor": translate("Conflicts", "Advisor"),
        "address": translate("Conflicts", "Address"),
        "city": translate("Conflicts", "City"),
        "do_not_contact": translate("Conflicts", "Do not contact"),
        "do_not_contact_reason": translate("Conflicts", "Reason not to contact"),
        "deleted": translate("Conflicts", "Deleted or kept"),
        "label": translate("Conflicts", "Label"),
        "value": translate("Conflicts", "Value"),
        "is_primary": translate("Conflicts", "Main"),
        "tag": translate("Conflicts", "Tag"),
        "kind": translate("Conflicts", "Kind"),
        "year": translate("Conflicts", "Year"),
        "month": translate("Conflicts", "Month"),
        "day": translate("Conflicts", "Day"),
        "name": translate("Conflicts", "Name"),
        "notes": translate("Conflicts", "Notes"),
        "category": translate("Conflicts", "Category"),
        "sentiment": translate("Conflicts", "Likes or dislikes"),
        "system": translate("Conflicts", "Size system"),
        "description": translate("Conflicts", "Description"),
        "sku": translate("Conflicts", "Reference"),
        "added_on": translate("Conflicts", "Added on"),
        "status": translate("Conflicts", "Status"),
        "channel": translate("Conflicts", "Channel"),
        "at": translate("Conflicts", "When"),
        "source": translate("Conflicts", "Source"),
        "body": translate("Conflicts", "Text"),
        "author": translate("Conflicts", "Author"),
    }
    name = names.get(field, field.replace("_", " "))
    return name if entity == "client" else f"{entity_label(entity)} · {name}"


def shown_value(entity: str, field: str, value) -> str:
    """A stored value as the advisor reads it elsewhere in the app."""
    if value is None or value == "":
        return translate("Conflicts", "(empty)")
    if field == "deleted":
        return translate("Conflicts", "Deleted") if value else translate("Conflicts", "Kept")
    if isinstance(value, bool):
        return translate("Conflicts", "Yes") if value else translate("Conflicts", "No")
    coded = {"tier": labels.tier, "title": labels.title, "preferred_channel": labels.channel,
             "channel": labels.channel, "preferred_language": labels.language, "sentiment": labels.sentiment}
    by_entity = {("note", "kind"): labels.note_kind, ("relation", "kind"): labels.relation_kind,
                 ("important_date", "kind"): labels.date_kind, ("preference", "category"): labels.preference_category,
                 ("size", "category"): labels.size_category, ("wishlist_item", "category"): labels.product_category,
                 ("consent", "status"): labels.consent_status, ("wishlist_item", "status"): labels.wish_status}
    fn = by_entity.get((entity, field)) or coded.get(field)
    return fn(str(value)) if fn else str(value)


def _when(text: str | None) -> str:
    try:
        return local_time(datetime.fromisoformat((text or "").replace("Z", "+00:00")))
    except ValueError:
        return text or ""


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text.replace("\n", " ⏎ "))
    item.setToolTip(plain_tooltip(text))  # the whole value, never read as markup
    return item


class ConflictsDialog(QDialog):
    """`ConflictsDialog(controller)`: `open()` it; it loads itself and follows syncs."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.conflicts: list = []
        self.rejected: list[dict] = []
        self.editor: QInputDialog | None = None
        self.setObjectName("conflictsDialog")
        self.setStyleSheet(FORM_STYLE)
        self.setWindowTitle(self.tr("Sync: conflicts and refused changes"))
        self.resize(900, 460)
        self.error = plain_label("", "error")
        self.error.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._conflicts_page(), self.tr("Conflicts"))
        self.tabs.addTab(self._rejected_page(), self.tr("Refused by the server"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        controller.finished.connect(self._sync_finished)
        self.reload()

    def _conflicts_page(self) -> QWidget:
        page = QWidget(self)
        self.conflicts_summary = plain_label("", "muted")
        self.table = _table(page, [self.tr("Client"), self.tr("Field"), self.tr("Yours"), self.tr("Theirs"),
                                   self.tr("Detected")])
        for col, width in enumerate((200, 170, 180, 180)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.setToolTip(self.tr("Your value replaces the server's, on every device"))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.take_button.setToolTip(self.tr("The server's value stays; yours is dropped"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Type the value to keep"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.take_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.edit_button.clicked.connect(self.edit_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_button, self.take_button, self.edit_button):
            button.setAutoDefault(False)  # Enter must not settle a conflict by accident
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.conflicts_summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()
        return page

    def _rejected_page(self) -> QWidget:
        page = QWidget(self)
        self.rejected_summary = plain_label("", "muted")
        self.rejected_table = _table(page, [self.tr("Changed"), self.tr("Client"), self.tr("What"),
                                            self.tr("The server's reason")])
        for col, width in enumerate((130, 200, 220)):
            self.rejected_table.horizontalHeader().resizeSection(col, width)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rejected_summary)
        layout.addWidget(self.rejected_table, 1)
        return page

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.controller.load_conflicts(self._loaded, self._failed)

    def _sync_finished(self, _report) -> None:
        if alive(self) and self.isVisible():
            self.reload()

    def _loaded(self, result) -> None:
        if not alive(self):
            return
        self.conflicts, self.rejected = result
        self._fill_conflicts()
        self._fill_rejected()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.error.setText(error_text(exc))
            self.error.show()

    def _fill_conflicts(self) -> None:
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            cells = (c.client_name or self.tr("(client no longer here)"), field_label(c.entity, c.field),
                     shown_value(c.entity, c.field, c.mine), shown_value(c.entity, c.field, c.theirs),
                     local_time(c.detected_at))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, _item(text))
        if self.conflicts:
            self.table.selectRow(0)
            self.conflicts_summary.setText(self.tr(
                "%n field(s) changed here and on the server to different values. The server's value is shown "
                "until you choose.", "", len(self.conflicts)))
        else:
            self.conflicts_summary.setText(self.tr("No conflicts: nothing waits for your decision."))
        self._selection_changed()

    def _fill_rejected(self) -> None:
        self.rejected_table.setRowCount(len(self.rejected))
        for row, change in enumerate(self.rejected):
            entity = change["entity"]
            patch = change.get("patch") if isinstance(change.get("patch"), dict) else {}
            if change.get("op") == "delete":
                what = self.tr("Delete: %1").replace("%1", entity_label(entity))
            else:
                fields = [field_label("client", k) for k in patch if k not in BOOKKEEPING]
                what = f"{entity_label(entity)}: {', '.join(fields)}" if fields else entity_label(entity)
            cells = (_when(change.get("created_at")), change.get("client_name") or "", what,
                     change.get("message") or self.tr("(no reason given)"))
            for col, text in enumerate(cells):
                self.rejected_table.setItem(row, col, _item(str(text)))
        self.rejected_summary.setText(self.tr(
            "%n change(s) the server refused. They stay on this laptop; correct them in the dossier or ask IT.",
            "", len(self.rejected)) if self.rejected else self.tr("The server has refused none of your changes."))
        self.tabs.setTabText(1, self.tr("Refused by the server (%n)", "", len(self.rejected)))
        self.tabs.setTabText(0, self.tr("Conflicts (%n)", "", len(self.conflicts)))

    # -- resolving ----------------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def _selection_changed(self) -> None:
        conflict = self.selected()
        for button in (self.keep_button, self.take_button):
            button.setEnabled(conflict is not None)
        self.edit_button.setEnabled(conflict is not None and conflict.field != "deleted")

    def resolve_selected(self, choice: str, value=None) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self.error.hide()
        for button in (self.keep_button, self.take_button, self.edit_button):
            button.setEnabled(False)
        self.controller.resolve(conflict.id, choice, value, lambda _changes: self._resolved(), self._failed_resolve)

    def _resolved(self) -> None:
        if alive(self):
            self.reload()

    def _failed_resolve(self, exc: BaseException) -> None:
        self._failed(exc)
        if alive(self):
            self.reload()

    def edit_selected(self) -> None:
        """A small editor pre-filled with the advisor's value; OK resolves with what it holds."""
        conflict = self.selected()
        if conflict is None or conflict.field == "deleted":
            return
        editor = QInputDialog(self)
        editor.setObjectName("conflictEditor")
        editor.setWindowTitle(self.tr("Edit the value"))
        editor.setLabelText(self.tr("%1 of %2:").replace("%1", field_label(conflict.entity, conflict.field))
                            .replace("%2", conflict.client_name or self.tr("this client")))
        for label in editor.findChildren(QLabel):  # it names the client: never read as markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        editor.setInputMode(QInputDialog.InputMode.TextInput)
        mine = "" if conflict.mine is None else str(conflict.mine)
        if conflict.field in ("body", "notes", "address") or "\n" in mine:
            editor.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        editor.setTextEchoMode(QLineEdit.EchoMode.Normal)
        editor.setTextValue(mine)
        editor.textValueSelected.connect(lambda text, cid=conflict.id: self._edited(cid, text))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.open()

    def _edited(self, conflict_id: int, text: str) -> None:
        if not alive(self):
            return
        self.error.hide()
        self.controller.resolve(conflict_id, "edit", text, lambda _changes: self._resolved(), self._failed_resolve)
