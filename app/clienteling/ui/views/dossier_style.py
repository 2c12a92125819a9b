"""The dossier's look: warm neutral page, white cards, one dark accent, red only for warnings."""

from ..widgets.style import ACCENT, DANGER, INK, LINE, MUTED, NAVY, PAGE

STYLE = f"""
#dossierPage, #dossierScroll, #dossierScroll > QWidget > QWidget {{ background: {PAGE}; }}
#topBar {{ background: white; border-bottom: 1px solid {LINE}; }}
#card {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
#card QLabel {{ background: transparent; }}
#sectionTitle {{ color: {MUTED}; font-size: 11px; font-weight: 600; letter-spacing: 1px; }}
#count {{ color: {MUTED}; font-size: 11px; }}
#nativeName {{ color: {INK}; font-size: 26px; font-weight: 600; }}
#latinName {{ color: {MUTED}; font-size: 16px; }}
#salutation {{ color: {INK}; font-size: 14px; }}
#salutationEn {{ color: {MUTED}; font-size: 13px; }}
#facts {{ color: {MUTED}; font-size: 12px; }}
#muted, #empty {{ color: {MUTED}; }}
#empty {{ font-style: italic; }}
#strong {{ color: {INK}; font-weight: 600; }}
#key {{ color: {MUTED}; font-size: 12px; }}
#tier {{ color: white; background: {NAVY}; border-radius: 4px; padding: 3px 10px;
         font-size: 11px; font-weight: 600; letter-spacing: 1px; }}
#tier[tier="vic"] {{ background: #1d1d1f; color: #d8c08a; }}
#tier[tier="platinum"] {{ background: #5b6470; }}
#tier[tier="gold"] {{ background: #9a7b3c; }}
#tier[tier="prospect"] {{ background: white; color: {MUTED}; border: 1px solid {LINE}; }}
#dnc {{ background: #fbeaea; border: 1px solid #e4b4b4; border-left: 4px solid {DANGER}; border-radius: 6px; }}
#dncTitle {{ color: {DANGER}; font-weight: 700; font-size: 13px; }}
#dncReason {{ color: #5c1a1d; }}
#chip, QToolButton#chip {{ background: #f1eee8; color: {INK}; border: 1px solid {LINE}; border-radius: 11px;
         padding: 2px 9px; }}
QToolButton#chip[tone="dislike"] {{ background: white; color: {DANGER}; border-color: #e8c7c7; }}
QToolButton#chip::menu-indicator {{ image: none; width: 0; }}
QToolButton#chip:hover {{ border-color: {ACCENT}; }}
#badge {{ border-radius: 4px; padding: 1px 7px; font-size: 11px; font-weight: 600;
          background: #eceff3; color: {NAVY}; }}
#badge[tone="gift_idea"] {{ background: #f6eedf; color: #7a5a1c; }}
#badge[tone="style"] {{ background: #eee9f5; color: #4b3a75; }}
#badge[tone="service"] {{ background: #e5f1ec; color: #255c45; }}
#badge[tone="granted"] {{ background: #e5f1ec; color: #255c45; }}
#badge[tone="withdrawn"] {{ background: #f3f1ee; color: {MUTED}; }}
#badge[tone="open"] {{ background: #f3ece1; color: #6b5231; }}
#badge[tone="fulfilled"] {{ background: #e5f1ec; color: #255c45; }}
#badge[tone="dropped"] {{ background: #f3f1ee; color: {MUTED}; }}
#person {{ border-top: 1px solid {LINE}; }}
#note {{ border-top: 1px solid {LINE}; background: transparent; }}
#noteBody {{ color: {INK}; }}
QPlainTextEdit#noteFull {{ border: 1px solid {LINE}; border-radius: 6px; background: #fdfcfa; color: {INK}; }}
#error {{ color: {DANGER}; }}
#status {{ color: #255c45; font-weight: 600; }}
QPushButton#link, QToolButton#more {{ border: none; background: transparent; color: {ACCENT};
                                      padding: 2px 4px; }}
QPushButton#link:hover, QToolButton#more:hover {{ text-decoration: underline; }}
QToolButton#more::menu-indicator {{ image: none; width: 0; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: none; border-radius: 5px;
                       padding: 6px 14px; font-weight: 600; }}
QPushButton#primary:disabled {{ background: #9aa4ae; }}
QPushButton#flat {{ border: 1px solid {LINE}; background: white; border-radius: 5px; padding: 5px 12px; }}
QPushButton#flat:hover {{ border-color: {ACCENT}; }}
QPlainTextEdit#composer {{ border: 1px solid {LINE}; border-radius: 6px; background: #fdfcfa; padding: 4px; }}
QPlainTextEdit#composer:focus {{ border-color: {ACCENT}; background: white; }}
QTableWidget#purchases {{ border: none; gridline-color: transparent; background: white;
                          alternate-background-color: #faf8f5; }}
QTableWidget#purchases QHeaderView::section {{ background: white; color: {MUTED}; border: none;
    border-bottom: 1px solid {LINE}; padding: 4px 6px; font-size: 11px; font-weight: 600; }}
"""
