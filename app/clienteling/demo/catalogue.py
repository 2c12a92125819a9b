"""What the fictional maison sells and what advisors write: products, preferences, sizes,
tags and note templates (English, French, Chinese). Lines are named after Paris places.
"""

from __future__ import annotations

from typing import NamedTuple

LINES = ("Rivoli", "Vendôme", "Étoile", "Palais", "Madeleine", "Concorde", "Marais", "Tuileries",
         "Orsay", "Saint-Honoré")

BOUTIQUE = "Paris Saint-Honoré"
OTHER_BOUTIQUES = {"FR": "Paris Montaigne", "MC": "Monte-Carlo", "CH": "Genève Rhône", "CN": "Shanghai Plaza 66",
                   "JP": "Tokyo Ginza", "KR": "Seoul Cheongdam", "IT": "Milano Montenapoleone",
                   "AE": "Dubai Mall", "SA": "Riyadh Kingdom Centre", "RU": "Moscow Stoleshnikov",
                   "GB": "London Bond Street", "US": "New York Madison"}


class Product(NamedTuple):
    name: str
    code: str
    low: int
    high: int
    gender: str = ""  # 'f', 'm' or '' for anyone
    variants: str = ""  # key of VARIANTS


VARIANTS = {
    "leather": ("noir calfskin", "camel grained calfskin", "bordeaux box calf", "ivory lambskin",
                "etoupe calfskin", "emerald grained calfskin", "blush lambskin", "navy calfskin"),
    "exotic": ("matte black alligator", "shiny rouge crocodile", "graphite alligator"),
    "rtw": ("noir", "navy", "camel", "ivory", "charcoal", "bordeaux", "forest green"),
    "shoe": ("noir calfskin", "beige suede", "navy calfskin", "cognac leather", "ivory satin"),
    "watch": ("navy alligator strap", "steel bracelet", "black alligator strap", "rose gold bracelet"),
    "silk": ("bleu de France", "rouge", "vert anglais", "rose poudré", "jaune d'or", "marine"),
}

PRODUCTS: dict[str, tuple[Product, ...]] = {
    "leather_goods": (
        Product("Rivoli 28 tote", "RIV28", 7800, 11500, "", "leather"),
        Product("Rivoli 35 tote", "RIV35", 8900, 12800, "", "leather"),
        Product("Madeleine mini bag", "MAD18", 4200, 5600, "f", "leather"),
        Product("Concorde shoulder bag", "CON25", 5400, 7200, "f", "leather"),
        Product("Marais 45 weekender", "MAR45", 9200, 13500, "", "leather"),
        Product("Palais long wallet", "PALWL", 890, 1450, "", "leather"),
        Product("Orsay card holder", "ORSCH", 390, 520, "", "leather"),
        Product("Tuileries belt bag", "TUIBB", 2900, 3600, "", "leather"),
        Product("Marais document case", "MARDC", 4600, 5900, "m", "leather"),
        Product("Étoile clutch", "ETCLC", 24000, 38000, "f", "exotic"),
    ),
    "ready_to_wear": (
        Product("Double-face cashmere coat", "CDC", 5200, 7400, "", "rtw"),
        Product("Silk twill shirt", "SIL", 1150, 1650, "", "rtw"),
        Product("Tweed jacket", "TWJ", 4200, 5800, "f", "rtw"),
        Product("Pleated silk midi skirt", "PMS", 1900, 2600, "f", "rtw"),
        Product("Merino crew-neck sweater", "MER", 850, 1150, "", "rtw"),
        Product("Tailored wool trousers", "TWT", 980, 1350, "", "rtw"),
        Product("Silk crêpe evening gown", "EVG", 8900, 14500, "f", "rtw"),
        Product("Shearling aviator jacket", "SHA", 7200, 9800, "", "rtw"),
        Product("Wool and mohair suit", "SUI", 4800, 6200, "m", "rtw"),
    ),
    "shoes": (
        Product("Tuileries ballet flats", "TUI", 690, 850, "f", "shoe"),
        Product("Saint-Honoré loafers", "SHL", 890, 1100, "", "shoe"),
        Product("Étoile ankle boots", "ETB", 1290, 1650, "f", "shoe"),
        Product("Calfskin sneakers", "SNK", 750, 950, "", "shoe"),
        Product("Slingback pumps 85", "SLP", 950, 1150, "f", "shoe"),
        Product("Hand-stitched Oxford shoes", "OXF", 1350, 1800, "m", "shoe"),
        Product("Suede driving moccasins", "DRV", 690, 820, "m", "shoe"),
    ),
    "jewellery": (
        Product("Vendôme ring, rose gold and diamonds", "VDR", 3900, 18500),
        Product("Étoile pendant, white gold", "ETP", 2600, 6200),
        Product("Concorde cuff bracelet, yellow gold", "CCB", 7800, 16500),
        Product("Akoya pearl earrings", "PRL", 2100, 3400, "f"),
        Product("Étoile eternity band, platinum", "EEB", 5200, 14000),
        Product("Palais signet ring, yellow gold", "PSR", 2900, 4600, "m"),
        Product("Rivière diamond necklace", "RIV", 38000, 120000, "f"),
        Product("Vendôme cufflinks, white gold", "VCL", 1800, 2600, "m"),
    ),
    "watches": (
        Product("Vendôme 33 mm quartz", "V33", 5600, 7200, "f", "watch"),
        Product("Vendôme 39 mm automatic, rose gold", "V39", 24500, 31000, "", "watch"),
        Product("Palais chronograph 41 mm", "PC41", 12800, 15800, "", "watch"),
        Product("Palais perpetual calendar, platinum", "PPC", 78000, 96000, "m", "watch"),
        Product("Étoile jewellery watch, diamond bezel", "EJW", 19500, 42000, "f", "watch"),
        Product("Concorde GMT 40 mm, titanium", "GMT", 9800, 11900, "", "watch"),
    ),
    "fragrance": (
        Product("Eau de Saint-Honoré, 100 ml", "ESH", 260, 300),
        Product("Oud du Palais, 75 ml", "OUD", 380, 420),
        Product("Jardin des Tuileries candle", "JTC", 120, 160),
        Product("Rose Vendôme extrait, 50 ml", "RVE", 420, 480),
        Product("Bath and body gift set", "BGS", 180, 240),
    ),
    "accessories": (
        Product("Silk carré 90", "C90", 490, 560, "", "silk"),
        Product("Cashmere stole", "CST", 1250, 1550, "", "rtw"),
        Product("Reversible leather belt", "BLT", 690, 890, "", "leather"),
        Product("Tortoiseshell sunglasses", "SUN", 480, 620),
        Product("Lambskin gloves", "GLV", 520, 690, "", "rtw"),
        Product("Silk twill tie", "TIE", 210, 260, "m", "silk"),
        Product("Enamel bangle", "ENB", 650, 820, "f", "silk"),
    ),
}
# How purchases spread over categories (a leather-goods maison).
CATEGORY_WEIGHTS = (("leather_goods", 30), ("ready_to_wear", 20), ("shoes", 14), ("jewellery", 10),
                    ("watches", 6), ("fragrance", 12), ("accessories", 8))

# (category, sentiment) -> values; the allergy list is what an advisor must never forget.
PREFERENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("colour", "like"): ("Noir", "Navy", "Camel", "Ivory", "Bordeaux", "Emerald green", "Blush pink", "Etoupe",
                         "Sky blue", "Cognac", "Red", "Forest green", "Charcoal grey", "Lavender"),
    ("colour", "dislike"): ("Orange", "Neon colours", "Bright yellow", "Brown", "Purple", "All-white looks"),
    ("material", "like"): ("Calfskin", "Lambskin", "Cashmere", "Silk twill", "Rose gold", "Yellow gold",
                           "White gold", "Platinum", "Alligator", "Linen", "Suede", "Tweed"),
    ("material", "dislike"): ("Exotic skins", "Patent leather", "Fur", "Synthetic fabrics", "Yellow gold"),
    ("line", "like"): LINES,
    ("line", "dislike"): ("Marais (too casual)", "Étoile (too sparkly)"),
    ("style", "like"): ("Minimalist", "Classic tailoring", "Statement pieces", "Quiet luxury", "Logo-free",
                        "Bold prints", "Vintage-inspired", "Sporty chic", "Evening wear"),
    ("style", "dislike"): ("Visible logos", "Oversized fits", "Very high heels", "Heavy embellishment"),
    ("allergy", "dislike"): ("Nickel allergy", "Sensitive to wool", "Latex allergy",
                             "Allergic to lilies (no lilies in flowers)", "Fragrance sensitivity"),
    ("fragrance", "like"): ("Woody", "Floral chypre", "Oud", "Fresh citrus", "Iris", "Leather accords", "Tuberose"),
    ("fragrance", "dislike"): ("Heavy musk", "Gourmand vanilla", "Powdery notes"),
}

TAGS = ("Bridal", "Watch collector", "Art Basel", "Fine jewellery", "Haute couture", "Leather lover",
        "Corporate gifting", "Private sales", "Paris Fashion Week", "Monaco Grand Prix", "Cannes Film Festival",
        "Prefers private salon", "Sneakers", "Bespoke", "Travel retail", "Family office",
        "Fragrance", "Home collection", "Equestrian")
CULTURE_TAGS = {"zh": ("Chinese New Year gifting", "Golden Week"), "ar": ("Ramadan gifting", "Summer in Paris"),
                "ja": ("Golden Week",), "ru": ("Winter in Courchevel",), "en": ("Wimbledon", "Thanksgiving gifting")}

# Sizes: (category, system, values) for women ('f'), men ('m'), by the client's culture.
_SHOES_F = {"EU": "35 35.5 36 36.5 37 37.5 38 38.5 39 39.5 40 41", "US": "5 5.5 6 6.5 7 7.5 8 8.5 9 9.5 10",
            "UK": "2.5 3 3.5 4 4.5 5 5.5 6 6.5 7", "JP": "22.5 23 23.5 24 24.5 25"}
_SHOES_M = {"EU": "39.5 40 40.5 41 41.5 42 42.5 43 44 45 46", "US": "7 7.5 8 8.5 9 9.5 10 10.5 11 12",
            "UK": "6 6.5 7 7.5 8 8.5 9 9.5 10 11", "JP": "25 25.5 26 26.5 27 27.5 28"}
_RTW_F = {"FR": "34 36 38 40 42 44", "IT": "36 38 40 42 44 46 48", "INTL": "XS S M L XL", "UK": "6 8 10 12 14 16"}
_RTW_M = {"IT": "44 46 48 50 52 54 56", "FR": "42 44 46 48 50 52", "INTL": "S M L XL XXL", "UK": "36 38 40 42 44"}
_RING = {"FR": "48 49 50 51 52 53 54 55 56 57 58 60 62", "US": "4 4.5 5 5.5 6 6.5 7 7.5 8 9 10 11",
         "mm": "15.3 15.6 16.0 16.5 16.9 17.3 17.7 18.1 18.5 19.0 19.8"}
SYSTEMS = {  # culture -> (ready_to_wear system, shoe system, ring system)
    "fr": ("FR", "EU", "FR"), "it": ("IT", "EU", "FR"), "zh": ("FR", "EU", "mm"), "ja": ("INTL", "JP", "mm"),
    "ko": ("INTL", "EU", "mm"), "ar": ("IT", "EU", "FR"), "ru": ("IT", "EU", "mm"), "en": ("UK", "UK", "US"),
}
US_SYSTEMS = ("INTL", "US", "US")


def size_values(gender: str) -> dict[str, dict[str, list[str]]]:
    rtw, shoes = (_RTW_F, _SHOES_F) if gender == "f" else (_RTW_M, _SHOES_M)
    return {"ready_to_wear": {k: v.split() for k, v in rtw.items()},
            "shoe": {k: v.split() for k, v in shoes.items()},
            "ring": {k: v.split() for k, v in _RING.items()}}


SIZE_TABLE = {"f": size_values("f"), "m": size_values("m")}
BELT_CM = ("70", "75", "80", "85", "90", "95", "100", "105", "110")
GLOVE = ("6.5", "7", "7.5", "8", "8.5", "9", "9.5")
WRIST_CM = ("15", "15.5", "16", "16.5", "17", "17.5", "18", "18.5", "19")
SHIRT_CM = ("38", "39", "40", "41", "42", "43", "44")
CHILD_RTW = ("2Y", "4Y", "6Y", "8Y", "10Y", "12Y", "14Y")

DNC_REASONS = (
    "Asked not to be contacted after a bereavement; will reach out when ready.",
    "Requested no marketing contact of any kind (letter on file).",
    "Works abroad this year; contact only through the family office.",
    "Prefers to come in unannounced; found our messages too frequent.",
    "Legal hold on the account: no contact until the central team says so.",
)
CONSENT_SOURCES = ("In-boutique form", "Signed at the maison", "Website account", "Phone call",
                   "Central CRM import", "Event registration")
RELATION_NOTES = ("Collects vintage watches.", "Loves silk scarves, especially in blue.", "Nickel allergy.",
                  "Prefers practical gifts; no fragrance.", "Starting university in Paris next year.",
                  "Rides competitively; equestrian pieces are a safe bet.", "Wears only rose gold.",
                  "Does not like surprises: check with the client first.", "Passionate about art deco.", "")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "zh": tuple(f"{m}月" for m in range(1, 13)),
}
COLOURS = {
    "en": ("black", "navy", "camel", "ivory", "bordeaux", "emerald", "blush pink", "etoupe", "gold"),
    "fr": ("noir", "marine", "camel", "ivoire", "bordeaux", "vert émeraude", "rose poudré", "étoupe", "or"),
    "zh": ("黑色", "海军蓝", "驼色", "象牙白", "酒红色", "祖母绿", "浅粉色", "大象灰", "金色"),
}
EVENTS = {
    "en": ("Paris Fashion Week", "the Art Basel preview", "a wedding in Capri", "the Cannes festival",
           "a gala at the Opéra Garnier", "the Monaco Grand Prix", "a family holiday in Courchevel"),
    "fr": ("la Fashion Week", "le vernissage d'Art Basel", "un mariage à Capri", "le Festival de Cannes",
           "un gala à l'Opéra Garnier", "le Grand Prix de Monaco", "des vacances en famille à Courchevel"),
    "zh": ("巴黎时装周", "巴塞尔艺术展预展", "卡普里岛的一场婚礼", "戛纳电影节", "加尼叶歌剧院的晚宴",
           "春节家宴", "在库尔舍维勒滑雪度假"),
}
FRIEND = {"en": "a close friend", "fr": "une amie proche", "zh": "一位好朋友"}
KIN = {  # relation kind -> (en her/his, fr, zh)
    "spouse": ("husband", "wife", "mari", "femme", "先生", "太太"),
    "partner": ("partner", "partner", "compagnon", "compagne", "伴侣", "伴侣"),
    "child": ("son", "daughter", "fils", "fille", "儿子", "女儿"),
    "parent": ("father", "mother", "père", "mère", "父亲", "母亲"),
    "sibling": ("brother", "sister", "frère", "sœur", "哥哥", "姐姐"),
    "friend": ("friend", "friend", "ami", "amie", "朋友", "朋友"),
}

# Slots: {item} {item2} {line} {colour} {who} {event} {city} {month} {size} {ring} {budget} {e}
# ({e}: French feminine agreement). A 'category|' prefix ties a service note to a purchase of that category.
NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "conversation": (
            "leather_goods|Visited with {who}; tried the {item} in {colour} and will think it over. "
            "Follow up in two weeks.",
            "Called to ask whether the {item} is back in stock. Promised to reserve one from the next delivery.",
            "In Paris for {event}. Looked at the {line} line; loved the {colour} but wants to see it in daylight.",
            "Long conversation in the private salon. Travelling to {city} in {month}; prefers late-afternoon "
            "appointments.",
            "Dropped in to thank us for the birthday flowers. Asked about the new {line} collection: send the "
            "lookbook.",
            "Private viewing of the {line} novelties. Reserved the {item}; decision by the end of the week.",
            "Very short on time today. Prefers messages to calls; answer the same day.",
        ),
        "gift_idea": (
            "leather_goods|Gift idea for {who}: the {item} in {colour}. Birthday in {month}.",
            "{who} admired the {item} during the last visit: keep it in mind for a future gift.",
            "Looking for a milestone present for {who}: a first fine watch, budget around {budget} €.",
            "Christmas list: the {item} for {who}, and the {item2} as a host gift.",
            "Wants a surprise for {who} in {month}: a silk carré with a handwritten card. Avoid {colour}.",
        ),
        "style": (
            "Wears {size} in ready-to-wear; likes a relaxed fit in the shoulders.",
            "Loves {colour}; avoids visible logos. The {line} line suits the client best.",
            "Styled a full look for {event}: the {item} with the {item2}. Delighted with the result.",
            "ready_to_wear|Prefers quiet, timeless pieces. Bought the {item} for the office.",
        ),
        "service": (
            "leather_goods|{item} left for repair: stitching on the handle. Promised for mid-{month}.",
            "watches|Full service requested for the {item}; estimated six weeks. Loan watch offered.",
            "jewellery|Ring resized to {ring}. Collected today, very pleased.",
            "leather_goods|Leather care on the {item}: cleaning and edge paint. Ready for pickup.",
            "ready_to_wear|Alteration on the {item}: sleeves shortened by 1.5 cm. Call when ready.",
            "Delivery to {city} arrived late; apologised and offered a complimentary engraving.",
        ),
    },
    "fr": {
        "conversation": (
            "leather_goods|Venu{e} avec {who} ; a essayé le {item} en {colour}, réfléchit encore. "
            "Relancer dans deux semaines.",
            "A appelé pour savoir si le {item} était revenu en stock. Promis d'en réserver un à la prochaine "
            "livraison.",
            "De passage à Paris pour {event}. A regardé la ligne {line} ; adore le {colour} mais veut le voir à "
            "la lumière du jour.",
            "Longue conversation au salon privé. Part à {city} en {month} ; préfère les rendez-vous en fin "
            "d'après-midi.",
            "Passé{e} remercier pour les fleurs d'anniversaire. Intéressé{e} par la nouvelle collection {line} : "
            "envoyer le lookbook.",
            "Présentation privée des nouveautés {line}. Le {item} est réservé ; décision d'ici la fin de la semaine.",
        ),
        "gift_idea": (
            "leather_goods|Idée cadeau pour {who} : le {item} en {colour}. Anniversaire en {month}.",
            "{who} a remarqué le {item} lors de la dernière visite : à garder en tête pour un prochain cadeau.",
            "Cherche un cadeau marquant pour {who} : une première belle montre, budget autour de {budget} €.",
            "Liste de Noël : le {item} pour {who}, et le {item2} pour les hôtes du réveillon.",
            "Veut faire une surprise à {who} en {month} : un carré de soie avec une carte manuscrite. Éviter le "
            "{colour}.",
        ),
        "style": (
            "Porte du {size} en prêt-à-porter ; aime une coupe souple aux épaules.",
            "Adore le {colour} ; pas de logos apparents. La ligne {line} lui va le mieux.",
            "Silhouette complète pour {event} : le {item} avec le {item2}. Ravi{e} du résultat.",
            "ready_to_wear|Préfère les pièces intemporelles et discrètes. A choisi le {item} pour le bureau.",
        ),
        "service": (
            "leather_goods|{item} déposé en réparation : couture de la poignée. Promis pour mi-{month}.",
            "watches|Révision complète demandée pour la montre {item} ; environ six semaines. Montre de prêt proposée.",
            "jewellery|Bague mise à la taille {ring}. Récupérée aujourd'hui, très satisfait{e}.",
            "leather_goods|Entretien cuir du {item} : nettoyage et teinture des tranches. Prêt à être retiré.",
            "ready_to_wear|Retouche sur le {item} : manches raccourcies de 1,5 cm. Appeler quand c'est prêt.",
            "Livraison à {city} arrivée en retard ; excuses présentées, gravure offerte.",
        ),
    },
    "zh": {
        "conversation": (
            "leather_goods|和{who}一起来店，试了{colour}的{item}，还在考虑。两周后跟进。",
            "来电询问{item}是否到货，答应下一批到货时为客人预留一件。",
            "来巴黎参加{event}。看了{line}系列，很喜欢{colour}，但想在自然光下再看一次。",
            "在私人沙龙聊了很久。{month}要去{city}，喜欢傍晚的预约时间。",
            "来店感谢我们送的生日鲜花。对{line}新系列感兴趣，请发送画册。",
            "{line}新品私享会。已预留{item}，本周内决定。",
            "今天时间很紧。更喜欢微信留言，不要打电话，当天回复。",
        ),
        "gift_idea": (
            "leather_goods|给{who}的礼物建议：{colour}的{item}，生日在{month}。",
            "{who}上次来店时很喜欢{item}，可以留作下次送礼的选择。",
            "想给{who}准备一份有纪念意义的礼物：第一块好腕表，预算约{budget}欧元。",
            "圣诞礼物清单：给{who}的{item}，另加{item2}作为伴手礼。",
            "想在{month}给{who}一个惊喜：丝巾配手写卡片。避免{colour}。不要送钟。",
        ),
        "style": (
            "成衣穿{size}码，肩部喜欢宽松一些。",
            "喜欢{colour}，不喜欢明显的标志。{line}系列最适合客人。",
            "为{event}搭配了整套造型：{item}配{item2}，客人非常满意。",
            "ready_to_wear|偏爱低调经典的款式，为上班选了{item}。",
        ),
        "service": (
            "leather_goods|{item}送修：手柄缝线。承诺{month}中旬完成。",
            "watches|{item}需要全面保养，预计六周，已提供备用表。",
            "jewellery|戒指已改为{ring}号，今天取走，客人很满意。",
            "leather_goods|{item}皮革护理：清洁及封边，可以取货了。",
            "ready_to_wear|{item}修改：袖长改短1.5厘米，完成后电话通知。",
            "寄往{city}的包裹延误，已致歉并赠送免费刻字服务。",
        ),
    },
}
NOTE_KINDS = (("conversation", 45), ("gift_idea", 20), ("style", 20), ("service", 15))

# How the generator draws a client. Tiers: (tier, weight, notes multiplier, purchases min, max).
TIERS = (("prospect", 10, 0.4, 0, 0), ("client", 50, 0.8, 1, 3), ("gold", 22, 1.2, 2, 6),
         ("platinum", 12, 1.6, 4, 10), ("vic", 6, 2.2, 8, 18))
DESTINATIONS = {"en": ("London", "New York", "Dubai", "Tokyo", "Milan", "Saint-Tropez", "Courchevel"),
                "fr": ("Londres", "New York", "Dubaï", "Tokyo", "Milan", "Saint-Tropez", "Courchevel"),
                "zh": ("伦敦", "纽约", "迪拜", "东京", "米兰", "圣特罗佩", "上海")}
FEMALE_TITLES = (("mrs", 46), ("ms", 44), ("miss", 5), ("dr", 5))
MALE_TITLES = (("mr", 93), ("dr", 7))
SIZE_ODDS = {"f": (("ready_to_wear", .8), ("shoe", .75), ("ring", .45), ("glove", .15), ("belt", .1),
                   ("watch_strap", .15)),
             "m": (("ready_to_wear", .7), ("shirt", .4), ("shoe", .75), ("belt", .4), ("ring", .15),
                   ("watch_strap", .35), ("glove", .15))}
PREF_KEYS = ((("colour", "like"), 3), (("colour", "dislike"), 1), (("material", "like"), 2),
             (("material", "dislike"), 1), (("line", "like"), 2), (("line", "dislike"), .2),
             (("style", "like"), 2), (("style", "dislike"), 1), (("allergy", "dislike"), .4),
             (("fragrance", "like"), 1), (("fragrance", "dislike"), .4))
RELATION_ODDS = (("spouse", .5), ("child", .3), ("child", .2), ("parent", .12), ("friend", .12), ("sibling", .08))
CHANNEL_SOURCE = {"wechat": "WeChat official account", "line": "LINE official account", "kakao": "Kakao channel"}
