"""The root of an Arabic word, by the ISRI algorithm (Taghva, Elkhoury and Coombs 2005, "Arabic
stemming without a root dictionary"), so that a verb, its verbal noun and its participles meet
(ارتفعت, ارتفاع, ترتفع → رفع; اعتقلت, اعتقال → عقل), and many broken plurals their singular
(الأطفال → طفل, منازل → نزل, مقاعد → قعد).

The rules are NLTK's `nltk.stem.isri.ISRIStemmer` (Apache License 2.0, © NLTK Project; author
Hosam Algasaier), written out here because importing NLTK loads SciPy and its statistics first:
about 10 s on a busy two-core machine, against 0.3 ms for this module. Same prefixes, suffixes,
patterns and stop words, same roots (on the 3,178 distinct words of the seed reports and the
development set, all but four written with a tatweel, which is dropped here first), except that
و or ف before a hamzated alef is taken for the conjunction it is (وأغلقت → غلق, as أغلقت). A root
over-merges (معتقل, اعتقال and عقل are all عقل) and some come out wrong (إنقاذ → قاذ, وفاة →
وفة): similarity weighs a root below a stem (tuning.ROOT_WEIGHT).
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.lexicon import derived, rows

_P3 = ("كال", "بال", "ولل", "وال")
_P2 = ("ال", "لل")
_P1 = ("ل", "ب", "ف", "س", "و", "ي", "ت", "ن", "ا")
_S3 = ("تمل", "همل", "تان", "تين", "كمل")
_S2 = ("ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما")
_S2 += ("هم",)
_S1 = ("ة", "ه", "ي", "ك", "ت", "ا", "ن")
_PR4 = ("م", "ا", "اوي", "ة")
_PR53 = ("ات", "ايو", "اتم", "ميت", "مت", "او", "ام")
_STOP_WORDS = frozenset(
    """يكون وليس وكان كذلك التي وبين عليها مساء الذي وكانت ولكن والتي تكون اليوم اللذين عليه
    كانت لذلك أمام هناك منها مازال لازال لايزال مايزال اصبح أصبح أمسى امسى أضحى اضحى مابرح
    مافتئ ماانفك لاسيما ولايزال الحالي اليها الذين فانه والذي وهذا لهذا فكان ستكون اليه يمكن
    بهذا الذى""".split()
)
_SHORT_VOWELS = re.compile("[\u064b-\u0652]")
_INITIAL_HAMZA = re.compile("^[\u0622\u0623\u0625]")


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The ISRI root of a written word (its surface form; diacritics are dropped).

    >>> [root(w) for w in ("ارتفعت", "ارتفاع", "ترتفع", "الأطفال", "طفل")]
    ['رفع', 'رفع', 'رفع', 'طفل', 'طفل']
    """
    token = _SHORT_VOWELS.sub("", word.replace("\u0640", ""))
    if token in _STOP_WORDS:
        return token
    # و or ف before a hamzated alef is a conjunction (وأكد, فأعلن, وإطلاق: no root starts so
    # but the rare وأد): without it, ISRI's initial-hamza rule applies and the root is the
    # bare word's (أغلقت and وأغلقت → غلق, not غلق and أغلق).
    if len(token) > 3 and token[0] in "وف" and token[1] in "\u0622\u0623\u0625":
        token = token[1:]
    token = _pre32(token)
    token = _suf32(token)
    if len(token) >= 4 and token[:2] == "وو":
        token = token[1:]
    token = _INITIAL_HAMZA.sub("ا", token)
    n = len(token)
    if n == 4:
        token = _pro_w4(token)
    elif n == 5:
        token = _end_w5(_pro_w53(token))
    elif n == 6:
        token = _end_w6(_pro_w6(token))
    elif n == 7:
        token = _suf1(token)
        if len(token) == 7:
            token = _pre1(token)
        if len(token) == 6:
            token = _end_w6(_pro_w6(token))
    return token


def _pre32(word: str) -> str:
    if len(word) >= 6:
        for p in _P3:
            if word.startswith(p):
                return word[3:]
    if len(word) >= 5:
        for p in _P2:
            if word.startswith(p):
                return word[2:]
    return word


def _suf32(word: str) -> str:
    if len(word) >= 6:
        for s in _S3:
            if word.endswith(s):
                return word[:-3]
    if len(word) >= 5:
        for s in _S2:
            if word.endswith(s):
                return word[:-2]
    return word


def _suf1(word: str) -> str:
    for s in _S1:
        if word.endswith(s):
            return word[:-1]
    return word


def _pre1(word: str) -> str:
    for p in _P1:
        if word.startswith(p):
            return word[1:]
    return word


def _pro_w4(w: str) -> str:
    if w[0] in _PR4[0]:  # مفعل
        return w[1:]
    if w[1] in _PR4[1]:  # فاعل
        return w[:1] + w[2:]
    if w[2] in _PR4[2]:  # فعال فعول فعيل
        return w[:2] + w[3]
    if w[3] in _PR4[3]:  # فعلة
        return w[:-1]
    w = _suf1(w)
    return _pre1(w) if len(w) == 4 else w


def _pro_w53(w: str) -> str:
    if w[2] in _PR53[0] and w[0] == "ا":  # افتعل افاعل
        return w[1] + w[3:]
    if w[3] in _PR53[1] and w[0] == "م":  # مفعول مفعال مفعيل
        return w[1:3] + w[4]
    if w[0] in _PR53[2] and w[4] == "ة":  # مفعلة تفعلة افعلة
        return w[1:4]
    if w[0] in _PR53[3] and w[2] == "ت":  # مفتعل يفتعل تفتعل
        return w[1] + w[3:]
    if w[0] in _PR53[4] and w[2] == "ا":  # مفاعل تفاعل
        return w[1] + w[3:]
    if w[2] in _PR53[5] and w[4] == "ة":  # فعولة فعالة
        return w[:2] + w[3]
    if w[0] in _PR53[6] and w[1] == "ن":  # انفعل منفعل
        return w[2:]
    if w[3] == "ا" and w[0] == "ا":  # افعال
        return w[1:3] + w[4]
    if w[4] == "ن" and w[3] == "ا":  # فعلان
        return w[:3]
    if w[3] == "ي" and w[0] == "ت":  # تفعيل
        return w[1:3] + w[4]
    if w[3] == "و" and w[1] == "ا":  # فاعول
        return w[0] + w[2] + w[4]
    if w[2] == "ا" and w[1] == "و":  # فواعل
        return w[0] + w[3:]
    if w[3] == "ئ" and w[2] == "ا":  # فعائل
        return w[:2] + w[4]
    if w[4] == "ة" and w[1] == "ا":  # فاعلة
        return w[0] + w[2:4]
    if w[4] == "ي" and w[2] == "ا":  # فعالي
        return w[:2] + w[3]
    w = _suf1(w)
    return _pre1(w) if len(w) == 5 else w


def _pro_w54(w: str) -> str:
    if w[0] in _PR53[2]:  # تفعلل افعلل مفعلل
        return w[1:]
    if w[4] == "ة":  # فعللة
        return w[:4]
    if w[2] == "ا":  # فعالل
        return w[:2] + w[3:]
    return w


def _end_w5(w: str) -> str:
    if len(w) == 4:
        return _pro_w4(w)
    if len(w) == 5:
        return _pro_w54(w)
    return w


def _pro_w6(w: str) -> str:
    if w.startswith(("است", "مست")):  # استفعل مستفعل
        return w[3:]
    if w[0] == "م" and w[3] == "ا" and w[5] == "ة":  # مفعالة
        return w[1:3] + w[4]
    if w[0] == "ا" and w[2] == "ت" and w[4] == "ا":  # افتعال
        return w[1] + w[3] + w[5]
    if w[0] == "ا" and w[3] == "و" and w[2] == w[4]:  # افعوعل
        return w[1] + w[4:]
    if w[0] == "ت" and w[2] == "ا" and w[4] == "ي":  # تفاعيل
        return w[1] + w[3] + w[5]
    w = _suf1(w)
    return _pre1(w) if len(w) == 6 else w


def _pro_w64(w: str) -> str:
    if w[0] == "ا" and w[4] == "ا":  # افعلال
        return w[1:4] + w[5]
    if w.startswith("مت"):  # متفعلل
        return w[2:]
    return w


def _end_w6(w: str) -> str:
    if len(w) == 5:
        return _end_w5(_pro_w53(w))
    if len(w) == 6:
        return _pro_w64(w)
    return w


# Clitics a broken plural may carry in news (والأطفال, بالمنازل, للسفراء), longest first.
_PLURAL_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


@derived
def _singulars() -> dict[str, str]:
    """Each broken plural of broken_plurals.tsv (normalised) -> its singular (normalised)."""
    from services.text.arabic import normalize_plain

    return {
        normalize_plain(r.cells[1]): normalize_plain(r.cells[0]) for r in rows("broken_plurals")
    }


@derived(maxsize=65536)  # a word of one article recurs in the next: looked up once
def singular(norm: str) -> str | None:
    """The singular of a normalised broken plural, with the clitics it carries dropped, or None
    for a word the table does not hold (broken_plurals.tsv, built from Arramooz).

    >>> singular("والسفراء"), singular("سفير")
    ('سفير', None)
    """
    table = _singulars()
    found = table.get(norm)
    if found is not None:
        return found
    for clitic in _PLURAL_CLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 3:
            found = table.get(norm[len(clitic) :])
            if found is not None:
                return found
    return None
