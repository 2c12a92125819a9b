"""The gates every prompt passes: decisions, do-not-contact, quiet periods, consent, the frequency
cap; the queue's order; keys that are the same on every run and device."""

from __future__ import annotations

from datetime import date, datetime, timezone

from clienteling.domain.vocab import Channel, OutreachPurpose
from clienteling.outreach.context import RuleContext
from clienteling.outreach.facts import BookFacts, ClientFacts, DateFact, GateFacts, PurchaseFact, StateFact
from clienteling.outreach.gate import channel_for, client_name, gate
from clienteling.outreach.prompt import Prompt, Suppression
from clienteling.outreach.rules import all_prompts
from clienteling.outreach.settings import OutreachSettings

TODAY = date(2026, 4, 15)
AT = datetime(2026, 4, 1, 9, 0, tzinfo=timezone.utc)


def ctx(**settings) -> RuleContext:
    return RuleContext.on(TODAY, "Europe/Paris", settings=OutreachSettings(**settings), locale="en")


def client(cid="c1", channel="wechat", language="zh-Hans", dnc=False, quiet=None) -> ClientFacts:
    return ClientFacts(cid, "张", "伟", "Zhang", "Wei", "mr", language, channel, dnc, quiet)


def prompt(key="thanks:c1:2026-04-13", client_id="c1", purpose=OutreachPurpose.THANK_YOU, due=TODAY, priority=2):
    return Prompt(key, client_id, purpose, due, priority, "Bought {item}", {"item": "a bag"})


def facts(*clients: ClientFacts, granted=None, last=None, states=()) -> GateFacts:
    return GateFacts(clients={c.id: c for c in clients},
                     granted=granted if granted is not None else {c.id: frozenset({c.channel}) for c in clients},
                     last_contact=last or {}, states={s.prompt_key: s for s in states})


def gated(p: Prompt, f: GateFacts, **settings) -> Prompt:
    ready, held = gate([p], f, ctx(**settings))
    return (ready + held)[0]


def test_an_open_prompt_gets_the_clients_name_language_and_preferred_channel():
    p = gated(prompt(), facts(client()))
    assert p.actionable and p.suppressed is None
    assert p.client_name == "Mr Zhang · 张先生" and p.language == "zh-Hans" and p.channel == Channel.WECHAT
    assert client_name(client(language="en"), "en") == "Mr Zhang"


def test_consent_preferred_channel_else_another_granted_one_else_held_back():
    assert channel_for("wechat", {"wechat", "email"}) == Channel.WECHAT
    assert channel_for("wechat", {"phone", "email"}) == Channel.EMAIL  # the first of CHANNEL_ORDER
    assert channel_for("wechat", set()) is None
    p = gated(prompt(), facts(client(), granted={"c1": frozenset({"sms"})}))
    assert p.actionable and p.channel == Channel.SMS
    p = gated(prompt(), facts(client(), granted={}))
    assert not p.actionable and p.suppressed == Suppression.NO_CONSENT


def test_do_not_contact_holds_everything_back_even_aftercare():
    f = facts(client(dnc=True))
    assert gated(prompt(), f).suppressed == Suppression.DO_NOT_CONTACT
    pickup = prompt("pickup:c1:k1", purpose=OutreachPurpose.AFTERCARE_MILESTONE)
    assert gated(pickup, f).suppressed == Suppression.DO_NOT_CONTACT


def test_a_quiet_period_holds_prompts_until_its_last_day_has_passed():
    assert gated(prompt(), facts(client(quiet=date(2026, 4, 16)))).suppressed == Suppression.QUIET_PERIOD
    assert gated(prompt(), facts(client(quiet=TODAY))).actionable  # contact resumes on that day


def test_the_frequency_cap_holds_back_outreach_but_never_a_service_obligation():
    recent = facts(client(), last={"c1": date(2026, 4, 9)})  # 6 days ago
    assert gated(prompt(), recent).suppressed == Suppression.FREQUENCY_CAP
    pickup = prompt("pickup:c1:k1", purpose=OutreachPurpose.AFTERCARE_MILESTONE)
    assert gated(pickup, recent).actionable
    assert gated(prompt(), facts(client(), last={"c1": date(2026, 4, 8)})).actionable  # 7 days ago
    assert gated(prompt(), recent, frequency_cap_days=5).actionable
    assert gated(prompt(), facts(client(), last={"c1": TODAY}), frequency_cap_days=0).actionable


def test_decisions_done_dismissed_snoozed():
    key = "thanks:c1:2026-04-13"

    def decided(state, until=None):
        return gated(prompt(key), facts(client(), states=[StateFact("c1", key, state, until, AT)]))

    assert decided("done").suppressed == Suppression.DONE
    assert decided("dismissed").suppressed == Suppression.DISMISSED
    snoozed = decided("snoozed", date(2026, 4, 20))
    assert snoozed.suppressed == Suppression.SNOOZED and snoozed.snoozed_until == date(2026, 4, 20)
    assert decided("snoozed", TODAY).actionable  # the snooze has run out: back in the queue


def test_the_decision_shows_before_do_not_contact():
    f = facts(client(dnc=True), states=[StateFact("c1", "thanks:c1:2026-04-13", "done", None, AT)])
    assert gated(prompt(), f).suppressed == Suppression.DONE


def test_prompts_of_clients_gone_from_the_book_are_dropped():
    assert gate([prompt(client_id="gone")], facts(client()), ctx()) == ([], [])


def test_the_queue_is_overdue_first_then_priority_then_due_day():
    ps = [prompt("a", due=date(2026, 4, 20), priority=4), prompt("b", due=date(2026, 4, 16), priority=2),
          prompt("c", due=date(2026, 4, 10), priority=3), prompt("d", due=date(2026, 4, 12), priority=1),
          prompt("e", due=TODAY, priority=2), prompt("f", due=date(2026, 4, 13), priority=3)]
    ready, _ = gate(ps, facts(client()), ctx())
    assert [p.key for p in ready] == ["d", "c", "f", "e", "b", "a"]


def test_keys_are_built_from_ids_and_days_only_so_every_run_and_device_agrees():
    book = BookFacts(dates=[DateFact("c1", "d1", None, "birthday", "", 1980, 4, 20, "")],
                     purchases=[PurchaseFact("c1", "p1", date(2026, 4, 13), "Rivoli 28 tote", "leather_goods", 9800.0),
                                PurchaseFact("c1", "p2", date(2025, 10, 15), "Palais wallet", "leather_goods", 900.0)])
    first = all_prompts(book, ctx())
    again = all_prompts(book, RuleContext.on(TODAY, "Asia/Shanghai", locale="zh_CN"))
    assert sorted(p.key for p in first) == sorted(p.key for p in again) == [
        "birthday:c1:d1:2026", "care:c1:p2:1", "thanks:c1:2026-04-13"]
    assert {p.key: p.why_args for p in first} != {p.key: p.why_args for p in again}  # only the words differ


def test_gating_in_place_gives_the_copies_result_and_can_be_run_again():
    states = [StateFact("c2", "thanks:c2:2026-04-13", "snoozed", date(2026, 4, 20), AT)]
    f = facts(client(), client("c2", channel="email", language="fr"), client("c3", dnc=True), states=states)
    made = [prompt(), prompt("thanks:c2:2026-04-13", "c2"), prompt("thanks:c3:2026-04-13", "c3"),
            prompt("thanks:gone:2026-04-13", "gone")]
    copies = gate(made, f, ctx())
    assert [p.client_name for p in made] == ["", "", "", ""]  # copies leave the given prompts as they were
    fields = ("key", "client_name", "language", "channel", "suppressed", "snoozed_until")
    view = lambda lists: [[tuple(getattr(p, a) for a in fields) for p in ps] for ps in lists]  # noqa: E731
    filled = gate(made, f, ctx(), in_place=True)
    assert view(filled) == view(copies) and filled[0][0] is made[0]
    assert made[1].suppressed == Suppression.SNOOZED and made[2].suppressed == Suppression.DO_NOT_CONTACT
    f.states.clear()  # the snooze taken back: gating the same prompts again clears what it had set
    again = gate(made, f, ctx(), in_place=True)
    assert made[1].suppressed is None and made[1].snoozed_until is None and made[1] in again[0]
