"""A wire dateline opening a sentence («بغداد (الشرق) - ...») says where and by whom, not what:
its words are no terms, so a lead with one links to the same claim without it, and two leads of
one agency's copy do not link on the dateline alone."""

import pytest

from services.compare.alignment import align_sentences
from services.compare.analysis import analyse


def linked(a: str, b: str) -> bool:
    return bool(align_sentences(analyse(a), analyse(b), a, b))


def terms_of(text: str) -> set[str]:
    return {t for t in analyse(text).terms[0].terms if t[0] != "^"}


@pytest.mark.parametrize(
    ("with_dateline", "without"),
    [
        (
            "عمّان (الرأي) - أعلنت وزارة المياه تقليص ساعات الضخ في أحياء العاصمة.",
            "أعلنت وزارة المياه تقليص ساعات الضخ في أحياء العاصمة.",
        ),
        (
            "دير الزور (سانا) – افتتحت المحافظة جسراً جديداً فوق نهر الفرات.",
            "افتتحت المحافظة جسراً جديداً فوق نهر الفرات.",
        ),
    ],
)
def test_a_dateline_adds_no_terms(with_dateline, without):
    assert terms_of(with_dateline) == terms_of(without)


def test_bracketed_figures_after_a_verb_are_no_dateline():
    text = "قالت الوزارة إن (نحو 30) - على الأقل - أصيبوا."
    assert terms_of(text) >= {"#30"} and len(terms_of(text)) > 2


def test_a_lead_with_a_dateline_links_to_its_rewording_without_one():
    a = "الرباط (الشرق) - رفعت الحكومة المغربية أسعار غاز الطهي بعشرة دراهم للقنينة."
    b = "قررت الحكومة في المغرب زيادة سعر قنينة غاز الطهي عشرة دراهم."
    assert linked(a, b)


def test_two_leads_of_one_agency_do_not_link_on_their_datelines():
    a = "الرباط (الشرق) - افتتح وزير النقل محطة قطار جديدة في مدينة القنيطرة."
    b = "الرباط (الشرق) - أعلنت وزارة الصحة حملة تلقيح ضد الحصبة في المدارس."
    assert not linked(a, b)
