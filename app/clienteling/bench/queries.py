"""Realistic type-ahead queries drawn from the book itself: prefixes, CJK, accents, phones, notes."""

from __future__ import annotations

import random
import re
import unicodedata

from ..domain.client import is_cjk
from ..domain.validation import phone_digit_variants
from ..services import Session


def _has_accent(text: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def type_ahead_queries(session: Session, count: int = 200, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    rows = session.clients.list_rows()
    sample = [session.clients.dossier(r.id) for r in rng.sample(rows, min(400, len(rows)))]
    out: list[str] = []

    def prefixes(word: str, upto: int = 6):
        return [word[:n] for n in range(1, min(len(word), upto) + 1)]

    latin = [d.client.family_name_latin or d.client.family_name for d in sample
             if (d.client.family_name_latin or d.client.family_name).isascii()]
    for name in rng.sample(latin, min(8, len(latin))):
        out += [p.lower() for p in prefixes(name)]
    cjk = [d.client.native_name for d in sample if is_cjk(d.client.native_name)]
    for name in rng.sample(cjk, min(15, len(cjk))):
        out += [name[:1], name[:2], name[-2:]] if len(name) > 2 else [name[:1], name]
    accented = [d.client.given_name for d in sample if _has_accent(d.client.given_name)]
    for name in rng.sample(accented, min(10, len(accented))):
        plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
        out += [name.lower(), plain.lower(), name[:4].upper()]
    phones = [c.value for d in sample for c in d.phones]
    for e164 in rng.sample(phones, min(20, len(phones))):
        variants = phone_digit_variants(e164)
        national = variants[1] if len(variants) > 1 else variants[0]
        spaced = " ".join(national[i:i + 2] for i in range(0, len(national), 2))
        out += [spaced, e164, national[-4:] if len(national) > 6 else national]
    emails = [c.value for d in sample for c in d.emails]
    out += [e.split("@")[0][:5] for e in rng.sample(emails, min(15, len(emails)))]
    tags = sorted({t.tag for d in sample for t in d.tags})
    out += rng.sample(tags, min(10, len(tags)))
    words = [w for d in sample for n in d.notes[:2] for w in re.findall(r"[A-Za-zÀ-ÿ]{5,}", n.body)]
    out += rng.sample(words, min(30, len(words)))
    rng.shuffle(out)
    while len(out) < count:
        out += out[: count - len(out)]
    return out[:count]
