"""The client editor: create, edit, and refuse bad input without closing or saving anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clienteling.ui.dialogs.client_editor import ClientEditorDialog


@pytest.fixture
def open_editor(qtbot, tm):
    def make(client_id=None) -> ClientEditorDialog:
        dialog = ClientEditorDialog(tm, client_id)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog, timeout=5000):  # window shortcuts (Ctrl+S) need an active window
            dialog.show()
            dialog.activateWindow()
        if client_id is not None:
            qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        return dialog
    return make


def test_a_new_client_is_created(qtbot, open_editor, book):
    dialog = open_editor()
    dialog.family_name.insert("王")  # QTest cannot type CJK characters
    dialog.given_name.insert("芳")
    qtbot.keyClicks(dialog.family_name_latin, "Wang")
    qtbot.keyClicks(dialog.given_name_latin, "Fang")
    dialog.title.setCurrentIndex(dialog.title.findData("ms"))
    dialog.preferred_language.setCurrentIndex(dialog.preferred_language.findData("zh-Hans"))
    dialog.country.setEditText("CN")
    qtbot.keyClicks(dialog.phones.value_edit(0), "138 0013 8000")
    qtbot.keyClicks(dialog.emails.value_edit(0), "Wang.Fang@Example.cn")
    qtbot.keyClicks(dialog.tags, "golf, collector")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.tags, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_client_id
    d = book(lambda s: s.clients.dossier(dialog.saved_client_id))
    assert d.client.native_name == "王芳" and d.client.latin_name == "Wang Fang"
    assert d.client.country == "CN" and d.client.preferred_language == "zh-Hans"
    assert [p.value for p in d.phones] == ["+8613800138000"]
    assert [e.value for e in d.emails] == ["Wang.Fang@example.cn"]
    assert sorted(t.tag for t in d.tags) == ["collector", "golf"]
    assert d.client.advisor == "Camille"  # the signed-in advisor, when left blank


def test_a_malformed_phone_is_named_and_nothing_is_saved(qtbot, open_editor, book, make_client):
    cid = make_client(family_name="Dupont", given_name="Héloïse", country="FR",
                      phones=[("Mobile", "+33 6 12 34 56 78")])
    dialog = open_editor(cid)
    assert dialog.phones.value_edit(0).text() == "+33 6 12 34 56 78"
    dialog.tier.setCurrentIndex(dialog.tier.findData("gold"))
    dialog.phones.add_row("Office", "12ab")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    bad = dialog.phones.value_edit(1)
    assert "12ab" in dialog.error.text()
    assert bad.property("invalid") is True
    assert dialog.focusWidget() is bad
    assert dialog.isVisible() and dialog.result() == 0 and dialog.saved_client_id is None
    d = book(lambda s: s.clients.dossier(cid))
    assert [p.value for p in d.phones] == ["+33612345678"]
    assert d.client.tier.value == "client"  # the valid tier change was not saved either
    assert book(lambda s: s.clients.count()) == 1

    qtbot.keyClicks(bad, "x")  # editing the refused field clears its outline
    assert not bad.property("invalid")


def test_a_new_client_with_a_bad_phone_is_not_created(qtbot, open_editor, book):
    dialog = open_editor()
    qtbot.keyClicks(dialog.family_name, "Martin")
    qtbot.keyClicks(dialog.phones.value_edit(0), "not a phone")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert dialog.phones.value_edit(0).property("invalid") is True
    assert book(lambda s: s.clients.count()) == 0


def test_a_client_needs_a_name(qtbot, open_editor, book):
    dialog = open_editor()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert dialog.error.text() == "A client needs at least a family name or a given name."
    assert dialog.family_name.property("invalid") is True
    assert book(lambda s: s.clients.count()) == 0


def test_a_bad_email_and_a_bad_country_are_named(qtbot, open_editor, book):
    dialog = open_editor()
    qtbot.keyClicks(dialog.family_name, "Martin")
    qtbot.keyClicks(dialog.emails.value_edit(0), "martin@")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert dialog.emails.value_edit(0).property("invalid") is True
    dialog.emails.value_edit(0).setText("martin@example.fr")
    dialog.country.setEditText("France")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.country.property("invalid") is True, timeout=10_000)
    assert "country" in dialog.error.text().lower()
    assert book(lambda s: s.clients.count()) == 0


def test_editing_loads_the_client_and_saves_changes(qtbot, open_editor, book, make_client):
    cid = make_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                      title="mr", tier="gold", country="CN", tags=["watches"],
                      do_not_contact=True, do_not_contact_reason="Travelling")
    dialog = open_editor(cid)
    assert (dialog.family_name.text(), dialog.given_name_latin.text()) == ("张", "Wei")
    assert dialog.tier.currentData() == "gold" and dialog.country.currentData() == "CN"
    assert dialog.do_not_contact.isChecked() and dialog.do_not_contact_reason.text() == "Travelling"
    assert not dialog.is_dirty()
    dialog.do_not_contact.setChecked(False)
    dialog.tags.setText("watches, golf")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.tags, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    d = book(lambda s: s.clients.dossier(cid))
    assert not d.client.do_not_contact
    assert sorted(t.tag for t in d.tags) == ["golf", "watches"]
    assert dialog.saved_client_id == cid


def test_esc_asks_before_discarding_changes(qtbot, open_editor, monkeypatch):
    dialog = open_editor()
    asked = []
    monkeypatch.setattr("clienteling.ui.dialogs.client_editor.confirm",
                        lambda *a: asked.append(a) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert asked == [] and not dialog.isVisible()

    dialog = open_editor()
    qtbot.keyClicks(dialog.family_name, "Martin")
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    monkeypatch.setattr("clienteling.ui.dialogs.client_editor.confirm", lambda *a: True)
    qtbot.keyClick(dialog.family_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
