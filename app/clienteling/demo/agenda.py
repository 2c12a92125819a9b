"""The demo book's agenda: a few weeks either side of "today" for each client, in boutique hours.

`appointments(client, today, ...)` draws from its own dice, seeded by the client's id (which
the generator derives from the book's seed), so the rest of the demo book is the same with or
without it. Past appointments are mostly done (with what happened written after), a few
no-shows and cancellations; upcoming ones are booked or confirmed, with what to prepare.
Slots are drawn per advisor without checking, so a busy day holds the odd overlap, as real
agendas do.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, time, timedelta

from ..domain import Appointment, Client, Purchase
from ..domain.agenda import local_to_utc

TZ = "Europe/Paris"
PAST_DAYS, AHEAD_DAYS = 90, 21
# per tier: (expected past appointments in PAST_DAYS, expected upcoming in AHEAD_DAYS)
_RATE = {"prospect": (0.2, 0.15), "client": (0.35, 0.2), "gold": (0.8, 0.4), "platinum": (1.2, 0.6),
         "vic": (2.0, 1.0)}
_PURPOSES = (("styling_session", 30, (60, 90)), ("private_viewing", 14, (60, 90)), ("fitting", 16, (45, 60)),
             ("alteration_fitting", 10, (30, 45)), ("pickup", 12, (15, 30)), ("repair_drop_off", 7, (20, 30)),
             ("event", 5, (120, 180)), ("video_call", 6, (30, 45)))
_PLACES = (("boutique", 72), ("salon", 16), ("hotel", 7), ("client_home", 5))
_HOTELS = ("Le Meurice", "Hôtel de Crillon", "Ritz Paris", "Le Bristol", "Shangri-La Paris")

_AFTER = {
    "en": ("Loved the {colour} pieces; tried two and kept one on hold until Saturday.",
           "Came with {whom}. Much interested in the new season; follow up with pictures next week.",
           "Fitting went well; sleeves to shorten by 1 cm. Call when ready.",
           "Collected the order, very happy. Mentioned a trip next month: suggest travel pieces.",
           "Not convinced by the {colour} one; prefers softer shapes. Show the next delivery first.",
           "Brought the bag for the strap repair; promised within three weeks."),
    "fr": ("A adoré les pièces {colour} ; en a essayé deux, une mise de côté jusqu'à samedi.",
           "Venue avec {whom}. Très intéressée par la nouvelle saison ; relancer avec des photos.",
           "Essayage réussi ; manches à raccourcir d'1 cm. Appeler quand c'est prêt.",
           "Commande récupérée, ravie. Voyage prévu le mois prochain : proposer des pièces de voyage.",
           "Pas convaincue par le modèle {colour} ; préfère des lignes plus souples."),
    "zh": ("很喜欢{colour}系列，试了两件，留了一件到周六。",
           "和{whom}一起来的。对新一季很感兴趣，下周发照片跟进。",
           "试穿顺利，袖子需改短一厘米，做好后电话通知。",
           "已取走订单，非常满意。下个月出行，可推荐旅行系列。"),
}
_BEFORE = {  # what to prepare, by what the appointment is for
    "show": {"en": ("Pull the {colour} selection in size {size}; champagne on arrival.",
                    "Prepare the salon; bring the new leather goods and two scarves."),
             "fr": ("Sortir la sélection {colour} en taille {size} ; champagne à l'arrivée.",
                    "Préparer le salon ; apporter la nouvelle maroquinerie et deux carrés."),
             "zh": ("准备{colour}系列，尺码{size}；到店时备好香槟。", "预留贵宾室，准备新款皮具和两条丝巾。")},
    "fit": {"en": ("Check the alteration is back from the workshop before they arrive.",
                   "Book the tailor for half an hour; pins and chalk ready."),
            "fr": ("Vérifier que la retouche est revenue de l'atelier.",
                   "Réserver le tailleur une demi-heure."),
            "zh": ("确认修改的衣物已从工坊送回。", "预约裁缝半小时。")},
    "collect": {"en": ("Have the order wrapped; gift card ready.",), "fr": ("Emballer la commande ; carte prête.",),
                "zh": ("包装好订单，备好贺卡。",)},
    "repair": {"en": ("Print the repair form; check the purchase date for the warranty.",),
               "fr": ("Imprimer la fiche de réparation ; vérifier la date d'achat pour la garantie.",),
               "zh": ("打印维修单，核对购买日期以确认保修。",)},
}
_GROUP = {"fitting": "fit", "alteration_fitting": "fit", "pickup": "collect", "repair_drop_off": "repair"}
_COLOURS = {"en": ("navy", "camel", "ivory", "burgundy", "black"), "fr": ("marine", "camel", "ivoire", "bordeaux"),
            "zh": ("藏青", "驼色", "象牙白", "酒红")}
_WHOM = {"en": ("a friend", "her daughter", "his wife", "a colleague"), "fr": ("une amie", "sa fille", "son mari"),
         "zh": ("朋友", "女儿", "太太")}


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _count(rng: random.Random, mean: float) -> int:
    whole = int(mean)
    return whole + (1 if rng.random() < mean - whole else 0)


def appointments(client: Client, today: date, advisors: Sequence[str], language: str = "en",
                 purchases: Sequence[Purchase] = (), tz: str = TZ) -> list[Appointment]:
    """This client's appointments around `today`, newest first (synced data: rev 1)."""
    rng = random.Random(f"clienteling-demo-agenda/{client.id}")
    past_mean, ahead_mean = _RATE.get(client.tier.value, (0.3, 0.2))
    lang = language if language in _AFTER else "en"
    out = []
    for past, n in ((True, _count(rng, past_mean)), (False, _count(rng, ahead_mean))):
        for _ in range(n):
            out.append(_one(rng, client, today, advisors, lang, purchases, tz, past))
    out.sort(key=lambda a: a.starts_at, reverse=True)
    return out


def _one(rng, client: Client, today: date, advisors, lang: str, purchases, tz: str, past: bool) -> Appointment:
    if past:
        day = today - timedelta(days=1 + int(rng.random() ** 1.5 * PAST_DAYS))
    else:
        day = today + timedelta(days=int(rng.random() ** 1.2 * AHEAD_DAYS))
    if day.weekday() == 6:  # the boutique is closed on Sundays
        day += timedelta(days=-1 if past else 1)
    purpose, _, (short, long) = rng.choices(_PURPOSES, [p[1] for p in _PURPOSES])[0]
    duration = rng.choice(range(short, long + 1, 15)) if long > short else short
    start = time(10 + int(rng.random() * 8), 30 * int(rng.random() * 2))
    place = "video" if purpose == "video_call" else _weighted(rng, _PLACES)
    detail = rng.choice(_HOTELS) if place == "hotel" else (client.address if place == "client_home" else "")
    advisor = client.advisor if rng.random() < 0.85 or not advisors else rng.choice(list(advisors))
    slots = {"colour": rng.choice(_COLOURS[lang]), "whom": rng.choice(_WHOM[lang]),
             "size": "38" if client.title.value in ("mrs", "ms", "miss") else "50"}
    if past:
        status = _weighted(rng, (("done", 85), ("no_show", 7), ("cancelled", 8)))
        after = rng.choice(_AFTER[lang]).format(**slots) if status == "done" else ""
        if status == "done" and purchases and rng.random() < 0.3:
            after += f" ({purchases[0].item.partition(',')[0]})"
        before = ""
    else:
        status = _weighted(rng, (("booked", 60), ("confirmed", 35), ("cancelled", 5)))
        after = ""
        before = rng.choice(_BEFORE[_GROUP.get(purpose, "show")][lang]).format(**slots) if rng.random() < 0.8 else ""
    rid = uuid.UUID(int=rng.getrandbits(128), version=4)
    return Appointment(id=str(rid), rev=1, client_id=client.id, starts_at=local_to_utc(day, start, tz),
                       duration_min=duration, purpose=purpose, place=place, place_detail=detail[:200],
                       advisor=advisor, status=status, time_zone=tz, notes_before=before, notes_after=after)
