"""What the search index holds for a client, and how a typed query is read.

Two index forms are kept for every client:
- `trigram_text`: folded (lower case, accents removed) names, transcriptions,
  emails, phone digits and tags, for substring matching of terms >= 3 characters;
- `token_text`: the same, with every CJK character a token of its own, for the
  1-2 character terms a trigram index cannot answer (张, 王芳, "li").
Notes get `token_text` only: they are searched by words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_CJK_CHAR = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PHONE_QUERY = re.compile(r"^\+?[\d\s().\-/]+$")
_WORD_SPLIT = re.compile(r"[\s,;]+")
_UNTYPABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # a NUL ends an FTS5 string early


def fold(text: str) -> str:
    """Lower case without accents: Héloïse -> heloise, Straße -> strasse."""
    if text.isascii():  # nothing to decompose or strip: the common case of Latin names, emails, digits
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def space_cjk(text: str) -> str:
    """Put spaces round CJK characters so that a word tokenizer sees one token each."""
    return _CJK_CHAR.sub(r" \1 ", text)


@lru_cache(maxsize=65536)  # names repeat across a boutique's book; a few MB at most
def romanize(text: str) -> str:
    """Latin readings of a non-Latin name: pinyin for Han characters, else a transcription."""
    if not text or text.isascii():
        return ""
    if _HAN.search(text):
        from pypinyin import lazy_pinyin  # loaded only when indexing Chinese names

        return " ".join(s.strip() for s in lazy_pinyin(text) if s.strip())
    from unidecode import unidecode

    return unidecode(text).strip()


def sort_key(latin_name: str, native_name: str) -> str:
    """Clients sort by their Latin name, Chinese names by pinyin, so one alphabet orders the book."""
    return fold(latin_name or romanize(native_name) or native_name)


def filing_key(family_latin: str, given_latin: str, family: str, given: str) -> str:
    """The list's sort key: family name first in every script (Dupont Héloïse, Zhang Wei)."""
    latin = " ".join(p for p in (family_latin, given_latin) if p)
    native = " ".join(p for p in (family, given) if p)
    return sort_key(latin, native)


def is_phone_query(query: str) -> bool:
    return bool(_PHONE_QUERY.match(query.strip())) and sum(c.isdigit() for c in query) >= 3


@dataclass
class ClientIndexEntry:
    trigram_text: str
    token_text: str


def client_index_entry(names: list[str], emails: list[str], phone_variants: list[str],
                       tags: list[str]) -> ClientIndexEntry:
    parts: list[str] = []
    for name in names:
        if name:
            parts.append(fold(name))
            roman = fold(romanize(name))
            if roman:
                parts.append(roman)
                if " " in roman:
                    parts.append(roman.replace(" ", ""))
    parts.extend(fold(e) for e in emails)
    parts.extend(phone_variants)
    parts.extend(fold(t) for t in tags)
    text = " | ".join(p for p in parts if p)
    return ClientIndexEntry(trigram_text=text, token_text=space_cjk(text))


def note_index_text(body: str) -> str:
    return space_cjk(fold(body))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass
class ParsedQuery:
    """A typed query split into the FTS5 expressions that answer it."""

    trigram: str = ""  # MATCH expression for the trigram client index ('' = not needed)
    token: str = ""  # MATCH expression for the token client index
    notes: str = ""  # MATCH expression for the notes index ('' = do not search notes)
    terms: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(query: str) -> ParsedQuery:
    text = _UNTYPABLE.sub(" ", query or "").strip()[:200]
    if not text:
        return ParsedQuery()
    if is_phone_query(text):
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) >= 3:
            return ParsedQuery(trigram=_quote(digits), terms=[digits])
    terms = [t for t in (fold(w).strip("\"'*()^:") for w in _WORD_SPLIT.split(text)) if t]
    if not terms:
        return ParsedQuery()
    trigram, token, notes = [], [], []
    for term in terms:
        spaced = space_cjk(term).split()
        has_cjk = bool(_CJK_CHAR.search(term))
        if len(term) >= 3:
            trigram.append(_quote(term))
        elif has_cjk:
            token.append(_quote(" ".join(spaced)))
        else:
            token.append(_quote(term) + "*")
        if has_cjk:
            notes.append(_quote(" ".join(spaced)))
        elif len(term) >= 3:
            notes.append(_quote(term) + "*")
    notes_expr = " AND ".join(notes) if len(notes) == len(terms) else ""
    return ParsedQuery(trigram=" AND ".join(trigram), token=" AND ".join(token),
                       notes=notes_expr, terms=terms)
