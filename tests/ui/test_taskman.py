"""The task manager once the book has closed: late work is dropped quietly, never an error box."""

from __future__ import annotations

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
