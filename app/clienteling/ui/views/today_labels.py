"""Words for the Today view: why a prompt is held back, what an appointment is for, and a
prompt's reason translated in context "Prompts" (the rules mark them with QT_TRANSLATE_NOOP)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...outreach.prompt import Prompt
from . import agenda_labels
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
    return agenda_labels.purpose(code)


def place(code: str) -> str:
    return agenda_labels.place(code)


def appointment_status(code: str) -> str:
    return agenda_labels.status(code)
