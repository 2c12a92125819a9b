"""The Today list as rows: today's appointments, then prompts grouped Overdue / Today / Coming up
(in the rules engine's order: overdue first, then priority, then due date), and, when asked,
the prompts held back with their reason. Group titles are rows that cannot be selected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...outreach.prompt import Prompt
from .. import labels
from ..widgets.style import DANGER, MUTED
from ..widgets.text import plain_tooltip
from . import today_labels
from .dossier_format import locale

COLUMNS = 4  # when, client, why, channel


class Kind(IntEnum):
    HEADER = 0
    INFO = 1  # a line of text under a header ("Nothing due")
    APPOINTMENT = 2
    PROMPT = 3
    SUPPRESSED = 4


@dataclass(frozen=True)
class TodayRow:
    kind: Kind
    key: str  # prompt key, appointment id or group name: keeps the selection across reloads
    cells: tuple[str, str, str, str]
    client_id: str = ""
    prompt: Prompt | None = None
    late: bool = False

    @property
    def selectable(self) -> bool:
        return self.kind in (Kind.APPOINTMENT, Kind.PROMPT, Kind.SUPPRESSED)


def _t(text: str) -> str:
    return QCoreApplication.translate("Today", text)


def day_text(day: date, today: date) -> str:
    """"Today", "Tomorrow", "Yesterday", else "Tue 14 Apr"."""
    delta = (day - today).days
    if delta == 0:
        return _t("Today")
    if delta == 1:
        return _t("Tomorrow")
    if delta == -1:
        return _t("Yesterday")
    return locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def _channel(prompt: Prompt) -> str:
    return labels.channel(prompt.channel.value) if prompt.channel is not None else _t("No channel")


def _prompt_row(prompt: Prompt, today: date) -> TodayRow:
    return TodayRow(Kind.PROMPT, prompt.key,
                    (day_text(prompt.due, today), prompt.client_name, today_labels.why(prompt), _channel(prompt)),
                    prompt.client_id, prompt, late=prompt.overdue(today))


def _header(key: str, title: str, count: int) -> TodayRow:
    return TodayRow(Kind.HEADER, f"group:{key}", (f"{title} · {count}", "", "", ""))


def _time(ts: datetime, tz: tzinfo) -> str:
    local = ts.astimezone(tz)
    return f"{local:%H:%M}"


def appointment_row(appointment, client_name: str, tz: tzinfo) -> TodayRow:
    a = appointment
    when = f"{_time(a.starts_at, tz)}–{_time(a.ends_at, tz)}"
    what = today_labels.appointment_purpose(a.purpose.value)
    where = today_labels.place(a.place.value) + (f" · {a.place_detail}" if a.place_detail else "")
    if a.status.value not in ("booked", "confirmed"):
        what += f" ({today_labels.appointment_status(a.status.value)})"
    return TodayRow(Kind.APPOINTMENT, f"appointment:{a.id}", (when, client_name, what, where), a.client_id)


def build_rows(appointments: list[tuple[object, str]], prompts: list[Prompt], suppressed: list[Prompt],
               today: date, tz: tzinfo, *, show_suppressed: bool) -> list[TodayRow]:
    """`appointments` as (Appointment, client name) in time order; prompts in the rules' order."""
    out: list[TodayRow] = []
    if appointments:
        out.append(_header("appointments", _t("Appointments today"), len(appointments)))
        out.extend(appointment_row(a, name, tz) for a, name in appointments)
    groups = (("overdue", _t("Overdue"), [p for p in prompts if p.due < today]),
              ("today", _t("Today"), [p for p in prompts if p.due == today]),
              ("coming", _t("Coming up"), [p for p in prompts if p.due > today]))
    for key, title, members in groups:
        if members:
            out.append(_header(key, title, len(members)))
            out.extend(_prompt_row(p, today) for p in members)
    if not prompts:
        out.append(TodayRow(Kind.INFO, "info:nothing", (_t("Nothing to follow up: every prompt is answered."),
                                                        "", "", "")))
    if show_suppressed and suppressed:
        out.append(_header("suppressed", _t("Suppressed"), len(suppressed)))
        for p in suppressed:
            reason = today_labels.suppression(p.suppressed.value if p.suppressed else "")
            if p.snoozed_until is not None:
                reason = _t("Snoozed until %1").replace("%1", day_text(p.snoozed_until, today))
            out.append(TodayRow(Kind.SUPPRESSED, p.key,
                                (day_text(p.due, today), p.client_name, today_labels.why(p), reason),
                                p.client_id, p))
    return out


class TodayModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TodayRow] = []
        self._headers = (self.tr("When"), self.tr("Client"), self.tr("Why"), self.tr("Channel"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def flags(self, index):
        if not index.isValid() or not self._rows[index.row()].selectable:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[col]
        if role == Qt.ItemDataRole.ToolTipRole and row.kind in (Kind.PROMPT, Kind.SUPPRESSED) and col == 2:
            return plain_tooltip(row.cells[2])
        if role == Qt.ItemDataRole.FontRole:
            if row.kind == Kind.HEADER:
                return self._bold
            if row.kind == Kind.INFO or row.kind == Kind.SUPPRESSED:
                return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.kind in (Kind.HEADER, Kind.INFO, Kind.SUPPRESSED):
                return QColor(MUTED)
            if row.late and col == 0:
                return QColor(DANGER)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def set_rows(self, rows: list[TodayRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[TodayRow]:
        return self._rows

    def row(self, at: int) -> TodayRow | None:
        return self._rows[at] if 0 <= at < len(self._rows) else None

    def find(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def step(self, at: int, direction: int) -> int:
        """The next selectable row from `at` in `direction` (+1 / -1); `at` itself if there is none."""
        i = at + direction
        while 0 <= i < len(self._rows):
            if self._rows[i].selectable:
                return i
            i += direction
        return at

    def nearest(self, at: int) -> int:
        """The selectable row at `at`, else the next one below, else above; -1 when there is none."""
        at = max(0, min(at, len(self._rows) - 1))
        if self.row(at) is not None and self._rows[at].selectable:
            return at
        below = self.step(at, 1)
        if below != at:
            return below
        above = self.step(at, -1)
        return above if above != at else -1
