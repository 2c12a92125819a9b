"""Translated labels for the domain's codes. The domain keeps codes; the UI says words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # named so lupdate reads translate(context, text)


def tier(code: str) -> str:
    return {"prospect": translate("Labels", "Prospect"), "client": translate("Labels", "Client"),
            "gold": translate("Labels", "Gold"), "platinum": translate("Labels", "Platinum"),
            "vic": translate("Labels", "VIC")}.get(code, code)


def title(code: str) -> str:
    return {"": translate("Labels", "(none)"), "mr": translate("Labels", "Mr"),
            "mrs": translate("Labels", "Mrs"), "ms": translate("Labels", "Ms"),
            "miss": translate("Labels", "Miss"), "dr": translate("Labels", "Dr"),
            "mx": translate("Labels", "Mx")}.get(code, code)


def channel(code: str) -> str:
    return {"phone": translate("Labels", "Phone"), "sms": translate("Labels", "SMS"),
            "email": translate("Labels", "Email"), "whatsapp": translate("Labels", "WhatsApp"),
            "wechat": translate("Labels", "WeChat"), "line": translate("Labels", "LINE"),
            "kakao": translate("Labels", "KakaoTalk"), "post": translate("Labels", "Post")}.get(code, code)


def language(code: str) -> str:
    return {"en": translate("Labels", "English"), "fr": translate("Labels", "French"),
            "it": translate("Labels", "Italian"), "zh-Hans": translate("Labels", "Chinese (Simplified)"),
            "zh-Hant": translate("Labels", "Chinese (Traditional)"), "ja": translate("Labels", "Japanese"),
            "ko": translate("Labels", "Korean"), "ar": translate("Labels", "Arabic"),
            "ru": translate("Labels", "Russian"), "de": translate("Labels", "German"),
            "es": translate("Labels", "Spanish")}.get(code, code)


def note_kind(code: str) -> str:
    return {"conversation": translate("Labels", "Conversation"), "gift_idea": translate("Labels", "Gift idea"),
            "style": translate("Labels", "Style"), "service": translate("Labels", "Service")}.get(code, code)


def preference_category(code: str) -> str:
    return {"colour": translate("Labels", "Colours"), "material": translate("Labels", "Materials"),
            "line": translate("Labels", "Lines"), "style": translate("Labels", "Styles"),
            "allergy": translate("Labels", "Allergies"), "fragrance": translate("Labels", "Fragrance"),
            "other": translate("Labels", "Other")}.get(code, code)


def sentiment(code: str) -> str:
    return {"like": translate("Labels", "Likes"), "dislike": translate("Labels", "Dislikes")}.get(code, code)


def size_category(code: str) -> str:
    return {"ready_to_wear": translate("Labels", "Ready-to-wear"), "jacket": translate("Labels", "Jacket"),
            "trousers": translate("Labels", "Trousers"), "shirt": translate("Labels", "Shirt"),
            "shoe": translate("Labels", "Shoes"), "ring": translate("Labels", "Ring"),
            "belt": translate("Labels", "Belt"), "glove": translate("Labels", "Gloves"),
            "hat": translate("Labels", "Hat"), "watch_strap": translate("Labels", "Watch strap")}.get(code, code)


def relation_kind(code: str) -> str:
    return {"spouse": translate("Labels", "Spouse"), "partner": translate("Labels", "Partner"),
            "child": translate("Labels", "Child"), "parent": translate("Labels", "Parent"),
            "sibling": translate("Labels", "Sibling"), "friend": translate("Labels", "Friend"),
            "colleague": translate("Labels", "Colleague"), "other": translate("Labels", "Other")}.get(code, code)


def date_kind(code: str) -> str:
    return {"birthday": translate("Labels", "Birthday"), "anniversary": translate("Labels", "Anniversary"),
            "other": translate("Labels", "Date")}.get(code, code)


def consent_status(code: str) -> str:
    return {"granted": translate("Labels", "Granted"), "withdrawn": translate("Labels", "Withdrawn")}.get(code, code)


def wish_status(code: str) -> str:
    return {"open": translate("Labels", "Wanted"), "fulfilled": translate("Labels", "Fulfilled"),
            "dropped": translate("Labels", "Dropped")}.get(code, code)


def product_category(code: str | None) -> str:
    return {"leather_goods": translate("Labels", "Leather goods"),
            "ready_to_wear": translate("Labels", "Ready-to-wear"), "shoes": translate("Labels", "Shoes"),
            "jewellery": translate("Labels", "Jewellery"), "watches": translate("Labels", "Watches"),
            "fragrance": translate("Labels", "Fragrance"), "accessories": translate("Labels", "Accessories")}.get(code or "", code or "")
