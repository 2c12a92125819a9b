"""A prompt's reason is translated with the words filled into it (stage, appointment), not only its frame."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTranslator

from clienteling.domain.vocab import OutreachPurpose
from clienteling.outreach.prompt import Prompt
from clienteling.ui.views.today_labels import why

FRENCH = {"{stage} is late for {item}": "{stage} est en retard pour {item}", "the quote": "le devis"}


class _Words(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return FRENCH.get(source, "") if context == "Prompts" else ""


def test_marked_words_in_a_reason_are_translated_and_data_is_left_as_it_is(qapp):
    prompt = Prompt(key="k", client_id="c", purpose=OutreachPurpose.AFTERCARE_MILESTONE, due=date(2026, 11, 23),
                    priority=1, why="{stage} is late for {item}", why_args={"stage": "the quote", "item": "the quote"})
    translator = _Words()
    QCoreApplication.installTranslator(translator)
    try:
        assert why(prompt) == "le devis est en retard pour the quote"  # `item` is the client's own data
    finally:
        QCoreApplication.removeTranslator(translator)
    assert why(prompt) == "the quote is late for the quote"
