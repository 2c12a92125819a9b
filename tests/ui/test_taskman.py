"""The task manager once the book has closed: late work is dropped quietly, never an error box."""

from __future__ import annotations

from concurrent.futures import Future

from clienteling.config import DEMO
from clienteling.credentials import MemoryStore
from clienteling.services import BookExecutor, open_session
from clienteling.ui.taskman import TaskManager


def test_work_asked_for_after_the_book_closed_is_dropped_and_the_manager_stays_idle(qapp, tmp_path):
    executor = BookExecutor(lambda: open_session(DEMO, MemoryStore(), home=tmp_path, advisor="Camille"))
    executor.opened.result(timeout=30)
    tm = TaskManager(executor)
    busy = []
    tm.busy.connect(busy.append)
    executor.shutdown()
    ran = []
    future = tm.run(lambda s: ran.append(1), ran.append, ran.append)
    qapp.processEvents()
    assert future.cancelled() and ran == []
    assert tm.idle and busy == []


class _AlreadyDone:
    """An executor whose work is finished by the time submit() returns (a fast book thread at its fastest)."""

    def submit(self, fn):
        future = Future()
        future.set_result(fn(None))
        return future


def test_a_task_done_before_run_returns_still_reports_later_on_the_event_loop(qtbot, qapp):
    """Whoever started the work connects to it after run() returns; the answer must not beat them."""
    tm = TaskManager(_AlreadyDone())
    heard = []
    tm.run(lambda s: "done", heard.append)
    assert heard == []  # not delivered from inside run()
    qtbot.waitUntil(lambda: heard == ["done"], timeout=5000)
    assert tm.idle
