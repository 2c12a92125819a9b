"""The agenda's pure parts: calendar files (.ics) out and in, and what a pre-appointment brief holds.

No Qt, no SQL, no HTTP. `ics_export` writes appointments for Outlook, Google and Apple
Calendar (stable UIDs, the boutique's VTIMEZONE); `ics_import` reads their files into
validated events or refuses the whole file with one sentence; `brief` picks from a
dossier what an advisor reads before an appointment.
"""

from .brief import Brief, build_brief

_ICS = {"ExportEvent": "ics_export", "ExportLabels": "ics_export", "export_ics": "ics_export", "uid_of": "ics_export",
        "MAX_BYTES": "ics_import", "CalendarEvent": "ics_import", "Skip": "ics_import", "parse_ics": "ics_import"}


def __getattr__(name: str):
    """The calendar-file modules (and icalendar under them) load on first use, not with the app."""
    if name in _ICS:
        from importlib import import_module

        return getattr(import_module(f".{_ICS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Brief", "build_brief", "ExportEvent", "ExportLabels", "export_ics", "uid_of", "MAX_BYTES",
           "CalendarEvent", "Skip", "parse_ics"]
