"""Translated labels for the domain's codes. The domain keeps codes; the UI says words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def tier(code: str) -> str:
    return {"prospect": _t("Prospect"), "client": _t("Client"), "gold": _t("Gold"),
            "platinum": _t("Platinum"), "vic": _t("VIC")}.get(code, code)


def title(code: str) -> str:
    return {"": _t("(none)"), "mr": _t("Mr"), "mrs": _t("Mrs"), "ms": _t("Ms"), "miss": _t("Miss"),
            "dr": _t("Dr"), "mx": _t("Mx")}.get(code, code)


def channel(code: str) -> str:
    return {"phone": _t("Phone"), "sms": _t("SMS"), "email": _t("Email"), "whatsapp": _t("WhatsApp"),
            "wechat": _t("WeChat"), "line": _t("LINE"), "kakao": _t("KakaoTalk"), "post": _t("Post")}.get(code, code)


def language(code: str) -> str:
    return {"en": _t("English"), "fr": _t("French"), "it": _t("Italian"), "zh-Hans": _t("Chinese (Simplified)"),
            "zh-Hant": _t("Chinese (Traditional)"), "ja": _t("Japanese"), "ko": _t("Korean"),
            "ar": _t("Arabic"), "ru": _t("Russian"), "de": _t("German"), "es": _t("Spanish")}.get(code, code)


def note_kind(code: str) -> str:
    return {"conversation": _t("Conversation"), "gift_idea": _t("Gift idea"), "style": _t("Style"),
            "service": _t("Service")}.get(code, code)


def preference_category(code: str) -> str:
    return {"colour": _t("Colours"), "material": _t("Materials"), "line": _t("Lines"), "style": _t("Styles"),
            "allergy": _t("Allergies"), "fragrance": _t("Fragrance"), "other": _t("Other")}.get(code, code)


def sentiment(code: str) -> str:
    return {"like": _t("Likes"), "dislike": _t("Dislikes")}.get(code, code)


def size_category(code: str) -> str:
    return {"ready_to_wear": _t("Ready-to-wear"), "jacket": _t("Jacket"), "trousers": _t("Trousers"),
            "shirt": _t("Shirt"), "shoe": _t("Shoes"), "ring": _t("Ring"), "belt": _t("Belt"),
            "glove": _t("Gloves"), "hat": _t("Hat"), "watch_strap": _t("Watch strap")}.get(code, code)


def relation_kind(code: str) -> str:
    return {"spouse": _t("Spouse"), "partner": _t("Partner"), "child": _t("Child"), "parent": _t("Parent"),
            "sibling": _t("Sibling"), "friend": _t("Friend"), "colleague": _t("Colleague"),
            "other": _t("Other")}.get(code, code)


def date_kind(code: str) -> str:
    return {"birthday": _t("Birthday"), "anniversary": _t("Anniversary"), "other": _t("Date")}.get(code, code)


def consent_status(code: str) -> str:
    return {"granted": _t("Granted"), "withdrawn": _t("Withdrawn")}.get(code, code)


def wish_status(code: str) -> str:
    return {"open": _t("Wanted"), "fulfilled": _t("Fulfilled"), "dropped": _t("Dropped")}.get(code, code)


def product_category(code: str | None) -> str:
    return {"leather_goods": _t("Leather goods"), "ready_to_wear": _t("Ready-to-wear"), "shoes": _t("Shoes"),
            "jewellery": _t("Jewellery"), "watches": _t("Watches"), "fragrance": _t("Fragrance"),
            "accessories": _t("Accessories")}.get(code or "", code or "")
