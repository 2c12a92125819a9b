"""The demo book's outreach history: a few messages and calls over the last months, per client.

`outreach(client, today, language)` draws from its own dice, seeded by the client's id (which
the generator derives from the book's seed), so the rest of the demo book is the same with or
without it. About a third of the clients who may be contacted have one to three entries, on
their preferred channel, in the last four months; about one in eight of those was contacted in
the last week, so the frequency cap holds some of today's prompts back, as it would in a
boutique. Clients who asked not to be contacted have none.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, timezone

from ..domain import Client, OutreachLog

SHARE = 0.35  # of contactable clients with some history
DAYS = 120
RECENT = 0.12  # of those, contacted in the last week
_PURPOSES = (("thank_you", 30), ("check_in", 18), ("birthday", 12), ("new_arrival", 14), ("re_engagement", 8),
             ("appointment_follow_up", 12), ("other", 6))
_OUTCOMES = (("sent", 70), ("reached", 20), ("no_answer", 10))
_MESSAGES = {
    "en": {"thank_you": "Thank-you note after the purchase; offered a visit for the fitting.",
           "check_in": "Asked how the piece wears; all good.",
           "birthday": "Birthday wishes, with an invitation to drop by for a coffee.",
           "new_arrival": "Sent pictures of the new season's arrivals in their colours.",
           "re_engagement": "Personal note: invitation to the private viewing of the new collection.",
           "appointment_follow_up": "Follow-up after the visit with the pieces tried on.",
           "other": "Reminded them of the boutique's holiday opening hours."},
    "fr": {"thank_you": "Mot de remerciement après l'achat ; proposé un essayage.",
           "check_in": "Pris des nouvelles de la pièce ; tout va bien.",
           "birthday": "Vœux d'anniversaire et invitation à passer prendre un café.",
           "new_arrival": "Envoyé les photos des nouveautés dans ses couleurs.",
           "re_engagement": "Mot personnel : invitation à la présentation privée de la collection.",
           "appointment_follow_up": "Suivi après le rendez-vous avec les pièces essayées.",
           "other": "Rappel des horaires d'ouverture pendant les fêtes."},
    "zh": {"thank_you": "购买后发送感谢信息，并邀请来店试穿。",
           "check_in": "询问使用感受，一切都好。",
           "birthday": "送上生日祝福，邀请来店喝咖啡。",
           "new_arrival": "发送了新款到店照片，都是客人喜欢的颜色。",
           "re_engagement": "私人邀请：新系列私享会。",
           "appointment_follow_up": "到店后跟进，附上试穿的款式。",
           "other": "提醒节日期间的营业时间。"},
}


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def outreach(client: Client, today: date, language: str = "en") -> list[OutreachLog]:
    """This client's outreach before `today`, newest first (synced data: rev 1)."""
    rng = random.Random(f"clienteling-demo-outreach/{client.id}")
    if client.do_not_contact or rng.random() >= SHARE:
        return []
    lang = language if language in _MESSAGES else "en"
    days = sorted((rng.randint(7, DAYS) for _ in range(rng.choice((1, 1, 2, 3)))), reverse=True)
    if rng.random() < RECENT:
        days[-1] = rng.randint(1, 6)
    out = []
    for ago in days:
        purpose = _weighted(rng, _PURPOSES)
        at = datetime.combine(today - timedelta(days=ago), time(9 + int(rng.random() * 9), int(rng.random() * 60)),
                              timezone.utc)
        out.append(OutreachLog(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), rev=1, client_id=client.id,
                               at=at, channel=client.preferred_channel, purpose=purpose,
                               message=_MESSAGES[lang][purpose], outcome=_weighted(rng, _OUTCOMES),
                               advisor=client.advisor))
    out.sort(key=lambda o: o.at, reverse=True)
    return out
