"""Today's drafts are kept in the book while the advisor writes: a crash, a closed laptop or a closed
window loses at most the last second; reopening the prompt brings the text back (with when it was
kept, and a way back to the template); the draft goes once the prompt is done or dismissed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clienteling.config import DEMO
from clienteling.domain.vocab import Channel, OutreachPurpose
from clienteling.outreach.prompt import DraftContext, Prompt
from clienteling.services import Changes
from clienteling.services.drafts import DraftService
from clienteling.ui.views.draft_panel import SAVE_DELAY_MS
from clienteling.ui.views.today import TodayView

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 15, 9, 30, tzinfo=PARIS)  # 07:30 on this laptop's clock (UTC)
TODAY = NOW.date()
HOSTILE = "<b>Madame</b><img src=x onerror=alert(1)> '); DROP TABLE prompt_draft;-- ‮evil‬ 👜 &amp;"


@dataclass
class Shelf:
    """Prompts on a shelf; decisions are written down (the rules engine is tested elsewhere)."""

    prompts: list[Prompt]
    decisions: list[tuple] = field(default_factory=list)

    def queue(self, today):
        decided = {d[1].key for d in self.decisions}
        return SimpleNamespace(appointments=[], prompts=[p for p in self.prompts if p.key not in decided],
                               suppressed=[], problems=())

    def _decide(self, *decision):
        self.decisions.append(decision)
        return Changes.client(decision[1].client_id)

    def mark_done(self, prompt, channel, message, now):
        return self._decide("done", prompt, channel, message)

    def snooze(self, prompt, until, now):
        return self._decide("snoozed", prompt, until)

    def dismiss(self, prompt, reason, now):
        return self._decide("dismissed", prompt, reason)

    def draft_context(self, prompt):
        return DraftContext(purpose=prompt.purpose, language="en", title="mrs", family_name="Dupont",
                            given_name="Héloïse", family_name_latin="", given_name_latin="", advisor="Camille",
                            boutique="Paris Saint-Honoré",
                            details={"item": "Weekender bag", "category": "leather_goods",
                                     "purchased_on": date(2026, 4, 13)})


@pytest.fixture
def client_id(make_client):
    return make_client(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR",
                       emails=[("", "heloise@example.fr")], phones=[("", "06 12 34 56 78")])


@pytest.fixture
def shelf(client_id):
    def prompt(key, due, channel=Channel.EMAIL):
        return Prompt(key=key, client_id=client_id, purpose=OutreachPurpose.THANK_YOU, due=due, priority=2,
                      why="Bought {item}: send a thank-you", why_args={"item": "a Weekender bag"},
                      client_name="Mrs Dupont", language="en", channel=channel)
    return Shelf([prompt("thanks:a", TODAY - timedelta(days=1)), prompt("thanks:b", TODAY),
                  prompt("thanks:c", TODAY + timedelta(days=2), Channel.SMS)])


@pytest.fixture
def make_view(qtbot, tm, shelf):
    def make() -> TodayView:
        view = TodayView(tm, DEMO, service=lambda s: shelf, clock=lambda: NOW, opener=lambda url: True)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.book_opened()
        return view
    return make


def open_draft(qtbot, view, key):
    view.select(view.model.find(key))
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    return view.panel


def kept(book, key):
    return book(lambda s: DraftService(s.book).kept(key))


def test_what_the_advisor_types_is_kept_a_second_after_the_last_key(qtbot, make_view, book):
    panel = open_draft(qtbot, make_view(), "thanks:a")
    template = panel.body.toPlainText()
    assert template and not panel.kept_row.isVisible() and kept(book, "thanks:a") is None  # opening keeps nothing
    panel.body.moveCursor(panel.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.body, " See you on Friday.")
    assert panel._save_timer.isActive() and kept(book, "thanks:a") is None  # not at every key
    qtbot.waitUntil(lambda: kept(book, "thanks:a") is not None, timeout=SAVE_DELAY_MS + 3000)
    draft = kept(book, "thanks:a")
    assert draft.body == template + " See you on Friday." and draft.channel == "email"
    assert draft.subject == panel.subject.text() and draft.client_id == panel.prompt.client_id
    assert book(lambda s: s.book.query("SELECT count(*) FROM outbox WHERE entity = 'prompt_draft'")) == [(0,)]
    # the note follows once the save's answer reaches the UI thread (just after the book has the draft)
    qtbot.waitUntil(lambda: panel.kept_note.text() == "Draft kept from 09:30", timeout=5000)  # boutique's clock, not 07:30


def test_a_new_window_brings_back_the_kept_draft_and_can_start_again_from_the_template(qtbot, make_view, book):
    first = make_view()
    panel = open_draft(qtbot, first, "thanks:b")
    template = (panel.subject.text(), panel.body.toPlainText())
    panel.subject.clear()
    qtbot.keyClicks(panel.subject, "Merci")
    panel.body.setPlainText("Chère Madame Dupont, merci encore.")
    first.close()  # the window goes (or the app crashes after the second): the text is in the book
    book(lambda s: None)
    again = open_draft(qtbot, make_view(), "thanks:b")
    assert (again.subject.text(), again.body.toPlainText()) == ("Merci", "Chère Madame Dupont, merci encore.")
    assert again.kept_row.isVisible() and again.kept_note.text() == "Draft kept from 09:30"
    assert again.restart_button.isVisible()
    again.restart_button.click()
    assert (again.subject.text(), again.body.toPlainText()) == template
    assert not again.kept_row.isVisible()
    qtbot.waitUntil(lambda: kept(book, "thanks:b") is None, timeout=5000)


def test_another_day_says_which_day_the_draft_was_kept(qtbot, make_view, book, client_id):
    book(lambda s: DraftService(s.book).save("thanks:a", client_id, "email", "Hello", "Written on Monday",
                                             datetime(2026, 4, 13, 16, 5, tzinfo=PARIS)))
    panel = open_draft(qtbot, make_view(), "thanks:a")
    assert panel.body.toPlainText() == "Written on Monday"
    assert panel.kept_note.text() == "Draft kept from 13 Apr 2026, 16:05"


def test_moving_to_another_prompt_or_closing_the_draft_keeps_the_text_at_once(qtbot, make_view, book):
    view = make_view()
    panel = open_draft(qtbot, view, "thanks:a")
    panel.body.setPlainText("First words")
    open_draft(qtbot, view, "thanks:b")  # no wait: switching keeps it before the next draft loads
    assert kept(book, "thanks:a").body == "First words"
    panel.body.setPlainText("Second words")
    qtbot.keyClick(panel.body, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert kept(book, "thanks:b").body == "Second words"
    assert open_draft(qtbot, view, "thanks:a").body.toPlainText() == "First words"


def test_done_and_dismissed_prompts_drop_their_draft_a_snoozed_one_keeps_it(qtbot, make_view, book, shelf):
    view = make_view()
    for key in ("thanks:a", "thanks:b", "thanks:c"):
        panel = open_draft(qtbot, view, key)
        panel.body.setPlainText(f"Words for {key}")
    view.close_panel()
    assert all(kept(book, k) for k in ("thanks:a", "thanks:b", "thanks:c"))

    panel = open_draft(qtbot, view, "thanks:a")
    qtbot.keyClick(panel.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # mark done
    qtbot.waitUntil(lambda: len(shelf.decisions) == 1, timeout=5000)
    assert shelf.decisions[0][3].endswith("Words for thanks:a")
    qtbot.waitUntil(lambda: kept(book, "thanks:a") is None, timeout=5000)

    view.close_panel()
    view.select(view.model.find("thanks:b"))
    dialog = view.dismiss()
    qtbot.keyClicks(dialog.reason.lineEdit(), "Seen in the boutique")
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shelf.decisions) == 2, timeout=5000)
    qtbot.waitUntil(lambda: kept(book, "thanks:b") is None, timeout=5000)

    view.select(view.model.find("thanks:c"))
    dialog = view.snooze()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shelf.decisions) == 3, timeout=5000)
    book(lambda s: None)
    assert kept(book, "thanks:c").body == "Words for thanks:c"  # it comes back with the prompt


def test_d_on_the_list_logs_the_draft_kept_from_an_earlier_day(qtbot, make_view, book, shelf, client_id):
    book(lambda s: DraftService(s.book).save("thanks:c", client_id, "sms", "", "Bonjour, votre sac est prêt.",
                                             datetime(2026, 4, 14, 18, 0, tzinfo=PARIS)))
    view = make_view()
    view.select(view.model.find("thanks:c"))
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: bool(shelf.decisions), timeout=5000)
    assert shelf.decisions[0][:4] == ("done", shelf.prompts[2], Channel.SMS, "Bonjour, votre sac est prêt.")
    qtbot.waitUntil(lambda: kept(book, "thanks:c") is None, timeout=5000)


def test_a_very_long_and_a_hostile_text_are_kept_and_shown_as_typed(qtbot, make_view, book):
    view = make_view()
    panel = open_draft(qtbot, view, "thanks:a")
    long_text = ("Chère Madame, " * 4000)[:50_000]
    panel.body.setPlainText(long_text)
    panel = open_draft(qtbot, view, "thanks:b")
    panel.subject.setText(HOSTILE)
    panel.subject.textEdited.emit(HOSTILE)
    panel.body.setPlainText(HOSTILE + "\n" + HOSTILE)
    view.close_panel()
    book(lambda s: None)
    assert len(kept(book, "thanks:a").body) == 50_000
    assert kept(book, "thanks:b").subject == HOSTILE
    assert book(lambda s: s.book.query("SELECT count(*) FROM prompt_draft")) == [(2,)]  # the table is still there
    fresh = make_view()
    panel = open_draft(qtbot, fresh, "thanks:a")
    assert panel.body.toPlainText() == long_text
    panel = open_draft(qtbot, fresh, "thanks:b")
    assert panel.subject.text() == HOSTILE and panel.body.toPlainText() == HOSTILE + "\n" + HOSTILE
    labels = [w for w in panel.findChildren(QLabel) if w.text()]
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels if "<" in w.text() or "Draft" in w.text())


def test_a_draft_too_long_to_keep_says_so(qtbot, make_view, book):
    view = make_view()
    panel = open_draft(qtbot, view, "thanks:a")
    panel.body.setPlainText("x" * 200_001)
    panel.save_now()
    qtbot.waitUntil(lambda: "could not be kept" in panel.status.text(), timeout=5000)
    assert "too long" in panel.status.text() and kept(book, "thanks:a") is None
