"""What a figure counts: the noun after it (750 إرهابيا), through من (أكثر من 100 من
المعتقلين), or the definite noun before it (المعتقلين الـ 750) — never a preposition, a verb or
the place a figure comes from.
"""

from __future__ import annotations

import re
from functools import cache

from services.text import dates
from services.text.arabic import normalize_plain
from services.text.number_words import lexicon
from services.text.numerals import Tok

# Words after a figure that are not what it counts.
_NOT_COUNTED = (
    "في من على إلى الى عن مع منذ خلال بعد قبل حتى و أو ثم لا لم لن قد أن إن أنه أنها كان كانت "
    "يكون هم هي هو هن الذي التي الذين ما هذا هذه ذلك تلك هناك وفق حسب بحسب وفقا نحو حوالي "
    "أكثر أقل فقط تقريبا بينهم منهم معظمهم غالبيتهم بين عند لدى حيث إذ إذا كما بل لكن إلا أي "
    "كل جميع بعض أيضا أخرى آخر آخرين آخرون أخريات عدد بنسبة فيما وفي ومن وعلى وإلى وقد وهو "
    "وهي وكان فإن بأن لأن أما أم يا يوم أمس اليوم غدا الآن جراء بسبب نتيجة إثر أثناء ضمن دون "
    "عبر داخل خارج تحت فوق أمام خلف حول ال لـ وذلك وهذا وهم بينما منها منه عليه عليها له لها "
    "لهم به بها بهم عالميا محليا رسميا يوميا سنويا شهريا أسبوعيا حاليا بجروح بجراح بإصابات"
)
# Verbs news puts after a figure (قتل 3 وأصيب 5): with or without و/ف in front.
_VERBS = "أصيب قتل جرح اعتقل فر نقل توفي لقي سقط أفرج اختطف نزح هرب وصل غادر عاد"
# Verbal nouns that open the second half of a toll (مقتل 3 وإصابة 12, اعتقال 5 وإصابة 2):
# after و they start the next clause, they are not what the figure counts.
_EVENT_NOUNS = "إصابة إصابات مقتل جرح سقوط اعتقال اختطاف احتجاز نزوح فقدان إعدام سجن أسر"
# After "من", these are where the figure comes from, not what it counts (نقل 60 من السجن).
_NOT_COUNTED_AFTER_MIN = (
    "سجن السجن سجون السجون مدينة المدينة منطقة المنطقة مخيم المخيم قاعدة القاعدة مطار المطار "
    "معبر المعبر محافظة المحافظة ريف بلدة البلدة قرية القرية مكان موقع داخل خارج جانب قبل "
    "أصل إجمالي مجموع أجل خلال أكبر أهم أبرز أشهر أخطر أقدم أكثر"
)
# "حالة X" is a case of X, and X is what is counted: حالة وفاة, حالات إصابة, حالة اعتقال.
_CASES = "حالة حالات"
_CASE_OF = "وفاة وفيات إصابة إصابات اعتقال اختطاف انتحار غرق تسمم اختناق"
_ARABIC = re.compile(r"[\u0621-\u064a]")


@cache
def _words(spec: str) -> frozenset[str]:
    return frozenset(normalize_plain(w) for w in spec.split())


def _looks_like_verb(word: str) -> bool:
    """Imperfect plurals (ينحدرون, يقيمون) and past plurals (قتلوا) are verbs, not nouns: news
    nouns almost never start with ي and end in ون, and a noun in وا is rare."""
    return (
        (word.startswith(("ي", "وي")) and word.endswith("ون"))
        or (len(word) > 3 and word.endswith("وا"))
        or _looks_like_present_verb(word)
    )


# Nouns of four or five letters that start with ي (a figure may count them).
_Y_NOUNS = "يوم يوما يورو يخوت يهود يهودي يمني يمنيا يمنية ياردة يارده ياردات"


def _looks_like_present_verb(word: str) -> bool:
    """A short word in ي after a bare figure is a verb of the next clause (زلزال بقوة 6 يضرب
    المنطقة): few nouns start with ي, and those a figure counts are listed."""
    return 4 <= len(word) <= 5 and word.startswith("ي") and word not in _words(_Y_NOUNS)


def has_article_word(word: str) -> bool:
    return word.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))


def _starts_a_clause_or_is_definite(word: str) -> bool:
    """A number's noun follows it bare (750 إرهابيا); only vague plurals take the article
    (عشرات القتلى), and و/ف before a verb or a definite noun start the next clause."""
    if word.startswith(("ال", "بال", "لل", "كال")):
        return True
    rest = word[1:]
    # و before a present verb (ويصيب, وتسجل) opens the next clause: a counted noun that
    # starts with و (وفاة, وثيقة) is hardly ever followed by ي or ت
    present = len(rest) >= 3 and rest[0] in ("ي", "ت")
    return word[:1] in ("و", "ف") and (
        present or rest in _words(_VERBS) or rest in _words(_EVENT_NOUNS) or has_article(rest)
    )


def has_article(word: str) -> bool:
    """A normalised word with the article, possibly behind a proclitic: الدول, للمرة, بالقرار."""
    return word.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))


def _word(tokens: list[Tok], j: int) -> str:
    return tokens[j][1] if 0 <= j < len(tokens) and tokens[j][0] == "w" else ""


def counted_after(
    tokens: list[Tok], j: int, *, percent: bool = False, vague: bool = False
) -> int | None:
    """The index of the noun a figure ending before tokens[j] counts, or None.

    A percent counts only through من (15 بالمئة من السكان).
    """
    while _word(tokens, j) in ("فقط", "تقريبا"):
        j += 1
    word = _word(tokens, j)
    if not word:
        return None
    if word == "من":
        j += 1
        if _word(tokens, j) == "بين":
            j += 1
        word = _word(tokens, j)
        if not word or word in _words(_NOT_COUNTED_AFTER_MIN):
            return None
    elif percent or (not vague and _starts_a_clause_or_is_definite(word)):
        return None
    if word in _words(_NOT_COUNTED) or word in lexicon() or not _ARABIC.match(word):
        return None
    if word in _words(_VERBS) or _looks_like_verb(word) or dates.read_month(tokens, j) is not None:
        return None
    if word in _words(_CASES) and _word(tokens, j + 1) in _words(_CASE_OF):
        return j + 1  # 17 حالة وفاة: deaths are what is counted
    return j


def counted_before(
    tokens: list[Tok], first: int, floor: int = 0, *, digits: bool, definite: bool
) -> int | None:
    """The definite noun before a definite figure: المعتقلين الـ 750, الدول الثلاث."""
    j = first - 1
    if 0 <= j < len(tokens) and tokens[j][1] == "ال" and digits:
        j -= 1
    elif not definite:
        return None
    if j < floor:
        return None
    word = _word(tokens, j)
    if word and has_article(word) and word not in _words(_NOT_COUNTED):
        return j
    return None
