"""Re-engagement by segment (welcome, core, at risk, dormant) and new arrivals / wishes by taste."""

from __future__ import annotations

from datetime import date, timedelta

from clienteling.domain.vocab import OutreachPurpose
from clienteling.outreach.catalogue import Arrival
from clienteling.outreach.context import RuleContext
from clienteling.outreach.facts import PreferenceFact, PurchaseFact, RfmFact, SizeFact, WishFact
from clienteling.outreach.rules_recall import core_day, recall_prompts
from clienteling.outreach.rules_taste import taste_prompts
from clienteling.outreach.settings import OutreachSettings

TODAY = date(2026, 4, 15)


def ctx(day: date = TODAY, **settings) -> RuleContext:
    return RuleContext.on(day, "Europe/Paris", settings=OutreachSettings(**settings))


def rfm(client="c1", first=None, last=None, count=1, spend=1000.0, total=None) -> RfmFact:
    return RfmFact(client, first, last or first, count, spend, spend if total is None else total)


# -- re-engagement -----------------------------------------------------------------------------------
def test_a_new_client_is_welcomed_a_week_after_the_first_purchase():
    r = rfm(first=date(2026, 4, 8))
    p = recall_prompts([r], {}, ctx())[0]
    assert p.key == "welcome:c1:2026-04-08" and p.due == date(2026, 4, 15) and p.priority == 3
    assert p.purpose == OutreachPurpose.RE_ENGAGEMENT
    assert p.why_text() == "First purchase on April 8: welcome them to the maison"
    assert recall_prompts([r], {}, ctx(date(2026, 4, 23))) == []  # lapsed


def test_a_core_client_gets_personal_attention_once_a_quarter_on_their_own_day():
    r = rfm(first=date(2024, 1, 10), last=date(2026, 3, 1), count=6, spend=42_000)
    day = core_day("c1", TODAY)
    assert date(2026, 4, 1) <= day <= date(2026, 6, 30)
    assert core_day("c1", date(2026, 5, 30)) == day  # the same day all quarter
    p = recall_prompts([r], {}, ctx(day))[0]
    assert p.key == "core:c1:2026-Q2" and p.due == day
    assert p.why_text() == "Core client (last purchase March 1): invite them personally to the next event"
    assert recall_prompts([r], {}, ctx(day + timedelta(days=8))) == []
    others = {core_day(f"client-{i}", TODAY) for i in range(200)}
    assert len(others) > 40  # a boutique's core clients spread over the quarter


def test_an_at_risk_client_is_recalled_with_what_they_last_bought():
    last = date(2025, 4, 15)  # a year ago today
    r = rfm(first=date(2022, 1, 5), last=last, count=1, spend=0.0, total=12_000)
    bag = PurchaseFact("c1", "p9", last, "Rivoli 35 tote, navy calfskin", "leather_goods", 11_000.0)
    p = recall_prompts([r], {"c1": bag}, ctx())[0]
    assert p.key == "recall:c1:at_risk:2025-04-15" and p.priority == 3 and p.subject_id == "p9"
    assert p.why_text() == "No purchase since Apr 15, 2025 (last: Rivoli 35 tote, navy calfskin): a personal recall"
    assert recall_prompts([r._replace(spend_total=4_000)], {"c1": bag}, ctx()) == []  # below recall_min_spend
    assert recall_prompts([r._replace(spend_total=4_000)], {"c1": bag}, ctx(recall_min_spend=3_000)) != []


def test_a_dormant_client_is_recalled_on_becoming_dormant_then_yearly():
    last = date(2024, 4, 15)
    r = rfm(first=date(2020, 1, 5), last=last, count=0, spend=0.0, total=30_000)
    p = recall_prompts([r], {}, ctx(last + timedelta(days=730)))[0]
    assert p.key == "recall:c1:dormant:2024-04-15:0" and p.priority == 4
    assert p.why_text().startswith("Dormant, no purchase since Apr 15, 2024")
    year_later = last + timedelta(days=730 + 365)
    assert [p.key for p in recall_prompts([r], {}, ctx(year_later))] == ["recall:c1:dormant:2024-04-15:1"]
    assert recall_prompts([r], {}, ctx(last + timedelta(days=900))) == []  # between two recalls


def test_a_potential_client_gets_no_re_engagement():
    r = rfm(first=date(2025, 1, 5), last=date(2026, 2, 1), count=2, spend=3000)
    assert recall_prompts([r], {}, ctx()) == []


# -- new arrivals and wishes ---------------------------------------------------------------------------
BAG = Arrival(sku="LG-RIV28-SG", name="Rivoli 28 tote, sage green calfskin", category="leather_goods",
              line="Rivoli", colour="Sage green", arrived_on=date(2026, 4, 13))
COAT = Arrival(sku="RW-CDC-C", name="Double-face cashmere coat, camel", category="ready_to_wear",
               line="Saint-Honoré", colour="Camel", sizes=["FR 38", "FR 40", "INTL M"], arrived_on=date(2026, 4, 14))
OLD = Arrival(sku="LG-OLD", name="Old tote", category="leather_goods", line="Rivoli", colour="Sage green",
              arrived_on=date(2026, 3, 1))


def like(client, category, value, sentiment="like"):
    return PreferenceFact(client, category, value, sentiment)


def test_a_new_piece_in_a_line_and_colour_they_love_is_worth_a_word():
    prefs = [like("c1", "line", "Rivoli"), like("c1", "colour", "sage GREEN")]
    p = taste_prompts([BAG, OLD], prefs, [], [], ctx())[0]
    assert p.key == "arrival:c1:LG-RIV28-SG" and p.priority == 4 and p.due == date(2026, 4, 13)
    assert p.purpose == OutreachPurpose.NEW_ARRIVAL and p.subject_id == "LG-RIV28-SG"
    assert p.why_text() == ("New arrival: Rivoli 28 tote, sage green calfskin in Sage green, "
                            "from the Rivoli line they love")
    assert taste_prompts([BAG], prefs, [], [], ctx(date(2026, 4, 21))) == []  # a week after it arrived


def test_a_piece_must_match_in_everything_it_has_and_a_dislike_vetoes():
    assert taste_prompts([BAG], [like("c1", "line", "Rivoli")], [], [], ctx()) == []  # not the colour
    assert taste_prompts([BAG], [like("c1", "colour", "Sage green")], [], [], ctx()) == []  # not the line
    ring = Arrival(sku="JW-VDS", name="Vendôme ring, sapphire", category="jewellery", line="Vendôme",
                   arrived_on=date(2026, 4, 12))
    assert taste_prompts([ring], [like("c1", "line", "Vendôme")], [], [], ctx()) == []  # one point is too thin
    sized_ring = ring.model_copy(update={"sizes": ("FR 52",)})
    p = taste_prompts([sized_ring], [like("c1", "line", "Vendôme")], [SizeFact("c1", "ring", "FR", "52")], [],
                      ctx())[0]
    assert p.why_text() == "New arrival: Vendôme ring, sapphire from the Vendôme line they love, in their size"
    vetoed = [like("c1", "line", "Rivoli"), like("c1", "colour", "Sage green"),
              like("c1", "colour", "Sage green", "dislike")]
    assert taste_prompts([BAG], vetoed, [], [], ctx()) == []


def test_a_sized_piece_must_come_in_their_size():
    prefs = [like(c, k, v) for c in ("c1", "c2", "c3") for k, v in (("colour", "Camel"), ("line", "Saint-Honoré"))]
    sizes = [SizeFact("c1", "ready_to_wear", "FR", "38"), SizeFact("c2", "ready_to_wear", "FR", "44"),
             SizeFact("c3", "shoe", "FR", "38")]
    found = taste_prompts([COAT], prefs, sizes, [], ctx())
    assert [p.key for p in found] == ["arrival:c1:RW-CDC-C"]
    assert found[0].why_text() == ("New arrival: Double-face cashmere coat, camel in Camel, from the Saint-Honoré "
                                   "line they love, in their size")


def test_each_client_hears_about_the_best_match_only():
    prefs = [like("c1", "line", "Rivoli"), like("c1", "colour", "Sage green"), like("c1", "colour", "Camel"),
             like("c1", "line", "Saint-Honoré")]
    sizes = [SizeFact("c1", "ready_to_wear", "INTL", "M")]
    found = taste_prompts([BAG, COAT], prefs, sizes, [], ctx())
    assert [p.key for p in found] == ["arrival:c1:RW-CDC-C"]  # line, colour and size beat line and colour


def test_a_wish_is_answered_by_its_sku_or_without_one_by_the_name_and_wins_over_taste():
    wishes = [WishFact("c1", "w1", "The camel coat", "ready_to_wear", "rw-cdc-c"),
              WishFact("c2", "w2", "Would love a Rivoli 28 tote, sage green calfskin", "leather_goods", ""),
              WishFact("c3", "w3", "Rivoli 28 tote, sage green calfskin", "leather_goods", "LG-RIV28-NC")]
    prefs = [like("c1", "line", "Rivoli"), like("c1", "colour", "Sage green")]
    found = taste_prompts([BAG, COAT], prefs, [], wishes, ctx())
    assert sorted(p.key for p in found) == ["wish:c1:w1:RW-CDC-C", "wish:c2:w2:LG-RIV28-SG"]
    p = next(p for p in found if p.client_id == "c1")
    assert p.priority == 2 and p.purpose == OutreachPurpose.WISHLIST and p.subject_id == "w1"
    assert p.why_text() == "On their wishlist: Double-face cashmere coat, camel has arrived"
    # a wish keeps its prompt while the piece is new (30 days), longer than a new-arrival prompt
    assert [p.key for p in taste_prompts([COAT], [], [], wishes[:1], ctx(date(2026, 5, 14)))] == [
        "wish:c1:w1:RW-CDC-C"]
    assert taste_prompts([COAT], [], [], wishes[:1], ctx(date(2026, 5, 15))) == []
