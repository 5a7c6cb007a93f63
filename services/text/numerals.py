"""Arabic numbers as written in news: digits in three scripts with their separators, and number
words (see `number_words`) read by the grammar of Arabic numbers from the tokens of the
normalised view.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from services.text.arabic import normalize
from services.text.lexicon import word_list
from services.text.number_words import (
    ARTICLE_IN_COMPOUND_ONLY,
    COMPOUND_ONLY,
    ELEVENTH,
    FRACTION,
    FRACTION_PLURAL,
    HUNDREDS,
    MULT,
    MULT_DUAL,
    MULT_PLURAL,
    NEGATIVE,
    ORDINAL,
    POINT,
    SCALE,
    SCALE_DUAL,
    SCALE_PLURAL,
    TEEN,
    TEN,
    TENS,
    UNIT,
    VAGUE,
    WEAK,
    Entry,
    has_article,
    lexicon,
)

# ---------------------------------------------------------------------------------------------
# Tokens of the normalised view. Kinds: n number, w word, s symbol, d slash date, t clock time.

_BIDI = "[\u202a-\u202e\u2066-\u2069]*"
_EXPONENT = r"(?:[eE][+-]?\d+|\^[+-]?\d+)?"
_NUMBER = (
    r"(?<![\d.,،])(?:"
    # 1,234,567.89 — a comma before exactly three digits groups thousands
    r"[1-9]\d{0,2}(?:,\d{3}(?!\d))+(?:\.\d+)?"
    # ١،٢٣٤،٥٦٧ and 12،220,13 — the Arabic comma groups thousands, then "," or "." is decimal
    rf"|[1-9]\d{{0,2}}(?:{_BIDI}،{_BIDI}\d{{3}}(?!\d))+(?:{_BIDI}[.,]{_BIDI}\d+)?"
    # 1.234.567,89 — two or more dot groups are thousands (one dot is a decimal point)
    r"|[1-9]\d{0,2}(?:\.\d{3}(?!\d)){2,}(?:,\d+)?"
    # 12 000 and 1 234 567.89 — narrow and no-break spaces are plain spaces in the view
    r"|[1-9]\d{0,2}(?: \d{3}(?!\d))+(?:\.\d+)?"
    rf"|\d+(?:{_BIDI}[.,]{_BIDI}\d+)?"
    r"|(?<![\w])[.,]\d+"
    rf"){_EXPONENT}"
)
_DATE = (
    r"(?<![\d.,/])(?:\d{4}(?P<ds1>[/.-])(?:0?[1-9]|1[0-2])(?P=ds1)(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])(?P<ds2>[/.-])(?:0?[1-9]|1[0-2])(?P=ds2)(?:\d{4}|\d{2}))"
    r"(?![\d/])"
)
_TIME = r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
# Words first: most tokens are words, and no other kind can start where a word does (dates,
# times and numbers start with a digit, "." or ","), so trying them first only costs time.
# A line break is a symbol of its own, so that no figure, unit or range reads across it:
# «… 10 مليون» at a paragraph's end and «310 …» at the next one's start are two figures.
_TOKENS = rf"(?P<w>[^\W\d_]+)|(?P<d>{_DATE})|(?P<t>{_TIME})|(?P<n>{_NUMBER})|(?P<s>[^\s\w]|_|\n)"
# No token starts at a space but the line break: the look-ahead turns every other space away
# at once, where the engine tried all five kinds there (a sixth of the characters). The same
# tokens; scanning a 1,000-word article's view took 0.73-0.83 ms, 0.51-0.53 with it.
_TOKEN_RE = re.compile(rf"(?=\S|\n)(?:{_TOKENS})")

# Words after ألفا that show it is no dual construct: a preposition or a qualifier follows
# the accusative (أرسل ألفا من الجنود, ألفا تقريبا).
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
Tok = tuple[str, str, int, int]  # (kind, text in the view, start, end) — view offsets


def scan(view: str) -> list[Tok]:
    """Tokens of a normalised view: (kind, text, start, end) with view offsets."""
    return [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(view)]


_BIDI_CHARS = re.compile(_BIDI)


def parse_digits(text: str) -> float:
    """The value of a digit token of the view (Western digits, "," "." "،" separators).

    >>> [parse_digits(t) for t in ("12,000", "1،234،567", "5,00", "1 234.5", "1.1^2", "12e-1")]
    [12000.0, 1234567.0, 5.0, 1234.5, 1.2100000000000002, 1.2]
    """
    s = _BIDI_CHARS.sub("", text).replace(" ", "")
    exponent = None
    for mark in ("^", "e", "E"):
        if mark in s:
            s, _, exp = s.partition(mark)
            exponent = (mark, int(exp))
            break
    if "،" in s:
        s = s.replace("،", "").replace(",", ".")
    elif "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, *groups = s.split(",")
        thousands = head[:1] not in ("", "0") and all(len(g) == 3 for g in groups)
        s = s.replace(",", "") if thousands else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    value = float(s)
    if exponent:
        mark, exp = exponent
        try:
            value = value**exp if mark == "^" else float(f"{s}e{exp}")
        except (OverflowError, ZeroDivisionError):  # 10^999, 0^-1: no finite value
            value = float("inf")
    return value


# ---------------------------------------------------------------------------------------------
# Reading a number from tokens.


@dataclass(frozen=True, slots=True)
class NumberReading:
    """A number read from tokens[first:end].

    `value` is None for vague plurals (عشرات), which give only `low`/`high`. `scale` is the
    largest scale word used (1 if none), so a range can lend it: بين 2 و3 ملايين.
    """

    value: float | None
    low: float | None
    high: float | None
    first: int
    end: int
    words: bool
    digits: bool
    ordinal: bool = False
    vague: bool = False
    fraction: bool = False
    definite: bool = False
    weak: bool = False
    scale: float = 1.0
    head: float | None = None  # the value before the last scale word: 12 in 12 ألف


class _Reader:
    """Arabic number grammar over one sub-thousand group at a time: hundreds, then units, then
    tens after و (واحد وعشرون), or a teen; a scale word closes the group (ثلاثة آلاف)."""

    def __init__(self, tokens: list[Tok], lex: dict[str, Entry]):
        self.tokens = tokens
        self.lex = lex
        self.total = 0.0
        self.group = 0.0
        self.last_scale = float("inf")
        self.max_scale = 1.0
        self.head: float | None = None
        self.h = self.u = self.t = self.teen = self.dig = self.frac = False
        self.frac_of_scale = False
        self.last_elem: float | None = None
        self.prev_scale = False
        self.any = False
        self.words = self.digits = self.ordinal = self.definite = False
        self.only_units = True
        self.compound_pending = False
        self.weak = False

    def _peek(self, j: int) -> Entry | None:
        if j < len(self.tokens) and self.tokens[j][0] == "w":
            return self.lex.get(self.tokens[j][1])
        return None

    def _close_group(self) -> None:
        self.h = self.u = self.t = self.teen = self.dig = self.frac = False
        self.frac_of_scale = False
        self.group = 0.0
        self.last_elem = None

    def _dual_construct(self, e: Entry, j: int) -> bool:
        """ألفا/مليونا opening a figure right before a bare noun is the dual in construct (ألفا
        جندي = 2,000); after a number (12 ألفا) or before من it is the accusative of ألف."""
        if self.any or self.group or self.total or not e.base.endswith("ا") or e.prefix:
            return False
        j += 1
        if j >= len(self.tokens) or self.tokens[j][0] != "w":
            return False
        word = self.tokens[j][1]
        return (
            len(word) > 2
            and word not in self.lex
            and word not in word_list("not_a_construct_noun")
            and not word.startswith(("ال", "و", "ف"))
            and _ARABIC_LETTER.match(word) is not None
        )

    def digits_ok(self, value: float, conj: bool) -> bool:
        if self.group and self.h and conj and value < 100 and value == int(value):
            if self.u or self.t or self.teen or self.dig or self.frac:
                return False
            self.group += value  # ٣ مئة و ٢١
            self.dig = True
            self.last_elem = value
            return True
        if self.group or self.u or self.t or self.teen or self.dig or self.h or self.frac:
            return False
        if self.total and (value >= self.last_scale or not (conj or self.prev_scale)):
            return False
        self.group = value
        self.dig = True
        self.last_elem = value
        return True

    def word_ok(self, e: Entry, conj: bool, j: int) -> bool:  # noqa: C901 — one rule per class
        cls, v = e.cls, e.value
        if cls in (UNIT, ORDINAL, COMPOUND_ONLY):
            if cls == COMPOUND_ONLY:
                nxt = self._peek(j + 1)
                if nxt is None or nxt.cls != TEN or nxt.prefix:
                    return False
            if cls == ORDINAL and v == 1:
                if self.any:
                    return False  # أول only opens a number
                if e.base in ELEVENTH:
                    nxt = self._peek(j + 1)
                    if nxt is None or not (
                        (nxt.cls == TEN and not nxt.prefix)
                        or (nxt.cls == TENS and nxt.prefix.startswith("و"))
                    ):
                        return False  # الحادي عشر, الحادي والعشرون
            nxt = self._peek(j + 1)
            if self.t and conj and nxt is not None and nxt.cls == FRACTION_PLURAL:
                pass  # عشرون وثلاثة أخماس: a new fraction term after the tens
            elif self.u or self.teen or self.dig or self.frac or self.t:
                return False
            if not self.group and self.total and not conj:
                return False
            self.group += v
            self.u = True
            self.last_elem = v
        elif cls == TEN:
            if self.u and not conj and not self.t and not self.teen:
                self.group += 10  # ثلاثة عشر, أحد عشر
                self.teen = True
                self.only_units = False
            elif not (self.u or self.t or self.teen or self.dig or self.frac):
                self.group += 10
                self.teen = True
            else:
                return False
            self.last_elem = self.group
        elif cls == TEEN:
            if self.u or self.t or self.teen or self.dig or self.frac:
                return False
            self.group += v
            self.teen = True
            self.only_units = False
        elif cls == TENS:
            if self.t or self.teen or self.dig or self.frac or (self.u and not conj):
                return False
            self.group += v
            self.t = True
            self.last_elem = v
            self.only_units = False
        elif cls == HUNDREDS or (cls == WEAK and v == 200):
            if self.group or self.frac:
                return False
            self.group = v
            self.h = True
            self.only_units = False
            self.weak = cls == WEAK and not self.any
        elif cls in (MULT, MULT_DUAL, MULT_PLURAL):
            self.only_units = False
            if (
                not conj
                and self.group
                and not self.h
                and cls != MULT_DUAL
                and (self.u or self.dig or self.frac or self.teen or self.t)
            ):
                self.group *= v  # ثلاث مئة, ٣ مئة, نصف دزينة, ٣ دزينات
                self.u = self.t = self.teen = self.dig = self.frac = False
                self.h = True
            elif cls == MULT_PLURAL:
                return False
            elif not self.group:
                self.group = v
                self.h = True
            elif conj and v < 100 and not (self.u or self.t or self.teen or self.dig):
                self.group += v  # ثلاث مئة ودزينتين
            else:
                return False
            self.last_elem = None
        elif cls in (SCALE, SCALE_PLURAL, SCALE_DUAL):
            self.only_units = False
            if cls == SCALE_DUAL:
                if self.group or v >= self.last_scale:
                    return False
                self.total += 2 * v
                self.head = 2.0
            elif cls == SCALE and self._dual_construct(e, j):
                self.total += 2 * v  # ألفا جندي: the dual before its noun lost its ن
                self.head = 2.0
            else:
                if cls == SCALE_PLURAL and not self.group:
                    return False
                g = self.group or 1.0
                if v < self.last_scale:
                    self.total += g * v
                elif v == self.last_scale and self.frac_of_scale:
                    self.total += g * v  # ثلاثة مليارات ونصف مليار
                elif not self.group and self.prev_scale and not conj and v > self.last_scale:
                    self.total *= v  # ألف مليون
                else:
                    return False
                self.head = g
            self.last_scale = min(self.last_scale, v)
            self.max_scale = max(self.max_scale, v)
            self._close_group()
            self.prev_scale = True
            return True
        elif cls == FRACTION or (cls == WEAK and v == 0.5):
            if self.frac:
                return False
            if not self.group:
                if self.total:
                    if not conj:
                        return False
                    self.frac_of_scale = True  # ثلاثة ملايين ونصف
                self.group = v
            elif conj and self.h and not (self.u or self.t or self.teen or self.dig):
                self.group += v * 100  # مئة ونصف is 150, as ألف ونصف is 1,500
            elif conj:
                self.group += v  # واحد ونصف, مائة وثلاثة وثلث
            else:
                return False
            self.frac = True
            self.weak = cls == WEAK and not self.any
            self.last_elem = None
        elif cls == FRACTION_PLURAL:
            if not self.group or self.frac:
                return False
            last = self.last_elem
            if last is not None and last < v:
                self.group = self.group - last + last / v  # مئة وثلاثة أرباع
            else:
                self.group /= v  # واحد وعشرون أخماس
            self.frac = True
            self.last_elem = None
        else:
            return False
        self.prev_scale = False
        return True

    def value(self) -> float:
        if self.frac_of_scale and self.last_scale != float("inf"):
            return self.total + self.group * self.last_scale
        return self.total + self.group


def read_number(tokens: list[Tok], i: int) -> NumberReading | None:
    """Read the number that starts at tokens[i], or None.

    >>> toks = scan(normalize("نقل ثلاثة آلاف وخمسمائة معتقل").text)
    >>> read_number(toks, 1).value
    3500.0
    """
    lex = lexicon()
    n = len(tokens)
    kind, text, _, _ = tokens[i]
    sign = 1.0
    j = i
    if kind == "w":
        e = lex.get(text)
        if e is None:
            return None
        if e.cls == NEGATIVE:
            j += 1
            sign = -1.0
            if j >= n or tokens[j][0] not in "nw":
                return None
            kind, text = tokens[j][0], tokens[j][1]
        elif e.cls in (VAGUE, SCALE_PLURAL) or (e.cls == WEAK and e.value == 3):
            return _read_vague(tokens, i, lex)
    r = _Reader(tokens, lex)
    end = j
    conj = False
    while j < n:
        kind, text, start, _ = tokens[j]
        if kind == "w" and text == "و":
            if not r.any:
                break
            conj = True
            j += 1
            continue
        if kind == "n":
            # a digit token glued to a word (SY24) or inside a longer figure is not ours
            if r.any and not conj and not r.prev_scale:
                break
            if not r.digits_ok(parse_digits(text), conj):
                break
            r.digits = True
        elif kind == "w":
            e = lex.get(text)
            if e is None:
                break
            if e.cls == POINT and r.any and not r.total and not r.frac:
                decimals = _read_decimals(tokens, j + 1, lex)
                if decimals is None:
                    break
                r.group += decimals[0]
                j = decimals[1]
                end = j
                conj = False
                continue
            prefix = e.prefix
            if text == "واحد" and r.any:
                conj = True  # ألف وأحد عشر: و + أحد, written like واحد once normalised
            if prefix.startswith(("و", "ف")) and r.any:
                conj = True
                prefix = prefix[1:]
            if r.any and prefix and not (prefix == "ال" and r.definite and conj):
                break
            if not r.any and has_article(prefix):
                r.definite = True
            if not r.word_ok(e, conj, j):
                break
            r.words = True
            if e.cls == ORDINAL:
                r.ordinal = True
        else:
            break
        r.any = True
        conj = False
        j += 1
        end = j
    if not r.any:
        return None
    value = r.value()
    if not math.isfinite(value):
        return None  # 1e999: no figure a reader can compare
    if r.weak and end - i > 1:
        r.weak = False
    definite = r.definite
    # A definite tens or hundreds is an ordinal (الذكرى العشرين); a definite teen made with a
    # cardinal unit is not (البحارة الأربعة عشر; the ordinal is الرابع عشر).
    ordinal = r.ordinal or (definite and not r.only_units and not (r.teen and r.u))
    if definite and r.only_units and not r.ordinal:
        base = lex[tokens[i][1]].base if tokens[i][0] == "w" else ""
        if base in ARTICLE_IN_COMPOUND_ONLY and end - i == 1:
            return None  # الشخص الواحد
    value *= sign
    fraction = r.frac and abs(value) < 1 and r.max_scale == 1
    reading = NumberReading(
        value,
        value,
        value,
        i,
        end,
        r.words,
        r.digits,
        ordinal=ordinal,
        fraction=fraction,
        definite=definite,
        weak=r.weak,
        scale=r.max_scale,
        head=r.head,
    )
    return _read_parts_of(tokens, reading, lex)


def _read_decimals(tokens: list[Tok], j: int, lex: dict[str, Entry]) -> tuple[float, int] | None:
    """The decimals after فاصلة: واحد فاصلة خمسة وعشرون → .25"""
    if j >= len(tokens):
        return None
    if tokens[j][0] == "n" and tokens[j][1].isdigit():
        return float("0." + tokens[j][1]), j + 1
    after = read_number(tokens, j)
    if after is None or after.value is None or after.value != int(after.value) or after.value < 0:
        return None
    return float("0." + str(int(after.value))), after.end


_PART = ("جزء", "اجزاء")


def _read_parts_of(tokens: list[Tok], reading: NumberReading, lex) -> NumberReading:
    """واحد جزء من مئة, عشرين أجزاء من خمسة وعشرين: a numerator over a denominator."""
    j = reading.end
    if (
        j + 2 < len(tokens)
        and tokens[j][1] in _PART
        and tokens[j + 1][1] == "من"
        and reading.value is not None
    ):
        below = read_number(tokens, j + 2)
        if below is not None and below.value:
            value = reading.value / below.value
            return NumberReading(
                value,
                value,
                value,
                reading.first,
                below.end,
                True,
                reading.digits or below.digits,
                fraction=True,
            )
    return reading


def _read_vague(tokens: list[Tok], i: int, lex: dict[str, Entry]) -> NumberReading | None:
    """عشرات [20, 99], مئات الآلاف [200,000, 999,999], آلاف [2,000, 9,999], بضعة آلاف."""
    e = lex[tokens[i][1]]
    if e.cls == VAGUE and e.value == 1 or e.cls == WEAK:
        low_factor, high_factor, unit = 3.0, 9.0, 1.0  # بضع, بضعة, عدة
    else:
        low_factor, high_factor, unit = 2.0, None, e.value
    j = i + 1
    n = len(tokens)
    while j < n and tokens[j][0] == "w":
        nxt = lex.get(tokens[j][1])
        if nxt is None or nxt.prefix not in ("", "ال") or nxt.value <= 1:
            break
        if nxt.cls in (SCALE, SCALE_PLURAL) or (nxt.cls == VAGUE and unit == 1):
            unit *= nxt.value  # عشرات الآلاف, بضع مئات
        else:
            break
        j += 1
    if e.cls == WEAK and j == i + 1:
        return None  # عدة alone is "several", no figure
    low = low_factor * unit
    high = high_factor * unit if high_factor else 10 * unit - 1
    return NumberReading(
        None,
        low,
        high,
        i,
        j,
        True,
        False,
        vague=True,
        definite=has_article(e.prefix),
        scale=unit,
    )


def parse_number(text: str) -> float | None:
    """The value of `text` when the whole of it is one number, else None.

    >>> [parse_number(t) for t in ("٣٫٤", "ثلاثمائة وخمسين", "12 ألف", "اثنتا عشرة", "التحالف")]
    [3.4, 350.0, 12000.0, 12.0, None]
    """
    tokens = scan(normalize(text).text)
    if not tokens:
        return None
    sign = 1.0
    first = 0
    if tokens[0][1] in ("-", "−") and len(tokens) > 1 and tokens[1][0] == "n":
        sign, first = -1.0, 1
    reading = read_number(tokens, first)
    if reading is None or reading.end != len(tokens) or reading.value is None:
        return None
    return sign * reading.value
