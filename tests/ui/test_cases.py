"""Aftercare in the UI: cases in the dossier (stages, dates, promise, quote, SLA in words), the case
editor, moving a case on or back, and the boutique-wide Aftercare page with its filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from clienteling.domain import CaseStage, Purchase, build
from clienteling.services.aftercare import AftercareService, CaseForm
from clienteling.store import rows
from clienteling.ui.dialogs.case_editor import CaseEditorDialog
from clienteling.ui.views.cases import AftercarePage
from clienteling.ui.views.dossier import DossierView


def add_purchase(session, client_id: str, on: date, item: str, category: str, amount: str) -> None:
    """Purchases arrive from the point of sale; tests write them straight into the book."""
    purchase = build(Purchase, client_id=client_id, purchased_on=on, item=item, category=category,
                     amount=Decimal(amount), currency="EUR", boutique="Paris Saint-Honoré")
    with session.book.transaction() as db:
        rows.write(db.conn, purchase, journaled=False)


def open_case(book, client_id: str, hours_ago: float, **form) -> str:
    """A case opened `hours_ago` (relative to now, so its SLA state does not depend on the day)."""
    def make(s):
        at = datetime.now(timezone.utc) - timedelta(hours=hours_ago)
        care = AftercareService(s.book, s.boutique, "Camille", clock=lambda: at)
        case, _ = care.open_case(client_id, CaseForm(**form))
        return case.id
    return book(make)


def move(book, case_id: str, *stages: str, hours_ago: float = 1) -> None:
    def go(s):
        at = datetime.now(timezone.utc) - timedelta(hours=hours_ago)
        care = AftercareService(s.book, s.boutique, "Camille", clock=lambda: at)
        for stage in stages:
            care.advance(case_id, stage)
    book(go)


@pytest.fixture
def view(qtbot, tm):
    widget = DossierView(tm)
    qtbot.addWidget(widget)
    widget.resize(1280, 1000)
    widget.show()
    return widget


def show(qtbot, view, client_id):
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        view.show_client(client_id)
    QApplication.processEvents()


def texts(widget) -> list[str]:
    QApplication.processEvents()  # widgets added to a shown layout appear on the next turn of the loop
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]


@pytest.fixture
def zhang(make_client, book):
    cid = make_client(family_name="张", given_name="丽", family_name_latin="Zhang", given_name_latin="Li",
                      title="mrs", preferred_language="zh-Hans", country="CN")
    book(lambda s: add_purchase(s, cid, date(2024, 5, 2), "Kelly 28, étoupe", "leather_goods", "9800"))
    book(lambda s: add_purchase(s, cid, date(2023, 9, 30), "Chronograph, steel, 41 mm", "watches", "18500"))
    return cid


def test_the_dossier_shows_an_open_case_with_its_stages_promise_quote_and_sla(qtbot, view, book, zhang):
    cid = open_case(book, zhang, 150, kind="repair", item="Kelly 28, étoupe", request="Handle stitching loose",
                    promised_on=date(2030, 1, 15), quote_amount="350")
    move(book, cid, "sent_to_workshop", hours_ago=140)
    show(qtbot, view, zhang)
    [card] = view.cases.cards
    assert card.item.text() == "Kelly 28, étoupe"
    assert card.stage.text() == "Sent to workshop · stage 2 of 7"
    assert (card.bar.reached, card.bar.total) == (2, 7)
    assert card.dates.text().startswith("Received ") and "  →  Sent to workshop " in card.dates.text()
    assert card.facts.text() == "Promised 15 Jan 2030  ·  Quote €350.00"
    assert card.sla.text() == "Breached" and card.sla.property("tone") == "breached"  # quote due within 120 h
    assert card.sla_detail.text().startswith("“Quote sent” was due ")
    assert "Handle stitching loose" in texts(card)
    assert card.advance_button.text() == "→ Quote sent"
    assert view.cases.count.text() == "· 1"


@pytest.mark.parametrize("hours_ago, words, tone", [(2, "On track", "on_track"), (40, "Nearly breached", "near")])
def test_sla_state_in_colour_and_words(qtbot, view, book, zhang, hours_ago, words, tone):
    open_case(book, zhang, hours_ago, kind="repair", item="Bag")  # sent to workshop due within 48 h
    show(qtbot, view, zhang)
    card = view.cases.cards[0]
    assert (card.sla.text(), card.sla.property("tone")) == (words, tone)
    assert "“Sent to workshop” due by" in card.sla_detail.text()


def test_a_promise_past_its_date_is_said_in_words(qtbot, view, book, zhang):
    open_case(book, zhang, 2, kind="cleaning", item="Ring", promised_on=date(2020, 1, 1))
    show(qtbot, view, zhang)
    card = view.cases.cards[0]
    assert card.sla.text() == "Promised date passed" and card.sla.property("tone") == "late"
    assert card.sla_detail.text().startswith("Promised for 1 Jan 2020 and not ready")


def test_open_a_case_from_a_purchase_in_the_editor(qtbot, view, book, zhang):
    show(qtbot, view, zhang)
    with qtbot.waitSignal(view.actions.dialog_opened) as opened:
        view.cases.add_button.click()
    dialog: CaseEditorDialog = opened.args[0]
    watch = dialog.purchase.findText("Chronograph", Qt.MatchFlag.MatchContains)
    dialog.purchase.setCurrentIndex(watch)
    assert dialog.item.text() == "Chronograph, steel, 41 mm"
    assert dialog.kind.currentData() == "service"  # a watch: a service, until the advisor says otherwise
    dialog.request.insertPlainText("表走慢了，每天慢十秒。")  # QTest cannot type CJK
    qtbot.keyClicks(dialog.quote, "480")
    dialog.promised_set.setChecked(True)
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.save_button().click()
    [card] = view.cases.cards
    assert card.line.case.purchase_id and card.line.case.item == "Chronograph, steel, 41 mm"
    assert card.line.case.request == "表走慢了，每天慢十秒。"
    assert card.stage.text() == "Received · stage 1 of 7"
    assert "Quote €480.00" in card.facts.text()
    assert view.status.text() == "✓ Saved"


def test_the_editor_refuses_a_case_without_an_item_and_saves_nothing(qtbot, view, book, zhang):
    show(qtbot, view, zhang)
    dialog = view.cases.open_case()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.quote, "lots")
    qtbot.keyClicks(dialog.item, "Bag")
    dialog.save_button().click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "is not an amount" in dialog.error.text()
    assert dialog.quote.property("invalid") is True and dialog.isVisible()
    dialog.item.clear()
    dialog.quote.clear()
    dialog.save_button().click()
    qtbot.waitUntil(lambda: "Describe the item" in dialog.error.text(), timeout=5000)
    assert dialog.item.property("invalid") is True
    assert book(lambda s: s.book.query("SELECT count(*) FROM aftercare_case"))[0][0] == 0


def test_edit_keeps_the_kind_and_saves_the_promise(qtbot, view, book, zhang):
    open_case(book, zhang, 2, kind="repair", item="Bag")
    show(qtbot, view, zhang)
    dialog = view.cases.edit_case(view.cases.cards[0].line.case)
    qtbot.addWidget(dialog)
    assert not dialog.kind.isEnabled()
    dialog.promised_set.setChecked(True)
    dialog.promised.setDate(dialog.promised.date().fromString("2031-03-04", "yyyy-MM-dd"))
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        dialog.save_button().click()
    assert view.cases.cards[0].facts.text() == "Promised 4 Mar 2031"


def test_advance_skip_and_go_back_from_the_dossier(qtbot, view, book, zhang):
    cid = open_case(book, zhang, 2, kind="engraving", item="Ring")
    show(qtbot, view, zhang)
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        view.cases.cards[0].advance_button.click()
    assert view.cases.cards[0].line.case.stage == "sent_to_workshop"
    menu = [a.text() for a in view.cases.cards[0].advance_button.menu().actions()]
    assert menu == ["Skip to “Collected”", "Go back to “Received”…"]  # the button itself: “Back in boutique”
    assert view.cases.cards[0].advance_button.text() == "→ Back in boutique"
    assert not view.cases.go_back(cid, "received")  # the question was not answered: nothing happens
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        view.cases.go_back(cid, "received", confirmed=True)
    assert view.cases.cards[0].line.case.stage == "received"
    stages = book(lambda s: rows.fetch(s.book.conn, CaseStage, "case_id = ?", (cid,), "at, num"))
    assert [s.stage for s in stages] == ["received", "sent_to_workshop", "received"]
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        view.cases.advance(cid, "collected")
    assert view.cases.cards == []  # collected: closed
    assert "No open cases." in texts(view.cases)
    assert any(t.startswith("Engraving · Ring · collected ") for t in texts(view.cases))


def test_cancel_a_case(qtbot, view, book, zhang):
    cid = open_case(book, zhang, 2, kind="alteration", item="Jacket")
    show(qtbot, view, zhang)
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        assert view.cases.cancel_case(cid, confirmed=True)
    assert view.cases.cards == []
    assert "Alteration · Jacket · cancelled" in texts(view.cases)


def test_hostile_text_in_a_case_is_shown_literally(qtbot, view, book, zhang):
    open_case(book, zhang, 2, kind="repair", item="<b>bold</b><img src=x>", request="<script>alert(1)</script>")
    show(qtbot, view, zhang)
    card = view.cases.cards[0]
    assert card.item.text() == "<b>bold</b><img src=x>" and card.item.textFormat() == Qt.TextFormat.PlainText
    assert "<script>alert(1)</script>" in texts(card)


# -- the Aftercare page ------------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, tm):
    widget = AftercarePage(tm)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    return widget


def rows_of(page) -> list[tuple[str, ...]]:
    m = page.model
    return [tuple(m.data(m.index(r, c)) for c in range(m.columnCount())) for r in range(m.rowCount())]


def test_the_aftercare_page_lists_open_cases_most_pressing_first_and_filters(qtbot, page, book, zhang, make_client):
    dupont = make_client(family_name="Dupont", given_name="Héloïse", title="mrs", preferred_language="fr")
    open_case(book, zhang, 2, kind="bespoke", item="Engagement ring")
    open_case(book, dupont, 60, kind="repair", item="Kelly 28")  # sent to workshop due within 48 h: breached
    done = open_case(book, dupont, 5, kind="cleaning", item="Necklace")
    move(book, done, "collected")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.book_opened()
    assert rows_of(page) == [
        ("Héloïse Dupont", "Repair", "Kelly 28", "Received", "1/7", "", "Breached"),
        ("张丽 · Zhang Li", "Bespoke order", "Engagement ring", "Brief", "1/5", "", "On track"),
    ]
    assert page.summary.text() == "2 open case(s)  ·  1 overdue"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.overdue.setChecked(True)
    assert [r[2] for r in rows_of(page)] == ["Kelly 28"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.overdue.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.kind.setCurrentIndex(page.kind.findData("bespoke"))
    assert [r[2] for r in rows_of(page)] == ["Engagement ring"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.stage.setCurrentIndex(page.stage.findData("received"))
    assert rows_of(page) == []
    assert page.summary.text() == "No open case matches these filters."


def test_enter_on_a_case_opens_the_client(qtbot, page, book, zhang):
    open_case(book, zhang, 2, kind="repair", item="Bag")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.book_opened()
    page.table.setFocus()
    with qtbot.waitSignal(page.open_client_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [zhang]


def test_the_page_follows_changes_made_elsewhere(qtbot, page, book, tm, zhang):
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.book_opened()
    assert page.summary.text() == "No open aftercare cases. Open one from a client's dossier."
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        tm.run(lambda s: AftercareService(s.book, s.boutique).open_case(zhang, CaseForm(kind="repair", item="Bag")))
    assert [r[2] for r in rows_of(page)] == ["Bag"]


def test_the_main_window_has_an_aftercare_section_that_opens_clients(qtbot, tmp_path, secrets):
    from clienteling.config import DEMO
    from clienteling.services import ClientForm
    from clienteling.ui.app import start_window
    from clienteling.ui.sections import sections

    keys = [s.key for s in sections()]
    assert "aftercare" in keys and keys.index("aftercare") > keys.index("clients")
    executor, tm, win = start_window(DEMO, secrets, home=tmp_path, demo_clients=0)
    qtbot.addWidget(win)
    try:
        cid, _ = executor.submit(lambda s: s.clients.create_client(ClientForm(family_name="Rossi",
                                                                              given_name="Giulia"))).result()
        executor.submit(lambda s: AftercareService(s.book, s.boutique).open_case(
            cid, CaseForm(kind="alteration", item="Dress"))).result()
        with qtbot.waitSignal(win.book_ready, timeout=10_000):
            win.show()
        win.section_actions["aftercare"].trigger()
        page = win.section_pages["aftercare"]
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        page.table.selectRow(0)
        page.open_selected()
        qtbot.waitUntil(lambda: win._dossier is not None and win.pages.currentWidget() is win._dossier,
                        timeout=10_000)
        qtbot.waitUntil(lambda: [c.line.case.item for c in win._dossier.cases.cards] == ["Dress"], timeout=10_000)
    finally:
        qtbot.waitUntil(lambda: win.tm.idle, timeout=10_000)
        executor.shutdown()
