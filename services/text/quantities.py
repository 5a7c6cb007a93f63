"""Every figure of an article with its meaning: value or interval, kind, unit, what is counted
and how it is qualified, with code-point offsets into the text it was read from.

Over 600 lines: the reader is one left-to-right scan whose steps (number, scale, unit, range,
qualifier, counted noun) share the token stream and the figure under construction; the word
rules already live beside it (numerals, units, qualifiers, counted, dates).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from services.lexicon import derived
from services.models import Kind, Quantity, Sentence
from services.text import dates
from services.text.arabic import NormalizedText, normalize, normalize_plain, stem
from services.text.counted import counted_after, counted_before, has_article
from services.text.lexicon import is_function_word, word_list
from services.text.number_words import ORDINAL, lexicon
from services.text.numerals import NumberReading, Tok, parse_digits, read_number, scan
from services.text.qualifiers import interval, qualifier_after, qualifier_before, without_proclitics
from services.text.units import (
    Measure,
    Unit,
    construct_dual,
    dual,
    dual_words,
    read_unit,
    unit_before,
    unit_noun,
    unit_words,
)

# Range markers between two numbers; "و" only after بين, "أو" when the second is larger.
_RANGE_MARKERS = frozenset(("الي", "-", "–", "—", "حتي", "او", "و"))
# "to" as a clitic glued to the second number after من (من 20 لـ30, من الـ20 للـ30)
_TO_CLITICS = ("ل", "لل")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# The words these rules read (reference nouns, strength words, verbs of change, words of a
# match, toll verbs, واحد as a pronoun) are lists of reading_words.tsv: word_list(name).
_DEGREE_WORDS = frozenset(("درجه", "درجات"))
_HEAT_REACH = 4  # words before a bare «N درجة» where a word of heat makes it a temperature
# Fractions spelt like a number (خمس is five and a fifth): a fraction before a definite noun
# (خُمس التمويل), or marked with its damma; five never counts a definite noun.
_FRACTION_LOOKALIKES = {"خمس": 1 / 5, "سبع": 1 / 7, "تسع": 1 / 9, "عشر": 1 / 10}
_DAMMA = "\u064f"
# One and two follow the noun they count, as adjectives: هدف واحد, متهمين اثنين.
_ADJECTIVE_NUMBERS = frozenset(("واحد", "واحده", "اثنين", "اثنان", "اثنتين", "اثنتان"))
_CHANGE_REACH = 5  # words between the verb and من: ارتفع سعر لتر البنزين من ...
# Coins worth a hundredth of the currency before them (cents, piastres, halalas).
_HUNDREDTHS = frozenset(("cent", "piastre", "halala"))
_SCORE_REACH = 6  # words either side of a score where a match's words are looked for
_HALF_WORDS = {"ونصف": 0.5, "وربع": 0.25, "ونص": 0.5, "وثلث": 1 / 3}
_SOME_WORDS = frozenset(("ونيف", "نيف"))
# Words between a verb of placing and its ordinal adverb (reading_words.tsv: placing_verbs), at
# most: حل المغربي عثمان الراضي ثالثا.
_RANK_REACH = 4
# Particles that deny a verb of passing: لم تتجاوز 40 is at most 40.
_DENIALS = frozenset(("لم", "لا", "لن"))
_BLOCKED = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")


@dataclass
class _Figure:
    """The figure being read: token span, meaning, and the index to resume scanning at."""

    first: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    kind: Kind
    unit: str | None = None
    counted: int | None = None  # token index of the counted noun
    counted_stem: str | None = None
    qualifier: str | None = None
    trim: int = 0  # proclitic letters at the start of the first token left out of the span


class _Reader:
    """Reads the figures of one text, left to right, never overlapping."""

    def __init__(self, text: str, view: NormalizedText | None = None):
        self.view: NormalizedText = normalize(text) if view is None else view
        self.tokens: list[Tok] = scan(self.view.text)
        self.lex = lexicon()
        view = self.view.text
        links = "@" in view or "http" in view or "www." in view
        self.blocked = [m.span() for m in _BLOCKED.finditer(view)] if links else []
        self.floor = 0  # token index before which an earlier figure lies

    # -- helpers over tokens --------------------------------------------------------------

    def word(self, j: int) -> str:
        if 0 <= j < len(self.tokens) and self.tokens[j][0] == "w":
            return self.tokens[j][1]
        return ""

    def text_at(self, j: int) -> str:
        return self.tokens[j][1] if 0 <= j < len(self.tokens) else ""

    def phrase_at(self, j: int, table: dict[tuple[str, ...], str], size: int) -> str | None:
        if j < self.floor or j + size > len(self.tokens):
            return None
        return table.get(tuple(t[1] for t in self.tokens[j : j + size]))

    def is_blocked(self, j: int) -> bool:
        pos = self.tokens[j][2]
        return any(a <= pos < b for a, b in self.blocked)

    # -- the figure at one token ------------------------------------------------------------

    def read(self, i: int) -> _Figure | None:
        kind = self.tokens[i][0]
        if kind == "d":
            year, month, day = dates.slash_date(self.tokens[i][1])
            return _Figure(i, i + 1, day, day, day, Kind.DATE, dates.iso_date(year, month, day))
        if kind == "t":
            hours = dates.clock_value(self.tokens[i][1])
            return _Figure(i, i + 1, hours, hours, hours, Kind.TIME, self.tokens[i][1])
        month = dates.read_month(self.tokens, i - 1) if i >= 1 else None
        if month is not None and month[2] > i:
            return None  # تشرين الأول, ربيع الثاني: a month's name, not an ordinal
        reading = read_number(self.tokens, i)
        if reading is None:
            return self.read_dual(i) or self.read_unit_and_fraction(i) or self.read_placing(i)
        if (share := self.fraction_lookalike(reading)) is not None:
            reading = replace(reading, value=share, low=share, high=share, fraction=True)
        if reading.weak and read_unit(self.tokens, reading.end) is None:
            return None
        if reading.end == i + 1 and self.tokens[i][1] == "الف" and self.verb_alf(i):
            return None
        one = reading.value == 1 and reading.words and reading.end == i + 1
        if one and self.word(i - 1) in word_list("pronoun_one_before"):
            return None
        unit = self.unit_before_one(self.word(i - 1)) if one and i - 1 >= self.floor else None
        if unit is not None and unit.kind != Kind.PERCENT:
            # شهرا واحدا, ساعة واحدة: the unit before "one", which only stresses it
            return _Figure(i - 1, reading.end, 1.0, 1.0, 1.0, unit.kind, unit.code)
        return self.read_reading(reading)

    def fraction_lookalike(self, r: NumberReading) -> float | None:
        """خُمس التمويل, سبع السكان: the share a fraction spelt like a number stands for, when
        the word is written with its damma or a definite noun follows it (five, seven, nine
        and ten count an indefinite plural: خمس سنوات)."""
        word = self.text_at(r.first)
        share = _FRACTION_LOOKALIKES.get(word)
        if share is None or r.end != r.first + 1 or r.first < self.floor:
            return None
        start, end = self.view.to_original(self.tokens[r.first][2], self.tokens[r.first][3])
        marked = _DAMMA in self.view.original[start + 1 : start + 3]
        nxt = self.word(r.first + 1)
        return share if marked or (nxt.startswith("ال") and len(nxt) > 3) else None

    def verb_alf(self, i: int) -> bool:
        """ألّف (wrote) is spelt like ألف (thousand): the shadda tells them apart, and a lone
        thousand is never followed by a definite noun (ألف الكاتب كتابا)."""
        start, end = self.view.to_original(self.tokens[i][2], self.tokens[i][3])
        return "\u0651" in self.view.original[start:end] or has_article(self.word(i + 1))

    def read_dual(self, i: int) -> _Figure | None:
        d = dual(self.tokens[i][1])
        if d is None:
            d = construct_dual(self.tokens[i][1])
            nxt = self.word(i + 1)
            # حالتي إصابة, سيارتا إسعاف: the dual in construct before an indefinite noun;
            # before a definite word or a preposition it is "my": حالتي الصحية, رحلتي إلى
            mine = len(nxt) < 3 or has_article(nxt) or nxt in word_list("not_a_construct_after")
            if d is None or mine:
                return None
        if d.unit is None and has_article(self.tokens[i][1]):
            return None  # البلدان, الطرفان: the two already named, not a count of them
        kind = d.unit.kind if d.unit else Kind.COUNT
        fig = _Figure(i, i + 1, 2.0, 2.0, 2.0, kind, d.unit.code if d.unit else None)
        if d.unit is None:
            fig.counted = i
            fig.counted_stem = stem(d.singular)
        fig.trim = _proclitic_length(self.tokens[i][1], d.singular)
        if self.text_at(i + 1) == "تحت" and self.text_at(i + 2) == "الصفر":
            fig.value = fig.low = fig.high = -2.0  # درجتين تحت الصفر
            fig.kind, fig.unit, fig.counted, fig.counted_stem = Kind.TEMPERATURE, "°C", None, None
            fig.end = i + 3
        qualifier, qstart, qtrim = self.qualifier_before(i)
        if qualifier not in (None, "from", "between"):
            fig.first, fig.trim = qstart, qtrim  # قرابة شهرين, أكثر من يومين
            _qualify(fig, qualifier)
        return fig

    def read_placing(self, i: int) -> _Figure | None:
        """حل ثالثا, جاءت أولا: an ordinal adverb after a verb of placing."""
        value = _ordinal_adverbs().get(self.tokens[i][1])
        if value is None:
            return None
        verbs = word_list("placing_verbs")
        for k in range(i - 1, max(self.floor, i - 1 - _RANK_REACH) - 1, -1):
            word = self.word(k)
            if not word:
                return None  # punctuation: another clause
            if any(form in verbs for form, _ in without_proclitics(word)):
                return _Figure(i, i + 1, value, value, value, Kind.ORDINAL)
        return None

    def read_unit_and_fraction(self, i: int) -> _Figure | None:
        """ساعة ونصف, لتر وربع: one unit and a fraction of it; يوما كاملا: one whole unit."""
        unit = unit_noun(self.tokens[i][1])
        if unit is None or unit.kind == Kind.PERCENT:
            return None
        extra, end = self.fraction_after(i + 1)
        whole = self.word(i + 1) in word_list("whole_unit_words")
        if not extra and whole and unit.kind == Kind.DURATION:
            return _Figure(i, i + 2, 1.0, 1.0, 1.0, unit.kind, unit.code)
        if not extra:
            return None
        value = 1 + extra
        return _Figure(i, end, value, value, value, unit.kind, unit.code)

    def fraction_after(self, j: int) -> tuple[float, int]:
        word = self.text_at(j)
        if word in _HALF_WORDS:
            return _HALF_WORDS[word], j + 1
        if word == "و" and "و" + self.text_at(j + 1) in _HALF_WORDS:
            return _HALF_WORDS["و" + self.text_at(j + 1)], j + 2
        return 0.0, j

    def read_reading(self, r: NumberReading) -> _Figure:  # noqa: C901 — one figure, many forms
        tokens = self.tokens
        i = r.first
        first, end = i, r.end
        value, low, high = r.value, r.low, r.high

        # SY24, F-16, 4K: digits glued to Latin letters name a thing
        if r.digits and not r.words and self.glued_to_latin(i, end):
            return _Figure(i, end, value, value, value, Kind.IDENTIFIER)

        # a match's score (فاز 2-1) names a result; it counts nothing
        score_end = self.score_end(r)
        if score_end is not None:
            return _Figure(i, score_end, value, value, value, Kind.IDENTIFIER)

        # a minus sign glued to the digits, unless it joins two numbers (2500-3000)
        sign_gap = False
        minus = tokens[i][0] == "n" and self.text_at(i - 1) in ("-", "−") and i - 1 >= self.floor
        # not a sign when the hyphen joins a word to the number (كوفيد-19) or two numbers
        joined = i >= 2 and (tokens[i - 2][0] == "n" or tokens[i - 2][3] == tokens[i - 1][2])
        if minus and not joined:
            if tokens[i - 1][3] == tokens[i][2]:
                value, low, high = -value, -high, -low
                first = i - 1
            else:
                sign_gap = True  # "- 2 درجة": negative only for a temperature

        fig = _Figure(first, end, value, low, high, Kind.COUNT)
        fig.trim = self.proclitic_trim(r)
        qualifier, qstart, qtrim = self.qualifier_before(first)
        if qualifier is None and (passing := self.passing_before(first)) is not None:
            qualifier, qstart, qtrim = passing  # تجاوزت سرعتها 90, لم تتجاوز نسبتها 40

        # ranges: من 2500 إلى 3000, بين 2500 و3000, 2500-3000, خمسة أو ستة
        # ارتفع عدد القتلى من 30 إلى 45: the old and the new figure, not a range; the old one
        # is in the new one's unit (من 1000 إلى 1500 ليرة)
        change = (
            qualifier == "from"
            and self.text_at(end) in ("الي", "حتي", *_TO_CLITICS)
            and self.after_change_verb(qstart)
        )
        rng = (
            None
            if change
            else self.read_range(
                r, end, between=qualifier == "between", after_from=qualifier == "from"
            )
        )
        if change:
            qualifier = None
            new_end = self.second_end(end)
            hit = read_unit(tokens, new_end) if new_end is not None else None
            if hit is not None and read_unit(tokens, end) is None:
                fig.kind, fig.unit = hit[0].kind, hit[0].code
        if rng is not None:
            fig.low, fig.high, end, second = rng
            fig.value = None
            fig.end = end
            if qualifier in ("from", "between"):
                fig.first, fig.trim = qstart, qtrim
                qualifier = None
            fig.qualifier = "range"
            if self.both_years(r, second):
                fig.kind = Kind.YEAR
                return fig
        elif qualifier in ("from", "between"):
            qualifier = None

        # what it measures: a unit after, or a currency sign before
        unit_hit = read_unit(tokens, end)
        if unit_hit is not None and self.unit_is_year_marker(r, unit_hit, end):
            unit_hit = None
        if unit_hit is not None:
            unit, uend = unit_hit
            fig.kind, fig.unit = unit.kind, unit.code
            fig.end = end = uend
            extra, fend = self.fraction_after(end)
            if extra and read_unit(tokens, fend) is not None:
                extra = 0.0  # 25 نقطة أساس وربع نقطة مئوية: a second figure, not a quarter
            if extra and fig.value is not None:
                fig.value += extra  # ثلاث ساعات ونصف
                fig.low, fig.high = fig.value, fig.value
                fig.end = end = fend
            if unit.kind == Kind.MONEY and unit.code not in _HUNDREDTHS:
                end = fig.end = self.add_cents(fig, end)
        elif (before := unit_before(tokens, first)) is not None and before[1] >= self.floor:
            unit, ustart = before
            fig.kind, fig.unit = unit.kind, unit.code
            fig.first, fig.trim = ustart, 0
            end = fig.end = self.add_cents(fig, end)
        elif self.percent_sign_before(first):
            # %9.1: a right-to-left text copied from a left-to-right one puts the sign first
            fig.kind, fig.unit = Kind.PERCENT, "%"
            fig.first, fig.trim = first - 1, 0

        if unit_hit is None and fig.kind == Kind.COUNT and self.is_magnitude(fig, first):
            fig.kind, fig.unit = Kind.MAGNITUDE, "Richter"
            if self.text_at(end) in _DEGREE_WORDS:
                end = fig.end = end + 1
        # degrees below zero: سبع درجات تحت الصفر, 5 تحت الصفر
        degrees = unit_hit is None and fig.kind == Kind.COUNT and self.text_at(end) in _DEGREE_WORDS
        below = end + 1 if degrees else end
        if self.text_at(below) == "تحت" and self.text_at(below + 1) == "الصفر" and fig.value:
            _negate(fig)
            fig.kind, fig.unit = Kind.TEMPERATURE, fig.unit or "°C"
            end = fig.end = below + 2
        elif sign_gap and (fig.kind == Kind.TEMPERATURE or self.text_at(end) in _DEGREE_WORDS):
            _negate(fig)
            fig.first = first - 1
            if degrees:  # - 2 درجة
                fig.kind, fig.unit = Kind.TEMPERATURE, "°C"
                end = fig.end = end + 1
        elif degrees and fig.value is not None and fig.value < 0:
            fig.kind, fig.unit = Kind.TEMPERATURE, "°C"  # -7 درجات, سالب 3 درجات
            end = fig.end = end + 1
        if fig.kind == Kind.COUNT and self.word(first - 1) in ("الحراره", "حراره"):
            fig.kind, fig.unit = Kind.TEMPERATURE, "°C"  # درجة الحرارة -5
        elif degrees and fig.kind == Kind.COUNT and self.heat_before(min(first, qstart)):
            # حرارة قاربت 51 درجة, سجل الزئبق 48 درجة: degrees of heat without «مئوية»
            fig.kind, fig.unit = Kind.TEMPERATURE, "°C"
            end = fig.end = end + 1

        # names, dates, years, times, ordinals
        if fig.kind not in (Kind.MONEY, Kind.PERCENT) and self.is_reference(first, r):
            # a sum or a share is never a name: سعر الكيلو 120 جنيها
            fig.kind, fig.unit = Kind.IDENTIFIER, None
            fig.counted = first - 1
            fig.counted_stem = stem(self.tokens[first - 1][1])
            return fig
        if unit_hit is None and fig.kind == Kind.COUNT:
            if self.read_date(fig, r, qualifier) or self.read_year(fig, r, qualifier, rng):
                return fig
            if self.is_time(r, first, end):
                fig.kind = Kind.TIME
                return fig
            if self.is_phone(r):
                fig.kind = Kind.IDENTIFIER
                return fig
            if r.ordinal:
                fig.kind = Kind.ORDINAL
                prev = self.word(first - 1)
                if prev and first - 1 >= self.floor and has_article(prev):
                    fig.counted = first - 1  # العملية الثالثة
                elif not r.definite:
                    fig.counted = self.counted_after(end, Kind.COUNT)  # رابع عملية
                    if (
                        fig.counted is None
                        and prev
                        and first - 1 >= self.floor
                        and prev not in word_list("not_counted")
                        and prev not in self.lex
                    ):
                        fig.counted = first - 1  # صحفي رابع
                return fig
            if r.fraction:
                fig.kind = Kind.FRACTION

        # qualifiers, before and after
        after, aend = self.qualifier_after(end)
        if after is not None and qualifier is None:
            qualifier = after
            fig.end = end = aend
        if qualifier is not None:
            if qstart < fig.first:
                fig.first, fig.trim = qstart, qtrim
            _qualify(fig, qualifier)
        if r.vague and fig.qualifier is None:
            fig.qualifier = "vague"
        self.read_some(fig, r)

        # what is counted
        if fig.kind in (Kind.COUNT, Kind.FRACTION, Kind.PERCENT) and fig.counted is None:
            fig.counted = self.counted_after(end, fig.kind, r.vague)
            if fig.counted is None:
                fig.counted = self.counted_before(fig.first, r)
                unit = self.time_unit_before(fig.counted)
                if unit is not None:
                    # الأيام الثلاثة, أسابيع المحاكمة الستة: a duration, as ثلاثة أيام is
                    fig.kind, fig.unit, fig.counted = unit.kind, unit.code, None
            if fig.counted is None and fig.kind == Kind.COUNT:
                fig.counted = self.noun_before_adjective(r)
            if fig.counted is not None and qualifier is None and fig.qualifier != "range":
                later, _ = self.qualifier_after(fig.counted + 1)
                if later is not None:
                    _qualify(fig, later)  # 60 شخصا تقريبا, 12 قتيلا على الأقل
        if fig.kind == Kind.COUNT and fig.counted is not None and self.dot_groups_thousands(r):
            fig.value, fig.low, fig.high = (
                x * 1000 if x is not None else None for x in (fig.value, fig.low, fig.high)
            )
        return fig

    def heat_before(self, first: int) -> bool:
        """A word of heat (reading_words.tsv, heat_words) within _HEAT_REACH words before."""
        words = word_list("heat_words")
        for k in range(first - 1, max(self.floor, first - _HEAT_REACH) - 1, -1):
            word = self.word(k)
            if not word:
                return False  # punctuation: another clause
            if any(form in words for form, _ in without_proclitics(word)):
                return True
        return False

    @staticmethod
    def unit_before_one(word: str) -> Unit | None:
        """The unit a word before «واحد» names, behind a preposition or و as well (مقارنة بيوم
        واحد, لساعة واحدة)."""
        unit = unit_noun(word)
        for clitic in ("وب", "ول", "وف", "ب", "ل", "و", "ف"):
            if unit is None and word.startswith(clitic) and len(word) - len(clitic) >= 3:
                unit = unit_noun(word[len(clitic) :])
        return unit

    def time_unit_before(self, j: int | None) -> Unit | None:
        """The unit of time a definite noun before a definite number names (الأيام, أسابيع)."""
        if j is None:
            return None
        word = self.word(j)
        unit = unit_noun(word[2:] if word.startswith("ال") else word)
        return unit if unit is not None and unit.kind == Kind.DURATION else None

    def noun_before_adjective(self, r: NumberReading) -> int | None:
        """هدف واحد, متهمين اثنين: the noun before one or two written as its adjective. It
        agrees with the number: a dual before two (in ين or ان), a feminine in ة before واحدة,
        and a word in ت before واحد is most often a verb (وبرّأت اثنين, أصابت واحدا)."""
        j = r.first - 1
        word = self.word(j)
        number = self.text_at(r.first)
        agrees = (
            word.endswith(("ين", "ان"))
            if number.startswith("اثن")
            else word.endswith("ه")
            if number == "واحده"
            else not word.endswith(("ت", "وا", "ون"))
        )
        if (
            r.end != r.first + 1
            or number not in _ADJECTIVE_NUMBERS
            or not agrees
            or j < self.floor
            or len(word) < 3
            or has_article(word)
            or word in self.lex
            or word in word_list("not_counted")
            or word in word_list("pronoun_one_before")
            or is_function_word(word)
        ):
            return None
        return j

    def dot_groups_thousands(self, r: NumberReading) -> bool:
        """12.000 شخص, 3.500 معتقل: one dot before exactly three digits groups thousands in a
        count of whole things (Maghreb, Gulf and European house style), since 12.5 people is
        no count. Not for money (a Kuwaiti or Tunisian dinar has three decimals: 1.500 دينار),
        units, or a scale word after (1.250 مليون), nor for the Arabic decimal mark (١٢٫٥٠٠)."""
        tok = self.tokens[r.first]
        if r.words or r.end != r.first + 1 or not _DOT_THOUSANDS.fullmatch(tok[1]):
            return False
        start, end = self.view.to_original(tok[2], tok[3])
        return "." in self.view.original[start:end]

    # -- parts of a figure -----------------------------------------------------------------

    def is_magnitude(self, fig: _Figure, first: int) -> bool:
        """زلزال بقوة 6.8 درجات, بلغت قوته 7: a strength under 10 in degrees or bare."""
        value = fig.value
        if value is None or not 0 < value < 10 or first - 1 < self.floor:
            return False
        if self.word(first - 1) not in word_list("strength_words"):
            return False
        if self.text_at(fig.end) in _DEGREE_WORDS or value != int(value):
            return True  # a decimal strength needs no word after it (بقوة ٦٫٢ يهز)
        return counted_after(self.tokens, fig.end) is None

    def score_end(self, r: NumberReading) -> int | None:
        """The end of a score such as 2-1 or 3:0, or of added time (90+3), opening at r, or
        None. A larger first figure
        is no range (a range rises), so it is a score; a smaller one only beside a match's
        words (خسر 1-3 في المباراة)."""
        tokens, j = self.tokens, r.end
        if not (r.digits and not r.words and r.end == r.first + 1) or j + 1 >= len(tokens):
            return None
        sep, second = tokens[j], tokens[j + 1]
        if sep[1] not in ("-", "–", ":", "+") or second[0] != "n":
            return None
        if not (tokens[r.first][3] == sep[2] and sep[3] == second[2]):
            return None  # a score is written tight: 2-1
        a, b = r.value, parse_digits(second[1])
        if not (a == int(a) and b == int(b) and 0 <= b <= 200 and a <= 200):
            return None
        if sep[1] == "+":
            return j + 2  # a minute of added time (د90+3) names a moment of the match
        if a < b:
            lo = max(self.floor, r.first - _SCORE_REACH)
            near = {self.word(k) for k in range(lo, min(len(tokens), j + 2 + _SCORE_REACH))}
            if not near & word_list("match_words"):
                return None
        return j + 2

    def passing_before(self, first: int) -> tuple[str, int, int] | None:
        """The first token of «a verb of passing, what it measures» right before a figure, and
        the proclitic letters to leave out of it; None when there is none. تجاوزت سرعتها 90 and
        تخطى عدد القتلى 100 are more than the figure; the measure noun is required, since
        تجاوزت القوات 3 حواجز is a crossing, not a bound. Denied (لم تتجاوز نسبتها 40), the
        figure is a ceiling."""
        verbs, nouns = word_list("passing_verbs"), word_list("measure_nouns")
        for gap in (1, 2):  # the measure noun, and perhaps what it measures (عدد القتلى)
            v = first - 1 - gap
            if v < self.floor:
                return None
            words = [self.word(j) for j in range(v, first)]
            if not all(words):
                return None
            cuts = [cut for form, cut in without_proclitics(words[0]) if form in verbs]
            if cuts and _measure_noun(words[1], nouns):
                # denied (لم تتجاوز نسبة المشاركة 40), the figure is a ceiling
                denial = [c for f, c in without_proclitics(self.word(v - 1)) if f in _DENIALS]
                if denial and v - 1 >= self.floor:
                    return "at_most", v - 1, denial[0]
                return "more_than", v, cuts[0]
        return None

    def percent_sign_before(self, first: int) -> bool:
        """A percent sign glued to the front of the number (%9.1), that is not the sign of a
        number before it (5% 10)."""
        j = first - 1
        if j < self.floor or j < 0 or self.tokens[j][1] not in ("%", "٪"):
            return False
        if self.tokens[j][3] != self.tokens[first][2] or self.tokens[first][0] != "n":
            return False
        return not (j >= 1 and self.tokens[j - 1][0] == "n")

    def glued_to_latin(self, i: int, end: int) -> bool:
        tokens = self.tokens
        start, stop = tokens[i][2], tokens[end - 1][3]
        if i >= 1 and tokens[i - 1][3] == start:
            prev = tokens[i - 1]
            if prev[0] == "w" and prev[1].isascii():
                return True
            hyphen = prev[1] == "-" and i >= 2 and tokens[i - 2][3] == prev[2]
            if hyphen and tokens[i - 2][0] == "w":
                return True  # F-16, كوفيد-19
        if end < len(tokens) and tokens[end][2] == stop and tokens[end][0] == "w":
            word = tokens[end][1]
            if word.isascii() and read_unit(tokens, end) is None:
                return True  # 4K, 5G
        return False

    def proclitic_trim(self, r: NumberReading) -> int:
        tok = self.tokens[r.first]
        if tok[0] != "w":
            return 0
        entry = self.lex.get(tok[1])
        return _conjunction_length(entry.prefix) if entry else 0

    def qualifier_before(self, first: int) -> tuple[str | None, int, int]:
        return qualifier_before(self.tokens, first, self.floor)

    def qualifier_after(self, j: int) -> tuple[str | None, int]:
        return qualifier_after(self.tokens, j, self.floor)

    def read_range(self, r: NumberReading, j: int, between: bool, after_from: bool = False):
        tokens = self.tokens
        if r.value is None or r.ordinal or j >= len(tokens):
            return None
        marker = tokens[j][1]
        k = j + 1
        if after_from and marker in _TO_CLITICS and tokens[j][0] == "w":
            marker = "الي"  # من 20 لـ30: "to" written as the clitic لـ glued to the number
        elif between and marker == "وال":
            marker = "و"  # بين الـ20 والـ30
        elif marker in _RANGE_MARKERS and k < len(tokens) and tokens[k][:2] == ("w", "ال"):
            k += 1  # من 20 إلى الـ30
        if marker not in _RANGE_MARKERS:
            entry = self.lex.get(marker) if tokens[j][0] == "w" else None
            if not (between and entry is not None and entry.prefix.startswith("و")):
                return None
            marker, k = "و", j  # بين ثلاثة وخمسة
        if marker == "و" and not between:
            return None
        if k >= len(tokens):
            return None
        second = read_number(tokens, k)
        if second is None or second.value is None or second.ordinal or second.weak:
            return None
        low, high = r.value, second.value
        if second.scale > 1 and r.scale == 1 and second.head is not None and low <= second.head:
            low *= second.scale  # بين 2 و3 ملايين
        if high <= low:
            return None
        if marker == "او" and high > 10 * low:
            return None
        if marker in ("-", "–", "—") and not (r.digits and second.digits):
            return None
        return low, high, second.end, second

    def second_end(self, j: int) -> int | None:
        """The end of the number after the range marker at tokens[j] (إلى 1500), or None."""
        second = read_number(self.tokens, j + 1) if j + 1 < len(self.tokens) else None
        return second.end if second is not None else None

    def after_change_verb(self, start: int) -> bool:
        """A verb of change (ارتفع, تراجع ...) a few words before "من X إلى Y": X is where a
        figure moved from, Y where it moved to."""
        lo = max(self.floor, start - _CHANGE_REACH)
        verbs = word_list("change_verbs")
        for k in range(lo, start):
            word = self.word(k)
            if word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs):
                return True
        return False

    def both_years(self, r: NumberReading, second: NumberReading) -> bool:
        def year_like(x: NumberReading) -> bool:
            text = self.tokens[x.first][1]
            return x.end == x.first + 1 and len(text) == 4 and text.isdigit()

        after = self.word(second.end)
        # a noun of people or one in the accusative after it (ما بين 1500 و2000 شخص) counts
        counted = after in _people_words() or (
            after.endswith("ا") and counted_after(self.tokens, second.end) == second.end
        )
        return (
            year_like(r)
            and year_like(second)
            and not counted
            and read_unit(self.tokens, second.end) is None  # من 1000 إلى 1500 ليرة
            and 1000 <= (r.value or 0) <= 2100
            and 1000 <= (second.value or 0) <= 2100
        )

    def unit_is_year_marker(self, r: NumberReading, hit: tuple[Unit, int], end: int) -> bool:
        """2023 م is a year (ميلادي), not 2023 metres, unless a word of length stands just
        before it: على ارتفاع 1200 م, بعمق 1500 م."""
        unit, _ = hit
        text = self.tokens[r.first][1]
        lengths = word_list("length_words")
        for k in (r.first - 1, r.first - 2):
            for form, _ in without_proclitics(self.word(k)) if k >= self.floor else ():
                if form in lengths or (form.startswith("ال") and form[2:] in lengths):
                    return False
        return (
            unit.code == "m"
            and self.tokens[end][1] == "م"
            and r.end == r.first + 1
            and len(text) == 4
            and text.isdigit()
            and 1000 <= int(text) <= 2100
        )

    def add_cents(self, fig: _Figure, end: int) -> int:
        """20 دولار و43 سنت, 20$ 43c, 3 جنيهات و50 قرشا: the hundredths join the amount."""
        j = end
        if self.text_at(j) == "و":
            j += 1
        if j >= len(self.tokens) or fig.value is None:
            return end
        cents = read_number(self.tokens, j)
        if cents is None or cents.value is None or not 0 < cents.value < 100:
            return end
        hit = read_unit(self.tokens, cents.end)
        if hit is None or hit[0].code not in _HUNDREDTHS:
            return end
        fig.value += cents.value / 100
        fig.low = fig.high = fig.value
        return hit[1]

    def is_reference(self, first: int, r: NumberReading) -> bool:
        if not r.digits or r.words or first - 1 < self.floor:
            return False
        prev = self.word(first - 1)
        if not prev:
            return False
        if (
            r.value is not None
            and r.value < 1000
            and self.word(r.end) == "من"
            and self.word(r.end + 1).endswith(("ها", "هم", "هن"))
        ):
            # لصالح القرار 13 من قضاتها: thirteen of its judges (its, their), not resolution
            # 13; a resolution's number is seldom that small and followed by من + "its"
            return False
        names = word_list("reference_nouns")
        indefinite = word_list("reference_nouns_indefinite")
        for form, _ in without_proclitics(prev):
            if form in names or form in indefinite:
                return True
            if form.startswith("ال") and form[2:] in names:
                return True
        return False

    def read_date(self, fig: _Figure, r: NumberReading, qualifier: str | None) -> bool:
        value = r.value
        if value is None or value != int(value) or r.vague:
            return False
        tokens = self.tokens
        if fig.qualifier == "range":
            # من 13 إلى 15 نيسان: days of one month
            days = (fig.low, fig.high)
            if all(d is not None and d == int(d) and 1 <= d <= 31 for d in days):
                found = dates.read_date_after(tokens, fig.end)
                if found is not None and found[0] is not None:
                    month, year, hijri, end = found
                    fig.kind, fig.end = Kind.DATE, end
                    fig.unit = dates.iso_date(year, month, None, hijri)
                    return True
            return False
        if 1 <= value <= 31 and (r.words or len(tokens[r.first][1]) <= 2):
            found = dates.read_date_after(tokens, r.end)
            if found is not None:
                month, year, hijri, end = found
                fig.kind, fig.end = Kind.DATE, end
                fig.unit = dates.iso_date(year, month, int(value), hijri) if month else None
                return True
        if r.digits and not r.words and len(tokens[r.first][1]) == 4 and r.end == r.first + 1:
            before = dates.month_before(tokens, r.first)
            if before is not None and before[2] >= self.floor:
                month, hijri, start = before
                fig.kind, fig.first, fig.trim = Kind.DATE, start, 0
                fig.unit = dates.iso_date(int(value), month, None, hijri)
                return True
        return False

    def read_year(self, fig: _Figure, r: NumberReading, qualifier: str | None, rng) -> bool:
        text = self.tokens[r.first][1]
        if rng is not None or r.words or r.end != r.first + 1 or not text.isdigit():
            return False
        value = int(text)
        prev = self.word(r.first - 1) if r.first - 1 >= self.floor else ""
        after = self.text_at(r.end)
        year = False
        if dates.is_year_word(prev) and 3 <= len(text) <= 4:
            year = True
        elif after in ("م", "ه") and len(text) == 4 and 1000 <= value <= 2100:
            year = True
            fig.end = r.end + 1
        elif (
            (qualifier is None or dates.is_year_hint(prev))
            and len(text) == 4
            and 1900 <= value <= 2100
        ):
            # a noun in the accusative after it (1950 شخصا) makes it a count, never a year
            counted = self.word(r.end)
            tamyiz = counted.endswith("ا") and counted_after(self.tokens, r.end) == r.end
            # and so does a noun for people (2059 آخرون, 2012 مصابين) or a verb of a toll
            # before it (وأصيب 2059)
            people = counted in _people_words() or prev in _toll_verbs()
            year = not (tamyiz or people) and (
                dates.is_year_hint(prev) or value % 100 != 0 or not counted
            )
        if year:
            fig.kind = Kind.YEAR
        return year

    def is_time(self, r: NumberReading, first: int, end: int) -> bool:
        if r.value is None or not 0 <= r.value <= 24:
            return False
        return dates.is_hour_word(self.word(first - 1)) or dates.is_day_part(self.text_at(end))

    def is_phone(self, r: NumberReading) -> bool:
        text = self.tokens[r.first][1]
        if r.words or r.end != r.first + 1 or not text.isdigit():
            return False
        plus = self.text_at(r.first - 1) == "+"
        return len(text) >= 8 and (text.startswith("0") or plus)

    def read_some(self, fig: _Figure, r: NumberReading) -> None:
        """عشرون ونيف [21, 29], ألف ونيف [1,001, 1,999]."""
        j = fig.end
        word = self.text_at(j)
        if word == "و":
            j += 1
            word = "و" + self.text_at(j)
        if word not in _SOME_WORDS or fig.value is None or fig.qualifier:
            return
        step = r.scale if r.scale > 1 else (100.0 if fig.value >= 100 else 10.0)
        fig.low, fig.high = fig.value + 1, fig.value + step - 1
        fig.qualifier = "and_some"
        fig.end = j + 1

    def counted_after(self, j: int, kind: Kind, vague: bool = False) -> int | None:
        return counted_after(
            self.tokens, j, percent=kind == Kind.PERCENT, vague=vague, madda=self.madda
        )

    def madda(self, j: int) -> bool:
        """Whether token j starts with آ in the original (آلية, آلاف: no article)."""
        if not 0 <= j < len(self.tokens):
            return False
        at = self.view.offsets[self.tokens[j][2]]
        return self.view.original[at : at + 1] == "آ"

    def counted_before(self, first: int, r: NumberReading) -> int | None:
        """المعتقلين الـ 750, الدول الثلاث: a definite noun before a definite number."""
        return counted_before(self.tokens, first, self.floor, digits=r.digits, definite=r.definite)

    # -- the Quantity -----------------------------------------------------------------------

    def quantity(self, fig: _Figure) -> Quantity | None:
        tokens = self.tokens
        vs = tokens[fig.first][2] + fig.trim
        ve = tokens[fig.end - 1][3]
        start, end = self.view.to_original(vs, ve)
        if end <= start:
            return None
        counted = counted_stem = None
        if fig.counted is not None:
            cs, ce = self.view.to_original(tokens[fig.counted][2], tokens[fig.counted][3])
            counted = self.view.original[cs:ce]
            counted_stem = fig.counted_stem or stem(counted)
        approximate = fig.qualifier is not None or fig.low != fig.high
        return Quantity(
            text=self.view.original[start:end],
            start=start,
            end=end,
            value=_tidy(fig.value),
            low=_tidy(fig.low),
            high=_tidy(fig.high),
            approximate=approximate,
            kind=fig.kind,
            unit=fig.unit,
            counted=counted,
            counted_stem=counted_stem,
            qualifier=fig.qualifier,
        )


def _measure_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether a normalised word is one of `nouns` with or without the article or a possessive
    pronoun: عدد, العدد, عددهم, سرعتها (its teh marbuta written as ت before the pronoun)."""
    bare = word[2:] if word.startswith("ال") else word
    if bare in nouns:
        return True
    for suffix in ("هما", "هم", "هن", "ها", "ه"):
        if bare.endswith(suffix) and len(bare) > len(suffix) + 1:
            stem_ = bare[: -len(suffix)]
            if stem_ in nouns or (stem_.endswith("ت") and stem_[:-1] + "ه" in nouns):
                return True
    return False


def _conjunction_length(prefix: str) -> int:
    """Letters of و/ف/ب/ل/ك before the number word; the article stays inside the span."""
    if prefix.endswith("لل"):
        return len(prefix) - 2
    if prefix.endswith("ال"):
        return len(prefix) - 2
    return len(prefix)


def _proclitic_length(word: str, singular: str) -> int:
    base = normalize_plain(singular)[:2]
    for cut in range(0, 4):
        if word[cut:].startswith(base) or word[cut:].startswith("ال" + base):
            return cut
    return 0


def _negate(fig: _Figure) -> None:
    fig.value = -fig.value if fig.value is not None else None
    low, high = fig.low, fig.high
    fig.low = -high if high is not None else None
    fig.high = -low if low is not None else None


def _qualify(fig: _Figure, qualifier: str) -> None:
    fig.low, fig.high = interval(fig.low, fig.high, qualifier)
    fig.qualifier = qualifier


def _tidy(x: float | None) -> float | None:
    """Round away binary noise (0.1 * 3) without losing real decimals."""
    if x is None:
        return None
    return float(f"{x:.12g}")


@derived
def _ordinal_adverbs() -> dict[str, float]:
    """ثالثا, أولا: the masculine ordinals in the accusative, with their value."""
    return {
        e.base + "ا": float(e.value)
        for e in lexicon().values()
        if e.cls == ORDINAL and not e.prefix and not e.base.endswith("ه")
    }


@derived
def _people_words() -> frozenset[str]:
    """Normalised nouns of people counted in news (lexicon classes, people in general, آخرون)
    as written after a number, without the article."""
    from services.text.lexicon import plain_set

    words = plain_set("noun_classes", "word") | plain_set("people_nouns")
    return words | plain_set("anaphoric_nouns")


@derived
def _toll_verbs() -> frozenset[str]:
    """Verbs of a toll written before its figure, with or without و/ف: قتل, وأصيب."""
    verbs = word_list("toll_verbs")
    return frozenset(p + v for v in verbs for p in ("", "و", "ف"))


@derived
def _trigger_words() -> frozenset[str]:
    """Words a figure can start with: number words, duals (يومين) and unit nouns (ساعة ونصف)."""
    return frozenset(lexicon()) | dual_words() | unit_words() | frozenset(_ordinal_adverbs())


def extract_quantities(
    text: str,
    sentences: tuple[Sentence, ...] | None = None,
    *,
    view: NormalizedText | None = None,
) -> tuple[Quantity, ...]:
    """Every figure in `text`, sorted by start; `sentence` is filled when sentences are given.
    `view` is `normalize(text)` when the caller has it already (an article's analysis).

    >>> [(q.text, q.low, q.high, q.kind.value) for q in extract_quantities("نقل نحو 60 معتقلا")]
    [('نحو 60', 54.0, 66.0, 'count')]
    """
    reader = _Reader(text, view)
    tokens = reader.tokens
    triggers = _trigger_words()
    found: list[Quantity] = []
    i, n = 0, len(tokens)
    while i < n:
        kind, word = tokens[i][0], tokens[i][1]
        fig = None
        candidate = kind in ("n", "d", "t") or (kind == "w" and word in triggers)
        if candidate and not reader.is_blocked(i):
            fig = reader.read(i)
        if fig is None:
            i += 1
            continue
        q = reader.quantity(fig)
        # one character can stand for several in the view (¼ → 1⁄4): never two figures in it
        if q is not None and (not found or q.start >= found[-1].end):
            found.append(q)
        reader.floor = max(fig.end, (fig.counted or 0) + 1, i + 1)
        i = reader.floor
    found = _joined_durations(found, text)
    found = _elided_units(found, text)
    if sentences:
        found = _attach_sentences(found, sentences)
    return tuple(found)


def _joined_durations(found: list[Quantity], text: str) -> list[Quantity]:
    """A duration written in falling units joined by و is one figure (ساعتين و6 دقائق و14
    ثانية: 2 h 6 min 14 s), given in its first unit (2.104 h) and read from its first word to
    its last."""
    from dataclasses import replace

    from services.text.units import measure

    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        if (
            p is not None
            and p.kind is Kind.DURATION
            and q.kind is Kind.DURATION
            and text[p.end : q.start].strip() == "و"
            and p.value
            and q.value is not None
        ):
            head, tail = measure(p), measure(q)
            factor = head.value / p.value if head.value is not None else None
            if (
                factor
                and head.unit == tail.unit
                and tail.value is not None
                and tail.value < factor  # a smaller unit than the one before (and less of it)
            ):
                out[-1] = replace(
                    p,
                    text=text[p.start : q.end],
                    end=q.end,
                    value=p.value + tail.value / factor,
                    low=_plus(p.low, q.low, tail, q, factor),
                    high=_plus(p.high, q.high, tail, q, factor),
                    approximate=p.approximate or q.approximate,
                )
                continue
        out.append(q)
    return out


# Scale words that end a figure whose unit is left out (24 ألفاً after 28 ألف ميغاواط).
_SCALE_ENDS = frozenset(("الف", "الفا", "الاف", "مليون", "مليونا", "ملايين", "مليار", "مليارا"))
_ELIDED_REACH = 80  # characters from a figure with a unit to the one that leaves it out
_ELIDED_RATIO = 10  # at most this many times larger or smaller than the figure it follows
_CLAUSE_ENDS = frozenset(".؟?!؛;:\n")
_ELIDED_KINDS = frozenset(
    (Kind.MONEY, Kind.POWER, Kind.ENERGY, Kind.VOLUME, Kind.WEIGHT, Kind.AREA, Kind.LENGTH)
)


def _elided_units(found: list[Quantity], text: str) -> list[Quantity]:
    """A count that ends on a scale word and names nothing takes the unit of the figure just
    before it in the same sentence: «رفعت الطلب إلى 28 ألف ميغاواط، في حين يبلغ الإنتاج 24
    ألفاً» (24,000 MW), «الصادرات 112 مليار درهم والواردات 183 ملياراً»."""
    from dataclasses import replace

    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        if (
            p is not None
            and p.kind in _ELIDED_KINDS
            and p.unit
            and q.kind is Kind.COUNT
            and not q.counted
            and q.value
            and p.value
            and normalize_plain(q.text.split()[-1]) in _SCALE_ENDS
            and q.start - p.end <= _ELIDED_REACH
            and not _CLAUSE_ENDS & set(text[p.end : q.start])
            and 1 / _ELIDED_RATIO <= q.value / p.value <= _ELIDED_RATIO
        ):
            q = replace(q, kind=p.kind, unit=p.unit)
        out.append(q)
    return out


def _plus(
    bound: float | None, other: float | None, tail: Measure, q: Quantity, factor: float
) -> float | None:
    """A bound of the joined duration: the first's bound plus the second's, in the first's
    unit (None, unbounded, stays None)."""
    if bound is None or other is None or q.value is None or tail.value is None:
        return None
    return bound + other * (tail.value / q.value) / factor


def _attach_sentences(found: list[Quantity], sentences: tuple[Sentence, ...]) -> list[Quantity]:
    from dataclasses import replace

    starts = [s.start for s in sentences]
    out = []
    for q in found:
        k = bisect_right(starts, q.start) - 1
        index = sentences[k].index if k >= 0 and q.start < sentences[k].end else -1
        out.append(replace(q, sentence=index))
    return out


def quantity_to_dict(q: Quantity) -> dict:
    """The JSON shape of a quantity (issue 3): whole numbers print without ".0"."""

    def number(x: float | None) -> float | int | None:
        if x is None or not math.isfinite(x) or x != int(x) or abs(x) >= 2**53:
            return x
        return int(x)

    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "value": number(q.value),
        "low": number(q.low),
        "high": number(q.high),
        "approximate": q.approximate,
        "kind": q.kind.value,
        "unit": q.unit,
        "counted": q.counted,
        "counted_stem": q.counted_stem,
        "qualifier": q.qualifier,
        "sentence": q.sentence,
    }
