"""Words and times of the agenda: what an appointment is for, where, its status, and how its
times read in the boutique's zone ("Mon 24 Mar", "10:00–11:30")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QTime

from ...domain.agenda import Appointment, to_local
from .dossier_format import locale


def _t(text: str) -> str:
    return QCoreApplication.translate("Agenda", text)


def purpose(code: str) -> str:
    return {"styling_session": _t("Styling session"), "private_viewing": _t("Private viewing"),
            "fitting": _t("Fitting"), "alteration_fitting": _t("Alteration fitting"), "pickup": _t("Pickup"),
            "repair_drop_off": _t("Repair drop-off"), "event": _t("Event"),
            "video_call": _t("Video call")}.get(code, code)


def place(code: str) -> str:
    return {"boutique": _t("Boutique"), "salon": _t("Private salon"), "client_home": _t("Client's home"),
            "hotel": _t("Hotel"), "video": _t("Video")}.get(code, code)


def status(code: str) -> str:
    return {"booked": _t("Booked"), "confirmed": _t("Confirmed"), "done": _t("Done"), "no_show": _t("No-show"),
            "cancelled": _t("Cancelled")}.get(code, code)


def skip_reason(code: str) -> str:
    return {"all_day": _t("All-day event"), "too_long": _t("Longer than a day"),
            "repeats": _t("Repeating event"), "cancelled": _t("Cancelled in the calendar")}.get(code, code)


def linked_by(code: str) -> str:
    return {"appointment": _t("Already in the agenda"), "client_id": _t("Client from Clienteling"),
            "email": _t("By email"), "phone": _t("By phone")}.get(code, code)


def overlaps_with(names: str) -> str:
    return _t("Overlaps for the same advisor: %1").replace("%1", names)


def export_labels():
    """The words written into an exported calendar, in the advisor's language (an ExportLabels)."""
    from ...agenda.ics_export import ExportLabels
    from ...domain.vocab import AppointmentPurpose, Place

    return ExportLabels(purposes={p.value: purpose(p.value) for p in AppointmentPurpose},
                        places={p.value: place(p.value) for p in Place},
                        prepare=_t("To prepare"), advisor=_t("Advisor"))


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
        return _t("%1 min").replace("%1", str(mins))
    if not mins:
        return _t("%1 h").replace("%1", str(hours))
    return _t("%1 h %2").replace("%1", str(hours)).replace("%2", f"{mins:02d}")
