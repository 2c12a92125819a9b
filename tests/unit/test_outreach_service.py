"""OutreachService on a real (temporary) book: the queue, done / snooze / dismiss written and synced
like any change, what a draft gets to work from, segments and the weekly history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from clienteling.domain import Appointment, ImportantDate, PromptState, Purchase, build
from clienteling.domain.errors import ValidationError
from clienteling.domain.vocab import Channel, OutreachPurpose
from clienteling.outreach.prompt import Segment, Suppression
from clienteling.services.outreach import OutreachService
from clienteling.store import rows

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 4, 15)
NOW = datetime(2026, 4, 15, 10, 0, tzinfo=PARIS)


@pytest.fixture
def outreach(session):
    return OutreachService(session.book, session.boutique, "Camille Fabre")


def write(session, *records):
    with session.book.transaction() as db:
        for r in records:
            rows.write(db.conn, r)


def purchase(client_id, day, item="Rivoli 28 tote, noir calfskin", amount="9800.00", category="leather_goods"):
    return build(Purchase, client_id=client_id, purchased_on=day, item=item, category=category,
                 amount=Decimal(amount), currency="EUR", boutique="Paris Saint-Honoré")


@pytest.fixture
def zhang(add_client, svc, session):
    """A client who bought a bag two days ago, has a birthday soon and agreed to WeChat."""
    cid = add_client(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                     title="mr", preferred_language="zh-Hans", preferred_channel="wechat", country="CN")
    svc.set_consent(cid, "wechat", "granted")
    write(session, purchase(cid, date(2026, 4, 13)))
    svc.save_record(build(ImportantDate, client_id=cid, kind="birthday", label="", month=4, day=20, year=1975))
    return cid


def keyed(prompts, client_id=None):
    return {p.key.split(":")[0]: p for p in prompts if client_id is None or p.client_id == client_id}


def test_the_queue_lists_the_clients_prompts_with_name_channel_and_reason(outreach, zhang):
    q = outreach.queue(TODAY)
    mine = keyed(q.prompts, zhang)
    assert set(mine) == {"thanks", "birthday"}
    thanks = mine["thanks"]
    assert thanks.key == "thanks:" + zhang + ":2026-04-13"
    assert thanks.client_name == "Mr Zhang · 张先生" and thanks.channel == Channel.WECHAT
    assert thanks.language == "zh-Hans" and thanks.why_text() == "Bought Rivoli 28 tote, noir calfskin on April 13: send a thank-you"
    assert [p.key.split(":")[0] for p in q.prompts] == ["thanks", "birthday"]  # due first
    assert q.suppressed == [] and q.problems == ()


def test_clients_who_may_not_be_contacted_are_held_back_with_the_reason(outreach, add_client, svc, session):
    silent = add_client(family_name="Dupont", given_name="Héloïse", title="mrs", do_not_contact=True,
                        do_not_contact_reason="Asked in person")
    svc.set_consent(silent, "email", "granted")
    unasked = add_client(family_name="Rossi", given_name="Giulia", title="ms")
    withdrawn = add_client(family_name="Clarke", given_name="Emily", title="ms", preferred_channel="sms")
    svc.set_consent(withdrawn, "sms", "withdrawn")
    mourning = add_client(family_name="Lefèvre", given_name="Benoît", title="mr")
    svc.set_consent(mourning, "email", "granted")
    svc.set_field(mourning, "quiet_until", date(2026, 5, 1))
    svc.set_field(mourning, "quiet_reason", "Mourning: call after May")
    write(session, *(purchase(c, date(2026, 4, 13)) for c in (silent, unasked, withdrawn, mourning)))
    q = outreach.queue(TODAY)
    assert q.prompts == []
    reasons = {p.client_id: p.suppressed for p in q.suppressed}
    assert reasons == {silent: Suppression.DO_NOT_CONTACT, unasked: Suppression.NO_CONSENT,
                       withdrawn: Suppression.NO_CONSENT, mourning: Suppression.QUIET_PERIOD}
    assert all(not p.actionable for p in q.suppressed)
    later = outreach.queue(date(2026, 5, 12))  # the quiet period is over: the check-in may go
    assert set(keyed(later.prompts, mourning)) == {"check-in"}


def test_mark_done_logs_the_outreach_on_the_timeline_in_one_synced_change(outreach, zhang, session, outbox):
    thanks = keyed(outreach.queue(TODAY).prompts)["thanks"]
    before = len(outbox())
    changes = outreach.mark_done(thanks, Channel.WECHAT, "谢谢您的光临！", NOW)
    assert changes.clients == {zhang}
    [entry] = session.clients.dossier(zhang).outreach
    assert (entry.channel, entry.purpose, entry.prompt_key, entry.message, entry.advisor) == (
        Channel.WECHAT, OutreachPurpose.THANK_YOU, thanks.key, "谢谢您的光临！", "Camille Fabre")
    assert entry.at == NOW
    assert [(o["entity"], o["op"]) for o in outbox()[before:]] == [("outreach_log", "upsert"),
                                                                    ("prompt_state", "upsert")]
    q = outreach.queue(TODAY)
    held = keyed(q.suppressed, zhang)
    assert held["thanks"].suppressed == Suppression.DONE
    # the outreach counts for the frequency cap: the birthday waits
    assert held["birthday"].suppressed == Suppression.FREQUENCY_CAP
    assert keyed(outreach.queue(date(2026, 4, 22)).prompts, zhang)  # seven days later it may go


def test_mark_done_refuses_a_channel_the_client_did_not_agree_to_and_writes_nothing(outreach, zhang, session,
                                                                                   outbox, svc):
    thanks = keyed(outreach.queue(TODAY).prompts)["thanks"]
    before = len(outbox())
    with pytest.raises(ValidationError, match="has not agreed to be contacted by email"):
        outreach.mark_done(thanks, Channel.EMAIL, "Thank you", NOW)
    with pytest.raises(ValidationError, match="not a channel"):
        outreach.mark_done(thanks, "pigeon", "Thank you", NOW)
    svc.set_field(zhang, "do_not_contact", True)
    before = len(outbox())
    with pytest.raises(ValidationError, match="asked not to be contacted"):
        outreach.mark_done(thanks, Channel.WECHAT, "Thank you", NOW)
    assert len(outbox()) == before and session.clients.dossier(zhang).outreach == []


def test_snooze_hides_the_prompt_until_the_day_then_it_is_back(outreach, zhang, session):
    birthday = keyed(outreach.queue(TODAY).prompts)["birthday"]
    with pytest.raises(ValidationError, match="after today"):
        outreach.snooze(birthday, TODAY, NOW)
    outreach.snooze(birthday, date(2026, 4, 17), NOW)
    held = keyed(outreach.queue(TODAY).suppressed)["birthday"]
    assert held.suppressed == Suppression.SNOOZED and held.snoozed_until == date(2026, 4, 17)
    assert "birthday" not in keyed(outreach.queue(date(2026, 4, 16)).prompts)
    assert "birthday" in keyed(outreach.queue(date(2026, 4, 17)).prompts)
    outreach.snooze(birthday, date(2026, 4, 18), NOW + timedelta(hours=1))  # snoozed again: the same record
    states = rows.fetch(session.book.conn, PromptState, "client_id = ? AND deleted = 0", (zhang,))
    assert [(s.prompt_key, s.until) for s in states] == [(birthday.key, date(2026, 4, 18))]


def test_dismiss_needs_a_reason_and_hides_the_prompt_for_good(outreach, zhang):
    birthday = keyed(outreach.queue(TODAY).prompts)["birthday"]
    with pytest.raises(ValidationError, match="Say why"):
        outreach.dismiss(birthday, "   ", NOW)
    outreach.dismiss(birthday, "Celebrates with family only", NOW)
    for day in (TODAY, date(2026, 4, 20)):
        assert keyed(outreach.queue(day).suppressed)["birthday"].suppressed == Suppression.DISMISSED
    assert "birthday" not in keyed(outreach.queue(date(2027, 4, 10)).suppressed)  # next year: a new key
    assert "birthday" in keyed(outreach.queue(date(2027, 4, 10)).prompts)


def test_a_decision_on_a_client_deleted_meanwhile_says_so(outreach, zhang, svc):
    thanks = keyed(outreach.queue(TODAY).prompts)["thanks"]
    svc.delete_client(zhang)
    with pytest.raises(Exception, match="no longer exists"):
        outreach.dismiss(thanks, "Moved away", NOW)


def test_draft_context_carries_the_client_and_the_purchase(outreach, zhang):
    thanks = keyed(outreach.queue(TODAY).prompts)["thanks"]
    ctx = outreach.draft_context(thanks)
    assert (ctx.purpose, ctx.language, ctx.title, ctx.family_name, ctx.given_name_latin) == (
        OutreachPurpose.THANK_YOU, "zh-Hans", "mr", "张", "Wei")
    assert ctx.advisor == "Camille Fabre" and ctx.boutique == "Maison Démo · Paris Saint-Honoré"
    d = ctx.details
    assert (d["item"], d["category"], d["purchased_on"], d["amount"], d["currency"], d["more"]) == (
        "Rivoli 28 tote, noir calfskin", "leather_goods", date(2026, 4, 13), Decimal("9800.00"), "EUR", 0)
    assert d["country"] == "CN" and d["line"] == "Rivoli"
    birthday = keyed(outreach.queue(TODAY).prompts)["birthday"]
    d = outreach.draft_context(birthday).details
    assert (d["date"], d["occasion"], d.get("relation_name")) == (date(2026, 4, 20), "birthday", None)


def test_draft_context_of_a_follow_up_has_the_appointment_in_the_boutiques_time(outreach, zhang, session):
    at = datetime(2026, 4, 14, 17, 0, tzinfo=PARIS)
    write(session, build(Appointment, client_id=zhang, starts_at=at, status="done", purpose="fitting",
                         time_zone="Europe/Paris"))
    visit = keyed(outreach.queue(TODAY).prompts)["visit"]
    d = outreach.draft_context(visit).details
    assert d["appointment_at"] == at and d["appointment_at"].utcoffset() == timedelta(hours=2)


def test_todays_appointments_come_with_the_clients_name_in_time_order(outreach, zhang, add_client, session):
    other = add_client(family_name="Dupont", given_name="Héloïse")
    write(session,
          build(Appointment, client_id=other, starts_at=datetime(2026, 4, 15, 16, 0, tzinfo=PARIS)),
          build(Appointment, client_id=zhang, starts_at=datetime(2026, 4, 15, 10, 30, tzinfo=PARIS)),
          build(Appointment, client_id=zhang, starts_at=datetime(2026, 4, 15, 12, 0, tzinfo=PARIS),
                status="cancelled"),
          build(Appointment, client_id=zhang, starts_at=datetime(2026, 4, 16, 0, 30, tzinfo=PARIS)))
    q = outreach.queue(TODAY)
    assert [(a.starts_at.astimezone(PARIS).hour, name) for a, name in q.appointments] == [
        (10, "张伟 · Zhang Wei"), (16, "Héloïse Dupont")]


def test_segments_count_every_live_client(outreach, zhang, add_client, session):
    loyal = add_client(family_name="Al Hashimi", given_name="Fatima")
    write(session, *(purchase(loyal, TODAY - timedelta(days=d), amount="9000") for d in (20, 80, 150, 300)))
    gone = add_client(family_name="Ivanov", given_name="Dmitry")
    write(session, purchase(gone, date(2023, 1, 10)))
    add_client(family_name="Kim", given_name="Ji-eun")  # never bought
    counts = outreach.segments(TODAY)
    assert counts == {Segment.CORE: 1, Segment.POTENTIAL: 0, Segment.NEW: 1, Segment.AT_RISK: 0,
                      Segment.DORMANT: 1, Segment.NONE: 1}


def test_prompt_history_counts_decisions_and_overdue_prompts_per_week(outreach, zhang, add_client, svc, session):
    late = add_client(family_name="Dupont", given_name="Héloïse", title="mrs")
    svc.set_consent(late, "email", "granted")
    write(session, purchase(late, date(2026, 4, 1)))  # thank-you due on the 3rd, lapsed after the 10th
    q = keyed(outreach.queue(TODAY).prompts, zhang)
    outreach.mark_done(q["thanks"], Channel.WECHAT, "谢谢", datetime(2026, 4, 14, 18, 0, tzinfo=PARIS))
    outreach.dismiss(q["birthday"], "Not this year", datetime(2026, 4, 6, 9, 0, tzinfo=PARIS))
    weeks = outreach.prompt_history(3, TODAY)
    assert [(w.week, w.starts) for w in weeks] == [(14, date(2026, 3, 30)), (15, date(2026, 4, 6)),
                                                   (16, date(2026, 4, 13))]
    assert [(w.completed, w.dismissed) for w in weeks] == [(0, 0), (0, 1), (1, 0)]
    # Héloïse's thank-you (due 3 April) is overdue on Sunday the 5th and lapsed by the 12th; her welcome
    # (due the 8th) is overdue on the 12th and today
    assert [w.overdue for w in weeks] == [1, 1, 1]
    assert [p.key.split(":")[0] for p in outreach.queue(TODAY).overdue()] == ["welcome"]
    assert outreach.prompt_history(0, TODAY) == []
