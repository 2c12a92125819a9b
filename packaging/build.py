"""Build the Clienteling app for one boutique: a PyInstaller one-folder app, checked by its self-test.

    python packaging/build.py --boutique paris-saint-honore            # -> dist/
    python packaging/build.py --boutique path/to/boutique.toml --out /tmp/dist

Steps: validate the boutique file (a wrong file stops here, naming each mistake); stage the
resources (style sheet, icons, templates, compiled translations, the boutique file as
`boutique.toml`, its logo and CA bundle, `build_info.json` with the version); run
PyInstaller on packaging/clienteling.spec; run the built app's `--self-test`; on Linux
pack a `.tar.gz` and, where `dpkg-deb` exists, a `.deb`. Windows and macOS installers are
made from the bundle by packaging/windows/clienteling.iss and packaging/macos/build_dmg.sh.

Needs the `package` extra: `pip install -e '.[package]'` (PyInstaller).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BOUTIQUES = PACKAGING / "boutiques"
SPEC = PACKAGING / "clienteling.spec"
RESOURCE_DIRS = ("styles", "icons", "templates", "catalogue")  # translations are compiled; screenshots stay out
SIZE_GOAL_MB = 250

sys.path.insert(0, str(ROOT / "app"))  # run from a checkout without installing it too

from clienteling import __version__  # noqa: E402
from clienteling.config import BoutiqueConfig, load_boutique  # noqa: E402
from clienteling.domain.errors import ValidationError  # noqa: E402

# What Qt's xcb platform plugin needs from the system (the PySide6 wheels bring Qt itself).
DEB_DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0t64 | libglib2.0-0, "
               "libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, "
               "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, "
               "libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libwayland-client0, "
               "libwayland-cursor0, libwayland-egl1")


def log(text: str) -> None:
    print(f"[build] {text}", flush=True)


def boutique_file(name: str) -> Path:
    """A boutique's name (packaging/boutiques/NAME.toml) or the path of a boutique file."""
    path = Path(name)
    if path.suffix == ".toml" or path.exists():
        return path
    path = BOUTIQUES / f"{name}.toml"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in BOUTIQUES.glob("*.toml")))
        raise ValidationError(f"There is no boutique file {path.relative_to(ROOT)} (boutiques here: {known}).")
    return path


def app_name(boutique: BoutiqueConfig) -> str:
    return f"clienteling-{boutique.boutique_id}"


# ---- staging -----------------------------------------------------------------------------------

def stage(boutique: BoutiqueConfig, source: Path, stage_dir: Path) -> dict:
    """Lay out resources/ as it goes into the bundle; returns the build info stamped into it."""
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    res = stage_dir / "resources"
    res.mkdir(parents=True)
    for name in RESOURCE_DIRS:
        src = ROOT / "resources" / name
        if src.is_dir():
            shutil.copytree(src, res / name)
        else:
            (res / name).mkdir()
    compile_translations(ROOT / "resources" / "translations", res / "translations")
    # Only what the boutique file set; nested tables ([boutique.outreach], …) keep their own unset defaults.
    settings = boutique.model_dump(mode="json", exclude_unset=True)
    if boutique.logo:
        logo = Path(boutique.logo)
        settings["logo"] = f"boutique-logo{logo.suffix.lower()}"
        shutil.copyfile(logo, res / settings["logo"])
    if boutique.ca_bundle:
        settings["ca_bundle"] = "boutique-ca.pem"
        shutil.copyfile(boutique.ca_bundle, res / "boutique-ca.pem")
    if "sla_hours" in settings.get("aftercare", {}):
        settings["aftercare"]["sla_hours"] = _sla_table(boutique)
    if boutique.outreach.new_arrivals:
        settings["outreach"]["new_arrivals"] = "boutique-new-arrivals.json"
        shutil.copyfile(boutique.outreach.new_arrivals, res / "boutique-new-arrivals.json")
    (res / "boutique.toml").write_text(
        f"# Baked in by packaging/build.py from {source.name}; paths are relative to this file.\n"
        + to_toml(settings), encoding="utf-8")
    load_boutique(res / "boutique.toml")  # what the app will read must still be valid
    info = {
        "version": __version__,
        "boutique_id": boutique.boutique_id,
        "display_name": boutique.display_name,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "platform": f"{sys.platform}-{platform.machine().lower()}",
        "python": platform.python_version(),
        "pyside6": _version_of("PySide6"),
        "pyinstaller": _version_of("PyInstaller"),
    }
    (res / "build_info.json").write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
    return info


def _sla_table(boutique: BoutiqueConfig) -> dict:
    """The SLA table as a boutique file says it: a default the boutique removed is written as 0 hours,
    since an absent one means "keep the default"."""
    from clienteling.outreach.settings import DEFAULT_SLA_HOURS

    table = {kind.value: dict(stages) for kind, stages in boutique.aftercare.sla_hours.items()}
    for kind, stages in DEFAULT_SLA_HOURS.items():
        for stage in stages:
            table.setdefault(kind.value, {}).setdefault(stage, 0)
    return table


def to_toml(settings: dict) -> str:
    """The [boutique] table and its sub-tables ([boutique.outreach], …), written by tomli-w."""
    import tomli_w

    return tomli_w.dumps({"boutique": settings})


def compile_translations(src: Path, dest: Path) -> None:
    """Qt Linguist .ts -> .qm (the app loads clienteling_<locale>.qm); the .ts stay out."""
    dest.mkdir(parents=True, exist_ok=True)
    sources = sorted(src.glob("*.ts"))
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if not sources:
        return
    if lrelease is None:
        log("warning: pyside6-lrelease not found; the build has no translations")
        return
    for ts in sources:
        done = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(dest / f"{ts.stem}.qm")],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"build: lrelease failed on {ts.name}:\n{done.stderr}")


def git_commit() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short=10", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return f"{sha}{'+dirty' if sha and dirty else ''}"


def _version_of(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    for name in (dist, f"{dist}-Essentials", f"{dist.lower()}"):
        try:
            return version(name)
        except PackageNotFoundError:
            continue
    return ""


# ---- PyInstaller ---------------------------------------------------------------------------------

def pyinstaller(name: str, stage_dir: Path, out: Path, work: Path, icon: Path | None, clean: bool) -> Path:
    env = dict(os.environ, CLIENTELING_APP_NAME=name, CLIENTELING_STAGE=str(stage_dir),
               CLIENTELING_ICON=str(icon) if icon else "")
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", os.environ.get("CLIENTELING_PYI_LOG", "WARN"),
           "--distpath", str(out), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    done = subprocess.run(cmd, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"build: PyInstaller failed (exit {done.returncode}); its messages are above")
    return out / name


def app_icon(boutique: BoutiqueConfig) -> Path | None:
    """The executable's icon on Windows and macOS: the logo, converted by PyInstaller (needs Pillow)."""
    if sys.platform not in ("win32", "darwin") or not boutique.logo_file():
        return None
    logo = boutique.logo_file()
    if logo.suffix.lower() == ".svg":
        log("note: an SVG logo cannot be the executable's icon; give a PNG logo for that")
        return None
    try:
        import PIL  # noqa: F401
    except ImportError:
        log("note: Pillow is not installed, so the executable keeps PyInstaller's icon (pip install pillow)")
        return None
    return logo


def executable(bundle: Path, name: str) -> Path:
    if sys.platform == "win32":
        return bundle / f"{name}.exe"
    return bundle / name


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def self_test(exe: Path) -> tuple[int, str, float]:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    report_file = Path(tempfile.gettempdir()) / "clienteling-self-test.txt"  # a windowed app's report
    report_file.unlink(missing_ok=True)
    t = time.perf_counter()
    done = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - t
    report = done.stdout + done.stderr
    if not report.strip() and report_file.exists():
        report = report_file.read_text(encoding="utf-8")
    return done.returncode, report, took


# ---- Linux packages ------------------------------------------------------------------------------

def linux_arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def make_tarball(bundle: Path, out: Path, version: str) -> Path:
    target = out / f"{bundle.name}-{version}-linux-{linux_arch()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return target


def make_deb(bundle: Path, out: Path, work: Path, boutique: BoutiqueConfig, version: str) -> Path | None:
    """/opt/<name>/ (the bundle), /usr/bin/<name>, a desktop entry and the logo as its icon."""
    if shutil.which("dpkg-deb") is None:
        log("note: dpkg-deb is not installed, so no .deb (apt-get install dpkg; the .tar.gz is there)")
        return None
    name = bundle.name
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("dpkg") else {"x86_64": "amd64", "aarch64": "arm64"}.get(linux_arch(), linux_arch())
    root = work / "deb" / name
    if root.exists():
        shutil.rmtree(root)
    (root / "DEBIAN").mkdir(parents=True)
    _copy_tree(bundle, root / "opt" / name)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / name).symlink_to(f"/opt/{name}/{name}")
    icon_name = name
    logo = boutique.logo_file()
    if logo is not None:
        size = "scalable" if logo.suffix.lower() == ".svg" else "256x256"
        icon_dir = root / "usr" / "share" / "icons" / "hicolor" / size / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copyfile(logo, icon_dir / f"{name}{logo.suffix.lower()}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{name}.desktop").write_text(
        "[Desktop Entry]\nType=Application\n"
        f"Name=Clienteling — {boutique.display_name}\n"
        f"Comment=Client dossiers of {boutique.display_name}\n"
        f"Exec=/opt/{name}/{name}\nIcon={icon_name}\nTerminal=false\nCategories=Office;\n", encoding="utf-8")
    installed_kb = (folder_size(root) + 1023) // 1024
    (root / "DEBIAN" / "control").write_text(
        f"Package: {name}\nVersion: {version}\nArchitecture: {arch}\n"
        "Maintainer: Clienteling brand IT <it@clienteling.invalid>\n"
        f"Installed-Size: {installed_kb}\nDepends: {DEB_DEPENDS}\nSection: misc\nPriority: optional\n"
        f"Description: Clienteling for {boutique.display_name}\n"
        " Offline client dossiers for boutique advisors, with the boutique's settings built in.\n",
        encoding="utf-8")
    target = out / f"{name}_{version}_{arch}.deb"
    cmd = ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"build: dpkg-deb failed:\n{done.stderr}")
    shutil.rmtree(root)
    return target


def _copy_tree(src: Path, dest: Path) -> None:
    """Hard links where the file system allows (fast, no extra space), else copies."""
    try:
        shutil.copytree(src, dest, symlinks=True, copy_function=os.link)
    except OSError:
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(src, dest, symlinks=True)


# ---- the command -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--boutique", required=True, metavar="NAME|FILE",
                   help="a boutique under packaging/boutiques/ (e.g. paris-saint-honore) or a boutique file")
    p.add_argument("--out", type=Path, default=ROOT / "dist", help="where the app and packages go (default: dist/)")
    p.add_argument("--work", type=Path, default=None,
                   help="PyInstaller's work folder, reused between builds (default: build/pyinstaller)")
    p.add_argument("--clean", action="store_true", help="start from an empty PyInstaller cache")
    p.add_argument("--no-self-test", action="store_true", help="do not run the built app's --self-test")
    p.add_argument("--no-archive", action="store_true", help="make only the app folder (no .tar.gz / .deb)")
    p.add_argument("--no-deb", action="store_true", help="no .deb, even where dpkg-deb exists")
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    try:
        source = boutique_file(args.boutique)
        boutique = load_boutique(source)
    except ValidationError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 2
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build: PyInstaller is not installed: pip install -e '.[package]'", file=sys.stderr)
        return 2
    name = app_name(boutique)
    out = args.out.resolve()
    work = (args.work or ROOT / "build" / "pyinstaller").resolve()
    out.mkdir(parents=True, exist_ok=True)
    log(f"{boutique.display_name} ({boutique.boutique_id}) from {source} -> {out / name}")
    # One staging folder per work folder: PyInstaller then reuses its analysis for the next
    # boutique (only the resources' contents differ) and rebuilds just the executable and folder.
    info = stage(boutique, source, work / "stage")
    log(f"version {info['version']}, commit {info['commit'] or '?'}")
    t_pyi = time.perf_counter()
    bundle = pyinstaller(name, work / "stage", out, work, app_icon(boutique), args.clean)
    bundle_s = time.perf_counter() - t_pyi
    if sys.platform == "darwin":
        bundle = out / f"{name}.app"
    size_mb = folder_size(bundle) / 1e6
    log(f"bundle {bundle}: {size_mb:.0f} MB, PyInstaller {bundle_s:.0f} s")
    if size_mb > SIZE_GOAL_MB:
        log(f"warning: the bundle is over the {SIZE_GOAL_MB} MB goal")
    result = {"app": name, "bundle": str(bundle), "bundle_mb": round(size_mb, 1),
              "pyinstaller_s": round(bundle_s, 1), "version": info["version"]}
    if not args.no_self_test:
        exe = bundle / "Contents" / "MacOS" / name if sys.platform == "darwin" else executable(bundle, name)
        rc, report, took = self_test(exe)
        print(report, end="" if report.endswith("\n") else "\n")
        result["self_test_s"] = round(took, 2)
        if rc != 0:
            print(f"build: the built app's self-test failed (exit {rc})", file=sys.stderr)
            return 1
    if sys.platform.startswith("linux") and not args.no_archive:
        tarball = make_tarball(bundle, out, info["version"])
        log(f"{tarball.name}: {tarball.stat().st_size / 1e6:.0f} MB")
        result["tar_gz"] = str(tarball)
        if not args.no_deb:
            deb = make_deb(bundle, out, work, boutique, info["version"])
            if deb is not None:
                log(f"{deb.name}: {deb.stat().st_size / 1e6:.0f} MB")
                result["deb"] = str(deb)
    elif sys.platform == "win32":
        log(f"next: iscc /DAppName={name} /DBoutique=\"{boutique.display_name}\" /DVersion={info['version']} "
            f"/DDistDir={out} packaging\\windows\\clienteling.iss")
    elif sys.platform == "darwin":
        log(f"next: packaging/macos/build_dmg.sh {bundle} {out}/{name}-{info['version']}.dmg")
    result["total_s"] = round(time.perf_counter() - t0, 1)
    log(f"done in {result['total_s']:.0f} s")
    (out / f"{name}.build.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
