"""Appointments from the dossier: booking with the client already chosen, the appointments card,
and the timeline that mixes notes, what happened at appointments, and outreach, newest first."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest
from PySide6.QtCore import Qt

from clienteling.domain import OutreachLog, build
from clienteling.services.agenda import AppointmentForm, agenda
from clienteling.store import rows
from clienteling.ui.dialogs.appointment_editor import AppointmentEditor
from clienteling.ui.views.dossier import DossierView
from clienteling.ui.views.dossier_agenda import AppointmentNoteCard
from clienteling.ui.views.dossier_notes import NoteCard, OutreachCard

UTC = timezone.utc


@pytest.fixture
def view(qtbot, tm):
    widget = DossierView(tm)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    return widget


@pytest.fixture
def client_id(make_client):
    return make_client(family_name="Dupont", given_name="Héloïse", title="mrs", preferred_language="fr",
                       advisor="Thomas Girard")


def open_client(qtbot, view, client_id):
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show_client(client_id)


def test_ctrl_b_books_with_the_client_already_chosen(qtbot, view, client_id, book):
    open_client(qtbot, view, client_id)
    opened = []
    view.actions.dialog_opened.connect(opened.append)
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    editor = opened[-1]
    assert isinstance(editor, AppointmentEditor)
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    assert editor.client_label.text() == "Héloïse Dupont" and not editor.client.isVisible()
    assert editor.advisor.text() == "Camille"  # the signed-in advisor
    editor.day.setDate(date(2025, 4, 2))
    editor.start.setTime(editor.start.time().fromString("14:00", "HH:mm"))
    editor.purpose.setCurrentIndex(editor.purpose.findData("private_viewing"))
    qtbot.keyClicks(editor.notes_before, "Pull the new Kelly in gold")
    qtbot.keyClick(editor.notes_before, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.appointments.count.text() == "· 1", timeout=20_000)
    [a] = book(lambda s: s.clients.dossier(client_id).appointments)
    assert (a.purpose, a.notes_before, a.time_zone) == ("private_viewing", "Pull the new Kelly in gold", "Europe/Paris")
    assert a.starts_at == datetime(2025, 4, 2, 12, 0, tzinfo=UTC)  # 14:00 Paris summer time
    assert view.appointments.count.text() == "· 1"
    assert "Saved" in view.status.text()


def test_the_card_lists_coming_then_past_and_keeps_cancelled(qtbot, view, client_id, book):
    s = lambda **kw: book(lambda x: agenda(x).save(AppointmentForm(client_id=client_id, **kw)))  # noqa: E731
    s(day=date(2024, 1, 10), start=time(11, 0), status="done", notes_after="Bought the trench.")
    s(day=date(2024, 2, 10), start=time(11, 0), status="cancelled")
    s(day=date(2099, 5, 1), start=time(10, 0), notes_before="Champagne")
    open_client(qtbot, view, client_id)
    texts = [w.text() for w in view.appointments.findChildren(type(view.status)) if w.isVisible()]
    order = [t for t in texts if t.startswith(("Fri 1 May 2099", "Sat 10 Feb 2024", "Wed 10 Jan 2024"))]
    assert order == ["Fri 1 May 2099, 10:00–11:00 · Styling session", "Sat 10 Feb 2024, 11:00–12:00 · Styling session",
                     "Wed 10 Jan 2024, 11:00–12:00 · Styling session"]
    assert "Champagne" in texts and "Cancelled" in texts


def test_the_timeline_mixes_notes_after_notes_and_outreach_newest_first(qtbot, view, client_id, book):
    book(lambda s: s.clients.add_note(client_id, "A note written today"))
    book(lambda s: agenda(s).save(AppointmentForm(client_id=client_id, day=date(2024, 3, 5), start=time(15, 0),
                                                  status="done", notes_after="Loved the camel coat.")))
    book(lambda s: agenda(s).save(AppointmentForm(client_id=client_id, day=date(2024, 4, 5), start=time(15, 0),
                                                  notes_before="No notes after: not on the timeline")))

    def log(s):
        with s.book.transaction() as db:
            rows.write(db.conn, build(OutreachLog, client_id=client_id, at=datetime(2024, 3, 20, 10, tzinfo=UTC),
                                      channel="wechat", purpose="appointment_follow_up",
                                      message="Merci pour votre visite <b>!</b>", advisor="Camille"))
    book(log)
    open_client(qtbot, view, client_id)
    layout = view.notes.body
    items = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert [type(w) for w in items] == [NoteCard, OutreachCard, AppointmentNoteCard]
    assert items[1].body.text() == "Merci pour votre visite <b>!</b>"  # plain text
    assert items[2].body.text() == "Loved the camel coat."
    assert view.notes.count.text() == "· 3"


def test_notes_after_are_edited_from_the_timeline(qtbot, view, client_id, book):
    a, _ = book(lambda s: agenda(s).save(AppointmentForm(client_id=client_id, day=date(2024, 3, 5),
                                                        start=time(15, 0), status="done", notes_after="Short.")))
    open_client(qtbot, view, client_id)
    [card] = view.notes.body_widget.findChildren(AppointmentNoteCard)
    opened = []
    view.actions.dialog_opened.connect(opened.append)
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    editor = opened[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    assert editor.notes_after.hasFocus() and editor.notes_after.toPlainText() == "Short."
    editor.notes_after.setPlainText("Loved the camel coat; call when the 38 arrives.")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.keyClick(editor.notes_after, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [card] = view.notes.body_widget.findChildren(AppointmentNoteCard)
    assert card.body.text() == "Loved the camel coat; call when the 38 arrives."
    assert book(lambda s: agenda(s).get(a.id).notes_after) == "Loved the camel coat; call when the 38 arrives."


def test_esc_asks_before_throwing_away_notes_being_written(qtbot, view, client_id, book, monkeypatch):
    a, _ = book(lambda s: agenda(s).save(AppointmentForm(client_id=client_id, day=date(2024, 3, 5),
                                                        start=time(15, 0), status="done")))
    editor = AppointmentEditor(view.tm, a.id, focus="notes_after", parent=view)
    editor.open()
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    asked = []
    monkeypatch.setattr("clienteling.ui.dialogs.appointment_editor.confirm", lambda *args: asked.append(args) or False)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [] and not editor.isVisible()  # nothing typed: it just closes
    editor = AppointmentEditor(view.tm, a.id, focus="notes_after", parent=view)
    editor.open()
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    qtbot.keyClicks(editor.notes_after, "She loved the")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(asked) == 1 and editor.isVisible() and editor.notes_after.toPlainText() == "She loved the"
    editor.done(0)
