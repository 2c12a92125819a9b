"""How to address a client in their language: 张先生, Mrs Zhang, Madame Dupont."""

from __future__ import annotations

import re

from .client import Client, is_cjk
from .vocab import Title

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


def _family_for(client: Client, language: str) -> str:
    native = client.family_name or client.given_name
    latin = client.family_name_latin or client.given_name_latin
    if language in ("ru", "ar"):
        return native or latin
    if language.startswith("zh") or language in ("ja", "ko"):
        return native if is_cjk(native) else (latin or native)
    # Latin-script languages: the native name when it is already Latin, else the transcription.
    if native and _LATIN.match(native):
        return native
    return latin or native


def salutation(client: Client, language: str | None = None) -> str:
    """The honorific form of address in `language` (default: the client's own)."""
    lang = language or client.preferred_language
    family = _family_for(client, lang)
    if lang.startswith("zh"):
        suffix = _ZH.get(client.title)
        return f"{family}{suffix}" if suffix else _full(client, lang)
    if lang == "ja":
        return f"{family}様"
    if lang == "ko":
        full = client.native_name if is_cjk(client.native_name) else (client.latin_name or client.native_name)
        return f"{full} 님"
    table = _HONORIFICS.get(lang, _HONORIFICS["en"])
    word = table.get(client.title, "")
    return f"{word} {family}" if word else _full(client, lang)


def _full(client: Client, lang: str) -> str:
    if lang.startswith("zh") or lang in ("ja", "ko", "ru", "ar"):
        return client.native_name or client.latin_name
    native = client.native_name
    if native and _LATIN.match(native):
        return native
    return client.latin_name or native
