"""Pairing the figures two versions give for the same thing, and reading agree / differs /
conflict from their intervals. Figures are written by hand here (what the quantity reader is
expected to give), so these tests do not depend on it."""

import math

import pytest

from services.compare.discrepancies import describe, find_discrepancies, note, relation
from services.models import Agreement, Kind, Quantity
from services.text.arabic import stem, tokenize
from services.text.sentences import split_sentences


def fig(
    text: str,
    snippet: str,
    value: float | None,
    low: float | None = None,
    high: float | None = None,
    *,
    kind: Kind = Kind.COUNT,
    unit: str | None = None,
    counted: str | None = None,
    qualifier: str | None = None,
    occurrence: int = 0,
) -> Quantity:
    """The figure `snippet` of `text` (its `occurrence`-th appearance); exact unless low/high."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(snippet, start + 1)
    if low is None and high is None:
        low = high = value
    sentence = next(s.index for s in split_sentences(text) if s.start <= start < s.end)
    return Quantity(
        snippet,
        start,
        start + len(snippet),
        value,
        low,
        high,
        qualifier is not None,
        kind,
        unit,
        counted,
        stem(counted) if counted else None,
        qualifier,
        sentence,
    )


def pairs(left: str, lq: list[Quantity], right: str, rq: list[Quantity], links=None):
    found = find_discrepancies(
        lq,
        rq,
        left_tokens=tokenize(left),
        right_tokens=tokenize(right),
        left_sentences=split_sentences(left),
        right_sentences=split_sentences(right),
        links=links or {},
    )
    return {(lq[d.left].text, rq[d.right].text, d.relation.value) for d in found}


# --- relations ------------------------------------------------------------------------------


def q(value, low=None, high=None, *, qualifier=None, kind=Kind.COUNT, unit=None) -> Quantity:
    if low is None and high is None:
        low = high = value
    return Quantity(
        "", 0, 0, value, low, high, qualifier is not None, kind, unit, None, None, qualifier
    )


ABOUT_60 = q(60, 54, 66, qualifier="about")
DOZENS = q(None, 20, 99, qualifier="vague")
MORE_THAN_100 = q(100, 100, None, qualifier="more_than")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (q(750), q(750), Agreement.AGREE),
        (q(12000, 10800, 13200, qualifier="about"), q(12000), Agreement.AGREE),
        (DOZENS, q(None, 20, 99, qualifier="vague"), Agreement.AGREE),
        (MORE_THAN_100, q(100, 100, None, qualifier="more_than"), Agreement.AGREE),
        (MORE_THAN_100, q(750), Agreement.DIFFERS),
        (ABOUT_60, q(62), Agreement.DIFFERS),
        (MORE_THAN_100, q(100), Agreement.DIFFERS),  # 100 is not "more than 100", nor far off
        (ABOUT_60, q(750), Agreement.CONFLICT),
        (DOZENS, q(300), Agreement.CONFLICT),
        (q(43), q(57), Agreement.CONFLICT),
        (q(100, 0, 100, qualifier="less_than"), q(750), Agreement.CONFLICT),
    ],
)
def test_relation_follows_the_intervals(a, b, expected):
    assert relation(a, b) is expected
    assert relation(b, a) is expected


def test_dates_agree_when_they_name_the_same_day():
    a = q(13, kind=Kind.DATE, unit="--04-13")
    assert relation(a, q(13, kind=Kind.DATE, unit="2022-04-13")) is Agreement.AGREE
    assert relation(a, q(14, kind=Kind.DATE, unit="--04-14")) is Agreement.CONFLICT


@pytest.mark.parametrize(
    ("figure", "words"),
    [
        (ABOUT_60, "about 60"),
        (q(750), "750"),
        (MORE_THAN_100, "more than 100"),
        (DOZENS, "dozens"),
        (q(None, 200, 999, qualifier="vague"), "hundreds"),
        (q(None, 20000, 99999, qualifier="vague"), "tens of thousands"),
        (q(None, 2500, 3000, qualifier="from"), "2,500–3,000"),
        (q(3.5e9, unit="USD", kind=Kind.MONEY), "3,500,000,000 USD"),
    ],
)
def test_describe(figure, words):
    assert describe(figure) == words


def test_the_note_says_why():
    assert note(ABOUT_60, q(750), Agreement.CONFLICT) == (
        "about 60 vs 750 — intervals [54, 66] and [750, 750] do not overlap"
    )
    assert "overlap but differ" in note(MORE_THAN_100, q(750), Agreement.DIFFERS)
    assert "(100, ∞)" in note(MORE_THAN_100, q(750), Agreement.DIFFERS)
    assert not math.isnan(float(describe(q(750))))


# --- pairing --------------------------------------------------------------------------------

MAYADEEN = "وأفادت مصادر أهلية بأن مروحيات أميركية قامت بنقل نحو 60 إرهابياً من سجون الحسكة."
SPUTNIK = "وقالت المصادر إن القوات الأمريكية قامت بنقل 750 إرهابيا من سجن الصناعة في الحسكة."


def test_about_60_and_750_moved_are_a_conflict_without_a_link():
    a = [fig(MAYADEEN, "نحو 60", 60, 54, 66, counted="إرهابياً", qualifier="about")]
    b = [fig(SPUTNIK, "750", 750, counted="إرهابيا")]
    assert pairs(MAYADEEN, a, SPUTNIK, b) == {("نحو 60", "750", "conflict")}


def test_equivalent_nouns_are_paired():
    left = "ونقلت القوات الأمريكية العشرات من المعتقلين من سجن الحسكة."
    a = [fig(left, "العشرات", None, 20, 99, counted="المعتقلين", qualifier="vague")]
    b = [fig(SPUTNIK, "750", 750, counted="إرهابيا")]
    assert pairs(left, a, SPUTNIK, b) == {("العشرات", "750", "conflict")}


def test_100_detainees_and_100_metres_are_never_paired():
    left = "وأكدت المصادر نقل 100 معتقل عبر نفق تحت السجن."
    right = "وحفر المعتقلون نفقا تحت السجن طوله 100 متر."
    a = [fig(left, "100", 100, counted="معتقل")]
    b = [fig(right, "100 متر", 100, kind=Kind.LENGTH, unit="m")]
    assert pairs(left, a, right, b, links={(0, 0): 0.6}) == set()


def test_12000_militants_and_12000_wives_are_never_paired():
    left = "وتحتجز قوات الأمن نحو 12 ألف مسلح في سجون المنطقة."
    right = "ويقيم في المخيم نحو 12 ألفا من زوجات المسلحين وأطفالهم."
    a = [fig(left, "نحو 12 ألف", 12000, 10800, 13200, counted="مسلح", qualifier="about")]
    b = [fig(right, "نحو 12 ألفا", 12000, 10800, 13200, counted="زوجات", qualifier="about")]
    assert pairs(left, a, right, b, links={(0, 0): 0.5}) == set()


def test_a_sum_of_money_is_never_a_count_and_currencies_are_not_mixed():
    left = "وحصلت الحكومة على 1.2 مليار يورو من الاتحاد الأوروبي ونقلت 1200 لاجئ."
    right = "وتلقت الحكومة 1.2 مليار دولار من الاتحاد الأوروبي."
    a = [
        fig(left, "1.2 مليار يورو", 1.2e9, kind=Kind.MONEY, unit="EUR"),
        fig(left, "1200", 1200, counted="لاجئ"),
    ]
    b = [fig(right, "1.2 مليار دولار", 1.2e9, kind=Kind.MONEY, unit="USD")]
    assert pairs(left, a, right, b, links={(0, 0): 0.7}) == set()


def test_dates_and_years_are_not_counts():
    left = "وفي 13 نيسان نقلت القوات 13 معتقلا إلى القاعدة."
    right = "ونقلت القوات 13 معتقلا إلى القاعدة في عام 2013."
    a = [
        fig(left, "13 نيسان", 13, kind=Kind.DATE, unit="--04-13"),
        fig(left, "13", 13, counted="معتقلا", occurrence=1),
    ]
    b = [fig(right, "13", 13, counted="معتقلا"), fig(right, "2013", 2013, kind=Kind.YEAR)]
    found = pairs(left, a, right, b, links={(0, 0): 0.8})
    assert found == {("13", "13", "agree")}


def test_the_killed_and_the_injured_are_not_one_figure():
    left = "قتل 7 أشخاص وأصيب 23 آخرون في السيول."
    right = "لقي سبعة أشخاص حتفهم في السيول وأصيب ٢٣ شخصا بجروح."
    a = [fig(left, "7", 7, counted="أشخاص"), fig(left, "23", 23, counted="آخرون")]
    b = [fig(right, "سبعة", 7, counted="أشخاص"), fig(right, "٢٣", 23, counted="شخصا")]
    found = pairs(left, a, right, b, links={(0, 0): 0.7})
    assert found == {("7", "سبعة", "agree"), ("23", "٢٣", "agree")}


def test_a_number_moved_is_not_the_number_held():
    left = "ويبلغ عدد معتقلي التنظيم لدى قسد نحو 12 ألف معتقل في سجون الحسكة."
    right = "وقامت القوات الأمريكية بنقل 750 معتقلا من سجون الحسكة."
    a = [fig(left, "نحو 12 ألف", 12000, 10800, 13200, counted="معتقل", qualifier="about")]
    b = [fig(right, "750", 750, counted="معتقلا")]
    assert pairs(left, a, right, b) == set()


def test_different_deeds_around_the_figures_keep_them_apart():
    left = "وأكدت المصادر أن أكثر من 100 معتقل فروا من السجن قبل أسبوع."
    right = "ونقلت مروحيات أمريكية نحو 60 معتقلا من السجن إلى قاعدة عسكرية."
    a = [fig(left, "أكثر من 100", 100, 100, None, counted="معتقل", qualifier="more_than")]
    b = [fig(right, "نحو 60", 60, 54, 66, counted="معتقلا", qualifier="about")]
    assert pairs(left, a, right, b) == set()


def test_unrelated_paragraphs_share_no_figure():
    left = "وسجل المهاجم هدفين أمام 60 ألف متفرج في الملعب."
    right = "وبلغت نسبة المشاركة في الانتخابات 41 في المئة وتنافس 1200 مرشح."
    a = [fig(left, "60 ألف", 60000, counted="متفرج")]
    b = [
        fig(right, "41 في المئة", 41, kind=Kind.PERCENT, unit="%"),
        fig(right, "1200", 1200, counted="مرشح"),
    ]
    assert pairs(left, a, right, b) == set()


def test_each_figure_keeps_its_best_match_not_every_combination():
    left = "وقتل 12 شخصا في الحادث. وأصيب 30 آخرون ونقلوا إلى المستشفى."
    right = "لقي 12 شخصا حتفهم في الحادث. ونقل 31 جريحا إلى المستشفى."
    a = [fig(left, "12", 12, counted="شخصا"), fig(left, "30", 30, counted="آخرون")]
    b = [fig(right, "12", 12, counted="شخصا"), fig(right, "31", 31, counted="جريحا")]
    found = pairs(left, a, right, b, links={(0, 0): 0.6, (1, 1): 0.5})
    assert found == {("12", "12", "agree"), ("30", "31", "conflict")}
