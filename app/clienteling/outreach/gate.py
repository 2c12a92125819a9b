"""The gates every prompt passes before it is actionable, and the queue's order.

In this order, the first that holds names why a prompt is held back (`Prompt.suppressed`):
1. the advisor's decision on its key: done, dismissed, or snoozed until a later day
   (a snooze that has run out no longer holds it);
2. do-not-contact on the client;
3. a quiet period: the client's `quiet_until` is after today (mourning, "not before…");
   contact resumes on that day;
4. consent: the client's preferred channel if its latest consent is granted, else the first
   granted of `CHANNEL_ORDER`; none granted: NO_CONSENT (a channel with no consent recorded is
   not granted);
5. the frequency cap: an outreach logged fewer than `frequency_cap_days` days ago (0: no cap).
   Aftercare milestones (ready for pickup, a quote awaiting approval, an SLA, a broken promise)
   are the boutique's service obligations: the cap never holds them back, though their
   outreach, once logged, counts for the other prompts.

Gating also fills what a row shows: the client's honorific name in the advisor's reading
(and in the client's own language when it differs), the client's language and the channel.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from functools import lru_cache

from ..domain.salutation import salutation
from ..domain.vocab import Channel, OutreachPurpose, PromptStateKind
from .context import RuleContext
from .facts import ClientFacts, GateFacts, StateFact
from .prompt import Prompt, Suppression
from .wording import reading_language

CHANNEL_ORDER = (Channel.EMAIL, Channel.SMS, Channel.WHATSAPP, Channel.WECHAT, Channel.LINE, Channel.KAKAO,
                 Channel.PHONE, Channel.POST)
SERVICE_OBLIGATIONS = frozenset({OutreachPurpose.AFTERCARE_MILESTONE})


_CHANNELS = {ch.value: ch for ch in Channel}


def channel_for(preferred: str, granted: Collection[str]) -> Channel | None:
    """The preferred channel if the client agreed to it, else another they agreed to, else None."""
    if preferred in granted:
        return _CHANNELS.get(preferred) or Channel(preferred)
    return next((ch for ch in CHANNEL_ORDER if ch.value in granted), None)


def client_name(c: ClientFacts, reading: str) -> str:
    """"Mrs Zhang · 张女士": the advisor's reading, then the client's own when it differs."""
    return _name(c[1:7], reading)  # the name fields, the title and the language: what salutation reads


@lru_cache(maxsize=1 << 16)
def _name(named: tuple, reading: str) -> str:
    """`client_name` of the client with these name fields, title and language (`ClientFacts[1:7]`): a
    pure function, so a queue read again after a decision writes again only the names it has not met."""
    c = ClientFacts("", *named, "", False, None)
    mine = salutation(c, reading)
    theirs = salutation(c, c.language) if c.language != reading else mine
    return mine if theirs == mine else f"{mine} · {theirs}"


def decided(state: StateFact | None, today: date) -> tuple[Suppression | None, date | None]:
    """What the advisor's decision on a prompt holds it back for today, and until when (a snooze)."""
    if state is None:
        return None, None
    if state.state == PromptStateKind.DONE:
        return Suppression.DONE, None
    if state.state == PromptStateKind.DISMISSED:
        return Suppression.DISMISSED, None
    if state.state == PromptStateKind.SNOOZED and state.until is not None and state.until > today:
        return Suppression.SNOOZED, state.until
    return None, None


def client_gate(c: ClientFacts, channel: Channel | None, facts: GateFacts, today: date,
                cap_days: int) -> tuple[Suppression | None, bool]:
    """What holds back every prompt of the client (do-not-contact, quiet period, no consent), and
    whether the frequency cap holds back their outreach."""
    last = facts.last_contact.get(c.id)
    capped = bool(cap_days) and last is not None and (today - last).days < cap_days
    if c.do_not_contact:
        return Suppression.DO_NOT_CONTACT, capped
    if c.quiet_until is not None and c.quiet_until > today:
        return Suppression.QUIET_PERIOD, capped
    if channel is None:
        return Suppression.NO_CONSENT, capped
    return None, capped


def gate(prompts: Iterable[Prompt], facts: GateFacts, ctx: RuleContext, *,
         in_place: bool = False) -> tuple[list[Prompt], list[Prompt]]:
    """(actionable, held back), each in queue order; prompts of clients not in `facts` are dropped.

    The prompts returned are copies filled with what gating found; `in_place=True` fills the given
    prompts themselves instead (for a caller that owns them and keeps no other reference: a big
    book's queue then holds its prompts once, not twice, at its peak)."""
    reading = reading_language(ctx.locale)
    cap, today, states = ctx.settings.frequency_cap_days, ctx.today, facts.states
    clients: dict[str, tuple | None] = {}  # client id -> (what the rows show, blocked, capped), or None
    ready, held = [], []
    for p in prompts:
        d = p.__dict__  # read directly: a big book's queue gates tens of thousands of prompts
        seen = clients.get(d["client_id"], False)
        if seen is False:
            c = facts.clients.get(d["client_id"])
            seen = None
            if c is not None:
                channel = channel_for(c.channel, facts.granted.get(c.id, ()))
                shown = {"client_name": _name(c[1:7], reading), "language": c.language, "channel": channel}
                seen = (shown, *client_gate(c, channel, facts, today, cap))
            clients[d["client_id"]] = seen
        if seen is None:
            continue  # gone from the book
        shown, blocked, capped = seen
        state = states.get(d["key"]) if states else None
        reason, until = decided(state, today) if state is not None else (None, None)
        if reason is None:
            reason = blocked or (Suppression.FREQUENCY_CAP if capped and d["purpose"] not in SERVICE_OBLIGATIONS
                                 else None)
        if not in_place:
            p = object.__new__(Prompt)  # a copy (dataclasses.replace without its per-call introspection)
            p.__dict__.update(d)
            d = p.__dict__
        d.update(shown)
        d["suppressed"], d["snoozed_until"] = reason, until
        (ready if reason is None else held).append(p)
    key = order_key_on(today)
    ready.sort(key=key)
    held.sort(key=key)
    return ready, held


def order_key(p: Prompt, today: date) -> tuple:
    """Overdue first, then priority (1 first), then due day, then the client, then the key."""
    return (p.due >= today, p.priority, p.due, p.client_name, p.key)


def order_key_on(today: date):
    """`order_key` for one day, as a one-argument key for sorting."""
    return lambda p: (p.due >= today, p.priority, p.due, p.client_name, p.key)
