"""Words for the Today view: why a prompt is held back, what an appointment is for, and a
prompt's reason translated in context "Prompts" (the rules mark them with QT_TRANSLATE_NOOP)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...outreach.prompt import Prompt
from ...outreach.wording import TRANSLATED_ARGS


def _t(text: str) -> str:
    return QCoreApplication.translate("Today", text)


def why(prompt: Prompt) -> str:
    """The prompt's reason in the advisor's language, its placeholders filled."""
    text = QCoreApplication.translate("Prompts", prompt.why)
    args = {k: QCoreApplication.translate("Prompts", v) if k in TRANSLATED_ARGS and isinstance(v, str) else v
            for k, v in prompt.why_args.items()}
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English still reads
        return prompt.why_text()


def suppression(code: str) -> str:
    return {"do_not_contact": _t("Do not contact"),
            "no_consent": _t("No channel the client agreed to"),
            "frequency_cap": _t("Contacted recently (frequency cap)"),
            "quiet_period": _t("Quiet period"),
            "snoozed": _t("Snoozed"),
            "done": _t("Done"),
            "dismissed": _t("Dismissed")}.get(code, code)


def appointment_purpose(code: str) -> str:
    return {"styling_session": _t("Styling session"), "private_viewing": _t("Private viewing"),
            "fitting": _t("Fitting"), "alteration_fitting": _t("Alteration fitting"), "pickup": _t("Pickup"),
            "repair_drop_off": _t("Repair drop-off"), "event": _t("Event"),
            "video_call": _t("Video call")}.get(code, code)


def place(code: str) -> str:
    return {"boutique": _t("Boutique"), "salon": _t("Private salon"), "client_home": _t("Client's home"),
            "hotel": _t("Hotel"), "video": _t("Video")}.get(code, code)


def appointment_status(code: str) -> str:
    return {"booked": _t("Booked"), "confirmed": _t("Confirmed"), "done": _t("Done"),
            "no_show": _t("No-show"), "cancelled": _t("Cancelled")}.get(code, code)
