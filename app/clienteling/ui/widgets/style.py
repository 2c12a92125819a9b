"""The app's restrained palette, and the look of forms (refused fields are outlined in red)."""

# The same ink, paper and bronze as resources/styles/app.qss; red is kept for warnings.
INK = "#1f1d1a"
MUTED = "#6f685d"
LINE = "#e2ddd3"
PAGE = "#f4f1ec"
ACCENT = "#8c6d46"
NAVY = "#2c3e50"
DANGER = "#a4262c"

FORM_STYLE = f"""
#error {{ color: {DANGER}; background: #fbeaea; border: 1px solid #e4b4b4; border-radius: 5px; padding: 6px 8px; }}
*[invalid="true"] {{ border: 2px solid {DANGER}; border-radius: 3px; background: #fff6f6; }}
#muted {{ color: {MUTED}; }}
#formPage {{ background: transparent; }}
#groupTitle {{ color: {MUTED}; font-size: 11px; font-weight: 600; letter-spacing: 1px; }}
QPushButton#link {{ border: none; background: transparent; color: {ACCENT}; padding: 2px 0; text-align: left; }}
"""
