"""Start the desktop app: window first, then the book opens on its own thread."""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ..config import DEMO_CLIENTS, BoutiqueConfig
from ..domain.errors import Cancelled
from ..credentials import SecretStore
from ..resources import resource
from ..services import BookExecutor, check_and_backup, open_session
from .main_window import MainWindow
from .taskman import TaskManager

log = logging.getLogger(__name__)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Clienteling")
    app.setOrganizationName("Clienteling")
    style = resource("styles", "app.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    translator = QTranslator(app)
    if translator.load(QLocale(), "clienteling", "_", str(resource("translations"))):
        app.installTranslator(translator)
    return app


def opener(boutique: BoutiqueConfig, secrets: SecretStore, home: Path | None, passphrase: str | None,
           demo_clients: int):
    """What the book thread runs first: open the book, and fill an empty demo book."""
    def open_():
        session = open_session(boutique, secrets, home=home, passphrase=passphrase)
        if boutique.is_demo and demo_clients and session.clients.count() == 0:
            from ..demo import seed_book

            seed_book(session.book, demo_clients)
        return session
    return open_


def start_window(boutique: BoutiqueConfig, secrets: SecretStore, *, home: Path | None = None,
                 passphrase: str | None = None, demo_clients: int = DEMO_CLIENTS, sync_options: dict | None = None):
    """Build the executor, task manager and main window; the book opens in the background."""
    executor = BookExecutor(opener(boutique, secrets, home, passphrase, demo_clients))
    tm = TaskManager(executor)
    window = MainWindow(tm, boutique, secrets=secrets, sync_options=sync_options)
    tm.run(lambda s: {"notice": s.notice, "path": s.path, "key": s.book.key(),
                      "keep": s.boutique.backups_kept},
           lambda info: _opened(window, info), window.book_failed, parent=window)
    return executor, tm, window


def _opened(window: MainWindow, info: dict) -> None:
    window.book_opened(info)
    window.health_check = HealthCheck(window, info["path"], info["key"], info["keep"])


class HealthCheck:
    """Integrity check and backup on a thread and connection of their own, so the advisor can
    work meanwhile; `stop()` interrupts SQLite and waits, so the app never exits mid-check."""

    def __init__(self, window: MainWindow, path: Path, key, keep: int):
        self._stop = threading.Event()
        self._result: dict = {}
        self._thread = threading.Thread(target=self._run, args=(path, key, keep), name="health", daemon=True)
        self._thread.start()
        self._timer = QTimer(window)
        self._timer.timeout.connect(lambda: self._poll(window))
        self._timer.start(250)

    def _run(self, path: Path, key, keep: int) -> None:
        try:
            self._result["report"] = check_and_backup(path, key, keep, cancelled=self._stop.is_set)
        except Cancelled:
            pass
        except Exception:  # a failed check must not take the app down
            log.exception("start-up check failed")

    def _poll(self, window: MainWindow) -> None:
        if not self._thread.is_alive():
            self._timer.stop()
            if "report" in self._result:
                window.health_checked(self._result["report"])

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


def run(boutique: BoutiqueConfig, secrets: SecretStore, *, home: Path | None = None,
        passphrase: str | None = None, quit_when_ready: bool = False) -> int:
    t0 = time.perf_counter()
    app = make_app()
    executor, tm, window = start_window(boutique, secrets, home=home, passphrase=passphrase)
    window.show()
    if quit_when_ready:  # used by the start-up benchmark and smoke tests
        def ready():
            print(f"READY {time.perf_counter() - t0:.3f}", flush=True)
            QTimer.singleShot(0, app.quit)
        window.book_ready.connect(ready)
    try:
        return app.exec()
    finally:
        health = getattr(window, "health_check", None)
        if health is not None:
            health.stop()
        window.sync.shutdown()  # a running sync stops before the book closes under it
        executor.shutdown()
        window.deleteLater()
        del window, tm
