"""The self-test's window check: open a book in the real main window and render it offscreen."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from ..config import BoutiqueConfig
from ..selftest import CheckFailed, Report


def check_window(report: Report, boutique: BoutiqueConfig, secrets, home: Path, *, timeout_s: float) -> None:
    """Open the same book in the main window and render it; the window is never shown."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QMessageBox

    from .app import make_app, start_window

    app = make_app()
    logo = boutique.logo_file()
    if logo is not None:
        pixmap = QPixmap(str(logo))
        if pixmap.isNull():
            raise CheckFailed(f"the logo {logo.name} cannot be drawn (a missing Qt image plugin?)")
        report.ok("logo", f"{logo.name} {pixmap.width()}×{pixmap.height()}")
    else:
        report.note("logo", "none set, and the app icon is missing")
    executor, tm, window = start_window(boutique, secrets, home=home, demo_clients=0)
    try:
        state = {"ready": False, "busy": True}
        loop = QEventLoop()
        window.book_ready.connect(lambda: state.update(ready=True))
        tm.busy.connect(lambda busy: state.update(busy=busy))

        def poll():
            boxes = [b for b in window.findChildren(QMessageBox) if b.text()]
            if boxes:
                state["error"] = boxes[0].text()
            if state.get("error") or (state["ready"] and not state["busy"]):
                loop.quit()
        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(20)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        timer.stop()
        if state.get("error"):
            raise CheckFailed(f"the window could not open the book: {state['error']}")
        if not state["ready"]:
            raise CheckFailed(f"the window did not open the book within {timeout_s:.0f} s")
        image = window.grab().toImage()
        if image.isNull() or image.width() < 200 or image.height() < 200:
            raise CheckFailed("the main window could not be rendered")
        if len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}) < 3:
            raise CheckFailed("the main window rendered blank")
        rows = _rows_shown(window)
        title = window.windowTitle()
        if boutique.display_name not in title:
            raise CheckFailed(f"the window title “{title}” does not name the boutique")
        report.ok("window", f"“{title}” rendered {image.width()}×{image.height()} on the "
                            f"{app.platformName()} platform, {rows} clients listed "
                            f"({time.perf_counter() - t:.2f} s)")
        _check_sections(report, window, app, timeout_s)
    finally:
        health = getattr(window, "health_check", None)
        if health is not None:
            health.stop()
        sync = getattr(window, "sync", None)
        if sync is not None and hasattr(sync, "shutdown"):
            sync.shutdown()
        executor.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()


def _check_sections(report: Report, window, app, timeout_s: float) -> None:
    """Visit every section (Today, Agenda, Aftercare, Insights…) and render it: a build that left out
    a Qt module a page needs (QtCharts, QtPrintSupport) fails here, not in a boutique."""
    import importlib

    for module in ("PySide6.QtCharts", "PySide6.QtPrintSupport"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise CheckFailed(f"{module} is missing from this build: {exc}") from None
    shown = []
    for key in window.section_actions:
        page = window.show_section(key)
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline and not window.tm.idle:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        image = page.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise CheckFailed(f"the {key} page could not be rendered")
        shown.append(key)
    report.ok("sections", ", ".join(shown) + " rendered")


def _rows_shown(window) -> str:
    view = getattr(getattr(window, "list_view", None), "table", None)
    model = view.model() if view is not None else None
    return str(model.rowCount()) if model is not None else "?"
