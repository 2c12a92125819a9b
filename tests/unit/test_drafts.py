"""Message drafts: every purpose in every language, the right greeting, the client's formats."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from clienteling.domain.salutation import greeting
from clienteling.domain.vocab import LANGUAGES, OutreachPurpose
from clienteling.outreach.drafts import DETAIL_KEYS, default_renderer, format_locale, render_draft
from clienteling.outreach.prompt import DraftContext
from clienteling.resources import resource

PARIS = timezone(timedelta(hours=1))
NAMES = {
    "cjk": dict(title="mrs", family_name="张", given_name="丽", family_name_latin="Zhang", given_name_latin="Li"),
    "arabic": dict(title="mr", family_name="الهاشمي", given_name="خالد", family_name_latin="",
                   given_name_latin=""),
    "accented": dict(title="mrs", family_name="Lefèvre", given_name="Héloïse", family_name_latin="",
                     given_name_latin=""),
}
FULL = dict(item="Kelly 28, étoupe", category="leather_goods", purchased_on=date(2025, 5, 12),
            amount=Decimal("1250"), currency="EUR", date=date(2025, 12, 3), occasion="anniversary",
            label="Wedding anniversary", relation_name="李娜", appointment_at=datetime(2025, 11, 25, 15, 30, tzinfo=PARIS),
            kind="repair", stage="quote_sent", promised_on=date(2025, 11, 21), delayed=False,
            news_by=date(2025, 11, 28), hold_until=date(2025, 12, 5), line="Heritage", segment="dormant",
            event="the Heritage evening", event_on=date(2025, 12, 11), country="FR")


def ctx(purpose, language="en", names="accented", **details) -> DraftContext:
    return DraftContext(purpose=OutreachPurpose(purpose), language=language, advisor="Camille Fabre",
                        boutique="Paris Saint-Honoré", details=details, **NAMES[names])


def spaces(text: str) -> str:
    """Babel writes narrow and no-break spaces; compare them as plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_every_purpose_has_a_template_in_english_french_and_simplified_chinese():
    for lang in ("en", "fr", "zh-Hans"):
        for purpose in OutreachPurpose:
            assert resource("templates", lang, f"{purpose.value}.j2").is_file(), (lang, purpose)
        assert resource("templates", lang, "_layout.j2").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize("details", [FULL, {}], ids=["all details", "no details"])
def test_every_purpose_renders_in_every_language_for_every_script(language, names, details):
    for purpose in OutreachPurpose:
        draft = render_draft(ctx(purpose, language, names, **details))
        assert draft.language in ("en", "fr", "zh-Hans")
        assert draft.subject and "\n" not in draft.subject
        first, _, rest = draft.body.partition("\n")
        n = NAMES[names]
        assert n["family_name"] in first or (n["family_name_latin"] and n["family_name_latin"] in first), first
        assert rest.strip(), purpose
        assert draft.body.rstrip().endswith("Paris Saint-Honoré")
        for leftover in ("{{", "{%", "None", "end_of_subject", "\n\n\n"):
            assert leftover not in draft.body and leftover not in draft.subject, (purpose, leftover)
        if details:
            assert "Kelly 28, étoupe" in draft.body + draft.subject or purpose in (
                "birthday", "important_date", "re_engagement"), purpose


@pytest.mark.parametrize("language, names, expected", [
    ("zh-Hans", dict(title="mrs", family_name="张", given_name="丽", family_name_latin="Zhang",
                     given_name_latin="Li"), "尊敬的张女士："),
    ("zh-Hans", dict(title="mr", family_name="张", given_name="伟", family_name_latin="Zhang",
                     given_name_latin="Wei"), "尊敬的张先生："),
    ("zh-Hans", dict(title="", family_name="张", given_name="伟", family_name_latin="Zhang",
                     given_name_latin="Wei"), "尊敬的张伟："),
    ("en", dict(title="mrs", family_name="张", given_name="丽", family_name_latin="Zhang",
                given_name_latin="Li"), "Dear Mrs Zhang,"),
    ("en", dict(title="", family_name="Dupont", given_name="Camille", family_name_latin="",
                given_name_latin=""), "Dear Camille Dupont,"),
    ("fr", dict(title="mrs", family_name="Dupont", given_name="Héloïse", family_name_latin="",
                given_name_latin=""), "Chère Madame Dupont,"),
    ("fr", dict(title="ms", family_name="Dupont", given_name="Héloïse", family_name_latin="",
                given_name_latin=""), "Chère Madame Dupont,"),
    ("fr", dict(title="mr", family_name="Dupont", given_name="Benoît", family_name_latin="",
                given_name_latin=""), "Cher Monsieur Dupont,"),
    ("fr", dict(title="", family_name="Dupont", given_name="Camille", family_name_latin="",
                given_name_latin=""), "Bonjour Camille Dupont,"),
    ("fr", dict(title="mx", family_name="Dupont", given_name="Camille", family_name_latin="",
                given_name_latin=""), "Bonjour Camille Dupont,"),
    ("fr", dict(title="dr", family_name="Dupont", given_name="Camille", family_name_latin="",
                given_name_latin=""), "Bonjour Docteur Dupont,"),
])
def test_the_draft_opens_with_the_greeting_of_its_language_and_title(language, names, expected):
    draft = render_draft(DraftContext(purpose=OutreachPurpose.THANK_YOU, language=language, advisor="",
                                      boutique="Paris", **names))
    assert draft.body.splitlines()[0] == expected


@pytest.mark.parametrize("language, title, expected", [
    ("de", "mrs", "Sehr geehrte Frau Müller"), ("de", "mr", "Sehr geehrter Herr Müller"),
    ("de", "", "Guten Tag Anna Müller"), ("it", "mrs", "Gentile Signora Müller"),
    ("es", "mrs", "Estimada señora Müller"), ("es", "mr", "Estimado señor Müller"),
    ("en", "dr", "Dear Dr Müller"), ("en", "mx", "Dear Mx Müller"),
])
def test_greetings_agree_with_the_title_in_other_languages(language, title, expected):
    names = dict(title=title, family_name="Müller", given_name="Anna", family_name_latin="", given_name_latin="")
    assert greeting(DraftContext(purpose=OutreachPurpose.OTHER, language=language, advisor="", boutique="",
                                 **names), language) == expected


def test_russian_and_arabic_greetings_agree_with_the_title():
    ru = dict(family_name="Иванова", given_name="Анна", family_name_latin="Ivanova", given_name_latin="Anna")
    ar = dict(family_name="الهاشمي", given_name="فاطمة", family_name_latin="", given_name_latin="")
    make = lambda **n: DraftContext(purpose=OutreachPurpose.OTHER, language="", advisor="", boutique="", **n)  # noqa: E731
    assert greeting(make(title="mrs", **ru), "ru") == "Уважаемая госпожа Иванова"
    assert greeting(make(title="mr", **{**ru, "family_name": "Иванов"}), "ru") == "Уважаемый господин Иванов"
    assert greeting(make(title="mrs", **ar), "ar") == "عزيزتي السيدة الهاشمي"
    assert greeting(make(title="", **ar), "ar") == "مرحباً فاطمة الهاشمي"


@pytest.mark.parametrize("asked, used", [
    ("en", "en"), ("fr", "fr"), ("fr-CA", "fr"), ("zh", "zh-Hans"), ("zh-Hans", "zh-Hans"), ("zh-CN", "zh-Hans"),
    ("zh_CN", "zh-Hans"), ("zh-SG", "zh-Hans"), ("zh-Hant", "zh-Hans"), ("zh-TW", "zh-Hans"),
    ("ar", "en"), ("ja", "en"), ("ko", "en"), ("ru", "en"), ("it", "en"), ("de", "en"), ("es", "en"),
    ("", "en"), ("xx-Nowhere", "en"),
])
def test_language_fallback_says_which_language_was_used(asked, used):
    assert render_draft(ctx("thank_you", asked)).language == used


def test_traditional_chinese_is_used_when_its_templates_exist(tmp_path):
    from clienteling.outreach.drafts import DraftRenderer

    for lang in ("en", "zh-Hans", "zh-Hant"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "thank_you.j2").write_text(f"{{{{ end_of_subject }}}}{lang}", encoding="utf-8")
    (tmp_path / "zh-Hans" / "birthday.j2").write_text("{{ end_of_subject }}zh-Hans", encoding="utf-8")
    renderer = DraftRenderer(tmp_path)
    assert renderer.render(ctx("thank_you", "zh-TW")).language == "zh-Hant"
    assert renderer.render(ctx("thank_you", "zh-HK")).body == "zh-Hant"
    assert renderer.render(ctx("birthday", "zh-Hant")).language == "zh-Hans"  # no zh-Hant birthday yet
    assert renderer.render(ctx("thank_you", "zh-CN")).language == "zh-Hans"


@pytest.mark.parametrize("language, country, expected", [
    ("en", None, "en_GB"), ("en", "US", "en_US"), ("en", "FR", "en_GB"), ("en", "SG", "en_SG"),
    ("fr", None, "fr_FR"), ("fr", "CA", "fr_CA"), ("fr", "CH", "fr_CH"), ("fr", "CN", "fr_FR"),
    ("zh-Hans", None, "zh_Hans_CN"), ("zh-Hans", "SG", "zh_Hans_SG"), ("zh-Hans", "FR", "zh_Hans_CN"),
    ("zh-Hant", "HK", "zh_Hant_HK"), ("de", "CH", "de_CH"), ("ar", None, "ar_AE"), ("ja", None, "ja_JP"),
    ("en", "??", "en_GB"), ("klingon", None, "en_GB"),
])
def test_the_format_locale_follows_language_and_region(language, country, expected):
    assert format_locale(language, country) == expected


def test_dates_and_amounts_are_written_the_way_the_client_reads_them():
    details = dict(item="Kelly 28", kind="repair", stage="quote_sent", amount=Decimal("1250"), currency="EUR",
                   promised_on=date(2025, 11, 28))
    en = render_draft(ctx("aftercare_milestone", "en", **details)).body
    assert "€1,250.00" in en and "Friday, 28 November 2025" in en
    us = render_draft(ctx("aftercare_milestone", "en", **details, country="US")).body
    assert "Friday, November 28, 2025" in us
    fr = spaces(render_draft(ctx("aftercare_milestone", "fr", **details)).body)
    assert "1 250,00 €" in fr and "vendredi 28 novembre 2025" in fr
    zh = render_draft(ctx("aftercare_milestone", "zh-Hans", "cjk", **{**details, "currency": "CNY"})).body
    assert "¥1,250.00" in zh and "2025年11月28日星期五" in zh
    no_show = render_draft(ctx("no_show", "fr", appointment_at=datetime(2025, 11, 25, 15, 30, tzinfo=PARIS))).body
    assert "mardi 25 novembre 2025 à 15:30" in no_show


def test_an_amount_without_a_currency_is_still_a_number_in_the_locale():
    fr = spaces(render_draft(ctx("aftercare_milestone", "fr", stage="quote_sent", amount=Decimal("1250.5"))).body)
    assert "1 250,5" in fr


@pytest.mark.parametrize("language, words", [
    ("en", ["I know how much your Kelly 28 means to you", "truly sorry", "I understand how frustrating",
            "I have asked the workshop to give it priority", "news from me by Friday, 28 November 2025"]),
    ("fr", ["Je sais combien vous tenez à votre Kelly 28", "je regrette sincèrement",
            "Je comprends combien cette attente", "J'ai demandé à l'atelier",
            "au plus tard le vendredi 28 novembre 2025"]),
    ("zh-Hans", ["我知道Kelly 28对您意义重大", "深感抱歉", "我完全理解", "我已请工坊优先处理", "2025年11月28日星期五之前"]),
])
def test_a_late_case_gets_the_empathy_pattern(language, words):
    """Acknowledge the feeling, show understanding, say what was done and when the client hears back."""
    draft = render_draft(ctx("aftercare_milestone", language, kind="repair", stage="in_progress", item="Kelly 28",
                             delayed=True, promised_on=date(2025, 11, 21), news_by=date(2025, 11, 28)))
    for w in words:
        assert w in draft.body, w
    positions = [draft.body.index(w) for w in words]
    assert positions == sorted(positions), "feeling, understanding, then the action and when"


def test_aftercare_milestones_say_what_the_stage_means():
    ready = render_draft(ctx("aftercare_milestone", "en", item="Kelly 28", kind="repair", stage="back_in_boutique"))
    assert ready.subject == "Your Kelly 28 is ready" and "ready for you" in ready.body
    quote = render_draft(ctx("aftercare_milestone", "en", item="Kelly 28", kind="service", stage="quote_sent",
                             amount=Decimal("480"), currency="EUR"))
    assert "the service comes to €480.00" in quote.body
    proposal = render_draft(ctx("aftercare_milestone", "zh-Hans", "cjk", item="订婚戒指", kind="bespoke",
                                stage="design_proposal"))
    assert "设计方案" in proposal.subject


def test_a_gift_birthday_names_the_person_it_is_for():
    draft = render_draft(ctx("birthday", "en", relation_name="Li Na", date=date(2026, 3, 8)))
    assert draft.subject == "A birthday gift for Li Na"
    assert "Li Na's birthday is coming up on Sunday, 8 March 2026" in draft.body


def test_re_engagement_differs_by_segment():
    core = render_draft(ctx("re_engagement", "en", segment="core", event="the Heritage evening",
                            event_on=date(2025, 12, 11))).body
    dormant = render_draft(ctx("re_engagement", "en", segment="dormant", line="Heritage")).body
    assert "personally" in core and "the Heritage evening" in core
    assert "It has been a while since your last visit" in dormant and "Heritage" in dormant


def test_unknown_detail_keys_are_ignored_and_known_ones_always_exist():
    draft = render_draft(ctx("thank_you", "en", surprise="x", **{"not a name": 1, "_private": 2}))
    assert "x" not in draft.subject
    assert {"item", "promised_on", "delayed", "country"} <= set(DETAIL_KEYS)


def test_the_renderer_is_shared():
    assert default_renderer() is default_renderer()
    assert {"en", "fr", "zh-Hans"} <= set(default_renderer().languages())


def test_body_has_greeting_message_closing_and_signature_in_order():
    body = render_draft(ctx("thank_you", "en")).body
    assert re.fullmatch(r"Dear Mrs Lefèvre,\n\nThank you .+\n\nWarm regards,\nCamille Fabre\nParis Saint-Honoré",
                        body, re.DOTALL), body


def test_a_late_case_without_a_day_for_news_promises_one_two_days_on():
    base = dict(kind="repair", stage="in_progress", item="Kelly 28", delayed=True)
    wednesday = render_draft(ctx("aftercare_milestone", "en", **base, today=date(2025, 11, 26))).body
    assert "you will have news from me by Friday, 28 November 2025" in wednesday
    friday = render_draft(ctx("aftercare_milestone", "en", **base, today=date(2025, 11, 28))).body
    assert "by Monday, 1 December 2025" in friday  # never a Sunday
    chosen = render_draft(ctx("aftercare_milestone", "en", **base, today=date(2025, 11, 26),
                              news_by=date(2025, 12, 3))).body
    assert "by Wednesday, 3 December 2025" in chosen


def test_a_wish_without_a_catalogue_name_uses_the_advisors_words():
    draft = render_draft(ctx("wishlist", "fr", wish="Sac Kelly 25 en étoupe"))
    assert "Sac Kelly 25 en étoupe" in draft.body and "Sac Kelly 25 en étoupe" in draft.subject
