"""The boutique in the window: its name in the title, its logo as the icon and in the About box,
its accent colour on this window only."""

from __future__ import annotations

from clienteling.config import DEMO, load_boutique
from clienteling.credentials import MemoryStore
from clienteling.resources import accent_style_sheet, version_text

from .conftest import ROOT


def test_title_icon_accent_and_about_box(qtbot, tmp_path):
    from clienteling.ui.about import about_box
    from clienteling.ui.app import make_app, start_window

    make_app()
    paris = load_boutique(ROOT / "packaging" / "boutiques" / "paris-saint-honore.toml")
    executor, tm, win = start_window(paris, MemoryStore(), home=tmp_path, demo_clients=0)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.book_ready, timeout=20_000):
            win.show()
        qtbot.waitUntil(lambda: tm.idle, timeout=20_000)
        assert "Paris Saint-Honoré" in win.windowTitle()
        assert not win.windowIcon().isNull()
        assert "#7b2d26" in win.styleSheet() and "#8c6d46" not in win.styleSheet()
        assert win.about_action.text().startswith("About")
        box = about_box(win, paris)
        qtbot.addWidget(box)
        assert "Paris Saint-Honoré" in box.text() and version_text() in box.text()
        assert "paris-saint-honore" in box.text()
        assert not box.iconPixmap().isNull() and box.iconPixmap().width() == 96
    finally:
        health = getattr(win, "health_check", None)
        if health is not None:
            health.stop()
        sync = getattr(win, "sync", None)
        if sync is not None and hasattr(sync, "shutdown"):
            sync.shutdown()
        executor.shutdown()


def test_the_default_accent_leaves_the_style_sheet_alone():
    assert accent_style_sheet(DEMO.accent_colour, DEMO.accent_colour) == ""
    sheet = accent_style_sheet("#1f4e45", DEMO.accent_colour)
    assert "QPushButton:default" in sheet and "#1f4e45" in sheet and DEMO.accent_colour not in sheet
    assert "QTableView" not in sheet  # rules without the accent stay the application's
