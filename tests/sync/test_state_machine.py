"""Three laptops and the real reference server, driven by Hypothesis through random histories.

Each example gets a boutique of its own on the suite's loopback server (`live_server`) and
three fresh books (three advisors of that boutique, each with its own `SyncService`). Steps:
create a client, edit a field, add a note, delete a client, erase a client (the server's
endpoint, with a laptop's token), sync a laptop, kill a laptop's sync at a named step (the
next sync must recover), resolve an open conflict (mine / theirs / edit), and a clash: two
laptops change the same field (or one deletes the client) and both sync, so conflicts are
common enough to be resolved mid-run. `pytest -s` prints what the examples exercised.

At the end every laptop syncs twice, then:
- every laptop holds exactly the server's live records, field for field, and nothing pending;
- 0 lost: every field edit is on the server, superseded by a later edit of that field, or kept
  in a conflict (open or resolved) on the laptop that made it;
- 0 duplicates: the server took each mutation once (mutation ids, per-laptop seqs), and each
  client has exactly the notes that were added to it;
- nothing deleted comes back (unless an advisor chose to keep it when resolving a conflict),
  nothing erased comes back, anywhere.

CI runs 200 examples; more with `CLIENTELING_SM_EXAMPLES=5000`.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, precondition, rule,
                                 run_state_machine_as_test)

from clienteling.config import BoutiqueConfig
from clienteling.credentials import KeyringStore, MemoryStore, load_token
from clienteling.services import SyncService, open_session
from clienteling.store import sync_state
from clienteling.sync import STEPS, ApiClient
from profile_server import auth, db

from .conftest import PASSWORD, Device, assert_converged, normalised

EXAMPLES = int(os.environ.get("CLIENTELING_SM_EXAMPLES", "200"))
SEEN: Counter[str] = Counter()  # what the examples exercised, printed at the end (pytest -s shows it)
LOGINS = ("alice", "bob", "carol")
FIELDS = {
    "city": ("Paris", "Lyon", "Roma", "上海", "Dubai", ""),
    "address": ("1 rue de la Paix", "5th Avenue", "南京西路 1266 号", ""),
    "given_name": ("Héloïse", "Mei", "Layla", "Анна"),
    "tier": ("prospect", "client", "gold", "platinum", "vic"),
}
FAMILY_NAMES = ("Dupont", "王", "Haddad", "Иванова", "Rossi")
MAX_CLIENTS = 6  # few clients, so laptops keep meeting on the same ones
MAX_DELETES, MAX_ERASURES = 2, 1  # per example: enough to meet edits, not so many that no client is left


class Laptop(Device):
    """A conftest `Device` on the plain network (no fault injection), sharing one connection pool.

    Its book commits without fsync (`synchronous = OFF`): a crash here is the process stopping,
    not the computer, and the machine runs thousands of short transactions.
    """

    def __init__(self, server, boutique_id: str, home: Path, transport: httpx.HTTPTransport):
        self.server = server
        self.boutique = BoutiqueConfig(boutique_id=boutique_id, display_name="Test boutique", api_base_url=server.url)
        self.home = home
        self.session = open_session(self.boutique, KeyringStore(), home=home, advisor="alice")
        self.session.book.conn.execute("PRAGMA synchronous = OFF")
        self.secrets = MemoryStore()
        self.transport = transport
        self.sleeps: list[float] = []
        self.sync = SyncService(self.session.book, self.boutique, self.secrets, transport=transport,
                                sleep=self.sleeps.append)

    def close(self) -> None:
        self.session.close()  # the transport is the machine's


@dataclass(frozen=True)
class Edit:
    t: int  # the model's clock
    device: int
    client_id: str
    field: str
    value: str
    mutation_id: str  # of the outbox row that journaled it


class Crash(BaseException):
    """Not an Exception: nothing in the app may catch it, as nothing catches a SIGKILL."""


def guarded(method):
    """Mark the machine broken if a step fails, so teardown does not pile a second failure on it."""
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except BaseException:
            self.broken = True
            raise
    wrapper.__name__, wrapper.__doc__ = method.__name__, method.__doc__
    return wrapper


class SyncMachine(RuleBasedStateMachine):
    server = None  # the LiveServer, set by the test
    transport: httpx.HTTPTransport | None = None  # one connection pool for every laptop
    root: Path = Path(tempfile.gettempdir())

    def __init__(self):
        super().__init__()
        self.broken = False
        self.bid = f"sm{uuid.uuid4().hex[:12]}"
        conn = self.server.conn()
        try:
            now = datetime.now(timezone.utc)
            db.add_boutique(conn, self.bid, "State machine boutique", now)
            for login in LOGINS:
                auth.add_advisor(conn, self.bid, login, PASSWORD, now)
        finally:
            conn.close()
        self.home = Path(tempfile.mkdtemp(prefix="sm-", dir=self.root))
        self.devices: list[Device] = []
        for i, login in enumerate(LOGINS):
            device = Laptop(self.server, self.bid, self.home / f"laptop{i}", self.transport)
            self.devices.append(device)
            device.sign_in(login)
        # the model
        self.t = 0
        self.clients: list[str] = []  # in creation order (stable across replays, unlike the ids)
        self.edits: list[Edit] = []
        self.notes: dict[str, set[str]] = {}
        self.deleted: set[str] = set()  # clients an advisor deleted (or let go when resolving a conflict)
        self.kept: set[str] = set()  # clients an advisor chose to keep when resolving a 'deleted' conflict
        self.erased: set[str] = set()

    # -- helpers ------------------------------------------------------------------------------
    def _tick(self) -> int:
        self.t += 1
        return self.t

    def _live(self, device: Device) -> list[str]:
        here = {r[0] for r in device.book.query("SELECT id FROM client WHERE deleted = 0")}
        return [c for c in self.clients if c in here]

    def _edited(self, d: int, client_id: str, field: str, value: str) -> None:
        """Record an edit just journaled on laptop d, with the id of its outbox mutation."""
        found = self.devices[d].book.query("SELECT mutation_id, patch FROM outbox WHERE entity = 'client'"
                                           " AND entity_id = ? ORDER BY seq DESC LIMIT 1", (client_id,))
        assert found and json.loads(found[0][1]).get(field) == value, "the edit was not journaled"
        self.edits.append(Edit(self._tick(), d, client_id, field, value, found[0][0]))

    def _value(self, device: Device, client_id: str, field: str):
        found = device.book.query(f"SELECT {field} FROM client WHERE id = ?", (client_id,))
        return found[0][0] if found else None

    # -- rules --------------------------------------------------------------------------------
    @initialize(family=st.sampled_from(FAMILY_NAMES))
    @guarded
    def two_clients_everywhere(self, family):
        """Start from clients every laptop has, so the first steps can already clash."""
        for city in ("Paris", "Roma"):
            self._create(0, family, city)
        for device in self.devices:
            device.run()

    @precondition(lambda self: len(self.clients) < MAX_CLIENTS)
    @rule(d=st.integers(0, 2), family=st.sampled_from(FAMILY_NAMES), city=st.sampled_from(FIELDS["city"]))
    @guarded
    def create_client(self, d, family, city):
        self._create(d, family, city)

    def _create(self, d: int, family: str, city: str) -> None:
        client_id = self.devices[d].new_client(family_name=family, city=city)
        self.clients.append(client_id)
        SEEN["create"] += 1
        self.notes[client_id] = set()
        self._edited(d, client_id, "city", city)

    @precondition(lambda self: self.clients)
    @rule(d=st.integers(0, 2), data=st.data())
    @guarded
    def edit_field(self, d, data):
        device = self.devices[d]
        live = self._live(device)
        if not live:
            return
        client_id = data.draw(st.sampled_from(live), label="client")
        field = data.draw(st.sampled_from(sorted(FIELDS)), label="field")
        value = data.draw(st.sampled_from(FIELDS[field]), label="value")
        if self._value(device, client_id, field) == value:
            return  # not an edit: nothing is journaled
        device.clients.set_field(client_id, field, value)
        SEEN["edit"] += 1
        self._edited(d, client_id, field, value)

    @precondition(lambda self: self.clients)
    @rule(d=st.integers(0, 2), e=st.integers(0, 2), data=st.data())
    @guarded
    def clash(self, d, e, data):
        """Two advisors change the same field to different values (or the first deletes the client),
        then both sync: the second one's change clashes."""
        if d == e:
            return
        first, second = self.devices[d], self.devices[e]
        both = [c for c in self._live(first) if c in set(self._live(second))]
        if not both:
            return
        client_id = data.draw(st.sampled_from(both), label="client")
        field = data.draw(st.sampled_from(sorted(FIELDS)), label="field")
        values = data.draw(st.lists(st.sampled_from(FIELDS[field]), min_size=2, max_size=2, unique=True),
                           label="values")
        deleting = len(self.deleted) < MAX_DELETES and data.draw(st.booleans(), label="first deletes")
        for i, device, value in ((d, first, values[0]), (e, second, values[1])):
            if i == d and deleting:
                device.clients.delete_client(client_id)
                self.deleted.add(client_id)
                self._tick()
            elif self._value(device, client_id, field) != value:
                device.clients.set_field(client_id, field, value)
                self._edited(i, client_id, field, value)
        SEEN["clash with a delete" if deleting else "clash"] += 1
        first.run()
        SEEN["conflicts found by a sync"] += second.run().conflicts

    @precondition(lambda self: self.clients)
    @rule(d=st.integers(0, 2), data=st.data())
    @guarded
    def add_note(self, d, data):
        device = self.devices[d]
        live = self._live(device)
        if not live:
            return
        client_id = data.draw(st.sampled_from(live), label="client")
        note, _ = device.clients.add_note(client_id, f"Note {self._tick()}: 試着 — asked for the new tote")
        self.notes[client_id].add(note.id)
        SEEN["note"] += 1

    @precondition(lambda self: len(self.deleted) < MAX_DELETES)
    @rule(d=st.integers(0, 2), data=st.data())
    @guarded
    def delete_client(self, d, data):
        device = self.devices[d]
        live = self._live(device)
        if not live:
            return
        client_id = data.draw(st.sampled_from(live), label="client")
        device.clients.delete_client(client_id)
        self.deleted.add(client_id)
        SEEN["delete"] += 1
        self._tick()

    @precondition(lambda self: len(self.erased) < MAX_ERASURES)
    @rule(d=st.integers(0, 2), data=st.data())
    @guarded
    def erase_client(self, d, data):
        on_server = {r[0] for r in self._server_query(
            "SELECT id FROM record WHERE boutique_id = ? AND entity = 'client' AND erased = 0", (self.bid,))}
        candidates = [c for c in self.clients if c in on_server]
        if not candidates:
            return
        client_id = data.draw(st.sampled_from(candidates), label="client")
        device = self.devices[d]
        token = load_token(device.secrets, self.bid, self.server.url)
        with ApiClient(self.server.url, self.bid, token=token, transport=self.transport) as api:
            assert api.erase_client(client_id).erased
        self.erased.add(client_id)
        SEEN["erase"] += 1
        self._tick()

    @rule(d=st.integers(0, 2))
    @guarded
    def sync(self, d):
        report = self.devices[d].run()
        SEEN["sync"] += 1
        SEEN["conflicts found by a sync"] += report.conflicts

    @rule(d=st.integers(0, 2), step=st.sampled_from(STEPS))
    @guarded
    def crash_mid_sync(self, d, step):
        device = self.devices[d]

        def crash(name: str) -> None:
            if name == step:
                raise Crash(name)

        device.sync.on_step = crash
        try:
            report = device.run()  # the step may not come (nothing to push, no resync): then it simply completes
            SEEN["crash step not reached"] += 1
            SEEN["conflicts found by a sync"] += report.conflicts
        except Crash:
            SEEN[f"crash at {step}"] += 1
        finally:
            device.sync.on_step = None
        problems = device.book.query("PRAGMA integrity_check")
        assert problems == [("ok",)], problems

    @rule(data=st.data())
    @guarded
    def resolve_conflict(self, data):
        having = [(d, found) for d, found in enumerate(device.sync.open_conflicts() for device in self.devices)
                  if found]
        if not having:
            return
        d, found = data.draw(st.sampled_from(having), label="laptop")
        device = self.devices[d]
        conflict = data.draw(st.sampled_from(sorted(found, key=lambda c: c.id)), label="conflict")
        choice = data.draw(st.sampled_from(("mine", "theirs", "edit")), label="choice")
        value = None
        if choice == "edit":
            value = (data.draw(st.booleans(), label="deleted") if conflict.field == "deleted"
                     else data.draw(st.sampled_from(FIELDS[conflict.field]), label="value"))
        device.sync.resolve_conflict(conflict.id, choice, value)
        SEEN[f"resolve {conflict.field} {choice}"] += 1
        if conflict.entity != "client":
            self._tick()
            return
        if conflict.field == "deleted":
            if self._value(device, conflict.entity_id, "deleted") == 0:
                self.kept.add(conflict.entity_id)
                SEEN["deleted client kept"] += 1
            else:
                self.deleted.add(conflict.entity_id)
        else:  # the resolution is journaled as a new edit of the field
            self._edited(d, conflict.entity_id, conflict.field,
                         self._value(device, conflict.entity_id, conflict.field))

    # -- the end ------------------------------------------------------------------------------
    def teardown(self):
        try:
            if not self.broken:
                self.check_final()
        finally:
            for device in self.devices:
                device.close()
            shutil.rmtree(self.home, ignore_errors=True)

    def _server_query(self, sql: str, params=()) -> list[tuple]:
        conn = self.server.conn()
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def check_final(self) -> None:
        for _ in range(2):
            for device in self.devices:
                device.run()
        for device in self.devices:
            assert device.outbox("rejected") == [], "the server refused a change"
            assert device.book.query("PRAGMA integrity_check") == [("ok",)]
        self._check_converged()
        self._check_nothing_lost()
        self._check_nothing_doubled()
        self._check_nothing_returns()
        SEEN["examples checked"] += 1
        SEEN["open conflicts at the end"] += sum(len(d.sync.open_conflicts()) for d in self.devices)

    def _check_converged(self) -> None:
        """Every laptop shows exactly the server's live data: its live clients and their live records.

        Records of a deleted client stay live on the server and on laptops that had them, but a
        laptop that never had the client keeps them parked; either way they come back with the
        client if an advisor keeps it, which is what is checked for them.
        """
        on_server = self.server.state(self.bid)
        clients = {rid for (entity, rid), c in on_server.items() if entity == "client" and not c["deleted"]}

        def shown(entity: str, rid: str, fields: dict) -> bool:
            return rid in clients if entity == "client" else fields.get("client_id") in clients

        live = {k: c for k, c in on_server.items() if not c["deleted"] and shown(*k, c["fields"])}
        hidden = {k for k, c in on_server.items() if not c["deleted"] and not shown(*k, c["fields"])}
        for i, device in enumerate(self.devices):
            assert device.outbox() == [], f"laptop{i}: pending changes left after the final sync"
            everything = device.state()
            mine = {k: v for k, v in everything.items() if shown(*k, v)}
            assert set(mine) == set(live), f"laptop{i}: records differ: {set(mine) ^ set(live)}"
            for key, change in live.items():
                local = mine[key]
                assert normalised(change["fields"], local.keys()) == {
                    k: local[k] for k in change["fields"] if k in local}, (f"laptop{i}", key)
            parked = set(device.book.query("SELECT entity, entity_id FROM sync_parked"))
            kept = {k for k in everything if k in hidden} | {k for k in parked if k in hidden}
            assert kept == hidden, f"laptop{i}: records of deleted clients lost: {hidden - kept}"

    def _check_nothing_lost(self) -> None:
        """Each field edit reached the server and was either applied there (and is still the value,
        or a change the server accepted later replaced it) or answered as a conflict that its
        laptop keeps (open or resolved); or, never sent, a later edit on its laptop replaced it
        (a conflict's resolution takes the field out of older pending edits)."""
        fields = {(rid, name): (json.loads(value), rev) for rid, name, value, rev in self._server_query(
            "SELECT record_id, name, value, rev FROM field WHERE boutique_id = ? AND entity = 'client'", (self.bid,))}
        results = {mid: json.loads(result) for mid, result in self._server_query(
            "SELECT mutation_id, result FROM mutation_result WHERE boutique_id = ?", (self.bid,))}
        kept_in_conflicts = [
            {(entity_id, field, json.loads(local) if local is not None else None) for entity_id, field, local in
             device.book.query("SELECT entity_id, field, local FROM conflict WHERE entity = 'client'")}
            for device in self.devices]
        for e in self.edits:
            if e.client_id in self.erased:
                continue
            where = f"laptop{e.device} set {e.field}={e.value!r} on {e.client_id} at step {e.t}"
            replaced_here = any(o.device == e.device and o.client_id == e.client_id and o.field == e.field
                                and o.t > e.t for o in self.edits)
            result = results.get(e.mutation_id)
            if result is None:
                assert replaced_here, f"edit never sent: {where}"
                continue
            assert result["status"] in ("applied", "conflict"), f"edit {result['status']}: {where}"
            if e.field in {c["field"] for c in result["conflicts"]}:
                in_conflict = (e.client_id, e.field, e.value) in kept_in_conflicts[e.device]
                assert in_conflict or replaced_here, f"edit lost in a conflict: {where}"
                continue
            rev = result["revs"][e.field]
            value, current = fields[(e.client_id, e.field)]
            assert current > rev or (current == rev and value == e.value), (
                f"edit lost: {where}, applied at change {rev}; the server has {value!r} from change {current}")

    def _check_nothing_doubled(self) -> None:
        twice = self._server_query(
            "SELECT device_id, seq, count(*) FROM mutation_result WHERE boutique_id = ?"
            " GROUP BY device_id, seq HAVING count(*) > 1", (self.bid,))
        assert twice == [], f"seqs processed twice: {twice}"
        for device in self.devices:
            conn = device.book.conn
            taken = self._server_query("SELECT count(*), max(seq) FROM mutation_result"
                                       " WHERE boutique_id = ? AND device_id = ?", (self.bid, device.book.device_id()))
            journaled = sync_state.local_max_seq(conn)
            assert taken[0][0] <= journaled and (taken[0][1] or 0) <= journaled
        notes = {}
        for rid, client_id, erased in self._server_query(
                "SELECT id, client_id, erased FROM record WHERE boutique_id = ? AND entity = 'note'", (self.bid,)):
            notes.setdefault(client_id, set()).add(rid)
        for client_id, added in self.notes.items():
            if client_id in self.erased:
                continue
            assert notes.get(client_id, set()) == added, f"notes of {client_id} differ from the notes added"
            for device in self.devices:
                here = device.book.query("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", (client_id,))
                if device.clients.row(client_id) is not None:
                    assert here[0][0] == len(added)

    def _check_nothing_returns(self) -> None:
        records = {rid: (deleted, erased) for rid, deleted, erased in self._server_query(
            "SELECT id, deleted, erased FROM record WHERE boutique_id = ? AND entity = 'client'", (self.bid,))}
        for client_id in self.deleted - self.kept - self.erased:
            if client_id in records:  # a client created and deleted before any sync never reached the server
                assert records[client_id][0] == 1, f"deleted client {client_id} is live on the server"
            for device in self.devices:
                assert device.clients.row(client_id) is None, f"deleted client {client_id} is back on a laptop"
        for client_id in self.erased:
            assert records[client_id] == (1, 1)
            left = self._server_query("SELECT count(*) FROM field WHERE boutique_id = ? AND record_id IN"
                                      " (SELECT id FROM record WHERE id = ? OR client_id = ?)",
                                      (self.bid, client_id, client_id))
            assert left == [(0,)], f"erased client {client_id} still has data on the server"
            for device in self.devices:
                for table in ("client", "note", "contact", "client_tag"):
                    column = "id" if table == "client" else "client_id"
                    count = device.book.query(f"SELECT count(*) FROM {table} WHERE {column} = ?", (client_id,))
                    assert count == [(0,)], f"erased client {client_id} left rows in {table} on a laptop"
                for table in ("outbox", "shadow", "conflict"):
                    count = device.book.query(f"SELECT count(*) FROM {table} WHERE entity_id = ?", (client_id,))
                    assert count == [(0,)], f"erased client {client_id} left rows in {table} on a laptop"


def test_three_laptops_and_the_server_never_lose_or_double_a_change(live_server, tmp_path):
    SyncMachine.server, SyncMachine.root = live_server, tmp_path
    with httpx.HTTPTransport() as transport:
        SyncMachine.transport = transport
        run_state_machine_as_test(SyncMachine, settings=settings(
            max_examples=EXAMPLES, stateful_step_count=20, deadline=None,
            derandomize="CLIENTELING_SM_EXAMPLES" not in os.environ,  # CI: the same 200 runs every time
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]))
    print("\nstate machine:", dict(sorted(SEEN.items())))


def test_a_note_pulled_before_its_clients_tombstone_comes_back_when_the_client_is_kept(make_device, server,
                                                                                        boutique_id):
    """Found by the state machine: a laptop that never had the client parked its note, and the
    client's tombstone (next page) threw the parked note away, so keeping the client later
    brought it back on that laptop without its note."""
    a, c = make_device("a"), make_device("c", login="bob")
    client_id = a.new_client(city="Paris")
    a.clients.add_note(client_id, "Prefers the Kelly in gold")
    a.run()
    c.run()
    c.edit(client_id, city="Roma")  # pending while a deletes the client
    a.clients.delete_client(client_id)
    a.run()
    b = make_device("b", page_size=1)
    b.run()  # page 1: the note (its client not here: parked), page 2: the client's tombstone
    assert b.clients.row(client_id) is None
    c.run()  # the edit meets the delete: a conflict on 'deleted'
    (conflict,) = c.sync.open_conflicts()
    assert conflict.field == "deleted"
    c.sync.resolve_conflict(conflict.id, "mine")  # keep the client
    c.run()
    b.run()
    a.run()
    for device in (a, b, c):
        dossier = device.clients.dossier(client_id)
        assert dossier.client.city == "Roma"
        assert [n.body for n in dossier.notes] == ["Prefers the Kelly in gold"], device.home.name
    assert_converged(server, boutique_id, a, b, c)


def test_a_record_parked_on_one_page_and_changed_before_the_next_keeps_its_newer_version(make_device, server,
                                                                                          boutique_id):
    """A note parked on page 1 (its client comes later) is edited on the server before page 2,
    which brings the client and the edited note together: the parked, older version must not
    be applied over the newer one when the client arrives."""
    a = make_device("a")
    client_id = a.new_client(family_name="Parked")
    note, _ = a.clients.add_note(client_id, "Old words")
    a.new_client(family_name="Other")
    a.run()
    a.edit(client_id, city="Lyon")  # the client now comes after its note
    a.run()
    b = make_device("b", login="bob", page_size=2)
    pages = []

    def edit_between_pages(step: str) -> None:
        if step == "after_page_response" and not pages:  # page 1 is here; page 2 not asked for yet
            pages.append(step)
            a.clients.edit_note(note.id, "New words")
            a.run()

    b.sync.on_step = edit_between_pages
    b.run()  # page 1: the note (parked) and Other; page 2: the client and the edited note
    b.sync.on_step = None
    assert [n.body for n in b.clients.dossier(client_id).notes] == ["New words"]
    assert b.book.query("SELECT count(*) FROM sync_parked") == [(0,)]
    assert_converged(server, boutique_id, a, b)
