"""The Today view's own behaviour, over a small in-test outreach service holding real Prompts:
grouping and order, the keyboard, the draft panel's links, suppressed rows, failures.
(The real rules engine on a real book: test_today.py.)"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from clienteling.config import DEMO
from clienteling.domain import Appointment, build
from clienteling.domain.errors import ValidationError
from clienteling.domain.vocab import Channel, OutreachPurpose
from clienteling.outreach.prompt import DraftContext, Prompt, Suppression
from clienteling.services import ClientForm, Changes
from clienteling.ui.views.today import TodayView
from clienteling.ui.views.today_links import channel_url
from clienteling.ui.views.today_model import Kind

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 15, 9, 30, tzinfo=PARIS)
TODAY = NOW.date()


@dataclass
class ShelfService:
    """Prompts on a shelf: `queue` hands out the open ones, decisions are written down.
    Stands in for the rules engine in these widget tests only."""

    prompts: list[Prompt]
    held: list[Prompt] = field(default_factory=list)
    appointments: list = field(default_factory=list)
    decisions: list[tuple] = field(default_factory=list)
    refuse: str = ""
    problems: tuple[str, ...] = ()

    def queue(self, today):
        decided = {d[1].key for d in self.decisions}
        return SimpleNamespace(appointments=list(self.appointments),
                               prompts=[p for p in self.prompts if p.key not in decided],
                               suppressed=list(self.held), problems=self.problems)

    def _decide(self, kind, prompt, *args):
        if self.refuse:
            raise ValidationError(self.refuse)
        self.decisions.append((kind, prompt, *args))
        return Changes.client(prompt.client_id)

    def mark_done(self, prompt, channel, message, now):
        return self._decide("done", prompt, channel, message, now)

    def snooze(self, prompt, until, now):
        return self._decide("snoozed", prompt, until, now)

    def dismiss(self, prompt, reason, now):
        return self._decide("dismissed", prompt, reason, now)

    def draft_context(self, prompt):
        if prompt.purpose == OutreachPurpose.OTHER:
            raise ValidationError("The template en/other.j2 has a mistake (line 3)")
        zh = prompt.language == "zh-Hans"
        return DraftContext(purpose=prompt.purpose, language=prompt.language, title="mr" if zh else "mrs",
                            family_name="张" if zh else "Dupont", given_name="伟" if zh else "Héloïse",
                            family_name_latin="Zhang" if zh else "Dupont",
                            given_name_latin="Wei" if zh else "Héloïse", advisor="Camille",
                            boutique="Paris Saint-Honoré",
                            details={"item": "Weekender bag", "category": "leather_goods",
                                     "purchased_on": date(2026, 4, 13)})


def prompt(key, client_id, due, priority=3, channel=Channel.EMAIL, name="Mrs Dupont", language="en",
           why="Bought {item} on {day}: a thank-you is due", purpose=OutreachPurpose.THANK_YOU, **kw):
    return Prompt(key=key, client_id=client_id, purpose=purpose, due=due, priority=priority, why=why,
                  why_args={"item": "a Weekender bag", "day": "13 April"}, client_name=name,
                  language=language, channel=channel, **kw)


@pytest.fixture
def clients(make_client):
    return {
        "dupont": make_client(family_name="Dupont", given_name="Héloïse", title="mrs", country="FR",
                              preferred_language="fr", emails=[("", "heloise@example.fr")],
                              phones=[("", "06 12 34 56 78")]),
        "zhang": make_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                             title="mr", country="CN", preferred_language="zh-Hans",
                             emails=[("", "zhang.wei@example.cn")], phones=[("", "138 0013 8000")]),
    }


@pytest.fixture
def shelf(clients):
    d, z = clients["dupont"], clients["zhang"]
    return ShelfService(
        prompts=[
            prompt("thank_you:d:p1", d, TODAY - timedelta(days=3), 1),
            prompt("birthday:z:2026", z, TODAY, 2, channel=Channel.WECHAT, name="Mr Zhang · 张先生",
                   language="zh-Hans", why="Birthday on {day}", purpose=OutreachPurpose.BIRTHDAY),
            prompt("check_in:d:p0", d, TODAY + timedelta(days=4), 3, channel=Channel.WHATSAPP),
        ],
        held=[prompt("check_in:z:p9", z, TODAY, 3, name="Mr Zhang · 张先生",
                     suppressed=Suppression.FREQUENCY_CAP)],
        appointments=[(build(Appointment, client_id=z, starts_at=datetime(2026, 4, 15, 14, 0, tzinfo=PARIS),
                             duration_min=90, purpose="private_viewing", place="salon"), "Mr Zhang · 张先生")])


@pytest.fixture
def view(qtbot, tm, shelf):
    urls: list[str] = []
    v = TodayView(tm, DEMO, service=lambda s: shelf, clock=lambda: NOW, opener=lambda url: urls.append(url) or True)
    v.urls = urls
    qtbot.addWidget(v)
    v.resize(1200, 600)
    v.show()
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v.book_opened()
    return v


def cells(v, col=None):
    rows = v.model.rows()
    return [r.cells if col is None else r.cells[col] for r in rows]


def selected_key(v):
    row = v.current_row()
    return row.key if row else None


def press(qtbot, v, key):
    qtbot.keyClick(v.table, key)


def test_appointments_first_then_prompts_grouped_overdue_first(view):
    assert [r.kind for r in view.model.rows()] == [
        Kind.HEADER, Kind.APPOINTMENT, Kind.HEADER, Kind.PROMPT, Kind.HEADER, Kind.PROMPT, Kind.HEADER, Kind.PROMPT]
    titles = [r.cells[0] for r in view.model.rows() if r.kind == Kind.HEADER]
    assert titles == ["Appointments today · 1", "Overdue · 1", "Today · 1", "Coming up · 1"]
    appointment = view.model.rows()[1].cells
    assert appointment == ("14:00–15:30", "Mr Zhang · 张先生", "Private viewing", "Private salon")
    overdue = view.model.rows()[3].cells
    assert overdue == ("Sun 12 Apr", "Mrs Dupont", "Bought a Weekender bag on 13 April: a thank-you is due",
                       "Email")
    assert view.model.rows()[5].cells[3] == "WeChat" and view.model.rows()[5].cells[0] == "Today"
    assert view.summary.text() == "Appointments: 1 · To answer: 3 · Overdue: 1 · Suppressed: 1"
    assert "Wednesday 15 April" in view.title.text()
    assert selected_key(view).startswith("appointment:")  # the first thing of the day is selected


def test_appointment_times_are_in_the_boutiques_zone(qtbot, tm, shelf):
    tokyo = DEMO.model_copy(update={"timezone": "Asia/Tokyo"})
    v = TodayView(tm, tokyo, service=lambda s: shelf, clock=lambda: NOW)
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v.book_opened()
    assert v.model.rows()[1].cells[0] == "21:00–22:30"  # 14:00 in Paris (UTC+2) is 21:00 in Tokyo


def test_j_k_and_arrows_skip_group_titles(qtbot, view):
    press(qtbot, view, Qt.Key.Key_J)
    assert selected_key(view) == "thank_you:d:p1"
    press(qtbot, view, Qt.Key.Key_Down)
    assert selected_key(view) == "birthday:z:2026"
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_J)  # past the end: stays on the last row
    assert selected_key(view) == "check_in:d:p0"
    press(qtbot, view, Qt.Key.Key_K)
    press(qtbot, view, Qt.Key.Key_Up)
    assert selected_key(view) == "thank_you:d:p1"


def test_d_marks_done_and_the_row_leaves_once_saved(qtbot, view, shelf):
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_D)
    assert view.model.find("thank_you:d:p1") >= 0  # still there: the book has not answered yet
    qtbot.waitUntil(lambda: view.model.find("thank_you:d:p1") < 0, timeout=5000)
    assert [d[0] for d in shelf.decisions] == ["done"]
    assert shelf.decisions[0][2] == Channel.EMAIL
    assert selected_key(view) == "birthday:z:2026"  # the next prompt, ready for the next key


def test_a_refused_decision_keeps_the_row_and_says_why(qtbot, view, shelf, monkeypatch):
    shown = []
    monkeypatch.setattr("clienteling.ui.views.today_actions.show_error", lambda parent, exc: shown.append(str(exc)))
    shelf.refuse = "This client asked not to be contacted."
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["This client asked not to be contacted."]
    assert view.model.find("thank_you:d:p1") >= 0


def test_snooze_defaults_to_tomorrow_and_offers_next_week(qtbot, view, shelf):
    press(qtbot, view, Qt.Key.Key_J)
    dialog = view.snooze()
    assert dialog.day() == TODAY + timedelta(days=1)
    dialog.next_week_button.click()
    assert dialog.day() == TODAY + timedelta(days=7)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert shelf.decisions[0][:3] == ("snoozed", shelf.prompts[0], TODAY + timedelta(days=7))
    assert view.model.find("thank_you:d:p1") < 0


def test_dismiss_asks_for_a_reason(qtbot, view, shelf):
    press(qtbot, view, Qt.Key.Key_J)
    dialog = view.dismiss()
    dialog.save()
    assert dialog.error.isVisible() and "why" in dialog.error.text()
    assert shelf.decisions == []
    qtbot.keyClicks(dialog.reason.lineEdit(), "Moved to Milan")
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert shelf.decisions[0][0] == "dismissed" and shelf.decisions[0][2] == "Moved to Milan"


def test_o_and_enter_on_an_appointment_open_the_dossier(qtbot, view, clients):
    opened = []
    view.open_client_requested.connect(opened.append)
    press(qtbot, view, Qt.Key.Key_Return)  # the appointment is selected first
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_O)
    assert opened == [clients["zhang"], clients["dupont"]]


def test_suppressed_prompts_are_listed_with_their_reason_and_not_actionable(qtbot, view, shelf):
    assert view.model.find("check_in:z:p9") < 0
    view.show_suppressed.setChecked(True)
    at = view.model.find("check_in:z:p9")
    row = view.model.row(at)
    assert row.kind == Kind.SUPPRESSED and row.cells[3] == "Contacted recently (frequency cap)"
    assert view.model.rows()[at - 1].cells[0] == "Suppressed · 1"
    view.select(at)
    press(qtbot, view, Qt.Key.Key_D)
    press(qtbot, view, Qt.Key.Key_X)
    qtbot.wait(100)
    assert shelf.decisions == []
    assert "suppressed" in view.status.text()


def test_enter_opens_the_draft_and_mark_done_logs_the_edited_text(qtbot, view, shelf):
    press(qtbot, view, Qt.Key.Key_J)
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    panel = view.panel
    assert panel.isVisible() and panel.body.hasFocus()
    assert "Dupont" in panel.body.toPlainText() and panel.subject.isVisible()
    assert panel.address.text() == "heloise@example.fr"
    panel.body.setPlainText("Dear Mrs Dupont,\nThank you — see you soon.")
    subject = panel.subject.text()
    assert subject
    qtbot.keyClick(panel.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shelf.decisions), timeout=5000)
    kind, done, channel, message, _ = shelf.decisions[0]
    assert (kind, done.key, channel) == ("done", "thank_you:d:p1", Channel.EMAIL)
    assert message == f"{subject}\n\nDear Mrs Dupont,\nThank you — see you soon."


def test_the_draft_follows_to_the_next_prompt_after_done(qtbot, view, shelf):
    press(qtbot, view, Qt.Key.Key_J)
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        view.panel.done_button.click()
    assert view.panel.prompt.key == "birthday:z:2026"
    assert view.panel.address.text() == "Paste the text in WeChat"


def test_wechat_copies_the_text_and_says_where_to_paste(qtbot, view):
    view.select(view.model.find("birthday:z:2026"))
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    assert view.panel.open_button.text() == "Copy for WeChat"
    view.panel.body.setPlainText("张先生，生日快乐！")
    view.panel.open_button.click()
    assert QGuiApplication.clipboard().text() == "张先生，生日快乐！"
    assert view.panel.status.text() == "Copied — paste it in WeChat"
    assert view.urls == []


def test_whatsapp_link_carries_the_number_digits_and_the_text(qtbot, view):
    view.select(view.model.find("check_in:d:p0"))
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    view.panel.body.setPlainText("Bonjour Madame, à bientôt ?")
    view.panel.open_button.click()
    assert view.urls == ["https://wa.me/33612345678?text=Bonjour%20Madame%2C%20%C3%A0%20bient%C3%B4t%20%3F"]


def test_edits_are_kept_when_moving_between_prompts(qtbot, view):
    press(qtbot, view, Qt.Key.Key_J)
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    view.panel.body.setPlainText("My own words")
    press(qtbot, view, Qt.Key.Key_J)
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    assert view.panel.body.toPlainText() != "My own words"
    press(qtbot, view, Qt.Key.Key_K)
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        press(qtbot, view, Qt.Key.Key_Return)
    assert view.panel.body.toPlainText() == "My own words"


def test_client_text_in_a_why_is_shown_literally(qtbot, view, shelf):
    hostile = prompt("wishlist:d:x", shelf.prompts[0].client_id, TODAY, why="Wished for {item}")
    hostile = replace(hostile, why_args={"item": "<b>bold</b><img src=x>"})
    shelf.prompts.append(hostile)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    row = view.model.row(view.model.find("wishlist:d:x"))
    assert row.cells[2] == "Wished for <b>bold</b><img src=x>"
    tip = view.model.data(view.model.index(view.model.find("wishlist:d:x"), 2), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip


def test_mailto_links_encode_a_chinese_subject_and_crlf_lines():
    url = channel_url(Channel.EMAIL, email="zhang.wei@example.cn", subject="生日快乐，张先生",
                      body="尊敬的张先生：\n祝您生日快乐！")
    assert url.isascii()
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "zhang.wei@example.cn"
    query = parse_qs(parts.query)
    assert query["subject"] == ["生日快乐，张先生"]
    assert query["body"] == ["尊敬的张先生：\r\n祝您生日快乐！"]
    assert "subject=%E7%94%9F%E6%97%A5" in url
    assert channel_url(Channel.SMS, phone="+8613800138000", body="您好 & 再见") == \
        "sms:+8613800138000?body=%E6%82%A8%E5%A5%BD%20%26%20%E5%86%8D%E8%A7%81"
    assert channel_url(Channel.PHONE, phone="+33612345678") == "tel:+33612345678"
    assert unquote(channel_url(Channel.WHATSAPP, phone="+33 6 12 34 56 78", body="a+b").split("text=")[1]) == "a+b"
    assert channel_url(Channel.WECHAT, phone="+33612345678", body="x") is None
    assert channel_url(Channel.EMAIL, email="", body="x") is None


def test_a_view_left_open_overnight_moves_to_the_new_day(qtbot, tm, shelf):
    now = [NOW]
    v = TodayView(tm, DEMO, service=lambda s: shelf, clock=lambda: now[0])
    qtbot.addWidget(v)
    v.show()
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v.book_opened()
    v._check_day()
    assert v.today == TODAY and v.tm.idle  # same day: nothing read again
    now[0] = NOW + timedelta(days=1)
    with qtbot.waitSignal(v.loaded, timeout=10_000):
        v._check_day()
    assert v.today == TODAY + timedelta(days=1) and "Thursday 16 April" in v.title.text()
    assert v.model.row(v.model.find("thank_you:d:p1")).cells[0] == "Sun 12 Apr"


def test_a_problem_with_the_queue_is_said_above_the_list(qtbot, view, shelf):
    assert not view.problems.isVisible()
    shelf.problems = ("The new arrivals file new_arrivals.json cannot be read; new pieces are left out.",)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    assert view.problems.isVisible() and view.problems.text() == shelf.problems[0]
    assert view.model.find("thank_you:d:p1") >= 0  # the rest of the day is still there


def test_a_draft_that_cannot_be_written_leaves_a_text_to_write(qtbot, view, shelf):
    odd = prompt("other:d:1", shelf.prompts[0].client_id, TODAY, purpose=OutreachPurpose.OTHER)
    shelf.prompts.append(odd)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    view.select(view.model.find("other:d:1"))
    with qtbot.waitSignal(view.panel.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    panel = view.panel
    assert panel.body.toPlainText() == "" and panel.body.isEnabled()
    assert "en/other.j2 has a mistake" in panel.language.text() and "yourself" in panel.language.text()
    panel.body.setPlainText("Bonjour Madame, je vous appelle demain.")
    panel.done_button.click()
    qtbot.waitUntil(lambda: bool(shelf.decisions), timeout=5000)
    assert shelf.decisions[0][3] == "Bonjour Madame, je vous appelle demain."


def test_reading_the_queue_again_says_so_until_it_is_in(qtbot, view):
    view.reload()
    assert view.status.text() == "Updating…"
    qtbot.waitSignal(view.loaded, timeout=10_000).wait()
    assert view.status.text() == ""
