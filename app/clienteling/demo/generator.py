"""A seeded, believable demo book: the clients of a Paris maison, in their own languages.

`generate_dossiers` yields validated `Dossier`s (every record built through the domain's
pydantic models), deterministic for a (seed, today) pair, ids included, and cheap enough
for scale books (100,000 clients). Each comes with its history: outreach (demo/outreach.py),
appointments, aftercare cases, and the advisor's decisions on the prompts of the last weeks
(demo/decisions.py, the rules run over each block of dossiers). `demo.seed.seed_book`
bulk-loads them as synced data.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from itertools import accumulate

from ..domain import (Client, Consent, Contact, Dossier, ImportantDate, Preference, Purchase, Relation, Size, Tag,
                      WishlistItem)
from . import catalogue as cat
from .aftercare import cases as demo_cases
from .agenda import appointments as demo_agenda
from .decisions import decide
from .names import CITIES, CULTURES, Culture, email_local, fill_address, mobile_number
from .notes import NoteWriter, draw_category
from .outreach import outreach as demo_outreach

DEFAULT_ADVISORS = ("Camille Fabre", "Thomas Girard", "Lin Mei", "Sakura Mori", "Nadia Benali", "Elena Sokolova")
_SPECIALISTS = {"zh": "Lin Mei", "ja": "Sakura Mori", "ar": "Nadia Benali", "ru": "Elena Sokolova"}
DEFAULT_NOTES_PER_CLIENT = 5.0
BLOCK = 1000  # clients made from one seeded stream
_BLOCK_MS = 1_000  # id timestamps of a block start this far (ms) after the previous block's
_UTC = timezone.utc
_EPOCH = date(1970, 1, 1).toordinal()


class _Pick:
    """A weighted choice, faster than `random.choices` for one value at a time."""

    def __init__(self, pairs: Sequence[tuple]):
        self.values = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))

    def __call__(self, rng: random.Random):
        return self.values[bisect(self.cum, rng.random() * self.cum[-1])]


_culture = _Pick([(c, c.weight) for c in CULTURES])
_countries = {c.key: _Pick(c.countries) for c in CULTURES}
_families = {c.key: _Pick([(f, 1 / (i + 4)) for i, f in enumerate(c.family)]) for c in CULTURES}  # Zipf-like
_FEATURED = (  # (culture, gender, family, given): the first clients of block 0
    ("zh", "m", ("张", "Zhang"), ("伟", "Wei")), ("fr", "f", ("Dubois", ""), ("Héloïse", "")),
    ("ja", "f", ("佐藤", "Sato"), ("花子", "Hanako")), ("zh", "f", ("欧阳", "Ouyang"), ("娜", "Na")),
    ("ko", "f", ("김", "Kim"), ("지은", "Ji-eun")), ("ru", "m", ("Иванов", "Ivanov"), ("Дмитрий", "Dmitry")),
    ("ar", "f", ("الهاشمي", "Al Hashimi"), ("فاطمة", "Fatima")), ("fr", "m", ("Lefèvre", ""), ("Benoît", "")),
    ("zh", "f", ("王", "Wang"), ("芳", "Fang")), ("it", "f", ("Rossi", ""), ("Giulia", "")),
    ("en", "f", ("Clarke", ""), ("Emily", "")), ("fr", "f", ("Le Gall", ""), ("Gaëlle", "")),
)
_channels = {c.key: _Pick(c.channels) for c in CULTURES}
_tier = _Pick([(t, t[1]) for t in cat.TIERS])
_title = {"f": _Pick(cat.FEMALE_TITLES), "m": _Pick(cat.MALE_TITLES)}
_pref_key = _Pick(cat.PREF_KEYS)
_prefix = {"leather_goods": "LG", "ready_to_wear": "RW", "shoes": "SH", "jewellery": "JW", "watches": "WA",
           "fragrance": "FR", "accessories": "AC"}


def _variant_table(gender: str) -> dict[str, list[tuple[str, str, cat.Product]]]:
    table = {}
    for category, products in cat.PRODUCTS.items():
        rows = table[category] = []
        for p in products:
            if p.gender not in ("", gender):
                continue
            for variant in cat.VARIANTS[p.variants] if p.variants else ("",):
                code = "".join(w[0] for w in variant.replace("'", " ").split()).upper()
                sku = f"{_prefix[category]}-{p.code}" + (f"-{code}" if code else "")
                rows.append((f"{p.name}, {variant}" if variant else p.name, sku, p))
    return table


_variants = {g: _variant_table(g) for g in "fm"}


class _Person:
    __slots__ = ("native", "latin", "gender", "given_native", "given_latin", "family_native", "family_latin")

    def __init__(self, culture: Culture, gender: str, family: tuple[str, str], given: tuple[str, str]):
        self.gender = gender
        self.family_native, self.family_latin = culture.female_family(*family) if gender == "f" else family
        self.given_native, self.given_latin = given
        if culture.family_first:
            self.native = self.family_native + self.given_native
            self.latin = f"{self.family_latin} {self.given_latin}"
        else:
            self.native = f"{self.given_native} {self.family_native}"
            self.latin = f"{self.given_latin} {self.family_latin}" if self.family_latin else ""

    @property
    def label(self) -> str:
        return f"{self.native} · {self.latin}" if self.latin else self.native


class _Generator:
    """One block of the book: its own dice, seeded by (seed, block), so blocks can be made anywhere."""

    def __init__(self, seed: int, block: int, today: date, advisors: Sequence[str] | None,
                 notes_per_client: float | None):
        self.rng = random.Random(f"clienteling-demo/{seed}/{block}")
        self.today = today
        self.today_ord = today.toordinal()
        self.now = datetime.combine(today, time(17, 30), _UTC)
        self._ms = int(datetime.combine(today - timedelta(days=30), time(0), _UTC).timestamp() * 1000) \
            + block * _BLOCK_MS
        self._seq = 0
        self._tail = f"{0x8000 | self.rng.getrandbits(14):04x}-{self.rng.getrandbits(48):012x}"
        self.advisors = tuple(advisors) if advisors else DEFAULT_ADVISORS
        self.specialists = _SPECIALISTS if not advisors else {}
        mean = DEFAULT_NOTES_PER_CLIENT if notes_per_client is None else max(0.0, notes_per_client)
        expected = sum(t[1] * t[2] for t in cat.TIERS) / sum(t[1] for t in cat.TIERS)
        self.note_scale = mean / expected
        self.note_carry = 0.0
        self.block = block
        self.made = 0
        self.languages: dict[str, str] = {}  # client id -> the language the advisor writes in for them

    def id(self) -> str:
        """A UUIDv7 drawn from the seed, rising in generation order (append-friendly indexes).

        RFC 9562 method 1: 12-bit counter in rand_a under a millisecond that steps every 4096 ids;
        the 62 random bits are drawn once per block, so ids of two seeds never meet.
        """
        seq = self._seq
        self._seq = seq + 1
        ms = self._ms + (seq >> 12)
        return f"{ms >> 16:08x}-{ms & 0xffff:04x}-7{seq & 0xfff:03x}-{self._tail}"

    def at_day(self, ordinal: int) -> datetime:
        """A time in boutique hours (08:00-17:00 UTC) on the day `ordinal`."""
        secs = 28_800 + int(self.rng.random() * 32_400)
        return datetime.fromtimestamp((ordinal - _EPOCH) * 86_400 + secs, _UTC)

    def moment(self, start: datetime) -> datetime:
        """A time in boutique hours between `start` and today."""
        first = start.date().toordinal()
        return self.at_day(first + int(self.rng.random() * (max(0, self.today_ord - first) + 1)))

    def person(self, culture: Culture, gender: str, family: tuple[str, str] | None = None) -> _Person:
        given = self.rng.choice(culture.female if gender == "f" else culture.male)
        return _Person(culture, gender, family or _families[culture.key](self.rng), given)

    def day(self, year_from: int, year_to: int) -> date:
        start = date(year_from, 1, 1).toordinal()
        return date.fromordinal(self.rng.randint(start, date(year_to, 12, 31).toordinal()))

    # -- one dossier ---------------------------------------------------------------------------------
    def dossier(self) -> Dossier:
        rng = self.rng
        featured = _FEATURED[self.made] if self.block == 0 and self.made < len(_FEATURED) else None
        self.made += 1
        if featured:  # the first clients of every book: someone to find in each script
            key, gender, family, given = featured
            culture = next(c for c in CULTURES if c.key == key)
            me = _Person(culture, gender, family, given)
        else:
            culture = _culture(rng)
            gender = "f" if rng.random() < 0.62 else "m"
            me = self.person(culture, gender)
        country = _countries[culture.key](rng)
        tier, _, note_mult, buy_min, buy_max = _tier(rng)
        years = rng.uniform(0.05, 1.0) if tier == "prospect" else rng.triangular(0.3, 6.0, 3.5)
        created = self.at_day(self.today_ord - int(years * 365))
        title = _title[gender](rng)
        year = self.today.year
        born = self.day(year - 30, year - 22) if title == "miss" else self.day(year - 76, year - 28)
        city, streets = rng.choice(CITIES[country])
        dnc = rng.random() < 0.02
        channel = _channels[culture.key](rng)
        has_email = rng.random() < 0.85
        if channel == "email" and not has_email:
            channel = "phone"
        advisor = self.specialists.get(culture.key) if rng.random() < 0.8 else None
        cid = self.id()
        self.languages[cid] = culture.note_language
        common = {"client_id": cid, "rev": 1}
        client = Client(
            id=cid, rev=1, family_name=me.family_native, given_name=me.given_native,
            family_name_latin=me.family_latin, given_name_latin=me.given_latin, title=title, country=country,
            preferred_language=culture.language, preferred_channel=channel, tier=tier,
            advisor=advisor or rng.choice(self.advisors), address=fill_address(rng, rng.choice(streets)),
            city=city, do_not_contact=dnc, do_not_contact_reason=rng.choice(cat.DNC_REASONS) if dnc else "",
            created_at=created)
        ctx = _Context(self, culture, me, client, common)
        purchases = ctx.purchases(rng.randint(buy_min, buy_max))
        relations = ctx.relations()
        contacts = ctx.contacts(has_email)
        x = self.note_scale * note_mult * rng.uniform(0.4, 1.6) + self.note_carry
        n_notes = int(x)
        self.note_carry = x - n_notes
        return Dossier(
            client=client, contacts=contacts, tags=ctx.tags(purchases), dates=ctx.dates(born, relations, purchases),
            relations=[r for r, _ in relations], preferences=ctx.preferences(), sizes=ctx.sizes(relations),
            wishlist=ctx.wishlist(), purchases=purchases, consents=ctx.consents(contacts),
            notes=ctx.notes(n_notes, relations, purchases),
            outreach=demo_outreach(client, self.today, culture.note_language),
            appointments=demo_agenda(client, self.today, self.advisors, culture.note_language, purchases),
            **demo_cases(client, purchases, self.today, culture.note_language))


class _Context(NoteWriter):
    """What the parts of one dossier share: the client, the culture, the generator's dice."""

    def __init__(self, gen: _Generator, culture: Culture, me: _Person, client: Client, common: dict):
        self.gen, self.rng, self.culture, self.me, self.client = gen, gen.rng, culture, me, client
        self.common = common
        self.since = max(client.created_at, gen.now - timedelta(days=5 * 365))
        self.size_of: dict[str, str] = {}

    def new(self, cls, **data):
        return cls(id=self.gen.id(), **self.common, **data)  # updated_at: stamped by the loader

    def product(self, category: str, gender: str | None = None) -> tuple[str, str, cat.Product]:
        """(item as the receipt reads, SKU, product) for one product in a colour or material."""
        options = _variants[gender or self.me.gender][category]
        return options[int(self.rng.random() * len(options))]

    def purchases(self, n: int) -> list[Purchase]:
        out = []
        for _ in range(n):
            category = draw_category(self.rng)
            item, sku, p = self.product(category)
            price = self.rng.randrange(p.low, p.high + 1, 10 if p.high < 2000 else 50)
            home = cat.OTHER_BOUTIQUES[self.client.country] if self.rng.random() < 0.2 else cat.BOUTIQUE
            out.append(self.new(Purchase, purchased_on=self.gen.moment(self.since).date(), item=item,
                                category=category, sku=sku, amount=Decimal(f"{price}.00"), currency="EUR",
                                boutique=home))
        out.sort(key=lambda p: p.purchased_on, reverse=True)
        return out

    def relations(self) -> list[tuple[Relation, _Person]]:
        rng, out = self.rng, []
        kinds = [k for k, p in cat.RELATION_ODDS if rng.random() < p]
        for kind in kinds[:3]:
            if kind == "spouse":
                gender = "m" if self.me.gender == "f" else "f"
                own = self.culture.key in ("zh", "ko", "ar", "it")
                kind = "partner" if rng.random() < 0.15 else "spouse"
            else:
                gender = rng.choice("fm")
                own = kind == "friend"
            family = None if own else (self.me.family_native, self.me.family_latin)
            if family and self.culture.key == "ru" and self.me.gender == "f":
                family = next((f for f in self.culture.family if self.culture.female_family(*f) == family), family)
            person = self.gen.person(self.culture, gender, family)
            notes = rng.choice(cat.RELATION_NOTES) if rng.random() < 0.5 else ""
            out.append((self.new(Relation, name=person.label, kind=kind, notes=notes), person))
        return out

    def contacts(self, has_email: bool) -> list[Contact]:
        rng, c = self.rng, self.client
        out = [self.new(Contact, kind="phone", label="mobile", value=mobile_number(rng, c.country), is_primary=True)]
        if rng.random() < 0.25:
            out.append(self.new(Contact, kind="phone", label=rng.choice(("work", "assistant")),
                                value=mobile_number(rng, c.country)))
        if has_email:
            given = self.me.given_latin or self.me.given_native
            family = self.me.family_latin or self.me.family_native
            local = email_local(self.culture, given, family, rng)
            out.append(self.new(Contact, kind="email", label="personal", is_primary=True,
                                value=f"{local}@{rng.choice(self.culture.email_domains)}"))
        return out

    def tags(self, purchases: list[Purchase]) -> list[Tag]:
        rng = self.rng
        names = {rng.choice(cat.TAGS) for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))}
        if self.culture.key in cat.CULTURE_TAGS and rng.random() < 0.3:
            names.add(rng.choice(cat.CULTURE_TAGS[self.culture.key]))
        if self.client.tier == "vic":
            names.add("VIC")
        if sum(p.category == "watches" for p in purchases) >= 2:
            names.add("Watch collector")
        return [self.new(Tag, tag=t) for t in sorted(names)]

    def dates(self, born: date, relations, purchases: list[Purchase]) -> list[ImportantDate]:
        rng, out = self.rng, []
        if rng.random() < 0.9:
            out.append(self.new(ImportantDate, kind="birthday", label="Birthday", month=born.month, day=born.day,
                                year=born.year if rng.random() < 0.75 else None))
        for rel, person in relations:
            if rel.kind in ("spouse", "partner") and rng.random() < 0.7:
                wed = self.gen.day(min(born.year + 22, self.gen.today.year - 1), self.gen.today.year - 1)
                label = "Wedding anniversary" if rel.kind == "spouse" else "Anniversary"
                out.append(self.new(ImportantDate, kind="anniversary", label=label,
                                    month=wed.month, day=wed.day, year=wed.year))
            if rng.random() < 0.8:
                if rel.kind == "child":
                    b = self.gen.day(born.year + 20, self.gen.today.year - 1)
                elif rel.kind == "parent":
                    b = self.gen.day(max(1901, born.year - 38), max(1901, born.year - 20))
                else:
                    b = self.gen.day(max(1901, born.year - 6), min(born.year + 6, self.gen.today.year - 18))
                out.append(self.new(ImportantDate, relation_id=rel.id, kind="birthday",
                                    label=f"Birthday of {person.given_latin or person.given_native}",
                                    month=b.month, day=b.day, year=b.year if rel.kind == "child" else None))
        if purchases and rng.random() < 0.4:
            first = purchases[-1].purchased_on
            out.append(self.new(ImportantDate, kind="other", label="First purchase at the maison",
                                year=first.year, month=first.month, day=first.day))
        if self.culture.key in ("fr", "ru") and rng.random() < 0.12:
            d = self.gen.day(2000, 2000)
            out.append(self.new(ImportantDate, kind="other", label="Name day", month=d.month, day=d.day))
        if rng.random() < 0.05:
            d = self.gen.day(1985, 2020)
            out.append(self.new(ImportantDate, kind="other", label="Company anniversary", year=d.year,
                                month=d.month, day=d.day))
        return out

    def preferences(self) -> list[Preference]:
        seen, out = set(), []
        for _ in range(self.rng.randint(2, 6)):
            category, sentiment = _pref_key(self.rng)
            value = self.rng.choice(cat.PREFERENCES[(category, sentiment)])
            if (category, value) not in seen:
                seen.add((category, value))
                out.append(self.new(Preference, category=category, value=value, sentiment=sentiment))
        return out

    def _size(self, category: str, gender: str, relation_id: str | None = None) -> Size:
        rng = self.rng
        systems = cat.US_SYSTEMS if self.client.country == "US" else cat.SYSTEMS[self.culture.key]
        table = cat.SIZE_TABLE[gender]
        if category in ("ready_to_wear", "shoe", "ring"):
            system = systems[("ready_to_wear", "shoe", "ring").index(category)]
            value = rng.choice(table[category][system])
        else:
            system, values = {"belt": ("cm", cat.BELT_CM), "glove": ("INTL", cat.GLOVE),
                              "watch_strap": ("cm", cat.WRIST_CM), "shirt": ("cm", cat.SHIRT_CM)}[category]
            value = rng.choice(values)
        if relation_id is None:
            self.size_of[category] = value
        return self.new(Size, relation_id=relation_id, category=category, system=system, value=value)

    def sizes(self, relations) -> list[Size]:
        out = [self._size(c, self.me.gender) for c, odds in cat.SIZE_ODDS[self.me.gender] if self.rng.random() < odds]
        for rel, person in relations:
            if rel.kind in ("spouse", "partner"):
                out.extend(self._size(c, person.gender, rel.id) for c in ("ring", "ready_to_wear")
                           if self.rng.random() < 0.5)
            elif rel.kind == "child" and self.rng.random() < 0.5:
                out.append(self.new(Size, relation_id=rel.id, category="ready_to_wear", system="INTL",
                                    value=self.rng.choice(cat.CHILD_RTW)))
            elif rel.kind == "parent" and self.rng.random() < 0.3:
                out.append(self._size("glove", person.gender, rel.id))
        return out

    def wishlist(self) -> list[WishlistItem]:
        out = []
        for _ in range(self.rng.choice((0, 0, 0, 1, 1, 1, 2, 2, 3))):
            category = draw_category(self.rng)
            item, sku, _ = self.product(category)
            added = self.gen.moment(max(self.since, self.gen.now - timedelta(days=540))).date()
            status = self.rng.choice(("open",) * 15 + ("fulfilled",) * 3 + ("dropped",) * 2)
            out.append(self.new(WishlistItem, description=item, category=category, sku=sku, added_on=added,
                                status=status))
        return out

    def consents(self, contacts: list[Contact]) -> list[Consent]:
        channels = {str(self.client.preferred_channel)}
        if any(c.kind == "email" for c in contacts):
            channels.add("email")
        if self.rng.random() < 0.3:
            channels.add(self.rng.choice(("sms", "phone", "post")))
        out = []
        for channel in sorted(channels):
            granted = not self.client.do_not_contact and self.rng.random() < 0.88
            source = cat.CHANNEL_SOURCE.get(channel) if self.rng.random() < 0.5 else None
            out.append(self.new(Consent, channel=channel, status="granted" if granted else "withdrawn",
                                at=self.gen.moment(self.client.created_at),
                                source=source or self.rng.choice(cat.CONSENT_SOURCES)))
        return out


def generate_block(seed: int, block: int, size: int, *, notes_per_client: float | None, today: date,
                   advisors: Sequence[str] | None = None) -> Iterator[Dossier]:
    """Dossiers `block * BLOCK` to `block * BLOCK + size - 1` of the book made from `seed`."""
    gen = _Generator(seed, block, today, advisors, notes_per_client)
    made = [gen.dossier() for _ in range(size)]
    decide(made, today, gen.languages)  # the advisor's last weeks of prompts: done, dismissed, snoozed
    yield from made


def generate_dossiers(count: int, *, seed: int = 7, notes_per_client: float | None = None,
                      today: date | None = None, advisors: list[str] | None = None) -> Iterator[Dossier]:
    """`count` validated demo dossiers, the same for the same seed and day (ids included).

    The book is made in blocks of BLOCK clients, each from its own seeded dice, so the
    first n dossiers are the same whatever `count` is, and blocks can be made in parallel.
    """
    today = today or date.today()
    for block, start in enumerate(range(0, count, BLOCK)):
        yield from generate_block(seed, block, min(BLOCK, count - start), notes_per_client=notes_per_client,
                                  today=today, advisors=advisors)
