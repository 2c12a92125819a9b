"""Each prompt rule on its own, with fixed days: what it says, when it shows, when it lapses."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from clienteling.domain import AftercareCase, CaseStage
from clienteling.domain.vocab import OutreachPurpose
from clienteling.outreach.context import RuleContext
from clienteling.outreach.facts import AppointmentFact, DateFact, PurchaseFact
from clienteling.outreach.rules import (add_months, appointment_prompts, care_prompts, date_prompts, occurrence,
                                        purchase_prompts)
from clienteling.outreach.rules_aftercare import case_prompts
from clienteling.outreach.settings import OutreachSettings

PARIS = ZoneInfo("Europe/Paris")
UTC = timezone.utc


def ctx(day: date, **settings) -> RuleContext:
    return RuleContext.on(day, "Europe/Paris", settings=OutreachSettings(**settings))


def keys(prompts) -> list[str]:
    return sorted(p.key for p in prompts)


def one(prompts):
    assert len(prompts) == 1, [p.key for p in prompts]
    return prompts[0]


# -- dates ------------------------------------------------------------------------------------------
BIRTHDAY = DateFact("c1", "d1", None, "birthday", "Birthday", 1980, 4, 20, "")


def test_a_birthday_shows_two_weeks_ahead_and_a_week_after():
    assert date_prompts([BIRTHDAY], ctx(date(2026, 4, 5))) == []  # 15 days ahead
    p = one(date_prompts([BIRTHDAY], ctx(date(2026, 4, 6))))  # 14 days ahead
    assert p.key == "birthday:c1:d1:2026"
    assert p.purpose == OutreachPurpose.BIRTHDAY and p.priority == 2 and p.due == date(2026, 4, 20)
    assert p.why_text() == "Birthday on April 20" and p.subject_id == "d1"
    assert one(date_prompts([BIRTHDAY], ctx(date(2026, 4, 27)))).overdue(date(2026, 4, 27))  # a belated word
    assert date_prompts([BIRTHDAY], ctx(date(2026, 4, 28))) == []  # lapsed


def test_days_ahead_come_from_the_boutique_settings():
    assert date_prompts([BIRTHDAY], ctx(date(2026, 4, 13), dates_days_ahead=7)) != []
    assert date_prompts([BIRTHDAY], ctx(date(2026, 4, 12), dates_days_ahead=7)) == []


def test_a_date_across_new_year_is_keyed_by_the_year_it_falls_in():
    new_year = DateFact("c1", "d2", None, "anniversary", "Wedding anniversary", 2001, 1, 3, "")
    p = one(date_prompts([new_year], ctx(date(2026, 12, 24))))
    assert p.key == "date:c1:d2:2027" and p.due == date(2027, 1, 3)
    assert p.purpose == OutreachPurpose.IMPORTANT_DATE and p.priority == 3
    assert p.why_text() == "Wedding anniversary on Jan 3, 2027"
    assert one(date_prompts([new_year], ctx(date(2027, 1, 8)))).key == "date:c1:d2:2027"


def test_the_29th_of_february_is_marked_on_the_28th_in_other_years():
    leap = DateFact("c1", "d3", None, "birthday", "", None, 2, 29, "")
    assert occurrence(2027, 2, 29) == date(2027, 2, 28) and occurrence(2028, 2, 29) == date(2028, 2, 29)
    assert one(date_prompts([leap], ctx(date(2027, 2, 20)))).due == date(2027, 2, 28)
    assert one(date_prompts([leap], ctx(date(2028, 2, 20)))).due == date(2028, 2, 29)


def test_a_relations_date_is_a_gift_prompt_due_a_week_before_and_gone_after_the_day():
    wife = DateFact("c1", "d4", "r1", "birthday", "", None, 5, 10, "Mei Zhang")
    p = one(date_prompts([wife], ctx(date(2026, 4, 27))))
    assert p.key == "gift:c1:d4:2026" and p.due == date(2026, 5, 3) and p.priority == 3
    assert p.why_text() == "Gift for Mei Zhang: birthday on May 10"
    assert one(date_prompts([wife], ctx(date(2026, 5, 10)))).overdue(date(2026, 5, 10))
    assert date_prompts([wife], ctx(date(2026, 5, 11))) == []  # no gift after the day


def test_a_date_before_its_first_year_is_not_celebrated():
    child = DateFact("c1", "d5", "r2", "birthday", "Birthday of Léa", 2027, 4, 20, "Léa")
    assert date_prompts([child], ctx(date(2026, 4, 15))) == []


# -- purchases --------------------------------------------------------------------------------------
def bought(pid, day, item="Rivoli 28 tote, noir calfskin", category="leather_goods", amount=9800.0, client="c1"):
    return PurchaseFact(client, pid, day, item, category, amount)


def test_a_thank_you_is_due_two_days_after_a_purchase_day_about_its_dearest_piece():
    day = date(2026, 4, 10)
    pieces = [bought("p1", day), bought("p2", day, "Orsay card holder", amount=390.0),
              bought("p3", day, "Silk carré 90", "accessories", 490.0)]
    p = one([x for x in purchase_prompts(pieces, ctx(day)) if x.purpose == OutreachPurpose.THANK_YOU])
    assert p.key == "thanks:c1:2026-04-10" and p.due == date(2026, 4, 12) and p.priority == 2
    assert p.subject_id == "p1"
    assert p.why_text() == "Bought Rivoli 28 tote, noir calfskin and 2 more on April 10: send a thank-you"
    assert [x.key for x in purchase_prompts(pieces, ctx(date(2026, 4, 19)))] == ["thanks:c1:2026-04-10"]
    assert purchase_prompts(pieces, ctx(date(2026, 4, 20))) == []  # lapsed a week after it was due
    assert purchase_prompts([bought("p4", day, amount=0.0)], ctx(day)) == []  # nothing bought (an exchange)


def test_a_check_in_is_due_a_month_after_and_shown_from_three_days_before():
    pieces = [bought("p1", date(2026, 3, 1))]
    assert purchase_prompts(pieces, ctx(date(2026, 3, 27))) == []
    p = one(purchase_prompts(pieces, ctx(date(2026, 3, 28))))
    assert p.key == "check-in:c1:2026-03-01" and p.purpose == OutreachPurpose.CHECK_IN
    assert p.due == date(2026, 3, 31) and p.priority == 3
    assert p.why_text() == "Bought Rivoli 28 tote, noir calfskin on March 1: check in on how they enjoy it"
    assert purchase_prompts(pieces, ctx(date(2026, 4, 8))) == []


def test_care_comes_round_by_category_leather_every_6_months_watches_4_years_jewellery_yearly():
    leather = bought("p1", date(2025, 10, 20))
    watch = bought("p2", date(2022, 4, 18), "Palais chronograph 41 mm", "watches", 12800.0)
    ring = bought("p3", date(2025, 4, 21), "Vendôme ring", "jewellery", 3900.0)
    scarf = bought("p4", date(2025, 10, 20), "Silk carré 90", "accessories", 490.0)
    found = care_prompts([leather, watch, ring, scarf], ctx(date(2026, 4, 19)))
    assert keys(found) == ["care:c1:p1:1", "care:c1:p2:1", "care:c1:p3:1"]
    by_key = {p.key: p for p in found}
    assert by_key["care:c1:p1:1"].why_text() == "Bought Rivoli 28 tote, noir calfskin on Oct 20, 2025: leather care due"
    assert by_key["care:c1:p2:1"].due == date(2026, 4, 18)
    assert by_key["care:c1:p2:1"].why_text().endswith("watch service due")
    assert by_key["care:c1:p3:1"].why_text().endswith("jewellery cleaning due")
    assert all(p.purpose == OutreachPurpose.AFTERCARE_SCHEDULE and p.priority == 3 for p in found)
    # six months later the bag's care comes round again, with a new key
    assert keys(care_prompts([leather], ctx(date(2026, 10, 20)))) == ["care:c1:p1:2"]
    assert care_prompts([leather], ctx(date(2026, 7, 20))) == []


def test_care_table_is_the_boutiques():
    leather = bought("p1", date(2025, 10, 20))
    assert care_prompts([leather], ctx(date(2026, 1, 20), care_every_months={"leather_goods": 3})) != []
    assert care_prompts([leather], ctx(date(2026, 4, 20), care_every_months={"watches": 48})) == []


def test_care_keeps_to_the_end_of_short_months_and_skips_a_piece_already_in_care():
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    bag = bought("p1", date(2025, 8, 31))
    assert one(care_prompts([bag], ctx(date(2026, 2, 28)))).due == date(2026, 2, 28)
    assert care_prompts([bag], ctx(date(2026, 2, 28)), in_care=frozenset({"p1"})) == []


# -- appointments -----------------------------------------------------------------------------------
def visit(aid, local: datetime, status: str, purpose="fitting"):
    return AppointmentFact("c1", aid, local.astimezone(UTC), status, purpose, "Europe/Paris")


def test_a_visit_is_followed_up_the_next_day_and_a_no_show_gets_a_word():
    done = visit("a1", datetime(2026, 4, 14, 18, 0, tzinfo=PARIS), "done")
    missed = visit("a2", datetime(2026, 4, 14, 11, 0, tzinfo=PARIS), "no_show", "private_viewing")
    booked = visit("a3", datetime(2026, 4, 14, 12, 0, tzinfo=PARIS), "booked")
    cancelled = visit("a4", datetime(2026, 4, 14, 12, 0, tzinfo=PARIS), "cancelled")
    found = {p.key: p for p in appointment_prompts([done, missed, booked, cancelled], ctx(date(2026, 4, 15)))}
    assert sorted(found) == ["no-show:c1:a2", "visit:c1:a1"]
    assert found["visit:c1:a1"].due == date(2026, 4, 15) and found["visit:c1:a1"].priority == 2
    assert found["visit:c1:a1"].why_text() == "Fitting on April 14: follow up"
    assert found["no-show:c1:a2"].purpose == OutreachPurpose.NO_SHOW
    assert found["no-show:c1:a2"].why_text() == "Missed the Private viewing on April 14: offer a new time"
    assert appointment_prompts([done], ctx(date(2026, 4, 23))) == []


def test_a_late_evening_visit_belongs_to_the_boutiques_day_not_utcs():
    # 00:30 in Paris on the 15th is 22:30 UTC on the 14th
    late = visit("a5", datetime(2026, 4, 15, 0, 30, tzinfo=PARIS), "done")
    assert one(appointment_prompts([late], ctx(date(2026, 4, 15)))).due == date(2026, 4, 16)
    assert appointment_prompts([late], ctx(date(2026, 4, 14))) == []


# -- aftercare milestones ---------------------------------------------------------------------------
def case(stage: str, opened: datetime, kind="repair", promised_on=None, status="open"):
    return AftercareCase(id="k1", client_id="c1", kind=kind, item="Rivoli 28 tote", stage=stage, status=status,
                         opened_at=opened, promised_on=promised_on, quote_amount=Decimal("180"), currency="EUR")


def stage(name: str, at: datetime) -> CaseStage:
    return CaseStage(client_id="c1", case_id="k1", stage=name, at=at)


OPENED = datetime(2026, 4, 1, 10, 0, tzinfo=PARIS)


def history(*names_days):
    return [stage(n, datetime(2026, 4, d, 11, 0, tzinfo=PARIS)) for n, d in names_days]


def test_an_item_back_in_the_boutique_is_ready_for_pickup():
    k = case("back_in_boutique", OPENED)
    stages = history(("received", 1), ("sent_to_workshop", 2), ("quote_sent", 4), ("approved", 5),
                     ("in_progress", 6), ("back_in_boutique", 12))
    found = case_prompts([k], stages, ctx(date(2026, 4, 15)))
    p = one(found)
    assert p.key == "pickup:c1:k1" and p.due == date(2026, 4, 12) and p.priority == 2
    assert p.purpose == OutreachPurpose.AFTERCARE_MILESTONE
    assert p.why_text() == "Rivoli 28 tote is back in the boutique: ready for pickup"
    assert case_prompts([k.model_copy(update={"status": "closed"})], stages, ctx(date(2026, 4, 15))) == []


def test_a_quote_waiting_for_approval_is_chased_after_three_days():
    k = case("quote_sent", OPENED)
    stages = history(("received", 1), ("sent_to_workshop", 2), ("quote_sent", 4))
    assert case_prompts([k], stages, ctx(date(2026, 4, 3))) == []
    p = one(case_prompts([k], stages, ctx(date(2026, 4, 5))))
    assert p.key == "quote:c1:k1" and p.due == date(2026, 4, 7)
    assert p.why_text() == "Quote for Rivoli 28 tote sent on April 4: awaiting approval"
    proposal = case("design_proposal", OPENED, kind="bespoke")
    p = one(case_prompts([proposal], [stage("design_proposal", datetime(2026, 4, 4, 11, tzinfo=PARIS))],
                         ctx(date(2026, 4, 7))))
    assert p.why_text() == "Design proposal for Rivoli 28 tote sent on April 4: awaiting confirmation"


def test_an_sla_nearly_breached_then_breached_is_a_prompt_each_time():
    # a repair must reach the workshop within 48 h of being received
    k = case("received", OPENED)
    stages = history(("received", 1))
    near = RuleContext.on(date(2026, 4, 2), "Europe/Paris", now=OPENED + timedelta(hours=40))
    p = one(case_prompts([k], stages, near))
    assert p.key == "sla:c1:k1:sent_to_workshop:near" and p.priority == 2 and p.due == date(2026, 4, 3)
    assert p.why_text() == "Rivoli 28 tote: sending to the workshop is due by April 3 (SLA nearly breached)"
    late = RuleContext.on(date(2026, 4, 4), "Europe/Paris", now=OPENED + timedelta(hours=60))
    p = one(case_prompts([k], stages, late))
    assert p.key == "sla:c1:k1:sent_to_workshop:breached" and p.priority == 1
    assert p.why_text() == "Rivoli 28 tote: sending to the workshop was due on April 3 (SLA breached)"


def test_a_promised_day_passed_before_the_item_is_ready_is_most_urgent():
    k = case("in_progress", OPENED, promised_on=date(2026, 4, 10))
    stages = history(("received", 1), ("sent_to_workshop", 2), ("quote_sent", 3), ("approved", 4),
                     ("in_progress", 5))
    on_time = RuleContext.on(date(2026, 4, 10), "Europe/Paris", now=OPENED + timedelta(days=3))
    assert [p.key for p in case_prompts([k], stages, on_time)] == []
    after = RuleContext.on(date(2026, 4, 11), "Europe/Paris", now=OPENED + timedelta(days=3))
    p = one(case_prompts([k], stages, after))
    assert p.key == "promise:c1:k1" and p.priority == 1 and p.overdue(date(2026, 4, 11))
    assert p.why_text() == "Rivoli 28 tote was promised for April 10 and is not ready: tell the client"


@pytest.mark.parametrize("locale, text", [("fr", "Birthday on 20 avril"),
                                          ("zh_CN", "Birthday on 4月20日")])
def test_days_in_the_why_follow_the_boutiques_locale(locale, text):
    c = RuleContext.on(date(2026, 4, 15), "Europe/Paris", locale=locale)
    assert one(date_prompts([BIRTHDAY], c)).why_text() == text


def test_a_case_makes_one_prompt_at_a_time_the_most_pressing():
    # back in the boutique but not collected within the SLA (45 days for a repair): pickup, most urgent
    k = case("back_in_boutique", OPENED)
    stages = history(("received", 1), ("sent_to_workshop", 2), ("quote_sent", 3), ("approved", 4),
                     ("in_progress", 5), ("back_in_boutique", 9))
    late = RuleContext.on(date(2026, 5, 20), "Europe/Paris", now=OPENED + timedelta(days=49))
    p = one(case_prompts([k], stages, late))
    assert p.key == "pickup:c1:k1" and p.priority == 1
    # a quote unanswered after its SLA passed: the breach, not the chase
    k = case("quote_sent", OPENED)
    stages = history(("received", 1), ("quote_sent", 8))  # 7 days to send a 5-day quote
    p = one(case_prompts([k], stages, RuleContext.on(date(2026, 4, 12), "Europe/Paris",
                                                   now=OPENED + timedelta(days=11))))
    assert p.key == "quote:c1:k1"  # the quote went late but is sent: nothing more is owed on it
    promised = case("in_progress", OPENED, promised_on=date(2026, 4, 10))
    stages = history(("received", 1))  # and the workshop SLA is breached too
    after = RuleContext.on(date(2026, 4, 11), "Europe/Paris", now=OPENED + timedelta(days=10))
    assert one(case_prompts([promised], stages, after)).key == "promise:c1:k1"
