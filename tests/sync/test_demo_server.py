"""A laptop's demo book against a server holding the demo book (`clienteling-server demo`).

The laptop's demo book is bulk-loaded as already-synced data (rev 1, no outbox); the server
loads the same dossiers (profile_server/demo.py) with every field at rev 1. So the first sync
changes nothing and refuses nothing, a demo client's edit applies and reaches another laptop
with the same demo book, and concurrent edits of one field still conflict.

The server is shared by the whole suite and a record id belongs to one boutique, so each test
loads the demo book of a day of its own into its own boutique (the generator's ids depend on
the day). A small book (CLIENTS) is enough: the first n dossiers are the same whatever n is.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from clienteling.demo.seed import DEMO_CLIENTS, DEMO_SEED, seed_book
from clienteling.store.rows import TABLES
from clienteling.store.sync_local import data_columns
from profile_server import demo as server_demo

from .conftest import Device, normalised

CLIENTS = 6
_days = itertools.count()
ALL_TABLES = tuple(TABLES.values())


@pytest.fixture
def demo_day() -> date:
    """A day no other test of this session loads a demo book for."""
    return date.today() - timedelta(days=400 + next(_days))


@pytest.fixture
def demo_server(server, boutique_id, demo_day):
    """The test's boutique holds the first CLIENTS dossiers of the demo book of `demo_day`."""
    conn = server.conn()
    try:
        done = server_demo.load(conn, boutique_id, CLIENTS, demo_day, datetime.now(timezone.utc))
    finally:
        conn.close()
    assert (done.clients, done.added, done.kept) == (CLIENTS, CLIENTS, 0)
    return server


@pytest.fixture
def demo_device(make_device, demo_server, demo_day):
    """A laptop whose book is the demo book of `demo_day`, as the app makes it."""

    def make(name: str, login: str = "alice", clients: int = CLIENTS) -> Device:
        device = make_device(name, login=login)
        assert seed_book(device.book, clients, today=demo_day, workers=0) == clients
        assert device.outbox() == [] and device.book.query("SELECT count(*) FROM shadow") == [(0,)]
        return device
    return make


def book_state(device: Device) -> dict[tuple[str, str], dict]:
    """Every live record of every synced table, {field: value} as the book stores it."""
    out = {}
    conn = device.book.conn
    for table in ALL_TABLES:
        cols = sorted(data_columns(conn, table))
        for row in device.rows(table):
            out[(table, row["id"])] = {c: row[c] for c in cols}
    return out


def assert_same_as_server(server, boutique_id: str, *devices: Device) -> None:
    """Every device holds exactly the server's live records, field for field (all entities)."""
    live = {k: c for k, c in server.state(boutique_id).items() if not c["deleted"]}
    for device in devices:
        assert device.outbox() == []
        mine = book_state(device)
        assert set(mine) == set(live), f"records differ: {len(set(mine) ^ set(live))}"
        for key, change in live.items():
            assert normalised(change["fields"], mine[key].keys()) == mine[key], key


def a_client(device: Device, n: int = 0) -> str:
    return device.book.query("SELECT id FROM client ORDER BY num LIMIT 1 OFFSET ?", (n,))[0][0]


def test_the_server_holds_the_demo_book_at_rev_1_with_purchases(demo_device, server, boutique_id):
    laptop = demo_device("laptop")
    on_server = server.state(boutique_id)
    assert set(on_server) == set(book_state(laptop))  # the same records, purchases and notes included
    assert {e for e, _ in on_server} >= {"client", "purchase", "note", "contact", "relation", "outreach_log",
                                         "prompt_state"}  # the advisor's decisions of the last weeks too
    assert {r for c in on_server.values() for r in c["revs"].values()} == {1}
    numbers = [c["change_no"] for c in on_server.values()]
    assert len(set(numbers)) == len(numbers)  # one change number per record: pulls page as usual


def test_the_first_sync_of_a_demo_book_refuses_nothing_conflicts_nowhere_and_changes_nothing(
        demo_device, server, boutique_id):
    laptop = demo_device("laptop")
    before = book_state(laptop)
    report = laptop.run()
    assert (report.pushed, report.rejected, report.conflicts, report.open_conflicts) == (0, 0, 0, 0)
    assert report.pulled == len(before)
    assert not report.changes.added and not report.changes.removed  # no client arrived twice
    assert book_state(laptop) == before
    assert laptop.book.query("SELECT count(*) FROM client") == [(CLIENTS,)]
    assert_same_as_server(server, boutique_id, laptop)
    # the second sync has nothing to do
    again = laptop.run()
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)


def test_a_demo_client_edited_before_the_first_sync_is_applied_and_reaches_another_laptop(
        demo_device, server, boutique_id):
    a, b = demo_device("a"), demo_device("b", login="bob")
    client_id = a_client(a, 1)
    a.edit(client_id, city="Lyon", tier="vic")
    note, _ = a.clients.add_note(client_id, "Asked for the new tote in green.")
    report = a.run()
    assert (report.pushed, report.applied, report.rejected, report.conflicts) == (2, 2, 0, 0)
    on_server = server.state(boutique_id)[("client", client_id)]
    assert (on_server["fields"]["city"], on_server["fields"]["tier"]) == ("Lyon", "vic")
    assert on_server["revs"]["city"] > 1 and on_server["revs"]["family_name"] == 1
    assert ("note", note.id) in server.state(boutique_id)
    report = b.run()  # b has the same demo book, never synced
    assert (report.rejected, report.conflicts) == (0, 0)
    assert not report.changes.added
    client = b.clients.dossier(client_id).client
    assert (client.city, client.tier) == ("Lyon", "vic")
    assert any(n.body == "Asked for the new tote in green." for n in b.clients.dossier(client_id).notes)
    a.run()
    assert_same_as_server(server, boutique_id, a, b)


def test_an_edit_after_the_first_sync_is_applied(demo_device, server, boutique_id):
    a, b = demo_device("a"), demo_device("b", login="bob")
    a.run(), b.run()
    client_id = a_client(a, 2)
    b.edit(client_id, given_name_latin="Wendy")
    assert b.run().applied == 1
    report = a.run()
    assert (report.pulled, report.conflicts) == (1, 0)
    assert a.clients.dossier(client_id).client.given_name_latin == "Wendy"
    assert_same_as_server(server, boutique_id, a, b)


@pytest.mark.parametrize("synced_first", [False, True], ids=["bulk-loaded", "synced-once"])
def test_concurrent_edits_of_one_demo_field_conflict_and_of_two_fields_merge(demo_device, server, boutique_id,
                                                                              synced_first):
    a, b = demo_device("a"), demo_device("b", login="bob")
    if synced_first:
        a.run(), b.run()
    client_id = a_client(a)
    a.edit(client_id, city="Nice", tier="gold")
    b.edit(client_id, city="Lyon", address="1 rue de Rivoli")
    assert a.run().conflicts == 0
    report = b.run()
    assert (report.rejected, report.conflicts) == (0, 1)
    [conflict] = b.sync.open_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("city", "Lyon", "Nice")
    fields = server.state(boutique_id)[("client", client_id)]["fields"]
    assert (fields["city"], fields["tier"], fields["address"]) == ("Nice", "gold", "1 rue de Rivoli")
    b.sync.resolve_conflict(conflict.id, "mine")
    b.run()
    a.run()
    assert a.clients.dossier(client_id).client.city == "Lyon"
    assert_same_as_server(server, boutique_id, a, b)


def test_a_fresh_laptop_pulls_the_same_book_the_demo_laptops_have(demo_device, make_device, server, boutique_id):
    made = demo_device("made")
    fresh = make_device("fresh", login="bob", page_size=7)  # many pages: parents always come first
    report = fresh.run()
    assert (report.rejected, report.conflicts) == (0, 0)
    assert book_state(fresh) == book_state(made)
    assert fresh.book.query("SELECT count(*) FROM sync_parked") == [(0,)]


def test_a_smaller_demo_book_gets_the_rest_of_a_larger_demo_server(demo_device, server, boutique_id):
    laptop = demo_device("small", clients=CLIENTS - 2)
    report = laptop.run()
    assert (report.rejected, report.conflicts) == (0, 0)
    assert laptop.book.query("SELECT count(*) FROM client") == [(CLIENTS,)]
    assert_same_as_server(server, boutique_id, laptop)


def test_the_readme_demo_end_to_end(server, tmp_path, monkeypatch):
    """`clienteling-server demo` (the CLI) on the running server's database, a laptop with the demo book
    of that day signed in as demo / demo: an edit of a demo client syncs without a refusal."""
    from profile_server.cli import main as server_admin

    day = date.today() - timedelta(days=3000)  # a day of its own: the demo boutique is shared by the suite
    assert server_admin(["demo", "--db", str(server.path), "--clients", "3", "--day", day.isoformat()]) == 0
    assert server_admin(["demo", "--db", str(server.path), "--clients", "3"]) == 0  # again: its day, nothing new
    laptop = Device(server, server_demo.DEMO_BOUTIQUE, tmp_path / "demo-laptop")
    try:
        assert seed_book(laptop.book, 3, today=day, workers=0) == 3
        laptop.sync.sign_in(server_demo.DEMO_LOGIN, server_demo.DEMO_PASSWORD)
        client_id = a_client(laptop)
        laptop.edit(client_id, city="Shanghai")
        report = laptop.run()
        assert (report.applied, report.rejected, report.conflicts) == (1, 0, 0)
        assert laptop.sync.rejected_changes() == []
        assert server.state("demo")[("client", client_id)]["fields"]["city"] == "Shanghai"
        assert_same_as_server(server, "demo", laptop)
    finally:
        laptop.close()


def test_the_desktop_and_the_server_use_one_demo_size_and_seed():
    assert server_demo.defaults() == (DEMO_CLIENTS, DEMO_SEED)
    params = inspect.signature(seed_book).parameters
    assert (params["clients"].default, params["seed"].default) == (DEMO_CLIENTS, DEMO_SEED)
    # the window's demo book (ui/app.py, read without importing Qt): the same size
    import clienteling

    source = Path(clienteling.__file__).with_name("ui") / "app.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    start = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "start_window")
    names = [a.arg for a in start.args.kwonlyargs]
    default = start.args.kw_defaults[names.index("demo_clients")]
    value = default.value if isinstance(default, ast.Constant) else ast.unparse(default)
    assert value in (DEMO_CLIENTS, "DEMO_CLIENTS"), f"ui/app.py makes demo books of {value} clients"


def test_pushed_base_revisions_of_a_demo_edit_are_rev_1(demo_device):
    laptop = demo_device("laptop")
    laptop.edit(a_client(laptop), city="Lyon")
    [(base,)] = laptop.book.query("SELECT base_revs FROM outbox WHERE state = 'pending'")
    assert json.loads(base) == {"city": 1}
