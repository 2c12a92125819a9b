"""The links that open a draft in the advisor's channel: mailto:, sms:, tel:, WhatsApp.

Each link carries the text percent-encoded as UTF-8 (RFC 3986), so a Chinese subject or an
Arabic body arrives intact; a mail body's lines end in CRLF as RFC 6068 asks. Channels
without a link (WeChat, LINE, KakaoTalk, post) return None: the draft is copied instead.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from ...domain.vocab import Channel

COPY_ONLY = frozenset({Channel.WECHAT, Channel.LINE, Channel.KAKAO, Channel.POST})
NEEDS_EMAIL = frozenset({Channel.EMAIL})


def _q(text: str) -> str:
    return quote(text, safe="")


def mailto(address: str, subject: str, body: str) -> str:
    body = re.sub(r"\r?\n", "\r\n", body)
    return f"mailto:{quote(address, safe='@')}?subject={_q(subject)}&body={_q(body)}"


def sms(phone: str, body: str) -> str:
    return f"sms:{quote(phone, safe='+')}?body={_q(body)}"


def tel(phone: str) -> str:
    return f"tel:{quote(phone, safe='+')}"


def whatsapp(phone: str, body: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return f"https://wa.me/{digits}?text={_q(body)}"


def channel_url(channel: Channel, *, email: str = "", phone: str = "", subject: str = "",
                body: str = "") -> str | None:
    """The link that opens `channel` with the draft, or None (copy-only channel, or no address)."""
    if channel == Channel.EMAIL and email:
        return mailto(email, subject, body)
    if channel == Channel.SMS and phone:
        return sms(phone, body)
    if channel == Channel.PHONE and phone:
        return tel(phone)
    if channel == Channel.WHATSAPP and phone:
        return whatsapp(phone, body)
    return None
