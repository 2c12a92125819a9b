"""The Insights view draws what the book holds: each chart's table shows the report's figures."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clienteling.config import DEMO
from clienteling.domain import AftercareCase, OutreachLog, PromptState, build
from clienteling.store import rows
from clienteling.ui.views.kpi import KpiView
from clienteling.ui.views.kpi_charts import nice_top

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 15, 10, 0, tzinfo=PARIS)


def seed(session, client_id):
    records = [build(OutreachLog, client_id=client_id, at=NOW - timedelta(days=d), channel=c)
               for d, c in ((1, "email"), (2, "email"), (9, "wechat"), (30, "phone"))]
    records += [build(PromptState, client_id=client_id, prompt_key=f"k{i}", state="done", at=NOW - timedelta(days=i))
                for i in (1, 8, 9)]
    records.append(build(AftercareCase, client_id=client_id, kind="repair", item="Bag", stage="received",
                         opened_at=NOW - timedelta(days=3)))
    with session.book.transaction() as db:
        for r in records:
            rows.write(db.conn, r)


@pytest.fixture
def view(qtbot, tm, book, make_client):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    book(lambda s: seed(s, cid))
    v = KpiView(tm, DEMO, clock=lambda: NOW)  # the real rules engine over the book
    qtbot.addWidget(v)
    v.resize(1200, 900)
    v.show()
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v.book_opened()
    return v


def test_each_chart_shows_its_figures_as_a_table(view):
    report = view.report
    prompts = view.cards["prompts"].figures()
    assert [row[0] for row in prompts] == ["Completed", "Dismissed", "Overdue"]
    assert prompts[0] == ("Completed", *["0"] * 10, "2", "1")  # weeks 5 … 14, then 15 and 16
    assert prompts[1][1:] == prompts[2][1:] == ("0",) * 12
    table = view.cards["prompts"].table
    assert table.horizontalHeaderItem(12).text() == "W16" and table.columnCount() == 13
    assert view.cards["channels"].figures() == [("Email", "2"), ("Phone", "1"), ("WeChat", "1")]
    assert view.cards["cases"].figures() == [("Received", "1", "0", "1")]
    assert view.cards["segments"].figures() == [("Core", "0"), ("Potential", "0"), ("New", "0"), ("At risk", "0"),
                                                ("Dormant", "0"), ("Never bought", "1")]
    assert view.cards["completion"].figures() == [("Completed", "3"), ("Still overdue", "0"),
                                                  ("Completion rate", "100 %")]
    assert report.completed == 3 and report.breaches == 1
    assert "SLA breaches: 1" in view.summary.text()


def test_the_charts_hold_the_same_numbers(view):
    series = view.cards["channels"].chart.series()[0]
    bars = series.barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [2.0, 1.0, 1.0]
    pie = view.cards["segments"].chart.series()[0]
    assert [(s.label(), s.value()) for s in pie.slices()] == [("Never bought (1)", 1.0)]  # no empty slices


def test_a_change_elsewhere_redraws_while_shown(qtbot, view, tm, book):
    cid = book(lambda s: s.clients.list_rows()[0].id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        tm.run(lambda s: s.clients.add_note(cid, "Called about the bag"))
    assert view.cards["channels"].figures()[0] == ("Email", "2")


def test_axis_tops_read_well():
    assert [nice_top(v) for v in (0, 1, 2, 3, 7, 11, 49, 51, 1000)] == [1, 1, 2, 5, 10, 20, 50, 100, 1000]


def test_the_quick_figures_show_before_the_weeks_are_counted(qtbot, tm, book, make_client):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    book(lambda s: seed(s, cid))
    v = KpiView(tm, DEMO, clock=lambda: NOW)
    qtbot.addWidget(v)
    drawn, show = [], v.show_report

    def shown(report):
        show(report)
        drawn.append((report.counted, v.summary.text(), v.cards["channels"].figures()))

    v.show_report = shown
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v.book_opened()
    # the book's figures are on screen first, the rules' counts after
    assert [d[0] for d in drawn] == [False, True]
    assert "completion …" in drawn[0][1] and drawn[0][2] == drawn[1][2] == [("Email", "2"), ("Phone", "1"),
                                                                             ("WeChat", "1")]
    assert v.cards["prompts"].figures()[2][1:] == ("0",) * 12 and not v.cards["prompts"].note.isVisible()
    assert "completion 100 %" in v.summary.text()
