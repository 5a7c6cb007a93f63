"""The words Arabic writes numbers with: cardinals in their gender and case forms, teens of the
spoken dialects, hundreds, scales, fractions, ordinals and vague plurals, each with its value
and every proclitic form it can take (و, ب, ل, ال ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from services.text.arabic import normalize_plain

# Classes of number words:
UNIT, TEN, TEEN, TENS, HUNDREDS, MULT, MULT_DUAL, MULT_PLURAL = range(8)
SCALE, SCALE_DUAL, SCALE_PLURAL, FRACTION, FRACTION_PLURAL, ORDINAL = range(8, 14)
VAGUE, NEGATIVE, POINT, COMPOUND_ONLY, WEAK = range(14, 19)

# Written as a reader writes them; hamza, alef, ta marbuta and alef maksura variants come from
# normalisation, so each spelling is listed once.
_WORDS: dict[int, dict[float, str]] = {
    UNIT: {
        0: "صفر",
        1: "واحد واحدة واحدا",
        2: "اثنان اثنين اثنتان اثنتين اتنين اتنان",
        3: "ثلاث ثلاثة تلات تلاتة",
        4: "أربع أربعة",
        5: "خمس خمسة",
        6: "ست ستة",
        7: "سبع سبعة",
        8: "ثمان ثماني ثمانية تمانية تماني",
        9: "تسع تسعة",
    },
    # Only before عشر/عشرة: أحد عشر, إحدى عشرة, اثنا عشر (alone, أحد and إحدى mean "one of").
    COMPOUND_ONLY: {1: "أحد إحدى", 2: "اثنا اثنتا اثني اثنتي"},
    TEN: {10: "عشر عشرة"},
    # Levantine and Egyptian spoken teens, as quoted speech and dialect outlets write them.
    TEEN: {
        11: "حداشر احداشر",
        12: "اتناشر اطناشر",
        13: "تلتاشر تلاتاشر تلطاشر",
        14: "أربعتاشر أربعطاشر",
        15: "خمستاشر خمسطاشر",
        16: "ستاشر سطاشر",
        17: "سبعتاشر سبعطاشر",
        18: "تمنتاشر تمانتاشر طمنطاشر",
        19: "تسعتاشر تسعطاشر",
    },
    TENS: {
        20: "عشرون عشرين",
        30: "ثلاثون ثلاثين تلاتين تلاتون",
        40: "أربعون أربعين",
        50: "خمسون خمسين",
        60: "ستون ستين",
        70: "سبعون سبعين",
        80: "ثمانون ثمانين تمانين",
        90: "تسعون تسعين",
    },
    HUNDREDS: {
        200: "مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي ميتين",
        300: "ثلاثمئة ثلاثمائة ثلثمئة ثلثمائة تلتمية تلاتمية تلتمائة",
        400: "أربعمئة أربعمائة ربعمية أربعمية",
        500: "خمسمئة خمسمائة خمسمية",
        600: "ستمئة ستمائة ستمية",
        700: "سبعمئة سبعمائة سبعمية",
        800: "ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة ثمنمئة ثمنمائة تمنمية تمانمية",
        900: "تسعمئة تسعمائة تسعمية",
    },
    # مئة multiplies what stands before it (ثلاث مئة = 300); a dozen likewise.
    MULT: {100: "مئة مائة", 12: "دزينة دستة"},
    MULT_DUAL: {24: "دزينتين دزينتان دستتين دستتان"},
    MULT_PLURAL: {12: "دزينات دستات"},
    SCALE: {
        1e3: "ألف ألفا",
        1e6: "مليون مليونا",
        1e9: "مليار مليارا بليون بليونا",
        1e12: "ترليون تريليون ترليونا تريليونا",
    },
    # Duals: ألفان/ألفين, and the construct forms before a noun (ألفي شخص).
    SCALE_DUAL: {
        1e3: "ألفان ألفين ألفي",
        1e6: "مليونان مليونين مليوني",
        1e9: "ملياران مليارين ملياري",
        1e12: "ترليونان ترليونين تريليونان تريليونين",
    },
    SCALE_PLURAL: {
        1e3: "آلاف ألوف",
        1e6: "ملايين",
        1e9: "مليارات",
        1e12: "ترليونات تريليونات",
    },
    FRACTION: {0.5: "نصف", 0.25: "ربع", 1 / 3: "ثلث", 2 / 3: "ثلثان ثلثين ثلثا ثلثي"},
    # Plural fraction words take a numerator: ثلاثة أرباع, خمسة أثمان. The singulars of five and
    # up (خمس, سبع, تسع, عشر) are also numbers, and ثمن is also "price": not read as fractions.
    FRACTION_PLURAL: {
        3: "أثلاث",
        4: "أرباع",
        5: "أخماس",
        6: "أسداس",
        7: "أسباع",
        8: "أثمان",
        9: "أتساع",
        10: "أعشار",
    },
    ORDINAL: {
        1: "أول أولى",
        2: "ثاني ثان",
        3: "ثالث ثالثة",
        4: "رابع رابعة",
        5: "خامس خامسة",
        6: "سادس سادسة",
        7: "سابع سابعة",
        8: "ثامن ثامنة",
        9: "تاسع تاسعة",
        10: "عاشر عاشرة",
    },
    # عشرات [20, 99], مئات [200, 999]; بضع/بضعة 3 to 9.
    VAGUE: {10: "عشرات", 100: "مئات", 1: "بضع بضعة"},
    NEGATIVE: {-1: "سالب ناقص"},
    POINT: {0: "فاصلة"},
    # Words that are numbers only when more of a number or a unit follows: متين is also
    # "solid", نص also "text", عدة "several" only before a scale (عدة آلاف).
    WEAK: {200: "متين", 0.5: "نص", 3: "عدة"},
}

# Words read only with ال: الثانية alone is "a second" (of time), الحادي needs عشر.
_DEFINITE_ONLY = {ORDINAL: {2: "ثانية", 1: "حادي حادية"}}
ELEVENTH = frozenset(("حادي", "حاديه"))
# Classes that take the article: الثلاثة, العشرين (ordinal), المئة, الأول, العشرات, الآلاف.
_TAKES_ARTICLE = {UNIT, TEN, TENS, HUNDREDS, MULT, ORDINAL, VAGUE, SCALE_PLURAL, COMPOUND_ONLY}
# ال + these is something else: الاثنين is Monday, الصفر "zero" as a level (تحت الصفر), الواحد
# "the one" (الشخص الواحد); read only inside a compound (الواحد والعشرون).
_NOT_WITH_ARTICLE = {"صفر", "اثنان", "اثنين", "اثنتان", "اثنتين"}
ARTICLE_IN_COMPOUND_ONLY = {"واحد", "واحدة"}

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Entry:
    cls: int
    value: float
    prefix: str  # the proclitics in front of the word: و, ب, ال, وبال ...
    base: str  # the normalised word without them


@cache
def lexicon() -> dict[str, Entry]:
    """Every normalised surface form of a number word, with its proclitics."""
    table: dict[str, Entry] = {}

    def add(cls: int, value: float, word: str, definite_only: bool = False) -> None:
        base = normalize_plain(word)
        article = cls in _TAKES_ARTICLE and base not in _NOT_WITH_ARTICLE
        for conj in _CONJUNCTIONS:
            for prep in _PREPOSITIONS:
                if prep and (len(base) < 3 or cls in (ORDINAL, NEGATIVE, POINT)):
                    continue  # لست, بست are other words
                if not definite_only:
                    table.setdefault(conj + prep + base, Entry(cls, value, conj + prep, base))
                if article:
                    # ل + ال is written لل (للعشرات)
                    art = conj + ("لل" if prep == "ل" else prep + "ال")
                    table.setdefault(art + base, Entry(cls, value, art, base))

    for cls, words in _WORDS.items():
        for value, forms in words.items():
            for word in forms.split():
                add(cls, value, word)
    for cls, words in _DEFINITE_ONLY.items():
        for value, forms in words.items():
            for word in forms.split():
                add(cls, value, word, definite_only=True)
    return table


def has_article(prefix: str) -> bool:
    return prefix.endswith("ال") or prefix.endswith("لل")
