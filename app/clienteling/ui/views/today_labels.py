"""Words for the Today view: why a prompt is held back, what an appointment is for, and a
prompt's reason translated in context "Prompts" (the rules mark them with QT_TRANSLATE_NOOP)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...outreach.prompt import Prompt
from ...outreach.wording import TRANSLATED_ARGS

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)


def why(prompt: Prompt) -> str:
    """The prompt's reason in the advisor's language, its placeholders filled."""
    text = translate("Prompts", prompt.why)
    args = {k: translate("Prompts", v) if k in TRANSLATED_ARGS and isinstance(v, str) else v
            for k, v in prompt.why_args.items()}
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English still reads
        return prompt.why_text()


def suppression(code: str) -> str:
    return {"do_not_contact": translate("Today", "Do not contact"),
            "no_consent": translate("Today", "No channel the client agreed to"),
            "frequency_cap": translate("Today", "Contacted recently (frequency cap)"),
            "quiet_period": translate("Today", "Quiet period"), "snoozed": translate("Today", "Snoozed"),
            "done": translate("Today", "Done"), "dismissed": translate("Today", "Dismissed")}.get(code, code)


def appointment_purpose(code: str) -> str:
    return {"styling_session": translate("Today", "Styling session"),
            "private_viewing": translate("Today", "Private viewing"), "fitting": translate("Today", "Fitting"),
            "alteration_fitting": translate("Today", "Alteration fitting"),
            "pickup": translate("Today", "Pickup"), "repair_drop_off": translate("Today", "Repair drop-off"),
            "event": translate("Today", "Event"), "video_call": translate("Today", "Video call")}.get(code, code)


def place(code: str) -> str:
    return {"boutique": translate("Today", "Boutique"), "salon": translate("Today", "Private salon"),
            "client_home": translate("Today", "Client's home"), "hotel": translate("Today", "Hotel"),
            "video": translate("Today", "Video")}.get(code, code)


def appointment_status(code: str) -> str:
    return {"booked": translate("Today", "Booked"), "confirmed": translate("Today", "Confirmed"),
            "done": translate("Today", "Done"), "no_show": translate("Today", "No-show"),
            "cancelled": translate("Today", "Cancelled")}.get(code, code)
