"""A chart card of the Insights view: a title, an offline QtCharts chart, and the same figures
as a small table (read by screen readers, copied by a manager, checked by the tests)."""

from __future__ import annotations

import math

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QPieSeries,
                              QStackedBarSeries, QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHeaderView, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..widgets.style import ACCENT, DANGER, LINE, MUTED, NAVY
from ..widgets.text import plain_label

AMBER = "#c9962b"
GREEN = "#4f7d62"
PALETTE = (NAVY, ACCENT, GREEN, AMBER, "#7a6a9b", "#5b8fa8", DANGER, MUTED)


def nice_top(value: float) -> int:
    """An axis top at or above `value` that reads well: 1, 2, 5, 10, 20, 50…"""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return int(step * magnitude)
    return int(10 * magnitude)


class ChartCard(QFrame):
    def __init__(self, title: str, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = plain_label(title.upper(), "sectionTitle", wrap=False)
        self.note = plain_label("", "muted")
        self.note.hide()
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setStyleSheet("background: transparent;")
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("figures")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(title)
        self.table.setStyleSheet(f"QTableWidget {{ border: none; border-top: 1px solid {LINE}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_columns(self, headers: list[str]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)

    def set_figures(self, rows: list[tuple]) -> None:
        """The table under the chart: one row of plain text per figure."""
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height + 4)

    def figures(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def _clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def bars(self, categories: list[str], sets: list[tuple[str, list[int], str]], *, stacked: bool = False) -> None:
        """A (stacked) bar chart: `sets` are (name, one value per category, colour)."""
        self._clear()
        series = QStackedBarSeries() if stacked else QBarSeries()
        for name, values, colour in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in values])
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            series.append(bar)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories or [""])
        x.setLabelsColor(QColor(MUTED))
        top = max([sum(v[i] for _, v, _ in sets) if stacked else max((v[i] for _, v, _ in sets), default=0)
                   for i in range(len(categories))] or [0])
        y = QValueAxis()
        y.setRange(0, nice_top(top))
        y.setLabelFormat("%d")
        y.setTickCount(min(nice_top(top), 5) + 1)
        y.setLabelsColor(QColor(MUTED))
        y.setGridLineColor(QColor(LINE))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.legend().setVisible(len(sets) > 1)

    def pie(self, slices: list[tuple[str, int, str]], *, hole: float = 0.0) -> None:
        """A pie (a donut when `hole` > 0) of (label, value, colour), empty slices left out."""
        self._clear()
        series = QPieSeries()
        series.setHoleSize(hole)
        for label, value, colour in slices:
            if value:
                part = series.append(f"{label} ({value})", float(value))
                part.setColor(QColor(colour))
                part.setBorderColor(QColor("white"))
        self.chart.addSeries(series)
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
