"""Addressing a client correctly in their language: 张女士, Mrs Zhang, Madame Dupont."""

from __future__ import annotations

import pytest

from clienteling.domain import Client, build, salutation

ZHANG_WEI = dict(family_name="张", given_name="伟", family_name_latin="Zhang", given_name_latin="Wei",
                 preferred_language="zh-Hans")
ZHANG_LI = dict(family_name="张", given_name="丽", family_name_latin="Zhang", given_name_latin="Li",
                preferred_language="zh-Hans")


def client(**fields) -> Client:
    return build(Client, **fields)


@pytest.mark.parametrize("fields, language, expected", [
    ({**ZHANG_WEI, "title": "mr"}, "zh-Hans", "张先生"),
    ({**ZHANG_LI, "title": "mrs"}, "zh-Hans", "张女士"),
    ({**ZHANG_LI, "title": "ms"}, "zh-Hant", "张女士"),
    ({**ZHANG_LI, "title": "mrs"}, "en", "Mrs Zhang"),
    ({**ZHANG_WEI, "title": "mr"}, "en", "Mr Zhang"),
    ({**ZHANG_LI, "title": "mrs"}, "fr", "Madame Zhang"),
    (dict(family_name="Dupont", given_name="Héloïse", title="mrs"), "fr", "Madame Dupont"),
    (dict(family_name="Dupont", given_name="Jean", title="mr"), "fr", "Monsieur Dupont"),
    (dict(family_name="Dupont", given_name="Héloïse", title="mrs"), "en", "Mrs Dupont"),
    (dict(family_name="Rossi", given_name="Giulia", title="mrs"), "it", "Signora Rossi"),
    (dict(family_name="Müller", given_name="Anna", title="mrs"), "de", "Frau Müller"),
    (dict(family_name="森", given_name="花子", family_name_latin="Mori", title="ms"), "ja", "森様"),
    (dict(family_name="Mori", given_name="Hanako", title="ms"), "ja", "Mori様"),
    (dict(family_name="김", given_name="민준", family_name_latin="Kim", title="mr"), "ko", "김민준 님"),
    (dict(family_name="الفاسي", given_name="فاطمة", title="mrs"), "ar", "السيدة الفاسي"),
    (dict(family_name="الفاسي", given_name="خالد", title="mr"), "ar", "السيد الفاسي"),
    (dict(family_name="Иванов", given_name="Сергей", title="mr"), "ru", "Господин Иванов"),
    (dict(family_name="Иванова", given_name="Анна", title="mrs"), "ru", "Госпожа Иванова"),
    (dict(family_name="Иванов", given_name="Сергей", family_name_latin="Ivanov", title="mr"), "en",
     "Mr Ivanov"),
])
def test_salutation_in_the_language_asked_for(fields, language, expected):
    assert salutation(client(**fields), language) == expected


def test_salutation_defaults_to_the_clients_own_language():
    assert salutation(client(**ZHANG_LI, title="mrs")) == "张女士"
    assert salutation(client(family_name="Dupont", title="mrs", preferred_language="fr")) == "Madame Dupont"


@pytest.mark.parametrize("fields, language, expected", [
    (dict(family_name="Dupont", given_name="Camille"), "fr", "Camille Dupont"),
    (dict(family_name="Dupont", given_name="Camille", title="mx"), "fr", "Camille Dupont"),
    ({**ZHANG_WEI}, "zh-Hans", "张伟"),
    ({**ZHANG_WEI}, "en", "Zhang Wei"),
])
def test_without_a_title_the_full_name_is_used(fields, language, expected):
    assert salutation(client(**fields), language) == expected


def test_a_salutation_never_leaves_a_dangling_space_or_empty_name():
    for lang in ("en", "fr", "it", "de", "es", "ru", "ar", "zh-Hans", "ja", "ko"):
        for title in ("", "mr", "mrs", "ms", "miss", "dr", "mx"):
            text = salutation(client(family_name="Dupont", given_name="Camille", title=title), lang)
            assert text == text.strip() and "  " not in text and "Dupont" in text, (lang, title, text)
