"""A syncing process killed for real (SIGKILL) at every named step resumes with nothing lost or doubled.

The sync runs in a child process (`kill_child.py`) on a passphrase-protected book, so the
child can open it without the parent's in-memory keyring; it signs in for that run only
(the token never leaves its memory). Its `on_step` hook SIGKILLs it at the chosen step:

- `after_push_response`: the server committed a batch, the answers are not stored here;
- `after_page_response` / `after_page_applied`: a page arrived but is not applied, and a page
  and its cursor were committed (they are one transaction, so there is no moment between
  applying a page and saving its cursor to kill it at);
- every other step of `clienteling.sync.STEPS`, the second batch or page as well as the first,
  and the device-rotation and full-resync steps in the scenarios that reach them.

Then the parent reopens the book: `PRAGMA integrity_check` (and every page's HMAC) is clean,
a normal sync completes, the server processed each mutation exactly once, every note is
there exactly once, the outbox is empty and both laptops equal the server.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from clienteling.config import BoutiqueConfig
from clienteling.credentials import KeyringStore, MemoryStore
from clienteling.services import SyncService, open_session
from clienteling.store import Key
from clienteling.store.backup import make_backup, restore_backup
from clienteling.sync import STEPS
from profile_server.cli import main as server_admin

from .conftest import PASSWORD, Device, assert_converged

CHILD = Path(__file__).with_name("kill_child.py")
PASSPHRASE = "kill test passphrase — 杀"
PAGE, BATCH = 2, 2

CASES = [(step, 1) for step in STEPS] + [
    ("before_push", 2), ("after_push_response", 2), ("after_push_commit", 2),
    ("before_pull", 2), ("after_page_response", 2), ("after_page_applied", 2),
]


class PassphraseDevice(Device):
    """A laptop whose book is unlocked by a passphrase, so another process can open it too."""

    def __init__(self, server, boutique_id: str, home: Path):
        self.server = server
        self.boutique = BoutiqueConfig(boutique_id=boutique_id, display_name="Test boutique", api_base_url=server.url)
        self.home = home
        self.secrets = MemoryStore()
        self.transport = None
        self.sleeps: list[float] = []
        self.session = None
        self.reopen()

    def reopen(self) -> None:
        self.session = open_session(self.boutique, KeyringStore(), home=self.home, passphrase=PASSPHRASE,
                                    advisor="alice")
        self.sync = SyncService(self.session.book, self.boutique, self.secrets, page_size=PAGE, batch_size=BATCH)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    def killed_at(self, step: str, nth: int) -> subprocess.CompletedProcess:
        """Sync in a child process that SIGKILLs itself at the nth `step`; the book is closed here meanwhile."""
        self.close()
        done = subprocess.run(
            [sys.executable, str(CHILD), str(self.home), self.boutique.boutique_id, self.server.url, "alice", step,
             str(nth), str(PAGE), str(BATCH)],
            input=f"{PASSPHRASE}\n{PASSWORD}\n", capture_output=True, text=True, timeout=60)
        self.reopen()
        return done


def _notes(server, boutique_id: str) -> dict[str, int]:
    """Live notes per client on the server."""
    conn = server.conn()
    try:
        return dict(conn.execute(
            "SELECT client_id, count(*) FROM record WHERE boutique_id = ? AND entity = 'note' AND deleted = 0"
            " GROUP BY client_id", (boutique_id,)).fetchall())
    finally:
        conn.close()


def _prepare(kind: str, a: PassphraseDevice, b: Device, server, boutique_id: str) -> dict:
    """Both laptops in step, then work on both sides: a has batches to push and pages to pull."""
    shared = a.new_client(city="Paris")
    a.clients.add_note(shared, "First visit")
    a.run()
    b.run()
    expect = {"shared": shared, "notes": {shared: 1}}
    if kind == "resync":  # b deletes a client, the server forgets the tombstone: a's cursor is too old
        gone = a.new_client(family_name="Gone")
        a.run()
        b.run()
        b.clients.delete_client(gone)
        b.run()
        assert server_admin(["purge", "--db", str(server.path), "--older-than-days", "0",
                             "--boutique", boutique_id]) == 0
        expect["gone"] = gone
    if kind == "restored":  # a goes back to a backup: its next seqs were already used on the server
        backup = make_backup(a.book.path, a.book.key())
        a.edit(shared, tier="gold")
        a.clients.add_note(shared, "Written after the backup")
        a.run()
        b.run()
        path = a.book.path
        a.close()
        restore_backup(backup, path, Key(passphrase=PASSPHRASE))
        a.reopen()
        expect["notes"][shared] += 1
    for i in range(3):
        pulled = b.new_client(family_name=f"Pulled{i}")
        b.clients.add_note(pulled, f"Pulled note {i}")
        expect["notes"][pulled] = 1
    b.edit(shared, tier="vic")
    b.run()  # a has 7+ changes to pull, in pages of 2
    pushed = a.new_client(family_name="Pushed", phones=[("mobile", "06 12 34 56 78")])
    for i in range(2):
        a.clients.add_note(pushed, f"Pushed note {i}")
    a.clients.add_note(shared, "Second visit")
    a.edit(shared, city="Lyon")
    expect["notes"][pushed] = 2
    expect["notes"][shared] += 1
    expect["pushed"] = pushed
    return expect


@pytest.mark.parametrize(("step", "nth"), CASES, ids=[f"{s}-{n}" for s, n in CASES])
def test_a_sync_killed_at_a_step_resumes_with_nothing_lost_or_doubled(make_device, server, boutique_id, tmp_path,
                                                                      step, nth):
    kind = "restored" if step == "after_device_rotated" else "resync" if step.startswith("after_resync") else "plain"
    a = PassphraseDevice(server, boutique_id, tmp_path / "a")
    a.sign_in()
    b = make_device("b", login="bob")
    try:
        expect = _prepare(kind, a, b, server, boutique_id)
        sent = len(a.outbox())
        results_before = server.counts(boutique_id)["results"]

        child = a.killed_at(step, nth)
        assert child.returncode == -signal.SIGKILL, (
            f"the child was not killed at {step} #{nth} (exit {child.returncode}): {child.stderr[-2000:]}")
        assert a.integrity() == []
        report = a.run()
        assert a.integrity() == []
        assert a.outbox() == [] and a.outbox("rejected") == []
        assert server.counts(boutique_id)["results"] == results_before + sent  # each mutation processed once
        b.run()
        assert _notes(server, boutique_id) == expect["notes"]  # every note, once
        for device in (a, b):
            for client_id, count in expect["notes"].items():
                assert len(device.clients.dossier(client_id).notes) == count
            shared = device.clients.dossier(expect["shared"]).client
            assert (shared.city, shared.tier.value) == ("Lyon", "vic")
            assert device.clients.row(expect["pushed"]) is not None
            if kind == "resync":
                assert device.clients.row(expect["gone"]) is None
        if kind == "restored":
            assert report.device_rotated is False  # rotated (and kept) by the killed run
        assert_converged(server, boutique_id, a, b)
    finally:
        a.close()
