"""What a figure measures: currencies, percent, length, area, weight, volume, temperature and
duration words after a number, and the duals that are a figure on their own (يومين, دفعتين).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from services.models import Kind, Quantity
from services.text.arabic import normalize_plain
from services.text.numerals import Tok


@dataclass(frozen=True, slots=True)
class Unit:
    kind: Kind
    code: str  # "USD", "km", "%", "day"; a generic name when the country is not said: "dinar"


# (kind, code, spellings): a spelling is one or more tokens separated by spaces.
_UNITS: tuple[tuple[Kind, str, str], ...] = (
    (Kind.PERCENT, "%", "% | ٪ | بالمئة | بالمائة | بالمية | في المئة | في المائة | في المية"),
    (Kind.PERCENT, "pp", "نقطة مئوية | نقاط مئوية"),
    # Central banks move rates in basis points (رفع الفائدة 200 نقطة أساس): 1/100 of a point.
    (Kind.PERCENT, "bp", "نقطة أساس | نقاط أساس | نقطة أساسية | نقاط أساسية"),
    (
        Kind.MAGNITUDE,
        "Richter",
        "درجة على مقياس ريختر | درجات على مقياس ريختر | درجة بمقياس ريختر | "
        "درجات بمقياس ريختر | على مقياس ريختر | بمقياس ريختر | درجة ريختر | درجات ريختر | ريختر",
    ),
    (Kind.MONEY, "USD", "دولار | دولارا | دولارات | $ | US $ | USD"),
    (Kind.MONEY, "EUR", "يورو | أورو | € | EUR"),
    (Kind.MONEY, "GBP", "£ | GBP | جنيه إسترليني | جنيها إسترلينيا | جنيهات إسترلينية"),
    # The pound sterling is often named by its adjective alone: صفقة بـ1.2 مليار استرليني.
    (Kind.MONEY, "GBP", "إسترليني | إسترلينيا | إسترلينية"),
    (Kind.MONEY, "pound", "جنيه | جنيها | جنيهات"),
    (Kind.MONEY, "EGP", "ج . م . | ج . م | EGP"),
    (Kind.MONEY, "lira", "ليرة | ليرات"),
    (Kind.MONEY, "dinar", "دينار | دينارا | دنانير"),
    (Kind.MONEY, "riyal", "ريال | ريالا | ريالات"),
    (Kind.MONEY, "dirham", "درهم | درهما | دراهم"),
    (Kind.MONEY, "ILS", "شيكل | شيقل | شواقل | شيكلات | شيقلات | ILS"),
    (Kind.MONEY, "RUB", "روبل | روبلات | RUB"),
    (Kind.MONEY, "CNY", "يوان | CNY"),
    (Kind.MONEY, "JPY", "ين | ¥ | JPY"),
    (Kind.MONEY, "INR", "روبية | روبيات | INR"),
    (Kind.MONEY, "TRY", "₺ | TRY"),
    (Kind.MONEY, "franc", "فرنك | فرنكات"),
    (Kind.MONEY, "cent", "سنت | سنتا | سنتات | سينت | سينتات | ¢ | c"),
    # the hundredth of a pound (رغيف بـ 20 قرشا) and of a riyal
    (Kind.MONEY, "piastre", "قرش | قرشا | قروش"),
    (Kind.MONEY, "halala", "هللة | هللات"),
    (Kind.AREA, "km2", "كيلومتر مربع | كيلومترا مربعا | كيلومترات مربعة | كم مربع | كلم مربع"),
    (Kind.AREA, "km2", "كم 2 | كلم 2 | km 2"),
    (Kind.AREA, "m2", "متر مربع | مترا مربعا | أمتار مربعة | م 2 | م مربع | m 2"),
    (Kind.AREA, "ha", "هكتار | هكتارا | هكتارات"),
    (Kind.AREA, "dunam", "دونم | دونما | دونمات"),
    (Kind.AREA, "feddan", "فدان | فدانا | أفدنة | فدادين"),
    (Kind.VOLUME, "m3", "متر مكعب | مترا مكعبا | أمتار مكعبة | م 3 | m 3"),
    # Speeds before lengths: the longest spelling wins, so كم/س is no 60 km.
    (
        Kind.SPEED,
        "km/h",
        "كم / س | كم / سا | كم / ساعة | كلم / س | كلم / ساعة | km / h | كم في الساعة | "
        "كلم في الساعة | كيلومتر في الساعة | كيلومترا في الساعة | كيلومترات في الساعة | "
        "كم بالساعة | كلم بالساعة | كيلومتر بالساعة | كيلومترا بالساعة | كيلومترات بالساعة",
    ),
    (Kind.SPEED, "mph", "ميل في الساعة | ميلا في الساعة | أميال في الساعة"),
    (Kind.SPEED, "m/s", "م / ث | متر في الثانية | مترا في الثانية | أمتار في الثانية"),
    # A knot at sea; its plural عقد is left out, being spelt as a decade.
    (Kind.SPEED, "knot", "عقدة | عقدة بحرية"),
    (Kind.ENERGY, "kWh", "كيلوواط ساعة | كيلووات ساعة | كيلو واط ساعة | kWh"),
    (Kind.ENERGY, "MWh", "ميغاواط ساعة | ميجاوات ساعة | ميغاوات ساعة | ميجاواط ساعة | MWh"),
    (Kind.ENERGY, "GWh", "غيغاواط ساعة | جيجاوات ساعة | غيغاوات ساعة | جيجاواط ساعة | GWh"),
    (Kind.ENERGY, "TWh", "تيراواط ساعة | تيراوات ساعة | TWh"),
    (Kind.POWER, "kW", "كيلوواط | كيلووات | كيلو واط | كيلو وات | kW"),
    (Kind.POWER, "MW", "ميغاواط | ميجاوات | ميغاوات | ميجاواط | ميغا واط | ميجا وات | MW"),
    (Kind.POWER, "GW", "غيغاواط | جيجاوات | غيغاوات | جيجاواط | غيغا واط | جيجا وات | GW"),
    (Kind.VOLUME, "ft3", "قدم مكعب | قدما مكعبا | أقدام مكعبة | قدم مكعبة"),
    (Kind.LENGTH, "nmi", "ميل بحري | ميلا بحريا | أميال بحرية"),
    (Kind.LENGTH, "km", "كيلومتر | كيلومترا | كيلومترات | كيلو متر | كيلو مترات | كم | كلم | km"),
    (Kind.LENGTH, "m", "متر | مترا | أمتار | م | m"),
    (Kind.LENGTH, "cm", "سنتيمتر | سنتيمترا | سنتيمترات | سنتمتر | سم | cm"),
    (Kind.LENGTH, "mm", "مليمتر | ميليمتر | ملم | مم | mm"),
    (Kind.LENGTH, "mi", "ميل | ميلا | أميال"),
    (Kind.LENGTH, "ft", "قدم | أقدام"),
    (Kind.LENGTH, "in", "بوصة | بوصات | إنش | إنشات"),
    (Kind.WEIGHT, "t", "طن | طنا | أطنان"),
    (Kind.WEIGHT, "kg", "كيلوغرام | كيلوغراما | كيلوغرامات | كيلوجرام | كيلوجرامات | كيلو غرام"),
    (Kind.WEIGHT, "kg", "كغ | كلغ | كجم | كغم | كيلو | kg"),
    (Kind.WEIGHT, "g", "غرام | غراما | غرامات | جرام | جراما | جرامات | غم | جم | g"),
    (Kind.WEIGHT, "mg", "ميليغرام | مليغرام | ملغ | mg"),
    (Kind.WEIGHT, "oz", "أونصة | أونصات | أوقية"),
    (Kind.WEIGHT, "lb", "رطل | أرطال"),
    (Kind.VOLUME, "L", "لتر | لترا | لترات | ليتر | ليترا | ليترات | l"),
    (Kind.VOLUME, "mL", "مل | ملي لتر | ميليلتر | مليلتر | ملليلتر | ml"),
    (Kind.VOLUME, "hL", "هكتوليتر | هكتو ليتر"),
    (Kind.VOLUME, "gal", "غالون | غالونات | جالون | جالونات"),
    (Kind.VOLUME, "barrel", "برميل | برميلا | براميل"),
    (Kind.VOLUME, "cup", "كوب | كوبا | أكواب"),
    (Kind.TEMPERATURE, "°C", "درجة مئوية | درجات مئوية | درجة سلزيوس | درجات سلزيوس"),
    (Kind.TEMPERATURE, "°C", "درجة سيلسيوس | سلزيوس | سيلسيوس | ° سلزيوس | ° مئوية | ° C"),
    (Kind.TEMPERATURE, "°F", "درجة فهرنهايت | درجات فهرنهايت | فهرنهايت | ° فهرنهايت | ° F"),
    # Arabic news gives temperatures in Celsius unless it names Fahrenheit: a bare degree sign
    # (40°) and the degrees of تحت الصفر and سالب 3 درجات are Celsius.
    (Kind.TEMPERATURE, "°C", "°"),
    (Kind.DURATION, "s", "ثانية | ثوان | ثواني"),
    (Kind.DURATION, "min", "دقيقة | دقائق"),
    (Kind.DURATION, "h", "ساعة | ساعات"),
    (Kind.DURATION, "day", "يوم | يوما | أيام"),
    (Kind.DURATION, "week", "أسبوع | أسبوعا | أسابيع"),
    (Kind.DURATION, "month", "شهر | شهرا | أشهر | شهور"),
    (Kind.DURATION, "year", "سنة | سنوات | سنين | عام | عاما | أعوام"),
    (Kind.DURATION, "decade", "عقد | عقود"),
    (Kind.DURATION, "century", "قرن | قرنا | قرون"),
    (Kind.DURATION, "night", "ليلة | ليال | ليالي"),
)

# The country after a generic currency: دينار كويتي → KWD. Adjectives are matched without ال and
# without gender and number endings (سورية, السوري, سوريين → سوري).
_COUNTRY_CODES = {
    "lira": {"سوري": "SYP", "لبناني": "LBP", "تركي": "TRY"},
    "dinar": {
        "عراقي": "IQD",
        "أردني": "JOD",
        "كويتي": "KWD",
        "بحريني": "BHD",
        "ليبي": "LYD",
        "تونسي": "TND",
        "جزائري": "DZD",
    },
    "riyal": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR"},
    "pound": {"مصري": "EGP", "سوداني": "SDG", "إسترليني": "GBP", "استرليني": "GBP"},
    "dirham": {"إماراتي": "AED", "مغربي": "MAD"},
    "franc": {"سويسري": "CHF"},
    "USD": {"أمريكي": "USD", "أميركي": "USD", "كندي": "CAD", "أسترالي": "AUD"},
}
# Latin currency codes written after a number (42 KWD).
_CODES = (
    "USD EUR GBP EGP SYP LBP TRY IQD JOD KWD BHD LYD TND DZD SAR QAR OMR YER IRR AED MAD ILS "
    "RUB CNY JPY INR CHF CAD AUD SDG"
)

# Duals of countable nouns read as 2 of that noun. Feminine nouns in ة make their dual in
# تان/تين, unambiguous since their plural is in ات. Masculine nouns are listed only when their
# plural is broken (شخص → أشخاص), because a sound plural in ين (المسلحين) looks like a dual.
_FEMININE_COUNTABLE = (
    "دفعة حافلة سيارة شاحنة طائرة مروحية دبابة مدرعة عربة آلية سفينة غواصة قذيفة عبوة غارة "
    "ضربة هجمة عملية مرة جولة مرحلة دورة جلسة رحلة قافلة شحنة دولة مدينة قرية بلدة منطقة "
    "محافظة قاعدة ناحية جزيرة مجموعة كتيبة فرقة سرية خلية جماعة عائلة أسرة امرأة فتاة طفلة "
    "جثة حالة إصابة نقطة جبهة منظمة جهة شركة وزارة مؤسسة مدرسة جامعة بناية عمارة شقة غرفة "
    "قطعة ورقة رسالة صفحة كلمة جائزة ميدالية نسخة وثيقة قضية تهمة جنسية لغة طلقة رصاصة "
    "بندقية قنبلة حقيبة وجبة حصة حلقة قمة خطوة موجة لجنة محكمة زيارة فرصة رهينة ضحية "
    "عبوة مسيرة حادثة جريمة مجزرة مظاهرة وقفة قناة صحيفة وكالة"
)
_MASCULINE_COUNTABLE = (
    "شخص طفل رجل جندي ضابط عنصر قائد سجين أسير قتيل جريح شهيد صاروخ سجن مخيم موقع بيت منزل "
    "مسجد حاجز طرف هجوم انفجار جسر معبر مطار حقل مصنع مكتب شارع بلد جيش حزب فصيل تنظيم لواء "
    "فوج نوع بند كتاب صوت هدف ولد ابن نائب وزير سفير رئيس عضو طبيب حادث مشروع قرار اتفاق "
    "مبنى مستشفى ملف مقعد طريق نفق مركز مخزن مستودع سوق فندق ملعب ميناء برج باب مدخل جدار "
    "خزان بئر نهر جبل قطار زورق قارب صندوق جهاز هاتف كيس سلاح مدفع"
)
# Nouns whose plural is sound (معتقلين): only the nominative dual in ان is unambiguous.
_NOMINATIVE_DUAL_ONLY = (
    "معتقل مسلح مقاتل انتحاري مدني مسؤول مصاب إرهابي عسكري مستوطن مواطن موظف مهاجم متظاهر "
    "ناشط صحفي صحافي مراسل معلم مهندس عامل لاجئ نازح مهاجر محتجز مختطف مفقود متهم موقوف "
    "قاصر لاعب مرشح فلسطيني إسرائيلي سوري عراقي لبناني أمريكي أميركي"
)
# Unit nouns that are figures as duals (يومين, مترين); طن is left out: طنين is "buzzing".
_UNIT_DUALS = (
    "متر كيلومتر ميل لتر غالون برميل أونصة كوب هكتار دونم فدان دولار دينار ريال جنيه درهم "
    "ليرة ثانية دقيقة ساعة يوم أسبوع شهر سنة عام عقد قرن ليلة درجة"
)


@dataclass(frozen=True, slots=True)
class Dual:
    """A dual noun: its singular as written (for the stem) and its unit when it measures."""

    singular: str
    unit: Unit | None


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(normalize_plain(w) for w in phrase.split())


@cache
def _unit_table() -> dict[tuple[str, ...], Unit]:
    table: dict[tuple[str, ...], Unit] = {}
    for kind, code, spellings in _UNITS:
        for spelling in spellings.split("|"):
            table.setdefault(_words(spelling), Unit(kind, code))
    for code in _CODES.split():
        table.setdefault((code,), Unit(Kind.MONEY, code))
    return table


@cache
def _longest_unit() -> int:
    return max(len(k) for k in _unit_table())


@cache
def _country_codes() -> dict[str, dict[str, str]]:
    return {
        generic: {normalize_plain(adj): code for adj, code in names.items()}
        for generic, names in _COUNTRY_CODES.items()
    }


@cache
def _families() -> dict[str, str]:
    """Each country's currency code -> the generic name it is a kind of (EGP -> pound). The
    dollar is left out: "دولار" alone is already read as USD."""
    return {
        code: generic
        for generic, names in _COUNTRY_CODES.items()
        if generic != "USD"
        for code in names.values()
    }


def currency_family(code: str | None) -> str | None:
    """The generic currency a code belongs to (EGP, SDG -> pound), or the code itself."""
    return _families().get(code, code) if code else code


def same_currency(a: str | None, b: str | None) -> bool:
    """Whether two money units can be the same currency: equal, or one the generic name of
    the other (جنيه and جنيه مصري); never two countries' (EGP and SDG) or two names (USD and
    EUR)."""
    return a == b or currency_family(a) == b or currency_family(b) == a


def _adjective_root(word: str) -> str:
    if word.startswith("ال"):
        word = word[2:]
    for ending in ("يين", "يون", "يات", "يه", "يا"):
        if word.endswith(ending):
            return word[: -len(ending)] + "ي"
    return word


def read_unit(tokens: list[Tok], j: int) -> tuple[Unit, int] | None:
    """The unit that starts at tokens[j] (longest spelling first), with the index after it.

    A generic currency takes its country from the adjective that follows (ليرة سورية → SYP).
    """
    table = _unit_table()
    n = len(tokens)
    for size in range(min(_longest_unit(), n - j), 0, -1):
        key = tuple(tokens[k][1] for k in range(j, j + size))
        # words of a spelling must be adjacent or space-separated, never across a line
        unit = table.get(key)
        if unit is None:
            continue
        end = j + size
        countries = _country_codes().get(unit.code)
        if countries and end < n and tokens[end][0] == "w":
            code = countries.get(_adjective_root(tokens[end][1]))
            if code:
                return Unit(unit.kind, code), end + 1
        return unit, end
    return None


def unit_before(tokens: list[Tok], i: int) -> tuple[Unit, int] | None:
    """A currency symbol written before the number: $10, US$ 5, € 20."""
    if i >= 1 and tokens[i - 1][0] == "s":
        unit = _unit_table().get((tokens[i - 1][1],))
        if unit is not None and unit.kind == Kind.MONEY:
            if i >= 2 and tokens[i - 2][1] == "US" and tokens[i - 2][3] == tokens[i - 1][2]:
                return unit, i - 2
            return unit, i - 1
    return None


def unit_noun(word: str) -> Unit | None:
    """The unit a single normalised word names (ساعة → hours), or None."""
    return _unit_table().get((word,))


_DUAL_PREFIXES = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "ال",
    "وال",
    "بال",
    "لل",
    "فال",
    "وب",
    "ول",
    "وبال",
    "ولل",
)


@cache
def _duals() -> dict[str, Dual]:
    table: dict[str, Dual] = {}

    def add(singular: str, unit: Unit | None, nominative_only: bool = False) -> None:
        base = normalize_plain(singular)
        if base.endswith("ه"):
            stems, endings = base[:-1] + "ت", ("ان", "ين")
        elif base.endswith("ي") and len(base) > 3 and singular.endswith("ى"):
            stems, endings = base[:-1] + "ي", ("ان", "ين")  # مبنى → مبنيين, مستشفى → مستشفيين
        else:
            stems, endings = base, ("ان", "ين")
        if nominative_only:
            endings = ("ان",)
        for ending in endings:
            for prefix in _DUAL_PREFIXES:
                table.setdefault(prefix + stems + ending, Dual(singular, unit))

    for word in _UNIT_DUALS.split():
        add(word, unit_noun(normalize_plain(word)))
    for word in (_FEMININE_COUNTABLE + " " + _MASCULINE_COUNTABLE).split():
        add(word, None)
    for word in _NOMINATIVE_DUAL_ONLY.split():
        add(word, None, nominative_only=True)
    return table


def dual(word: str) -> Dual | None:
    """The dual a normalised word is, or None: يومين → 2 days, دفعتين → 2 of دفعة."""
    return _duals().get(word)


def dual_words() -> frozenset[str]:
    return frozenset(_duals())


def unit_words() -> frozenset[str]:
    """The single-word unit spellings (ساعة, دولار, كم)."""
    return frozenset(key[0] for key in _unit_table() if len(key) == 1)


# Each unit's size in the base unit of its dimension, so that figures written in two units of
# one dimension compare: 48 ساعة and يومين are both 48 h, 25 نقطة أساس and ربع نقطة مئوية both
# 0.25 pp, 60 كم/س and ستين كيلومترا في الساعة both 60 km/h, 9 أميال بحرية 16,668 m.
# A month is taken as 30 days and a year as 12 months (360 days), so that the forms news mixes
# meet exactly: شهرين = 60 يوما, 18 شهرا = عام ونصف, نصف عام = ستة أشهر; the price is that
# 365 يوما and عام read as different figures. A night (ليلة) counts stays, not hours, and a
# barrel, a cup or an ounce (troy or not) stays its own unit.
_BASE: dict[str, tuple[str, float]] = {
    "s": ("h", 1 / 3600),
    "min": ("h", 1 / 60),
    "h": ("h", 1.0),
    "day": ("h", 24.0),
    "week": ("h", 168.0),
    "month": ("h", 720.0),
    "year": ("h", 8640.0),
    "decade": ("h", 86400.0),
    "century": ("h", 864000.0),
    "bp": ("pp", 0.01),
    "pp": ("pp", 1.0),
    "mm": ("m", 0.001),
    "cm": ("m", 0.01),
    "m": ("m", 1.0),
    "km": ("m", 1000.0),
    "in": ("m", 0.0254),
    "ft": ("m", 0.3048),
    "mi": ("m", 1609.344),
    "nmi": ("m", 1852.0),
    "m2": ("m2", 1.0),
    "dunam": ("m2", 1000.0),
    "feddan": ("m2", 4200.83),
    "ha": ("m2", 10_000.0),
    "km2": ("m2", 1e6),
    "mL": ("m3", 1e-6),
    "L": ("m3", 0.001),
    "hL": ("m3", 0.1),
    "gal": ("m3", 0.003785411784),
    "ft3": ("m3", 0.028316846592),
    "m3": ("m3", 1.0),
    "mg": ("kg", 1e-6),
    "g": ("kg", 0.001),
    "kg": ("kg", 1.0),
    "lb": ("kg", 0.45359237),
    "t": ("kg", 1000.0),
    "km/h": ("km/h", 1.0),
    "mph": ("km/h", 1.609344),
    "knot": ("km/h", 1.852),
    "m/s": ("km/h", 3.6),
    "kW": ("MW", 0.001),
    "MW": ("MW", 1.0),
    "GW": ("MW", 1000.0),
    "kWh": ("MWh", 0.001),
    "MWh": ("MWh", 1.0),
    "GWh": ("MWh", 1000.0),
    "TWh": ("MWh", 1e6),
}


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure in the base unit of its dimension: what two figures are compared in."""

    unit: str | None
    value: float | None
    low: float | None
    high: float | None


def _in_base(x: float | None, factor: float, offset: float = 0.0) -> float | None:
    if x is None or not math.isfinite(x):
        return x
    # 12 significant digits, as quantities keep: 300 min and 5 h are one figure, not two that
    # differ in the sixteenth digit.
    return float(f"{(x + offset) * factor:.12g}")


def measure(q: Quantity) -> Measure:
    """The figure in the base unit of its dimension (see _BASE); a figure of any other unit, or
    of none, as it is. The quantity itself keeps the unit it is written in.

    >>> from services.text.quantities import extract_quantities
    >>> [(m.unit, m.value) for m in map(measure, extract_quantities("48 ساعة، أي يومين"))]
    [('h', 48.0), ('h', 48.0)]
    """
    if q.unit == "°F":  # (F − 32) × 5/9
        return Measure("°C", *(_in_base(x, 5 / 9, -32.0) for x in (q.value, q.low, q.high)))
    base = _BASE.get(q.unit or "")
    if base is None:
        return Measure(q.unit, q.value, q.low, q.high)
    unit, factor = base
    return Measure(unit, *(_in_base(x, factor) for x in (q.value, q.low, q.high)))
