"""The demo book's aftercare: repairs, services, alterations, cleanings, engravings and bespoke orders.

`cases(client, purchases, today, language)` draws from its own dice, seeded by the client's id
(which the generator derives from the book's seed), so the rest of the demo book is the same
with or without it. About one client in eight who bought something has a case about one of
their purchases (a VIC now and then a bespoke order): about a third are closed, a few
cancelled, the rest open at every stage; a quarter of the open ones are late (an SLA breached,
the promised day passed), as in a real boutique. Each case carries its stage history.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from ..domain import AftercareCase, CaseStage, Client, Purchase
from ..domain.aftercare import STAGES
from ..domain.vocab import CaseKind

SHARE = 0.13  # of clients with purchases who have a case
SECOND = 0.15  # of those, a second case
CLOSED, CANCELLED, LATE = 0.33, 0.05, 0.25
# Typical hours from each stage to the next, per kind (one fewer than its stages).
STEP_HOURS: dict[CaseKind, tuple[float, ...]] = {
    CaseKind.REPAIR: (20, 70, 48, 24, 360, 96),
    CaseKind.SERVICE: (24, 150, 72, 24, 900, 120),
    CaseKind.ALTERATION: (48, 72, 96, 72),
    CaseKind.CLEANING: (24, 96, 72),
    CaseKind.ENGRAVING: (24, 240, 96),
    CaseKind.BESPOKE: (200, 240, 120, 1400),
}
PROMISE_DAYS = {CaseKind.REPAIR: 30, CaseKind.SERVICE: 60, CaseKind.ALTERATION: 12, CaseKind.CLEANING: 8,
                CaseKind.ENGRAVING: 16, CaseKind.BESPOKE: 100}
QUOTES = {CaseKind.REPAIR: (120, 900), CaseKind.SERVICE: (450, 1400), CaseKind.BESPOKE: (8_000, 45_000)}
# What a purchase of each category comes back for: (kind, weight).
KINDS = {
    "leather_goods": ((CaseKind.REPAIR, 75), (CaseKind.CLEANING, 15), (CaseKind.ENGRAVING, 10)),
    "shoes": ((CaseKind.REPAIR, 100),),
    "accessories": ((CaseKind.CLEANING, 100),),
    "watches": ((CaseKind.SERVICE, 80), (CaseKind.ENGRAVING, 20)),
    "jewellery": ((CaseKind.CLEANING, 60), (CaseKind.ENGRAVING, 25), (CaseKind.REPAIR, 15)),
    "ready_to_wear": ((CaseKind.ALTERATION, 100),),
}
# What the client asked for, by (category, kind), in the language the advisor writes notes in.
REQUESTS = {
    "en": {("leather_goods", "repair"): ("Handle stitching coming loose on one side.",
                                         "Corner wear: re-edge and recolour.", "Zip pull broken; original part."),
           ("leather_goods", "cleaning"): ("Leather care: clean and nourish.",),
           ("leather_goods", "engraving"): ("Hot-stamp her initials in gold.",),
           ("shoes", "repair"): ("Heel tips worn; resole.", "Stretch the left shoe slightly."),
           ("accessories", "cleaning"): ("Careful cleaning and refresh.",),
           ("watches", "service"): ("Complete service: loses a few seconds a day.",
                                    "Crystal scratched; service at the same time.", "Water resistance check."),
           ("watches", "engraving"): ("Engrave the case back with a date.",),
           ("jewellery", "cleaning"): ("Polish and check the settings.", "Professional cleaning before a wedding."),
           ("jewellery", "engraving"): ("Engrave a date and two initials.", "Engrave a short message."),
           ("jewellery", "repair"): ("Clasp loose; tighten.",),
           ("ready_to_wear", "alteration"): ("Shorten the sleeves by 1 cm.", "Take in the waist slightly.",
                                             "Hem the trousers for flat shoes."),
           "bespoke": ("From the client's sketch; prefers a low setting.",)},
    "fr": {("leather_goods", "repair"): ("Couture de la poignée qui se défait d'un côté.",
                                         "Coins usés : refaire la tranche.", "Tirette cassée ; pièce d'origine."),
           ("leather_goods", "cleaning"): ("Soin du cuir : nettoyer et nourrir.",),
           ("leather_goods", "engraving"): ("Marquage à chaud de ses initiales, à l'or.",),
           ("shoes", "repair"): ("Talons usés ; ressemelage.", "Détendre légèrement la chaussure gauche."),
           ("accessories", "cleaning"): ("Nettoyage soigné et remise en forme.",),
           ("watches", "service"): ("Révision complète : retarde de quelques secondes par jour.",
                                    "Verre rayé ; révision en même temps.", "Contrôle d'étanchéité."),
           ("watches", "engraving"): ("Graver une date au dos du boîtier.",),
           ("jewellery", "cleaning"): ("Polissage et contrôle des sertis.", "Nettoyage avant un mariage."),
           ("jewellery", "engraving"): ("Graver une date et deux initiales.", "Graver un court message."),
           ("jewellery", "repair"): ("Fermoir desserré ; à resserrer.",),
           ("ready_to_wear", "alteration"): ("Raccourcir les manches de 1 cm.", "Reprendre légèrement la taille.",
                                             "Ourlet du pantalon pour chaussures plates."),
           "bespoke": ("D'après le croquis de la cliente ; sertissage bas.",)},
    "zh": {("leather_goods", "repair"): ("手柄一侧缝线松开。", "边角磨损：重新封边补色。", "拉链头断裂，需更换原厂配件。"),
           ("leather_goods", "cleaning"): ("皮革护理：清洁并滋养。",),
           ("leather_goods", "engraving"): ("烫金姓名缩写。",),
           ("shoes", "repair"): ("鞋跟磨损，需换底。", "左脚鞋稍微撑大一点。"),
           ("accessories", "cleaning"): ("细心清洁整理。",),
           ("watches", "service"): ("全面保养：每天慢几秒。", "表镜划痕，同时保养。", "检查防水。"),
           ("watches", "engraving"): ("表背刻日期。",),
           ("jewellery", "cleaning"): ("抛光并检查镶嵌。", "婚礼前专业清洁。"),
           ("jewellery", "engraving"): ("刻上日期和姓名缩写。", "刻一句简短的话。"),
           ("jewellery", "repair"): ("搭扣松动，需紧固。",),
           ("ready_to_wear", "alteration"): ("袖长改短1厘米。", "腰身略收。", "裤脚按平底鞋长度修改。"),
           "bespoke": ("按客人草图定制，偏好低镶。",)},
}
BESPOKE_ITEMS = ("Engagement ring, 1.5 ct, platinum", "Made-to-measure travel trunk", "Bespoke silk carré, "
                 "family crest", "Jewelled watch, one of a kind")


def cases(client: Client, purchases: list[Purchase], today: date, language: str = "en") -> dict:
    """`{"cases": [...], "case_stages": [...]}` for this client (synced data: rev 1), open cases first."""
    rng = random.Random(f"clienteling-demo-aftercare/{client.id}")
    serviceable = [p for p in purchases if p.category.value in KINDS]
    if not serviceable or rng.random() >= SHARE:
        return {"cases": [], "case_stages": []}
    now = datetime.combine(today, time(17, 30), timezone.utc)
    out_cases, out_stages = [], []
    for _ in range(2 if rng.random() < SECOND else 1):
        case, stages = _case(rng, client, rng.choice(serviceable), now, language)
        out_cases.append(case)
        out_stages.extend(stages)
    out_cases.sort(key=lambda c: (c.status.value != "open", -c.opened_at.timestamp()))
    return {"cases": out_cases, "case_stages": sorted(out_stages, key=lambda s: s.at)}


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _case(rng: random.Random, client: Client, purchase: Purchase, now: datetime,
          language: str) -> tuple[AftercareCase, list[CaseStage]]:
    bespoke = client.tier.value in ("vic", "platinum") and rng.random() < 0.2
    options = KINDS[purchase.category.value]
    kind = CaseKind.BESPOKE if bespoke else rng.choices([k for k, _ in options], [w for _, w in options])[0]
    order, steps = STAGES[kind], STEP_HOURS[kind]
    jitter = [rng.uniform(0.5, 1.4) for _ in steps]
    spans = [h * j for h, j in zip(steps, jitter)]
    r = rng.random()
    late = False
    if r < CLOSED:
        reached = len(order) - 1
        opened = now - timedelta(hours=sum(spans)) - timedelta(days=rng.uniform(2, 300))
        status = "closed"
    elif r < CLOSED + CANCELLED:
        reached = rng.randrange(0, 2)
        opened = now - timedelta(days=rng.uniform(20, 200))
        status = "cancelled"
    else:
        reached = rng.randrange(0, len(order) - 1)
        late = rng.random() < LATE
        waiting = spans[reached] * (rng.uniform(2.5, 4.0) if late else rng.uniform(0.1, 0.85))
        opened = now - timedelta(hours=sum(spans[:reached]) + waiting)
        status = "open"
    opened = opened.replace(microsecond=0)
    ats = [opened]
    for span in spans[:reached]:
        ats.append(ats[-1] + timedelta(hours=span))
    promise = PROMISE_DAYS[kind] * rng.uniform(0.8, 1.2)
    promised_on = (now - timedelta(days=rng.uniform(1, 10))).date() if late else (opened + timedelta(days=promise)).date()
    quote = None
    low_high = QUOTES.get(kind)
    quoted_at = "quote_sent" if "quote_sent" in order else "design_proposal"
    if low_high and quoted_at in order and reached >= order.index(quoted_at):
        quote = Decimal(rng.randrange(low_high[0], low_high[1], 10 if low_high[1] < 2000 else 500))
    lang = language if language in REQUESTS else "en"
    item = rng.choice(BESPOKE_ITEMS) if bespoke else purchase.item
    case = AftercareCase(
        id=_id(rng), rev=1, client_id=client.id, kind=kind, purchase_id=None if bespoke else purchase.id, item=item,
        request=rng.choice(REQUESTS[lang]["bespoke" if bespoke else (purchase.category.value, kind.value)]), stage=order[reached], status=status, opened_at=opened,
        promised_on=promised_on, quote_amount=quote, currency="EUR" if quote is not None else "",
        advisor=client.advisor)
    stages = [CaseStage(id=_id(rng), rev=1, client_id=client.id, case_id=case.id, stage=order[i], at=at)
              for i, at in enumerate(ats)]
    return case, stages
