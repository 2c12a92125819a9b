"""The people of the demo book: names in their own script with a Latin transcription,
titles, countries, languages, channels, cities, addresses, e-mail domains and phones.

Everything here is fictional. E-mail addresses use the reserved `.example` top-level
domain (RFC 2606), so a demo draft can never reach a real mailbox.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType
from unidecode import unidecode


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """'张 Zhang|王 Wang' -> (('张', 'Zhang'), ('王', 'Wang')): native script, then Latin transcription."""
    out = []
    for item in text.split("|"):
        native, _, latin = item.strip().partition(" ")
        if native:
            out.append((native, latin.strip()))
    return tuple(out)


def _latin(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((n.strip(), "") for n in text.split("|") if n.strip())


@dataclass(frozen=True)
class Culture:
    key: str
    weight: int
    language: str  # BCP 47, one of domain.vocab.LANGUAGES
    note_language: str  # 'zh' | 'fr' | 'en': the language the advisor writes notes in
    countries: tuple[tuple[str, int], ...]
    channels: tuple[tuple[str, int], ...]
    family: tuple[tuple[str, str], ...]  # (native, Latin transcription or '')
    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    email_domains: tuple[str, ...]
    family_first: bool = False  # Latin transcription order (Zhang Wei)

    def female_family(self, native: str, latin: str) -> tuple[str, str]:
        """Russian family names agree with gender: Иванов -> Иванова, Вишневский -> Вишневская."""
        if self.key != "ru":
            return native, latin
        if native.endswith("кий"):  # Вишневский -> Вишневская, Левицкий -> Левицкая
            return native[:-2] + "ая", latin[:-1] + "aya"
        if native.endswith(("ов", "ев", "ин", "ёв")):
            return native + "а", latin + "a"
        return native, latin


CULTURES: tuple[Culture, ...] = (
    Culture(
        "fr", 24, "fr", "fr", (("FR", 90), ("MC", 6), ("CH", 4)),
        (("email", 45), ("phone", 28), ("sms", 14), ("whatsapp", 10), ("post", 3)),
        _latin("Martin|Bernard|Dubois|Durand|Leroy|Moreau|Laurent|Lefèvre|Fournier|Girard|Bonnet|"
               "Dupont|Lambert|Fontaine|Rousseau|Mercier|Blanc|Guérin|Garnier|Chevalier|Legrand|"
               "Gauthier|Perrin|Clément|Morin|Mathieu|Marchand|Duval|Dumont|Lemaire|Noël|Dufour|"
               "Blanchard|Giraud|Joly|Rivière|Brunet|Gaillard|Barbier|Arnaud|Gérard|Roche|Renard|"
               "Caron|Picard|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Bourgeois|Leclerc|Hubert|"
               "Carré|Ménard|Maillard|Hervé|Le Gall|Léger|Prévost|Lévêque|Maréchal|Barthélemy|"
               "Delaunay|de La Tour d'Auvergne|de Villeneuve|d'Harcourt|Saint-Clair"),
        _latin("Benoît|François|Jérôme|Stéphane|Frédéric|Hugo|Clément|Étienne|Rémi|Loïc|Gaël|"
               "Antoine|Louis|Arnaud|Thibault|Grégoire|Aurélien|Mathieu|Édouard|Baptiste|Hervé|"
               "Amaury|Côme|Jean-Baptiste|Pierre-Henri|Olivier|Philippe|Noé"),
        _latin("Héloïse|Gaëlle|Chloé|Camille|Léa|Manon|Inès|Clémence|Océane|Zoé|Noémie|Mathilde|"
               "Élodie|Amélie|Béatrice|Hélène|Cécile|Anaïs|Laëtitia|Joséphine|Marguerite|Sophie|"
               "Isabelle|Aurélie|Geneviève|Solène|Maëlle|Adèle|Capucine|Marie-Hélène"),
        ("orange.example", "free.example", "wanadoo.example", "laposte.example", "gmail.example"),
    ),
    Culture(
        "zh", 19, "zh-Hans", "zh", (("CN", 100),),
        (("wechat", 82), ("phone", 9), ("email", 9)),
        _pairs("张 Zhang|王 Wang|李 Li|刘 Liu|陈 Chen|杨 Yang|黄 Huang|赵 Zhao|吴 Wu|周 Zhou|徐 Xu|"
               "孙 Sun|马 Ma|朱 Zhu|胡 Hu|郭 Guo|何 He|林 Lin|罗 Luo|高 Gao|郑 Zheng|梁 Liang|谢 Xie|"
               "宋 Song|唐 Tang|韩 Han|冯 Feng|邓 Deng|曹 Cao|彭 Peng|曾 Zeng|萧 Xiao|田 Tian|董 Dong|"
               "潘 Pan|袁 Yuan|蔡 Cai|蒋 Jiang|余 Yu|杜 Du|叶 Ye|程 Cheng|魏 Wei|苏 Su|沈 Shen|姚 Yao|"
               "钟 Zhong|崔 Cui|谭 Tan|陆 Lu|范 Fan|廖 Liao|金 Jin|夏 Xia|方 Fang|白 Bai|孟 Meng|秦 Qin|"
               "顾 Gu|钱 Qian|欧阳 Ouyang|司马 Sima|上官 Shangguan|诸葛 Zhuge|东方 Dongfang|慕容 Murong"),
        _pairs("伟 Wei|强 Qiang|磊 Lei|军 Jun|洋 Yang|勇 Yong|杰 Jie|涛 Tao|斌 Bin|超 Chao|明 Ming|"
               "浩然 Haoran|子轩 Zixuan|俊杰 Junjie|志强 Zhiqiang|建国 Jianguo|文博 Wenbo|宇航 Yuhang|"
               "嘉豪 Jiahao|天佑 Tianyou|明轩 Mingxuan|博文 Bowen|思远 Siyuan|晓东 Xiaodong|国栋 Guodong|"
               "鹏 Peng|辉 Hui"),
        _pairs("芳 Fang|娜 Na|敏 Min|静 Jing|丽 Li|艳 Yan|婷 Ting|雪 Xue|颖 Ying|琳 Lin|秀英 Xiuying|"
               "丽娟 Lijuan|晓红 Xiaohong|子涵 Zihan|欣怡 Xinyi|梓萱 Zixuan|雨桐 Yutong|诗涵 Shihan|"
               "佳怡 Jiayi|美玲 Meiling|婉清 Wanqing|晓雯 Xiaowen|思琪 Siqi|慧敏 Huimin|雅琴 Yaqin|"
               "梦瑶 Mengyao"),
        ("qq.example", "163.example", "126.example", "sina.example"),
        family_first=True,
    ),
    Culture(
        "ja", 8, "ja", "en", (("JP", 100),),
        (("line", 58), ("email", 32), ("phone", 10)),
        _pairs("佐藤 Sato|鈴木 Suzuki|高橋 Takahashi|田中 Tanaka|伊藤 Ito|渡辺 Watanabe|山本 Yamamoto|"
               "中村 Nakamura|小林 Kobayashi|加藤 Kato|吉田 Yoshida|山田 Yamada|佐々木 Sasaki|"
               "山口 Yamaguchi|松本 Matsumoto|井上 Inoue|木村 Kimura|林 Hayashi|清水 Shimizu|森 Mori|"
               "池田 Ikeda|橋本 Hashimoto|石川 Ishikawa|藤原 Fujiwara|岡田 Okada|西村 Nishimura"),
        _pairs("太郎 Taro|健 Ken|翔 Sho|大輔 Daisuke|拓也 Takuya|浩 Hiroshi|誠 Makoto|健太 Kenta|"
               "蓮 Ren|悠人 Yuto|隆 Takashi|秀樹 Hideki|和也 Kazuya|直樹 Naoki|亮 Ryo"),
        _pairs("花子 Hanako|陽子 Yoko|美咲 Misaki|さくら Sakura|結衣 Yui|愛 Ai|真由美 Mayumi|恵子 Keiko|"
               "由美 Yumi|明美 Akemi|千尋 Chihiro|優子 Yuko|彩 Aya|葵 Aoi|直美 Naomi"),
        ("docomo.example", "ezweb.example", "yahoo-jp.example", "gmail.example"),
        family_first=True,
    ),
    Culture(
        "ko", 7, "ko", "en", (("KR", 100),),
        (("kakao", 70), ("phone", 15), ("email", 15)),
        _pairs("김 Kim|이 Lee|박 Park|최 Choi|정 Jung|강 Kang|조 Cho|윤 Yoon|장 Jang|임 Lim|한 Han|"
               "오 Oh|서 Seo|신 Shin|권 Kwon|황 Hwang|안 Ahn|송 Song|홍 Hong|남궁 Namgung|선우 Sunwoo"),
        _pairs("민준 Min-jun|서준 Seo-jun|도윤 Do-yoon|지훈 Ji-hoon|현우 Hyun-woo|준호 Jun-ho|"
               "성민 Sung-min|재현 Jae-hyun|동현 Dong-hyun|상철 Sang-chul|영수 Young-soo|태양 Tae-yang"),
        _pairs("지은 Ji-eun|서연 Seo-yeon|민지 Min-ji|수빈 Su-bin|하은 Ha-eun|지현 Ji-hyun|유진 Yu-jin|"
               "예린 Ye-rin|혜진 Hye-jin|은영 Eun-young|소연 So-yeon|미경 Mi-kyung"),
        ("naver.example", "daum.example", "kakao.example", "gmail.example"),
        family_first=True,
    ),
    Culture(
        "it", 8, "it", "en", (("IT", 100),),
        (("whatsapp", 62), ("email", 24), ("phone", 14)),
        _latin("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
               "Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|"
               "Caruso|Galli|Martini|Leone|Gentile|Martinelli|Vitale|Serra|Coppola|De Santis|D'Angelo|"
               "Marchetti|Parisi|Villa|Ferri|Fabbri|Valentini|Sala|De Angelis|Pellegrini|Farina|Monti|"
               "Cattaneo|Morelli|Amato|Benedetti|Barone|Guerra|Bellini|Donati|Sartori|Orlando"),
        _latin("Alessandro|Lorenzo|Matteo|Leonardo|Francesco|Tommaso|Riccardo|Niccolò|Federico|"
               "Giovanni|Andrea|Luca|Marco|Stefano|Gianluca|Pietro|Filippo|Edoardo|Vittorio"),
        _latin("Giulia|Francesca|Chiara|Sofia|Alessandra|Valentina|Federica|Martina|Elisa|Beatrice|"
               "Ludovica|Caterina|Benedetta|Ginevra|Vittoria|Noemi|Carlotta|Elena|Paola"),
        ("libero.example", "tiscali.example", "alice.example", "gmail.example"),
    ),
    Culture(
        "ar", 8, "ar", "en", (("AE", 60), ("SA", 40)),
        (("whatsapp", 80), ("phone", 14), ("email", 6)),
        _pairs("الهاشمي Al Hashimi|المنصوري Al Mansouri|الشامسي Al Shamsi|الكعبي Al Kaabi|"
               "الظاهري Al Dhaheri|المهيري Al Mheiri|الفلاسي Al Falasi|السويدي Al Suwaidi|"
               "النعيمي Al Nuaimi|الغامدي Al Ghamdi|القحطاني Al Qahtani|العتيبي Al Otaibi|"
               "الشهري Al Shehri|الدوسري Al Dosari|الحربي Al Harbi|الزهراني Al Zahrani|"
               "العمري Al Omari|المطيري Al Mutairi|الرشيد Al Rashid|الخطيب Al Khatib|حداد Haddad"),
        _pairs("محمد Mohammed|أحمد Ahmed|خالد Khalid|عبدالله Abdullah|سلطان Sultan|راشد Rashid|"
               "حمدان Hamdan|سعيد Saeed|فيصل Faisal|عمر Omar|يوسف Youssef|ماجد Majid|طارق Tariq|"
               "ناصر Nasser|سيف Saif"),
        _pairs("فاطمة Fatima|مريم Maryam|عائشة Aisha|نورة Noura|شيخة Sheikha|ليلى Layla|سارة Sara|"
               "هند Hind|لطيفة Latifa|ريم Reem|دانة Dana|حصة Hessa|منى Mona|أمل Amal|نوف Nouf"),
        ("emirates.example", "outlook.example", "gmail.example"),
    ),
    Culture(
        "ru", 7, "ru", "en", (("RU", 100),),
        (("phone", 42), ("email", 36), ("whatsapp", 22)),
        _pairs("Иванов Ivanov|Смирнов Smirnov|Кузнецов Kuznetsov|Попов Popov|Васильев Vasiliev|"
               "Петров Petrov|Соколов Sokolov|Михайлов Mikhailov|Новиков Novikov|Фёдоров Fyodorov|"
               "Морозов Morozov|Волков Volkov|Лебедев Lebedev|Павлов Pavlov|Козлов Kozlov|"
               "Орлов Orlov|Андреев Andreev|Макаров Makarov|Никитин Nikitin|Захаров Zakharov|"
               "Романов Romanov|Вишневский Vishnevsky|Левицкий Levitsky|Белов Belov|Гордеев Gordeev"),
        _pairs("Александр Alexander|Дмитрий Dmitry|Сергей Sergey|Андрей Andrey|Алексей Alexey|"
               "Михаил Mikhail|Иван Ivan|Николай Nikolay|Владимир Vladimir|Максим Maxim|Артём Artyom|"
               "Павел Pavel|Игорь Igor|Константин Konstantin"),
        _pairs("Анна Anna|Мария Maria|Елена Elena|Ольга Olga|Наталья Natalia|Татьяна Tatiana|"
               "Екатерина Ekaterina|Ирина Irina|Светлана Svetlana|Анастасия Anastasia|Дарья Daria|"
               "Ксения Ksenia|Алина Alina|Виктория Victoria|Юлия Yulia|Полина Polina"),
        ("yandex.example", "mail-ru.example", "gmail.example"),
    ),
    Culture(
        "en", 19, "en", "en", (("GB", 50), ("US", 50)),
        (("email", 55), ("phone", 24), ("sms", 21)),
        _latin("Smith|Johnson|Williams|Brown|Jones|Taylor|Davies|Wilson|Evans|Thompson|Walker|White|"
               "Roberts|Hughes|Clarke|Hall|Wright|Harrison|Edwards|Turner|Cooper|Hill|Ward|Morgan|"
               "Baker|Carter|Mitchell|Campbell|Anderson|Miller|Davis|Moore|Jackson|Lewis|King|Scott|"
               "Green|Adams|Parker|Collins|Stewart|Bennett|Murphy|Howard|Ashworth|Fitzgerald|O'Brien|"
               "Sinclair|Whitmore|Pemberton"),
        _latin("James|William|Oliver|Henry|George|Edward|Alexander|Charles|Thomas|Benjamin|Michael|"
               "Daniel|Christopher|Matthew|Andrew|Jonathan|Robert|Nicholas|Samuel|Harry"),
        _latin("Olivia|Emily|Charlotte|Amelia|Sophie|Isabella|Grace|Lucy|Hannah|Victoria|Elizabeth|"
               "Catherine|Eleanor|Harriet|Madison|Jennifer|Sarah|Rachel|Lauren|Abigail"),
        ("gmail.example", "outlook.example", "icloud.example", "btinternet.example"),
    ),
)

# Where clients live: city (as the list shows it) and street-line templates in the local style.
# {n} a house number, {a}/{b}/{c} small numbers (Japanese chōme-ban-gō, apartments).
CITIES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "FR": (("Paris", ("{n} avenue Montaigne, 75008", "{n} rue du Faubourg Saint-Honoré, 75008",
                      "{n} place des Vosges, 75004", "{n} quai d'Orléans, 75004", "{n} rue de Varenne, 75007",
                      "{n} avenue Foch, 75116", "{n} boulevard Haussmann, 75009", "{n} rue de Grenelle, 75007")),
           ("Neuilly-sur-Seine", ("{n} boulevard Maurice-Barrès, 92200", "{n} avenue de Madrid, 92200")),
           ("Lyon", ("{n} quai Saint-Antoine, 69002", "{n} rue Auguste-Comte, 69002")),
           ("Bordeaux", ("{n} cours de l'Intendance, 33000", "{n} allées de Tourny, 33000")),
           ("Cannes", ("{n} boulevard de la Croisette, 06400", "{n} rue d'Antibes, 06400"))),
    "MC": (("Monaco", ("{n} avenue Princesse-Grace, 98000", "{n} boulevard des Moulins, 98000")),),
    "CH": (("Genève", ("Quai du Mont-Blanc {n}, 1201", "Rue du Rhône {n}, 1204")),),
    "CN": (("Shanghai", ("上海市静安区南京西路{n}号", "上海市徐汇区衡山路{n}弄{a}号", "上海市浦东新区世纪大道{n}号")),
           ("Beijing", ("北京市朝阳区建国路{n}号", "北京市东城区金宝街{n}号")),
           ("Shenzhen", ("深圳市南山区深南大道{n}号",)),
           ("Hangzhou", ("杭州市西湖区北山街{n}号",)),
           ("Chengdu", ("成都市锦江区红星路三段{n}号",))),
    "JP": (("Tokyo", ("東京都港区南青山{a}-{b}-{c}", "東京都渋谷区松濤{a}-{b}-{c}", "東京都中央区銀座{a}-{b}-{c}")),
           ("Osaka", ("大阪府大阪市北区梅田{a}-{b}-{c}",)),
           ("Kyoto", ("京都府京都市東山区祇園町南側{n}",))),
    "KR": (("Seoul", ("서울특별시 강남구 압구정로 {n}", "서울특별시 강남구 청담동 {n}-{a}",
                      "서울특별시 용산구 한남대로 {n}")),
           ("Busan", ("부산광역시 해운대구 마린시티2로 {n}",))),
    "IT": (("Milano", ("Via Monte Napoleone {n}, 20121", "Corso Venezia {n}, 20121", "Via della Spiga {n}, 20121")),
           ("Roma", ("Via Condotti {n}, 00187", "Via Veneto {n}, 00187")),
           ("Firenze", ("Via de' Tornabuoni {n}, 50123",))),
    "AE": (("Dubai", ("Villa {n}, Al Wasl Road, Jumeirah 2", "Apartment {a}0{b}, Burj Khalifa Residences, Downtown",
                      "Villa {n}, Frond {c}, Palm Jumeirah")),
           ("Abu Dhabi", ("Villa {n}, Saadiyat Island", "Apartment {a}0{b}, Al Maryah Island"))),
    "SA": (("Riyadh", ("{n} King Fahd Road, Al Olaya", "{n} Prince Turki Street, Al Hamra")),
           ("Jeddah", ("{n} Corniche Road, Al Shati",))),
    "RU": (("Moscow", ("ул. Тверская, д. {n}, кв. {a}{b}", "Кутузовский пр-т, д. {n}, кв. {a}{c}",
                       "ул. Остоженка, д. {n}")),
           ("Saint Petersburg", ("наб. реки Мойки, д. {n}, кв. {a}",))),
    "GB": (("London", ("{n} Eaton Square, SW1W", "{n} Cheyne Walk, SW3", "Flat {a}, {n} Mount Street, W1K",
                       "{n} Holland Park, W11")),
           ("Edinburgh", ("{n} Heriot Row, EH3",))),
    "US": (("New York", ("{n} Park Avenue, Apt {a}{b}, NY 10021", "{n} Fifth Avenue, NY 10028")),
           ("Los Angeles", ("{n} North Roxbury Drive, Beverly Hills, CA 90210",)),
           ("Miami", ("{n} Collins Avenue, Miami Beach, FL 33140",))),
}

# The mobile prefixes numbers start with; the rest of the national number is drawn at random
# and kept when it matches the region's mobile pattern from phonenumbers' own metadata (a
# number matching it is one `phonenumbers.is_valid_number` accepts), so nothing is parsed.
_MOBILE_PREFIXES = {
    "CN": ("131", "135", "136", "138", "139", "150", "186", "188"), "JP": ("90", "80", "70"),
    "KR": ("10",), "FR": ("6", "7"), "MC": ("6",), "CH": ("76", "78", "79"),
    "IT": ("320", "328", "333", "338", "340", "347", "348"), "AE": ("50", "52", "55", "56"),
    "SA": ("50", "53", "54", "55", "56"), "RU": ("903", "905", "915", "916", "925", "926", "985"),
    "GB": ("74", "75", "77", "78", "79"), "US": ("212", "310", "415", "646", "917", "305"),
}


@dataclass(frozen=True)
class PhonePlan:
    country_code: int
    length: int  # digits of the national significant number
    prefixes: tuple[str, ...]
    pattern: re.Pattern  # the region's mobile national-number pattern
    example: str  # a number known to be valid, the fallback


def _plan(region: str) -> PhonePlan:
    ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    mobile = phonenumbers.PhoneMetadata.metadata_for_region(region).mobile
    return PhonePlan(ex.country_code, len(nsn), _MOBILE_PREFIXES.get(region, (nsn[:2],)),
                     re.compile(mobile.national_number_pattern), nsn)


PHONE_PLANS: dict[str, PhonePlan] = {region: _plan(region) for region in CITIES}


def mobile_number(rng: random.Random, region: str) -> str:
    """A valid mobile number of `region` in E.164, drawn from `rng`."""
    plan = PHONE_PLANS[region]
    prefixes = plan.prefixes
    for _ in range(20):
        prefix = prefixes[int(rng.random() * len(prefixes))]
        free = plan.length - len(prefix)
        nsn = f"{prefix}{int(rng.random() * 10 ** free):0{free}d}"
        if plan.pattern.fullmatch(nsn):
            return f"+{plan.country_code}{nsn}"
    return f"+{plan.country_code}{plan.example}"


def fill_address(rng: random.Random, template: str) -> str:
    return template.format(n=rng.randint(1, 180), a=rng.randint(1, 9), b=rng.randint(1, 9),
                           c=rng.randint(1, 20))


@lru_cache(maxsize=2048)
def _ascii(name: str) -> str:
    return unidecode(name).lower().replace(" ", "").replace("'", "")


def email_local(culture: Culture, given_latin: str, family_latin: str, rng: random.Random) -> str:
    """ASCII local part an address book would show: h.dupont, zhang.wei88, ji-eun.kim."""
    g, f = _ascii(given_latin), _ascii(family_latin)
    style = int(rng.random() * 5)
    if culture.family_first and style < 3:
        local = f"{f}.{g}" if style else f"{f}{g}"
    elif style == 0:
        local = f"{g[:1]}.{f}"
    elif style == 1:
        local = f"{g}{f}"
    else:
        local = f"{g}.{f}"
    if rng.random() < 0.35:
        local += str(1 + int(rng.random() * 99))
    return local.strip(".-") or "client"
