"""`clienteling sync`: the headless sync for scripts, against the real server."""

from __future__ import annotations

import io

from clienteling.cli import main
from clienteling.config import load_boutique
from clienteling.credentials import KeyringStore, token_name
from clienteling.services import ClientForm, open_session

from .conftest import PASSWORD


def test_headless_sign_in_sync_status_and_sign_out(server, boutique_id, tmp_path, monkeypatch, capsys,
                                                   memory_keyring):
    boutique_file = tmp_path / "boutique.toml"
    boutique_file.write_text(f'[boutique]\nboutique_id = "{boutique_id}"\ndisplay_name = "Paris"\n'
                             f'api_base_url = "{server.url}"\n', encoding="utf-8")
    home = tmp_path / "home"
    session = open_session(load_boutique(boutique_file), KeyringStore(), home=home)
    session.clients.create_client(ClientForm(family_name="Dupont", given_name="Héloïse"))
    session.close()
    base = ["--boutique", str(boutique_file), "--home", str(home), "sync"]

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main([*base, "--login", "alice", "--password-stdin"]) == 0
    out, err = capsys.readouterr()
    assert "Sent 1 change(s), received 1." in out and f"Signed in to {server.url} as alice" in err
    assert ("Clienteling", token_name(boutique_id, server.url)) in memory_keyring.passwords
    assert server.counts(boutique_id)["records"] == 1

    assert main(base) == 0  # signed in already: the keyring has the token
    assert "Sent 0 change(s), received 0." in capsys.readouterr().out

    assert main([*base, "--status"]) == 0
    out = capsys.readouterr().out
    assert "Signed in: yes, as alice" in out and "Changes waiting to be sent: 0" in out and "never" not in out

    assert main([*base, "--server-url", "http://clienteling.example.com", "--login", "alice"]) == 2
    assert "https://" in capsys.readouterr().err

    assert main([*base, "--sign-out"]) == 0
    assert ("Clienteling", token_name(boutique_id, server.url)) not in memory_keyring.passwords
    assert main(base) == 1
    assert "Sign in to sync" in capsys.readouterr().err
