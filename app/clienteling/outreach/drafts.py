"""A message draft in the client's language, from a template per purpose, rendered in a sandbox.

Templates live in `resources/templates/<language>/<purpose>.j2` (see the README there). Each
extends its language's `_layout.j2` (greeting, closing, signature) and fills two blocks:
`subject` (the e-mail subject line) and `message` (what sits between greeting and closing).
The layout writes the subject first, then `{{ end_of_subject }}` (a token new for every
draft, so no client data can fake it), then the message: one render gives both.

Language: the client's language if there are templates for it; zh, zh-CN, zh-SG → zh-Hans;
zh-Hant / zh-TW / zh-HK → zh-Hant, else zh-Hans; fr-CA → fr; anything else → en.
`Draft.language` says which was used. Dates and amounts are formatted by babel in the
language the draft is written in, in the client's region when that region speaks it
(`details["country"]`: en + US → "Friday, November 28, 2025", en + FR → en_GB), so an
English text never carries Russian month names.

Safety: client names and details are data, never template source. Templates run in
jinja2's ImmutableSandboxedEnvironment with no globals, autoescape off (plain text) and
StrictUndefined; anything a template gets wrong (syntax, an unknown name, an attribute the
sandbox refuses) becomes one `ValidationError` sentence naming the template, never a
traceback. Every detail key below is always defined (None when the prompt did not give it),
so templates test `{% if item %}` and a missing detail never fails a draft.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from uuid import uuid4

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.languages import get_official_languages
from babel.numbers import format_currency, format_decimal
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from ..domain.errors import ValidationError
from ..domain.salutation import greeting, salutation
from ..resources import resource
from .prompt import Draft, DraftContext

# What a prompt may put in DraftContext.details; every key is defined for every template.
DETAIL_KEYS: dict[str, str] = {
    "item": "the item the message is about (a purchase, a case, a wish, a new arrival)",
    "category": "its ProductCategory code (aftercare schedules: leather_goods, watches, jewellery…)",
    "purchased_on": "date of the purchase",
    "amount": "Decimal: a quote or a price, with `currency` (EUR, CNY…)",
    "currency": "ISO 4217 code of `amount`",
    "date": "date of the birthday or important date",
    "occasion": "DateKind code of that date: birthday, anniversary, other",
    "label": "the date's own words, as the advisor wrote them (\"Wedding anniversary\")",
    "relation_name": "the person a birthday or gift is for",
    "appointment_at": "aware datetime of the appointment (follow-up, no-show)",
    "kind": "CaseKind code of an aftercare case",
    "stage": "stage code the case is at",
    "promised_on": "date the item was promised for",
    "delayed": "True when the case is late (SLA breached, promised date passed): the empathy pattern",
    "news_by": "date by which the advisor promises news (a late case without one: two days after `today`)",
    "hold_until": "date until which an item is kept aside",
    "line": "the collection or line (new arrivals, re-engagement)",
    "segment": "the client's RFM Segment code (re-engagement: core, potential, new, at_risk, dormant)",
    "event": "an event the client is invited to",
    "event_on": "date of that event",
    "country": "the client's country (ISO 3166), for regional date and money formats",
    "wish": "the wishlist entry as the advisor wrote it (when the catalogue piece has no name)",
    "today": "the boutique's day the draft is written on (default: this computer's date)",
}
NEWS_WITHIN_DAYS = 2  # a late case: the client hears from the advisor again this soon (never on a Sunday)
FALLBACK = "en"
_REGION = {"en": "GB", "fr": "FR", "it": "IT", "de": "DE", "es": "ES", "ru": "RU", "ar": "AE", "ja": "JP",
           "ko": "KR", "zh_Hans": "CN", "zh_Hant": "TW"}
_HANT = {"hant", "tw", "hk", "mo"}


def template_languages(language: str) -> list[str]:
    """The template folders to try for a client's language, best first (always ending in en)."""
    parts = (language or "").replace("_", "-").strip().lower().split("-")
    if parts[0] == "zh":
        tried = ["zh-Hant", "zh-Hans"] if _HANT & set(parts[1:]) else ["zh-Hans"]
    else:
        tried = [language.replace("_", "-").strip(), parts[0]] if parts[0] else []
    out: list[str] = []
    for lang in [*tried, FALLBACK]:
        if lang and lang not in out:
            out.append(lang)
    return out


def format_locale(language: str, country: str | None = None) -> str:
    """The babel locale dates and amounts are written in: the draft's language, in the client's
    region when that region speaks it ("en", "US" → en_US; "en", "FR" → en_GB; "zh-Hans" → zh_Hans_CN)."""
    base = language.replace("-", "_")
    code = base.split("_")[0]
    region = (country or "").upper()
    official = get_official_languages(region, de_facto=True) if len(region) == 2 and region.isalpha() else ()
    candidates = []
    if region and (base in official or code in official):
        candidates.append(f"{base}_{region}")
    if base in _REGION:
        candidates.append(f"{base}_{_REGION[base]}")
    candidates += [base, "en_GB"]
    for candidate in candidates:
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        return candidate
    return "en_GB"


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@jinja2.pass_context
def _day(ctx, value) -> str:
    """A day with its weekday: "Friday, 28 November 2025", "vendredi 28 novembre 2025"."""
    return format_date(_as_date(value), "full", locale=ctx["locale"]) if value else ""


@jinja2.pass_context
def _date(ctx, value) -> str:
    """A day: "28 November 2025", "2025年11月28日"."""
    return format_date(_as_date(value), "long", locale=ctx["locale"]) if value else ""


@jinja2.pass_context
def _time(ctx, value) -> str:
    """The time of an aware datetime, in its own time zone: "15:30", "3:30 PM"."""
    if not isinstance(value, datetime):
        return ""
    return format_time(value, "short", tzinfo=value.tzinfo, locale=ctx["locale"])


@jinja2.pass_context
def _money(ctx, amount, currency: str | None = None) -> str:
    """An amount in the client's format: "€1,250.00", "1 250,00 €"."""
    if amount is None or amount == "":
        return ""
    try:
        number = Decimal(str(amount))
    except InvalidOperation:
        return str(amount)
    code = (currency or "").strip().upper()
    if len(code) == 3 and code.isalpha():
        return format_currency(number, code, locale=ctx["locale"])
    return format_decimal(number, locale=ctx["locale"])


def _environment(folder: Path) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(folder), encoding="utf-8"), autoescape=False,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
        auto_reload=False)
    env.globals.clear()  # no range, lipsum, cycler, joiner, namespace: templates need none of them
    env.filters.update(day=_day, date=_date, time=_time, money=_money)
    return env


_BLANKS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t]+\n")


def _tidy(text: str) -> str:
    return _BLANKS.sub("\n\n", _SPACES.sub("\n", text.replace("\r\n", "\n"))).strip()


class DraftRenderer:
    """Renders drafts from the templates under `root` (default: the app's resources/templates)."""

    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root is not None else resource("templates")
        self._envs: dict[str, ImmutableSandboxedEnvironment] = {}
        self._folders = {p.name.lower(): p for p in self.root.iterdir() if p.is_dir()} if self.root.is_dir() else {}

    def languages(self) -> list[str]:
        return sorted(p.name for p in self._folders.values())

    def choose(self, language: str, purpose: str) -> str | None:
        """The template language a draft for `purpose` in `language` is written in (None: no template)."""
        for lang in template_languages(language):
            folder = self._folders.get(lang.lower())
            if folder is not None and (folder / f"{purpose}.j2").is_file():
                return folder.name
        return None

    def render(self, ctx: DraftContext) -> Draft:
        purpose = getattr(ctx.purpose, "value", str(ctx.purpose))
        lang = self.choose(ctx.language, purpose)
        what = f"the {purpose.replace('_', ' ')} message"
        if lang is None:
            raise ValidationError(f"There is no template for {what} (looked in {self.root}).", "template")
        name = f"{lang}/{purpose}.j2"
        details = dict(ctx.details or {})
        values = {**dict.fromkeys(DETAIL_KEYS), **{k: v for k, v in details.items() if _is_name(k)}}
        values.update(
            greeting=greeting(ctx, lang), salutation=salutation(ctx, lang), advisor=ctx.advisor or "",
            boutique=ctx.boutique or "", purpose=purpose, language=lang,
            locale=format_locale(lang, details.get("country")), end_of_subject=(mark := uuid4().hex))
        try:
            if values["delayed"] and not values["news_by"]:
                values["news_by"] = news_day(values["today"] or date.today())
            env = self._envs.get(lang) or self._envs.setdefault(lang, _environment(self._folders[lang.lower()]))
            text = env.get_template(f"{purpose}.j2").render(values)
        except SecurityError as exc:
            raise ValidationError(f"The template {name} tries to use something templates may not use "
                                  f"({_reason(exc)}); {what} was not written.", "template") from None
        except jinja2.UndefinedError as exc:
            raise ValidationError(f"The template {name} uses a name a message does not have "
                                  f"({_reason(exc)}); {what} was not written.", "template") from None
        except jinja2.TemplateSyntaxError as exc:
            where = f"{lang}/{exc.name or purpose + '.j2'}, line {exc.lineno}"
            raise ValidationError(f"The template {where} has a mistake ({_reason(exc)}); "
                                  f"{what} was not written.", "template") from None
        except jinja2.TemplateNotFound as exc:
            raise ValidationError(f"The template {name} needs {exc.name}, which is missing; "
                                  f"{what} was not written.", "template") from None
        except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as exc:
            raise ValidationError(f"The template {name} could not be filled in ({_reason(exc)}); "
                                  f"{what} was not written.", "template") from None
        subject, found, body = text.partition(mark)
        if not found:  # a layout without a subject line
            subject, body = "", text
        return Draft(subject=" ".join(subject.split()), body=_tidy(body), language=lang)


def news_day(today: date) -> date:
    """When a client with a late case hears from the advisor again: two days on, a Sunday moved to Monday."""
    day = _as_date(today) + timedelta(days=NEWS_WITHIN_DAYS)
    return day + timedelta(days=1) if day.weekday() == 6 else day


def _is_name(key) -> bool:
    return isinstance(key, str) and key.isidentifier() and not key.startswith("_")


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    return text[:160]


@cache
def default_renderer() -> DraftRenderer:
    return DraftRenderer()


def render_draft(ctx: DraftContext) -> Draft:
    """The draft for `ctx` in the client's language (or its fallback), from the app's templates."""
    return default_renderer().render(ctx)


__all__ = ["DETAIL_KEYS", "DraftRenderer", "default_renderer", "format_locale", "news_day", "render_draft",
           "template_languages"]
