"""The compare view drives real widgets offscreen: panes fill right to left, rows line up,
figures are marked by relation, scrolling is shared, F7 walks the discrepancies."""

from dataclasses import replace

import pytest
from compare_fixtures import far_conflict, many_rows, two_versions
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QApplication

from services.models import Link, LinkRelation, Row
from ui.compare_view import CompareView
from ui.fonts import load_bundled_fonts
from ui.highlights import Side
from ui.row_layout import display_rows, pack_rows
from ui.scroll_sync import map_through_rows, sync_point


@pytest.fixture
def view(qtbot):
    load_bundled_fonts()
    compare = CompareView()
    qtbot.addWidget(compare)
    compare.resize(1200, 950)
    compare.show()
    qtbot.waitExposed(compare)
    yield compare


def _levelled(view: CompareView) -> bool:
    left, right = view.left_pane.row_geometry(), view.right_pane.row_geometry()
    return len(left.tops) == len(right.tops) and all(
        abs(a - b) <= 1.0 for a, b in zip(left.tops, right.tops, strict=True)
    )


def _figure_span(view: CompareView, side: Side, index: int) -> tuple[int, int]:
    comparison = view.comparison
    quantity = (comparison.left_quantities if side is Side.LEFT else comparison.right_quantities)[
        index
    ]
    pane = view.right_pane if side is view.right_side else view.left_pane
    span = pane.document_span(quantity.start, quantity.end)
    assert span is not None
    assert pane.selected_range_text(*span) == quantity.text
    return span


def test_the_earlier_version_sits_on_the_right(view):
    view.set_comparison(two_versions())
    assert view.right_side is Side.LEFT
    assert view.right_pane.pane_text.article.source == "صحيفة الشرق"
    assert "صحيفة الشرق" in view.right_header.text and "2024-03-10" in view.right_header.text
    assert "وكالة الأفق" in view.left_header.text


def test_the_earlier_by_date_wins_over_the_order_of_selection(view):
    view.set_comparison(two_versions(earlier_first=False))
    assert view.right_side is Side.RIGHT
    assert view.right_pane.pane_text.article.source == "صحيفة الشرق"


def test_without_dates_the_first_selected_sits_on_the_right(view):
    comparison = two_versions(earlier_first=False)
    comparison = replace(
        comparison,
        left=replace(comparison.left, date=""),
        right=replace(comparison.right, date=""),
    )
    view.set_comparison(comparison)
    assert view.right_side is Side.LEFT
    assert view.right_pane.pane_text.article.source == "وكالة الأفق"


def test_panes_are_right_to_left(view):
    view.set_comparison(two_versions())
    for pane in (view.left_pane, view.right_pane):
        block = pane.document().firstBlock()
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignAbsolute
        assert pane.document().defaultFont().family() == "Noto Naskh Arabic"


def test_linked_claims_are_level_and_gaps_face_unlinked_sentences(view):
    comparison = two_versions()
    view.set_comparison(comparison)
    assert _levelled(view)
    # The last row holds a sentence only the earlier version has: a gap faces it.
    last = view.right_pane.document().blockCount() - 1
    assert view.left_pane.document().findBlockByNumber(last).text() == ""
    assert view.right_pane.document().findBlockByNumber(last).text().startswith("وتوقعت")
    # Between two shared claims, what each version alone says sits side by side (row 3),
    # plain: no tint, no band.
    left_block = view.left_pane.document().findBlockByNumber(3)
    right_block = view.right_pane.document().findBlockByNumber(3)
    assert left_block.text().startswith("وتشهد المنطقة")
    assert right_block.text().startswith("ولم تعلق")
    for block in (left_block, right_block):
        assert block.blockFormat().background().style() == Qt.BrushStyle.NoBrush
    assert len(view.gutter.bands) == len(comparison.links)
    shared = view.right_pane.document().findBlockByNumber(0).blockFormat().background()
    assert shared.color() == view._colours.shared_tint


def test_rows_stay_level_after_a_resize(view, qtbot):
    view.set_comparison(many_rows(30))
    assert _levelled(view)
    view.window().resize(800, 600)
    qtbot.waitUntil(lambda: not view._resize_timer.isActive(), timeout=2000)
    assert _levelled(view)


def test_figures_in_a_conflict_are_marked_on_both_sides(view):
    view.set_comparison(two_versions())
    colours = view._colours
    # The later version begins with an emoji (two UTF-16 units): its highlight must not slip.
    for side in (Side.LEFT, Side.RIGHT):
        start, end = _figure_span(view, side, 0)
        pane = view.right_pane if side is view.right_side else view.left_pane
        fmt = pane.format_at(start)
        assert fmt.background().color() == colours.conflict_tint
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        tooltip = pane.tooltip_at(start + 1)
        assert "نحو 60 معتقلا — صحيفة الشرق" in tooltip
        assert "750 معتقلا — وكالة الأفق" in tooltip
        assert tooltip.startswith("<p style='margin:0'><b>Conflict</b>")  # before "only in"
        # The base version's figure comes first.
        assert tooltip.index("نحو 60 معتقلا") < tooltip.index("750 معتقلا")


def test_every_relation_has_its_own_underline(view):
    view.set_comparison(two_versions())
    styles = {}
    for index in (0, 1, 2, 3):
        start, _ = _figure_span(view, Side.LEFT, index)
        styles[index] = view.right_pane.format_at(start).underlineStyle()
    assert styles[0] == QTextCharFormat.UnderlineStyle.WaveUnderline  # conflict
    assert styles[1] == QTextCharFormat.UnderlineStyle.SingleUnderline  # agree
    assert styles[2] == QTextCharFormat.UnderlineStyle.DotLine  # a plain figure (2019)
    assert styles[3] == QTextCharFormat.UnderlineStyle.DashUnderline  # differs


def test_words_only_one_version_has_are_marked(view):
    view.set_comparison(two_versions())
    colours = view._colours
    right_text = view.right_pane.document().findBlockByNumber(1).text()
    left_text = view.left_pane.document().findBlockByNumber(1).text()
    block_right = view.right_pane.document().findBlockByNumber(1).position()
    block_left = view.left_pane.document().findBlockByNumber(1).position()
    # "بحماية" only in the earlier version; "وسط" only in the later one.
    dropped = view.right_pane.format_at(block_right + right_text.index("بحماية"))
    added = view.left_pane.format_at(block_left + left_text.index("وسط"))
    shared = view.left_pane.format_at(block_left + left_text.index("عملية"))
    assert dropped.background().color() == colours.delete_tint and dropped.fontOverline()
    assert added.background().color() == colours.insert_tint
    assert added.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert shared.background().style() == Qt.BrushStyle.NoBrush


def test_moved_claims_are_marked_in_the_gutter(view):
    view.set_comparison(two_versions())
    marks = view.gutter._marks
    assert len(marks) == 1
    assert marks[0].tooltip.startswith("Moved: appears later in وكالة الأفق")


def test_scrolling_one_pane_moves_the_other(view, qtbot):
    view.window().resize(900, 400)
    view.set_comparison(many_rows(90))
    qtbot.waitUntil(lambda: not view._resize_timer.isActive(), timeout=2000)
    left, right = view.left_pane.verticalScrollBar(), view.right_pane.verticalScrollBar()
    assert right.maximum() > 1000
    right.setValue(700)
    assert abs(left.value() - 700) <= 2
    left.setValue(1500)
    assert abs(right.value() - 1500) <= 2
    # The gutter draws only the bands it can see.
    assert 0 < len(view.gutter.visible_bands()) < len(view.gutter.bands)


def test_the_wheel_over_the_left_pane_scrolls_both(view, qtbot):
    view.window().resize(900, 400)
    view.set_comparison(many_rows(90))
    pane = view.left_pane
    event_point = QPointF(50, 50)
    from PySide6.QtGui import QWheelEvent

    wheel = QWheelEvent(
        event_point,
        QPointF(pane.viewport().mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, -360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), wheel)
    right = view.right_pane.verticalScrollBar().value()
    assert right > 0
    assert abs(pane.verticalScrollBar().value() - right) <= 2


def test_swap_exchanges_the_sides(view, qtbot):
    view.set_comparison(two_versions())
    with qtbot.waitSignal(view.swapped, timeout=1000):
        qtbot.mouseClick(view.swap_button, Qt.MouseButton.LeftButton)
    assert view.right_side is Side.RIGHT
    assert view.right_pane.pane_text.article.source == "وكالة الأفق"
    assert "وكالة الأفق" in view.right_header.text
    assert _levelled(view)
    # Words only the first-read version has stay "dropped" wherever it is shown.
    left_text = view.left_pane.document().findBlockByNumber(1).text()
    block = view.left_pane.document().findBlockByNumber(1).position()
    fmt = view.left_pane.format_at(block + left_text.index("بحماية"))
    assert fmt.background().color() == view._colours.delete_tint


def test_f7_walks_the_discrepancies_conflict_first(view, qtbot):
    view.set_comparison(two_versions())
    window = view.window()
    # The window owns the shortcut; it calls the view, as the main window's action does.
    action = QAction("Next discrepancy", window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F7))
    action.triggered.connect(view.next_discrepancy)
    window.addAction(action)
    window.activateWindow()
    window.setFocus()
    with qtbot.waitSignal(view.finding_activated, timeout=1000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_F7)
    finding = blocker.args[0]
    assert finding.kind == "conflict"
    assert view.current_finding == 0
    assert view.findings.current() == 0
    assert view.left_pane.is_flashing() and view.right_pane.is_flashing()
    assert view.next_discrepancy()
    assert view.findings_list[view.current_finding].kind == "differs"
    assert view.next_discrepancy()
    assert view.findings_list[view.current_finding].kind == "agree"
    # From the last, F7 goes round to the first and says so (Shift+F7 likewise backwards).
    with qtbot.waitSignal(view.wrapped, timeout=1000) as wrapped:
        assert view.next_discrepancy()
    assert view.current_finding == 0 and "first" in wrapped.args[0]
    with qtbot.waitSignal(view.wrapped, timeout=1000) as wrapped:
        assert view.previous_discrepancy()
    assert view.findings_list[view.current_finding].kind == "agree" and "last" in wrapped.args[0]
    with qtbot.assertNotEmitted(view.wrapped):
        assert view.previous_discrepancy()
    assert view.findings_list[view.current_finding].kind == "differs"


def test_a_jump_brings_the_figure_into_view(view, qtbot):
    view.window().resize(900, 300)
    comparison = many_rows(60)
    view.set_comparison(comparison)
    # A finding far down: the last shared claim.
    last = len(view.findings_list) - 1
    view.show_finding(last)
    pane = view.right_pane
    excerpt = view.findings_list[last].excerpt(view.right_side)
    start, _ = pane.document_span(excerpt.start, excerpt.end)
    y = pane.y_of_position(start) - pane.verticalScrollBar().value()
    assert 0 <= y < pane.viewport().height()
    assert pane.is_flashing()
    qtbot.waitUntil(lambda: not pane.is_flashing(), timeout=3000)


def _in_view(view, index: int) -> bool:
    finding = view.findings_list[index]
    for pane, side in ((view.left_pane, view.right_side.other), (view.right_pane, view.right_side)):
        excerpt = finding.excerpt(side)
        start, _ = pane.document_span(excerpt.start, excerpt.end)
        y = pane.y_of_position(start) - pane.verticalScrollBar().value()
        if not 0 <= y < pane.viewport().height():
            return False
    return True


def test_the_current_finding_stays_in_view_after_swap_zoom_and_colours(view, qtbot):
    from ui.theme import dark_colours

    view.window().resize(900, 300)
    view.set_comparison(many_rows(60))
    last = len(view.findings_list) - 1
    view.show_finding(last)
    assert _in_view(view, last)
    view.right_pane.verticalScrollBar().setValue(0)  # the reader scrolled away, then:
    view.show_finding(last)
    view.swap()
    assert _in_view(view, last) and view.current_finding == last
    view.set_font_size(22)
    assert _in_view(view, last)
    view.set_colours(dark_colours())
    assert _in_view(view, last) and view.findings.current() == last


def test_opening_a_comparison_brings_its_first_conflict_into_view(view, qtbot):
    view.window().resize(900, 500)
    view.set_comparison(far_conflict(60))
    for pane, side in ((view.left_pane, view.right_side.other), (view.right_pane, view.right_side)):
        quantity = (
            view.comparison.left_quantities
            if side is Side.LEFT
            else view.comparison.right_quantities
        )[0]
        start, _ = pane.document_span(quantity.start, quantity.end)
        y = pane.y_of_position(start) - pane.verticalScrollBar().value()
        assert 0 <= y < pane.viewport().height()
        assert not pane.is_flashing()
    # In sight but not yet current: F7 goes to it.
    assert view.current_finding is None
    assert view.next_discrepancy() and view.current_finding == 0


def test_zoom_keeps_rows_level(view):
    view.set_comparison(two_versions())
    before = view.right_pane.row_geometry().tops[-1]
    view.set_font_size(16)
    assert view.font_size == pytest.approx(16)
    assert view.right_pane.document().defaultFont().pointSizeF() == pytest.approx(16)
    assert view.right_pane.row_geometry().tops[-1] > before
    assert _levelled(view)
    view.set_font_size(14)
    assert view.font_size == pytest.approx(14)


def test_the_window_can_choose_the_right_hand_side(view):
    view.set_comparison(two_versions(), right_side=Side.RIGHT)
    assert view.right_pane.pane_text.article.source == "وكالة الأفق"
    # Still read first: the earlier version's header says so wherever it sits.
    assert "read first" in view.left_header.text
    assert view.findings.model.base is Side.RIGHT


def test_clear_empties_everything(view):
    view.set_comparison(two_versions())
    view.clear()
    assert view.comparison is None
    assert view.left_pane.document().isEmpty() and view.right_pane.document().isEmpty()
    assert view.gutter.bands == ()
    assert not view.swap_button.isEnabled()
    assert not view.next_discrepancy()


def test_one_sided_runs_are_packed_between_shared_claims():
    rows = (
        Row(0, 0),
        Row(1, None),
        Row(2, None),
        Row(None, 1),
        Row(3, 2, moved=True),
        Row(None, 3),
        Row(None, 4),
        Row(4, None),
    )
    assert pack_rows(rows) == (
        Row(0, 0),
        Row(1, 1),
        Row(2, None),
        Row(3, 2, moved=True),
        Row(4, 3),
        Row(None, 4),
    )
    assert pack_rows(()) == ()
    # A linked sentence is never packed beside an unlinked one.
    linked = (Link(5, 1, LinkRelation.SHARED, 0.5),)
    assert pack_rows((Row(None, 1), Row(2, None)), linked) == (Row(None, 1), Row(2, None))


def test_a_sentence_linked_twice_is_shown_once():
    rows = (Row(0, 0), Row(0, 2, moved=True), Row(1, None), Row(3, 0, moved=True), Row(3, 2))
    links = tuple(Link(a, b, LinkRelation.SHARED, 0.5) for a, b in ((0, 0), (0, 2), (3, 0), (3, 2)))
    assert display_rows(rows, links) == (
        Row(0, 0),
        Row(None, 2, moved=True),
        Row(1, None),
        Row(3, None, moved=True),
    )


def test_sync_point_reaches_both_ends():
    assert sync_point(0, 100, 1000) == 0.0
    assert sync_point(500, 100, 1000) == 0.5
    assert sync_point(1000, 100, 1000) == 1.0


def test_map_through_rows_interpolates_inside_a_row():
    source = (0.0, 100.0, 300.0)
    target = (0.0, 50.0, 250.0)
    assert map_through_rows(50, source, target) == 25
    assert map_through_rows(200, source, target) == 150
    assert map_through_rows(350, source, target) == 300


def test_a_claim_split_in_two_is_read_once_with_a_band_to_each_part(view):
    comparison = two_versions()
    # The earlier version's first sentence also states what the later one's third does.
    extra = Link(0, 2, LinkRelation.SHARED, 0.4)
    rows = (Row(0, 0), Row(0, 2, moved=True), *comparison.rows[1:])
    comparison = replace(comparison, links=(*comparison.links, extra), rows=rows)
    view.set_comparison(comparison)
    texts = [
        view.right_pane.document().findBlockByNumber(i).text()
        for i in range(view.right_pane.document().blockCount())
    ]
    first = comparison.left_sentences[0].text
    assert texts.count(first) == 1
    assert len(view.gutter.bands) == len(comparison.links)
    assert _levelled(view)


def test_the_keyboard_scrolls_both_panes(view, qtbot):
    view.window().resize(900, 500)
    view.set_comparison(many_rows(60))
    pane = view.right_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert pane.verticalScrollBar().value() > 0
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.verticalScrollBar().value() == pane.verticalScrollBar().maximum()
    assert abs(view.left_pane.verticalScrollBar().value() - pane.verticalScrollBar().value()) <= 2
    qtbot.keyClick(pane, Qt.Key.Key_Home)
    assert pane.verticalScrollBar().value() == 0
    assert view.right_pane.accessibleName() == "المصدر الأول (right pane)"


def test_a_dark_palette_brings_dark_reading_colours(view, qtbot):
    from ui.theme import dark_palette

    view.set_comparison(two_versions())
    view.setPalette(dark_palette())
    assert view._colours.dark
    start, _ = _figure_span(view, Side.LEFT, 0)
    assert view.right_pane.format_at(start).background().color() == view._colours.conflict_tint
    assert _levelled(view)
