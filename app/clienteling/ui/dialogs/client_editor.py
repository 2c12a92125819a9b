"""Create or edit a client: names in both scripts, how to address and reach them, tier, tags.

Nothing is saved until the book has accepted the whole form; a refused value is named
in a red line at the top, its field outlined and focused, and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget)

from ...domain.vocab import LANGUAGES, Channel, Tier, Title
from ...services import ClientForm
from .. import labels
from ..taskman import TaskManager
from ..widgets.confirm import confirm
from ..widgets.contact_rows import ContactRows
from ..widgets.form_dialog import FormDialog
from ..widgets.text import plain_label
from .record_editors import code_combo, select

COUNTRIES = ("FR", "CN", "HK", "TW", "JP", "KR", "SG", "US", "GB", "IT", "DE", "ES", "CH", "BE",
             "NL", "MC", "AE", "SA", "QA", "RU", "AU", "CA", "BR", "IN")
_TEXT_FIELDS = ("family_name", "given_name", "family_name_latin", "given_name_latin", "advisor", "city",
                "do_not_contact_reason")


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code


def normalised(form: ClientForm) -> ClientForm:
    """The form as the book would read it: blank contact rows and tags do not count as changes."""
    return ClientForm(**{**form.__dict__,
                         "phones": [p for p in form.phones if p[1].strip()],
                         "emails": [e for e in form.emails if e[1].strip()],
                         "tags": [t.strip() for t in form.tags if t.strip()]})


def pair(left: QWidget, right: QWidget) -> QWidget:
    """Two fields side by side: the name as written, and its Latin transcription."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(left, 1)
    line.addWidget(right, 1)
    return holder


class ClientEditorDialog(FormDialog):
    """`ClientEditorDialog(tm, client_id=None)`: None creates a client; `saved_client_id` after Save."""

    loaded = Signal()  # the existing client's form is filled in (edit mode)

    def __init__(self, tm: TaskManager, client_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.tm = tm
        self.client_id = client_id
        self.saved_client_id: str | None = None
        self._initial = ClientForm()
        self.setWindowTitle(self.tr("New client") if client_id is None else self.tr("Edit client"))
        self.resize(720, 680)
        self._build()
        self.set_form(ClientForm(advisor=""))
        self._initial = normalised(self.form())
        self.loading = client_id is not None
        if self.loading:
            self._page.setEnabled(False)
            self.save_button().setEnabled(False)
            tm.run(lambda s: ClientForm.from_dossier(s.clients.dossier(client_id)), self._loaded,
                   self._load_failed, parent=self)

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(self.error)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = self._page = QWidget()
        page.setObjectName("formPage")
        scroll.viewport().setAutoFillBackground(False)
        grid = QVBoxLayout(page)
        grid.setContentsMargins(4, 4, 12, 4)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        grid.addLayout(form)
        grid.addStretch(1)

        self.family_name, self.given_name = QLineEdit(), QLineEdit()
        self.family_name_latin, self.given_name_latin = QLineEdit(), QLineEdit()
        self.family_name.setPlaceholderText(self.tr("e.g. 张 / Dupont"))
        self.given_name.setPlaceholderText(self.tr("e.g. 伟 / Héloïse"))
        self.family_name_latin.setPlaceholderText(self.tr("e.g. Zhang"))
        self.given_name_latin.setPlaceholderText(self.tr("e.g. Wei"))
        self.title = code_combo(Title, labels.title)
        self._group(form, self.tr("Name"))
        form.addRow("", pair(plain_label(self.tr("As the client writes it"), "muted"),
                             plain_label(self.tr("In Latin letters"), "muted")))
        form.addRow(self.tr("Family name"), pair(self.family_name, self.family_name_latin))
        form.addRow(self.tr("Given name"), pair(self.given_name, self.given_name_latin))
        form.addRow(self.tr("Title"), self.title)

        self.tier = code_combo(Tier, labels.tier)
        self.advisor = QLineEdit()
        self.preferred_language = code_combo(LANGUAGES, labels.language)
        self.preferred_channel = code_combo(Channel, labels.channel)
        self._group(form, self.tr("Relationship"))
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Advisor"), self.advisor)
        form.addRow(self.tr("Speaks"), self.preferred_language)
        form.addRow(self.tr("Reach by"), self.preferred_channel)

        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        for code in COUNTRIES:
            self.country.addItem(f"{code} — {country_name(code)}", code)
        self.country.setToolTip(self.tr("Two-letter country code; local phone numbers are read for it."))
        self.city = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.phones = ContactRows(self.tr("+ Add phone"), self.tr("Mobile"), self.tr("+33 6 12 34 56 78"))
        self.emails = ContactRows(self.tr("+ Add email"), self.tr("Personal"), self.tr("name@example.com"))
        self._group(form, self.tr("Contact"))
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("Emails"), self.emails)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. collector, golf, Shanghai"))
        self.do_not_contact = QCheckBox(self.tr("Do not contact this client"))
        self.do_not_contact_reason = QLineEdit()
        self.do_not_contact_reason.setPlaceholderText(self.tr("Why (the advisor who reads it will respect it)"))
        self.do_not_contact.toggled.connect(self.do_not_contact_reason.setEnabled)
        self.quiet = QCheckBox(self.tr("Quiet period until"))
        self.quiet.setToolTip(self.tr("No outreach prompts for this client before that day (mourning, a request)"))
        self.quiet_until = QDateEdit(QDate.currentDate().addMonths(1))
        self.quiet_until.setCalendarPopup(True)
        self.quiet_until.setDisplayFormat("yyyy-MM-dd")
        self.quiet_reason = QLineEdit()
        self.quiet_reason.setPlaceholderText(self.tr("Why (e.g. mourning; call after the summer)"))
        for widget in (self.quiet_until, self.quiet_reason):
            widget.setEnabled(False)
            self.quiet.toggled.connect(widget.setEnabled)
        self._group(form, self.tr("Other"))
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", self.do_not_contact)
        form.addRow(self.tr("Reason"), self.do_not_contact_reason)
        quiet_row = QWidget()
        quiet_line = QHBoxLayout(quiet_row)
        quiet_line.setContentsMargins(0, 0, 0, 0)
        quiet_line.addWidget(self.quiet)
        quiet_line.addWidget(self.quiet_until, 1)
        form.addRow("", quiet_row)
        form.addRow(self.tr("Quiet because"), self.quiet_reason)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.watch(self.family_name, self.given_name, self.family_name_latin, self.given_name_latin,
                   self.title, self.tier, self.advisor, self.preferred_language, self.preferred_channel,
                   self.country.lineEdit(), self.city, self.address, self.tags, self.do_not_contact_reason,
                   self.quiet_reason)
        self.phones.edited.connect(lambda: [self._unmark(w) for w in list(self._marked)
                                            if w in self.phones.value_edits()])
        self.emails.edited.connect(lambda: [self._unmark(w) for w in list(self._marked)
                                            if w in self.emails.value_edits()])

    def _group(self, form: QFormLayout, text: str) -> None:
        label = plain_label(text.upper(), "groupTitle")
        label.setContentsMargins(0, 12 if form.rowCount() else 0, 0, 2)
        form.addRow(label)

    def reveal(self, widget: QWidget) -> None:
        self._scroll.ensureWidgetVisible(widget, 20, 40)

    # -- form <-> widgets ---------------------------------------------------------------------
    def form(self) -> ClientForm:
        data = {name: getattr(self, name).text() for name in _TEXT_FIELDS}
        return ClientForm(
            **data, title=self.title.currentData(), country=self._country_code(),
            preferred_language=self.preferred_language.currentData(),
            preferred_channel=self.preferred_channel.currentData(), tier=self.tier.currentData(),
            address=self.address.toPlainText(), do_not_contact=self.do_not_contact.isChecked(),
            quiet_until=self.quiet_until.date().toPython() if self.quiet.isChecked() else None,
            quiet_reason=self.quiet_reason.text() if self.quiet.isChecked() else "",
            phones=self.phones.values(), emails=self.emails.values(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()])

    def set_form(self, form: ClientForm) -> None:
        for name in _TEXT_FIELDS:
            getattr(self, name).setText(getattr(form, name))
        for combo, value in ((self.title, form.title), (self.tier, form.tier),
                             (self.preferred_language, form.preferred_language),
                             (self.preferred_channel, form.preferred_channel)):
            select(combo, value)
        index = self.country.findData(form.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(form.country)
        self.address.setPlainText(form.address)
        self.do_not_contact.setChecked(form.do_not_contact)
        self.do_not_contact_reason.setEnabled(form.do_not_contact)
        self.quiet.setChecked(form.quiet_until is not None)
        if form.quiet_until is not None:
            day = form.quiet_until
            self.quiet_until.setDate(QDate(day.year, day.month, day.day))
        self.quiet_reason.setText(form.quiet_reason)
        self.phones.set_values(form.phones or [("", "")])
        self.emails.set_values(form.emails or [("", "")])
        self.tags.setText(", ".join(form.tags))

    def _country_code(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.findText(text)
        if index >= 0:
            return self.country.itemData(index)
        return text.split("—")[0].strip()

    def is_dirty(self) -> bool:
        return normalised(self.form()) != self._initial

    def field_widget(self, name: str | None) -> QWidget | None:
        name = name or ""
        for prefix, rows in (("phones[", self.phones), ("emails[", self.emails)):
            if name.startswith(prefix):
                try:
                    return rows.value_edit(int(name[len(prefix):].rstrip("]")))
                except ValueError:
                    return None
        aliases = {"tag": "tags", "email": "emails", "phone": "phones", "": None}
        name = aliases.get(name, name)
        if name in ("phones", "emails"):
            edits = getattr(self, name).value_edits()
            return edits[0] if edits else None
        widget = getattr(self, name, None) if name else None
        return widget if isinstance(widget, QWidget) and name in ClientForm.__dataclass_fields__ else None

    # -- loading and saving ---------------------------------------------------------------------
    def _loaded(self, form: ClientForm) -> None:
        self.set_form(form)
        self._initial = normalised(self.form())
        self.loading = False
        self._page.setEnabled(True)
        self.save_button().setEnabled(True)
        self.family_name.setFocus()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.show_problem(exc)  # the form stays disabled: there is nothing sound to edit

    def save(self) -> None:
        if self.loading or not self.begin_save():
            return
        self.clear_problem()
        form = self.form()
        client_id = self.client_id
        if client_id is None:
            self.tm.run(lambda s: s.clients.create_client(form), self._created, self.save_failed, parent=self)
        else:
            self.tm.run(lambda s: s.clients.update_client(client_id, form), self._updated, self.save_failed,
                        parent=self)

    def _created(self, result) -> None:
        self.saved_client_id, _ = result
        self._done()

    def _updated(self, _changes) -> None:
        self.saved_client_id = self.client_id
        self._done()

    def _done(self) -> None:
        self.end_save()
        self._initial = normalised(self.form())
        self.accept()

    def reject(self) -> None:
        """Esc / Cancel: ask before throwing away what was typed; never while a save is running."""
        if self.saving:
            return
        if self.is_dirty() and not confirm(self, self.windowTitle(), self.tr("Discard your changes to this client?"),
                                           self.tr("Discard")):
            return
        super().reject()
