"""Two sentences whose figures pair fairly surely (tuning.FIGURE_LINK_SCORE) and whose words
are related (tuning.FIGURE_LINK_*) state one claim, even with other figures and few
shared words: the link carries the figure pair."""

import pytest

from services.compare.comparison import compare
from services.models import Article


def article(text: str) -> Article:
    return Article(None, "", "", "", "", text, text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one crowd, two estimates, the verbs and nouns reworded (حضر / تابع, متفرج / مشجع)
        ("وحضر النهائي نحو 45 ألف متفرج.", "وتابع المباراة الختامية من المدرجات 43 ألف مشجع."),
        ("وحضر الحفل نحو 30 ألف متفرج في الاستاد.", "وتابع العرض من المدرجات 28 ألف مشجع."),
    ],
)
def test_a_claim_reworded_with_another_figure_links_through_its_figures(a, b):
    c = compare(article(a), article(b))
    assert [k.figures for k in c.links] == [(0, 0)]


def test_figures_alone_do_not_link_sentences_about_other_things():
    c = compare(
        article("وأطلقت الفصائل نحو 40 صاروخاً باتجاه المستوطنات."),
        article("واعترضت منظومة الدفاع الجوي معظم الصواريخ."),
    )
    assert not c.links


def test_still_is_no_denial():
    # «ما زالوا» and «لا يزال» say "still": the two sentences state one claim, not opposite ones
    c = compare(
        article("وأضافت الوزارة أن نحو 30 شخصاً ما زالوا في عداد المفقودين تحت الأنقاض."),
        article("وقالت الوزارة إنه لا يزال 27 شخصاً مفقودين في القرى الجبلية."),
    )
    assert [(k.left, k.right) for k in c.links] == [(0, 0)]


def test_a_sure_figure_pair_links_sentences_sharing_few_words():
    # the same 1,480 returnees, counted by the same authority, in two wordings
    c = compare(
        article("وأحصت المديرية عودة 1480 لاجئاً عبر المعبر خلال الأسبوع."),
        article("وسجل الأمن العام مغادرة 1480 شخصاً ضمن قوافل العودة الطوعية."),
    )
    assert [k.figures for k in c.links] == [(0, 0)]


def test_one_dual_in_both_sentences_is_a_shared_word_not_a_figure_pair():
    # «رجلان» in both: two men talking, two men playing chess; the word is in both scores
    c = compare(
        article("ووقف رجلان يتحدثان في الشارع."),
        article("وجلس رجلان يلعبان الشطرنج في الحديقة."),
    )
    assert not c.links


def test_two_duals_of_other_words_still_pair_as_one_figure():
    # «حالتي إصابة» / «إصابتين»: one count of cases in two wordings is evidence of one claim
    c = compare(
        article("وسجلت المدينة حالتي إصابة بالحمى في أيلول."),
        article("وكانت مديرية الصحة قد رصدت إصابتين بالمرض في المدينة الشهر الماضي."),
    )
    assert [k.figures for k in c.links] == [(0, 0)]


def test_a_period_named_by_an_ordinal_frames_figures_and_links_nothing():
    # «الربع الأول من العام» in both: a time frame, as a date is, not the figure of one claim
    c = compare(
        article("وتراجعت الصادرات الزراعية بنسبة 8 بالمئة في الربع الأول من العام."),
        article("وارتفعت واردات القمح إلى 3 ملايين طن في الربع الأول من العام."),
    )
    assert not c.links
