"""Cancelling, resuming, the full resync after a 410, and a book restored from a backup."""

from __future__ import annotations

from clienteling.services import SyncService, open_session
from clienteling.credentials import KeyringStore
from clienteling.store.backup import make_backup, restore_backup
from profile_server.cli import main as server_admin

from .conftest import assert_converged


def test_a_cancelled_pull_resumes_where_it_stopped_and_applies_no_page_twice(make_device, server, boutique_id):
    a = make_device("a")
    ids = [a.new_client(family_name=f"Client{i}") for i in range(6)]
    a.run()
    b = make_device("b", page_size=2)
    pages = []
    b.sync.on_step = lambda step: pages.append(step) if step == "after_page_applied" else None
    first = b.run(cancelled=lambda: len(pages) >= 1)
    assert first.cancelled and first.pulled == 2
    assert b.sync.status().last_sync_at is None  # not a complete sync
    assert b.integrity() == []
    assert 0 < len(b.clients.list_rows()) < len(ids)
    second = b.run()
    assert not second.cancelled
    assert first.pulled + second.pulled == len(ids)  # each change pulled exactly once
    assert b.sync.status().last_sync_at is not None
    assert_converged(server, boutique_id, a, b)


def test_a_cancelled_push_keeps_the_rest_for_the_next_sync(make_device, server, boutique_id):
    a = make_device("a", batch_size=2)
    for i in range(3):
        a.new_client(family_name=f"Client{i}", phones=[("mobile", f"06 12 34 56 7{i}")])
    total = len(a.outbox())
    batches = []
    a.sync.on_step = lambda step: batches.append(step) if step == "after_push_commit" else None
    report = a.run(cancelled=lambda: len(batches) >= 1)
    assert report.cancelled and report.pushed == 2
    assert len(a.outbox()) == total - 2
    assert a.integrity() == []
    a.sync.on_step = None
    a.run()
    assert server.counts(boutique_id)["records"] == total
    b = make_device("b")
    b.run()
    assert_converged(server, boutique_id, a, b)


def test_a_cursor_older_than_the_tombstone_history_resyncs_without_losing_local_edits(
        make_device, server, boutique_id):
    a, b = make_device("a"), make_device("b", login="bob")
    gone, kept = a.new_client(family_name="Gone"), a.new_client(family_name="Kept")
    a.run()
    b.run()
    a.clients.delete_client(gone)
    a.run()
    assert server_admin(["purge", "--db", str(server.path), "--older-than-days", "0", "--boutique", boutique_id]) == 0
    typed = []

    def edit_while_syncing(step: str) -> None:
        if step == "before_pull" and not typed:
            typed.append(step)
            b.edit(kept, city="Roma")

    b.sync.on_step = edit_while_syncing
    report = b.run()
    b.sync.on_step = None
    assert report.resynced
    assert b.clients.row(gone) is None  # its tombstone was purged, the full resync still hides it
    assert b.clients.dossier(kept).client.city == "Roma"  # the pending edit survived the resync
    assert len(b.outbox()) == 1
    b.run()
    a.run()
    assert a.clients.dossier(kept).client.city == "Roma"
    assert_converged(server, boutique_id, a, b)


def test_a_restored_backup_gets_a_new_device_id_and_loses_no_edit(make_device, server, boutique_id):
    a = make_device("a")
    client_id = a.new_client(city="Paris")
    a.run()
    backup = make_backup(a.book.path, a.book.key())
    a.edit(client_id, city="Lyon")
    a.clients.add_note(client_id, "Written after the backup")
    a.run()
    device_before = a.book.device_id()

    path, key = a.book.path, a.book.key()
    a.session.close()
    restore_backup(backup, path, key)
    a.session = open_session(a.boutique, KeyringStore(), home=a.home)
    a.sync = SyncService(a.session.book, a.boutique, a.secrets, transport=a.transport, sleep=a.sleeps.append)
    assert a.clients.dossier(client_id).client.city == "Paris"  # the book went back in time

    a.edit(client_id, tier="vic")  # numbered with seqs the server already saw from this device
    a.clients.add_note(client_id, "Written after the restore")
    report = a.run()
    assert report.device_rotated and a.book.device_id() != device_before
    dossier = a.clients.dossier(client_id)
    assert (dossier.client.city, dossier.client.tier) == ("Lyon", "vic")
    assert sorted(n.body for n in dossier.notes) == ["Written after the backup", "Written after the restore"]
    b = make_device("b")
    b.run()
    assert_converged(server, boutique_id, a, b)
