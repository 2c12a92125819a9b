"""RFM segments from purchases alone, at the thresholds the boutique sets."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from clienteling.outreach.prompt import Segment
from clienteling.outreach.segments import segment_of, summarise
from clienteling.outreach.settings import Segments

TODAY = date(2026, 4, 15)
S = Segments()  # new 90 d, core: within 180 d, 4 purchases and 20,000 in 730 d; at risk 365 d, dormant 730 d


def ago(days: int, amount: str = "1000") -> tuple[date, Decimal]:
    return TODAY - timedelta(days=days), Decimal(amount)


def test_never_bought():
    assert segment_of([], TODAY, S) == Segment.NONE


@pytest.mark.parametrize("first, expected", [(90, Segment.NEW), (91, Segment.POTENTIAL)])
def test_new_while_the_first_purchase_is_recent(first, expected):
    assert segment_of([ago(first), ago(10)], TODAY, S) == expected


@pytest.mark.parametrize("last, expected", [(364, Segment.POTENTIAL), (365, Segment.AT_RISK),
                                            (729, Segment.AT_RISK), (730, Segment.DORMANT)])
def test_at_risk_then_dormant_as_the_last_purchase_ages(last, expected):
    assert segment_of([ago(last), ago(last + 200)], TODAY, S) == expected


def test_core_needs_recency_frequency_and_spend_together():
    core = [ago(30, "8000"), ago(100, "6000"), ago(200, "4000"), ago(400, "3000")]
    assert segment_of(core, TODAY, S) == Segment.CORE
    assert segment_of(core[:3], TODAY, S) == Segment.POTENTIAL  # three purchases
    cheap = [ago(30, "100"), ago(100, "100"), ago(200, "100"), ago(400, "100")]
    assert segment_of(cheap, TODAY, S) == Segment.POTENTIAL  # not enough spend
    stale = [(d - timedelta(days=160), a) for d, a in core]  # last purchase 190 days ago
    assert segment_of(stale, TODAY, S) == Segment.POTENTIAL


def test_only_purchases_inside_the_window_count_for_frequency_and_spend():
    old = [ago(30, "8000"), ago(100, "6000"), ago(200, "4000"), ago(731, "30000")]
    assert summarise(old, TODAY, S).count_window == 3
    assert segment_of(old, TODAY, S) == Segment.POTENTIAL
    assert segment_of(old, TODAY, Segments(window_days=800)) == Segment.CORE


def test_thresholds_are_the_boutiques():
    few = [ago(20, "3000"), ago(40, "3000"), ago(200, "3000")]
    assert segment_of(few, TODAY, Segments(core_frequency=3, core_spend=9000)) == Segment.CORE
    assert segment_of([ago(200), ago(300)], TODAY, Segments(at_risk_days=180)) == Segment.AT_RISK
    assert segment_of([ago(200), ago(300)], TODAY, Segments(at_risk_days=150, dormant_days=190)) == Segment.DORMANT
    assert segment_of([ago(100), ago(120)], TODAY, Segments(new_days=120)) == Segment.NEW


def test_future_purchases_do_not_count_and_thresholds_must_be_in_order():
    assert segment_of([(TODAY + timedelta(days=3), Decimal("100"))], TODAY, S) == Segment.NONE
    with pytest.raises(ValueError, match="at_risk_days"):
        Segments(at_risk_days=800, dormant_days=700)
