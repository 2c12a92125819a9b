"""The prompt rules: pure functions from plain facts and one day to dated, explained `Prompt`s.

Every rule takes the facts it reads and a `RuleContext` (today, the boutique's settings, its
zone and locale) and returns prompts not yet gated (see gate.py). Keys are
`"<rule>:<client id>:<subject>"`, built only from ids, ISO days and counters, so they are the
same on every device and every run:

| rule | key | purpose | priority | due | shown |
|---|---|---|---|---|---|
| client's birthday | `birthday:<c>:<date id>:<year>` | birthday | 2 | the day | `dates_days_ahead` before … `late_days` after |
| client's other date | `date:<c>:<date id>:<year>` | important_date | 3 | the day | as above |
| a relation's date | `gift:<c>:<date id>:<year>` | important_date | 3 | `gift_lead_days` before | from `dates_days_ahead` before until the day |
| thank-you | `thanks:<c>:<purchase day>` | thank_you | 2 | D+`thank_you_after_days` | from the purchase … `late_days` after |
| check-in | `check-in:<c>:<purchase day>` | check_in | 3 | D+`check_in_after_days` | `lead_days` before … `late_days` after |
| care schedule | `care:<c>:<purchase id>:<n>` | aftercare_schedule | 3 | purchase + n × `care_every_months` | `lead_days` … `late_days` |
| visit follow-up | `visit:<c>:<appointment id>` | appointment_follow_up | 2 | day + `appointment_follow_up_days` | from the day … `late_days` after |
| no-show | `no-show:<c>:<appointment id>` | no_show | 2 | as above | as above |

Aftercare milestones are in rules_aftercare.py, RFM re-engagement in rules_recall.py, new
arrivals and wishlist in rules_taste.py. One purchase day makes one thank-you and one check-in
(about its dearest piece), however many pieces were bought; a piece with an open aftercare case
gets no care reminder (it is in care already).
"""

from __future__ import annotations

import calendar as calendar_module
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from ..domain.vocab import OutreachPurpose
from .context import RuleContext
from .facts import AppointmentFact, BookFacts, DateFact, PurchaseFact
from .make import make
from .prompt import QT_TRANSLATE_NOOP, Prompt
from .wording import APPOINTMENT_WORDS, DATE_WORDS

WHY_BIRTHDAY = QT_TRANSLATE_NOOP("Prompts", "Birthday on {date}")
WHY_DATE = QT_TRANSLATE_NOOP("Prompts", "{occasion} on {date}")
WHY_GIFT = QT_TRANSLATE_NOOP("Prompts", "Gift for {relation}: {occasion} on {date}")
WHY_THANKS = QT_TRANSLATE_NOOP("Prompts", "Bought {item} on {date}: send a thank-you")
WHY_THANKS_MORE = QT_TRANSLATE_NOOP("Prompts", "Bought {item} and {more} more on {date}: send a thank-you")
WHY_CHECK_IN = QT_TRANSLATE_NOOP("Prompts", "Bought {item} on {date}: check in on how they enjoy it")
WHY_CARE = {
    "leather_goods": QT_TRANSLATE_NOOP("Prompts", "Bought {item} on {date}: leather care due"),
    "watches": QT_TRANSLATE_NOOP("Prompts", "Bought {item} on {date}: watch service due"),
    "jewellery": QT_TRANSLATE_NOOP("Prompts", "Bought {item} on {date}: jewellery cleaning due"),
}
WHY_CARE_OTHER = QT_TRANSLATE_NOOP("Prompts", "Bought {item} on {date}: care due")
WHY_VISIT = QT_TRANSLATE_NOOP("Prompts", "{appointment} on {date}: follow up")
WHY_NO_SHOW = QT_TRANSLATE_NOOP("Prompts", "Missed the {appointment} on {date}: offer a new time")


def occurrence(year: int, month: int, day: int) -> date:
    """The day a yearly date falls on in `year` (29 February is kept on the 28th in other years)."""
    if month == 2 and day == 29 and not calendar_module.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, kept within the month (31 January + 1 month = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar_module.monthrange(year, month)[1]))


def yearly_days(first: date, last: date) -> dict[tuple[int, int], list[date]]:
    """(month, day) -> the days from `first` to `last` a yearly date on it falls on (29 February
    falls on the 28th in other years)."""
    out: dict[tuple[int, int], list[date]] = defaultdict(list)
    day = first
    while day <= last:
        out[(day.month, day.day)].append(day)
        if day.month == 2 and day.day == 28 and not calendar_module.isleap(day.year):
            out[(2, 29)].append(day)
        day += timedelta(days=1)
    return out


def date_prompts(dates: Iterable[DateFact], ctx: RuleContext) -> list[Prompt]:
    """Birthdays and important dates of the client, and of the people they buy gifts for."""
    s, today, out = ctx.settings, ctx.today, []
    late = timedelta(days=s.late_days)
    gift_lead = timedelta(days=min(s.gift_lead_days, s.dates_days_ahead))
    days = yearly_days(today - late, today + timedelta(days=s.dates_days_ahead))
    for client_id, date_id, relation_id, kind, label, born, month, day_of_month, relation_name in dates:
        for day in days.get((month, day_of_month), ()):
            year = day.year
            if born is not None and year < born:
                continue
            occasion = label or DATE_WORDS.get(kind, DATE_WORDS["other"])
            if relation_id:
                if day < today:
                    continue
                out.append(make(f"gift:{client_id}:{date_id}:{year}", client_id, OutreachPurpose.IMPORTANT_DATE,
                                day - gift_lead, 3, WHY_GIFT,
                                {"date": ctx.day(day), "occasion": occasion, "relation": relation_name},
                                subject_id=date_id))
            elif kind == "birthday":
                out.append(make(f"birthday:{client_id}:{date_id}:{year}", client_id, OutreachPurpose.BIRTHDAY, day, 2,
                                WHY_BIRTHDAY, {"date": ctx.day(day), "occasion": occasion}, subject_id=date_id))
            else:
                out.append(make(f"date:{client_id}:{date_id}:{year}", client_id, OutreachPurpose.IMPORTANT_DATE, day,
                                3, WHY_DATE, {"date": ctx.day(day), "occasion": occasion}, subject_id=date_id))
    return out


def purchase_prompts(purchases: Iterable[PurchaseFact], ctx: RuleContext) -> list[Prompt]:
    """A thank-you a few days after a purchase day, and a check-in a month later."""
    s, today = ctx.settings, ctx.today
    thanks_after = timedelta(days=s.thank_you_after_days)
    check_after = timedelta(days=s.check_in_after_days)
    late = timedelta(days=s.late_days)
    days: dict[tuple[str, date], list[PurchaseFact]] = defaultdict(list)
    oldest = today - max(thanks_after, check_after) - late
    for p in purchases:
        if p[5] > 0 and oldest <= p[2] <= today:
            days[(p[0], p[2])].append(p)
    out = []
    for (client_id, day), bought in days.items():
        _, main_id, _, item, _, _ = max(bought, key=lambda p: (p[5], p[1]))  # the dearest piece
        args = {"item": item, "date": ctx.day(day)}
        due = day + thanks_after
        if today <= due + late:
            why = WHY_THANKS if len(bought) == 1 else WHY_THANKS_MORE
            more = {} if len(bought) == 1 else {"more": str(len(bought) - 1)}
            out.append(make(f"thanks:{client_id}:{day.isoformat()}", client_id, OutreachPurpose.THANK_YOU, due, 2,
                              why, {**args, **more}, subject_id=main_id))
        due = day + check_after
        if ctx.shown(due):
            out.append(make(f"check-in:{client_id}:{day.isoformat()}", client_id, OutreachPurpose.CHECK_IN, due, 3,
                              WHY_CHECK_IN, args, subject_id=main_id))
    return out


def care_prompts(purchases: Iterable[PurchaseFact], ctx: RuleContext, in_care: frozenset[str] = frozenset()
                 ) -> list[Prompt]:
    """Care of what they bought, every `care_every_months[category]` months (leather care, watch
    service, jewellery cleaning); `in_care` are purchases with an open aftercare case."""
    today, out = ctx.today, []
    every = {str(k): v for k, v in ctx.settings.care_every_months.items()}
    first, last = ctx.shown_span
    month_lo, month_hi = first.year * 12 + first.month, last.year * 12 + last.month
    for client_id, purchase_id, bought_on, item, category, _ in purchases:
        period = every.get(category)
        if period is None or purchase_id in in_care or bought_on > today:
            continue
        bought = bought_on.year * 12 + bought_on.month
        for n in range(max(1, -(-(month_lo - bought) // period)), (month_hi - bought) // period + 1):
            due = add_months(bought_on, n * period)  # in a month the queue shows today
            if ctx.shown(due):
                out.append(make(f"care:{client_id}:{purchase_id}:{n}", client_id,
                                OutreachPurpose.AFTERCARE_SCHEDULE, due, 3, WHY_CARE.get(category, WHY_CARE_OTHER),
                                {"item": item, "date": ctx.day(bought_on)}, subject_id=purchase_id))
    return out


def care_days(ctx: RuleContext, oldest: date) -> dict[str, list[tuple[date, date]]]:
    """Per care category, the purchase days (ranges, back to `oldest`) whose care falls due on a
    day shown today: what the store must read for `care_prompts` (3 days more at each range's end:
    31 August + 6 months is 28 February)."""
    first, last = ctx.shown_span
    out: dict[str, list[tuple[date, date]]] = {}
    for category, period in ctx.settings.care_every_months.items():
        ranges = out[str(category)] = []
        n = 1
        while True:
            end = add_months(last, -n * period) + timedelta(days=3)
            if end < oldest:
                break
            ranges.append((add_months(first, -n * period), end))
            n += 1
    return out


def appointment_prompts(appointments: Iterable[AppointmentFact], ctx: RuleContext) -> list[Prompt]:
    """A follow-up the day after a visit that took place, and a word after a no-show."""
    s, today, out = ctx.settings, ctx.today, []
    after = timedelta(days=s.appointment_follow_up_days)
    late = timedelta(days=s.late_days)
    for client_id, appointment_id, starts_at, status, purpose, zone in appointments:
        if status not in ("done", "no_show"):
            continue
        day = ctx.local_day(starts_at, zone)
        due = day + after
        if not day <= today <= due + late:
            continue
        args = {"appointment": APPOINTMENT_WORDS.get(purpose, purpose), "date": ctx.day(day)}
        if status == "done":
            out.append(make(f"visit:{client_id}:{appointment_id}", client_id, OutreachPurpose.APPOINTMENT_FOLLOW_UP,
                            due, 2, WHY_VISIT, args, subject_id=appointment_id))
        else:
            out.append(make(f"no-show:{client_id}:{appointment_id}", client_id, OutreachPurpose.NO_SHOW, due, 2,
                            WHY_NO_SHOW, args, subject_id=appointment_id))
    return out


def all_prompts(facts: BookFacts, ctx: RuleContext, arrivals=()) -> list[Prompt]:
    """Every rule over the book's facts, ungated; one prompt per key."""
    from .rules_aftercare import case_prompts
    from .rules_recall import recall_prompts
    from .rules_taste import taste_prompts

    in_care = frozenset(c.purchase_id for c in facts.cases if c.purchase_id)
    found = [
        *date_prompts(facts.dates, ctx),
        *purchase_prompts(facts.purchases, ctx),
        *care_prompts(facts.purchases, ctx, in_care),
        *appointment_prompts(facts.appointments, ctx),
        *case_prompts(facts.cases, facts.case_stages, ctx),
        *recall_prompts(facts.rfm, facts.last_purchases, ctx),
        *taste_prompts(arrivals, facts.preferences, facts.sizes, facts.wishes, ctx),
    ]
    unique: dict[str, Prompt] = {}
    for p in found:
        unique.setdefault(p.key, p)
    return list(unique.values())
