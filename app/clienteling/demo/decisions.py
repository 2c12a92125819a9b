"""The demo book's decisions: weeks of prompts answered, dismissed, snoozed or left, as in a boutique.

`decide(dossiers, today, languages)` runs the real rules and gates (clienteling.outreach) day by
day over the `WEEKS` weeks Insights charts (services/kpi.py DEFAULT_WEEKS) and the week before
them, until the day before `today`, on these dossiers' facts (the rows the book's readers would
hand the rules, narrowed as services/outreach_facts.py narrows them), and answers what the
advisor's queue held each day, with dice drawn from each prompt's key:

- most prompts are marked done on their due day or a few days after, at a time in boutique hours:
  a `PromptState` (done, with the channel) and an `OutreachLog` on that channel carrying the
  prompt's key and purpose and a line of what was sent, in the advisor's note language;
- some are dismissed, with a reason in the client's language;
- a few of the last days' are snoozed to a day of the coming week;
- the rest are left: the recent ones are overdue today.

A decision is taken only on a day its prompt stood actionable in that day's queue, so never for a
client who asked not to be contacted, in a quiet period, or past the frequency cap, and only on a
channel whose consent was recorded before it (and whose latest consent is granted). Each decision
counts for the days after it, as in the app: a prompt done holds back the client's other prompts
for the frequency cap, a dismissed one never comes back. A decision is never about what the book
did not know yet then (a case's later stages, a wish added since).

The rules and gates of a client read only that client's facts, and the dice only the prompt's
key, so a client's decisions are the same whatever dossiers are decided with it: the demo server
(profile_server/demo.py), which makes the dossiers one block at a time, holds the same records.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from ..config import DEMO, BoutiqueConfig
from ..domain import Dossier, OutreachLog, PromptState
from ..domain.vocab import OutreachPurpose, PromptStateKind
from ..outreach.catalogue import Arrival
from ..outreach.context import RuleContext
from ..outreach.facts import (AppointmentFact, BookFacts, CaseFact, ClientFacts, DateFact, GateFacts,
                              PreferenceFact, PurchaseFact, SizeFact, StageFact, StateFact, WishFact)
from ..outreach.gate import SERVICE_OBLIGATIONS, gate
from ..outreach.prompt import Prompt
from ..outreach.rules import all_prompts, yearly_days
from ..outreach.rules_recall import core_days_shown, core_draw
from ..outreach.rules_recall import wanted as recall_wanted
from ..outreach.rules_taste import arrival_pieces
from .arrivals import arrivals as demo_arrivals

WEEKS = 12  # the weeks Insights charts, this one included (services/kpi.py DEFAULT_WEEKS)
DONE, DISMISSED, SNOOZED = 0.70, 0.80, 0.90  # cumulative shares of the prompts the advisor meets; the rest wait
SNOOZE_DAYS = 5  # a snooze is taken in the last days only: it runs into the coming week
_DELAYS = ((0, 48), (1, 24), (2, 13), (3, 8), (4, 4), (6, 3))  # days after the prompt is first met (weights)
_UTC = timezone.utc

_SENT = {
    "en": {"birthday": "Birthday wishes, with an invitation to drop by for a glass of champagne.",
           "important_date": "A word for the occasion, with a suggestion or two.",
           "thank_you": "Thank-you note for the purchase; offered help with anything about it.",
           "check_in": "Asked how the piece wears; all good.",
           "aftercare_schedule": "Offered the care appointment for the piece.",
           "aftercare_milestone": "Update on the piece in the workshop, and when to expect it.",
           "appointment_follow_up": "Follow-up after the visit with the pieces tried on.",
           "no_show": "Sorry we missed each other; offered two new times.",
           "re_engagement": "Personal note: invitation to the private viewing of the new collection.",
           "new_arrival": "Sent pictures of the new piece in their colours.",
           "wishlist": "The piece from the wishlist has arrived; offered to set it aside.",
           "other": "A personal word from the boutique."},
    "fr": {"birthday": "Vœux d'anniversaire et invitation à passer prendre une coupe de champagne.",
           "important_date": "Un mot pour l'occasion, avec une ou deux suggestions.",
           "thank_you": "Mot de remerciement après l'achat ; proposé notre aide si besoin.",
           "check_in": "Pris des nouvelles de la pièce ; tout va bien.",
           "aftercare_schedule": "Proposé le rendez-vous d'entretien de la pièce.",
           "aftercare_milestone": "Point sur la pièce à l'atelier et date de retour prévue.",
           "appointment_follow_up": "Suivi après le rendez-vous avec les pièces essayées.",
           "no_show": "Désolés de vous avoir manqué ; proposé deux nouveaux créneaux.",
           "re_engagement": "Mot personnel : invitation à la présentation privée de la collection.",
           "new_arrival": "Envoyé les photos de la nouveauté dans ses couleurs.",
           "wishlist": "La pièce de sa liste d'envies est arrivée ; proposé de la mettre de côté.",
           "other": "Un mot personnel de la boutique."},
    "zh": {"birthday": "送上生日祝福，邀请来店小聚。",
           "important_date": "为这个日子送上问候，并附上几件推荐。",
           "thank_you": "购买后发送感谢信息，如有需要随时联系。",
           "check_in": "询问使用感受，一切都好。",
           "aftercare_schedule": "邀请预约这件单品的保养服务。",
           "aftercare_milestone": "告知工坊维修进度及预计取件时间。",
           "appointment_follow_up": "到店后跟进，附上试穿的款式。",
           "no_show": "上次未能见面，重新提供两个时间。",
           "re_engagement": "私人邀请：新系列私享会。",
           "new_arrival": "发送了新品照片，都是客人喜欢的颜色。",
           "wishlist": "心愿单上的单品已到店，可为客人预留。",
           "other": "来自精品店的问候。"},
}
REASONS = {  # why a prompt was dismissed, in the client's language
    "en": ("Already spoke to them in the boutique this week.", "Travelling this month; will call on their return.",
           "Their assistant asked us to write less often.", "Not the right moment: a bereavement in the family.",
           "Already told at the private viewing."),
    "fr": ("Nous nous sommes vus en boutique cette semaine.", "En voyage ce mois-ci ; je rappellerai au retour.",
           "Son secrétariat a demandé d'écrire moins souvent.", "Pas le bon moment : un deuil dans la famille.",
           "Déjà évoqué lors de la présentation privée."),
    "zh": ("本周已在店内见过面。", "本月在外旅行，回来后再联系。", "助理请我们减少联系频率。",
           "家中有事，现在不合适。", "私享会上已经告知。"),
    "ja": ("今週すでに店頭でお会いしました。", "今月はご旅行中のため、お戻り後にご連絡します。",
           "秘書の方から連絡を控えるようご依頼がありました。", "ご家族にご不幸があり、今は控えます。",
           "プライベート・ビューイングでお伝え済みです。"),
    "ko": ("이번 주에 매장에서 이미 뵈었습니다.", "이번 달 여행 중이셔서 돌아오시면 연락드리겠습니다.",
           "비서분께서 연락을 줄여 달라고 요청하셨습니다.", "가족 상중이라 지금은 적절하지 않습니다.",
           "프라이빗 뷰잉에서 이미 안내드렸습니다."),
    "it": ("Ci siamo già visti in boutique questa settimana.", "In viaggio questo mese; richiamerò al rientro.",
           "L'assistente ci ha chiesto di scrivere meno spesso.", "Non è il momento: un lutto in famiglia.",
           "Ne abbiamo già parlato alla presentazione privata."),
    "ar": ("تم اللقاء في البوتيك هذا الأسبوع.", "في سفر هذا الشهر؛ سأتصل عند العودة.",
           "طلب المساعد تقليل المراسلات.", "ليس الوقت المناسب: وفاة في العائلة.",
           "تم الإبلاغ خلال العرض الخاص."),
    "ru": ("Уже виделись в бутике на этой неделе.", "В отъезде в этом месяце; позвоню после возвращения.",
           "Ассистент попросил писать реже.", "Сейчас не время: в семье траур.",
           "Уже сообщили на закрытом показе."),
}


@dataclass
class _Plan:
    kind: str  # "done", "dismissed", "snoozed" or "" (left)
    day: date
    rng: random.Random


def decide(dossiers: Sequence[Dossier], today: date, languages: Mapping[str, str],
           boutique: BoutiqueConfig = DEMO) -> None:
    """Add to each dossier its decisions on the prompts of the last `WEEKS` weeks before `today` (in
    `prompt_states`, newest first) and the outreach of those done (in `outreach`, newest first).
    `languages`: client id -> the language the advisor writes notes in for that client (en, fr, zh);
    what was sent is logged in it, as the rest of the demo's history is (demo/outreach.py)."""
    if not dossiers:
        return
    zone = ZoneInfo(boutique.timezone)
    arrivals = demo_arrivals(today)
    facts = _Facts(dossiers, arrivals)
    states: dict[str, StateFact] = {}
    plans: dict[str, _Plan] = {}
    made: dict[str, list] = defaultdict(list)  # client id -> records
    day = today - timedelta(days=today.weekday(), weeks=WEEKS)  # a week before the first one charted
    while day < today:
        ctx = RuleContext.on(day, zone, settings=boutique.outreach, aftercare=boutique.aftercare,
                             locale=boutique.locale)
        found = all_prompts(facts.on(ctx), ctx, arrivals)
        ready, _ = gate(found, facts.gates(day, ctx, states), ctx)
        contacted: set[str] = set()
        for p in ready:
            if p.due > day:
                continue
            plan = plans.get(p.key)
            if plan is None:
                plan = plans[p.key] = _plan(p.key, day, today)
            if plan.day != day or not plan.kind:
                continue
            if p.purpose not in SERVICE_OBLIGATIONS and p.client_id in contacted:
                continue  # a message already went today: the cap holds this one back now
            at = _moment(plan.rng, day, zone)
            if not facts.known_at(p, at):
                continue
            record = _decision(p, plan, at, today, languages.get(p.client_id, "en"), facts)
            if record is None:
                continue
            state, log = record
            made[p.client_id].append(state)
            states[p.key] = StateFact(p.client_id, p.key, state.state.value, state.until, at)
            if log is not None:
                made[p.client_id].append(log)
                facts.contact(p.client_id, at)
                contacted.add(p.client_id)
        day += timedelta(days=1)
    for d in dossiers:
        records = made.get(d.client.id, [])
        d.prompt_states = sorted((r for r in records if isinstance(r, PromptState)), key=lambda r: r.at,
                                 reverse=True)
        logs = [r for r in records if isinstance(r, OutreachLog)]
        if logs:
            d.outreach = sorted([*d.outreach, *logs], key=lambda o: o.at, reverse=True)


def _plan(key: str, first_met: date, today: date) -> _Plan:
    """What the advisor does with this prompt and when, drawn from its key alone."""
    rng = random.Random(f"clienteling-demo-decision/{key}")
    u = rng.random()
    delay = rng.choices([d for d, _ in _DELAYS], [w for _, w in _DELAYS])[0]
    day = first_met + timedelta(days=delay)
    if u < DONE:
        kind = "done"
    elif u < DISMISSED:
        kind = "dismissed"
    elif u < SNOOZED:
        kind = "snoozed" if day >= today - timedelta(days=SNOOZE_DAYS) else "done"
    else:
        kind = ""
    return _Plan(kind, day, rng)


def _moment(rng: random.Random, day: date, zone: ZoneInfo) -> datetime:
    """A time in boutique hours (09:30-18:30 in the boutique's zone) on `day`, in UTC."""
    minutes = 9 * 60 + 30 + int(rng.random() * 9 * 60)
    return datetime.combine(day, time(minutes // 60, minutes % 60), zone).astimezone(_UTC)


def _decision(p: Prompt, plan: _Plan, at: datetime, today: date, language: str, facts: _Facts):
    """(PromptState, OutreachLog or None) of the plan, or None when it cannot be taken then."""
    rng, lang = plan.rng, language if language in _SENT else "en"
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(2)]
    common = {"id": ids[0], "rev": 1, "client_id": p.client_id, "prompt_key": p.key, "at": at}
    client = facts.clients[p.client_id]
    if plan.kind == "dismissed":
        reasons = REASONS.get(client.preferred_language.split("-")[0], REASONS["en"])
        return PromptState(**common, state=PromptStateKind.DISMISSED, reason=rng.choice(reasons)), None
    if plan.kind == "snoozed":
        until = today + timedelta(days=rng.randint(1, 7))
        return PromptState(**common, state=PromptStateKind.SNOOZED, until=until), None
    channel = p.channel
    if channel is None or not facts.consented(p.client_id, channel.value, at):
        return None
    log = OutreachLog(id=ids[1], rev=1, client_id=p.client_id, at=at, channel=channel, purpose=p.purpose,
                      prompt_key=p.key, message=_SENT[lang].get(p.purpose.value, _SENT[lang]["other"]),
                      advisor=client.advisor)
    return PromptState(**common, state=PromptStateKind.DONE, channel=channel), log


class _Facts:
    """The block's dossiers as the rules and gates read them (outreach.facts tuples)."""

    def __init__(self, dossiers: Sequence[Dossier], arrivals: Sequence[Arrival]):
        self.arrivals = arrivals
        self.clients = {d.client.id: d.client for d in dossiers}
        self.client_facts: dict[str, ClientFacts] = {}
        self.granted: dict[str, frozenset[str]] = {}
        self.consent_at: dict[tuple[str, str], datetime] = {}
        self.contacts: dict[str, list[datetime]] = {}  # client id -> outreach times, in order
        self.bought: dict[str, list[PurchaseFact]] = {}
        self.dates, self.purchases, self.appointments = [], [], []
        self.cases, self.stages, self.preferences, self.sizes, self.wishes = [], [], [], [], []
        self.case_known: dict[str, datetime] = {}  # case id -> when the book last learnt of it
        self.wish_added: dict[str, date | None] = {}
        for d in dossiers:
            self._add(d)
        self.dates_by_day: dict[tuple[int, int], list[DateFact]] = defaultdict(list)
        for f in self.dates:
            self.dates_by_day[(f.month, f.day)].append(f)
        self.bought_days = {c: [p.purchased_on for p in bought] for c, bought in self.bought.items()}

    def _add(self, d: Dossier) -> None:
        c = d.client
        cid = c.id
        self.client_facts[cid] = ClientFacts(cid, c.family_name, c.given_name, c.family_name_latin,
                                             c.given_name_latin, c.title.value, c.preferred_language,
                                             c.preferred_channel.value, c.do_not_contact, c.quiet_until)
        latest: dict[str, tuple] = {}
        for consent in d.consents:
            if not consent.deleted and (consent.channel.value not in latest
                                        or consent.at > latest[consent.channel.value][0]):
                latest[consent.channel.value] = (consent.at, consent.status.value)
        self.granted[cid] = frozenset(ch for ch, (_, status) in latest.items() if status == "granted")
        self.consent_at.update({(cid, ch): at for ch, (at, _) in latest.items()})
        self.contacts[cid] = sorted(o.at for o in d.outreach if not o.deleted)
        names = {r.id: r.name for r in d.relations if not r.deleted}
        self.dates += [DateFact(cid, x.id, x.relation_id, x.kind.value, x.label, x.year, x.month, x.day,
                                names.get(x.relation_id, "") if x.relation_id else "")
                       for x in d.dates if not x.deleted and (x.relation_id is None or x.relation_id in names)]
        bought = [PurchaseFact(cid, p.id, p.purchased_on, p.item, p.category.value, float(p.amount))
                  for p in d.purchases if not p.deleted]
        self.purchases += bought
        self.bought[cid] = sorted(bought, key=lambda p: p.purchased_on)
        self.appointments += [AppointmentFact(cid, a.id, a.starts_at, a.status.value, a.purpose.value, a.time_zone)
                              for a in d.appointments if not a.deleted and a.status.value in ("done", "no_show")]
        open_cases = {k.id for k in d.cases if not k.deleted and k.status.value == "open"}
        self.cases += [CaseFact(k.id, cid, k.kind.value, k.purchase_id, k.item, k.stage, k.status.value, k.opened_at,
                                k.promised_on) for k in d.cases if k.id in open_cases]
        for s in d.case_stages:
            if not s.deleted and s.case_id in open_cases:
                self.stages.append(StageFact(s.case_id, s.stage, s.at))
        for k in d.cases:
            if k.id in open_cases:
                self.case_known[k.id] = max([k.opened_at, *(s.at for s in d.case_stages if s.case_id == k.id)])
        self.preferences += [PreferenceFact(cid, p.category.value, p.value, p.sentiment.value) for p in d.preferences
                             if not p.deleted and p.category.value in ("line", "colour")]
        self.sizes += [SizeFact(cid, s.category.value, s.system, s.value) for s in d.sizes
                       if not s.deleted and s.relation_id is None]
        wishes = [w for w in d.wishlist if not w.deleted and w.status.value == "open"]
        self.wishes += [WishFact(cid, w.id, w.description, w.category.value if w.category else None, w.sku)
                        for w in wishes]
        self.wish_added.update({w.id: w.added_on for w in wishes})

    # -- one day --------------------------------------------------------------------------------
    def on(self, ctx: RuleContext) -> BookFacts:
        """What the rules read on `ctx.today`: the rows the book's readers would hand them (a superset
        the rules narrow: services/outreach_facts.py), with that day's purchase summaries."""
        s, day = ctx.settings, ctx.today
        late = timedelta(days=s.late_days)
        dates = [f for md in yearly_days(day - late, day + timedelta(days=s.dates_days_ahead))
                 for f in self.dates_by_day.get(md, ())]
        oldest = day - timedelta(days=max(s.thank_you_after_days, s.check_in_after_days)) - late
        care = {str(k) for k in s.care_every_months}
        purchases = [p for p in self.purchases if oldest <= p.purchased_on <= day or p.category in care]
        ranges, recent_since = recall_wanted(ctx)
        wanted = {lo + timedelta(days=n) for lo, hi in ranges for n in range((hi - lo).days + 1)}
        quarter_days, core_shown = core_days_shown(ctx)
        window = day - timedelta(days=s.segments.window_days)
        rfm, last = [], {}
        for cid, bought in self.bought.items():
            upto = bought[:bisect_right(self.bought_days[cid], day)]
            if not upto or not (any(p.purchased_on in wanted for p in upto)
                                or (upto[-1].purchased_on >= recent_since
                                    and core_draw(cid) % quarter_days in core_shown)):
                continue  # no rule of re-engagement speaks for this client today
            recent = [p for p in upto if p.purchased_on > window]
            rfm.append((cid, upto[0].purchased_on, upto[-1].purchased_on, len(recent),
                        sum(p.amount for p in recent), sum(p.amount for p in upto)))
            latest = upto[-1].purchased_on
            last[cid] = min((p for p in upto if p.purchased_on == latest), key=lambda p: (-p.amount, p.id))
        fresh = arrival_pieces(self.arrivals, ctx)
        values = {v.casefold() for a in fresh for v in (a.line, a.colour) if v}
        preferences = [p for p in self.preferences if p.value.casefold() in values]
        return BookFacts(dates=dates, purchases=purchases, rfm=rfm, last_purchases=last,
                         appointments=self.appointments, cases=self.cases, case_stages=self.stages,
                         preferences=preferences, sizes=self.sizes if fresh else [], wishes=self.wishes)

    def gates(self, day: date, ctx: RuleContext, states: dict[str, StateFact]) -> GateFacts:
        """The gates' facts at the end of `day`: consent, the last outreach within the cap, decisions."""
        cap = ctx.settings.frequency_cap_days
        last: dict[str, date] = {}
        if cap:
            since = datetime.combine(day - timedelta(days=cap), time(0), ctx.zone)
            end = datetime.combine(day + timedelta(days=1), time(0), ctx.zone)
            for cid, times in self.contacts.items():
                n = bisect_right(times, end)
                if n and times[n - 1] >= since:
                    last[cid] = times[n - 1].astimezone(ctx.zone).date()
        return GateFacts(clients=self.client_facts, granted=self.granted, last_contact=last, states=states)

    def contact(self, client_id: str, at: datetime) -> None:
        times = self.contacts[client_id]
        times.insert(bisect_right(times, at), at)

    def consented(self, client_id: str, channel: str, at: datetime) -> bool:
        """The client's latest consent on `channel` is granted and was recorded by `at`."""
        since = self.consent_at.get((client_id, channel))
        return channel in self.granted.get(client_id, ()) and since is not None and since <= at

    def known_at(self, p: Prompt, at: datetime) -> bool:
        """Whether what the prompt is about was in the book at `at` (a case as it stands, a wish)."""
        client = self.clients[p.client_id]
        if client.created_at is not None and client.created_at > at:
            return False
        if p.purpose == OutreachPurpose.AFTERCARE_MILESTONE:
            known = self.case_known.get(p.subject_id)
            return known is not None and known <= at
        if p.purpose == OutreachPurpose.WISHLIST:
            added = self.wish_added.get(p.subject_id)
            return added is None or added <= at.date()
        return True
