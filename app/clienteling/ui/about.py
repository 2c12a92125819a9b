"""The boutique's brand in the window: its logo as the window icon, its accent colour, the About box."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ..config import DEFAULT_ACCENT, BoutiqueConfig
from ..resources import accent_style_sheet, build_info, version_text


def apply_branding(window: QMainWindow, boutique: BoutiqueConfig) -> None:
    """Window icon from the logo; the style sheet's accent recoloured for this window only."""
    logo = boutique.logo_file()
    if logo is not None:
        window.setWindowIcon(QIcon(str(logo)))
    sheet = accent_style_sheet(boutique.accent_colour, DEFAULT_ACCENT)
    if sheet:
        window.setStyleSheet(sheet)


def about_box(parent: QWidget, boutique: BoutiqueConfig) -> QMessageBox:
    """Which boutique, and which version and build of the app."""
    translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About Clienteling"))
    logo = boutique.logo_file()
    if logo is not None:
        pixmap = QPixmap(str(logo))
        if not pixmap.isNull():
            box.setIconPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
    info = build_info()
    lines = [
        f"<h3 style='color:{boutique.accent_colour}'>{html.escape(boutique.display_name)}</h3>",
        f"<small>{html.escape(boutique.boutique_id)}</small><br>",
        html.escape(translate("About", "Clienteling: client dossiers for boutique advisors.")),
        f"<br><small>{html.escape(version_text())}</small>",
    ]
    if info.get("built_at"):
        lines.append("<br><small>" + html.escape(translate("About", "Built %1").replace("%1", info["built_at"]))
                     + "</small>")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
