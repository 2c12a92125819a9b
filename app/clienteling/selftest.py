"""`clienteling --self-test`: check that this app (a source checkout or a frozen build) works.

It loads the boutique file, checks the bundled resources, creates an encrypted book in a
temporary folder with a test key, writes and finds clients in it (exercising SQLCipher and
the multilingual search), then opens that book in the main window and renders it
offscreen. It prints a short report and returns 0, or 1 with the reason.

Contract: it never touches the advisor's real book or keyring. The book lives in a
temporary folder (deleted afterwards), its key in a `MemoryStore`; `CLIENTELING_HOME`
points into that folder and the process's keyring is replaced by keyring's null backend
for the run, so nothing reached indirectly can read or write a real secret either.
Qt is imported only when the checks need it (this module is outside ui/).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .config import BoutiqueConfig, data_home
from .resources import build_info, is_frozen, resource, resources_root, version_text

WINDOW_TIMEOUT_S = 60.0

KEYRING_BACKENDS = {
    "linux": ("keyring.backends.SecretService", "keyring.backends.kwallet", "keyring.backends.libsecret"),
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
}


class CheckFailed(Exception):
    """One check did not pass; the message says why, for the person reading the report."""


class Report:
    def __init__(self):
        self.lines: list[str] = []
        self.failures: list[str] = []

    def ok(self, name: str, text: str) -> None:
        self.lines.append(f"  {name:<12} ok    {text}")

    def note(self, name: str, text: str) -> None:
        self.lines.append(f"  {name:<12} note  {text}")

    def fail(self, name: str, text: str) -> None:
        first, *more = text.strip().splitlines()
        self.lines.append(f"  {name:<12} FAIL  {first}")
        self.lines.extend(f"  {'':<12}       {line.strip()}" for line in more)
        self.failures.append(f"{name}: {first.rstrip(':')}")


def self_test(load_boutique: Callable[[], BoutiqueConfig], *, out=None) -> int:
    """Run every check; print the report to `out` (stdout); 0 when all passed, else 1."""
    t0 = time.perf_counter()
    report = Report()
    boutique = _check_boutique(report, load_boutique)
    _check_resources(report)
    _check_keyring_backends(report)
    if boutique is not None:
        report.note("data folder", f"{data_home(boutique)} (the real book's folder; not touched)")
        _isolated_book_and_window(report, boutique)
    elapsed = time.perf_counter() - t0
    head = f"Clienteling self-test: {version_text()}" + (" [frozen build]" if is_frozen() else " [from source]")
    if report.failures:
        tail = f"FAILED in {elapsed:.1f} s: " + "; ".join(report.failures)
    else:
        tail = f"PASSED in {elapsed:.1f} s"
    _print("\n".join([head, *report.lines, tail]), out)
    return 1 if report.failures else 0


def _print(text: str, out) -> None:
    stream = out or sys.stdout
    if stream is None:  # a windowed build on Windows has no console: leave the report in a file
        path = Path(tempfile.gettempdir()) / "clienteling-self-test.txt"
        path.write_text(text + "\n", encoding="utf-8")
        return
    try:
        print(text, file=stream, flush=True)
    except UnicodeEncodeError:  # a console that cannot show “ or é
        print(text.encode("ascii", "replace").decode("ascii"), file=stream, flush=True)


# ---- the checks -------------------------------------------------------------------------------

def _check_boutique(report: Report, load: Callable[[], BoutiqueConfig]) -> BoutiqueConfig | None:
    baked = resource("boutique.toml")
    if is_frozen() and not baked.is_file():
        report.fail("boutique", f"this build has no boutique file ({baked} is missing); rebuild it with "
                                "packaging/build.py --boutique NAME")
    try:
        boutique = load()
    except Exception as exc:  # the loader's message names what is wrong in the file
        report.fail("boutique", str(exc))
        return None
    where = "baked into this build" if is_frozen() and baked.is_file() else "as given"
    report.ok("boutique", f"{boutique.display_name} ({boutique.boutique_id}), {where}; locale {boutique.locale}, "
                          f"{boutique.timezone}, {boutique.currency}, accent {boutique.accent_colour}")
    info = build_info()
    if info and info.get("boutique_id") not in (None, boutique.boutique_id) and baked.is_file():
        report.note("boutique", f"this build was made for {info.get('boutique_id')}, "
                                f"but runs as {boutique.boutique_id} (--boutique or --demo)")
    return boutique


def _check_resources(report: Report) -> None:
    root = resources_root()
    problems = []
    style = resource("styles", "app.qss")
    if not style.is_file() or not style.read_text(encoding="utf-8").strip():
        problems.append("the style sheet styles/app.qss is missing or empty")
    translations = resource("translations")
    if not translations.is_dir():
        problems.append("the translations/ folder is missing")
    if not resource("icons", "clienteling.png").is_file():
        problems.append("the app icon icons/clienteling.png is missing")
    if not resource("catalogue", "new_arrivals.json").is_file():
        problems.append("the new arrivals catalogue catalogue/new_arrivals.json is missing")
    problems += _draft_problems()
    if is_frozen() and not build_info():
        problems.append("build_info.json is missing or unreadable")
    if problems:
        report.fail("resources", f"in {root}: " + "; ".join(problems))
        return
    kinds = sorted({p.suffix for p in translations.iterdir() if p.suffix in (".qm", ".ts")})
    count = sum(1 for p in translations.iterdir() if p.suffix in (".qm", ".ts"))
    report.ok("resources", f"{root}: styles/app.qss, icons/, catalogue/, templates/ (drafts render), "
                           f"translations/ ({count} {'/'.join(kinds) or 'files'})")


def _draft_problems() -> list[str]:
    """The message templates are in the build and render (Chinese, French, English)."""
    from .domain.errors import ClientelingError
    from .domain.vocab import OutreachPurpose
    from .outreach.drafts import render_draft
    from .outreach.prompt import DraftContext

    problems = []
    for language, family, given in (("zh-Hans", "张", "伟"), ("fr", "Dupont", "Camille"), ("en", "Morgan", "Sarah")):
        ctx = DraftContext(purpose=OutreachPurpose.THANK_YOU, language=language, title="mrs", family_name=family,
                           given_name=given, family_name_latin="", given_name_latin="", advisor="Self-test",
                           boutique="Self-test")
        try:
            draft = render_draft(ctx)
        except ClientelingError as exc:
            problems.append(f"the {language} thank-you template does not render: {exc}")
            continue
        if draft.language != language or family not in draft.body:
            problems.append(f"the {language} thank-you template is missing (got a {draft.language} draft)")
    return problems


def _check_keyring_backends(report: Report) -> None:
    """The backends a build needs are importable (PyInstaller's hiddenimports); none is used."""
    import keyring  # noqa: F401

    wanted = KEYRING_BACKENDS.get(sys.platform, ())
    missing = []
    for name in ("keyring.backends.chainer", "keyring.backends.fail", "keyring.backends.null", *wanted):
        try:
            importlib.import_module(name)
        except Exception as exc:
            missing.append(f"{name} ({type(exc).__name__})")
    if missing:
        report.fail("keyring", "backends missing from this build: " + ", ".join(missing))
    else:
        report.ok("keyring", "backends present: " + ", ".join(n.rsplit(".", 1)[1] for n in wanted)
                  + " (the self-test uses none: its key stays in memory)")


def _isolated_book_and_window(report: Report, boutique: BoutiqueConfig) -> None:
    import keyring.core
    from keyring.backends import null

    previous_home = os.environ.get("CLIENTELING_HOME")
    previous_keyring = getattr(keyring.core, "_keyring_backend", None)  # None until the keyring is first used
    keyring.core.set_keyring(null.Keyring())
    with tempfile.TemporaryDirectory(prefix="clienteling-self-test-", ignore_cleanup_errors=True) as tmp:
        os.environ["CLIENTELING_HOME"] = str(Path(tmp) / "home")
        try:
            from .credentials import MemoryStore

            secrets = MemoryStore()
            home = Path(tmp) / "book"
            try:
                _check_book(report, boutique, secrets, home)
            except CheckFailed as exc:
                report.fail("book", str(exc))
                return
            except Exception as exc:
                report.fail("book", f"{type(exc).__name__}: {exc}")
                return
            try:
                _check_window(report, boutique, secrets, home)
            except CheckFailed as exc:
                report.fail("window", str(exc))
            except Exception as exc:
                report.fail("window", f"{type(exc).__name__}: {exc}")
        finally:
            if previous_home is None:
                os.environ.pop("CLIENTELING_HOME", None)
            else:
                os.environ["CLIENTELING_HOME"] = previous_home
            if previous_keyring is not None:
                keyring.core.set_keyring(previous_keyring)


def _check_book(report: Report, boutique: BoutiqueConfig, secrets, home: Path) -> None:
    """Create the book with a test key, write three clients, find each the way an advisor would."""
    from .services import ClientForm, open_session

    t = time.perf_counter()
    session = open_session(boutique, secrets, home=home, advisor="self-test")
    try:
        clients = session.clients
        clients.create_client(ClientForm(family_name="张", given_name="伟", country="CN",
                                         phones=[("mobile", "+86 138 0013 8000")]))
        clients.create_client(ClientForm(family_name="Dupont", given_name="Héloïse", country="FR",
                                         phones=[("mobile", "+33 6 12 34 56 78")],
                                         emails=[("personal", "heloise@example.com")]))
        clients.create_client(ClientForm(family_name="Иванова", given_name="Анна", country="CH"))
        searches = {"zhang": "伟", "heloise": "Dupont", "0612345678": "Dupont", "anna": "Анна"}
        for query, expected in searches.items():
            names = [row.name for row in clients.search(query)]
            if not any(expected in name for name in names):
                raise CheckFailed(f"searching “{query}” did not find the client (got {names}); "
                                  "a search module may be missing from the build")
        path = session.path
    finally:
        session.close()
    header = path.read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise CheckFailed(f"{path.name} was written in clear: SQLCipher is not doing its job")
    report.ok("book", f"created an encrypted book with a test key in a temporary folder; "
                      f"{len(searches)} searches found their client ({time.perf_counter() - t:.2f} s)")


def _check_window(report: Report, boutique: BoutiqueConfig, secrets, home: Path) -> None:
    """Open the same book in the main window and render it offscreen (the Qt part lives in ui/)."""
    from .ui.selftest_window import check_window

    check_window(report, boutique, secrets, home, timeout_s=WINDOW_TIMEOUT_S)
