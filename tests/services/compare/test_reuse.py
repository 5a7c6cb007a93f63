"""Word-for-word reuse: a passage carried from one version into another is a copy even with a
new lead-in, other punctuation or a clitic typed apart; the same claim in other words is not."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.compare.reuse import COPY_RUN, carried, copied, reuse_words

WIRE = (
    "وأعلنت وزارة الزراعة أن موجة الصقيع أتلفت محاصيل الحمضيات في السهل الساحلي "
    "وألحقت خسائر بمئات المزارعين خلال الأسبوع الماضي."
)


def is_copy(a: str, b: str) -> bool:
    return copied(reuse_words(a), reuse_words(b))


@pytest.mark.parametrize(
    "copy",
    [
        # a new lead-in and the source's attribution moved to the end
        "وفي هذا السياق، أعلنت الوزارة أن موجة الصقيع أتلفت محاصيل الحمضيات في السهل "
        "الساحلي وألحقت خسائر بمئات المزارعين، بحسب بيان رسمي.",
        # quotation marks, a conjunction typed apart, diacritics and hamza changed
        "و أعلنت وزارة الزراعة أنّ ” موجة الصقيع اتلفت محاصيل الحمضيات في السهل الساحلي “ .",
        # the passage cut in two by the copier: the first half still carries it
        "قالت الوزارة إن موجة الصقيع أتلفت محاصيل الحمضيات في السهل الساحلي.",
    ],
)
def test_a_passage_carried_with_small_edits_is_a_copy(copy):
    assert is_copy(WIRE, copy)
    assert is_copy(copy, WIRE)


@pytest.mark.parametrize(
    "paraphrase",
    [
        "ضربت موجة برد شديدة بساتين البرتقال على الساحل وتكبد المزارعون خسائر كبيرة.",
        "قالت وزارة الزراعة إن الصقيع ألحق أضرارا بمحاصيل الحمضيات في المناطق الساحلية.",
        # the same set phrase, the rest in other words
        "وتضرر مئات المزارعين خلال الأسبوع الماضي من موجة الصقيع في السهل الساحلي.",
    ],
)
def test_the_same_claim_in_other_words_is_no_copy(paraphrase):
    assert carried(reuse_words(WIRE), reuse_words(paraphrase)) < COPY_RUN
    assert not is_copy(WIRE, paraphrase)


def test_a_short_sentence_copied_whole_is_a_copy_though_shorter_than_the_run():
    assert is_copy("عاجل: انفجار في ميناء المدينة", "انفجار في ميناء المدينة.")
    assert not is_copy("دولي سوريا العراق", "أخبار دولي سوريا العراق")  # a label, not a passage
    assert not is_copy("انفجار في ميناء المدينة", "انفجار في مطار المدينة")


def test_reuse_words_drop_what_copy_editing_changes_first():
    assert reuse_words("و أشار ” المصدر “ إلى ٣ مواقع ف الشمال") == reuse_words(
        "وأشار المصدر إلى 3 مواقع الشمال"
    )


@given(st.text(max_size=80), st.text(max_size=80))
def test_carried_is_symmetric_and_bounded(a, b):
    wa, wb = reuse_words(a), reuse_words(b)
    n = carried(wa, wb)
    assert n == carried(wb, wa)
    assert 0 <= n <= min(len(wa), len(wb))
    assert carried(wa, wa) == len(wa)
