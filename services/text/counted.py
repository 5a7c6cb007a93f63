"""What a figure counts: the noun after it (750 إرهابيا), through من (أكثر من 100 من
المعتقلين), or the definite noun before it (المعتقلين الـ 750) — never a preposition, a verb or
the place a figure comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from services.text import dates
from services.text.lexicon import word_list
from services.text.number_words import lexicon
from services.text.numerals import Tok

# The words these rules read are lists of reading_words.tsv (word_list(name)).
_ARABIC = re.compile(r"[\u0621-\u064a]")


def _looks_like_verb(word: str) -> bool:
    """Imperfect plurals (ينحدرون, يقيمون) and past plurals (قتلوا) are verbs, not nouns: news
    nouns almost never start with ي and end in ون, and a noun in وا is rare."""
    return (
        (word.startswith(("ي", "وي")) and word.endswith("ون"))
        or (len(word) > 3 and word.endswith("وا"))
        or _looks_like_present_verb(word)
    )


def _looks_like_present_verb(word: str) -> bool:
    """A short word in ي after a bare figure is a verb of the next clause (زلزال بقوة 6 يضرب
    المنطقة): few nouns start with ي, and those a figure counts are listed."""
    return 4 <= len(word) <= 5 and word.startswith("ي") and word not in word_list("y_nouns")


def has_article_word(word: str) -> bool:
    return word.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))


def _starts_a_clause_or_is_definite(word: str, madda: bool = False) -> bool:
    """A number's noun follows it bare (750 إرهابيا); only vague plurals take the article
    (عشرات القتلى), and و/ف before a verb or a definite noun start the next clause. `madda`:
    the word is written with آ, which the view folds to ا (22 آلية is no article)."""
    if word.startswith(("بال", "لل", "كال")) or (word.startswith("ال") and not madda):
        return True
    rest = word[1:]
    # و before a present verb (ويصيب, وتسجل) opens the next clause: a counted noun that
    # starts with و (وفاة, وثيقة) is hardly ever followed by ي or ت
    present = len(rest) >= 3 and rest[0] in ("ي", "ت")
    return word[:1] in ("و", "ف") and (
        present
        or rest in word_list("count_verbs")
        or rest in word_list("toll_nouns")
        or has_article(rest)
        or _is_event_word(rest)  # أدين منهم سبعة وبرئ أربعة: و before what happened
    )


def _is_event_word(word: str) -> bool:
    from services.text.arabic import stem
    from services.text.lexicon import event_classes, fold

    return fold(stem(word)) in event_classes()


def has_article(word: str) -> bool:
    """A normalised word with the article, possibly behind a proclitic: الدول, للمرة, بالقرار."""
    return word.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))


def _word(tokens: list[Tok], j: int) -> str:
    return tokens[j][1] if 0 <= j < len(tokens) and tokens[j][0] == "w" else ""


def counted_after(
    tokens: list[Tok],
    j: int,
    *,
    percent: bool = False,
    vague: bool = False,
    madda: Callable[[int], bool] | None = None,
) -> int | None:
    """The index of the noun a figure ending before tokens[j] counts, or None.

    A percent counts only through من (15 بالمئة من السكان). `madda(j)`: whether token j is
    written with آ in the original text.
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
        if not word or word in word_list("not_counted_after_min"):
            return None
    elif percent or (
        not vague and _starts_a_clause_or_is_definite(word, madda is not None and madda(j))
    ):
        return None
    if word in word_list("not_counted") or word in lexicon() or not _ARABIC.match(word):
        return None
    if (
        word in word_list("count_verbs")
        or _looks_like_verb(word)
        or dates.read_month(tokens, j) is not None
    ):
        return None
    if word in word_list("case_words") and _word(tokens, j + 1) in word_list("case_of"):
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
    if word and has_article(word) and word not in word_list("not_counted"):
        if not digits:
            return _head_agreeing(tokens, first, j, floor)
        return j
    return None


# A cardinal from three to ten takes the other gender of its noun: «الستة» counts a masculine
# (الأسابيع الستة), «الست» a feminine (الطائرات الست). Normalised, without the article.
_MASCULINE_COUNTS = frozenset({"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"})
_FEMININE_COUNTS = frozenset({"ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "ثمان", "تسع", "عشر"})
# How far back past the words of a construct a definite number looks for its noun (طائرات
# الصليب الأحمر الست: three words).
_CONSTRUCT_REACH = 3


def _head_agreeing(tokens: list[Tok], first: int, nearest: int, floor: int) -> int:
    """The noun a definite number written after a noun phrase counts: the nearest definite word
    before it, unless that word's gender does not fit the number's and the head of the
    construct does (أسابيع المحاكمة الستة: weeks, not the trial; طائرات الصليب الأحمر الست:
    planes). The gender is read from the ending (ة and ات feminine, else masculine), so a
    broken plural of a feminine (الدول الثلاث) keeps the nearest word."""
    number = _word(tokens, first)
    number = number[2:] if number.startswith("ال") else number
    wants = "m" if number in _MASCULINE_COUNTS else "f" if number in _FEMININE_COUNTS else None
    if wants is None or _gender(_word(tokens, nearest)) == wants:
        return nearest
    for j in range(nearest - 1, max(floor, nearest - _CONSTRUCT_REACH) - 1, -1):
        word = _word(tokens, j)
        if not word or word in word_list("not_counted"):
            break
        if _gender(word) == wants:
            return j
        if not has_article(word):
            break  # the head of a construct is the first word without the article
    return nearest


def _gender(word: str) -> str:
    bare = word[2:] if word.startswith("ال") else word
    return "f" if bare.endswith(("ه", "ات")) else "m"
