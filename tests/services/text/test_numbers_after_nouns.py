"""A number written after its noun: a definite cardinal after a noun phrase (الطائرات الست,
أسابيع المحاكمة الستة) and «واحد» after a unit behind a preposition (بيوم واحد)."""

import pytest

from services.text.quantities import extract_quantities


def read(text: str) -> list[tuple]:
    return [(q.text, q.kind.value, q.unit, q.counted, q.value) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a construct is counted when the number's gender fits it, not the last
        # word of the construct (الصليب الأحمر: masculine; الست counts a feminine)
        ("ونقلت طائرات الصليب الأحمر الست المحتجزين", [("الست", "count", None, "طائرات", 6)]),
        ("وصلت سيارات الإسعاف الخمس إلى الموقع", [("الخمس", "count", None, "سيارات", 5)]),
        # the nearest word fits: it stays (a broken plural of a feminine reads masculine, and
        # the nearest word is kept when no word before fits better)
        ("وصل وفد الدول الثلاث إلى العاصمة", [("الثلاث", "count", None, "الدول", 3)]),
        ("أفرج عن المعتقلين الخمسة أمس", [("الخمسة", "count", None, "المعتقلين", 5)]),
        # a unit of time before a definite number makes a duration, as ثلاثة أيام is
        ("خلال أسابيع المحاكمة الستة، استمعت المحكمة", [("الستة", "duration", "week", None, 6)]),
        ("خلال الأيام الثلاثة الماضية", [("الثلاثة", "duration", "day", None, 3)]),
    ],
)
def test_a_definite_number_after_its_noun(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقارنة بيوم واحد في الظروف العادية", [("بيوم واحد", "duration", "day", None, 1)]),
        ("توقف العمل لساعة واحدة فقط", [("لساعة واحدة", "duration", "h", None, 1)]),
        ("من يوم واحد قبل الإضراب", [("يوم واحد", "duration", "day", None, 1)]),
    ],
)
def test_one_after_a_unit_behind_a_preposition(text, expected):
    assert read(text) == expected
