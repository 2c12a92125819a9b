"""Turn what an advisor typed into clean values, or say plainly what is wrong."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .errors import ValidationError

MAX_NAME = 200
MAX_SHORT = 500
MAX_NOTE = 200_000


def clean_text(value: str | None, field: str, *, max_len: int = MAX_SHORT,
               multiline: bool = False) -> str:
    """NFC-normalise, strip, drop control characters; refuse text that is too long."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    allowed = {"\n", "\t"} if multiline else set()
    text = "".join(
        ch for ch in text
        if ch in allowed or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    text = text.strip()
    if len(text) > max_len:
        raise ValidationError(
            f"{_label(field)} is too long ({len(text):,} characters; the limit is {max_len:,}).",
            field,
        )
    return text


def parse_phone(raw: str, region: str | None) -> str:
    """Parse a phone number for the client's country and return it in E.164."""
    import phonenumbers  # imported on first use: it weighs on start-up
    text = clean_text(raw, "phone", max_len=64)
    if not text:
        raise ValidationError("The phone number is empty.", "phone")
    region = (region or "").upper() or None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        hint = "" if text.startswith("+") or region else " Add the country code (for example +33)."
        raise ValidationError(f"“{text}” is not a phone number.{hint}", "phone") from None
    if not phonenumbers.is_valid_number(number):
        where = f" for {region}" if region and not text.startswith("+") else ""
        raise ValidationError(f"“{text}” is not a valid phone number{where}.", "phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=1024)
def _parsed(e164: str):
    """A stored number, parsed once for its display form and its digit variants (both are asked for
    when a client is indexed). Raises NumberParseException, which is not cached."""
    import phonenumbers  # imported on first use: it weighs on start-up
    return phonenumbers.parse(e164, None)


def format_phone(e164: str) -> str:
    """International format for display: +33 6 12 34 56 78."""
    import phonenumbers  # imported on first use: it weighs on start-up
    try:
        number = _parsed(e164)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_digit_variants(e164: str) -> list[str]:
    """Digit strings a person might type for this number: with and without the country code."""
    import phonenumbers  # imported on first use: it weighs on start-up
    digits = e164.lstrip("+")
    variants = [digits]
    try:
        number = _parsed(e164)
    except phonenumbers.NumberParseException:
        return variants
    national = "".join(
        ch for ch in phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if ch.isdigit()
    )
    nsn = phonenumbers.national_significant_number(number)
    for v in (national, nsn):
        if v and v not in variants:
            variants.append(v)
    return variants


def parse_email(raw: str) -> str:
    from email_validator import EmailNotValidError, validate_email  # on first use
    text = clean_text(raw, "email", max_len=254)
    if not text:
        raise ValidationError("The email address is empty.", "email")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(f"“{text}” is not a valid email address: {exc}", "email") from None
    return result.normalized


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()
