"""The week (or one day) as a time grid: a column per day, a block per appointment.

Painted rather than built from widgets, so a busy week draws in a few milliseconds. Blocks
that overlap in time sit side by side; an advisor's double booking is edged and written in
red (its tooltip says with whom); cancelled ones stay, struck through, so the history is
visible. Keys: ←/→ and ↑/↓ move between appointments, Enter opens one, the menu key (or
Shift+F10) lists what can be done. Double-click on an empty slot books there. Client text
is drawn as text, never as markup.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...domain.agenda import lanes, to_local
from ...domain.vocab import AppointmentStatus
from ...services.agenda import AgendaEntry, AgendaPage
from ..widgets.style import ACCENT, DANGER, INK, LINE, MUTED, NAVY
from . import agenda_labels as words

GUTTER, HEADER, HOUR = 56, 40, 52
MIN_BLOCK = 20
SLOT_MIN = 30
_FILL = {"booked": ("#ffffff", ACCENT), "confirmed": ("#f3ece1", ACCENT), "done": ("#eceff3", "#9aa4ae"),
         "no_show": ("#f8e9e9", "#c98b8b"), "cancelled": ("#f7f6f4", LINE)}


_INK, _MUTED, _DANGER, _NAVY = QColor(INK), QColor(MUTED), QColor(DANGER), QColor(NAVY)


class _Block(NamedTuple):
    """One appointment as drawn: where, in which colours, with which words (worked out once per layout)."""

    rect: QRectF
    entry: AgendaEntry
    fill: QColor
    edge: QColor
    ink: QColor
    cancelled: bool
    first: str  # "10:00 Client name"
    second: str  # "Fitting · Private salon"


class WeekGrid(QWidget):
    activated = Signal(str)  # an appointment id: open it
    selected = Signal(str)
    context_requested = Signal(str, QPoint)  # id, global position
    slot_requested = Signal(object, object)  # date, time: book there

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Agenda grid"))
        self.page: AgendaPage | None = None
        self.today: date | None = None
        self.now: datetime | None = None
        self.hours = (9, 20)
        self.hour = float(HOUR)  # pixels per hour: at least HOUR, more when the page is tall
        self.current_id = ""
        self._blocks: list[_Block] = []
        self._cut: dict[tuple[str, int, bool], str] = {}
        self._order: list[str] = []
        self.setMinimumHeight(HEADER + HOUR * 11)

    # -- data ---------------------------------------------------------------------------------------
    def set_page(self, page: AgendaPage, today: date, now: datetime | None = None,
                 hours: tuple[int, int] = (9, 20)) -> None:
        self.page, self.today, self.now = page, today, now
        first, last = hours
        for e in page.entries:
            start, end = to_local(e.appointment.starts_at, page.time_zone), to_local(e.appointment.ends_at,
                                                                                     page.time_zone)
            first = min(first, start.hour)
            last = max(last, 24 if end.date() > start.date() else end.hour + (1 if end.minute else 0))
        self.hours = (first, max(last, first + 1))
        self.setMinimumHeight(HEADER + HOUR * (self.hours[1] - self.hours[0]) + 4)
        self._order = [e.appointment.id for e in sorted(page.entries, key=lambda e: e.appointment.starts_at)]
        if self.current_id not in self._order:
            self.current_id = ""
        self._layout()
        self.update()

    def entry(self, appointment_id: str) -> AgendaEntry | None:
        return self.page.entry(appointment_id) if self.page else None

    def select(self, appointment_id: str) -> None:
        if appointment_id != self.current_id:
            self.current_id = appointment_id
            self.update()
            if appointment_id:
                self.selected.emit(appointment_id)

    def block_rect(self, appointment_id: str) -> QRectF | None:
        return next((b.rect for b in self._blocks if b.entry.appointment.id == appointment_id), None)

    # -- geometry -----------------------------------------------------------------------------------
    def _column_width(self) -> float:
        return (self.width() - GUTTER) / max(1, self.page.days if self.page else 7)

    def _y(self, minutes: float) -> float:
        return HEADER + (minutes - self.hours[0] * 60) / 60 * self.hour

    def _layout(self) -> None:
        self._blocks = []
        if len(self._cut) > 5000:
            self._cut.clear()
        self.hour = max(float(HOUR), (self.height() - HEADER - 4) / (self.hours[1] - self.hours[0]))
        if self.page is None:
            return
        tz, width = self.page.time_zone, self._column_width()
        for col in range(self.page.days):
            day = self.page.first + timedelta(days=col)
            entries = self.page.on(day)
            placed = lanes([e.appointment for e in entries])
            for e in entries:
                lane, count = placed[e.appointment.id]
                start = to_local(e.appointment.starts_at, tz)
                top = self._y(start.hour * 60 + start.minute)
                minutes = min(e.appointment.duration_min, 24 * 60 - start.hour * 60 - start.minute)
                height = max(MIN_BLOCK, minutes / 60 * self.hour - 2)
                x = GUTTER + col * width + lane * width / count + 2
                self._blocks.append(self._block(QRectF(x, top + 1, width / count - 4, height), e, tz))

    def _block(self, rect: QRectF, e: AgendaEntry, tz: str) -> _Block:
        a = e.appointment
        fill, edge = _FILL.get(a.status.value, _FILL["booked"])
        cancelled = a.status == AppointmentStatus.CANCELLED
        ink = _MUTED if cancelled else (_DANGER if e.flagged else _INK)
        # LRM: the time leads even when the name is Arabic (a right-to-left line would push it off the block).
        # A double-booking is said by the red bar and red words (and ⚠ in the tooltip), leaving room for the time.
        first = f"\u200e{words.hm(a.starts_at, tz)} {e.client_name}"
        second = f"{words.purpose(a.purpose.value)} · {words.place(a.place.value)}"
        return _Block(rect, e, QColor(fill), QColor(edge), ink, cancelled, first, second)

    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    def _at(self, pos) -> AgendaEntry | None:
        for b in reversed(self._blocks):
            if b.rect.contains(pos):
                return b.entry
        return None

    def _slot_at(self, pos) -> tuple[date, time] | None:
        if self.page is None or pos.x() < GUTTER or pos.y() < HEADER:
            return None
        col = int((pos.x() - GUTTER) // self._column_width())
        minutes = self.hours[0] * 60 + (pos.y() - HEADER) / self.hour * 60
        minutes = int(minutes // SLOT_MIN * SLOT_MIN)
        if not 0 <= col < self.page.days or minutes >= 24 * 60:
            return None
        return self.page.first + timedelta(days=col), time(minutes // 60, minutes % 60)

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if self.page is not None:
            self._paint_grid(p)
            plain = QFont(self.font())
            struck = QFont(plain)
            struck.setStrikeOut(True)
            line = QFontMetrics(plain).height()
            for b in self._blocks:
                self._paint_block(p, b, (plain, struck), line)
            self._paint_now(p)
        p.end()

    def _paint_grid(self, p: QPainter) -> None:
        width, days = self._column_width(), self.page.days
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        for h in range(self.hours[0], self.hours[1] + 1):
            y = self._y(h * 60)
            p.setPen(QPen(QColor(LINE), 1))
            p.drawLine(GUTTER, int(y), self.width(), int(y))
            if h < self.hours[1]:
                p.setPen(QColor(MUTED))
                p.drawText(QRectF(0, y - 2, GUTTER - 8, 16), Qt.AlignmentFlag.AlignRight, f"{h:02d}:00")
        bold = QFont(self.font())
        bold.setBold(True)
        for col in range(days):
            day = self.page.first + timedelta(days=col)
            x = GUTTER + col * width
            if day == self.today:
                p.fillRect(QRectF(x, 0, width, HEADER), QColor("#f3ece1"))
            p.setPen(QPen(QColor(LINE), 1))
            p.drawLine(int(x), 0, int(x), self.height())
            p.setPen(QColor(ACCENT if day == self.today else INK))
            p.setFont(bold if day == self.today else self.font())
            p.drawText(QRectF(x + 6, 0, width - 12, HEADER), Qt.AlignmentFlag.AlignVCenter, words.day_short(day))
        p.setPen(QPen(QColor(LINE), 1))
        p.drawLine(GUTTER, HEADER, self.width(), HEADER)

    def _paint_block(self, p: QPainter, b: _Block, fonts: tuple[QFont, QFont], line: int) -> None:
        selected = b.entry.appointment.id == self.current_id
        pen = QPen(_NAVY if selected else b.edge, 2 if selected else 1)
        if b.cancelled:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(b.fill)
        p.drawRoundedRect(b.rect, 4, 4)
        if b.entry.flagged:
            p.fillRect(QRectF(b.rect.left(), b.rect.top(), 4, b.rect.height()), _DANGER)
        font = fonts[b.cancelled]
        p.setFont(font)
        p.setPen(b.ink)
        inner = b.rect.adjusted(7 if b.entry.flagged else 5, 2, -4, -2)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        p.drawText(inner, flags, self._elided(b.first, font, int(inner.width())))
        if inner.height() >= 2 * line:
            p.setPen(_MUTED)
            p.drawText(inner.adjusted(0, line, 0, 0), flags, self._elided(b.second, font, int(inner.width())))

    def _elided(self, text: str, font: QFont, width: int) -> str:
        """`text` cut with … to `width`; kept, so a repaint (a click, a tooltip) does not measure again."""
        key = (text, width, font.strikeOut())
        cut = self._cut.get(key)
        if cut is None:
            cut = self._cut[key] = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        return cut

    def _paint_now(self, p: QPainter) -> None:
        if self.now is None or self.today is None:
            return
        col = (self.today - self.page.first).days
        if not 0 <= col < self.page.days:
            return
        local = to_local(self.now, self.page.time_zone)
        y = self._y(local.hour * 60 + local.minute)
        if HEADER <= y <= self.height():
            width = self._column_width()
            p.setPen(QPen(QColor(DANGER), 2))
            p.drawLine(int(GUTTER + col * width), int(y), int(GUTTER + (col + 1) * width), int(y))

    # -- interaction -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._at(event.position())
        self.select(hit.appointment.id if hit else "")
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._at(event.position())
        if hit is not None:
            self.activated.emit(hit.appointment.id)
        elif (slot := self._slot_at(event.position())) is not None:
            self.slot_requested.emit(*slot)

    def contextMenuEvent(self, event) -> None:
        hit = self._at(event.pos()) if event.reason() == event.Reason.Mouse else self.entry(self.current_id)
        if hit is not None:
            self.select(hit.appointment.id)
            rect = self.block_rect(hit.appointment.id)
            where = event.globalPos() if event.reason() == event.Reason.Mouse else \
                self.mapToGlobal(rect.center().toPoint())
            self.context_requested.emit(hit.appointment.id, where)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Home,
                   Qt.Key.Key_End) and self._order:
            i = self._order.index(self.current_id) if self.current_id in self._order else -1
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
                i = min(i + 1, len(self._order) - 1)
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                i = max(i - 1, 0)
            else:
                i = 0 if key == Qt.Key.Key_Home else len(self._order) - 1
            self.select(self._order[i])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id:
            self.activated.emit(self.current_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self._at(event.position()) if hasattr(event, "position") else self._at(event.pos())
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), describe(hit, self.page), self)
            return True
        return super().event(event)


def describe(e: AgendaEntry, page: AgendaPage) -> str:
    """What a block says in full (its tooltip), client text escaped, a line per fact."""
    a, tz = e.appointment, page.time_zone
    lines = [f"{words.time_range(a, tz)} · {e.client_name}",
             f"{words.purpose(a.purpose.value)} · {words.place(a.place.value)}"
             + (f" — {a.place_detail}" if a.place_detail else ""),
             " · ".join(x for x in (a.advisor, words.status(a.status.value)) if x)]
    if e.flagged:
        others = [page.entry(i) for i in e.overlaps]
        names = ", ".join(f"{words.hm(o.appointment.starts_at, tz)} {o.client_name}" for o in others if o)
        lines.append("⚠ " + words.overlaps_with(names))
    if a.notes_before:
        lines.append(a.notes_before[:300])
    return words.tooltip(lines)
