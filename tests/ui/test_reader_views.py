"""Today and Insights read on the book's reader thread: the book thread stays free meanwhile, a
decision is seen by the next read, a stale read is stopped, and closing the book stops a read."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox

from clienteling.config import DEMO
from clienteling.credentials import MemoryStore
from clienteling.domain import Purchase, build
from clienteling.domain.errors import Cancelled
from clienteling.outreach.prompt import Segment, Suppression
from clienteling.services import BookExecutor, ClientForm, open_session
from clienteling.store import rows
from clienteling.ui.taskman import TaskManager
from clienteling.ui.views.kpi import KpiView
from clienteling.ui.views.today import TodayView

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 15, 9, 30, tzinfo=PARIS)
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
EMPTY = SimpleNamespace(appointments=[], prompts=[], suppressed=[], problems=())


class Gate:
    """Holds the reader until the test opens it: a slow read without sleeping."""

    def __init__(self):
        self.started = threading.Event()
        self.release = threading.Event()
        self.threads: set[int] = set()

    def wait(self):
        self.threads.add(threading.get_ident())
        self.started.set()
        assert self.release.wait(30), "the test never released the read"


class GatedOutreach:
    """The rules engine's reads, each held at the gate (Today's queue, Insights' segments)."""

    def __init__(self, gate: Gate):
        self.gate = gate

    def queue(self, today):
        self.gate.wait()
        return EMPTY

    def segments(self, today):
        self.gate.wait()
        return dict.fromkeys(Segment, 0)

    def prompt_history(self, weeks, today):
        return [SimpleNamespace(overdue=0)]


class EndlessFirst:
    """The first queue read runs a query that only an interrupt ends; later ones answer at once."""

    def __init__(self, session, state: dict):
        self.session, self.state = session, state

    def queue(self, today):
        self.state["calls"] = self.state.get("calls", 0) + 1
        if self.state["calls"] == 1:
            self.state["started"].set()
            self.session.book.conn.execute(ENDLESS).fetchone()
        return SimpleNamespace(**{**vars(EMPTY), "problems": (f"read {self.state['calls']}",)})


@pytest.fixture
def gates(tm):
    """`gates()` makes a Gate; every gate opens at teardown, so a failing test never holds the reader."""
    made: list[Gate] = []
    yield lambda: made.append(Gate()) or made[-1]
    for g in made:
        g.release.set()


def search_now(qtbot, tm, text: str) -> list:
    """A search through the book thread, as the client list does; waits for its answer."""
    found: list = []
    tm.run(lambda s: s.clients.search(text), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


def test_a_search_is_answered_while_todays_queue_is_still_being_read(qtbot, tm, make_client, gates):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    gate = gates()
    view = TodayView(tm, DEMO, service=lambda s: GatedOutreach(gate), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.book_opened()
    assert gate.started.wait(10)

    assert [r.id for r in search_now(qtbot, tm, "Dupont")] == [cid]
    assert view.queue is None and view.summary.text() == "Reading today's appointments and prompts…"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        gate.release.set()
    assert gate.threads.isdisjoint({threading.get_ident(), tm.executor.submit(lambda s: threading.get_ident())
                                    .result(timeout=10)})


def test_insights_read_beside_the_book_and_say_what_they_are_reading(qtbot, tm, make_client, gates):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    gate = gates()
    view = KpiView(tm, DEMO, service=lambda s: GatedOutreach(gate), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.book_opened()
    assert gate.started.wait(10)
    assert view.summary.text() == "Reading the figures of the last 12 weeks…"
    assert [r.id for r in search_now(qtbot, tm, "Dupont")] == [cid]
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        gate.release.set()
    assert "completion" in view.summary.text()


def test_a_stale_reload_is_stopped_not_just_ignored(qtbot, tm):
    state = {"started": threading.Event()}
    view = TodayView(tm, DEMO, service=lambda s: EndlessFirst(s, state), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.book_opened()
    assert state["started"].wait(10)
    stale = view._reading
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()  # without the interrupt the first read would never end, and this one never start
    assert isinstance(stale.exception(timeout=0), Cancelled)
    assert view.problems.text() == "read 2" and state["calls"] == 2


def test_a_stale_insights_read_is_stopped_by_the_reload_after_it(qtbot, tm, make_client, gates):
    make_client(family_name="Dupont", given_name="Héloïse")
    gate = gates()
    view = KpiView(tm, DEMO, service=lambda s: GatedOutreach(gate), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.book_opened()
    assert gate.started.wait(10)
    stale = view._reading
    view.reload()
    assert stale.cancelled() or not stale.done()  # asked to stop (this one waits at the gate)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        gate.release.set()
    assert isinstance(stale.exception(timeout=10), Cancelled)


def test_the_reload_after_a_decision_reads_the_decision(qtbot, tm, book):
    def seed(s):
        cid, _ = s.clients.create_client(ClientForm(family_name="Dupont", given_name="Héloïse", title="mrs",
                                                    preferred_channel="email", emails=[("", "h@example.fr")]))
        s.clients.set_consent(cid, "email", "granted", "Signed form")
        with s.book.transaction() as db:
            rows.write(db.conn, build(Purchase, client_id=cid, purchased_on=date(2026, 4, 12), item="Weekender bag",
                                      category="leather_goods", amount=Decimal("4800")), journaled=False)
        return cid

    cid = book(seed)
    view = TodayView(tm, DEMO, clock=lambda: NOW)  # the real rules engine, on the reader
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.book_opened()
    target = next(p for p in view.queue.prompts if p.client_id == cid)
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # decided on the book thread, then read again
        view.actions.mark_done(target, target.channel, "Merci encore.")
    assert target.key not in {p.key for p in view.queue.prompts}
    assert {p.key: p.suppressed for p in view.queue.suppressed}[target.key] == Suppression.DONE


def test_closing_the_book_stops_a_read_and_closes_cleanly(qtbot, qapp, tmp_path):
    executor = BookExecutor(lambda: open_session(DEMO, MemoryStore(), home=tmp_path))
    executor.opened.result(timeout=30)
    tm = TaskManager(executor)
    state = {"started": threading.Event()}
    view = TodayView(tm, DEMO, service=lambda s: EndlessFirst(s, state), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    view.book_opened()
    assert state["started"].wait(10)
    reading = view._reading
    executor.shutdown()  # returns: the endless read was interrupted and the reader joined
    assert isinstance(reading.exception(timeout=0), Cancelled)
    assert not (tmp_path / "book.db-wal").exists()  # every connection closed, the log checkpointed
    qtbot.waitUntil(lambda: tm.idle, timeout=5000)
    assert view.summary.text() == "Reading today's appointments and prompts…"  # no error shown for it
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    view.reload()  # a reload after the book closed reads nothing and fails nothing
    assert view._reading is None and view._stale


@pytest.mark.parametrize("reads", [1, 3])
def test_reads_in_a_row_keep_the_book_thread_free(qtbot, tm, make_client, gates, reads):
    cid = make_client(family_name="Dupont", given_name="Héloïse")
    held = [gates() for _ in range(reads)]
    futures = [tm.read(lambda s, g=g: g.wait()) for g in held]
    assert held[0].started.wait(10)
    assert [r.id for r in search_now(qtbot, tm, "Dupont")] == [cid]
    for g in held:
        g.release.set()
    for f in futures:
        f.result(timeout=10)
