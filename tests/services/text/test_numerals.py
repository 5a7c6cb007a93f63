"""Numbers as Arabic news writes them: digits in three scripts with their separators, and
number words from zero to trillions in their gender and case forms."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.text.arabic import normalize
from services.text.number_words import lexicon
from services.text.numerals import parse_digits, parse_number, read_number, scan


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("750", 750),
        ("٧٥٠", 750),
        ("۷۵۰", 750),  # Persian digits
        ("١٢٫٥", 12.5),
        ("١٢٬٠٠٠", 12000),
        ("12,000", 12000),
        ("1,234,567.5", 1234567.5),
        ("12 000", 12000),
        ("12\u00a0000", 12000),
        ("3.4", 3.4),
        ("5,25", 5.25),  # a comma before two digits is a decimal comma
        ("0,125", 0.125),
        ("1.234.567", 1234567),
        ("١،٢٣٤،٥٦٧", 1234567),
        ("-15", -15),
        ("سالب ثلاثة", -3),
        ("2.5e3", 2500),
    ],
)
def test_digits(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("صفر", 0),
        ("واحد", 1),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("ثلاثه", 3),
        ("ثماني", 8),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثنتا عشرة", 12),
        ("اثني عشر", 12),
        ("تسعة عشر", 19),
        ("ثلاثون", 30),
        ("ثلاثين", 30),
        ("ثلاثة وأربعين", 43),
        ("سبعة و تسعون", 97),
        ("مئة", 100),
        ("مائة", 100),
        ("مئة وعشرة", 110),
        ("مئتين", 200),
        ("مائتان", 200),
        ("ثلاثمائة", 300),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("خمسمائة وستة وسبعون", 576),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ألفان", 2000),
        ("ألفي", 2000),
        ("عشرة آلاف", 10000),
        ("خمسة عشر ألفا", 15000),
        ("أربعة آلاف وثلاثمائة وواحد وعشرون", 4321),
        ("مئتين وخمسين ألفا", 250000),
        ("مليون", 1e6),
        ("مليونين", 2e6),
        ("ثلاثة ملايين", 3e6),
        ("مليار", 1e9),
        ("ترليون", 1e12),
        ("تريليون", 1e12),
        ("ألف مليون", 1e9),
        ("12 ألف", 12000),
        ("١٢ ألفاً", 12000),
        ("3.4 مليار", 3.4e9),
        ("مليون و200 ألف", 1.2e6),
        ("3 آلاف و500", 3500),
        ("ثلاثة مليارات ونصف مليار", 3.5e9),
        ("ثلاثة مليارات ونصف", 3.5e9),
        ("مليون ونصف", 1.5e6),
        ("نصف مليون", 5e5),
        ("ربع مليار", 2.5e8),
        ("نصف", 0.5),
        ("ثلاثة أرباع", 0.75),
        ("خمسة أثمان", 0.625),
        ("واحد ونصف", 1.5),
        ("مئة ونصف", 150),
        ("مئتين ونصف", 250),
        ("دزينة", 12),
        ("نصف دستة", 6),
        ("وخمسة", 5),
        ("بألفين", 2000),
    ],
)
def test_words(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("الأول", 1),
        ("الثاني", 2),
        ("الثالثة", 3),
        ("ثالث", 3),
        ("الحادي عشر", 11),
        ("الثالث عشر", 13),
        ("الثانية عشرة", 12),
        ("الحادي والعشرون", 21),
        ("الخامس والعشرين", 25),
        ("العشرين", 20),
        ("المئة", 100),
    ],
)
def test_ordinals(written, value):
    tokens = scan(normalize(written).text)
    reading = read_number(tokens, 0)
    assert reading is not None and reading.ordinal
    assert reading.value == value and reading.end == len(tokens)


@pytest.mark.parametrize("written", ["الثلاثة", "الدول الثلاث"])
def test_definite_units_are_cardinal(written):
    tokens = scan(normalize(written).text)
    reading = read_number(tokens, len(tokens) - 1)
    assert reading is not None and not reading.ordinal and reading.value == 3


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("عشرات", 20, 99),
        ("العشرات", 20, 99),
        ("مئات", 200, 999),
        ("آلاف", 2000, 9999),
        ("الآلاف", 2000, 9999),
        ("عشرات الآلاف", 20000, 99999),
        ("مئات الآلاف", 200000, 999999),
        ("ملايين", 2e6, 1e7 - 1),
        ("بضعة آلاف", 3000, 9000),
    ],
)
def test_vague_plurals_are_intervals(written, low, high):
    tokens = scan(normalize(written).text)
    reading = read_number(tokens, 0)
    assert reading.vague and reading.value is None
    assert (reading.low, reading.high) == (low, high)
    assert parse_number(written) is None  # no single value


@pytest.mark.parametrize(
    "written",
    [
        "التحالف",  # holds الف
        "المستشار",  # holds ست
        "الألفية",
        "الثلاثاء",
        "الأربعاء",
        "التسعينيات",
        "الاثنين",  # Monday
        "أحد",  # "one of" / "anyone"
        "إحدى",
        "عدة",
        "",
        "abc",
        "ثلاثة ثلاثة",  # two numbers, not one
        "2500 و3000",
        "1e999",  # not finite
    ],
)
def test_not_one_number(written):
    assert parse_number(written) is None


def test_lexicon_entries_are_normalised():
    for surface, entry in lexicon().items():
        assert normalize(surface).text == surface
        assert surface.endswith(entry.base)


_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة"]
_HUNDREDS.append("تسعمئة")


def _spell_below_thousand(n: int) -> str:
    parts = [_HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if rest == 0:
        pass
    elif rest < 10 or rest == 10:
        parts.append(_UNITS[rest] if rest < 10 else "عشرة")
    elif rest == 11:
        parts.append("أحد عشر")
    elif rest == 12:
        parts.append("اثنا عشر")
    elif rest < 20:
        parts.append(_UNITS[rest - 10] + " عشر")
    elif rest % 10 == 0:
        parts.append(_TENS[rest // 10])
    else:
        parts.append(_UNITS[rest % 10] + " و" + _TENS[rest // 10])
    return " و".join(parts)


def spell(n: int) -> str:
    """Standard Arabic for 1 ≤ n < 1,000,000 (masculine, nominative)."""
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفان")
    elif 3 <= thousands <= 10:
        parts.append(_spell_below_thousand(thousands) + " آلاف")
    elif thousands:
        parts.append(_spell_below_thousand(thousands) + " ألف")
    if rest:
        parts.append(_spell_below_thousand(rest))
    return " و".join(parts)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_read_back(n):
    assert parse_number(spell(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_read_back_in_every_script_and_grouping(n):
    arabic_indic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    assert parse_number(str(n)) == n
    assert parse_number(str(n).translate(arabic_indic)) == n
    if n >= 1000:
        assert parse_number(f"{n:,}") == n
        assert parse_number(f"{n:,}".replace(",", "٬").translate(arabic_indic)) == n


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_parses_or_not_without_error(text):
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩.,،٫٬ ^eE+-"))
def test_digit_soup_never_breaks(text):
    for kind, token, _, _ in scan(normalize(text).text):
        if kind == "n":
            parse_digits(token)


# Digits, separators, bidi marks, words, symbols and every kind of space, line breaks too.
_SCANNED = st.lists(
    st.sampled_from(
        list("0123456789.,،/:-+eE^_ \t\n\r\f\v\u00a0\u2009\u3000\u202b\u2067")
        + ["قتل", "ألف", "مليون", "abc", "١٢", "؟", "(", "%"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(_SCANNED)
def test_scan_finds_the_tokens_of_the_whole_pattern_tried_everywhere(view):
    # scan() turns spaces away before trying the token kinds: the same tokens as trying every
    # kind at every character.
    import re

    from services.text.numerals import _TOKENS

    whole = [(m.lastgroup, m.group(), m.start(), m.end()) for m in re.finditer(_TOKENS, view)]
    assert scan(view) == whole
