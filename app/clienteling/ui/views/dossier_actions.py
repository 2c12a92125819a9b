"""What the advisor can do from a dossier, each one a TaskManager call with a success and a failure path.

The view and its sections call these; none of them touches the book directly. After a
save succeeds the TaskManager emits `changed`, and the dossier reloads from that.
`saved` tells the view to say "Saved" (only ever after the book has the change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...domain import Consent, Record, Relation
from ..dialogs.client_editor import ClientEditorDialog
from ..dialogs.record_editors import ConsentEditor, RecordEditor, editor_for
from ..taskman import TaskManager, show_error
from ..widgets.confirm import confirm


class DossierActions(QObject):
    saved = Signal()
    dialog_opened = Signal(QDialog)  # lets tests and the main window reach the open editor

    def __init__(self, tm: TaskManager, view: QWidget):
        super().__init__(view)
        self.tm = tm
        self.view = view
        self.client_id: str = ""
        self.zone: str = ""  # the boutique's time zone, which the dossier's sections read moments in

    # -- notes --------------------------------------------------------------------------------
    def add_note(self, body: str, kind: str, on_done: Callable[[], None],
                 on_error: Callable[[BaseException], None]) -> None:
        client_id = self.client_id
        self.tm.run(lambda s: s.clients.add_note(client_id, body, kind),
                    lambda _r: self._ok(on_done), on_error, parent=self.view)

    def edit_note(self, note_id: str, body: str, kind: str, on_done: Callable[[], None],
                  on_error: Callable[[BaseException], None]) -> None:
        self.tm.run(lambda s: s.clients.edit_note(note_id, body, kind),
                    lambda _r: self._ok(on_done), on_error, parent=self.view)

    def delete_note(self, note_id: str, confirmed: bool = False) -> bool:
        if not confirmed and not confirm(self.view, self.tr("Delete note"),
                                         self.tr("Delete this note? This cannot be undone."), self.tr("Delete")):
            return False
        self.tm.run(lambda s: s.clients.delete_note(note_id), lambda _r: self._ok(), parent=self.view)
        return True

    # -- the client ---------------------------------------------------------------------------
    def edit_client(self) -> ClientEditorDialog:
        dialog = ClientEditorDialog(self.tm, self.client_id, parent=self.view)
        return self._open(dialog)

    # -- records ------------------------------------------------------------------------------
    def add_record(self, cls: type[Record], relation: Relation | None = None) -> RecordEditor:
        return self._open(editor_for(cls)(self.tm, self.client_id, None, relation, parent=self.view))

    def edit_record(self, record: Record, relation: Relation | None = None) -> RecordEditor:
        return self._open(editor_for(type(record))(self.tm, self.client_id, record, relation, parent=self.view))

    def delete_record(self, record: Record, confirmed: bool = False) -> bool:
        if not confirmed and not confirm(self.view, self.tr("Delete"),
                                         self.tr("Delete this entry? This cannot be undone."), self.tr("Delete")):
            return False
        cls, record_id = type(record), record.id
        self.tm.run(lambda s: s.clients.delete_record(cls, record_id), lambda _r: self._ok(), parent=self.view)
        return True

    def record_consent(self) -> RecordEditor:
        return self._open(ConsentEditor(self.tm, self.client_id, None, None, parent=self.view))

    def set_consent(self, channel: str, status: str, source: str = "") -> None:
        client_id = self.client_id
        source = source or self.tr("In boutique")
        self.tm.run(lambda s: s.clients.set_consent(client_id, channel, status, source),
                    lambda _r: self._ok(), parent=self.view)

    # -- plumbing -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.accepted.connect(self.saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _ok(self, then: Callable[[], None] | None = None) -> None:
        if then is not None:
            then()
        self.saved.emit()

    def fail(self, exc: BaseException) -> None:
        show_error(self.view, exc)
