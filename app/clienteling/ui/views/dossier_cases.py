"""The dossier's aftercare cases: each open case with a bar of its stages, the day each was reached,
the promised date, the quote and where it stands against its SLAs (in colour and in words).

The case lines (with their SLA state) come from the aftercare service through the TaskManager
each time the dossier is shown; `shown` is emitted once they are on screen. "Open a case…",
the advance button (its menu skips ahead or goes back) and each case's "⋯" menu act through
the service too; the dossier reloads from the TaskManager's `changed`, as for every edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ...domain import Dossier
from ...domain.vocab import CaseStatus
from ...outreach.sla import SlaState
from ...services.aftercare import CaseLine, aftercare
from ..dialogs.case_editor import CaseEditorDialog
from ..taskman import error_text
from ..widgets.confirm import confirm
from ..widgets.style import ACCENT, DANGER, LINE
from ..widgets.text import alive, plain_label
from .dossier_actions import DossierActions
from .dossier_format import moment, money, short_date
from .dossier_parts import Section, actions_menu, badge, more_button

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)

PAST_SHOWN = 3  # closed or cancelled cases listed under the open ones
AMBER = "#b7791f"
GREEN = "#2f7d57"
CASE_STYLE = f"""
#caseCard {{ border-top: 1px solid {LINE}; background: transparent; }}
#badge[tone="case"] {{ background: #eceff3; color: #2c3e50; }}
#sla {{ border-radius: 4px; padding: 2px 8px; font-size: 12px; font-weight: 600; }}
#sla[tone="breached"], #sla[tone="late"] {{ background: #fbeaea; color: {DANGER}; }}
#sla[tone="near"] {{ background: #fbf1df; color: #7a4d0b; }}
#sla[tone="on_track"] {{ background: #e5f1ec; color: #255c45; }}
QToolButton#advance {{ border: 1px solid {ACCENT}; border-radius: 4px; padding: 3px 8px; color: {ACCENT};
                       background: white; }}
QToolButton#advance:hover {{ background: #f6efe4; }}
QToolButton#advance[menu="true"] {{ padding-right: 22px; }}
QToolButton#advance::menu-button {{ width: 18px; border-left: 1px solid {LINE}; }}
"""


def kind_label(code: str) -> str:
    return {"repair": translate("Aftercare", "Repair"), "alteration": translate("Aftercare", "Alteration"),
            "service": translate("Aftercare", "Service"), "cleaning": translate("Aftercare", "Cleaning & care"),
            "engraving": translate("Aftercare", "Engraving"), "bespoke": translate("Aftercare", "Bespoke order")}.get(code, code)


def stage_label(code: str) -> str:
    return {"received": translate("Aftercare", "Received"),
            "sent_to_workshop": translate("Aftercare", "Sent to workshop"),
            "quote_sent": translate("Aftercare", "Quote sent"), "approved": translate("Aftercare", "Approved"),
            "in_progress": translate("Aftercare", "In progress"),
            "back_in_boutique": translate("Aftercare", "Back in boutique"),
            "collected": translate("Aftercare", "Collected"), "fitting": translate("Aftercare", "Fitting"),
            "brief": translate("Aftercare", "Brief"),
            "design_proposal": translate("Aftercare", "Design proposal"),
            "client_confirmation": translate("Aftercare", "Client confirmation"),
            "production": translate("Aftercare", "Production"), "delivered": translate("Aftercare", "Delivered")}.get(code, code)


def sla_words(state: SlaState | None, late_promise: bool = False) -> str:
    if state == SlaState.BREACHED:
        return translate("Aftercare", "Breached")
    if late_promise:
        return translate("Aftercare", "Promised date passed")
    return {SlaState.NEAR: translate("Aftercare", "Nearly breached"),
            SlaState.ON_TRACK: translate("Aftercare", "On track")}.get(state, "")


def sla_tone(line: CaseLine) -> str:
    if line.sla_state == SlaState.BREACHED:
        return "breached"
    if line.late_promise:
        return "late"
    return line.sla_state.value if line.sla_state is not None else ""


def sla_detail(line: CaseLine, zone: str = "") -> str:
    """What the badge refers to: "“Quote sent” was due 8 Nov 2025, 10:00", "Promised for 22 Nov and not ready"
    (times in the boutique's `zone`)."""
    parts = []
    if line.late_promise:
        parts.append(translate("Aftercare", "Promised for %1 and not ready").replace("%1", short_date(line.case.promised_on)))
    if line.sla is not None:
        stage, due = stage_label(line.sla.stage), moment(line.sla.due_at, zone)
        if line.sla.state == SlaState.BREACHED:
            parts.insert(0, translate("Aftercare", "“%1” was due %2").replace("%1", stage).replace("%2", due))
        elif line.late_promise:
            parts.append(translate("Aftercare", "next: “%1” due by %2").replace("%1", stage).replace("%2", due))
        else:
            parts.append(translate("Aftercare", "“%1” due by %2").replace("%1", stage).replace("%2", due))
    return "  ·  ".join(parts)


class StageBar(QWidget):
    """One segment per stage: reached in the accent colour, the current one darker, the rest grey."""

    def __init__(self, total: int, reached: int, tone: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.total, self.reached, self.tone = total, reached, tone
        self.setMinimumWidth(80)
        self.setAccessibleName(translate("Aftercare", "Stage %1 of %2").replace("%1", str(reached)).replace("%2", str(total)))

    def sizeHint(self) -> QSize:
        return QSize(220, 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 8)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_stages(painter, QRectF(self.rect()).adjusted(0, 1, 0, -1), self.total, self.reached, self.tone)


def paint_stages(painter: QPainter, rect: QRectF, total: int, reached: int, tone: str = "") -> None:
    """Draw the stage bar in `rect` (the Aftercare table's delegate draws the same)."""
    if total <= 0:
        return
    gap = 3.0
    width = (rect.width() - gap * (total - 1)) / total
    done = QColor(DANGER if tone in ("breached", "late") else ACCENT)
    current = done.darker(130)
    painter.setPen(Qt.PenStyle.NoPen)
    for i in range(total):
        colour = current if i == reached - 1 else (done if i < reached else QColor(LINE))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left() + i * (width + gap), rect.top(), width, rect.height()), 2, 2)


class CaseCard(QFrame):
    """One open case: kind, item, the advance control, the stage bar and dates, promise, quote, SLA."""

    def __init__(self, line: CaseLine, section: "CasesSection", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseCard")
        self.line = line
        case = line.case
        zone = section.actions.zone
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 10, 0, 6)
        col.setSpacing(5)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(badge(kind_label(case.kind.value), "case"))
        self.item = plain_label(case.item, "strong", selectable=True)
        head.addWidget(self.item, 1)
        self.advance_button = self._advance_control(section)
        if self.advance_button is not None:
            head.addWidget(self.advance_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(more_button([(self.tr("Edit case…"), lambda: section.edit_case(case)),
                                    (self.tr("Cancel case…"), lambda: section.cancel_case(case.id))],
                                   self.tr("Case actions")), 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)

        reached, total = case.progress
        progress = QHBoxLayout()
        progress.setSpacing(10)
        self.bar = StageBar(total, reached, sla_tone(line))
        self.bar.setFixedHeight(8)
        progress.addWidget(self.bar, 1)
        self.stage = plain_label(self.tr("%1 · stage %2 of %3").replace("%1", stage_label(case.stage))
                                 .replace("%2", str(reached)).replace("%3", str(total)), "muted", wrap=False)
        progress.addWidget(self.stage)
        col.addLayout(progress)

        dates = [f"{stage_label(s)} {short_date(at, zone)}" for s in case.stages if (at := line.reached_at(s))]
        self.dates = plain_label("  →  ".join(dates), "key", selectable=True)
        col.addWidget(self.dates)

        facts = []
        if case.promised_on:
            facts.append(self.tr("Promised %1").replace("%1", short_date(case.promised_on)))
        if case.quote_amount is not None:
            facts.append(self.tr("Quote %1").replace("%1", money(case.quote_amount, case.currency)))
        self.facts = plain_label("  ·  ".join(facts), "muted", selectable=True)
        self.facts.setVisible(bool(facts))
        col.addWidget(self.facts)

        self.sla = plain_label(sla_words(line.sla_state, line.late_promise), "sla", wrap=False)
        self.sla.setProperty("tone", sla_tone(line))
        self.sla.setToolTip(sla_detail(line, zone))
        self.sla_detail = plain_label(sla_detail(line, zone), "muted")
        sla_row = QHBoxLayout()
        sla_row.setSpacing(8)
        sla_row.addWidget(self.sla, 0, Qt.AlignmentFlag.AlignTop)
        sla_row.addWidget(self.sla_detail, 1)
        self.sla.setVisible(bool(self.sla.text()))
        self.sla_detail.setVisible(bool(self.sla.text()))
        col.addLayout(sla_row)

        for text in (case.request, case.notes):
            if text:
                col.addWidget(plain_label(text, "noteBody", selectable=True))

    def _advance_control(self, section: "CasesSection") -> QToolButton | None:
        case = self.line.case
        order = case.stages
        current = order.index(case.stage)
        if current + 1 >= len(order):
            return None
        following = order[current + 1]
        button = QToolButton()
        button.setObjectName("advance")
        last = current + 1 == len(order) - 1
        text = self.tr("→ %1").replace("%1", stage_label(following))
        button.setText(text)
        button.setToolTip(self.tr("Mark the case as “%1”%2").replace("%1", stage_label(following)).replace(
            "%2", self.tr(" (this closes it)") if last else ""))
        button.setAccessibleName(button.toolTip())
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: section.advance(case.id, following))
        menu = [(self.tr("Skip to “%1”").replace("%1", stage_label(s)), lambda s=s: section.advance(case.id, s))
                for s in order[current + 2:]]
        menu += [(self.tr("Go back to “%1”…").replace("%1", stage_label(s)), lambda s=s: section.go_back(case.id, s))
                 for s in reversed(order[:current])]
        if menu:
            actions_menu(button, menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setProperty("menu", True)
        return button


class CasesSection(Section):
    shown = Signal()  # the case lines are on screen

    def __init__(self, actions: DossierActions, parent: QWidget | None = None):
        super().__init__(self.tr("Aftercare"), self.tr("Open a case…"), self.open_case, parent)
        self.setStyleSheet(CASE_STYLE)
        self.actions = actions
        self.tm = actions.tm
        self.dossier: Dossier | None = None
        self.lines: list[CaseLine] = []
        self.cards: list[CaseCard] = []
        self._ticket = 0

    # -- loading ------------------------------------------------------------------------------
    def set_dossier(self, d: Dossier) -> None:
        if self.dossier is None or self.dossier.client.id != d.client.id:
            self.lines, self.cards = [], []
            self.reset()
            self.set_count(None)
        self.dossier = d
        self._ticket += 1
        ticket, client_id = self._ticket, d.client.id
        self.tm.run(lambda s: aftercare(s).client_cases(client_id), lambda lines: self._loaded(ticket, lines),
                    lambda exc: self._failed(ticket, exc), parent=self)

    def _loaded(self, ticket: int, lines: list[CaseLine]) -> None:
        if ticket != self._ticket or not alive(self):
            return
        self.lines = lines
        body = self.reset()
        open_lines = [line for line in lines if line.case.status == CaseStatus.OPEN]
        past = [line for line in lines if line.case.status != CaseStatus.OPEN]
        self.set_count(len(open_lines))
        self.cards = [CaseCard(line, self) for line in open_lines]
        for card in self.cards:
            body.addWidget(card)
        if not open_lines:
            self.add_empty(self.tr("No open cases."))
        if past:
            body.addWidget(plain_label(self.tr("Earlier cases"), "key"))
            for line in sorted(past, key=lambda x: x.stages[-1].at if x.stages else x.case.opened_at,
                               reverse=True)[:PAST_SHOWN]:
                body.addWidget(plain_label(self._past_text(line), "muted", selectable=True))
            if len(past) > PAST_SHOWN:
                body.addWidget(plain_label(self.tr("and %n more", "", len(past) - PAST_SHOWN), "muted"))
        self.shown.emit()

    def _past_text(self, line: CaseLine) -> str:
        case = line.case
        if case.status == CaseStatus.CANCELLED:
            what = self.tr("cancelled")
        else:
            at = line.reached_at(case.stage)
            what = (f"{stage_label(case.stage).lower()} {short_date(at, self.actions.zone)}" if at
                    else stage_label(case.stage).lower())
        return f"{kind_label(case.kind.value)} · {case.item} · {what}"

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket and alive(self):
            self.reset()
            self.add_empty(error_text(exc))
            self.shown.emit()

    # -- actions ------------------------------------------------------------------------------
    def open_case(self) -> CaseEditorDialog | None:
        return self._editor(None)

    def edit_case(self, case) -> CaseEditorDialog | None:
        return self._editor(case)

    def _editor(self, case) -> CaseEditorDialog | None:
        if self.dossier is None:
            return None
        dialog = CaseEditorDialog(self.tm, self.dossier.client.id, self.dossier.purchases, case,
                                  parent=self.actions.view)
        dialog.accepted.connect(self.actions.saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.actions.dialog_opened.emit(dialog)
        return dialog

    def advance(self, case_id: str, stage: str | None = None) -> None:
        self.tm.run(lambda s: aftercare(s).advance(case_id, stage), lambda _r: self.actions.saved.emit(),
                    self.actions.fail, parent=self)

    def go_back(self, case_id: str, stage: str, confirmed: bool = False) -> bool:
        if not confirmed and not confirm(self, self.tr("Go back"), self.tr(
                "Return this case to “%1”? The move is kept in the case's history.").replace("%1", stage_label(stage)),
                self.tr("Go back")):
            return False
        self.tm.run(lambda s: aftercare(s).go_back(case_id, stage), lambda _r: self.actions.saved.emit(),
                    self.actions.fail, parent=self)
        return True

    def cancel_case(self, case_id: str, confirmed: bool = False) -> bool:
        if not confirmed and not confirm(self, self.tr("Cancel case"), self.tr(
                "Cancel this case? It leaves the open cases; its history is kept."), self.tr("Cancel case")):
            return False
        self.tm.run(lambda s: aftercare(s).cancel(case_id), lambda _r: self.actions.saved.emit(),
                    self.actions.fail, parent=self)
        return True
