"""Stories of other kinds than the seeds (earthquakes, strikes with casualties, prices and
budgets, elections, courts, football), written for Riwaya in the habits of other outlets: what a
reader notes in each figure, and which figures of two versions they pair."""

import pytest

from services.models import Kind
from services.quantities import extract_quantities

INF = None


def readings(text):
    return [
        (q.text, q.low, q.high, q.kind.value, q.unit, q.counted) for q in extract_quantities(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll in two halves: the second verbal noun is not what the first figure counts
        (
            "مقتل 3 وإصابة 12 في انفجار سيارة مفخخة",
            [("3", 3, 3, "count", None, None), ("12", 12, 12, "count", None, None)],
        ),
        # "وأكثر من" opens the next figure; it does not qualify the one before
        (
            "خلف الزلزال 2,300 قتيل وأكثر من 10 آلاف جريح",
            [
                ("2,300", 2300, 2300, "count", None, "قتيل"),
                ("أكثر من 10 آلاف", 10000, INF, "count", None, "جريح"),
            ],
        ),
        ("قتل 20 شخصا وأكثر", [("20", 20, INF, "count", None, "شخصا")]),
        # a price after "الكيلو" is a sum of money, not a name
        ("بلغ سعر الكيلو 120 جنيها مصريا", [("120 جنيها مصريا", 120, 120, "money", "EGP", None)]),
        # an earthquake's strength is a magnitude, not a count of degrees
        (
            "زلزال بقوة 6.8 درجات يضرب المغرب",
            [("6.8 درجات", 6.8, 6.8, "magnitude", "Richter", None)],
        ),
        (
            "بلغت قوته 7,2 درجة على مقياس ريختر",
            [("7,2 درجة على مقياس ريختر", 7.2, 7.2, "magnitude", "Richter", None)],
        ),
        ("زلزال بقوة ٦٫٢ يهز غرب تركيا", [("٦٫٢", 6.2, 6.2, "magnitude", "Richter", None)]),
        # basis points are a share, not a count of points
        ("رفع المركزي الفائدة 200 نقطة أساس", [("200 نقطة أساس", 200, 200, "percent", "bp", None)]),
    ],
)
def test_figures_of_other_stories(sentence, expected):
    assert readings(sentence) == expected


def test_magnitude_is_its_own_kind():
    (q,) = extract_quantities("ضرب زلزال بقوة 7.8 درجة جنوب تركيا")
    assert q.kind is Kind.MAGNITUDE
