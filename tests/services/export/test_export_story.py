"""A story's export: figures with every version's value and the pairwise relations, whose keys
are the pairwise discrepancies' (a finding dismissed in a comparison is dismissed in the story),
claims, one table row per figure member, and the story JSON with the analyst's fields."""

from export_fixtures import article

from services.compare.anchors import discrepancy_key, story_relation_keys
from services.compare.comparison import compare
from services.compare.story import build_story
from services.export.story import build_story_export, story_hashes_and_keys, story_json
from services.export.tables import figure_table, write_xlsx
from services.export.webpage import render_html
from services.models import Annotations, FindingNote, Triage


def _articles():
    return [
        article("prison_a.txt", source="وكالة الساحل", date="2024-04-13", article_id=3),
        article("prison_b.txt", source="شبكة المرفأ", date="2024-04-14", article_id=7),
    ]


def _sixty_750(comparison) -> int:
    return next(
        n
        for n, d in enumerate(comparison.discrepancies)
        if {comparison.left_quantities[d.left].text, comparison.right_quantities[d.right].text}
        == {"نحو 60", "750"}
    )


def test_a_story_relation_has_the_key_of_the_same_pair_compared():
    a, b = _articles()
    story = build_story([a, b])
    keys = {k for row in story_relation_keys(story) for k in row}
    c = compare(a, b)
    assert discrepancy_key(c, _sixty_750(c)) in keys


def test_a_dismissed_pair_is_dismissed_in_every_story_format(tmp_path):
    a, b = _articles()
    story = build_story([a, b])
    c = compare(a, b)
    key = discrepancy_key(c, _sixty_750(c))
    notes = Annotations(
        articles=((story_hashes_and_keys(story)[0][0], "مصادر محلية"),),
        findings=(FindingNote(key, Triage.DISMISSED, "عمليتان مختلفتان"),),
    )
    report = build_story_export(story, notes)
    assert report.versions[0].note == "مصادر محلية"
    figure = next(f for f in report.figures if {m.text for m in f.members} == {"نحو 60", "750"})
    assert [r.triage for r in figure.relations] == [Triage.DISMISSED]
    assert {m.mark for m in figure.members} == {"dismissed"}

    rows = [r for r in figure_table(report)[1:] if r[0] == figure.number]
    assert {(r[7], r[2]) for r in rows} == {("نحو 60", "dismissed"), ("750", "dismissed")}

    page = render_html(report)
    assert '<span class="dismissed">نحو 60</span>' in page and "عمليتان مختلفتان" in page
    assert '<html lang="ar" dir="rtl">' in page

    data = story_json(story, notes)
    relations = [r for f in data["figures"] for r in f["relations"]]
    assert [r["triage"] for r in relations if r["key"] == key] == ["dismissed"]
    assert data["articles"][0]["analyst_note"] == "مصادر محلية"

    from openpyxl import load_workbook

    write_xlsx(report, tmp_path / "story.xlsx")
    book = load_workbook(tmp_path / "story.xlsx")
    assert book.sheetnames == ["Figures", "Claims", "Versions"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)


def test_an_article_holding_markup_stays_text_in_the_story_page():
    a, b = _articles()
    hostile = a.__class__(a.id, "<script>x</script>", a.source, a.date, a.path, a.original, a.text)
    page = render_html(build_story_export(build_story([hostile, b])))
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
