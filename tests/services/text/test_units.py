"""Units of one dimension meet in its base unit (units.measure): 48 ساعة and يومان are one
figure, so are 25 نقطة أساس and ربع نقطة مئوية; a quantity keeps the unit it is written in."""

import pytest

from services.text.quantities import extract_quantities
from services.text.units import measure


def only(text):
    found = extract_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("استمر القصف 48 ساعة", "استمر القصف يومين"),
        ("تعطلت الحركة خمس ساعات", "تعطلت الحركة 300 دقيقة"),
        ("مهلة أسبوعين", "مهلة 14 يوما"),
        ("أمهلته المحكمة 30 يوما", "أمهلته المحكمة شهرا واحدا"),
        ("سجن 18 شهرا", "سجن عاما ونصف"),
        ("تمتد الهدنة ستة أشهر", "تمتد الهدنة نصف عام"),
        ("رفع الفائدة 25 نقطة أساس", "رفع الفائدة ربع نقطة مئوية"),
        ("خفض الفائدة 50 نقطة أساسية", "خفض الفائدة نصف نقطة مئوية"),
        ("رياح سرعتها 60 كم/س", "رياح سرعتها ستون كيلومترا في الساعة"),
        ("يسير بسرعة 90 كلم/ساعة", "يسير بسرعة تسعين كيلومترا بالساعة"),
        ("تبعد 1.5 كيلومتر", "تبعد 1500 متر"),
        ("هطل 25 ملم من المطر", "هطل 2.5 سم من المطر"),
        ("مساحتها 4 كيلومترات مربعة", "مساحتها 400 هكتار"),
        ("مساحته 120 ألف متر مربع", "مساحته 12 هكتارا"),
        ("بقدرة 800 ميغاواط", "بقدرة 0.8 غيغاواط"),
        ("بقدرة 1200 ميجاوات", "بقدرة 1.2 جيجاوات"),
        ("ضبطت 2 طن من الحشيش", "ضبطت ألفي كيلوغرام من الحشيش"),
        ("بلغت الحرارة 32 درجة فهرنهايت", "بلغت الحرارة صفر درجة مئوية"),
    ],
)
def test_two_units_of_one_dimension_meet(one, other):
    assert measure(only(one)) == measure(only(other))


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("رياح بسرعة 50 عقدة", "km/h", 92.6),
        ("على بعد 9 أميال بحرية", "m", 16668),
        ("على عمق 13800 قدم", "m", 4206.24),
        ("احتياطي 3.5 تريليون قدم مكعب", "m3", 99108963072),
        ("ينتج 5 تيراواط ساعة سنويا", "MWh", 5e6),
        # no base for these: the figure as written
        ("ينتج 1.65 مليون برميل يوميا", "barrel", 1.65e6),
        ("أقام ثلاث ليال في الفندق", "night", 3),
        ("قتل 40 شخصا", None, 40),
    ],
)
def test_the_base_unit_and_value(sentence, unit, value):
    m = measure(only(sentence))
    assert (m.unit, m.value) == (unit, pytest.approx(value))


def test_an_interval_is_measured_on_both_ends_and_the_quantity_keeps_its_unit():
    q = only("استمرت المعارك نحو 48 ساعة")
    m = measure(q)
    assert (q.unit, q.value) == ("h", 48)
    assert (m.low, m.high) == (pytest.approx(43.2), pytest.approx(52.8))
    q = only("استمرت المعارك أكثر من يومين")
    assert (q.unit, measure(q).low, measure(q).high) == ("day", 48, None)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("مشى 3 ساعات", "مشى 3 كيلومترات"),
        ("3 ميغاواط", "3 ميغاواط ساعة"),
        ("60 كم/س", "60 كم"),
        ("عشرة أمتار", "عشرة أمتار مربعة"),
    ],
)
def test_different_dimensions_never_meet(one, other):
    assert measure(only(one)).unit != measure(only(other)).unit
