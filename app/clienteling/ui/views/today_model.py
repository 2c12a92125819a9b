"""The Today list as rows: today's appointments, then prompts grouped Overdue / Today / Coming up
(in the rules engine's order: overdue first, then priority, then due date), and, when asked,
the prompts held back with their reason. Group titles are rows that cannot be selected."""

from __future__ import annotations

from collections.abc import Callable
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

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)

COLUMNS = 4  # when, client, why, channel


class Kind(IntEnum):
    HEADER = 0
    INFO = 1  # a line of text under a header ("Nothing due")
    APPOINTMENT = 2
    PROMPT = 3
    SUPPRESSED = 4


class TodayRow:
    """One line of the list. Its four cells (when, client, why, channel) are worded on first
    use, so a flagship's thousands of prompts cost only the rows on screen."""

    __slots__ = ("kind", "key", "client_id", "prompt", "late", "_cells", "_word")

    def __init__(self, kind: Kind, key: str, cells: tuple[str, str, str, str] | Callable[[], tuple] = ("", "", "", ""),
                 client_id: str = "", prompt: Prompt | None = None, late: bool = False):
        self.kind = kind
        self.key = key  # prompt key, appointment id or group name: keeps the selection across reloads
        self.client_id = client_id
        self.prompt = prompt
        self.late = late
        self._cells, self._word = (None, cells) if callable(cells) else (cells, None)

    @property
    def cells(self) -> tuple[str, str, str, str]:
        if self._cells is None:
            self._cells = self._word()
            self._word = None
        return self._cells

    @property
    def selectable(self) -> bool:
        return self.kind in (Kind.APPOINTMENT, Kind.PROMPT, Kind.SUPPRESSED)


def day_text(day: date, today: date) -> str:
    """"Today", "Tomorrow", "Yesterday", else "Tue 14 Apr"."""
    delta = (day - today).days
    if delta == 0:
        return translate("Today", "Today")
    if delta == 1:
        return translate("Today", "Tomorrow")
    if delta == -1:
        return translate("Today", "Yesterday")
    return locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


class _Words:
    """Days and channels worded once per list (thousands of prompts share a few dozen of each)."""

    def __init__(self, today: date):
        self.today = today
        self._days: dict[date, str] = {}
        self._channels: dict[object, str] = {}

    def day(self, day: date) -> str:
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = day_text(day, self.today)
        return text

    def channel(self, prompt: Prompt) -> str:
        text = self._channels.get(prompt.channel)
        if text is None:
            text = self._channels[prompt.channel] = (labels.channel(prompt.channel.value) if prompt.channel
                                                     else translate("Today", "No channel"))
        return text

    def reason(self, prompt: Prompt) -> str:
        if prompt.snoozed_until is not None:
            return translate("Today", "Snoozed until %1").replace("%1", self.day(prompt.snoozed_until))
        return today_labels.suppression(prompt.suppressed.value if prompt.suppressed else "")


def _prompt_row(p: Prompt, words: _Words) -> TodayRow:
    if p.suppressed is not None:
        return TodayRow(Kind.SUPPRESSED, p.key, lambda: (words.day(p.due), p.client_name, today_labels.why(p),
                                                         words.reason(p)), p.client_id, p)
    return TodayRow(Kind.PROMPT, p.key, lambda: (words.day(p.due), p.client_name, today_labels.why(p),
                                                 words.channel(p)), p.client_id, p, late=p.due < words.today)


def _header(key: str, title: str, count: int) -> TodayRow:
    return TodayRow(Kind.HEADER, f"group:{key}", (f"{title} · {count}", "", "", ""))


def _time(ts: datetime, tz: tzinfo) -> str:
    local = ts.astimezone(tz)
    return f"{local:%H:%M}"


def _appointment_cells(a, client_name: str, tz: tzinfo) -> tuple[str, str, str, str]:
    when = f"{_time(a.starts_at, tz)}–{_time(a.ends_at, tz)}"
    what = today_labels.appointment_purpose(a.purpose.value)
    where = today_labels.place(a.place.value) + (f" · {a.place_detail}" if a.place_detail else "")
    if a.status.value not in ("booked", "confirmed"):
        what += f" ({today_labels.appointment_status(a.status.value)})"
    return when, client_name, what, where


def appointment_row(appointment, client_name: str, tz: tzinfo) -> TodayRow:
    return TodayRow(Kind.APPOINTMENT, f"appointment:{appointment.id}",
                    lambda: _appointment_cells(appointment, client_name, tz), appointment.client_id)


Item = TodayRow | Prompt  # a prompt stands in the list as itself until a row of it is asked for


class Rows(list):
    """The list's items, and where its full-width lines (group titles, notes) are."""

    def __init__(self):
        super().__init__()
        self.spans: list[int] = []

    def line(self, row: TodayRow) -> None:
        self.spans.append(len(self))
        self.append(row)


def build_rows(appointments: list[tuple[object, str]], prompts: list[Prompt], suppressed: list[Prompt],
               today: date, tz: tzinfo, *, show_suppressed: bool) -> Rows:
    """`appointments` as (Appointment, client name) in time order; prompts in the rules' order.
    Prompts go in as they are (a flagship has tens of thousands): `TodayModel` words them."""
    out = Rows()
    if appointments:
        out.line(_header("appointments", translate("Today", "Appointments today"), len(appointments)))
        out.extend(appointment_row(a, name, tz) for a, name in appointments)
    late, due, coming = [], [], []
    for p in prompts:
        (late if p.due < today else due if p.due == today else coming).append(p)
    for key, title, members in (("overdue", translate("Today", "Overdue"), late), ("today", translate("Today", "Today"), due),
                                ("coming", translate("Today", "Coming up"), coming)):
        if members:
            out.line(_header(key, title, len(members)))
            out.extend(members)
    if not prompts:
        out.line(TodayRow(Kind.INFO, "info:nothing", (translate("Today", "Nothing to follow up: every prompt is answered."),
                                                        "", "", "")))
    if show_suppressed and suppressed:
        out.line(_header("suppressed", translate("Today", "Suppressed"), len(suppressed)))
        out.extend(suppressed)
    return out


def _selectable(item: Item) -> bool:
    return not isinstance(item, TodayRow) or item.selectable


class TodayModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []
        self._spans: list[int] = []
        self._made: dict[int, TodayRow] = {}  # rows worded so far, by position
        self._words = _Words(date.today())
        self._headers = (self.tr("When"), self.tr("Client"), self.tr("Why"), self.tr("Channel"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def flags(self, index):
        if not index.isValid() or not _selectable(self._items[index.row()]):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
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

    def set_rows(self, items: Rows, today: date) -> None:
        """The list for `today`, from `build_rows`."""
        self.beginResetModel()
        self._items = items
        self._spans = list(items.spans)
        self._made = {}
        self._words = _Words(today)
        self.endResetModel()

    def rows(self) -> list[TodayRow]:
        """Every row, worded (for tests and small lists; the view asks `row(i)`)."""
        return [self.row(i) for i in range(len(self._items))]

    def row(self, at: int) -> TodayRow | None:
        if not 0 <= at < len(self._items):
            return None
        item = self._items[at]
        if isinstance(item, TodayRow):
            return item
        made = self._made.get(at)
        if made is None:
            made = self._made[at] = _prompt_row(item, self._words)
        return made

    def find(self, key: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.key == key), -1)

    def step(self, at: int, direction: int) -> int:
        """The next selectable row from `at` in `direction` (+1 / -1); `at` itself if there is none."""
        i = at + direction
        while 0 <= i < len(self._items):
            if _selectable(self._items[i]):
                return i
            i += direction
        return at

    def nearest(self, at: int) -> int:
        """The selectable row at `at`, else the next one below, else above; -1 when there is none."""
        at = max(0, min(at, len(self._items) - 1))
        if self._items and _selectable(self._items[at]):
            return at
        below = self.step(at, 1)
        if below != at:
            return below
        above = self.step(at, -1)
        return above if above != at else -1

    def spans(self) -> list[int]:
        """Positions of the rows that span the table (group titles, notes)."""
        return self._spans
