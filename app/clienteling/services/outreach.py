"""Today's outreach: the prompt queue, the advisor's decisions on it, drafts' context, and KPIs.

`OutreachService(book, boutique, advisor="")` runs on the book thread (like every service):

- `queue(today) -> TodayQueue` (outreach/queue.py): today's appointments in the boutique's zone
  as (Appointment, client display name); `prompts`: actionable, overdue first, then priority
  (1 first), then due day; `suppressed`: held back, each with its `suppressed` reason. SLAs are
  checked at the present moment when `today` is the boutique's today, else at noon of `today`
  (pass `now=` to choose). Built from a few set-based reads of the whole book (store/outreach.py,
  from covering indexes where it reads many rows) and the pure rules (outreach/rules*.py) and
  gates (outreach/gate.py): about 1.0–1.1 s for the 50,000-client demo book (24,000 prompts, 14,000
  of them already decided) on a quiet 2-core machine, a few tens of milliseconds for an advisor's
  book. The app reads it on the reader thread (services/reader.py), never on the book thread.
- `mark_done(prompt, channel, message, now) -> Changes`: logs an `OutreachLog` on the client's
  timeline (it counts for the frequency cap) and marks the prompt done, in one transaction.
  Refused (ValidationError) when the client asked not to be contacted or has not agreed to
  that channel. `now` is aware.
- `snooze(prompt, until, now)`: hidden until `until` (a day after today), then back.
- `dismiss(prompt, reason, now)`: hidden for good; the reason is required.
  Done and dismissed prompts stay hidden: a rule's next occurrence has a new key.
- `draft_context(prompt) -> DraftContext` for `render_draft`: the client's names, title and
  language, the advisor, the boutique's name, and `details` (outreach/drafts.py DETAIL_KEYS:
  item, category, purchased_on, amount, currency, date, occasion, label, relation_name,
  appointment_at, kind, stage, promised_on, delayed, line, segment, country; plus `due`, `sku`,
  `colour`, `relation_kind`, `more`).
- `segments(today) -> dict[Segment, int]`: live clients per RFM segment (every segment a key).
- `prompt_history(weeks, today) -> list[WeekStats]`: the last `weeks` ISO weeks, oldest first
  (completed, dismissed, overdue per week; see outreach/queue.py).
- `new_arrivals() -> list[Arrival]`: the boutique's catalogue of new pieces (ValidationError
  naming what is wrong in a broken file). A broken catalogue does not stop the queue: it is
  built without new-arrival and wishlist prompts and `TodayQueue.problems` says why.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..config import BoutiqueConfig
from ..domain import OutreachLog, PromptState, build
from ..domain.errors import ValidationError
from ..domain.vocab import Channel, OutreachOutcome, PromptStateKind
from ..outreach.catalogue import Arrival, parse_arrivals
from ..outreach.context import RuleContext
from ..outreach.gate import gate
from ..outreach.prompt import DraftContext, Prompt, Segment
from ..outreach.queue import TodayQueue, WeekStats
from ..outreach.rules import all_prompts
from ..outreach.segments import Summary, segment_from
from ..resources import resource
from ..store import Book
from ..store import clients as clients_repo
from ..store import outreach as repo
from ..store.book import driver_errors
from .changes import Changes
from .outreach_details import details_for
from .outreach_facts import day_start, load_facts, load_gate_facts, recall_reasons

log = logging.getLogger(__name__)


class OutreachService:
    def __init__(self, book: Book, boutique: BoutiqueConfig, advisor: str = ""):
        self.book = book
        self.boutique = boutique
        self.advisor = advisor
        try:
            self.zone: tzinfo = ZoneInfo(boutique.timezone)
        except (ZoneInfoNotFoundError, ValueError):  # no tz database (bare Windows): the laptop's own zone
            self.zone = datetime.now(timezone.utc).astimezone().tzinfo
        self._arrivals: list[Arrival] | None = None

    # -- the catalogue ---------------------------------------------------------------------------
    def catalogue_path(self) -> Path:
        configured = self.boutique.outreach.new_arrivals
        return Path(configured) if configured else resource("catalogue", "new_arrivals.json")

    def new_arrivals(self) -> list[Arrival]:
        """The new pieces of the boutique's catalogue (read once per service)."""
        if self._arrivals is None:
            path = self.catalogue_path()
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise ValidationError(f"The new arrivals file {path} does not exist.", "new_arrivals") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise ValidationError(f"The new arrivals file {path.name} cannot be read ({exc}).",
                                      "new_arrivals") from None
            self._arrivals = parse_arrivals(text, path.name)
        return self._arrivals

    # -- the queue -------------------------------------------------------------------------------
    def context(self, today: date, now: datetime | None = None) -> RuleContext:
        if now is None:
            real = datetime.now(timezone.utc)
            now = real if real.astimezone(self.zone).date() == today else None
        return RuleContext.on(today, self.zone, now, settings=self.boutique.outreach,
                              aftercare=self.boutique.aftercare, locale=self.boutique.locale)

    def queue(self, today: date, now: datetime | None = None) -> TodayQueue:
        with collector_paused():
            ctx = self.context(today, now)
            problems: list[str] = []
            try:
                arrivals = self.new_arrivals()
            except ValidationError as exc:
                log.warning("new arrivals left out: %s", exc)
                arrivals, problems = [], [str(exc)]
            conn = self.book.conn
            with driver_errors():
                prompts, held = self._prompts(conn, ctx, arrivals)
                appointments = repo.appointments_between(conn, day_start(today, self.zone),
                                                         day_start(today + timedelta(days=1), self.zone))
            return TodayQueue(today, appointments, prompts, held, tuple(problems))

    def _prompts(self, conn, ctx: RuleContext, arrivals, until: datetime | None = None):
        facts = load_facts(conn, ctx, arrivals)
        recall_reasons(conn, facts, ctx)
        found = all_prompts(facts, ctx, arrivals)
        del facts  # the rows the rules read go before the gates' are read: a lower peak on a big book
        gates = load_gate_facts(conn, found, ctx, until)
        return gate(found, gates, ctx, in_place=True)  # the prompts are this call's own

    # -- decisions -------------------------------------------------------------------------------
    def mark_done(self, prompt: Prompt, channel: Channel, message: str, now: datetime) -> Changes:
        """Log the outreach on the client's timeline and mark the prompt done (one transaction)."""
        _aware(now)
        try:
            channel = Channel(channel)
        except ValueError:
            raise ValidationError(f"“{channel}” is not a channel.", "channel") from None
        log_entry = build(OutreachLog, client_id=prompt.client_id, at=now, channel=channel, purpose=prompt.purpose,
                          prompt_key=prompt.key, message=message, outcome=OutreachOutcome.SENT, advisor=self.advisor)
        state = build(PromptState, client_id=prompt.client_id, prompt_key=prompt.key, state=PromptStateKind.DONE,
                      channel=channel, at=now)
        with self.book.transaction() as db:
            client = clients_repo.get_client(db.conn, prompt.client_id)
            if client.do_not_contact:
                raise ValidationError(f"{client.display_name} asked not to be contacted, so no outreach can be "
                                      "logged.", "channel")
            granted = repo.clients(db.conn, [client.id])[0][-1]
            if channel.value not in granted:
                raise ValidationError(f"{client.display_name} has not agreed to be contacted by {channel.value}; "
                                      "choose a channel they agreed to.", "channel")
            repo.save_log(db.conn, log_entry)
            repo.save_state(db.conn, state)
        return Changes.client(prompt.client_id)

    def snooze(self, prompt: Prompt, until: date, now: datetime) -> Changes:
        """Hide the prompt until `until` (a day after today); it comes back that day."""
        _aware(now)
        if not isinstance(until, date) or isinstance(until, datetime):
            raise ValidationError("Choose the day the prompt should come back.", "until")
        if until <= now.astimezone(self.zone).date():
            raise ValidationError("Snooze until a day after today.", "until")
        return self._decide(build(PromptState, client_id=prompt.client_id, prompt_key=prompt.key,
                                  state=PromptStateKind.SNOOZED, until=until, at=now))

    def dismiss(self, prompt: Prompt, reason: str, now: datetime) -> Changes:
        """Hide the prompt for good, saying why."""
        _aware(now)
        state = build(PromptState, client_id=prompt.client_id, prompt_key=prompt.key,
                      state=PromptStateKind.DISMISSED, reason=reason, at=now)
        if not state.reason:
            raise ValidationError("Say why this prompt is dismissed.", "reason")
        return self._decide(state)

    def _decide(self, state: PromptState) -> Changes:
        with self.book.transaction() as db:
            clients_repo.get_client(db.conn, state.client_id)
            repo.save_state(db.conn, state)
        return Changes.client(state.client_id)

    # -- drafts ----------------------------------------------------------------------------------
    def draft_context(self, prompt: Prompt) -> DraftContext:
        """What the message template for `prompt` may use."""
        conn = self.book.conn
        with driver_errors():
            client = clients_repo.get_client(conn, prompt.client_id)
            details = details_for(conn, prompt, client, self._arrivals_or_none(), self.zone)
        return DraftContext(purpose=prompt.purpose, language=client.preferred_language, title=client.title.value,
                            family_name=client.family_name, given_name=client.given_name,
                            family_name_latin=client.family_name_latin, given_name_latin=client.given_name_latin,
                            advisor=self.advisor or client.advisor, boutique=self.boutique.display_name,
                            details=details)

    def _arrivals_or_none(self) -> list[Arrival]:
        try:
            return self.new_arrivals()
        except ValidationError:
            return []

    # -- KPIs ------------------------------------------------------------------------------------
    def segments(self, today: date) -> dict[Segment, int]:
        """How many live clients are in each RFM segment on `today` (never bought: NONE)."""
        s = self.boutique.outreach.segments
        counts = dict.fromkeys(Segment, 0)
        with driver_errors():
            found = repo.rfm(self.book.conn, today, today - timedelta(days=s.window_days), live_clients_only=True)
            total = repo.client_count(self.book.conn)
        for _, first, last, n, spend, _total in found:
            counts[segment_from(Summary(first, last, n, spend), today, s)] += 1
        counts[Segment.NONE] = total - len(found)
        return counts

    def prompt_history(self, weeks: int, today: date) -> list[WeekStats]:
        """Per ISO week, the last `weeks` of them ending with this one, oldest first."""
        if weeks < 1:
            return []
        monday = today - timedelta(days=today.weekday())
        first = monday - timedelta(weeks=weeks - 1)
        conn = self.book.conn
        arrivals = self._arrivals_or_none()
        with driver_errors():
            decided = repo.decisions_between(conn, day_start(first, self.zone),
                                             day_start(today + timedelta(days=1), self.zone))
            out = []
            for n in range(weeks):
                start = first + timedelta(weeks=n)
                end = min(start + timedelta(days=6), today)
                until = day_start(end + timedelta(days=1), self.zone)
                ctx = self.context(end, datetime.combine(end, datetime.max.time(), self.zone))
                late = [p for p in all_prompts(load_facts(conn, ctx, arrivals), ctx, arrivals) if p.due < end]
                ready, _ = gate(late, load_gate_facts(conn, late, ctx, until), ctx,
                                in_place=True)
                days = [at.astimezone(self.zone).date() for _, at in decided]
                in_week = [(state, day) for (state, _), day in zip(decided, days) if start <= day <= end]
                iso = start.isocalendar()
                out.append(WeekStats(iso.year, iso.week, start,
                                     completed=sum(s == PromptStateKind.DONE for s, _ in in_week),
                                     dismissed=sum(s == PromptStateKind.DISMISSED for s, _ in in_week),
                                     overdue=len(ready)))
        return out


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector held off while a queue is built: the build makes a few
    hundred thousand short-lived tuples and no cycles, and each collection it would trigger walks
    every long-lived object of the app again (a third of the time on a 50,000-client book). The
    collection it owes runs after, off the advisor's wait."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _aware(now: datetime) -> None:
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise ValidationError("The time of the decision has no time zone.", "now")
