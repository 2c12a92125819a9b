"""New arrivals and wishlist items that match a client: by line, colour and size.

A new piece suits a client when it matches them in everything it has, on two points at least:
its line is one they like (when it has a line), its colour is one they like (when it has a
colour), it comes in their size (when it is sized), and they dislike neither. One point alone (a
line they like, say) is too thin a reason to call. Each client gets one new-arrival prompt, for
the piece matching on most points (then the newest); the sentence names what matched.

An open wishlist item is answered by a new piece with the same SKU (any case), or, for a wish
written without a SKU, by a piece whose name the wish mentions (any case). A client told about
a wish gets no new-arrival prompt that day.

| rule | key | purpose | priority | due | shown |
|---|---|---|---|---|---|
| wishlist | `wish:<c>:<wishlist item id>:<sku>` | wishlist | 2 | the day it arrived | for `new_arrival_days` |
| new arrival | `arrival:<c>:<sku>` | new_arrival | 4 | the day it arrived | for `late_days` |
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta

from ..domain.vocab import OutreachPurpose
from .catalogue import Arrival
from .context import RuleContext
from .facts import PreferenceFact, SizeFact, WishFact
from .make import make
from .prompt import QT_TRANSLATE_NOOP, Prompt

WHY_WISH = QT_TRANSLATE_NOOP("Prompts", "On their wishlist: {item} has arrived")
WHY_LINE_COLOUR = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} in {colour}, from the {line} line they love")
WHY_COLOUR_SIZE = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} in {colour}, a colour they love, in their size")
WHY_LINE_SIZE = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} from the {line} line they love, in their size")
WHY_ALL = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} in {colour}, from the {line} line they love, in their size")
WHY = {(True, True, True): WHY_ALL, (True, True, False): WHY_LINE_COLOUR, (True, False, True): WHY_LINE_SIZE,
       (False, True, True): WHY_COLOUR_SIZE}

def _arrived_within(arrivals: Iterable[Arrival], ctx: RuleContext, days: int) -> list[Arrival]:
    oldest = ctx.today - timedelta(days=days)
    return [a for a in arrivals if oldest <= a.arrived_on <= ctx.today]


def arrival_pieces(arrivals: Iterable[Arrival], ctx: RuleContext) -> list[Arrival]:
    """The pieces a new-arrival prompt may be about today."""
    return _arrived_within(arrivals, ctx, ctx.settings.late_days)


def wish_pieces(arrivals: Iterable[Arrival], ctx: RuleContext) -> list[Arrival]:
    """The pieces that still answer a wish today."""
    return _arrived_within(arrivals, ctx, ctx.settings.new_arrival_days)


def taste_prompts(arrivals: Sequence[Arrival], preferences: Iterable[PreferenceFact], sizes: Iterable[SizeFact],
                  wishes: Iterable[WishFact], ctx: RuleContext) -> list[Prompt]:
    wished = wish_prompts(wish_pieces(arrivals, ctx), wishes, ctx)
    told = {p.client_id for p in wished}
    fresh = arrival_pieces(arrivals, ctx)
    return [*wished, *(p for p in arrival_prompts(fresh, preferences, sizes, ctx) if p.client_id not in told)]


def wish_prompts(pieces: Sequence[Arrival], wishes: Iterable[WishFact], ctx: RuleContext) -> list[Prompt]:
    by_sku = {a.sku.casefold(): a for a in pieces}
    names = [(a.name.casefold(), a) for a in pieces]
    out = []
    for client_id, wish_id, description, _, sku in wishes:
        if sku:
            hit = by_sku.get(sku.casefold())
        else:
            text = description.casefold()
            hit = next((a for name, a in names if name in text), None)
        if hit is not None:
            out.append(make(f"wish:{client_id}:{wish_id}:{hit.sku}", client_id, OutreachPurpose.WISHLIST,
                              hit.arrived_on, 2, WHY_WISH, {"item": hit.name}, subject_id=wish_id))
    return out


def arrival_prompts(fresh: Sequence[Arrival], preferences: Iterable[PreferenceFact], sizes: Iterable[SizeFact],
                    ctx: RuleContext) -> list[Prompt]:
    if not fresh:
        return []
    # each piece with what a client must like (its line, its colour) and the sizes it comes in
    pieces = [(a, {k for k in (("line", a.line.casefold()), ("colour", a.colour.casefold())) if k[1]},
               {(str(a.size_category), size) for size in a.sizes}) for a in fresh]
    pieces = [(a, wanted, sized) for a, wanted, sized in pieces if len(wanted) + bool(sized) >= 2]
    values = {k for _, wanted, _ in pieces for k in wanted}
    liked_by: dict[tuple[str, str], set[str]] = defaultdict(set)
    disliked_by: dict[tuple[str, str], set[str]] = defaultdict(set)
    for client_id, category, value, sentiment in preferences:
        key = (category, value.casefold())
        if key in values:
            (liked_by if sentiment == "like" else disliked_by)[key].add(client_id)
    fitting: dict[tuple[str, str], set[str]] = defaultdict(set)
    for client_id, category, system, value in sizes:
        fitting[(category, f"{system} {value}")].add(client_id)
    best: dict[str, tuple] = {}
    for a, wanted, sized in pieces:
        keys = list(wanted)
        suits = set(liked_by.get(keys[0], ()))
        for key in keys[1:]:
            suits &= liked_by.get(key, set())
        for key in keys:
            suits -= disliked_by.get(key, set())
        if sized:
            suits &= set().union(*(fitting.get(size, ()) for size in sized))
        rank = (len(wanted) + bool(sized), a.arrived_on, a.sku)
        for client_id in suits:
            if client_id not in best or rank > best[client_id][0]:
                best[client_id] = (rank, a, bool(sized))
    out = []
    for client_id, (_, a, fits) in best.items():
        out.append(make(f"arrival:{client_id}:{a.sku}", client_id, OutreachPurpose.NEW_ARRIVAL, a.arrived_on, 4,
                        WHY[(bool(a.line), bool(a.colour), fits)], {"item": a.name, "line": a.line, "colour": a.colour},
                        subject_id=a.sku))
    return out
