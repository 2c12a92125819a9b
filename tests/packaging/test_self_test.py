"""`clienteling --self-test` from source: passes, names the boutique, says why when it fails,
and never touches the advisor's real book or keyring."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT, write_boutique


def _run(args, tmp_path, **env):
    """The self-test in a clean process whose home, data folder and keyring are traps."""
    tripwire = tmp_path / "keyring-used.txt"
    full = {k: v for k, v in os.environ.items() if k not in ("CLIENTELING_HOME", "CLIENTELING_BOUTIQUE",
                                                              "DISPLAY", "WAYLAND_DISPLAY")}
    full.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg-data"),
                PYTHONPATH=os.pathsep.join([str(ROOT), full.get("PYTHONPATH", "")]),
                PYTHON_KEYRING_BACKEND="tests.packaging.tripwire_keyring.Keyring",
                CLIENTELING_TRIPWIRE=str(tripwire), **env)
    full.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself without a display
    done = subprocess.run([sys.executable, "-m", "clienteling", "--self-test", *args], capture_output=True,
                          text=True, timeout=180, env=full, cwd=tmp_path)
    return done, tripwire


def test_self_test_passes_and_touches_nothing_real(tmp_path):
    (tmp_path / "home").mkdir()
    path = write_boutique(tmp_path / "files", "lausanne-flon", "Lausanne Flon")
    done, tripwire = _run(["--boutique", str(path)], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report = done.stdout
    assert "Lausanne Flon (lausanne-flon)" in report and "[from source]" in report
    for check in ("boutique", "resources", "keyring", "book", "logo", "window"):
        assert any(line.split()[:2] == [check, "ok"] for line in report.splitlines()), f"{check}:\n{report}"
    assert "on the offscreen platform, 3 clients listed" in report
    assert report.rstrip().splitlines()[-1].startswith("PASSED in ")
    assert not tripwire.exists(), f"the keyring was used: {tripwire.read_text()}"
    assert not (tmp_path / "xdg-data").exists(), "the self-test wrote into the user's data folder"
    assert list((tmp_path / "home").iterdir()) == []


def test_self_test_of_the_demo_by_default(tmp_path):
    done, _ = _run([], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Maison Démo · Paris Saint-Honoré (demo)" in done.stdout


def test_self_test_fails_with_the_reason(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[boutique]\nboutique_id = "lausanne"\ndisplay_name = "Lausanne"\naccent_colour = "blue"\n',
                    encoding="utf-8")
    done, tripwire = _run(["--boutique", str(path)], tmp_path)
    assert done.returncode == 1
    assert "boutique     FAIL  The boutique file bad.toml is wrong:" in done.stdout
    assert "accent_colour: “blue” is not a colour" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith("FAILED in ")
    assert not tripwire.exists()


def test_version(tmp_path):
    done = subprocess.run([sys.executable, "-m", "clienteling", "--version"], capture_output=True, text=True,
                          timeout=60)
    import clienteling

    assert done.returncode == 0 and done.stdout.strip() == f"clienteling {clienteling.__version__}"
