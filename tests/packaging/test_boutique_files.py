"""Boutique files: the shipped ones are valid, a wrong one is refused naming each mistake,
and two boutiques on one computer keep separate books."""

from __future__ import annotations

from pathlib import Path

import pytest

from clienteling.config import DEFAULT_ACCENT, DEMO, BoutiqueConfig, data_home, load_boutique
from clienteling.credentials import KeyringStore
from clienteling.domain.errors import ValidationError
from clienteling.services import ClientForm, open_session

from .conftest import ROOT, write_boutique

BOUTIQUES = sorted((ROOT / "packaging" / "boutiques").glob("*.toml"))


def test_the_shipped_boutique_files_are_valid():
    assert {p.stem for p in BOUTIQUES} >= {"paris-saint-honore", "demo"}
    for path in BOUTIQUES:
        boutique = load_boutique(path)
        assert boutique.boutique_id == path.stem, "a boutique file is named after its boutique_id"
        assert boutique.logo and Path(boutique.logo).is_absolute() and Path(boutique.logo).is_file()
    paris = load_boutique(ROOT / "packaging" / "boutiques" / "paris-saint-honore.toml")
    assert paris.display_name == "Paris Saint-Honoré" and paris.locale == "fr" and paris.currency == "EUR"
    assert paris.api_base_url.startswith("https://") and paris.accent_colour == "#7b2d26"
    demo = load_boutique(ROOT / "packaging" / "boutiques" / "demo.toml")
    assert demo.is_demo and demo.display_name == DEMO.display_name


def test_a_wrong_boutique_file_names_every_mistake(tmp_path):
    path = tmp_path / "wrong.toml"
    path.write_text(
        "[boutique]\n"
        'boutique_id = "Paris SH"\n'
        'api_base_url = "http://clienteling.example.com"\n'
        'locale = "French"\n'
        'timezone = "Europe/Pariss"\n'
        'currency = "euro"\n'
        'logo = "missing-logo.png"\n'
        'accent_color = "#7b2d26"\n'
        'accent_colour = "burgundy"\n'
        "backups_kept = 0\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_boutique(path)
    message = str(caught.value)
    assert message.startswith("The boutique file wrong.toml is wrong:")
    for expected in (
        "boutique_id “Paris SH” must be lowercase letters, digits and dashes",
        "display_name is required.",
        "api_base_url: “http://clienteling.example.com” is not secure: use https://",
        "locale: “French” is not a locale",
        "timezone: “Europe/Pariss” is not a time zone",
        "currency: “euro” is not a currency code",
        "logo: the file missing-logo.png does not exist",
        "accent_color is not a setting (did you mean accent_colour?)",
        "accent_colour: “burgundy” is not a colour; write it as #rrggbb",
        "backups_kept: Input should be greater than or equal to 1",
    ):
        assert expected in message, f"{expected!r} not in:\n{message}"
    assert len(message.splitlines()) == 11  # the heading and one line per mistake
    assert caught.value.field == "boutique_id"


@pytest.mark.parametrize("text, expected", [
    ("[boutique\nboutique_id = 'x'", "is not valid TOML"),
    ("boutique = 3\n", "[boutique] must be a table of settings"),
    ('[boutique]\nboutique_id = "paris"\ndisplay_name = "  "\n', "display name cannot be empty"),
    ('[boutique]\nboutique_id = "paris"\ndisplay_name = "P"\nlogo = "brand.gif"\n', "does not exist"),
])
def test_other_wrong_files(tmp_path, text, expected):
    path = tmp_path / "b.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=expected.replace("[", r"\[")):
        load_boutique(path)


def test_missing_file_and_wrong_logo_kind(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        load_boutique(tmp_path / "nowhere.toml")
    (tmp_path / "brand.gif").write_bytes(b"GIF89a")
    path = write_boutique(tmp_path, "geneve", "Genève", logo="brand.gif")
    with pytest.raises(ValidationError, match="the logo must be a .png or .svg file, not brand.gif"):
        load_boutique(path)


def test_paths_are_relative_to_the_boutique_file(tmp_path):
    folder = tmp_path / "boutiques"
    (folder / "certs").mkdir(parents=True)
    (folder / "certs" / "brand-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    (folder / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="ascii")
    path = write_boutique(folder, "geneve", "Genève", logo="logo.svg", ca_bundle="certs/brand-ca.pem",
                          api_base_url="https://clienteling.example.com/")
    boutique = load_boutique(path)
    assert boutique.logo == str((folder / "logo.svg").resolve())
    assert boutique.ca_bundle == str((folder / "certs" / "brand-ca.pem").resolve())
    assert boutique.api_base_url == "https://clienteling.example.com"  # normalised
    assert boutique.logo_file() == Path(boutique.logo)


def test_defaults_and_what_is_allowed_without_a_file():
    b = BoutiqueConfig(boutique_id="paris", display_name="Paris", api_base_url="http://127.0.0.1:8765")
    assert b.accent_colour == DEFAULT_ACCENT and b.locale == "en" and b.logo == ""
    assert DEMO.logo_file() == ROOT / "resources" / "icons" / "clienteling.png"  # the app's own mark
    assert BoutiqueConfig(boutique_id="x", display_name="X", locale="zh-CN").locale == "zh_CN"


def test_two_boutiques_on_one_computer_keep_separate_books(tmp_path, monkeypatch, memory_keyring):
    """Two boutique builds differ only in their baked boutique file: same data root, other folder."""
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path / "data"))
    paris = load_boutique(write_boutique(tmp_path / "files", "paris-saint-honore", "Paris Saint-Honoré"))
    geneve = load_boutique(write_boutique(tmp_path / "files", "geneve-rhone", "Genève Rhône"))
    assert data_home(paris) != data_home(geneve)
    assert data_home(paris).parent == data_home(geneve).parent == tmp_path / "data"

    a = open_session(paris, KeyringStore())
    a.clients.create_client(ClientForm(family_name="Dupont", given_name="Héloïse"))
    a_path = a.path
    a.close()
    b = open_session(geneve, KeyringStore())
    try:
        assert b.path != a_path and b.path.parent.name == "geneve-rhone"
        assert b.clients.count() == 0 and b.clients.search("heloise") == []
    finally:
        b.close()
    a = open_session(paris, KeyringStore())
    try:
        assert a.path == a_path and a.clients.count() == 1
    finally:
        a.close()
    keys = [name for (_, name) in memory_keyring.passwords if name.startswith("book-key:")]
    assert len(keys) == 2, "each book has its own key"
