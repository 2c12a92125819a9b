"""What an advisor can do with appointments, from the agenda, a dossier or the timeline.

Each action is a TaskManager call with a success and a failure path; none touches the book
directly. `saved(message)` is emitted only after the book has the change. Dialogs open
non-modally and are announced on `dialog_opened` (tests and the main window reach them).
File dialogs are skipped when a path is given (tests, scripted use).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...domain.errors import ValidationError
from ...domain.vocab import AppointmentStatus
from ...services.agenda import AgendaEntry, agenda
from ..brief import BriefDialog
from ..dialogs.appointment_editor import AppointmentEditor
from ..taskman import TaskManager, show_error
from ..widgets.confirm import confirm
from . import agenda_labels as words

ICS_FILTER = "iCalendar (*.ics)"


class AgendaActions(QObject):
    saved = Signal(str)  # what to tell the advisor, once the book has the change
    dialog_opened = Signal(QDialog)
    open_client = Signal(str)
    exported = Signal(str)  # the path written

    def __init__(self, tm: TaskManager, view: QWidget):
        super().__init__(view)
        self.tm = tm
        self.view = view

    # -- editing ------------------------------------------------------------------------------
    def book(self, client_id: str = "", client_name: str = "", day: date | None = None,
             start: time | None = None) -> AppointmentEditor:
        editor = AppointmentEditor(self.tm, None, client_id=client_id, client_name=client_name, day=day,
                                   start=start, parent=self.view)
        editor.accepted.connect(lambda: self.saved.emit(self.tr("✓ Appointment booked")))
        return self._open(editor)

    def edit(self, appointment_id: str, focus: str = "") -> AppointmentEditor:
        editor = AppointmentEditor(self.tm, appointment_id, focus=focus, parent=self.view)
        editor.accepted.connect(lambda: self.saved.emit(self.tr("✓ Saved")))
        return self._open(editor)

    def brief(self, appointment_id: str) -> BriefDialog:
        return self._open(BriefDialog(self.tm, appointment_id, self.view))

    def set_status(self, appointment_id: str, status: str) -> None:
        message = self.tr("✓ Marked %1").replace("%1", words.status(status).lower())
        self.tm.run(lambda s: agenda(s).set_status(appointment_id, status), lambda _r: self.saved.emit(message),
                    parent=self.view)

    def cancel(self, appointment_id: str, confirmed: bool = False) -> bool:
        if not confirmed and not confirm(self.view, self.tr("Cancel appointment"), self.tr(
                "Cancel this appointment? It stays in the agenda, marked cancelled."), self.tr("Cancel appointment")):
            return False
        self.tm.run(lambda s: agenda(s).cancel(appointment_id),
                    lambda _r: self.saved.emit(self.tr("✓ Appointment cancelled")), parent=self.view)
        return True

    def menu(self, entry: AgendaEntry) -> list[tuple[str, Callable[[], None]]]:
        """The actions on one appointment, for context menus and "⋯" buttons."""
        a = entry.appointment
        items = [(self.tr("Edit…"), lambda: self.edit(a.id)),
                 (self.tr("Pre-appointment brief…"), lambda: self.brief(a.id)),
                 (self.tr("Write what happened…"), lambda: self.edit(a.id, focus="notes_after"))]
        for status in (AppointmentStatus.CONFIRMED, AppointmentStatus.DONE, AppointmentStatus.NO_SHOW):
            if a.status != status and a.status != AppointmentStatus.CANCELLED:
                items.append((self.tr("Mark %1").replace("%1", words.status(status.value).lower()),
                              lambda st=status.value: self.set_status(a.id, st)))
        if a.status == AppointmentStatus.CANCELLED:
            items.append((self.tr("Book it again"), lambda: self.set_status(a.id, AppointmentStatus.BOOKED.value)))
        else:
            items.append((self.tr("Cancel appointment…"), lambda: self.cancel(a.id)))
        items += [(self.tr("Open the client's dossier"), lambda: self.open_client.emit(a.client_id)),
                  (self.tr("Export to a calendar file…"), lambda: self.export(ids=[a.id]))]
        return items

    # -- calendar files --------------------------------------------------------------------------
    def export(self, *, ids: list[str] | None = None, first: date | None = None, days: int = 1,
               path: str | None = None) -> None:
        """Write the appointments to an .ics file (asks where unless `path` is given)."""
        if path is None:
            name = f"agenda-{first.isoformat()}.ics" if first else "appointment.ics"
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(self.view, self.tr("Export to a calendar file"),
                                                  str(Path(folder) / name), ICS_FILTER)
            if not path:
                return
        labels = words.export_labels()
        self.tm.run(lambda s: agenda(s).export_ics(ids=ids, first=first, days=days, labels=labels),
                    lambda data: self._write(path, data), parent=self.view)

    def _write(self, path: str, data: bytes) -> None:
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            show_error(self.view, ValidationError(self.tr("The calendar file could not be written to %1 (%2).")
                                                  .replace("%1", path).replace("%2", exc.strerror or str(exc))))
            return
        self.exported.emit(path)
        self.saved.emit(self.tr("✓ Exported to %1").replace("%1", Path(path).name))

    def import_file(self, path: str | None = None):
        """Read an .ics file and open the import dialog over it (asks which file unless `path` is given)."""
        from ...agenda.ics_import import check_size
        from ..dialogs.ics_import import IcsImportDialog

        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
            path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Import a calendar file"), folder,
                                                  ICS_FILTER + ";;" + self.tr("All files (*)"))
            if not path:
                return None
        try:
            check_size(Path(path).stat().st_size)
            data = Path(path).read_bytes()
        except ValidationError as exc:
            show_error(self.view, exc)
            return None
        except OSError as exc:
            show_error(self.view, ValidationError(self.tr("The file %1 cannot be read (%2).")
                                                  .replace("%1", path).replace("%2", exc.strerror or str(exc))))
            return None
        dialog = IcsImportDialog(self.tm, data, Path(path).name, self.view)
        dialog.imported.connect(lambda report: self.saved.emit(
            self.tr("✓ Imported: %1 new, %2 changed").replace("%1", str(report.added))
            .replace("%2", str(report.updated))))
        return self._open(dialog)

    # -- plumbing -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog
