"""Figures in time: a running total that grew between two reports is an update; a later lower
total without a stated correction, or two outlets disagreeing at one moment, a conflict; no
update is claimed without known times or an explicit marker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services.compare.comparison import compare
from services.compare.timeline import TimedMember, figure_timeline
from services.models import Agreement, Article, Kind, Quantity
from services.text.moments import moment

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"


def _article(text: str, when: str = "", source: str = "") -> Article:
    day, _, time = when.partition(" ")
    return Article(None, "", source, day, "", text, text, time=time)


def _relations(a: Article, b: Article) -> dict[tuple[str, str], tuple[Agreement, str]]:
    c = compare(a, b)
    return {
        (c.left_quantities[d.left].text, c.right_quantities[d.right].text): (d.relation, d.later)
        for d in c.discrepancies
    }


BLAST = "قتل {} في انفجار سيارة مفخخة وسط مدينة الساحل، بحسب مصادر طبية."


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (("12 شخصا", "2024-05-02 08:00"), ("25 شخصا", "2024-05-02 12:30")),
        (("25 شخصا", "2024-05-02 12:30"), ("48 شخصا", "2024-05-02 20:00")),
        (("12 شخصا", "2024-05-02 08:00"), ("48 شخصا", "2024-05-03")),
        (("نحو 40 شخصا", "2024-05-02 morning"), ("أكثر من 100 شخص", "2024-05-02 evening")),
    ],
)
def test_a_toll_rising_over_a_day_is_an_update_either_way_round(early, late):
    a = _article(BLAST.format(early[0]), early[1])
    b = _article(BLAST.format(late[0]), late[1])
    pair = (early[0].rsplit(" ", 1)[0], late[0].rsplit(" ", 1)[0])
    assert _relations(a, b)[pair] == (Agreement.UPDATED, "right")
    assert _relations(b, a)[pair[::-1]] == (Agreement.UPDATED, "left")


def test_the_note_runs_from_the_earlier_figure_to_the_later():
    a = _article(BLAST.format("نحو 40 شخصا"), "2024-03-13 09:40")
    b = _article(BLAST.format("120 شخصا"), "2024-03-13 18:15")
    for c in (compare(a, b), compare(b, a)):
        (d,) = c.discrepancies
        assert d.note.startswith("about 40 (09:40) → 120 (18:15)")


def test_a_later_lower_toll_stays_a_conflict_unless_a_correction_is_stated():
    earlier = _article(BLAST.format("52 شخصا"), "2024-05-02 10:00")
    lower = _article(BLAST.format("47 شخصا"), "2024-05-02 18:00")
    assert _relations(earlier, lower)[("52", "47")] == (Agreement.CONFLICT, "right")
    assert "no correction stated" in compare(earlier, lower).discrepancies[0].note
    corrected = _article(
        "وعدلت وزارة الصحة حصيلة قتلى انفجار السيارة المفخخة وسط مدينة الساحل إلى 47 قتيلا.",
        "2024-05-02 18:00",
    )
    assert _relations(earlier, corrected)[("52", "47")] == (Agreement.UPDATED, "right")
    assert "correction" in compare(earlier, corrected).discrepancies[0].note


def test_two_outlets_at_the_same_hour_disagreeing_is_a_conflict():
    a = _article(BLAST.format("نحو 40 شخصا"), "2024-05-02 18:00", "الساحل")
    b = _article(BLAST.format("120 شخصا"), "2024-05-02 18:00", "المرفأ")
    assert _relations(a, b)[("نحو 40", "120")][0] is Agreement.CONFLICT
    # Even when the later text says the toll rose: at one moment, one of them is wrong.
    c = _article("ارتفعت حصيلة قتلى انفجار السيارة المفخخة وسط مدينة الساحل إلى 120 قتيلا.")
    c = Article(None, "", "", "2024-05-02", "", c.text, c.text, time="18:00")
    assert _relations(a, c)[("نحو 40", "120")][0] is Agreement.CONFLICT


def test_provisional_then_final():
    provisional = _article(
        "قتل 30 شخصا في انفجار سيارة مفخخة وسط مدينة الساحل في حصيلة أولية.", "2024-05-02 10:00"
    )
    final = "وبلغت الحصيلة النهائية لانفجار السيارة المفخخة وسط مدينة الساحل {} قتيلا."
    higher = _article(final.format(45), "2024-05-03 09:00")
    lower = _article(final.format(25), "2024-05-03 09:00")
    assert _relations(provisional, higher)[("30", "45")][0] is Agreement.UPDATED
    # Final but lower, and no correction stated: the two reports contradict each other.
    assert _relations(provisional, lower)[("30", "25")][0] is Agreement.CONFLICT


def test_without_dates_no_update_is_claimed_unless_the_text_marks_the_change():
    a = _article(BLAST.format("نحو 40 شخصا"))
    b = _article(BLAST.format("120 شخصا"))
    assert _relations(a, b)[("نحو 40", "120")] == (Agreement.CONFLICT, "")
    # Only one of the two dated: still no order.
    dated = _article(BLAST.format("120 شخصا"), "2024-05-02 18:00")
    assert _relations(a, dated)[("نحو 40", "120")] == (Agreement.CONFLICT, "")
    # The same day without times: no order either.
    a_day = _article(BLAST.format("نحو 40 شخصا"), "2024-05-02")
    assert _relations(a_day, dated)[("نحو 40", "120")] == (Agreement.CONFLICT, "")
    # «ارتفعت الحصيلة إلى 120» says which came later, without any time.
    risen = _article("ارتفعت حصيلة قتلى انفجار السيارة المفخخة وسط مدينة الساحل إلى 120 قتيلا.")
    assert _relations(a, risen)[("نحو 40", "120")] == (Agreement.UPDATED, "right")
    assert "times unknown" in compare(a, risen).discrepancies[0].note
    # ... but not that a lower figure came after it.
    assert _relations(risen, _article(BLAST.format("150 شخصا")))[("120", "150")][0] is (
        Agreement.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "early", "late"),
    [
        # households evacuated are people evacuated
        ("أجلت السلطات {} من القرى المهددة بالنيران.", "350 عائلة", "420 عائلة"),
        # children among the dead are people killed, though no role of their own
        ("قتل 9 مدنيين بينهم {} في القصف.", "ثلاثة أطفال", "خمسة أطفال"),
    ],
)
def test_households_and_children_make_running_totals(text, early, late):
    a = _article(text.format(early), "2024-05-02 08:00")
    b = _article(text.format(late), "2024-05-02 19:00")
    pair = (early.split()[0], late.split()[0])
    assert _relations(a, b)[pair][0] is Agreement.UPDATED


def test_figures_that_are_no_running_total_keep_their_relation_in_time():
    # 60 and 750 detainees moved: the size of one transfer, not a count that grows.
    text = "نقلت القوات الأمريكية {} معتقلا من سجون الحسكة إلى العراق."
    a = _article(text.format("نحو 60"), "2024-01-20 09:00")
    b = _article(text.format("750"), "2024-01-21 09:00")
    assert _relations(a, b)[("نحو 60", "750")][0] is Agreement.CONFLICT


def _demo_library(tmp_path):
    from services.library.ingest import import_paths
    from services.library.storage import Library

    folder = tmp_path / "demo"
    shutil.copytree(DEMO, folder)
    library = Library.open(tmp_path / "demo.sqlite")
    report = import_paths(library, sorted(folder.glob("*.txt")))
    assert not report.refused
    return library


def _killed(library, left: int, right: int) -> set[tuple[float, float, Agreement]]:
    from services.library.ingest import article_analysis

    a, b = library.get(left), library.get(right)
    c = compare(
        a,
        b,
        left_analysis=article_analysis(library, a),
        right_analysis=article_analysis(library, b),
    )
    return {
        (c.left_quantities[d.left].value, c.right_quantities[d.right].value, d.relation)
        for d in c.discrepancies
        if {c.left_quantities[d.left].value, c.right_quantities[d.right].value} == {40, 120}
    }


def test_on_the_demo_40_then_120_killed_is_an_update_and_swapping_the_times_a_conflict(tmp_path):
    library = _demo_library(tmp_path)
    with library:
        assert [(s.date, s.time) for s in library.summaries()] == [
            ("2024-03-13", "09:40"),
            ("2024-03-13", "18:15"),
            ("2024-03-14", ""),
        ]
        assert _killed(library, 1, 2) == {(40, 120, Agreement.UPDATED)}
        # The 40 now reported after the 120: a falling toll with no correction stated.
        library.update_metadata(1, when="2024-03-13 20:00")
        assert _killed(library, 1, 2) == {(40, 120, Agreement.CONFLICT)}
        library.update_metadata(1, when="2024-03-13 09:40")
        library.update_metadata(2, when="2024-03-12 18:15")
        assert _killed(library, 1, 2) == {(40, 120, Agreement.CONFLICT)}


def test_a_figures_timeline_orders_members_and_marks_each_outlets_latest():
    def q(v: float) -> Quantity:
        return Quantity(str(v), 0, 1, v, v, v, False, Kind.COUNT)

    members = [
        TimedMember(3, "الرصيف", moment("2024-03-14"), q(40)),
        TimedMember(9, "مجهول", moment(""), q(60)),
        TimedMember(2, "المرفأ", moment("2024-03-13", "18:15"), q(120)),
        TimedMember(1, "الساحل", moment("2024-03-13", "09:40"), q(40)),
        TimedMember(4, "الساحل", moment("2024-03-13", "evening"), q(110)),
    ]
    rows = figure_timeline(members)
    # By earliest possible time: the evening (from 17:00) before 18:15.
    assert [e.member.article_id for e in rows] == [1, 4, 2, 3, 9]
    assert {e.member.article_id for e in rows if e.latest} == {2, 4, 3, 9}
