"""Build the real Linux bundle for two test boutiques with packaging/build.py and run them.

Slow (a PyInstaller build is a minute or two on two cores) but run in CI: the second build
reuses the first one's PyInstaller work folder, so it only re-makes the executable and folder.
Prints build time, bundle size and start-up times (see the CI log, or run with -s).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

import clienteling

from .conftest import ROOT, write_boutique

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle")]

SIZE_LIMIT_MB = 250
PASSPHRASE = "correct horse battery staple"


def _env(tmp: Path, **extra) -> dict:
    """No display, a throwaway home and data folder, keyring's null backend: nothing real is touched."""
    env = {k: v for k, v in os.environ.items() if k not in ("CLIENTELING_HOME", "CLIENTELING_BOUTIQUE",
                                                             "CLIENTELING_PASSPHRASE", "DISPLAY",
                                                             "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp / "home"), XDG_DATA_HOME=str(tmp / "xdg-data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", **extra)
    return env


def _build(boutique: Path, out: Path, work: Path) -> float:
    t = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--boutique", str(boutique),
                           "--out", str(out), "--work", str(work), "--no-archive", "--no-self-test"],
                          capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return time.perf_counter() - t


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("pyinstaller-work")
    out = tmp_path_factory.mktemp("dist")
    files = tmp_path_factory.mktemp("boutiques")
    lausanne = write_boutique(files, "test-lausanne", "Boutique d’essai Lausanne")
    geneve = write_boutique(files, "test-geneve", "Boutique d’essai Genève", accent_colour="#2d3f7b")
    first_s = _build(lausanne, out, work)
    second_s = _build(geneve, out, work)
    return {"out": out, "first_s": first_s, "second_s": second_s,
            "lausanne": out / "clienteling-test-lausanne", "geneve": out / "clienteling-test-geneve"}


def _exe(bundle: Path) -> Path:
    return bundle / bundle.name


def test_the_bundle_passes_its_self_test(built, tmp_path, capsys):
    t = time.perf_counter()
    done = subprocess.run([str(_exe(built["lausanne"])), "--self-test"], capture_output=True, text=True,
                          timeout=300, env=_env(tmp_path), cwd=tmp_path)
    took = time.perf_counter() - t
    report = done.stdout
    assert done.returncode == 0, report + done.stderr
    assert "Boutique d’essai Lausanne (test-lausanne), baked into this build" in report
    assert "[frozen build]" in report and "test-lausanne build" in report
    assert "rendered 1280×820 on the offscreen platform, 3 clients listed" in report
    assert not (tmp_path / "xdg-data").exists(), "the self-test wrote into the user's data folder"
    size = _size_mb(built["lausanne"])
    with capsys.disabled():
        print(f"\n[packaging] first build {built['first_s']:.0f} s, second boutique (reusing the work folder) "
              f"{built['second_s']:.0f} s; bundle {size:.0f} MB; frozen --self-test {took:.1f} s\n{report}")


def test_the_bundle_is_small_and_holds_only_what_the_app_uses(built):
    bundle = built["lausanne"]
    size = _size_mb(bundle)
    assert size < SIZE_LIMIT_MB, f"the bundle is {size:.0f} MB"
    internal = bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6WebEngineCore.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt63DCore.so.6",
                     "libQt6Multimedia.so.6", "libQt6Network.so.6", "libqvnc.so", "libqgtk3.so", "libgtk-3.so.0",
                     "fastapi", "uvicorn", "pytest", "hypothesis", "profile_server", "screenshots"):
        assert unwanted not in names, f"{unwanted} is in the bundle"
    res = internal / "resources"
    assert (res / "boutique.toml").is_file() and (res / "build_info.json").is_file()
    assert (res / "styles" / "app.qss").is_file() and (res / "translations" / "clienteling_fr.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so").is_file()


def test_version_is_stamped(built):
    done = subprocess.run([str(_exe(built["geneve"])), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith(f"clienteling {clienteling.__version__} (test-geneve build, ")


def _ready_s(cmd: list[str], env: dict) -> float:
    """Seconds from launch to the main window showing the opened book (`READY` on stdout)."""
    t = time.perf_counter()
    done = subprocess.run([*cmd, "--quit-when-ready"], capture_output=True, text=True, timeout=120, env=env)
    took = time.perf_counter() - t
    assert done.returncode == 0 and "READY" in done.stdout, done.stdout + done.stderr
    return took


def test_two_boutique_builds_keep_separate_books(built, tmp_path, capsys):
    data = tmp_path / "data"
    env = _env(tmp_path, CLIENTELING_HOME=str(data), CLIENTELING_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    frozen = [_ready_s([str(_exe(built["lausanne"]))], env) for _ in range(3)]
    _ready_s([str(_exe(built["geneve"]))], env)
    books = sorted(p.relative_to(data).as_posix() for p in data.glob("*/book.db"))
    assert books == ["test-geneve/book.db", "test-lausanne/book.db"]
    for boutique_id in ("test-lausanne", "test-geneve"):
        info = json.loads((data / boutique_id / "book.json").read_text(encoding="utf-8"))
        assert info["boutique_id"] == boutique_id and info["key_mode"] == "passphrase"

    boutique = write_boutique(tmp_path / "files", "test-source", "Boutique d’essai source")
    source = [_ready_s([sys.executable, "-m", "clienteling", "--boutique", str(boutique)], env) for _ in range(3)]
    with capsys.disabled():
        print(f"\n[packaging] launch to main window with the book open (median of 3, page cache warm): "
              f"frozen {statistics.median(frozen):.2f} s, from source {statistics.median(source):.2f} s")
    assert statistics.median(frozen) < 2 * statistics.median(source) + 1.0
