"""What the rules put in a prompt's `why_args`: days in the boutique's locale, and words for codes.

Days are written by babel for the boutique's locale ("1 December", "1 décembre", "12月1日"),
with the year only when it is not this year's. Stage and appointment words are English,
marked in context "Prompts" so the UI can translate them like the sentence they fill.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton

from .prompt import QT_TRANSLATE_NOOP

STAGE_WORDS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Prompts", "reception"),
    "sent_to_workshop": QT_TRANSLATE_NOOP("Prompts", "sending to the workshop"),
    "quote_sent": QT_TRANSLATE_NOOP("Prompts", "the quote"),
    "approved": QT_TRANSLATE_NOOP("Prompts", "approval"),
    "in_progress": QT_TRANSLATE_NOOP("Prompts", "the work"),
    "fitting": QT_TRANSLATE_NOOP("Prompts", "the fitting"),
    "back_in_boutique": QT_TRANSLATE_NOOP("Prompts", "the return to the boutique"),
    "collected": QT_TRANSLATE_NOOP("Prompts", "collection"),
    "brief": QT_TRANSLATE_NOOP("Prompts", "the brief"),
    "design_proposal": QT_TRANSLATE_NOOP("Prompts", "the design proposal"),
    "client_confirmation": QT_TRANSLATE_NOOP("Prompts", "the client's confirmation"),
    "production": QT_TRANSLATE_NOOP("Prompts", "production"),
    "delivered": QT_TRANSLATE_NOOP("Prompts", "delivery"),
}

APPOINTMENT_WORDS: dict[str, str] = {
    "styling_session": QT_TRANSLATE_NOOP("Prompts", "Styling session"),
    "private_viewing": QT_TRANSLATE_NOOP("Prompts", "Private viewing"),
    "fitting": QT_TRANSLATE_NOOP("Prompts", "Fitting"),
    "alteration_fitting": QT_TRANSLATE_NOOP("Prompts", "Alteration fitting"),
    "pickup": QT_TRANSLATE_NOOP("Prompts", "Pickup"),
    "repair_drop_off": QT_TRANSLATE_NOOP("Prompts", "Repair drop-off"),
    "event": QT_TRANSLATE_NOOP("Prompts", "Event"),
    "video_call": QT_TRANSLATE_NOOP("Prompts", "Video call"),
}

DATE_WORDS: dict[str, str] = {
    "birthday": QT_TRANSLATE_NOOP("Prompts", "birthday"),
    "anniversary": QT_TRANSLATE_NOOP("Prompts", "anniversary"),
    "other": QT_TRANSLATE_NOOP("Prompts", "special day"),
}

# why_args keys whose values are marked words (translate them in "Prompts" too); the rest are data.
# `occasion` is a DATE_WORDS word or the advisor's own label for the date: a label has no
# translation, so it comes back as typed.
TRANSLATED_ARGS = frozenset({"stage", "appointment", "occasion"})


@lru_cache(maxsize=8)
def _locale(code: str) -> Locale:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=4096)
def _written(locale: str, skeleton: str, day: date) -> str:
    return format_skeleton(skeleton, day, locale=_locale(locale))


class DayWriter:
    """`writer(day)`: the day as the boutique's locale writes it; the year only when it differs."""

    def __init__(self, locale: str, today: date):
        self.locale = locale
        self.year = today.year

    def __call__(self, day: date) -> str:
        return _written(self.locale, "MMMMd" if day.year == self.year else "yMMMd", day)


def reading_language(locale: str) -> str:
    """The advisor's language (BCP 47, as Client.preferred_language) from the boutique's locale."""
    lang = locale.replace("-", "_").split("_")
    if lang[0] == "zh":
        return "zh-Hant" if len(lang) > 1 and lang[1] in ("TW", "HK", "MO", "Hant") else "zh-Hans"
    return lang[0]
