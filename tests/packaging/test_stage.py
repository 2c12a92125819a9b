"""What packaging/build.py puts around the app, without running PyInstaller: the staged resources,
how the app finds them once frozen (sys._MEIPASS), and the Linux packages."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
from argparse import Namespace

import pytest

import clienteling
from clienteling import resources
from clienteling.config import load_boutique

from .conftest import ROOT, write_boutique


@pytest.fixture
def staged(build_module, tmp_path):
    source = write_boutique(tmp_path / "files", "geneve-rhone", "Genève “Rhône”",
                            api_base_url="https://clienteling.example.com")
    boutique = load_boutique(source)
    info = build_module.stage(boutique, source, tmp_path / "stage")
    return boutique, info, tmp_path / "stage"


@pytest.fixture
def frozen(staged, monkeypatch):
    """Pretend to run inside the bundle: PyInstaller's bootloader sets sys._MEIPASS."""
    monkeypatch.setattr(sys, "_MEIPASS", str(staged[2]), raising=False)
    resources.build_info.cache_clear()
    yield staged
    resources.build_info.cache_clear()


def test_stage_bakes_the_boutique_file_the_logo_and_the_version(staged):
    boutique, info, stage = staged
    res = stage / "resources"
    baked = load_boutique(res / "boutique.toml")
    assert baked.model_dump(exclude={"logo"}) == boutique.model_dump(exclude={"logo"})
    assert baked.logo == str(res / "boutique-logo.png")
    assert (res / "boutique-logo.png").read_bytes() == (ROOT / "resources" / "icons" / "clienteling.png").read_bytes()
    assert (res / "styles" / "app.qss").is_file() and (res / "icons" / "clienteling.png").is_file()
    assert sorted(p.name for p in (res / "translations").iterdir()) == ["clienteling_fr.qm", "clienteling_zh_CN.qm"]
    assert not (res / "screenshots").exists()
    stamped = json.loads((res / "build_info.json").read_text(encoding="utf-8"))
    assert stamped == info
    assert info["version"] == clienteling.__version__ and info["boutique_id"] == "geneve-rhone"
    assert info["display_name"] == "Genève “Rhône”" and info["built_at"] and isinstance(info["commit"], str)


def test_the_same_resource_module_finds_the_bundle_when_frozen(frozen):
    boutique, info, stage = frozen
    from clienteling.cli import _boutique

    assert resources.is_frozen() and resources.resources_root() == stage / "resources"
    assert resources.resource("styles", "app.qss").is_file()
    assert resources.version_text() == (f"clienteling {info['version']} (geneve-rhone build, {info['built_at'][:10]}"
                                        + (f", commit {info['commit']})" if info["commit"] else ")"))
    assert _boutique(Namespace(boutique=None)) == load_boutique(stage / "resources" / "boutique.toml")
    assert _boutique(Namespace(boutique=None)).display_name == boutique.display_name


def test_not_frozen_means_the_checkout(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert not resources.is_frozen()
    assert resources.resources_root() == ROOT / "resources"


def test_self_test_checks_what_a_build_must_hold(frozen, qapp):
    from clienteling.cli import _boutique
    from clienteling.selftest import self_test

    out = io.StringIO()
    assert self_test(lambda: _boutique(Namespace(boutique=None)), out=out) == 0, out.getvalue()
    report = out.getvalue()
    assert "[frozen build]" in report and "baked into this build" in report and "geneve-rhone build" in report

    (frozen[2] / "resources" / "boutique.toml").unlink()
    out = io.StringIO()
    assert self_test(lambda: _boutique(Namespace(boutique=None)), out=out) == 1
    assert "this build has no boutique file" in out.getvalue()


def test_baked_toml_escapes_what_needs_it(build_module, tmp_path):
    text = build_module.to_toml({"display_name": 'Maison "Ç" \\ 北京', "backups_kept": 3, "boutique_id": "b"})
    path = tmp_path / "b.toml"
    path.write_text(text, encoding="utf-8")
    b = load_boutique(path)
    assert b.display_name == 'Maison "Ç" \\ 北京' and b.backups_kept == 3


def _fake_bundle(tmp_path, name: str):
    bundle = tmp_path / "dist" / name
    (bundle / "_internal" / "resources").mkdir(parents=True)
    exe = bundle / name
    exe.write_text("#!/bin/sh\necho hello\n", encoding="ascii")
    exe.chmod(0o755)
    (bundle / "_internal" / "libfoo.so.1").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libfoo.so").symlink_to("libfoo.so.1")
    return bundle


def test_tarball_keeps_the_folder_and_its_links(build_module, tmp_path):
    bundle = _fake_bundle(tmp_path, "clienteling-geneve-rhone")
    tarball = build_module.make_tarball(bundle, tmp_path / "dist", "0.1.0")
    assert tarball.name == f"clienteling-geneve-rhone-0.1.0-linux-{build_module.linux_arch()}.tar.gz"
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert members["clienteling-geneve-rhone/clienteling-geneve-rhone"].mode & 0o111
    assert members["clienteling-geneve-rhone/_internal/libfoo.so"].issym()


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed (not a Debian system)")
def test_deb_installs_under_opt_with_a_command_and_a_menu_entry(build_module, staged, tmp_path):
    boutique = staged[0]
    bundle = _fake_bundle(tmp_path, "clienteling-geneve-rhone")
    deb = build_module.make_deb(bundle, tmp_path / "dist", tmp_path / "work", boutique, "0.1.0")
    assert deb.name.startswith("clienteling-geneve-rhone_0.1.0_") and deb.suffix == ".deb"
    info = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: clienteling-geneve-rhone" in info and "Version: 0.1.0" in info
    assert "libxcb-cursor0" in info and "Description: Clienteling for Genève “Rhône”" in info
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    assert "./opt/clienteling-geneve-rhone/clienteling-geneve-rhone" in contents
    assert "./usr/bin/clienteling-geneve-rhone -> /opt/clienteling-geneve-rhone/clienteling-geneve-rhone" in contents
    assert "./usr/share/applications/clienteling-geneve-rhone.desktop" in contents
    assert "./usr/share/icons/hicolor/256x256/apps/clienteling-geneve-rhone.png" in contents
    assert "root/root" in contents  # owned by root whoever builds it


def test_stage_bakes_the_rules_tables_and_the_boutique_catalogue(build_module, tmp_path):
    """[boutique.outreach] / [boutique.aftercare] survive baking, an SLA the boutique removed stays
    removed, and the boutique's own new-arrivals file goes into the bundle."""
    folder = tmp_path / "files"
    source = write_boutique(folder, "milano-spiga", "Milano Spiga")
    arrivals = ROOT / "resources" / "catalogue" / "new_arrivals.json"
    shutil.copyfile(arrivals, folder / "arrivi.json")
    source.write_text(source.read_text(encoding="utf-8") + """
[boutique.agenda]
reminder_minutes = 30
[boutique.outreach]
frequency_cap_days = 3
new_arrivals = "arrivi.json"
[boutique.outreach.care_every_months]
leather_goods = 4
[boutique.aftercare.sla_hours.repair]
quote_sent = 0
collected = 100
""", encoding="utf-8")
    boutique = load_boutique(source)
    assert "quote_sent" not in boutique.aftercare.sla_hours["repair"]
    build_module.stage(boutique, source, tmp_path / "stage")
    baked = load_boutique(tmp_path / "stage" / "resources" / "boutique.toml")
    assert baked.agenda.reminder_minutes == 30 and baked.outreach.frequency_cap_days == 3
    assert baked.outreach.care_every_months["leather_goods"] == 4
    assert baked.aftercare.sla_hours == boutique.aftercare.sla_hours
    assert baked.outreach.new_arrivals.endswith("boutique-new-arrivals.json")
    assert (tmp_path / "stage" / "resources" / "boutique-new-arrivals.json").read_bytes() == arrivals.read_bytes()
    assert (tmp_path / "stage" / "resources" / "catalogue" / "new_arrivals.json").is_file()
    assert (tmp_path / "stage" / "resources" / "templates").is_dir()
