"""The findings list: discrepancies first (conflicts, differences, agreements), then shared
claims, each with both excerpts; choosing one shows it in both panes."""

import pytest
from compare_fixtures import two_versions
from PySide6.QtCore import Qt

from ui.compare_view import CompareView
from ui.findings import FindingKind, build_findings
from ui.findings_panel import FINDING_ROLE, FindingsModel, FindingsPanel, summary_text
from ui.fonts import load_bundled_fonts
from ui.highlights import Side


def test_findings_come_in_reading_order_of_importance():
    findings = build_findings(two_versions())
    kinds = [f.kind for f in findings]
    assert kinds == [
        FindingKind.CONFLICT,
        FindingKind.DIFFERS,
        FindingKind.AGREE,
        FindingKind.SHARED,
        FindingKind.SHARED,
        FindingKind.SHARED,
        FindingKind.SHARED,
    ]
    # Shared claims follow the display rows: the moved claim (row 1) before row 2's.
    assert [f.left.sentence for f in findings[3:]] == [0, 1, 2, 4]


def test_each_discrepancy_shows_both_figures_in_context():
    conflict = build_findings(two_versions())[0]
    for excerpt, figure in ((conflict.left, "نحو 60 معتقلا"), (conflict.right, "750 معتقلا")):
        assert excerpt.figure == figure
        start, end = excerpt.focus
        assert excerpt.text[start:end] == figure
        assert len(excerpt.text) > len(figure)  # words around the figure, not the figure alone


def test_a_long_sentence_is_cut_at_words_around_the_figure():
    comparison = two_versions()
    long_text = "كلمة " * 60 + "نقل 750 معتقلا " + "كلمة " * 60
    from dataclasses import replace

    from services.models import Sentence

    article = replace(comparison.right, text=long_text)
    start = long_text.index("750 معتقلا")
    quantity = replace(
        comparison.right_quantities[0], start=start, end=start + len("750 معتقلا"), sentence=0
    )
    comparison = replace(
        comparison,
        right=article,
        right_sentences=(Sentence(0, long_text, 0, len(long_text)),),
        right_quantities=(quantity, *comparison.right_quantities[1:]),
    )
    excerpt = build_findings(comparison)[0].right
    assert excerpt.text.startswith("… كلمة") and excerpt.text.endswith("كلمة …")
    assert excerpt.text[excerpt.focus[0] : excerpt.focus[1]] == "750 معتقلا"
    assert len(excerpt.text) < 200


def test_the_summary_counts_each_kind():
    assert summary_text(build_findings(two_versions())) == (
        "1 conflict · 1 difference · 1 agreement · 4 shared claims"
    )
    assert summary_text(()) == "No shared claims or comparable figures"


def test_findings_model_passes_the_model_tester(qapp, qtmodeltester):
    comparison = two_versions()
    model = FindingsModel()
    model.set_findings(comparison, build_findings(comparison), base=Side.LEFT)
    qtmodeltester.check(model)


def test_the_model_names_both_figures_and_outlets(qapp):
    comparison = two_versions()
    model = FindingsModel()
    model.set_findings(comparison, build_findings(comparison), base=Side.LEFT)
    text = model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    assert text == "Conflict: نحو 60 معتقلا — صحيفة الشرق · 750 معتقلا — وكالة الأفق"
    assert model.data(model.index(0), FINDING_ROLE).kind is FindingKind.CONFLICT
    # With the sides swapped on screen, the right-hand version's excerpt still comes first.
    model.set_base(Side.RIGHT)
    text = model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    assert text.startswith("Conflict: 750 معتقلا — وكالة الأفق")


@pytest.fixture
def window(qtbot):
    load_bundled_fonts()
    view = CompareView()
    qtbot.addWidget(view)
    panel = view.findings
    view.resize(1300, 950)
    view.show()
    qtbot.waitExposed(view)
    view.set_comparison(two_versions())
    yield view, panel


def test_clicking_a_finding_scrolls_and_flashes_both_panes(window, qtbot):
    view, panel = window
    list_view = panel.list_view
    rect = list_view.visualRect(panel.model.index(1))
    with qtbot.waitSignal(panel.finding_activated, timeout=1000) as blocker:
        qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [1]
    assert view.current_finding == 1
    assert view.left_pane.is_flashing() and view.right_pane.is_flashing()
    # Clicking the current item again shows it again.
    qtbot.waitUntil(lambda: not view.left_pane.is_flashing(), timeout=3000)
    with qtbot.waitSignal(panel.finding_activated, timeout=1000):
        qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.left_pane.is_flashing()


def test_keyboard_moves_through_findings(window, qtbot):
    view, panel = window
    panel.list_view.setFocus()
    panel.select(0)
    with qtbot.waitSignal(panel.finding_activated, timeout=1000) as blocker:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Down)
    assert blocker.args == [1]
    assert view.current_finding == 1


def test_f7_selects_without_echo(window, qtbot):
    view, panel = window
    with qtbot.assertNotEmitted(panel.finding_activated):
        view.next_discrepancy()
    assert panel.current() == 0


def test_the_panel_can_list_a_comparison_on_its_own(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    comparison = two_versions()
    panel.show_comparison(comparison, left_label="الشرق")
    assert len(panel.findings) == 7
    assert panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole).startswith(
        "Conflict: نحو 60 معتقلا — الشرق"
    )
    panel.clear()
    assert panel.findings == ()


def test_find_spans_ignore_hamza_diacritics_and_digit_forms():
    from ui.find_bar import find_spans

    text = "قال إرهابيًا إن ٧٥٠ نقلوا، و750 آخرين"
    assert [text[a:b] for a, b in find_spans(text, "ارهابيا")] == ["إرهابيًا"]
    assert [text[a:b] for a, b in find_spans(text, "750")] == ["٧٥٠", "750"]
    assert find_spans(text, "   ") == []


def _flood(first_when: str, second_when: str):
    from services.compare.comparison import compare
    from services.models import Article

    def article(text: str, when: str, source: str) -> Article:
        day, _, time = when.partition(" ")
        return Article(None, "", source, day, "", text, text, time=time)

    earlier = "قتل نحو 40 شخصا في سيول جارفة ضربت مدينة تل السنابل. ودمرت السيول 300 منزل."
    later = "ارتفعت حصيلة قتلى السيول في مدينة تل السنابل إلى 120 قتيلا. ودمرت السيول 50 منزلا."
    return compare(article(earlier, first_when, "الساحل"), article(later, second_when, "المرفأ"))


def test_an_update_is_listed_after_the_conflicts_with_how_the_figure_moved(qapp):
    # 40 then 120 killed is an update; 300 then 50 homes destroyed, no running total: a conflict.
    from services.models import Agreement
    from ui.highlights import RELATION_MARKS, Mark

    comparison = _flood("2024-03-13 09:40", "2024-03-13 18:15")
    findings = build_findings(comparison)
    kinds = [f.kind for f in findings if f.kind.is_discrepancy]
    assert kinds == [FindingKind.CONFLICT, FindingKind.UPDATED]
    update = next(f for f in findings if f.kind is FindingKind.UPDATED)
    model = FindingsModel()
    model.set_findings(comparison, findings, base=Side.LEFT)
    assert "about 40 (09:40) → 120 (18:15)" in model.heading_html(update)
    assert "update" in summary_text(findings)
    assert RELATION_MARKS[Agreement.UPDATED] is Mark.UPDATED < Mark.CONFLICT
