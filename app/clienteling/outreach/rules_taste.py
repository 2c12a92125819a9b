"""New arrivals and wishlist items that match a client: by line, colour and size.

A piece is new for `new_arrival_days` after it arrived. It suits a client who likes its line
or its colour (and dislikes neither) when at least two of these hold: the line is one they
like, the colour is one they like, the piece comes in their size (a sized piece must come in
their size). Each client gets one new-arrival prompt, for the piece matching best (then the
newest); the sentence names what matched.

An open wishlist item is answered by a new piece with the same SKU, or whose name the
wish mentions (case-insensitive); a client told about a wish gets no new-arrival prompt that
day. Both prompts stand (due today) while the piece is new.

| rule | key | purpose | priority |
|---|---|---|---|
| wishlist | `wish:<c>:<wishlist item id>:<sku>` | wishlist | 2 |
| new arrival | `arrival:<c>:<sku>` | new_arrival | 4 |
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..domain.vocab import OutreachPurpose
from .catalogue import Arrival
from .context import RuleContext
from .facts import PreferenceFact, SizeFact, WishFact
from .prompt import QT_TRANSLATE_NOOP, Prompt

WHY_WISH = QT_TRANSLATE_NOOP("Prompts", "On their wishlist: {item} has arrived")
WHY_LINE_COLOUR = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} in {colour}, from the {line} line they love")
WHY_COLOUR_SIZE = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} in {colour}, a colour they love, in their size")
WHY_LINE_SIZE = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} from the {line} line they love, in their size")
WHY_ALL = QT_TRANSLATE_NOOP("Prompts", "New arrival: {item} in {colour}, from the {line} line they love, in their size")


def new_pieces(arrivals: Iterable[Arrival], ctx: RuleContext) -> list[Arrival]:
    days = ctx.settings.new_arrival_days
    return [a for a in arrivals if 0 <= (ctx.today - a.arrived_on).days <= days]


def taste_prompts(arrivals: Sequence[Arrival], preferences: Iterable[PreferenceFact], sizes: Iterable[SizeFact],
                  wishes: Iterable[WishFact], ctx: RuleContext) -> list[Prompt]:
    fresh = new_pieces(arrivals, ctx)
    if not fresh:
        return []
    wished = wish_prompts(fresh, wishes, ctx)
    told = {p.client_id for p in wished}
    return [*wished, *(p for p in arrival_prompts(fresh, preferences, sizes, ctx) if p.client_id not in told)]


def wish_prompts(fresh: Sequence[Arrival], wishes: Iterable[WishFact], ctx: RuleContext) -> list[Prompt]:
    by_sku = {a.sku.casefold(): a for a in fresh}
    names = [(a.name.casefold(), a) for a in fresh]
    out = []
    for w in wishes:
        text = w.description.casefold()
        hit = by_sku.get(w.sku.casefold()) if w.sku else None
        if hit is None:
            hit = next((a for name, a in names if name in text), None)
        if hit is not None:
            out.append(Prompt(f"wish:{w.client_id}:{w.id}:{hit.sku}", w.client_id, OutreachPurpose.WISHLIST,
                              ctx.today, 2, WHY_WISH, {"item": hit.name}, subject_id=w.id))
    return out


def arrival_prompts(fresh: Sequence[Arrival], preferences: Iterable[PreferenceFact], sizes: Iterable[SizeFact],
                    ctx: RuleContext) -> list[Prompt]:
    likes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    dislikes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in preferences:
        if p.category in ("line", "colour"):
            (likes if p.sentiment == "like" else dislikes)[p.client_id].add((p.category, p.value.casefold()))
    worn: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s in sizes:
        worn[s.client_id].add((s.category, f"{s.system} {s.value}"))
    pieces = [(a, ("line", a.line.casefold()), ("colour", a.colour.casefold()),
               {(str(a.size_category), size) for size in a.sizes}) for a in fresh]
    out = []
    for client_id, liked in likes.items():
        disliked = dislikes.get(client_id, set())
        mine = worn.get(client_id, set())
        best = None
        for a, line, colour, sized in pieces:
            if line in disliked or colour in disliked:
                continue
            by_line = bool(a.line) and line in liked
            by_colour = bool(a.colour) and colour in liked
            fits = bool(sized & mine)
            if sized and not fits:
                continue
            score = by_line + by_colour + fits
            if score < 2 or not (by_line or by_colour):
                continue
            rank = (score, a.arrived_on, a.sku)
            if best is None or rank > best[0]:
                best = (rank, a, by_line, by_colour, fits)
        if best is not None:
            _, a, by_line, by_colour, fits = best
            why = (WHY_ALL if by_line and by_colour and fits else WHY_LINE_COLOUR if by_line and by_colour
                   else WHY_COLOUR_SIZE if by_colour else WHY_LINE_SIZE)
            out.append(Prompt(f"arrival:{client_id}:{a.sku}", client_id, OutreachPurpose.NEW_ARRIVAL, ctx.today, 4,
                              why, {"item": a.name, "line": a.line, "colour": a.colour}, subject_id=a.sku))
    return out
