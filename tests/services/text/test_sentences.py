"""Sentences split where a reader would stop, never inside a number, abbreviation or quote."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.text.sentences import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. ثم غادر.", ["وصل الوفد.", "ثم غادر."]),
        ("هل وصل الوفد؟ نعم وصل!", ["هل وصل الوفد؟", "نعم وصل!"]),
        ("بلغ النمو 3.4 بالمئة. وتراجع", ["بلغ النمو 3.4 بالمئة.", "وتراجع"]),
        ("بلغ ١٢٫٥ مليون. ثم", ["بلغ ١٢٫٥ مليون.", "ثم"]),
        ("نحو 12,000 معتقل. ثم", ["نحو 12,000 معتقل.", "ثم"]),
        ("قال د. أحمد إن الوضع هادئ. وأضاف", ["قال د. أحمد إن الوضع هادئ.", "وأضاف"]),
        ("ونقلت U.S. Army الجنود. ثم", ["ونقلت U.S. Army الجنود.", "ثم"]),
        ("قال: «انتهى الأمر. لن نعود». ثم غادر.", ["قال: «انتهى الأمر. لن نعود».", "ثم غادر."]),
        ('وقال "تم النقل. وانتهى" أمس. ثم', ['وقال "تم النقل. وانتهى" أمس.', "ثم"]),
        ("العنوان\n\nالفقرة الأولى؛ والثانية", ["العنوان", "الفقرة الأولى؛", "والثانية"]),
        ("   \n  . \n", []),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


def test_an_unclosed_quote_does_not_swallow_the_article():
    text = "قال «بدأ الهجوم. " + "وتواصل القصف على المدينة طوال الليل. " * 30
    assert len(split_sentences(text)) > 20


def test_a_line_break_ends_a_sentence_even_inside_quotes():
    assert texts("قال «بدأ\nالهجوم»") == ["قال «بدأ", "الهجوم»"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab سجن.؟!؛\n«»"3٫,١ ')), max_size=80) | st.text())
def test_spans_slice_the_text_in_order(text):
    previous_end = 0
    for i, s in enumerate(split_sentences(text)):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert previous_end <= s.start < s.end
        assert not s.text[0].isspace() and not s.text[-1].isspace()
        previous_end = s.end
