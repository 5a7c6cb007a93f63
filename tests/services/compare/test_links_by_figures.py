"""Two sentences whose figures pair fairly surely (tuning.FIGURE_LINK_SCORE) and whose words
are related (tuning.FIGURE_LINK_SIMILARITY) state one claim, even with other figures and few
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
