"""What a figure measures: currencies, percent, length, area, weight, volume, temperature and
duration words after a number, and the duals that are a figure on their own (يومين, دفعتين).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from services.models import Kind
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
    (Kind.TEMPERATURE, "°", "°"),
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
