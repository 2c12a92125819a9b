"""The agenda's pure parts: calendar files (.ics) out and in, and what a pre-appointment brief holds.

No Qt, no SQL, no HTTP. `ics_export` writes appointments for Outlook, Google and Apple
Calendar (stable UIDs, the boutique's VTIMEZONE); `ics_import` reads their files into
validated events or refuses the whole file with one sentence; `brief` picks from a
dossier what an advisor reads before an appointment.
"""

from .brief import Brief, build_brief
from .ics_export import ExportEvent, ExportLabels, export_ics, uid_of
from .ics_import import MAX_BYTES, CalendarEvent, Skip, parse_ics

__all__ = ["Brief", "build_brief", "ExportEvent", "ExportLabels", "export_ics", "uid_of", "MAX_BYTES",
           "CalendarEvent", "Skip", "parse_ics"]
