"""How to address a client in their language: 张先生, Mrs Zhang, Madame Dupont; and how a message
opens: 尊敬的张女士, Dear Mrs Zhang, Chère Madame Dupont, Bonjour Camille Dupont.

Both work on anything that carries the four name fields and a title (a `Client`, or the
`DraftContext` a message is written from), so a draft greets exactly as the dossier does.
"""

from __future__ import annotations

import re
from typing import Protocol

from .client import is_cjk
from .vocab import Title


class Named(Protocol):
    family_name: str
    given_name: str
    family_name_latin: str
    given_name_latin: str
    title: str  # a Title code ("" for none)


_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\s'’.-]*$")

_HONORIFICS = {
    "en": {Title.MR: "Mr", Title.MRS: "Mrs", Title.MS: "Ms", Title.MISS: "Miss", Title.DR: "Dr", Title.MX: "Mx"},
    "fr": {Title.MR: "Monsieur", Title.MRS: "Madame", Title.MS: "Madame", Title.MISS: "Madame",
           Title.DR: "Docteur", Title.MX: ""},
    "it": {Title.MR: "Signor", Title.MRS: "Signora", Title.MS: "Signora", Title.MISS: "Signorina",
           Title.DR: "Dottor", Title.MX: ""},
    "de": {Title.MR: "Herr", Title.MRS: "Frau", Title.MS: "Frau", Title.MISS: "Frau", Title.DR: "Dr.", Title.MX: ""},
    "es": {Title.MR: "Señor", Title.MRS: "Señora", Title.MS: "Señora", Title.MISS: "Señorita",
           Title.DR: "Doctor", Title.MX: ""},
    "ru": {Title.MR: "Господин", Title.MRS: "Госпожа", Title.MS: "Госпожа", Title.MISS: "Госпожа",
           Title.DR: "Доктор", Title.MX: ""},
    "ar": {Title.MR: "السيد", Title.MRS: "السيدة", Title.MS: "السيدة", Title.MISS: "الآنسة",
           Title.DR: "الدكتور", Title.MX: ""},
}
_ZH = {Title.MR: "先生", Title.MRS: "女士", Title.MS: "女士", Title.MISS: "小姐", Title.DR: "博士"}

_FEMININE = {Title.MRS, Title.MS, Title.MISS}
# How a message opens: (masculine title, feminine title, a title of unknown gender, no title).
# The adjective agrees with the title where the language needs it (Cher Monsieur / Chère Madame).
_GREETINGS = {
    "en": ("Dear {}", "Dear {}", "Dear {}", "Dear {}"),
    "fr": ("Cher {}", "Chère {}", "Bonjour {}", "Bonjour {}"),
    "it": ("Gentile {}", "Gentile {}", "Gentile {}", "Gentile {}"),
    "de": ("Sehr geehrter {}", "Sehr geehrte {}", "Guten Tag {}", "Guten Tag {}"),
    "es": ("Estimado {}", "Estimada {}", "Buenos días, {}", "Buenos días, {}"),
    "ru": ("Уважаемый {}", "Уважаемая {}", "Здравствуйте, {}", "Здравствуйте, {}"),
    "ar": ("عزيزي {}", "عزيزتي {}", "مرحباً {}", "مرحباً {}"),
    "zh": ("尊敬的{}", "尊敬的{}", "尊敬的{}", "尊敬的{}"),
    "ja": ("{}", "{}", "{}", "{}"),
    "ko": ("{}", "{}", "{}", "{}"),
}
_LOWER_INSIDE = {"es", "ru"}  # "Estimada señora García", "Уважаемая госпожа Иванова"


def native_name(p: Named) -> str:
    if is_cjk(p.family_name + p.given_name):
        return f"{p.family_name}{p.given_name}"
    return " ".join(x for x in (p.given_name, p.family_name) if x)


def latin_name(p: Named) -> str:
    fam, giv = p.family_name_latin, p.given_name_latin
    parts = (fam, giv) if is_cjk(p.family_name + p.given_name) else (giv, fam)
    return " ".join(x for x in parts if x)


def _family_for(p: Named, language: str) -> str:
    native = p.family_name or p.given_name
    latin = p.family_name_latin or p.given_name_latin
    if language in ("ru", "ar"):
        return native or latin
    if language.startswith("zh") or language in ("ja", "ko"):
        return native if is_cjk(native) else (latin or native)
    # Latin-script languages: the native name when it is already Latin, else the transcription.
    if native and _LATIN.match(native):
        return native
    return latin or native


def _base(language: str) -> str:
    return "zh" if language.startswith("zh") else language.split("-")[0]


def salutation(client: Named, language: str | None = None) -> str:
    """The honorific form of address in `language` (default: the client's own)."""
    lang = language or getattr(client, "preferred_language", "") or "en"
    family = _family_for(client, lang)
    if lang.startswith("zh"):
        suffix = _ZH.get(client.title)
        return f"{family}{suffix}" if suffix else _full(client, lang)
    if lang == "ja":
        return f"{family}様"
    if lang == "ko":
        native = native_name(client)
        full = native if is_cjk(native) else (latin_name(client) or native)
        return f"{full} 님"
    table = _HONORIFICS.get(lang, _HONORIFICS["en"])
    word = table.get(client.title, "")
    return f"{word} {family}" if word else _full(client, lang)


def greeting(client: Named, language: str | None = None) -> str:
    """How a message to the client opens, without punctuation: "Chère Madame Dupont", "尊敬的张女士".

    The adjective agrees with the title (Cher Monsieur / Chère Madame); without a title, or
    with one of unknown gender (Dr, Mx), a neutral form: "Bonjour Camille Dupont", "Dear Camille Dupont".
    """
    lang = language or getattr(client, "preferred_language", "") or "en"
    base = _base(lang)
    forms = _GREETINGS.get(base, _GREETINGS["en"])
    address = salutation(client, lang if base in _GREETINGS else "en")
    title = client.title or Title.NONE
    titled = bool(_HONORIFICS.get(base, {}).get(title)) if base in _HONORIFICS else bool(title)
    if not titled or base in ("zh", "ja", "ko"):
        form = forms[3]
    elif title == Title.MR:
        form = forms[0]
    elif title in _FEMININE:
        form = forms[1]
    else:
        form = forms[2]
    if titled and base in _LOWER_INSIDE:
        address = address[:1].lower() + address[1:]
    return form.format(address)


def _full(p: Named, lang: str) -> str:
    native, latin = native_name(p), latin_name(p)
    if lang.startswith("zh") or lang in ("ja", "ko", "ru", "ar"):
        return native or latin
    if native and _LATIN.match(native):
        return native
    return latin or native
