"""Sync as the advisor meets it: sign in, press Sync, watch the status bar, settle conflicts.

Against the real reference server on 127.0.0.1 (the fixtures of tests/sync/conftest.py: one
server per run, a boutique of its own per test). The window's book lives on its own thread;
`book(fn)` looks inside it there. Set SYNC_UI_SHOTS=DIR to save screenshots of the window.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import threading
import time
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

import clienteling
from clienteling.config import BoutiqueConfig
from clienteling.domain import Purchase, build
from clienteling.domain.errors import ServerUnavailable
from clienteling.services import Changes, ClientForm, SyncReport, SyncStatus
from clienteling.store import integrity_problems, rows
from clienteling.sync.client import failure
from clienteling.ui import sync_text
from clienteling.ui.app import start_window
from clienteling.ui.widgets.sync_status import SyncStatusWidget

_spec = importlib.util.spec_from_file_location("sync_ui_server_fixtures",
                                               Path(__file__).parents[1] / "sync" / "conftest.py")
_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_server)
live_server, server, cheap_hashing = _server.live_server, _server.server, _server.cheap_hashing  # fixtures
boutique_id, make_device = _server.boutique_id, _server.make_device  # fixtures
PASSWORD = _server.PASSWORD

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import uvicorn

from profile_server import Settings  # noqa: E402
from profile_server.app import create_app  # noqa: E402


def shot(widget, name: str) -> None:
    """Save `widget` as the advisor sees it when SYNC_UI_SHOTS is set."""
    folder = os.environ.get("SYNC_UI_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(autouse=True)
def app_style(qapp):
    """With SYNC_UI_SHOTS, windows get the app's style sheet, so screenshots look like the app."""
    if not os.environ.get("SYNC_UI_SHOTS"):
        yield
        return
    from clienteling.resources import resource

    before = qapp.styleSheet()
    qapp.setStyleSheet(resource("styles", "app.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(before)


class Window:
    """The main window over a book of the test's boutique, and ways to look inside."""

    def __init__(self, qtbot, win, executor):
        self.qtbot, self.win, self.executor = qtbot, win, executor
        self.actions = win.sync
        self.controller = win.sync.controller

    def book(self, fn):
        return self.executor.submit(fn).result(timeout=30)

    def new_client(self, **fields) -> str:
        """A client created through the TaskManager, as the editor does it (tm.changed follows)."""
        form = {"family_name": "Dupont", "given_name": "Héloïse", "country": "FR", **fields}
        done = []
        self.win.tm.run(lambda s: s.clients.create_client(ClientForm(**form)), done.append)
        self.qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        return done[0][0]

    def edit(self, client_id: str, field: str, value) -> None:
        """An edit through the TaskManager, as a view makes it (tm.changed follows)."""
        done = []
        self.win.tm.run(lambda s: s.clients.set_field(client_id, field, value), done.append)
        self.qtbot.waitUntil(lambda: bool(done), timeout=10_000)

    def status(self):
        return self.book(lambda s: self.controller._services(s)[0].status())

    def wait_status(self, check, timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: self.controller.status is not None and check(self.controller.status),
                             timeout=timeout)

    def sign_in(self, login: str = "alice") -> None:
        done = []
        self.controller.sign_in(login, PASSWORD, "", done.append, done.append)
        self.qtbot.waitUntil(lambda: bool(done), timeout=15_000)
        assert not isinstance(done[0], BaseException), done[0]
        self.wait_status(lambda s: s.signed_in)

    def sync(self, signal: str = "finished"):
        with self.qtbot.waitSignal(getattr(self.controller, signal), timeout=30_000) as blocker:
            self.actions.sync_action.trigger()
        self.qtbot.waitUntil(lambda: not self.controller.syncing and self.win.tm.idle, timeout=10_000)
        return blocker.args[0]


@pytest.fixture
def open_window(qtbot, server, boutique_id, tmp_path, secrets):
    made = []

    def open_(url: str | None = None, passphrase: str | None = None, **sync_options) -> Window:
        boutique = BoutiqueConfig(boutique_id=boutique_id, display_name="Test boutique",
                                  api_base_url=url or server.url)
        executor, tm, win = start_window(boutique, secrets, home=tmp_path / f"ui{len(made)}", demo_clients=0,
                                         passphrase=passphrase, sync_options=sync_options)
        qtbot.addWidget(win)
        made.append((win, executor))
        with qtbot.waitSignal(win.book_ready, timeout=10_000):
            win.show()
        window = Window(qtbot, win, executor)
        window.wait_status(lambda s: True)
        return window

    yield open_
    for win, executor in made:
        win.sync.shutdown()
        executor.shutdown()


class ThreadRecorder(httpx.HTTPTransport):
    """The real network, noting which thread made each request."""

    def __init__(self):
        super().__init__()
        self.threads: set[str] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.threads.add(threading.current_thread().name)
        return super().handle_request(request)


def tokens(keyring) -> dict:
    return {name: value for (_service, name), value in keyring.passwords.items() if name.startswith("api-token:")}


# -- sign in ----------------------------------------------------------------------------------------

def test_a_wrong_password_is_named_in_the_dialog_and_keeps_no_token_until_put_right(qtbot, open_window,
                                                                                    memory_keyring, server):
    w = open_window()
    w.actions.sync_action.trigger()  # not signed in: Sync asks for a sign-in first
    dialog = w.actions.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.url.text() == server.url  # from the boutique configuration
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    qtbot.keyClicks(dialog.login, "alice")
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15_000)
    assert dialog.error.text() == "The login or password is not right."
    assert dialog.isVisible() and dialog.password.property("invalid") is True
    assert tokens(memory_keyring) == {}
    assert not w.controller.syncing
    shot(dialog, "sign-in-refused")

    dialog.url.setText("http://clienteling.example.com")  # plain http to another computer
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not secure" in dialog.error.text(), timeout=10_000)
    assert "\n" not in dialog.error.text()
    assert dialog.url.hasFocus() and tokens(memory_keyring) == {}

    dialog.url.setText(server.url)  # put right, Enter in the password field signs in (and syncs)
    dialog.password.setFocus()
    dialog.password.selectAll()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(w.controller.finished, timeout=30_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not dialog.isVisible() and len(tokens(memory_keyring)) == 1


def test_without_a_keyring_the_dialog_says_the_sign_in_cannot_be_kept(qtbot, no_keyring, open_window):
    w = open_window(passphrase="a long passphrase for this book")  # the book itself needs no keyring
    w.actions.sign_in_action.trigger()
    dialog = w.actions.sign_in_dialog
    dialog.login.setText("alice")
    dialog.password.setText(PASSWORD)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text().startswith("This computer has no secure password store (keyring)")
    assert "clienteling sync" not in dialog.error.text()  # the command-line way out means nothing here
    assert dialog.isVisible() and not w.controller.status.signed_in


def test_signing_in_keeps_the_token_in_the_keyring_only_and_sign_out_removes_it(
        qtbot, open_window, memory_keyring, tmp_path, caplog):
    caplog.set_level("DEBUG")
    w = open_window()
    w.actions.sign_in_action.trigger()
    dialog = w.actions.sign_in_dialog
    qtbot.keyClicks(dialog.login, "alice")
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    w.wait_status(lambda s: s.signed_in)
    assert dialog.password.text() == ""
    (token,) = tokens(memory_keyring).values()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert token.encode() not in data and PASSWORD.encode() not in data, path
    assert token not in caplog.text and PASSWORD not in caplog.text
    assert w.actions.sign_out_action.isEnabled()
    assert "alice" in w.actions.status.online.toolTip()

    w.actions.sign_out_action.trigger()
    w.wait_status(lambda s: not s.signed_in)
    assert tokens(memory_keyring) == {}
    assert "Signed out" in w.actions.activity.label.text()
    assert not w.actions.sign_out_action.isEnabled()


# -- the Sync button --------------------------------------------------------------------------------

def test_sync_signs_in_then_pushes_a_new_client_and_shows_the_last_sync(qtbot, open_window, server, boutique_id):
    network = ThreadRecorder()
    w = open_window(transport=network)
    assert w.actions.sync_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert w.actions.status.last.text() == "Never synced"
    client_id = w.new_client(phones=[("Mobile", "06 12 34 56 78")])
    w.edit(client_id, "city", "Paris")  # the count follows edits made anywhere in the app
    w.wait_status(lambda s: s.pending == 3)
    assert w.actions.status.pending.text() == "3 change(s) waiting"

    w.actions.sync_action.trigger()  # not signed in yet: the dialog first, then the sync
    dialog = w.actions.sign_in_dialog
    dialog.login.setText("alice")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(w.controller.finished, timeout=30_000) as done:
        dialog.save()
    report = done.args[0]
    assert report.pushed == 3 and report.pending == 0
    assert ("client", client_id) in server.state(boutique_id)
    assert server.state(boutique_id)[("client", client_id)]["fields"]["city"] == "Paris"
    w.wait_status(lambda s: s.pending == 0 and s.last_sync_at is not None)
    bar = w.actions.status
    assert bar.last.text().startswith("Last sync: ")
    assert bar.pending.text() == "All changes sent"
    assert bar.online.text().endswith("Online")
    assert w.actions.activity.label.text() == f"Sent 3 change(s), received {report.pulled}."
    assert w.actions.sync_action.text() == "Sync" and not w.actions.activity.running
    shot(w.win, "after-sync")
    # Every request went out from the network worker: never the UI thread, never the book's.
    assert network.threads and all(name.startswith("network") for name in network.threads), network.threads


def test_sync_against_a_stopped_server_says_so_and_changes_nothing(qtbot, open_window, server, boutique_id):
    url, stop = start_own_server(server.path)
    w = open_window(url)
    w.sign_in()
    client_id = w.new_client()
    w.edit(client_id, "city", "Lyon")
    w.wait_status(lambda s: s.pending == 2)
    stop()

    exc = w.sync("failed")
    sentence = w.actions.activity.label.text()
    assert sentence == str(exc) and sentence and "\n" not in sentence and "Traceback" not in sentence
    assert w.actions.activity.label.property("problem") is True  # it stays, in red, until the next sync
    assert w.actions.sync_action.text() == "Sync" and w.actions.sync_action.isEnabled()
    w.wait_status(lambda s: s.online is False)
    status = w.status()
    assert status.pending == 2 and status.last_sync_at is None and status.signed_in
    assert w.book(lambda s: s.clients.row(client_id)).city == "Lyon"
    assert w.actions.status.online.text() == "● Offline"
    assert w.actions.status.pending.text() == "2 change(s) waiting"
    shot(w.win, "server-down")


def test_cancel_during_a_sync_stops_between_batches_and_leaves_the_book_sound(qtbot, open_window, server,
                                                                               boutique_id):
    reached, release = threading.Event(), threading.Event()

    def on_step(name):
        if name == "before_push" and not reached.is_set():
            reached.set()
            release.wait(15)

    w = open_window(batch_size=5, on_step=on_step)
    w.sign_in()
    ids = [w.new_client(family_name=f"Client {i:02}") for i in range(12)]
    w.wait_status(lambda s: s.pending == 12)

    with qtbot.waitSignal(w.controller.finished, timeout=30_000) as done:
        w.actions.sync_action.trigger()
        qtbot.waitUntil(reached.is_set, timeout=10_000)
        assert w.actions.sync_action.text() == "Cancel sync"
        assert w.actions.activity.running
        shot(w.win, "during-sync")
        w.actions.sync_action.trigger()  # Cancel sync
        assert w.actions.sync_action.text() == "Stopping…"
        release.set()
    report = done.args[0]
    assert report.cancelled and report.pushed == 5 and report.pending == 7
    assert "Stopped before the end" in w.actions.activity.label.text()
    key, path = w.book(lambda s: (s.book.key(), s.book.path))
    assert integrity_problems(path, key) == []
    assert len([k for k in server.state(boutique_id) if k[0] == "client"]) == 5

    report = w.sync()
    assert report.pending == 0 and not report.cancelled
    assert {k[1] for k in server.state(boutique_id) if k[0] == "client"} == set(ids)


# -- conflicts and refused changes ------------------------------------------------------------------

def test_a_conflict_shows_in_the_conflicts_view_and_is_settled_there(qtbot, open_window, make_device, server,
                                                                     boutique_id):
    w = open_window()
    w.sign_in()
    client_id = w.new_client(city="Paris", address="1 rue de la Paix")
    w.sync()
    other = make_device("other", login="bob")
    other.run()
    other.edit(client_id, city="Lyon", address="2 quai Saint-Antoine")
    other.run()
    w.edit(client_id, "city", "Nice")
    w.edit(client_id, "address", "3 promenade des Anglais")

    report = w.sync()
    assert report.conflicts == 2 and report.open_conflicts == 2
    rows_shown = w.win.list_view.model.rows
    qtbot.waitUntil(lambda: [r.city for r in rows_shown()] == ["Lyon"], timeout=5000)  # theirs, until decided
    w.wait_status(lambda s: s.open_conflicts == 2)
    button = w.actions.status.conflicts
    assert button.isVisible() and button.text() == "2 conflict(s)"
    shot(w.win, "conflicts")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = w.actions.conflicts_dialog
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    cells = {view.table.item(r, 1).text(): [view.table.item(r, c).text() for c in range(4)] for r in range(2)}
    assert cells["City"] == ["Héloïse Dupont", "City", "Nice", "Lyon"]
    assert cells["Address"] == ["Héloïse Dupont", "Address", "3 promenade des Anglais", "2 quai Saint-Antoine"]
    shot(view, "conflicts-view")

    view.table.selectRow(next(r for r in range(2) if view.table.item(r, 1).text() == "City"))
    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 1).text() == "Address"
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor.textValue() == "3 promenade des Anglais"  # pre-filled with mine
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in editor.findChildren(QLabel))
    editor.setTextValue("4 promenade des Anglais")
    editor.accept()
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=10_000)
    assert "No conflicts" in view.conflicts_summary.text()
    w.wait_status(lambda s: s.open_conflicts == 0 and s.pending == 2)
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=5000)
    assert w.book(lambda s: s.clients.row(client_id)).city == "Nice"
    qtbot.waitUntil(lambda: [r.city for r in rows_shown()] == ["Nice"], timeout=5000)

    w.sync()  # the choices travel like any edit
    fields = server.state(boutique_id)[("client", client_id)]["fields"]
    assert (fields["city"], fields["address"]) == ("Nice", "4 promenade des Anglais")


def test_changes_the_server_refuses_are_listed_with_its_reason(qtbot, open_window, server, boutique_id):
    w = open_window()
    w.sign_in()
    client_id = w.new_client()

    def sneak_a_purchase(s):  # purchases come only from the point of sale; the server refuses this one
        purchase = build(Purchase, client_id=client_id, purchased_on=date(2025, 1, 12), item="Scarf",
                         category="accessories", amount=Decimal("520"), currency="EUR")
        with s.book.transaction() as db:
            rows.write(db.conn, purchase)
    w.book(sneak_a_purchase)

    report = w.sync()
    assert report.rejected == 1
    w.wait_status(lambda s: s.rejected == 1)
    button = w.actions.status.conflicts
    assert button.isVisible() and button.text() == "1 refused"
    assert "refused" in w.actions.activity.label.text()
    button.click()
    view = w.actions.conflicts_dialog
    qtbot.waitUntil(lambda: view.rejected_table.rowCount() == 1, timeout=10_000)
    assert view.rejected_table.item(0, 1).text() == "Héloïse Dupont"
    assert view.rejected_table.item(0, 2).text().startswith("Purchase")
    assert "point of sale" in view.rejected_table.item(0, 3).text()
    assert view.tabs.tabText(1) == "Refused by the server (1)"


# -- the advisor's language ------------------------------------------------------------------------

APP = Path(clienteling.__file__).parent
TRANSLATIONS = APP.parents[1] / "resources" / "translations"


def _reasons_raised() -> set[str]:
    """Every reason code the sync code and the sync service give a failure."""
    found = set()
    for path in [*sorted((APP / "sync").glob("*.py")), APP / "services" / "sync.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(getattr(node, "func", None), "id", None)
            if isinstance(node, ast.Call) and name in ("failure", "_coded") and len(node.args) > 1 \
                    and isinstance(node.args[1], ast.Constant):
                found.add(node.args[1].value)
    return found


def test_every_reason_a_sync_can_fail_with_has_a_sentence_the_ui_can_translate():
    reasons = _reasons_raised() - {"cursor_gone"}  # the engine answers that one with a full resync itself
    assert len(reasons) > 25 and {"offline", "wrong_password", "internal", "conflict_gone"} <= reasons
    assert [r for r in sorted(reasons) if sync_text.reason_text(r, {}) is None] == []


@pytest.fixture(params=["fr", "zh_CN"])
def language(request, qapp, tmp_path):
    """The app in French, then in Chinese: the .ts sources compiled as a build compiles them."""
    lrelease = shutil.which("pyside6-lrelease", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                                      os.environ.get("PATH", "")]))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / f"clienteling_{request.param}.qm"
    subprocess.run([lrelease, str(TRANSLATIONS / f"clienteling_{request.param}.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


SAID = {
    "fr": {"summary": "3 modifications envoyées, 1 reçue. 1 conflit à résoudre. Arrêtée avant la fin ; la "
                      "prochaine synchronisation reprendra.",
           "down": "Le serveur de synchronisation clienteling.example.com ne répond pas",
           "pending": "2 modifications en attente", "timeout": "Le serveur a mis trop de temps à répondre.",
           "wrong_password": "L’identifiant ou le mot de passe est incorrect."},
    "zh_CN": {"summary": "已发送 3 项更改，已接收 1 项。 有 1 个冲突待解决。 同步未完成即停止；下次同步会继续。",
              "down": "同步服务器 clienteling.example.com 没有响应",
              "pending": "2 项更改待发送", "timeout": "服务器响应时间过长。",
              "wrong_password": "登录名或密码不正确。"},
}


def test_what_sync_says_is_in_the_advisors_language(qtbot, language):
    said = SAID[language]
    report = SyncReport(pushed=3, applied=2, conflicts=1, rejected=0, erased=0, pulled=1, purged=0, resynced=False,
                        cancelled=True, device_rotated=False, pending=0, open_conflicts=1, changes=Changes(),
                        finished_at=None)
    assert sync_text.summary(report) == said["summary"]

    english = failure(ServerUnavailable, "down", "The sync server at clienteling.example.com is not answering.",
                      host="clienteling.example.com")
    worded = sync_text.localized(english)
    assert str(worded).startswith(said["down"])
    assert isinstance(worded, ServerUnavailable) and worded.reason == "down" and worded.details == english.details

    bar = SyncStatusWidget()
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(signed_in=True, advisor="alice", server_url="https://clienteling.example.com",
                               pending=2, rejected=0, open_conflicts=0, last_sync_at=None,
                               last_error="The server took too long to answer.", online=False,
                               last_error_reason="timeout"))
    assert bar.pending.text() == said["pending"]
    assert said["timeout"] in bar.last.toolTip()


def test_a_refused_sign_in_reaches_the_dialog_in_the_advisors_language(qtbot, language, open_window):
    w = open_window()
    done = []
    w.controller.sign_in("alice", "not the password", "", done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert str(done[0]) == SAID[language]["wrong_password"] and done[0].reason == "wrong_password"


def start_own_server(path: Path):
    """A second server over the same database, on a port of its own, that the test can stop."""
    app = create_app(str(path), Settings(rate_limit_per_minute=0, sign_in_per_minute=0))
    port = _server._free_port()
    own = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False,
                                        lifespan="off"))
    thread = threading.Thread(target=own.run, name="stoppable-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not own.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)

    def stop():
        own.should_exit = True
        thread.join(10)
    return f"http://127.0.0.1:{port}", stop
