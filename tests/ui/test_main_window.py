"""The main window as an advisor uses it: find a client as they type, open, go back, new client."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clienteling.config import DEMO
from clienteling.credentials import KeyringStore
from clienteling.services import ClientForm
from clienteling.ui.app import start_window


@pytest.fixture
def window(qtbot, tmp_path, secrets):
    executor, tm, win = start_window(DEMO, secrets, home=tmp_path, demo_clients=0)
    qtbot.addWidget(win)
    forms = [
        ClientForm(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                   title="mr", country="CN", preferred_language="zh-Hans", phones=[("", "138 0013 8000")]),
        ClientForm(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR",
                   preferred_language="fr", phones=[("", "06 12 34 56 78")], tags=["Bridal"]),
        ClientForm(family_name="Rossi", given_name="Giulia", title="ms", country="IT", preferred_language="it",
                   emails=[("", "giulia.rossi@example.it")]),
    ]
    executor.submit(lambda s: [s.clients.create_client(f) for f in forms]).result()
    with qtbot.waitSignal(win.book_ready, timeout=10_000):
        win.show()
    assert win.list_view.search.isEnabled()  # searchable as soon as the book is open
    qtbot.waitUntil(lambda: win.tm.idle and win.list_view._all_rows is not None, timeout=10_000)
    yield win
    executor.shutdown()


def _names(win) -> list[str]:
    m = win.list_view.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def _search(qtbot, win, text: str) -> list[str]:
    view = win.list_view
    view.search.clear()
    if text.isascii():
        qtbot.keyClicks(view.search, text)
    else:  # QTest cannot type CJK; an input method would insert the text whole
        view.search.insert(text)
    qtbot.waitUntil(lambda: view.tm.idle and not view._timer.isActive(), timeout=5000)
    return _names(win)


def test_the_book_lists_every_client_in_name_order(window):
    assert _names(window) == ["Héloïse Dupont", "Giulia Rossi", "张伟 · Zhang Wei"]
    assert "3" in window.list_view.summary.text()


@pytest.mark.parametrize("query, expected", [
    ("zhang", "张伟 · Zhang Wei"), ("张", "张伟 · Zhang Wei"), ("heloise", "Héloïse Dupont"),
    ("0612345678", "Héloïse Dupont"), ("+33 6 12 34 56 78", "Héloïse Dupont"), ("bridal", "Héloïse Dupont"),
    ("giulia.rossi@", "Giulia Rossi"),
])
def test_search_finds_as_the_advisor_types(qtbot, window, query, expected):
    assert _search(qtbot, window, query) == [expected]


def test_no_match_says_so(qtbot, window):
    assert _search(qtbot, window, "nobody-here") == []
    assert "No client matches" in window.list_view.summary.text()


def test_enter_opens_the_dossier_and_escape_comes_back(qtbot, window):
    clients = window.section_actions["clients"]
    assert clients.shortcut().toString() == "Ctrl+2"  # Today is the home page (Ctrl+1)
    clients.trigger()
    _search(qtbot, window, "rossi")
    qtbot.keyClick(window.list_view.search, Qt.Key.Key_Return)
    view = window.dossier_view()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view, timeout=5000)
    qtbot.waitUntil(lambda: window.tm.idle, timeout=5000)
    assert view.client_id is not None
    view.back_requested.emit()
    assert window.pages.currentWidget() is window.list_view


def test_ctrl_f_focuses_search_from_a_dossier(qtbot, window):
    window.list_view.open_selected()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is not window.list_view, timeout=5000)
    window.find_action.trigger()
    assert window.pages.currentWidget() is window.list_view
    assert window.find_action.shortcut().matches(window.find_action.shortcut()) and \
        window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.new_action.shortcut().toString() == "Ctrl+N"


def test_an_edit_elsewhere_refreshes_the_row(qtbot, window):
    tm = window.tm
    ids = {}
    tm.run(lambda s: s.clients.search("rossi")[0].id, lambda cid: ids.setdefault("id", cid))
    qtbot.waitUntil(lambda: "id" in ids, timeout=5000)
    tm.run(lambda s: s.clients.set_field(ids["id"], "city", "Milano"))
    qtbot.waitUntil(lambda: any(r.city == "Milano" for r in window.list_view.model.rows()), timeout=5000)


def test_the_dossiers_back_button_names_the_page_it_was_opened_from_and_returns_there(qtbot, window):
    view = window.dossier_view()
    ids = {}
    window.tm.run(lambda s: s.clients.search("rossi")[0].id, lambda cid: ids.setdefault("id", cid))
    qtbot.waitUntil(lambda: "id" in ids, timeout=5000)
    client_id = ids["id"]
    for key, title in (("today", "Today"), ("agenda", "Agenda"), ("aftercare", "Aftercare")):
        page = window.show_section(key)
        page.open_client_requested.emit(client_id)
        assert window.pages.currentWidget() is view
        assert view.back_button.text() == f"← {title}"
        assert window.back_action.text() == f"← {title}" and window.back_action.isEnabled()
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is page
    page = window.show_section("today")
    page.open_client_requested.emit(client_id)
    window.back_action.trigger()  # the toolbar's back goes where the dossier's does
    assert window.pages.currentWidget() is page
    window.section_actions["clients"].trigger()
    window.list_view.open_selected()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view, timeout=5000)
    assert view.back_button.text() == "← Clients" and window.back_action.text() == "← Clients"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.list_view
