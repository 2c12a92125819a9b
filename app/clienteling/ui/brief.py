"""The pre-appointment brief: one page an advisor reads (or prints) before seeing a client.

`BriefDialog(tm, appointment_id)` loads the brief on the book thread, lays it out in a
QTextDocument and offers Print… and Save as PDF…. Every piece of client text is escaped,
so a name or note that looks like HTML prints as those characters. Qt's font fallback
draws Chinese, Arabic (right to left) and accented names; the PDF keeps them as text.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from ..agenda import Brief
from ..services.agenda import agenda
from . import labels
from .taskman import TaskManager, error_text
from .views import agenda_labels as words
from .views.dossier_cases import stage_label
from .views.dossier_format import money, partial_date, short_date
from .widgets.text import alive

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)

CSS = """
body { font-family: 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', 'Noto Naskh Arabic', sans-serif;
       color: #1f1d1a; font-size: 10pt; }
h1 { font-size: 17pt; margin: 0; }
.muted { color: #6f685d; }
.warn { color: #a4262c; font-weight: bold; }
td { padding: 1px 8px 1px 0; vertical-align: top; }
"""


def _e(text: str) -> str:
    return html.escape(text or "", quote=False).replace("\n", "<br>")


def brief_html(b: Brief, boutique: str, tz: str) -> str:
    """The brief as a small HTML page for QTextDocument (client text escaped)."""
    a, c = b.appointment, b.client
    parts = ["<html><body>",
             f"<p class='muted'>{_e(boutique)} · {_e(translate('Brief', 'Pre-appointment brief'))}</p>",
             f"<h1 dir='auto'>{_e(b.salutation)}</h1>"]
    names = " · ".join(n for n in (c.native_name, c.latin_name) if n)
    sub = [names, b.salutation_en, labels.tier(c.tier.value), labels.language(c.preferred_language)]
    parts.append(f"<p dir='auto'>{_e(' · '.join(s for s in sub if s))}</p>")
    where = words.place(a.place.value) + (f" — {a.place_detail}" if a.place_detail else "")
    parts.append(f"<p><b>{_e(words.when(a, tz))}</b> · {_e(words.purpose(a.purpose.value))} · {_e(where)}"
                 f"{_e(' · ' + a.advisor) if a.advisor else ''} · {_e(words.status(a.status.value))}</p>")
    if c.do_not_contact:
        parts.append(f"<p class='warn'>{_e(translate('Brief', 'Do not contact'))}"
                     f"{_e(': ' + c.do_not_contact_reason) if c.do_not_contact_reason else ''}</p>")
    if a.notes_before:
        parts += [_h(translate("Brief", "To prepare")), f"<p dir='auto'>{_e(a.notes_before)}</p>"]
    taste = [f"{_e(labels.preference_category(k))}: {_e(', '.join(v))}" for k, v in b.likes.items()]
    taste += [f"<span class='warn'>{_e(translate('Brief', 'Avoid'))}</span> — {_e(labels.preference_category(k))}: "
              f"{_e(', '.join(v))}" for k, v in b.dislikes.items()]
    if taste:
        parts += [_h(translate("Brief", "Preferences")), "<p>" + "<br>".join(taste) + "</p>"]
    def size(s) -> str:
        return f"{labels.size_category(s.category.value)} {s.value} {s.system.value}"

    lines = [" · ".join(size(s) for s in b.sizes)] if b.sizes else []
    family: dict[str, list[str]] = {}
    for name, s in b.family_sizes:
        family.setdefault(name, []).append(size(s))
    lines += [f"{name}: {' · '.join(items)}" for name, items in family.items()]
    if lines:
        parts += [_h(translate("Brief", "Sizes")), "<p dir='auto'>" + "<br>".join(_e(line) for line in lines) + "</p>"]
    if b.dates:
        rows = []
        for d in b.dates:
            what = d.date.label or labels.date_kind(d.date.kind.value)
            if d.whose:
                what = f"{d.whose} — {what}"
            if d.turning:
                what += f" ({d.turning})"
            rows.append(f"<tr><td>{_e(partial_date(None, d.on.month, d.on.day))}</td><td>{_e(what)}</td></tr>")
        parts += [_h(translate("Brief", "Dates coming up")), "<table>" + "".join(rows) + "</table>"]
    if b.open_cases:
        rows = [f"<tr><td>{_e(x.item)}</td><td>{_e(stage_label(x.stage))}</td><td>"
                f"{_e(translate('Brief', 'promised %1').replace('%1', short_date(x.promised_on)) if x.promised_on else '')}"
                f"</td></tr>" for x in b.open_cases]
        parts += [_h(translate("Brief", "Open aftercare")), "<table>" + "".join(rows) + "</table>"]
    if b.last_visit is not None:
        parts += [_h(translate("Brief", "Last visit")), f"<p class='muted'>{_e(words.when(b.last_visit, tz))}</p>",
                  f"<p dir='auto'>{_e(b.last_visit.notes_after)}</p>"]
    if b.purchases:
        rows = [f"<tr><td>{_e(short_date(p.purchased_on))}</td><td dir='auto'>{_e(p.item)}</td>"
                f"<td>{_e(money(p.amount, p.currency))}</td></tr>" for p in b.purchases]
        parts += [_h(translate("Brief", "Recent purchases")), "<table>" + "".join(rows) + "</table>"]
    if b.wishlist:
        parts += [_h(translate("Brief", "Wishlist")), "<p dir='auto'>" + "<br>".join(_e(w.description) for w in b.wishlist) + "</p>"]
    if b.notes:
        notes = [f"<p dir='auto'><span class='muted'>{_e(short_date(n.created_at, tz))} · "
                 f"{_e(labels.note_kind(n.kind.value))}</span><br>{_e(_clip(n.body))}</p>" for n in b.notes]
        parts += [_h(translate("Brief", "Last notes")), *notes]
    parts.append("</body></html>")
    return "".join(parts)


def _h(text: str) -> str:
    """A section heading (inline style: QTextDocument sizes <h2> its own way)."""
    return (f"<p style='font-size: 8.5pt; font-weight: 600; color: #6f685d; margin-top: 12px; margin-bottom: 2px;'>"
            f"{_e(text.upper())}</p>")


def _clip(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def brief_document(b: Brief, boutique: str, tz: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(brief_html(b, boutique, tz))
    return doc


def save_pdf(doc: QTextDocument, path: Path | str) -> bool:
    """An A4 PDF of the document, text kept as text (names can be searched and copied).

    False when the file could not be written (Qt's PDF writer says nothing itself)."""
    path = Path(path)
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return False
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Clienteling")
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    return path.is_file() and path.stat().st_size > 0


class BriefDialog(QDialog):
    ready = Signal()  # the brief is laid out and shown
    failed = Signal(str)

    def __init__(self, tm: TaskManager, appointment_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self.appointment_id = appointment_id
        self.brief: Brief | None = None
        self.document: QTextDocument | None = None
        self.setWindowTitle(self.tr("Pre-appointment brief"))
        self.resize(720, 820)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setPlainText(self.tr("Preparing the brief…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = self.buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_brief)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.buttons.rejected.connect(self.reject)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        tm.run(lambda s: (agenda(s).brief(appointment_id), s.boutique.display_name, s.boutique.timezone),
               self._loaded, self._failed, parent=self)

    def _loaded(self, loaded) -> None:
        if not alive(self):
            return
        self.brief, boutique, tz = loaded
        self.document = brief_document(self.brief, boutique, tz)
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.brief.salutation)
        self.view.setDocument(self.document)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(True)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        if alive(self):
            self.view.setPlainText(error_text(exc))
            self.failed.emit(error_text(exc))

    def default_file(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = (self.brief.salutation if self.brief else "brief").replace("/", "-")
        return str(Path(folder) / f"{self.tr('Brief')} - {name}.pdf")

    def save_pdf(self, path: str | None = None) -> str | None:
        """Save the brief as a PDF at `path` (asks where when not given); returns the path written."""
        if self.document is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the brief as PDF"), self.default_file(),
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return None
        if not save_pdf(self.document, path):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save as PDF"),
                              self.tr("The brief could not be saved as %1. Choose another folder.").replace("%1", path),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            return None
        return path

    def print_brief(self) -> None:
        if self.document is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the brief"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document.print_(printer)
