"""The advisor's notes in a dossier: conversation, gift idea, style and service notes in the
language the advisor writes for that client (English, French or Chinese), from templates.
"""

from __future__ import annotations

from bisect import bisect
from itertools import accumulate
from string import Formatter

from ..domain import Note, Purchase
from . import catalogue as cat

_CATEGORIES = [c for c, _ in cat.CATEGORY_WEIGHTS]
_CATEGORY_CUM = list(accumulate(w for _, w in cat.CATEGORY_WEIGHTS))
_KINDS = [k for k, _ in cat.NOTE_KINDS]
_KIND_CUM = list(accumulate(w for _, w in cat.NOTE_KINDS))


def draw_category(rng) -> str:
    """A product category, weighted as the maison sells."""
    return _CATEGORIES[bisect(_CATEGORY_CUM, rng.random() * _CATEGORY_CUM[-1])]


_TEMPLATES = {  # lang -> kind -> [(text, category the item must come from, slots used)]
    lang: {kind: [(text, category, tuple(dict.fromkeys(f for _, f, _, _ in Formatter().parse(text) if f)))
                  for category, _, text in (t.rpartition("|") for t in texts)]
           for kind, texts in kinds.items()}
    for lang, kinds in cat.NOTES.items()}


class NoteWriter:
    """Mixed into the dossier context: needs rng, culture, me, client, gen, since, size_of,
    product() and new()."""

    def _who(self, lang: str, relations) -> str:
        if not relations or self.rng.random() < 0.25:
            return cat.FRIEND[lang]
        rel, person = self.rng.choice(relations)
        words = cat.KIN.get(str(rel.kind), cat.KIN["friend"])
        f = person.gender == "f"
        if lang == "zh":
            return f"{'她' if self.me.gender == 'f' else '他'}的{words[5 if f else 4]}{person.native}"
        name = person.given_latin or person.given_native
        if lang == "fr":
            word = words[3 if f else 2]
            return f"{'sa' if f and word[0] not in 'aeéio' else 'son'} {word} {name}"
        return f"{'her' if self.me.gender == 'f' else 'his'} {words[1 if f else 0]} {name}"

    def notes(self, n: int, relations, purchases: list[Purchase]) -> list[Note]:
        rng, lang, out = self.rng, self.culture.note_language, []
        templates = _TEMPLATES[lang]
        for _ in range(n):
            kind = _KINDS[bisect(_KIND_CUM, rng.random() * _KIND_CUM[-1])]
            options = templates[kind]
            text, category, used = options[int(rng.random() * len(options))]
            slots = {name: self._slot(name, lang, category, relations, purchases) for name in used}
            body = text.format_map(slots)
            author = self.client.advisor if rng.random() < 0.85 else self.pick(self.gen.advisors)
            out.append(self.new(Note, kind=kind, body=body[0].upper() + body[1:],
                                created_at=self.gen.moment(self.since), author=author))
        out.sort(key=lambda n: n.created_at, reverse=True)
        return out

    def pick(self, seq):
        return seq[int(self.rng.random() * len(seq))]

    def _slot(self, name: str, lang: str, category: str, relations, purchases: list[Purchase]) -> str:
        if name == "item":
            owned = [p.item for p in purchases if not category or p.category == category]
            if owned:
                return self.pick(owned).partition(",")[0]
            return self.product(category or draw_category(self.rng))[2].name
        if name == "item2":
            return self.product(draw_category(self.rng))[2].name
        if name == "who":
            return self._who(lang, relations)
        if name == "size":
            return self.size_of.get("ready_to_wear", "38" if self.me.gender == "f" else "50")
        if name == "ring":
            return self.size_of.get("ring", "52")
        if name == "e":
            return "e" if self.me.gender == "f" else ""
        if name == "budget":
            amount = f"{2000 + 500 * int(self.rng.random() * 17):,}"
            return amount.replace(",", {"en": ",", "fr": "\u202f"}.get(lang, ""))
        table = {"line": cat.LINES, "colour": cat.COLOURS[lang], "event": cat.EVENTS[lang],
                 "city": cat.DESTINATIONS[lang], "month": cat.MONTHS[lang]}[name]
        return self.pick(table)
