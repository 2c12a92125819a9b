"""The dossier as an advisor reads and edits it: names, salutations, notes, records, hostile text."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from clienteling.domain import ImportantDate, Relation, Size, build
from clienteling.ui.dialogs.record_editors import DateEditor, PreferenceEditor, SizeEditor
from clienteling.ui.views.dossier import DossierView
from clienteling.ui.views.dossier_notes import PREVIEW


@pytest.fixture
def view(qtbot, tm):
    widget = DossierView(tm)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    return widget


def open_client(qtbot, view, client_id):
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_client(client_id)


def shown_texts(widget) -> set[str]:
    """What the advisor sees: the text of every visible label (after deferred shows ran)."""
    QApplication.processEvents()
    return {w.text() for w in widget.findChildren(QLabel) if w.isVisible()}


def test_chinese_client_shows_native_latin_and_salutations(make_client, qtbot, view, book):
    cid = make_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                 title="mr", preferred_language="zh-Hans", country="CN", tier="vic")
    open_client(qtbot, view, cid)
    header = view.header
    assert header.native_name.text() == "张伟"
    assert header.latin_name.text() == "Zhang Wei" and header.latin_name.isVisible()
    assert header.salutation.text() == "张先生"
    assert header.salutation_en.text() == "In English: Mr Zhang"
    assert header.tier.text() == "VIC"


def test_french_client_is_madame_dupont(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont", given_name="Héloïse", title="mrs", preferred_language="fr")
    open_client(qtbot, view, cid)
    assert view.header.native_name.text() == "Héloïse Dupont"
    assert not view.header.latin_name.isVisible()
    assert view.header.salutation.text() == "Madame Dupont"
    assert view.header.salutation_en.text() == "In English: Mrs Dupont"


def test_rich_dossier_shows_every_section(qtbot, view, rich_client):
    cid = rich_client
    open_client(qtbot, view, cid)
    texts = shown_texts(view)
    assert "+86 138 0013 8000" in texts  # phone formatted for display
    assert "14 May 1978" in texts and "3 October" in texts  # partial dates, with and without year
    assert "李娜 (Li Na)" in texts and "8 March" in texts  # a relation with her own date...
    assert any("37 EU" in t for t in texts)  # ...and size
    assert "Likes" in texts and "Dislikes" in texts
    table = view.purchases.table
    assert table.rowCount() == 4
    assert [table.item(r, 0).text()[-4:] for r in range(4)] == ["2025", "2024", "2024", "2023"]  # newest first
    assert table.item(0, 1).text() == "Weekender bag, navy calfskin"
    assert table.item(1, 3).text() == "€18,500.00"
    assert "Granted" in texts and "Withdrawn" in texts


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_a_note_to_the_top_of_the_timeline(make_client, qtbot, view, book, key):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    book(lambda s: s.clients.add_note(cid, "An older note"))
    open_client(qtbot, view, cid)
    composer = view.notes.composer
    qtbot.keyClicks(composer, "Prefers navy; call after 18:00")
    qtbot.keyClick(composer, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.notes.cards and view.notes.cards[0].body.text() == "Prefers navy; call after 18:00",
                    timeout=10_000)
    assert composer.toPlainText() == ""
    assert [c.body.text() for c in view.notes.cards] == ["Prefers navy; call after 18:00", "An older note"]
    stored = book(lambda s: s.clients.dossier(cid).notes)
    assert stored[0].body == "Prefers navy; call after 18:00"
    assert stored[0].author == "Camille"
    assert "Saved" in view.status.text()


def test_a_refused_note_keeps_its_text_and_says_why(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont")
    open_client(qtbot, view, cid)
    composer = view.notes.composer
    qtbot.keyClicks(composer, "   ")
    qtbot.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.notes.error.isHidden(), timeout=10_000)
    assert view.notes.error.text() == "The note is empty."
    assert composer.toPlainText() == "   "
    assert "Saved" not in view.status.text()
    assert book(lambda s: s.clients.dossier(cid).notes) == []


def test_a_note_is_edited_inline_and_esc_cancels(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont")
    book(lambda s: s.clients.add_note(cid, "Likes camel"))
    open_client(qtbot, view, cid)
    card = view.notes.cards[0]
    back = []
    view.back_requested.connect(lambda: back.append(1))
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert card.editing and card.editor.toPlainText() == "Likes camel"
    qtbot.keyClick(card.editor, Qt.Key.Key_Escape)
    assert not card.editing
    assert back == []  # Esc in the note editor cancels the edit, it does not leave the dossier

    card.start_edit()
    card.editor.setPlainText("Likes camel and navy")
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.notes.cards and view.notes.cards[0].body.text() == "Likes camel and navy",
                    timeout=10_000)
    assert book(lambda s: s.clients.dossier(cid).notes[0].body) == "Likes camel and navy"


def test_deleting_a_note_asks_first(make_client, qtbot, view, book, monkeypatch):
    cid = make_client(family_name="Dupont")
    book(lambda s: s.clients.add_note(cid, "Wrong client"))
    open_client(qtbot, view, cid)
    answers = []
    monkeypatch.setattr("clienteling.ui.views.dossier_actions.confirm", lambda *a: answers.append(a) or False)
    qtbot.mouseClick(view.notes.cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert len(answers) == 1 and len(book(lambda s: s.clients.dossier(cid).notes)) == 1
    view.actions.delete_note(view.notes.cards[0].note.id, confirmed=True)
    qtbot.waitUntil(lambda: not view.notes.cards, timeout=10_000)
    assert book(lambda s: s.clients.dossier(cid).notes) == []


def test_a_50000_character_note_opens_quickly_and_expands(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont")
    body = ("Very long service history. " * 2000)[:50_000]
    book(lambda s: s.clients.add_note(cid, body))
    started = time.perf_counter()
    open_client(qtbot, view, cid)
    assert time.perf_counter() - started < 3
    card = view.notes.cards[0]
    assert len(card.body.text()) <= PREVIEW + 1 and card.more.isVisible()
    qtbot.mouseClick(card.more, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert card.full.isVisible() and card.full.toPlainText() == body and card.full.isReadOnly()
    assert card.more.text() == "Show less"
    qtbot.mouseClick(card.more, Qt.MouseButton.LeftButton)
    assert not card.full.isVisible() and len(card.body.text()) <= PREVIEW + 1


def test_a_note_of_a_few_paragraphs_expands_in_place(qtbot, make_client, view, book):
    cid = make_client(family_name="Dupont")
    body = "Prefers the quiet salon upstairs. " * 40
    book(lambda s: s.clients.add_note(cid, body))
    open_client(qtbot, view, cid)
    card = view.notes.cards[0]
    assert card.body.text().endswith("…")
    card.toggle_more()
    assert card.body.text() == body.strip()


def test_hostile_text_is_shown_literally(make_client, qtbot, view, book):
    cid = make_client(family_name="<b>bold</b>", given_name="<img src=x>", advisor="<i>Eve</i>",
                 tags=["<u>tag</u>"])
    book(lambda s: s.clients.add_note(cid, "<script>alert(1)</script><b>note</b>"))
    open_client(qtbot, view, cid)
    assert view.header.native_name.text() == "<img src=x> <b>bold</b>"
    marked_up = [w for w in view.findChildren(QLabel) if "<" in w.text()]
    assert len(marked_up) >= 4
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in marked_up)
    assert view.notes.cards[0].body.text() == "<script>alert(1)</script><b>note</b>"


def test_hostile_preferences_stay_literal_in_chips_and_tooltips(qtbot, make_client, view, book):
    from clienteling.domain import Preference

    cid = make_client(family_name="Dupont")
    book(lambda s: s.clients.save_record(build(Preference, client_id=cid, category="colour", value="<img src=x>")))
    open_client(qtbot, view, cid)
    from PySide6.QtWidgets import QToolButton

    chip = next(b for b in view.preferences.findChildren(QToolButton) if b.objectName() == "chip")
    assert chip.text() == "<img src=x>"
    assert chip.toolTip() == "<qt>&lt;img src=x&gt;</qt>"  # escaped, so Qt shows the characters


def test_editing_the_client_updates_the_dossier(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont", given_name="Héloïse", tier="client")
    open_client(qtbot, view, cid)
    dialog = view.edit_client()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    dialog.tier.setCurrentIndex(dialog.tier.findData("platinum"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.save()
    assert view.header.tier.text() == "PLATINUM"
    assert book(lambda s: s.clients.dossier(cid).client.tier.value) == "platinum"
    assert "Saved" in view.status.text()


def test_date_editor_refuses_an_impossible_date(make_client, qtbot, tm, book):
    cid = make_client(family_name="Dupont")
    dialog = DateEditor(tm, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setText("2023-02-29")
    dialog.save()
    assert not dialog.error.isHidden()
    assert "not a real date" in dialog.error.text()
    assert dialog.date.property("invalid") is True
    assert dialog.isVisible() and not dialog.saved
    dialog.date.setText("14/05/1985")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    dates = book(lambda s: s.clients.dossier(cid).dates)
    assert [(d.year, d.month, d.day) for d in dates] == [(1985, 5, 14)]


def test_records_are_added_edited_and_deleted_from_the_dossier(make_client, qtbot, view, book, monkeypatch):
    cid = make_client(family_name="Dupont")
    open_client(qtbot, view, cid)
    opened = []
    view.actions.dialog_opened.connect(opened.append)
    view.preferences.add_button.click()
    editor = opened[-1]
    assert isinstance(editor, PreferenceEditor)
    editor.value.setText("cashmere")
    editor.category.setCurrentIndex(editor.category.findData("material"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        editor.save()
    pref = book(lambda s: s.clients.dossier(cid).preferences[0])
    assert (pref.category.value, pref.value) == ("material", "cashmere")
    assert "Saved" in view.status.text()

    editor = view.actions.edit_record(pref)
    assert editor.value.text() == "cashmere"
    editor.value.setText("vicuña")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        editor.save()
    assert book(lambda s: [p.value for p in s.clients.dossier(cid).preferences]) == ["vicuña"]

    monkeypatch.setattr("clienteling.ui.views.dossier_actions.confirm", lambda *a: True)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert view.actions.delete_record(book(lambda s: s.clients.dossier(cid).preferences[0]))
    assert book(lambda s: s.clients.dossier(cid).preferences) == []


def test_a_relation_gets_its_own_dates_and_sizes(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont")
    rel = build(Relation, client_id=cid, name="Louise", kind="child")
    book(lambda s: s.clients.save_record(rel))
    open_client(qtbot, view, cid)
    editor = view.actions.add_record(Size, rel)
    assert isinstance(editor, SizeEditor)
    editor.category.setCurrentIndex(editor.category.findData("shoe"))
    editor.value.setText("34")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        editor.save()
    editor = view.actions.add_record(ImportantDate, rel)
    editor.date.setText("05-14")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        editor.save()
    d = book(lambda s: s.clients.dossier(cid))
    assert [(s.value, s.relation_id) for s in d.sizes] == [("34", rel.id)]
    assert [(x.year, x.month, x.day, x.relation_id) for x in d.dates] == [(None, 5, 14, rel.id)]
    texts = shown_texts(view.household)
    assert "Louise" in texts and "14 May" in texts and any("34 EU" in t for t in texts)
    assert d.dates_of(None) == []  # the child's birthday is not the client's


def test_consent_is_granted_and_withdrawn_per_channel(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont", preferred_channel="whatsapp")
    open_client(qtbot, view, cid)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.actions.set_consent("whatsapp", "granted")
    consent = book(lambda s: s.clients.dossier(cid).consents)
    assert [(c.channel.value, c.status.value) for c in consent] == [("whatsapp", "granted")]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.actions.set_consent("whatsapp", "withdrawn")
    assert book(lambda s: s.clients.dossier(cid).consents[0].status.value) == "withdrawn"


def test_do_not_contact_is_prominent(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont", do_not_contact=True, do_not_contact_reason="Asked in writing.")
    open_client(qtbot, view, cid)
    assert view.header.dnc.isVisible()
    assert view.header.dnc_reason.text() == "Asked in writing."


def test_esc_and_back_button_go_back(make_client, qtbot, view, book):
    cid = make_client(family_name="Dupont")
    open_client(qtbot, view, cid)
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.back_requested, timeout=1000):  # from the composer, too
        qtbot.keyClick(view.notes.composer, Qt.Key.Key_Escape)


def test_a_deleted_client_is_said_to_be_deleted(make_client, qtbot, view, book, tm):
    cid = make_client(family_name="Dupont")
    open_client(qtbot, view, cid)
    tm.run(lambda s: s.clients.delete_client(cid))
    qtbot.waitUntil(lambda: view.message.isVisible(), timeout=10_000)
    assert "deleted" in view.message.text()
    assert not view.edit_button.isEnabled()


def test_composer_drafts_stay_with_their_client(make_client, qtbot, view, book):
    a = make_client(family_name="Dupont")
    b = make_client(family_name="Martin")
    open_client(qtbot, view, a)
    view.notes.composer.setPlainText("draft for Dupont")
    open_client(qtbot, view, b)
    assert view.notes.composer.toPlainText() == ""
    open_client(qtbot, view, a)
    assert view.notes.composer.toPlainText() == "draft for Dupont"


def test_an_open_note_edit_survives_a_reload(qtbot, make_client, view, book):
    cid = make_client(family_name="Dupont")
    book(lambda s: s.clients.add_note(cid, "First"))
    open_client(qtbot, view, cid)
    view.notes.cards[0].start_edit()
    view.notes.cards[0].editor.setPlainText("First, half edited")
    view.notes.composer.setPlainText("Second")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.notes.submit()  # saving another note reloads the dossier
    old = view.notes.cards[1]
    assert old.note.body == "First" and old.editing
    assert old.editor.toPlainText() == "First, half edited"


def test_older_notes_come_in_pages(qtbot, make_client, view, book):
    cid = make_client(family_name="Dupont")
    book(lambda s: [s.clients.add_note(cid, f"note {i}") for i in range(27)])
    open_client(qtbot, view, cid)
    assert len(view.notes.cards) == 20 and view.notes.cards[0].body.text() == "note 26"
    more = [b for b in view.notes.findChildren(QPushButton) if b.text() == "Show 7 older notes"]
    assert len(more) == 1
    more[0].click()
    assert len(view.notes.cards) == 27 and view.notes.cards[-1].body.text() == "note 0"


def test_ctrl_e_opens_the_client_editor(qtbot, make_client, view):
    cid = make_client(family_name="Dupont")
    open_client(qtbot, view, cid)
    with qtbot.waitActive(view, timeout=5000):
        view.activateWindow()
    with qtbot.waitSignal(view.actions.dialog_opened, timeout=2000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert dialog.family_name.text() == "Dupont"
    dialog.done(0)
