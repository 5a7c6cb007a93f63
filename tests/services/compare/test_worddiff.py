"""Word diffs inside a link: which words one version added, dropped or replaced, with spans
that mark them in both texts."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.compare.worddiff import diff_words
from services.models import DiffTag
from services.text.arabic import tokenize


def diff(a: str, b: str):
    return diff_words(tokenize(a), tokenize(b), a, b)


def ops(a: str, b: str) -> list[tuple[str, str]]:
    return [(op.op.value, op.text) for op in diff(a, b)]


def test_the_same_sentence_is_one_equal_run_covering_both():
    a = "نقلت القوات الأمريكية 750 إرهابيا من سجن الصناعة."
    [op] = diff(a, a)
    assert op.op is DiffTag.EQUAL
    assert op.left == op.right == (0, len(a) - 1)  # the final full stop is not a word


def test_an_added_word_is_an_insert_marked_in_the_right_text_only():
    a, b = "نقلت القوات 60 معتقلا", "نقلت القوات الأمريكية 60 معتقلا"
    assert ops(a, b) == [("equal", "نقلت القوات"), ("insert", "الأمريكية"), ("equal", "60 معتقلا")]
    insert = diff(a, b)[1]
    assert insert.left is None
    assert b[insert.right[0] : insert.right[1]] == "الأمريكية"


def test_a_dropped_word_is_a_delete_marked_in_the_left_text_only():
    a, b = "قالت مصادر محلية إن القصف استهدف السوق", "قالت مصادر إن القصف استهدف السوق"
    assert ("delete", "محلية") in ops(a, b)
    delete = next(op for op in diff(a, b) if op.op is DiffTag.DELETE)
    assert delete.right is None
    assert a[delete.left[0] : delete.left[1]] == "محلية"


def test_a_replaced_figure_is_a_delete_and_an_insert():
    a = "نقلت المروحيات نحو 60 إرهابيا من السجن"
    b = "نقلت المروحيات 750 إرهابيا من السجن"
    got = ops(a, b)
    assert ("delete", "نحو 60") in got
    assert ("insert", "750") in got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("نقل ٧٥٠ إرهابياً", "نقل 750 إرهابيا"),  # digits' script and tanween
        ("أعلنت الأمم المتحدة", "اعلنت الامم المتحده"),  # hamza and teh marbuta
        ("قُتل سبعةُ أشخاصٍ", "قتل سبعة أشخاص"),  # diacritics
    ],
)
def test_what_normalisation_removes_is_not_a_difference(a, b):
    assert [op for op, _ in ops(a, b)] == ["equal"]


def test_punctuation_inside_an_equal_run_is_kept_from_the_left_text():
    a, b = "قالت المصادر: نُقل المعتقلون، ثم أُفرج عنهم", "قالت المصادر نقل المعتقلون ثم افرج عنهم"
    [op] = diff(a, b)
    assert op.text == a


def test_empty_sides():
    assert diff("", "") == ()
    [op] = diff("", "خبر عاجل")
    assert op.op is DiffTag.INSERT and op.text == "خبر عاجل"
    [op] = diff("خبر عاجل", "")
    assert op.op is DiffTag.DELETE


WORDS = ["نقل", "القوات", "750", "٧٥٠", "نحو", "إرهابيا", "من", "سجن", "الحسكة", "،", ".", "قال"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.text(alphabet=" \n", min_size=1, max_size=3),
)
def test_runs_cover_both_sentences_in_order_with_valid_spans(left, right, space):
    a, b = space.join(left), space.join(right)
    ta, tb = tokenize(a), tokenize(b)
    result = diff_words(ta, tb, a, b)
    left_words, right_words = [], []
    for op in result:
        if op.left is not None:
            start, end = op.left
            assert 0 <= start < end <= len(a)
            left_words += [t for t in ta if start <= t.start and t.end <= end]
        if op.right is not None:
            start, end = op.right
            assert 0 <= start < end <= len(b)
            right_words += [t for t in tb if start <= t.start and t.end <= end]
        source = b if op.op is DiffTag.INSERT else a
        span = op.right if op.op is DiffTag.INSERT else op.left
        assert op.text == source[span[0] : span[1]]
        assert (op.left is None) == (op.op is DiffTag.INSERT)
        assert (op.right is None) == (op.op is DiffTag.DELETE)
    # Every word of each side is in exactly one run of that side, in reading order.
    assert left_words == list(ta)
    assert right_words == list(tb)
    # Equal runs pair words with the same normalised form.
    for op in result:
        if op.op is DiffTag.EQUAL:
            lw = [t.norm for t in ta if op.left[0] <= t.start and t.end <= op.left[1]]
            rw = [t.norm for t in tb if op.right[0] <= t.start and t.end <= op.right[1]]
            assert lw == rw
