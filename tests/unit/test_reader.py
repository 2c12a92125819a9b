"""The book's reader: a second thread with a read-only connection to the same book, for long reads."""

from __future__ import annotations

import logging
import os
import threading

import pytest

from clienteling.config import DEMO
from clienteling.credentials import MemoryStore
from clienteling.domain.errors import Cancelled, StoreError
from clienteling.services import BookExecutor, ClientForm, open_session
from clienteling.services.reader import trim_heap
from clienteling.store import Key
from clienteling.store.book import open_reader

# Counts for ever: only an interrupt ends it.
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.fixture
def executor(tmp_path):
    ex = BookExecutor(lambda: open_session(DEMO, MemoryStore(), home=tmp_path, advisor="Camille"))
    ex.opened.result(timeout=30)
    yield ex
    ex.shutdown()


def write(executor, fn):
    return executor.submit(fn).result(timeout=30)


def read(executor, fn):
    return executor.reader.submit(fn).result(timeout=30)


def endless(started: threading.Event):
    def fn(s):
        started.set()
        return s.book.conn.execute(ENDLESS).fetchone()
    return fn


def test_the_reader_reads_on_a_thread_and_connection_of_its_own(executor):
    write(executor, lambda s: s.clients.create_client(ClientForm(family_name="Dupont")))
    book_thread = write(executor, lambda s: threading.get_ident())
    seen = read(executor, lambda s: (threading.get_ident(), s.book.read_only, s.clients.count(), s.clients.advisor))
    assert seen[0] not in (book_thread, threading.get_ident())
    assert seen[1:] == (True, 1, "Camille")


def test_the_reader_refuses_writes_and_the_book_is_unchanged(executor):
    with pytest.raises(StoreError):
        read(executor, lambda s: s.clients.create_client(ClientForm(family_name="Dupont")))
    assert write(executor, lambda s: s.clients.count()) == 0
    assert read(executor, lambda s: s.clients.count()) == 0  # and it still reads


def test_each_read_sees_what_the_book_thread_committed_before_it(executor):
    assert read(executor, lambda s: s.clients.count()) == 0
    write(executor, lambda s: s.clients.create_client(ClientForm(family_name="Dupont")))
    assert read(executor, lambda s: s.clients.count()) == 1
    assert read(executor, lambda s: s.book.conn.in_transaction) is True  # a read is one snapshot…
    assert read(executor, lambda s: s.clients.count()) == 1  # …which always ends
    write(executor, lambda s: s.clients.create_client(ClientForm(family_name="Martin")))
    assert read(executor, lambda s: s.clients.count()) == 2


def test_a_running_read_is_interrupted_and_the_reader_goes_on(executor):
    started = threading.Event()
    future = executor.reader.submit(endless(started))
    waiting = executor.reader.submit(lambda s: "never run")
    assert started.wait(30)
    assert executor.reader.cancel(waiting) and waiting.cancelled()
    assert executor.reader.cancel(future)
    with pytest.raises(Cancelled):
        future.result(timeout=30)
    assert read(executor, lambda s: s.clients.count()) == 0


def test_closing_the_book_interrupts_the_running_read_and_closes_cleanly(tmp_path):
    secrets = MemoryStore()
    executor = BookExecutor(lambda: open_session(DEMO, secrets, home=tmp_path))
    write(executor, lambda s: s.clients.create_client(ClientForm(family_name="Dupont")))
    started = threading.Event()
    future = executor.reader.submit(endless(started))
    queued = executor.reader.submit(lambda s: "never run")
    assert started.wait(30)
    executor.shutdown()
    assert isinstance(future.exception(timeout=0), Cancelled)
    assert queued.cancelled()
    assert not (tmp_path / "book.db-wal").exists()  # the book closed last and checkpointed its log
    with pytest.raises(RuntimeError):
        executor.reader  # noqa: B018 - nothing reads a closed book
    again = open_session(DEMO, secrets, home=tmp_path)
    try:
        assert again.clients.count() == 1
    finally:
        again.close()


def test_the_reader_opens_only_when_first_used(tmp_path):
    executor = BookExecutor(lambda: open_session(DEMO, MemoryStore(), home=tmp_path))
    executor.opened.result(timeout=30)
    assert not [t for t in threading.enumerate() if t.name == "book-reader"]
    executor.shutdown()  # never used: nothing to close


def test_a_key_that_does_not_open_the_book_is_never_shown(session, caplog):
    wrong = os.urandom(32)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as caught:
        open_reader(session.path, Key(raw=wrong))
    for secret in (wrong.hex(), session.book.key().raw.hex()):
        assert secret not in str(caught.value) and secret not in caplog.text
    reader = open_reader(session.path, session.book.key(), cache_kib=1024)
    try:
        assert reader.query("PRAGMA cache_size") == [(-1024,)]
    finally:
        reader.close()


def test_trimming_the_heap_is_harmless_anywhere():
    trim_heap()
    trim_heap()
