"""`clienteling-server` admin commands (run in-process through main())."""

from __future__ import annotations

import io
import warnings

import pytest

from profile_server import db
from profile_server.cli import main

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def dbfile(tmp_path) -> str:
    return str(tmp_path / "admin.db")


def _sign_in(path: str, boutique: str, login: str, password: str) -> int:
    from profile_server.app import create_app

    with TestClient(create_app(path)) as client:
        return client.post("/v1/auth/token", json={"boutique_id": boutique, "login": login,
                                                   "password": password}).status_code


def test_add_boutique_and_advisor(dbfile, capsys, monkeypatch):
    assert main(["add-boutique", "--db", dbfile, "--id", "paris", "--name", "Paris Faubourg"]) == 0
    assert main(["add-boutique", "--db", dbfile, "--id", "paris"]) == 1
    assert main(["add-boutique", "--db", dbfile, "--id", "Not Valid!"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert main(["add-advisor", "--db", dbfile, "--boutique", "paris", "--login", "alice", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["add-advisor", "--db", dbfile, "--boutique", "paris", "--login", "bob", "--password-stdin"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert main(["add-advisor", "--db", dbfile, "--boutique", "rome", "--login", "bob", "--password-stdin"]) == 2
    answers = iter(["typed at the prompt", "typed at the prompt"])
    monkeypatch.setattr("profile_server.cli.getpass.getpass", lambda prompt="": next(answers))
    assert main(["add-advisor", "--db", dbfile, "--boutique", "paris", "--login", "bob"]) == 0
    answers = iter(["one password here", "another one here"])
    assert main(["add-advisor", "--db", dbfile, "--boutique", "paris", "--login", "carla"]) == 1
    out = capsys.readouterr()
    assert "Added boutique “paris”" in out.out and "already exists" in out.err
    assert "at least 8 characters" in out.err and "no boutique “rome”" in out.err and "differ" in out.err
    assert "a long enough password" not in out.out + out.err
    assert _sign_in(dbfile, "paris", "alice", "a long enough password") == 200
    assert _sign_in(dbfile, "paris", "bob", "typed at the prompt") == 200
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert main(["add-advisor", "--db", dbfile, "--boutique", "paris", "--login", "alice", "--password-stdin"]) == 1


def _demo_counts(path: str) -> tuple[int, int, int]:
    conn = db.connect(path)
    try:
        clients = conn.execute("SELECT count(*) FROM record WHERE boutique_id = 'demo' AND entity = 'client'").fetchone()[0]
        records = conn.execute("SELECT count(*) FROM record WHERE boutique_id = 'demo'").fetchone()[0]
        return clients, records, db.counter(conn, "demo")[0]
    finally:
        conn.close()


def test_demo_seeds_a_boutique_you_can_sign_in_to_holding_the_desktops_demo_book(dbfile, capsys):
    from clienteling.demo.seed import DEMO_CLIENTS

    assert main(["demo", "--db", dbfile]) == 0
    first = _demo_counts(dbfile)
    assert first[0] == DEMO_CLIENTS and first[1] == first[2] > DEMO_CLIENTS  # one change number per record
    assert main(["demo", "--db", dbfile]) == 0  # again: harmless, nothing added
    assert _demo_counts(dbfile) == first
    out = capsys.readouterr().out
    assert "boutique “demo”, login “demo”, password “demo”" in out and "serve --db" in out
    assert f"{DEMO_CLIENTS} client(s) in all" in out and "there already" in out
    assert _sign_in(dbfile, "demo", "demo", "demo") == 200


def test_demo_day_and_size(dbfile, capsys):
    assert main(["demo", "--db", dbfile, "--clients", "2", "--day", "2025-03-14"]) == 0
    assert "the demo book of 2025-03-14: 2 client(s)" in capsys.readouterr().out
    assert main(["demo", "--db", dbfile, "--clients", "3"]) == 0  # the day it was made for; one more client
    assert "the demo book of 2025-03-14: 1 client(s)" in capsys.readouterr().out
    assert _demo_counts(dbfile)[0] == 3
    assert main(["demo", "--db", dbfile, "--day", "2025-03-15", "--clients", "3"]) == 1
    assert "already holds the demo book of 2025-03-14" in capsys.readouterr().err
    assert main(["demo", "--db", dbfile, "--clients", "1", "--day", "2025-03-14"]) == 0  # never removes
    assert _demo_counts(dbfile)[0] == 3
    with pytest.raises(SystemExit):
        main(["demo", "--db", dbfile, "--day", "14/03/2025"])
    assert "is not a day" in capsys.readouterr().err
    assert main(["demo", "--db", dbfile, "--clients", "-1"]) == 2


def test_demo_without_clients_is_an_empty_demo_boutique(dbfile, capsys):
    assert main(["demo", "--db", dbfile, "--clients", "0"]) == 0
    assert _demo_counts(dbfile) == (0, 0, 0)
    assert "No demo clients" in capsys.readouterr().out


def test_import_pos_reports_and_exits_non_zero_on_errors(dbfile, tmp_path, capsys):
    from profile_server import sync

    main(["add-boutique", "--db", dbfile, "--id", "paris"])
    conn = db.connect(dbfile)
    client = "0190f5e4-3b6a-7cc0-8a11-111111111111"
    with db.write(conn):
        sync.create_record(conn, "paris", "client", client, {"family_name": "Dupont"}, db.parse_iso("2025-01-01T00:00Z"))
    conn.close()
    good = tmp_path / "good.csv"
    good.write_text("receipt_line_id,client_id,purchased_on,item,category,sku,amount,currency,boutique\n"
                    f"R1,{client},2025-03-14,Bag,leather_goods,SKU1,100.00,EUR,Paris\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(good.read_text() + f"R2,{client},2025-13-01,Bag,leather_goods,SKU1,100.00,EUR,Paris\n")
    assert main(["import-pos", "--db", dbfile, "--boutique", "paris", str(bad)]) == 1
    assert "line 3: purchased_on" in capsys.readouterr().err
    assert main(["import-pos", "--db", dbfile, "--boutique", "paris", str(good)]) == 0
    assert "Imported 1 purchase(s)" in capsys.readouterr().out
    assert main(["import-pos", "--db", dbfile, "--boutique", "paris", str(good)]) == 0
    assert "line 2: skipped, receipt line R1 was imported before" in capsys.readouterr().out
    assert main(["import-pos", "--db", dbfile, "--boutique", "paris", str(tmp_path / "missing.csv")]) == 2


def test_purge_prints_the_horizon(dbfile, capsys):
    main(["add-boutique", "--db", dbfile, "--id", "paris"])
    assert main(["purge", "--db", dbfile, "--older-than-days", "30"]) == 0
    assert "paris: purged 0 tombstone(s)" in capsys.readouterr().out
    assert main(["purge", "--db", dbfile, "--older-than-days", "-1"]) == 2


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("serve", "add-boutique", "add-advisor", "import-pos", "demo", "purge"):
        assert command in out
