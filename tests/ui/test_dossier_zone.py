"""Every moment the dossier shows reads in the boutique's time zone (BoutiqueConfig.timezone), as the
agenda does: notes, outreach and appointments on the timeline, the appointments' card, case stages,
consent and the day the client came into the book. The boutique here is in Shanghai (UTC+8, no
summer time) and the laptop's clock in New York, so each is told apart from the other and from UTC."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from clienteling.config import DEMO
from clienteling.credentials import MemoryStore
from clienteling.domain import AftercareCase, Appointment, CaseStage, Consent, Note, OutreachLog, build
from clienteling.services import BookExecutor, ClientForm, open_session
from clienteling.store import rows
from clienteling.ui.views.dossier import DossierView

SHANGHAI = DEMO.model_copy(update={"timezone": "Asia/Shanghai"})


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def laptop_in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def shanghai_tm(qapp, tmp_path, laptop_in_new_york):
    from clienteling.ui.taskman import TaskManager

    executor = BookExecutor(lambda: open_session(SHANGHAI, MemoryStore(), home=tmp_path))
    executor.opened.result(timeout=30)
    yield TaskManager(executor), lambda fn: executor.submit(fn).result(timeout=30)
    executor.submit(lambda s: None).result(timeout=30)
    qapp.processEvents()
    executor.shutdown()


def history(s) -> str:
    """A client whose history happened at moments that fall on other days or hours in each zone."""
    client_id, _ = s.clients.create_client(ClientForm(family_name="Dupont", given_name="Héloïse", title="mrs"))
    client = s.clients.dossier(client_id).client.model_copy(update={"created_at": utc(2024, 12, 31, 18, 0)})
    case = build(AftercareCase, client_id=client_id, kind="alteration", item="Silk dress", stage="received",
                 opened_at=utc(2025, 3, 10, 17, 30))
    records = [
        client,
        build(Note, client_id=client_id, kind="conversation", body="Loves the new tote.",
              created_at=utc(2025, 1, 12, 9, 5)),
        build(OutreachLog, client_id=client_id, at=utc(2025, 2, 3, 23, 30), channel="email", purpose="thank_you",
              message="Merci pour votre visite."),
        build(Appointment, client_id=client_id, starts_at=utc(2025, 3, 1, 2, 0), duration_min=60, status="done",
              purpose="fitting", notes_after="Tried the jacket in navy."),  # no zone recorded (an old import)
        build(Consent, client_id=client_id, channel="email", status="granted", at=utc(2025, 1, 31, 20, 0)),
        case,
        build(CaseStage, client_id=client_id, case_id=case.id, stage="received", at=utc(2025, 3, 10, 17, 30)),
    ]
    with s.book.transaction() as db:
        for record in records:
            rows.write(db.conn, record, journaled=False)
    return client_id


def texts(widget) -> list[str]:
    QApplication.processEvents()
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]


def test_the_dossier_reads_every_moment_in_the_boutiques_zone(qtbot, shanghai_tm):
    tm, book = shanghai_tm
    client_id = book(history)
    view = DossierView(tm)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    with qtbot.waitSignal(view.cases.shown, timeout=10_000):
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.show_client(client_id)
    shown = texts(view)
    timeline = [t for t in shown if t[:1].isdigit() and "2025, " in t]
    assert "12 Jan 2025, 17:05" in timeline  # the note (09:05 UTC; 04:05 on this laptop)
    assert "4 Feb 2025, 07:30" in timeline  # the outreach (3 Feb in UTC and in New York)
    assert "1 Mar 2025, 10:00" in timeline  # the appointment's after-notes (28 Feb in New York)
    assert any(t.startswith("Sat 1 Mar 2025, 10:00–11:00") for t in shown)  # its card in Appointments
    assert any("In the book since 1 Jan 2025" in t for t in shown)  # 31 Dec in UTC and in New York
    assert any(t.startswith("1 Feb 2025") for t in shown)  # consent (31 Jan in UTC and in New York)
    assert view.cases.cards[0].dates.text() == "Received 11 Mar 2025"  # 10 Mar in UTC and in New York


def test_the_aftercare_list_gives_sla_deadlines_in_the_boutiques_zone(qtbot, shanghai_tm):
    from PySide6.QtCore import Qt

    from clienteling.ui.views.cases import AftercarePage

    tm, book = shanghai_tm
    book(history)
    view = AftercarePage(tm)
    qtbot.addWidget(view)
    view.book_opened()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    tip = view.model.data(view.model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    # opened 10 Mar 17:30 UTC, to be collected within 14 days: 25 Mar 01:30 in Shanghai (24 Mar in New York)
    assert "25 Mar 2025, 01:30" in tip, tip
