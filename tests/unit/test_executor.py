"""One thread owns the book: every submitted call runs there, in order."""

from __future__ import annotations

import json
import os
import threading

import pytest

from clienteling.config import DEMO
from clienteling.credentials import book_key_name
from clienteling.domain.errors import WrongKey
from clienteling.services import BookExecutor, ClientForm, open_session


def test_all_work_runs_on_the_one_thread_that_opened_the_book(secrets, tmp_path):
    seen: list[int] = []
    executor = BookExecutor(lambda: open_session(DEMO, secrets, home=tmp_path))
    try:
        session = executor.opened.result(timeout=30)

        def create(s):
            seen.append(threading.get_ident())
            return s.clients.create_client(ClientForm(family_name="Dupont"))[0]

        def count(s):
            seen.append(threading.get_ident())
            return s.clients.count()

        futures = [executor.submit(create) for _ in range(5)] + [executor.submit(count)]
        ids = [f.result(timeout=30) for f in futures[:5]]
        assert futures[-1].result(timeout=30) == 5  # ran after the five creates
        assert len(set(ids)) == 5
        assert len(set(seen)) == 1
        assert seen[0] != threading.get_ident()
        assert session.book._thread == seen[0]  # the thread that opened the connection
        with pytest.raises(Exception):
            session.clients.count()  # the connection refuses any other thread
    finally:
        executor.shutdown()


def test_why_the_book_did_not_open_comes_back_from_submitted_work(session, secrets, tmp_path):
    session.close()
    book_id = json.loads((tmp_path / "book.json").read_text())["book_id"]
    secrets.set(book_key_name(book_id), os.urandom(32).hex())  # the keyring now holds a wrong key
    executor = BookExecutor(lambda: open_session(DEMO, secrets, home=tmp_path))
    try:
        with pytest.raises(WrongKey):
            executor.opened.result(timeout=30)
        with pytest.raises(WrongKey):
            executor.submit(lambda s: s.clients.count()).result(timeout=30)
        with pytest.raises(WrongKey):  # and again: every later call learns the same
            executor.submit(lambda s: 1).result(timeout=30)
    finally:
        executor.shutdown()


def test_shutdown_closes_the_book_so_it_can_be_opened_again(secrets, tmp_path):
    executor = BookExecutor(lambda: open_session(DEMO, secrets, home=tmp_path))
    client_id = executor.submit(
        lambda s: s.clients.create_client(ClientForm(family_name="Dupont"))[0]).result(timeout=30)
    executor.shutdown()
    executor.shutdown()  # quitting twice (window close, then app quit) is harmless
    assert not (tmp_path / "book.db-wal").exists()  # closed cleanly: the log was checkpointed away
    again = open_session(DEMO, secrets, home=tmp_path)
    try:
        assert again.clients.dossier(client_id).client.family_name == "Dupont"
    finally:
        again.close()


def test_shutdown_right_after_start_still_closes_the_book(secrets, tmp_path):
    """Quitting while the book is still opening must not leave it open (and its log unflushed)."""
    import time

    closed = []

    def slow_open():
        time.sleep(0.3)
        session = open_session(DEMO, secrets, home=tmp_path)
        session.clients.create_client(ClientForm(family_name="Dupont"))
        real_close = session.close
        session.close = lambda: (closed.append(True), real_close())
        return session

    executor = BookExecutor(slow_open)
    executor.shutdown()
    assert closed == [True]
    assert not (tmp_path / "book.db-wal").exists()
