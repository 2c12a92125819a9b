"""Today on the real rules engine and a real book: an advisor works through three prompts with
the keyboard (done, snooze, dismiss), and what they decide is in the book."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from clienteling.config import DEMO
from clienteling.domain import Appointment, OutreachLog, PromptState, Purchase, build
from clienteling.services import ClientForm
from clienteling.services.outreach import OutreachService
from clienteling.store import rows
from clienteling.ui.views.today import TodayView
from clienteling.ui.views.today_model import Kind

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 15, 9, 30, tzinfo=PARIS)
TODAY = NOW.date()
BOUGHT = date(2026, 4, 12)  # each thank-you was due on the 14th: overdue today


def seed(s, bought: date = BOUGHT) -> dict[str, str]:
    """Three clients who bought three days ago, each reachable on one channel; one visit at 15:00."""
    people = {
        "dupont": (ClientForm(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR",
                              preferred_language="fr", preferred_channel="email",
                              emails=[("", "heloise@example.fr")]), "email"),
        "zhang": (ClientForm(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                             title="mr", country="CN", preferred_language="zh-Hans", preferred_channel="email",
                             emails=[("", "zhang.wei@example.cn")]), "email"),
        "rossi": (ClientForm(family_name="Rossi", given_name="Giulia", title="ms", country="IT",
                             preferred_language="it", preferred_channel="whatsapp",
                             phones=[("", "+39 347 123 4567")]), "whatsapp"),
    }
    ids = {}
    for name, (form, channel) in people.items():
        cid, _ = s.clients.create_client(form)
        s.clients.set_consent(cid, channel, "granted", "Signed form")
        with s.book.transaction() as db:
            rows.write(db.conn, build(Purchase, client_id=cid, purchased_on=bought, item="Weekender bag",
                                      category="leather_goods", amount=Decimal("4800")), journaled=False)
        ids[name] = cid
    with s.book.transaction() as db:
        rows.write(db.conn, build(Appointment, client_id=ids["zhang"], purpose="private_viewing",
                                  starts_at=datetime.combine(bought + timedelta(days=3), time(15), PARIS)))
    return ids


@pytest.fixture
def ids(book):
    return book(seed)


@pytest.fixture
def view(qtbot, tm, ids):
    urls: list[str] = []
    v = TodayView(tm, DEMO, clock=lambda: NOW, opener=lambda url: urls.append(url) or True)
    v.urls = urls
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v.book_opened()
    return v


def queue(book, day: date):
    return book(lambda s: OutreachService(s.book, s.boutique, "Camille").queue(day))


def open_dialog(v) -> QDialog:
    return next(d for d in v.findChildren(QDialog) if d.isVisible())


def prompt_rows(v):
    return [r for r in v.model.rows() if r.kind == Kind.PROMPT]


def test_the_day_opens_with_the_visit_then_the_overdue_thank_yous(view, ids):
    kinds = [r.kind for r in view.model.rows()]
    assert kinds[:2] == [Kind.HEADER, Kind.APPOINTMENT]
    assert view.model.rows()[1].cells[:3] == ("15:00–16:00", "张伟 · Zhang Wei", "Private viewing")
    assert view.model.rows()[2].cells[0] == "Overdue · 3"
    assert {r.client_id for r in prompt_rows(view)} == set(ids.values())
    assert all(r.prompt.due == date(2026, 4, 14) and r.cells[0] == "Yesterday" for r in prompt_rows(view))


def test_work_through_three_prompts_with_the_keyboard(qtbot, view, book):
    first, second, third = (r.prompt for r in prompt_rows(view))
    qtbot.keyClick(view.table, Qt.Key.Key_J)  # from the appointment to the first prompt
    assert view.current_row().prompt == first

    qtbot.keyClick(view.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: view.model.find(first.key) < 0, timeout=5000)
    assert view.current_row().prompt.key == second.key

    qtbot.keyClick(view.table, Qt.Key.Key_S)
    dialog = open_dialog(view)
    assert dialog.day() == TODAY + timedelta(days=1)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.find(second.key) < 0, timeout=5000)
    assert view.current_row().prompt.key == third.key

    qtbot.keyClick(view.table, Qt.Key.Key_X)
    dialog = open_dialog(view)
    qtbot.keyClicks(dialog.reason.lineEdit(), "She moved to Milan")
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.find(third.key) < 0, timeout=5000)
    qtbot.waitUntil(lambda: view.tm.idle and not view._reload_timer.isActive(), timeout=5000)
    assert prompt_rows(view) == []

    states = {p.prompt_key: p for p in book(lambda s: rows.fetch(s.book.conn, PromptState, "deleted = 0"))}
    assert states[first.key].state == "done" and states[first.key].channel == first.channel
    assert (states[second.key].state, states[second.key].until) == ("snoozed", TODAY + timedelta(days=1))
    assert (states[third.key].state, states[third.key].reason) == ("dismissed", "She moved to Milan")
    assert {p.key for p in queue(book, TODAY).prompts}.isdisjoint({first.key, second.key, third.key})


def test_mark_done_logs_the_outreach_on_the_clients_timeline(qtbot, view, book):
    target = prompt_rows(view)[0].prompt
    view.select(view.model.find(target.key))
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    view.panel.body.setPlainText("Merci encore, à très bientôt.")
    subject = view.panel.subject.text()
    view.panel.done_button.click()
    qtbot.waitUntil(lambda: view.model.find(target.key) < 0, timeout=5000)

    logs = book(lambda s: s.clients.dossier(target.client_id).outreach)
    assert len(logs) == 1
    entry: OutreachLog = logs[0]
    assert (entry.channel, entry.purpose, entry.prompt_key) == (target.channel, target.purpose, target.key)
    assert entry.message == f"{subject}\n\nMerci encore, à très bientôt."
    assert entry.at == NOW and entry.advisor == "Camille"
    assert target.key not in {p.key for p in queue(book, TODAY).prompts}


def test_a_snoozed_prompt_comes_back_on_its_day(qtbot, view, book):
    target = prompt_rows(view)[0].prompt
    view.select(view.model.find(target.key))
    dialog = view.snooze()
    dialog.set_day(TODAY + timedelta(days=3))
    dialog.save_button().click()
    qtbot.waitUntil(lambda: view.model.find(target.key) < 0, timeout=5000)
    for day, shown in ((TODAY, False), (TODAY + timedelta(days=2), False), (TODAY + timedelta(days=3), True)):
        assert (target.key in {p.key for p in queue(book, day).prompts}) is shown, day
    held = {p.key: p for p in queue(book, TODAY).suppressed}
    assert held[target.key].snoozed_until == TODAY + timedelta(days=3)
    view.show_suppressed.setChecked(True)
    qtbot.waitUntil(lambda: view.model.find(target.key) >= 0, timeout=5000)
    row = view.model.row(view.model.find(target.key))
    assert row.kind == Kind.SUPPRESSED and row.cells[3] == "Snoozed until Sat 18 Apr"


def test_the_mailto_link_carries_a_chinese_subject(qtbot, view, ids):
    target = next(r.prompt for r in prompt_rows(view) if r.client_id == ids["zhang"])
    view.select(view.model.find(target.key))
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    panel = view.panel
    assert panel.address.text() == "zhang.wei@example.cn"
    subject, body = panel.subject.text(), panel.body.toPlainText()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in subject), subject  # written in Chinese
    panel.open_button.click()
    assert len(view.urls) == 1 and view.urls[0].isascii()
    parts = urlsplit(view.urls[0])
    assert (parts.scheme, parts.path) == ("mailto", "zhang.wei@example.cn")
    query = parse_qs(parts.query)
    assert query["subject"] == [subject]
    assert query["body"] == [body.replace("\n", "\r\n")]


def test_today_is_the_home_screen_and_the_book_is_one_keystroke_away(qtbot, tmp_path, secrets):
    from clienteling.ui.app import start_window

    executor, tm, win = start_window(DEMO, secrets, home=tmp_path, demo_clients=0)
    qtbot.addWidget(win)
    try:
        today_in_paris = datetime.now(PARIS).date()  # the window runs on the real clock
        ids = executor.submit(lambda s: seed(s, today_in_paris - timedelta(days=3))).result(timeout=30)
        today = win.section_pages["today"]
        assert win.pages.currentWidget() is today and win.section_actions["today"].isChecked()
        assert win.section_actions["today"].shortcut().toString() == "Ctrl+1"
        with qtbot.waitSignal(today.loaded, timeout=10_000):
            win.show()
        assert len(prompt_rows(today)) == 3 and today.model.rows()[1].kind == Kind.APPOINTMENT
        today.select(today.model.find(prompt_rows(today)[0].key))
        qtbot.keyClick(today.table, Qt.Key.Key_O)
        dossier = win.dossier_view()
        qtbot.waitUntil(lambda: win.pages.currentWidget() is dossier and dossier.dossier is not None, timeout=10_000)
        assert dossier.client_id in ids.values()
        qtbot.keyClick(dossier, Qt.Key.Key_Escape)
        assert win.pages.currentWidget() is today  # back where the advisor came from
        win.find_action.trigger()  # Ctrl+F from anywhere: the book's search
        assert win.pages.currentWidget() is win.list_view
        assert win.section_actions["clients"].isChecked()
    finally:
        executor.shutdown()
