"""RFM segments: where a client stands from their purchases alone (recency, frequency, spend).

In order, the first that holds:
- none: never bought;
- new: first purchase within `new_days`;
- dormant: no purchase for `dormant_days`;
- at_risk: no purchase for `at_risk_days`;
- core: bought within `core_recency_days`, at least `core_frequency` times and `core_spend`
  (boutique currency) within `window_days`;
- potential: everyone else who buys.
Amounts are summed as they are: a book in several currencies should set thresholds for its main one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from .prompt import Segment
from .settings import Segments


class Summary(NamedTuple):
    first: date
    last: date
    count_window: int
    spend_window: float


def summarise(purchases: Iterable[tuple[date, Decimal]], today: date, settings: Segments) -> Summary | None:
    """First and last purchase, and count and spend within the window; None when there are none."""
    start = today - timedelta(days=settings.window_days)
    first = last = None
    count = 0
    spend = 0.0
    for day, amount in purchases:
        if day > today:
            continue
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
        if day > start:
            count += 1
            spend += float(amount)
    return None if first is None else Summary(first, last, count, spend)


def segment_from(summary: Summary | None, today: date, settings: Segments) -> Segment:
    """The segment of a client whose purchases sum up to `summary` (None: never bought)."""
    if summary is None:
        return Segment.NONE
    if (today - summary.first).days <= settings.new_days:
        return Segment.NEW
    quiet = (today - summary.last).days
    if quiet >= settings.dormant_days:
        return Segment.DORMANT
    if quiet >= settings.at_risk_days:
        return Segment.AT_RISK
    if (quiet <= settings.core_recency_days and summary.count_window >= settings.core_frequency
            and summary.spend_window >= settings.core_spend):
        return Segment.CORE
    return Segment.POTENTIAL


def segment_of(purchases: list[tuple[date, Decimal]], today: date, settings: Segments) -> Segment:
    """The client's segment on `today` from (day, amount) of each purchase."""
    return segment_from(summarise(purchases, today, settings), today, settings)
