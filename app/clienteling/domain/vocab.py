"""Closed vocabularies. Codes only; the UI owns the translated labels."""

from __future__ import annotations

from enum import StrEnum


class Title(StrEnum):
    NONE = ""
    MR = "mr"
    MRS = "mrs"
    MS = "ms"
    MISS = "miss"
    DR = "dr"
    MX = "mx"


class Tier(StrEnum):
    PROSPECT = "prospect"
    CLIENT = "client"
    GOLD = "gold"
    PLATINUM = "platinum"
    VIC = "vic"


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    WECHAT = "wechat"
    LINE = "line"
    KAKAO = "kakao"
    POST = "post"


class NoteKind(StrEnum):
    CONVERSATION = "conversation"
    GIFT_IDEA = "gift_idea"
    STYLE = "style"
    SERVICE = "service"


class Sentiment(StrEnum):
    LIKE = "like"
    DISLIKE = "dislike"


class PreferenceCategory(StrEnum):
    COLOUR = "colour"
    MATERIAL = "material"
    LINE = "line"
    STYLE = "style"
    ALLERGY = "allergy"
    FRAGRANCE = "fragrance"
    OTHER = "other"


class SizeCategory(StrEnum):
    READY_TO_WEAR = "ready_to_wear"
    JACKET = "jacket"
    TROUSERS = "trousers"
    SHIRT = "shirt"
    SHOE = "shoe"
    RING = "ring"
    BELT = "belt"
    GLOVE = "glove"
    HAT = "hat"
    WATCH_STRAP = "watch_strap"


class SizeSystem(StrEnum):
    EU = "EU"
    US = "US"
    UK = "UK"
    IT = "IT"
    FR = "FR"
    JP = "JP"
    CN = "CN"
    INTL = "INTL"  # XS / S / M / L / XL
    CM = "cm"
    MM = "mm"


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    FRIEND = "friend"
    COLLEAGUE = "colleague"
    OTHER = "other"


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    OTHER = "other"


class ConsentStatus(StrEnum):
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"


class WishStatus(StrEnum):
    OPEN = "open"
    FULFILLED = "fulfilled"
    DROPPED = "dropped"


class ProductCategory(StrEnum):
    LEATHER_GOODS = "leather_goods"
    READY_TO_WEAR = "ready_to_wear"
    SHOES = "shoes"
    JEWELLERY = "jewellery"
    WATCHES = "watches"
    FRAGRANCE = "fragrance"
    ACCESSORIES = "accessories"


# Languages the app can greet a client in (BCP 47).
LANGUAGES = ("en", "fr", "it", "zh-Hans", "zh-Hant", "ja", "ko", "ar", "ru", "de", "es")


class AppointmentPurpose(StrEnum):
    STYLING_SESSION = "styling_session"
    PRIVATE_VIEWING = "private_viewing"
    FITTING = "fitting"
    ALTERATION_FITTING = "alteration_fitting"
    PICKUP = "pickup"
    REPAIR_DROP_OFF = "repair_drop_off"
    EVENT = "event"
    VIDEO_CALL = "video_call"


class Place(StrEnum):
    BOUTIQUE = "boutique"
    SALON = "salon"
    CLIENT_HOME = "client_home"
    HOTEL = "hotel"
    VIDEO = "video"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class CaseKind(StrEnum):
    REPAIR = "repair"
    ALTERATION = "alteration"
    SERVICE = "service"  # e.g. a watch service
    CLEANING = "cleaning"  # cleaning / care
    ENGRAVING = "engraving"  # engraving / personalisation
    BESPOKE = "bespoke"  # bespoke or special order


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class OutreachPurpose(StrEnum):
    BIRTHDAY = "birthday"
    IMPORTANT_DATE = "important_date"
    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"
    AFTERCARE_SCHEDULE = "aftercare_schedule"
    AFTERCARE_MILESTONE = "aftercare_milestone"
    APPOINTMENT_FOLLOW_UP = "appointment_follow_up"
    NO_SHOW = "no_show"
    RE_ENGAGEMENT = "re_engagement"
    NEW_ARRIVAL = "new_arrival"
    WISHLIST = "wishlist"
    OTHER = "other"


class OutreachOutcome(StrEnum):
    SENT = "sent"
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    DECLINED = "declined"


class PromptStateKind(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
