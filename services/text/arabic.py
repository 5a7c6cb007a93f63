"""Arabic text as Riwaya reads it: a normalised *view* of the text with a map back to the
original offsets, word tokens with offsets, and a light stem per word.

The stored and displayed text is never rewritten; matching and search use the view.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from services.models import Token

# Arabic-Indic (U+0660..) and Persian/Urdu (U+06F0..) digits read as Western ones, and the
# Arabic decimal and thousands separators as "." and ",", so that ٧٥٠ matches 750.
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_DIGITS |= {chr(0x06F0 + i): str(i) for i in range(10)}
_SEPARATORS = {"\u066b": ".", "\u066c": ","}
# Letter forms unified for matching (camel-tools' alef, alef-maksura and teh-marbuta rules).
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_TATWEEL = "\u0640"

# A word: a letter (any script), then letters and marks, or a run of digits with inner
# separators. (Runs of letters, then runs of marks: the same words as one character at a time,
# found a quarter faster.)
_WORD_RE = re.compile(
    r"[^\W\d_]+(?:[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]+[^\W\d_]*)*"
    r"|\d+(?:[.,\u066b\u066c]\d+)*"
)


@dataclass(frozen=True)
class NormalizedText:
    """A normalised view of `original`.

    `offsets[i]` is the original code-point offset of normalised character `i`;
    `offsets[len(text)]` is `len(original)`, so any normalised span maps back exactly.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original span that produced it.

        Marks removed after the last character (harakat, tatweel) stay inside the span: they
        belong to the word a reader sees. A span that ends inside an expansion (¼ → 1⁄4)
        takes the whole original character.
        """
        offsets = self.offsets
        if start >= end:
            return offsets[start], offsets[start]
        last = offsets[end - 1]
        while offsets[end] == last:
            end += 1
        return offsets[start], offsets[end]


# camel-tools' Arabic diacritics (camel_tools.utils.charsets.AR_DIAC_CHARSET, which dediac_ar
# removes): listed here because importing charsets walks every Unicode code point to build its
# other tables, ~0.4 s that the first comparison after start-up waited for. A test checks that
# the two agree.
_AR_DIACRITICS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")


# What camel-tools' normalize_unicode does before NFKC (its _UNICODE_CHAR_FIX): two ligatures
# that NFKC leaves whole. Written out here rather than imported: importing its normalize
# module (and charmap, stringutils) was ~15-20 ms of the first comparison after start-up.
# A test checks that the two agree on every code point.
_UNICODE_FIXES = {"\ufdfc": "ريال", "\ufdfd": "بسم الله الرحمن الرحيم"}


def _normalize_unicode(ch: str) -> str:
    """camel_tools.utils.normalize.normalize_unicode of one code point."""
    return unicodedata.normalize("NFKC", _UNICODE_FIXES.get(ch, ch))


@cache
def _char_rules():
    def dediac_ar(s: str) -> str:
        return "".join(c for c in s if c not in _AR_DIACRITICS)

    return _normalize_unicode, dediac_ar


def _normalize_char(ch: str) -> str:
    """The normalised form of one code point: '' for diacritics and tatweel."""
    if ch < "\u0080":
        return ch
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _SEPARATORS:
        return _SEPARATORS[ch]
    if ch == _TATWEEL:
        return ""
    normalize_unicode, dediac_ar = _char_rules()
    # NFKC per code point unfolds presentation forms (ﻻ → لا) without merging across letters.
    out = dediac_ar(normalize_unicode(ch))
    out = "".join(_DIGITS.get(c, _LETTERS.get(c, c)) for c in out if c != _TATWEEL)
    if out in ("\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"):
        return ""  # joiners and direction marks carry no meaning for matching
    return out


class _CharTable(dict):
    """Code point → normalised string, filled on first sight of each character.

    Keyed both by code point (for `str.translate`, which runs in C) and by character (for the
    offset-keeping loop); each entry is computed once per process. `irregular` holds the
    characters seen so far that do not map to exactly one (harakat, tatweel, ﻻ).
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, key: int | str) -> str:
        ch = key if isinstance(key, str) else chr(key)
        out = _normalize_char(ch)
        self[ord(ch)] = self[ch] = out
        if len(out) != 1:
            self.irregular.add(ch)
        return out


_TABLE = _CharTable()


class _Words(dict):
    """Run of text between two spaces → its normalised form, filled on first sight.

    str.translate looks each character up in _TABLE, ~80 ns apiece (half a millisecond for a
    1,000-word article); news repeats its words, and looking a word up once is ~50 ns. Each
    character maps alone and a space to itself, so a text's form is its runs' forms joined
    by spaces. Emptied when it holds _MAX_WORDS runs (~20 MB at most).
    """

    def __missing__(self, run: str) -> str:
        if len(self) >= _MAX_WORDS:
            self.clear()
        out = self[run] = run.translate(_TABLE)  # enters every new character in the table
        return out


_MAX_WORDS = 100_000
_WORDS = _Words()


def normalize(text: str) -> NormalizedText:
    """Normalise for matching, keeping a map back to the original.

    >>> normalize("إرهابيًا").text
    'ارهابيا'
    >>> normalize("٧٥٠ معتقلاً").text
    '750 معتقلا'
    """
    table = _TABLE
    # Word by word, each run's form looked up (see _Words): 0.52 -> 0.12-0.17 ms for a
    # 1,000-word article (min of 7 passes over 300 bench articles).
    normalized = " ".join(map(_WORDS.__getitem__, text.split(" ")))
    # Most characters map to exactly one, so the map is the identity but around the few that
    # do not: find those (a handful of distinct characters at most) and spell out offsets only
    # there. tuple() takes the set in one step, safe while another thread adds to it.
    present = [ch for ch in tuple(table.irregular) if ch in text]
    if not present:
        return NormalizedText(text, normalized, tuple(range(len(text) + 1)))
    offsets: list[int] = []
    previous = 0
    for m in re.finditer("[" + "".join(map(re.escape, present)) + "]", text):
        i = m.start()
        offsets.extend(range(previous, i))
        offsets.extend([i] * len(table[m.group()]))
        previous = i + 1
    offsets.extend(range(previous, len(text) + 1))
    return NormalizedText(text, normalized, tuple(offsets))


def normalize_plain(text: str) -> str:
    """The normalised text alone, for search indexes and queries.

    >>> normalize_plain("الإرهابيين")
    'الارهابيين'
    """
    return text.translate(_TABLE)


def tokenize(text: str, *, view: NormalizedText | None = None) -> tuple[Token, ...]:
    """Word tokens of `text` with original offsets, normalised form and light stem; `view` is
    `normalize(text)` when the caller has it already (an article's analysis shares one).

    >>> [t.stem for t in tokenize("الإرهابيين إرهابيا")]
    ['ارهاب', 'ارهاب']
    """
    if view is None:
        view = normalize(text)
    offsets = view.offsets
    tokens = []
    for m in _WORD_RE.finditer(view.text):
        # view.to_original, inlined: it runs for every word of every article imported.
        a, b = m.span()
        last = offsets[b - 1]
        while offsets[b] == last:
            b += 1
        start, end = offsets[a], offsets[b]
        surface = text[start:end]
        tokens.append(Token.of(surface, start, end, m.group(), stem(surface)))
    return tuple(tokens)


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("arabic")


# Proclitic conjunctions Snowball leaves on: و and ف before the article, so والحكومة meets
# الحكومة. A bare leading و is not stripped: too many roots start with it (وزير, وصل).
_CONJ_ARTICLE = re.compile(r"^[وف](?=(?:ال|بال|كال|لل))")


# Snowball reads teh marbuta and alef maksura as suffix letters, so they survive until the
# stemmer has run: الحكومة → حكوم, while a normalised الحكومه would keep its ه.
_KEEP_FOR_STEMMER = frozenset("ةى")


# Snowball strips a leading ب ك ل (prepositions) or س (future) even where it is a root letter;
# when that leaves fewer than four letters, the letter was most likely the word's own.
_NOUN_PROCLITICS = frozenset("بكلس")
_HAMZA_SEATS = str.maketrans("ئؤأإء", "يواا ")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, normalised stem of one word; digits and Latin words come back lower-cased.

    Snowball's Arabic stemmer, then what it leaves of some suffixes: the nisba ي (إرهابيا →
    ارهابي, to meet الإرهابيين → ارهاب), the ا of the feminine plural ات when no article
    came first (حافلات → حافلا, to meet حافلة → حافل) and the ت of the feminine dual
    (حافلتين → حافلت).

    >>> [stem(w) for w in ("الحكومة", "والحكومات", "إرهابيًا", "الإرهابيين")]
    ['حكوم', 'حكوم', 'ارهاب', 'ارهاب']
    >>> [stem(w) for w in ("حافلة", "حافلات", "الحافلات", "حافلتين", "مروحيات", "مروحية")]
    ['حافل', 'حافل', 'حافل', 'حافل', 'مروح', 'مروح']
    >>> [stem(w) for w in ("سيارة", "سيارات", "بيانات", "بيان", "بمنزل", "منزل")]
    ['سيار', 'سيار', 'بيان', 'بيان', 'منزل', 'منزل']
    """
    # _TABLE[c] is _normalize_char(c), computed once per character (here it ran per letter of
    # every new word: ~30 ms of the first comparison after start-up).
    table = _TABLE
    word = "".join(c if c in _KEEP_FOR_STEMMER else table[c] for c in word)
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word.lower()
    word = _CONJ_ARTICLE.sub("", word)
    s = _stemmer().stemWord(word)
    plural_alef = word.endswith("ات") and s.endswith("ا") and not word.endswith(s)
    dual_teh = word.endswith(("تين", "تان")) and s.endswith("ت")
    if len(s) > 2 and (plural_alef or dual_teh):
        s = s[:-1]
    if (
        len(s) < 4
        and word[0] in _NOUN_PROCLITICS
        and not s.startswith(word[0])
        and word[1:].translate(_HAMZA_SEATS).startswith(s[:2].translate(_HAMZA_SEATS))
    ):
        s = word[0] + s  # سيارات → يار, بيانات → يان: the letter was the word's own
    if len(s) > 3 and s.endswith("ي"):
        s = s[:-1]
    return normalize_plain(s)
