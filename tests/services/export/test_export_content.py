"""What an exported comparison holds: the versions read-first first, figure findings
conflicts first and dismissed ones last, claims with both sentences, one table row per figure."""

from dataclasses import replace

from export_fixtures import noted, prison_comparison, sixty_vs_750

from services.export.content import CHANGED, DISMISSED, build_export
from services.models import Triage


def _figure(report, first: str, second: str):
    return next(f for f in report.figures if (f.first.text, f.second.text) == (first, second))


def test_the_conflict_is_there_with_its_values_and_note():
    report = build_export(prison_comparison())
    conflict = _figure(report, "نحو 60", "750")
    assert conflict.relation == "conflict"
    assert (conflict.first.low, conflict.first.high, conflict.second.value) == (54, 66, 750)
    assert conflict.first.described == "about 60"
    assert "do not overlap" in conflict.description
    assert report.figures[0].relation == "conflict"
    marked = {s.text: s.mark for s in conflict.first.segments}
    assert marked["نحو 60"] == "conflict"


def test_the_earlier_version_comes_first_whatever_the_side():
    c = prison_comparison()
    swapped = replace(c, left=replace(c.left, date="2024-05-01"))
    assert build_export(c).first.outlet == "وكالة الساحل"
    report = build_export(swapped)
    assert report.first.outlet == "شبكة المرفأ"
    assert _figure(report, "750", "نحو 60").relation == "conflict"


def test_a_dismissed_finding_goes_last_and_says_so():
    c = prison_comparison()
    report = build_export(c, noted(c))
    last = report.figures[-1]
    assert (last.first.text, last.second.text) == ("نحو 60", "750")
    assert last.triage is Triage.DISMISSED and last.note == "عمليتا نقل"
    assert [f.number for f in report.figures] == list(range(1, len(report.figures) + 1))
    assert report.counts()[DISMISSED] == 1
    rows = [r for r in report.figure_rows() if r.finding == last.number]
    assert [r.triage for r in rows] == ["dismissed", "dismissed"]
    assert [r.text for r in rows] == ["نحو 60", "750"]
    # Its own figures are marked dismissed in its excerpts.
    assert any(s.mark == DISMISSED for s in last.first.segments)
    assert sixty_vs_750(c) is not None


def test_notes_reach_the_versions_and_the_claims():
    c = prison_comparison()
    report = build_export(c, noted(c))
    assert report.first.note == "المصادر محلية ولم تُسمَّ"
    assert report.second.note == ""
    reviewed = [k for k in report.claims if k.triage is Triage.REVIEWED]
    assert len(reviewed) == 1 and reviewed[0].note == "صياغة منقولة"


def test_claims_show_both_sentences_with_changed_words_marked():
    report = build_export(prison_comparison())
    assert report.claims
    claim = next(k for k in report.claims if any(s.mark == CHANGED for s in k.first.segments))
    first = "".join(s.text for s in claim.first.segments)
    second = "".join(s.text for s in claim.second.segments)
    assert first and second and first != second
    assert "\n" not in first


def test_one_row_per_figure_member():
    report = build_export(prison_comparison())
    rows = report.figure_rows()
    assert len(rows) == 2 * len(report.figures)
    first = rows[0]
    assert first.outlet == "وكالة الساحل" and first.date == "2024-04-13"
    assert first.version.startswith("#3 ")
    open_ended = [r for r in rows if r.text.startswith("أكثر من")]
    assert all(r.high is None for r in open_ended)
