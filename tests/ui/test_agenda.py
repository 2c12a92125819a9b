"""The Agenda section as an advisor uses it: the week with double-bookings flagged, today at a
glance, booking from the agenda with the keyboard, the day list, cancelling (the row stays),
calendar files out and in."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import icalendar
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from clienteling.config import DEMO
from clienteling.services.agenda import AppointmentForm, agenda
from clienteling.ui.dialogs.appointment_editor import AppointmentEditor
from clienteling.ui.dialogs.ics_import import COL_TAKE
from clienteling.ui.views.agenda import AgendaView

UTC = timezone.utc
NOW = datetime(2025, 3, 26, 9, 0, tzinfo=UTC)  # Wednesday 26 March 2025, 10:00 in Paris
WEDNESDAY = date(2025, 3, 26)


@pytest.fixture
def view(qtbot, tm):
    widget = AgendaView(tm, DEMO, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1300, 860)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.book_opened()
    return widget


@pytest.fixture
def clients(make_client):
    return {"dupont": make_client(family_name="Dupont", given_name="Héloïse", title="mrs", advisor="Camille",
                                  emails=[("", "heloise@example.fr")]),
            "zhang": make_client(family_name="张", given_name="伟", family_name_latin="Zhang",
                                 given_name_latin="Wei", advisor="Camille")}


def add(book, client_id, day=WEDNESDAY, at=time(11, 0), **kw):
    return book(lambda s: agenda(s).save(AppointmentForm(client_id=client_id, day=day, start=at, **kw))[0])


def reload(qtbot, view):
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.reload()


def test_the_week_shows_blocks_and_flags_double_bookings(qtbot, view, book, clients):
    a = add(book, clients["dupont"], at=time(11, 0), advisor="Camille")
    b = add(book, clients["zhang"], at=time(11, 30), advisor="Camille", purpose="fitting")
    c = add(book, clients["zhang"], day=date(2025, 3, 28), at=time(15, 0), advisor="Lin Mei")
    reload(qtbot, view)
    assert view.period.text() == "24–30 March 2025"
    entries = {b.entry.appointment.id: b.entry for b in view.grid._blocks}
    assert set(entries) == {a.id, b.id, c.id}
    assert entries[a.id].flagged and entries[b.id].flagged and not entries[c.id].flagged
    ra, rb = view.grid.block_rect(a.id), view.grid.block_rect(b.id)
    assert ra.right() <= rb.left() + 1  # side by side, not on top of each other
    assert view.grid.block_rect(c.id).left() > rb.right()  # Friday is further right
    assert "Today, 2 appointments" in view.today_line.text() and "11:00 Héloïse Dupont" in view.today_line.text()


def test_the_keyboard_walks_the_week_and_enter_opens_the_editor(qtbot, view, book, clients):
    first = add(book, clients["dupont"], at=time(11, 0))
    second = add(book, clients["zhang"], day=date(2025, 3, 27), at=time(9, 30))
    reload(qtbot, view)
    opened = []
    view.actions.dialog_opened.connect(opened.append)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.grid.current_id == first.id
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.grid.current_id == second.id
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    editor = opened[-1]
    assert isinstance(editor, AppointmentEditor) and editor.appointment_id == second.id
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    assert editor.client.edit.text() == "张伟 · Zhang Wei" and editor.start.time().toString("HH:mm") == "09:30"
    editor.reject()


def test_booking_from_the_agenda_in_a_few_keystrokes(qtbot, view, book, clients):
    opened = []
    view.actions.dialog_opened.connect(opened.append)
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    editor = opened[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    assert editor.day.date().toPython() == WEDNESDAY  # today, in the week shown
    assert editor.start.time().toString("HH:mm") == "10:00"  # the next half hour
    picker = editor.client
    with qtbot.waitSignal(picker.results_shown, timeout=20_000):
        qtbot.keyClicks(picker.edit, "dupont")
    picker.choose(0)
    assert picker.client_id == clients["dupont"] and picker.edit.text() == "Héloïse Dupont"
    editor.start.setTime(editor.start.time().fromString("15:30", "HH:mm"))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.keyClick(editor.notes_before, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [e] = view.page.entries
    assert e.appointment.client_id == clients["dupont"]
    assert e.appointment.starts_at == datetime(2025, 3, 26, 14, 30, tzinfo=UTC)
    assert "booked" in view.status.text()


def test_the_picker_finds_a_client_by_chinese_name(qtbot, tm, clients):
    editor = AppointmentEditor(tm, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    with qtbot.waitSignal(editor.client.results_shown, timeout=20_000):
        editor.client.edit.insert("张")  # QTest cannot type CJK
        editor.client.edit.textEdited.emit(editor.client.edit.text())
    assert editor.client.model.stringList()[0].startswith("张伟 · Zhang Wei")


def test_a_missing_client_is_named_in_the_editor(qtbot, tm, book):
    editor = AppointmentEditor(tm, None, day=WEDNESDAY, start=time(10, 0))
    qtbot.addWidget(editor)
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    editor.save()
    qtbot.waitUntil(lambda: not editor.error.isHidden(), timeout=20_000)
    assert editor.error.text() == "Choose the client this appointment is with."
    assert editor.client.edit.property("invalid") is True
    assert book(lambda s: s.book.query("SELECT count(*) FROM appointment")) == [(0,)]


def test_the_editor_warns_when_the_advisor_is_already_busy(qtbot, tm, book, clients):
    add(book, clients["zhang"], at=time(15, 0), advisor="Camille")
    editor = AppointmentEditor(tm, None, client_id=clients["dupont"], client_name="Héloïse Dupont",
                               day=WEDNESDAY, start=time(15, 30))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    assert editor.advisor.text() == "Camille"  # the signed-in advisor, who is busy at 15:00
    qtbot.waitUntil(editor.clash.isVisible, timeout=20_000)
    assert "Camille already has styling session with 张伟 · Zhang Wei" in editor.clash.text()
    with qtbot.waitSignal(editor.clash_checked, timeout=20_000) as seen:
        editor.start.setTime(editor.start.time().fromString("16:00", "HH:mm"))
    assert seen.args == [0] and not editor.clash.isVisible()
    with qtbot.waitSignal(editor.clash_checked, timeout=20_000) as seen:
        editor.advisor.setText("Lin Mei")
        editor.start.setTime(editor.start.time().fromString("15:15", "HH:mm"))
    assert seen.args == [0] and not editor.clash.isVisible()  # another advisor is free then


def test_double_click_on_an_empty_slot_books_there(qtbot, view):
    opened = []
    view.actions.dialog_opened.connect(opened.append)
    grid = view.grid
    x = 56 + grid._column_width() * 2.5  # Wednesday
    y = grid._y(16 * 60 + 40)  # 16:40 -> the 16:30 slot
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=QPointF(x, y).toPoint())
    editor = opened[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=20_000)
    assert editor.day.date().toPython() == WEDNESDAY and editor.start.time().toString("HH:mm") == "16:30"
    editor.reject()


def test_the_day_list_keeps_a_cancelled_appointment_struck_through(qtbot, view, book, clients):
    a = add(book, clients["dupont"], at=time(11, 0))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.period.text() == "Wednesday 26 March 2025"
    assert view.day_list.ids() == [a.id]
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.actions.cancel(a.id, confirmed=True)
    item = view.day_list.topLevelItem(0)
    assert item.text(5) == "Cancelled" and item.font(1).strikeOut()
    assert book(lambda s: agenda(s).get(a.id).status) == "cancelled"
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.period.text() == "Thursday 27 March 2025" and view.day_list.ids() == []


def test_the_menu_of_an_appointment_offers_what_can_be_done(qtbot, view, book, clients):
    a = add(book, clients["dupont"], at=time(11, 0))
    reload(qtbot, view)
    menu = view.show_menu(a.id, view.mapToGlobal(view.rect().center()))
    texts = [act.text() for act in menu.actions()]
    assert texts[:3] == ["Edit…", "Pre-appointment brief…", "Write what happened…"]
    assert "Mark done" in texts and "Cancel appointment…" in texts and "Open the client's dossier" in texts
    opened = []
    view.open_client_requested.connect(opened.append)
    next(act for act in menu.actions() if act.text() == "Open the client's dossier").trigger()
    assert opened == [clients["dupont"]]
    menu.close()


def test_hostile_names_are_drawn_as_text(qtbot, view, book, make_client):
    cid = make_client(family_name="<b>Bold</b><img src=x>", given_name="Eve")
    a = add(book, cid, at=time(12, 0))
    reload(qtbot, view)
    from clienteling.ui.views.agenda_week import describe

    tip = describe(view.page.entry(a.id), view.page)
    assert "&lt;b&gt;Bold&lt;/b&gt;&lt;img src=x&gt;" in tip and "<b>" not in tip
    view.show_day(WEDNESDAY)
    qtbot.waitUntil(lambda: view.day_list.ids() == [a.id], timeout=20_000)
    assert view.day_list.topLevelItem(0).text(1) == "Eve <b>Bold</b><img src=x>"


def test_export_the_week_to_a_calendar_file(qtbot, view, book, clients, tmp_path):
    a = add(book, clients["zhang"], at=time(11, 0), purpose="fitting")
    path = tmp_path / "week.ics"
    with qtbot.waitSignal(view.actions.exported, timeout=20_000):
        view.actions.export(first=date(2025, 3, 24), days=7, path=str(path))
    [event] = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"{a.id}@clienteling" and str(event["summary"]) == "Fitting · 张伟 · Zhang Wei"
    assert "Exported to week.ics" in view.status.text()


def test_import_a_calendar_linking_one_event_by_hand(qtbot, view, book, clients, tmp_path):
    path = tmp_path / "outlook.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:known\r\nDTSTART:20250327T090000Z\r\nSUMMARY:Essayage\r\n"
        b"ATTENDEE:mailto:heloise@example.fr\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:walk-in\r\nDTSTART:20250327T130000Z\r\nSUMMARY:VIP walk-in\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:off\r\nDTSTART;VALUE=DATE:20250328\r\nSUMMARY:Day off\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n")
    dialog = view.actions.import_file(str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    table = dialog.table
    assert [table.item(r, COL_TAKE).checkState() for r in range(3)] == [
        Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Unchecked]
    assert table.item(0, 3).text() == "Héloïse Dupont" and table.item(2, 4).text() == "All-day event"
    assert table.item(2, 1).text() == "Fri 28 Mar"
    assert "1 name no client in the book" in dialog.summary.text()
    dialog.link("walk-in", clients["zhang"], "张伟 · Zhang Wei")
    assert table.item(1, COL_TAKE).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (done.args[0].added, done.args[0].skipped) == (2, 1)
    qtbot.waitUntil(lambda: len(view.page.entries) == 2, timeout=20_000)
    owners = {e.appointment.ics_uid: e.appointment.client_id for e in view.page.entries}
    assert owners == {"known": clients["dupont"], "walk-in": clients["zhang"]}


def test_a_broken_calendar_file_is_named_and_nothing_imported(qtbot, view, book, tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    dialog = view.actions.import_file(str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20_000)
    assert dialog.error.text() == "Event 1 (“No start”) has no start time (DTSTART). Nothing was imported."
    assert not dialog.import_button.isEnabled()
    assert book(lambda s: s.book.query("SELECT count(*) FROM appointment")) == [(0,)]


def test_a_ten_megabyte_file_is_refused_before_it_is_read(qtbot, view, tmp_path, monkeypatch):
    path = tmp_path / "huge.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * (10 * 1024 * 1024))
    told = []
    monkeypatch.setattr("clienteling.ui.views.agenda_actions.show_error", lambda parent, exc: told.append(str(exc)))
    assert view.actions.import_file(str(path)) is None
    assert told == ["The file is 10.0 MB; a calendar file to import can be at most 5 MB. "
                    "Export a shorter period and import that."]


def test_a_change_elsewhere_redraws_the_week(qtbot, view, book, clients):
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.tm.run(lambda s: agenda(s).save(AppointmentForm(client_id=clients["dupont"], day=WEDNESDAY,
                                                             start=time(17, 0))))
    assert len(view.page.entries) == 1
    QApplication.processEvents()


def test_ten_oclock_is_at_ten_on_both_sides_of_the_spring_change(qtbot, view, book, clients):
    before = add(book, clients["dupont"], day=date(2025, 3, 29), at=time(10, 0))  # 09:00 UTC
    after = add(book, clients["zhang"], day=date(2025, 3, 30), at=time(10, 0))  # 08:00 UTC
    reload(qtbot, view)
    rb, ra = view.grid.block_rect(before.id), view.grid.block_rect(after.id)
    assert rb.top() == ra.top() == view.grid._y(10 * 60) + 1
    texts = {b.entry.appointment.id: b.first for b in view.grid._blocks}
    assert texts[before.id].startswith("\u200e10:00") and texts[after.id].startswith("\u200e10:00")


def test_a_shanghai_boutique_shows_shanghai_time(qtbot, qapp, tmp_path):
    from clienteling.credentials import MemoryStore
    from clienteling.services import BookExecutor, ClientForm, open_session
    from clienteling.ui.taskman import TaskManager

    shanghai = DEMO.model_copy(update={"timezone": "Asia/Shanghai"})
    executor = BookExecutor(lambda: open_session(shanghai, MemoryStore(), home=tmp_path / "shanghai"))
    try:
        def seed(s):
            client_id, _ = s.clients.create_client(ClientForm(family_name="王", given_name="芳", advisor="Lin Mei"))
            return agenda(s).save(AppointmentForm(client_id=client_id, day=WEDNESDAY, start=time(2, 30)))[0]
        a = executor.submit(seed).result(timeout=30)
        assert a.starts_at == datetime(2025, 3, 25, 18, 30, tzinfo=UTC) and a.time_zone == "Asia/Shanghai"
        widget = AgendaView(TaskManager(executor), shanghai, clock=lambda: NOW)  # 17:00 in Shanghai
        qtbot.addWidget(widget)
        widget.show()
        with qtbot.waitSignal(widget.loaded, timeout=20_000):
            widget.book_opened()
        [block] = widget.grid._blocks
        assert block.entry.appointment.id == a.id and block.first.startswith("\u200e02:30")
        assert widget.grid.hours[0] == 2  # the grid opens early enough to show it
        assert widget.today_line.text().startswith("Today, 1 appointment")
    finally:
        executor.submit(lambda s: None).result(timeout=30)
        executor.shutdown()
