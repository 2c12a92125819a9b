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


def test_demo_seeds_a_boutique_you_can_sign_in_to(dbfile, capsys):
    assert main(["demo", "--db", dbfile]) == 0
    assert main(["demo", "--db", dbfile]) == 0  # again: harmless
    out = capsys.readouterr().out
    assert "boutique “demo”, login “demo”, password “demo”" in out and "serve --db" in out
    assert _sign_in(dbfile, "demo", "demo", "demo") == 200


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
