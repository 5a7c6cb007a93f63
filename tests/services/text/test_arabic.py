"""Normalisation is a view with a faithful map back; tokens and stems meet across forms."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.text.arabic import normalize, normalize_plain, stem, tokenize


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("إرهابيًا", "ارهابيا"),
        ("أكَّدَ", "اكد"),
        ("آلاف", "الاف"),
        ("مستشفى", "مستشفي"),
        ("الحكومة", "الحكومه"),
        ("٧٥٠", "750"),
        ("۱۲۳", "123"),
        ("١٢٫٥", "12.5"),
        ("١٢٬٠٠٠", "12,000"),
        ("الـــحسكة", "الحسكه"),
        ("ﻻ", "لا"),
        ("نقل\u200f 60", "نقل 60"),
    ],
)
def test_normalise(written, normalised):
    assert normalize(written).text == normalised
    assert normalize_plain(written) == normalised


def test_original_is_never_rewritten():
    text = "نُقِلَ ٧٥٠ إرهابيًّا"
    view = normalize(text)
    assert view.original == text
    start = view.text.index("750")
    assert view.to_original(start, start + 3) == (text.index("٧٥٠"), text.index("٧٥٠") + 3)


def test_trailing_marks_belong_to_the_word():
    text = "إرهابيًّا قتل"
    token = tokenize(text)[0]
    assert token.text == "إرهابيًّا"
    assert token.norm == "ارهابيا"


@pytest.mark.parametrize(
    "forms",
    [
        ("الإرهابيين", "إرهابيا", "الإرهابي", "إرهابيًا"),
        ("الحكومة", "الحكومات", "والحكومة", "بالحكومة"),
        ("المعتقلين", "معتقلي", "معتقلين"),
    ],
)
def test_forms_of_a_word_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1


def test_digits_keep_their_value_in_tokens():
    tokens = tokenize("نقل ٧٥٠ و12,000 و3.4")
    assert [t.norm for t in tokens] == ["نقل", "750", "و", "12,000", "و", "3.4"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_offsets_always_map_back(text):
    view = normalize(text)
    assert len(view.offsets) == len(view.text) + 1
    assert list(view.offsets) == sorted(view.offsets)
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert 0 <= token.start < token.end <= len(text)


def test_the_diacritics_removed_are_camel_tools_own():
    # arabic.py lists camel-tools' Arabic diacritics rather than import its charsets module
    # (~0.4 s at first use); the two must stay one list.
    from camel_tools.utils.charsets import AR_DIAC_CHARSET

    from services.text.arabic import _AR_DIACRITICS

    assert _AR_DIACRITICS == AR_DIAC_CHARSET


def test_each_code_point_is_unicode_normalised_as_by_camel_tools():
    # arabic.py spells out camel-tools' normalize_unicode rather than import it (~15-20 ms of
    # the first comparison): the two must agree, on every code point of the Basic Multilingual
    # Plane (beyond it, both are plain NFKC).
    from camel_tools.utils.normalize import normalize_unicode

    from services.text.arabic import _normalize_unicode

    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue  # surrogates: never in a decoded text
        ch = chr(code)
        assert _normalize_unicode(ch) == normalize_unicode(ch), hex(code)


def test_each_arabic_code_point_normalises_as_through_camel_tools_dediac():
    from camel_tools.utils.dediac import dediac_ar

    from services.text.arabic import _char_rules, _normalize_char

    normalize_unicode, local_dediac = _char_rules()
    blocks = [(0x0600, 0x0700), (0x0750, 0x0780), (0x0870, 0x0900), (0xFB50, 0xFE00)]
    blocks.append((0xFE70, 0xFF00))
    for first, end in blocks:
        for code in range(first, end):
            folded = normalize_unicode(chr(code))
            assert local_dediac(folded) == dediac_ar(folded), hex(code)
    assert _normalize_char("\u064e") == "" and _normalize_char("\ufefb") == "لا"


@given(st.text())
def test_the_view_is_each_character_normalised(text):
    # normalize() reads a text word by word through a cache: the same as translating it whole.
    assert normalize(text).text == normalize_plain(text)
    assert normalize(text + " " + text).text == normalize_plain(text) + " " + normalize_plain(text)


def test_the_word_cache_is_emptied_when_full(monkeypatch):
    from services.text import arabic

    monkeypatch.setattr(arabic, "_MAX_WORDS", 3)
    arabic._WORDS.clear()
    text = "قالَ الوزيرُ إنّ ٧٥٠ شخصاً نُقلوا الى المستشفى"
    assert normalize(text).text == "قال الوزير ان 750 شخصا نقلوا الي المستشفي"
    assert len(arabic._WORDS) <= 3
