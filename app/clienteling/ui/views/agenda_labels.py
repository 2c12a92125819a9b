"""Words and times of the agenda: what an appointment is for, where, its status, and how its
times read in the boutique's zone ("Mon 24 Mar", "10:00–11:30")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QTime

from ...domain.agenda import Appointment, to_local
from .dossier_format import locale

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)


def purpose(code: str) -> str:
    return {"styling_session": translate("Agenda", "Styling session"),
            "private_viewing": translate("Agenda", "Private viewing"),
            "fitting": translate("Agenda", "Fitting"),
            "alteration_fitting": translate("Agenda", "Alteration fitting"),
            "pickup": translate("Agenda", "Pickup"), "repair_drop_off": translate("Agenda", "Repair drop-off"),
            "event": translate("Agenda", "Event"), "video_call": translate("Agenda", "Video call")}.get(code, code)


def place(code: str) -> str:
    return {"boutique": translate("Agenda", "Boutique"), "salon": translate("Agenda", "Private salon"),
            "client_home": translate("Agenda", "Client's home"), "hotel": translate("Agenda", "Hotel"),
            "video": translate("Agenda", "Video")}.get(code, code)


def status(code: str) -> str:
    return {"booked": translate("Agenda", "Booked"), "confirmed": translate("Agenda", "Confirmed"),
            "done": translate("Agenda", "Done"), "no_show": translate("Agenda", "No-show"),
            "cancelled": translate("Agenda", "Cancelled")}.get(code, code)


def skip_reason(code: str) -> str:
    return {"all_day": translate("Agenda", "All-day event"),
            "too_long": translate("Agenda", "Longer than a day"),
            "repeats": translate("Agenda", "Repeating event"),
            "cancelled": translate("Agenda", "Cancelled in the calendar")}.get(code, code)


def linked_by(code: str) -> str:
    return {"appointment": translate("Agenda", "Already in the agenda"),
            "client_id": translate("Agenda", "Client from Clienteling"),
            "email": translate("Agenda", "By email"), "phone": translate("Agenda", "By phone")}.get(code, code)


def overlaps_with(names: str) -> str:
    return translate("Agenda", "Overlaps for the same advisor: %1").replace("%1", names)


def export_labels():
    """The words written into an exported calendar, in the advisor's language (an ExportLabels)."""
    from ...agenda.ics_export import ExportLabels
    from ...domain.vocab import AppointmentPurpose, Place

    return ExportLabels(purposes={p.value: purpose(p.value) for p in AppointmentPurpose},
                        places={p.value: place(p.value) for p in Place},
                        prepare=translate("Agenda", "To prepare"), advisor=translate("Agenda", "Advisor"))


def tooltip(lines: list[str]) -> str:
    """A tooltip of several lines of plain text (client text escaped, never read as markup)."""
    import html

    return "<qt>" + "<br>".join(html.escape(line) for line in lines if line) + "</qt>" if lines else ""


# -- times --------------------------------------------------------------------------------------
def local(ts: datetime, tz: str) -> datetime:
    """`ts` in the zone `tz`; with no zone recorded (""), in the laptop's."""
    return to_local(ts, tz) if tz else ts.astimezone()


def hm(ts: datetime, tz: str) -> str:
    local_ts = local(ts, tz)
    return locale().toString(QTime(local_ts.hour, local_ts.minute), "HH:mm")


def time_range(a: Appointment, tz: str) -> str:
    return f"{hm(a.starts_at, tz)}–{hm(a.ends_at, tz)}"


def day_short(day: date) -> str:
    return locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def day_long(day: date) -> str:
    return locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def when(a: Appointment, tz: str) -> str:
    """"Mon 24 Mar 2025, 10:00–11:30" in the boutique's zone."""
    day = local(a.starts_at, tz).date()
    return f"{locale().toString(QDate(day.year, day.month, day.day), 'ddd d MMM yyyy')}, {time_range(a, tz)}"


def period(first: date, days: int) -> str:
    if days == 1:
        return day_long(first)
    last = date.fromordinal(first.toordinal() + days - 1)
    loc = locale()
    if first.year != last.year:
        return f"{loc.toString(QDate(first.year, first.month, first.day), 'd MMM yyyy')} – " \
               f"{loc.toString(QDate(last.year, last.month, last.day), 'd MMM yyyy')}"
    if first.month != last.month:
        return f"{loc.toString(QDate(first.year, first.month, first.day), 'd MMM')} – " \
               f"{loc.toString(QDate(last.year, last.month, last.day), 'd MMM yyyy')}"
    return f"{first.day}–{loc.toString(QDate(last.year, last.month, last.day), 'd MMMM yyyy')}"


def minutes(n: int) -> str:
    hours, mins = divmod(n, 60)
    if not hours:
        return translate("Agenda", "%1 min").replace("%1", str(mins))
    if not mins:
        return translate("Agenda", "%1 h").replace("%1", str(hours))
    return translate("Agenda", "%1 h %2").replace("%1", str(hours)).replace("%2", f"{mins:02d}")
