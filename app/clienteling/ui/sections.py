"""The places the main window can show besides the client book: Today, Agenda, Aftercare, Insights.

Each section is a page built on first visit by `factory(window)`. A page may have:
- `book_opened()`: called when the book is open (at once if it already is);
- a signal `open_client_requested(str)`: the window opens that client's dossier.
Each page carries its section's title (`section_title(page)`): a dossier opened from it names it
on its way back ("← Today"). The toolbar shows the sections in this order, with Ctrl+1…
shortcuts (Clients is Ctrl+2); the first (Today) is the page the window shows when the book opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CLIENTS = "clients"
TODAY = "today"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    tooltip: str
    factory: Callable[[QWidget], QWidget] | None  # None: the window's own client book


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


TITLE_PROPERTY = "sectionTitle"


def section_title(page: QWidget | None) -> str:
    """The title of the section `page` shows; the client book (the window's own page) otherwise."""
    title = page.property(TITLE_PROPERTY) if page is not None else None
    return title if isinstance(title, str) and title else QCoreApplication.translate("Sections", "Clients")


def _titled(factory: Callable[[QWidget], QWidget], title: str) -> Callable[[QWidget], QWidget]:
    """`factory`, its page carrying the section's title."""
    def build(window: QWidget) -> QWidget:
        page = factory(window)
        page.setProperty(TITLE_PROPERTY, title)
        return page
    return build


def _today(window: QWidget) -> QWidget:
    from .views.today import TodayView

    return TodayView(window.tm, window.boutique, window)


def _insights(window: QWidget) -> QWidget:
    from .views.kpi import KpiView

    return KpiView(window.tm, window.boutique, window)


def _aftercare(window: QWidget) -> QWidget:
    from .views.cases import AftercarePage

    return AftercarePage(window.tm, window)


def _agenda(window: QWidget) -> QWidget:
    from .views.agenda import AgendaView

    return AgendaView(window.tm, window.boutique, window)


def sections() -> list[Section]:
    """Every section, in toolbar order; the first is the home page. Add a place here, not in main_window.py."""
    places = [
        Section(TODAY, _tr("Today"), _tr("Today's appointments and whom to contact, with drafts"), _today),
        Section(CLIENTS, _tr("Clients"), _tr("The client book: search and dossiers"), None),
        Section("agenda", _tr("Agenda"), _tr("Appointments: the day and the week, briefs, calendar files"), _agenda),
        Section("aftercare", _tr("Aftercare"), _tr("Open aftercare cases: repairs, services, bespoke orders"),
                _aftercare),
        Section("insights", _tr("Insights"), _tr("Follow-ups, outreach, aftercare and segments in charts"),
                _insights),
    ]
    return [replace(p, factory=_titled(p.factory, p.title)) if p.factory else p for p in places]
