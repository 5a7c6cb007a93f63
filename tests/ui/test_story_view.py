"""The story view on the demo library: more than two articles selected show the figures table
and the claims matrix, which match `riwaya story --json`; sorting; a click on a cell opens the
two-pane comparison on that figure or claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.demo import ensure_demo_library
from app.main import main
from services.compare.story import Figure
from services.models import Kind, Quantity
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.story_model import MEMBERS_ROLE, PLOT_ROLE, RELATION_ROLE, FigureTableModel, plot_data


@pytest.fixture
def demo(tmp_path) -> Path:
    return ensure_demo_library(tmp_path / "demo.sqlite")


@pytest.fixture
def window(qtbot, demo, tmp_path) -> MainWindow:
    from services.library.storage import Library

    window = MainWindow(Library.open(demo), demo, settings=Settings.at(tmp_path / "r.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_story(qtbot, window, ids):
    with qtbot.waitSignal(window.story_shown, timeout=60000) as blocker:
        window.library_panel.select_ids(ids)
    return blocker.args[0]


def _story_json(capsys, demo, ids) -> dict:
    code = main(["story", *map(str, ids), "--json", "--db", str(demo)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_three_articles_show_the_figures_table_as_the_json_gives_it(qtbot, window, demo, capsys):
    story = _open_story(qtbot, window, [1, 2, 3])
    view = window.reading_area.stories.view
    assert window.reading_area.currentWidget() is view
    data = _story_json(capsys, demo, [1, 2, 3])
    model = view.figures_model
    assert model.rowCount() == len(data["figures"])
    assert model.columnCount() == FigureTableModel.LEAD + 3
    ids = [a.id for a in story.articles]

    def table_rows():
        rows = set()
        for row in range(model.rowCount()):
            cells = []
            for k in range(3):
                text = model.index(row, model.column_of_article(k)).data() or ""
                cells.append(text)
            rows.add(tuple(cells))
        return rows

    def json_rows():
        rows = set()
        for f in data["figures"]:
            cells = []
            for article_id in ids:
                cells.append(
                    " · ".join(m["text"] for m in f["members"] if m["article"] == article_id)
                )
            rows.add(tuple(cells))
        return rows

    assert table_rows() == json_rows()
    # The death toll: «نحو 40» at 09:40, then 120 at 18:15: an update, and the cells say so.
    first = next(
        r
        for r in range(model.rowCount())
        if "120" in (model.index(r, model.column_of_article(1)).data() or "")
    )
    # The title's and the body's toll are one row; the next day's «أربعون» against 120 is a
    # later lower total, a conflict, which a cell shows before the update.
    assert "updated" in {r.relation for r in model.item(first).relations}
    assert model.index(first, model.column_of_article(1)).data(RELATION_ROLE) in (
        "updated",
        "conflict",
    )
    assert model.index(first, model.column_of_article(1)).data(Qt.ItemDataRole.BackgroundRole)
    assert model.index(first, FigureTableModel.PLOT).data(PLOT_ROLE) is not None
    header = model.headerData(model.column_of_article(0), Qt.Orientation.Horizontal)
    header = header.replace("\u2066", "").replace("\u2069", "")  # isolates: see below
    assert header.startswith("#1 ") and "2024-03-13" in header


def test_the_claims_matrix_shows_the_wording_and_the_whole_sentence(qtbot, window):
    story = _open_story(qtbot, window, [1, 2, 3])
    model = window.reading_area.stories.view.claims_model
    assert model.rowCount() == len(story.claims) > 0
    claim = model.item(0)
    member = claim.members[0]
    index = model.index(0, model.column_of_article(member.article))
    assert member.text.split()[0] in index.data()
    assert member.text in index.data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_spread_puts_the_widest_figure_first(qtbot, window):
    _open_story(qtbot, window, [1, 2, 3])
    view = window.reading_area.stories.view
    view.sort_box.setCurrentIndex(view.sort_box.findData("spread"))
    model = view.figures_model

    def ratio(f: Figure) -> float:
        if f.low is None or f.high is None:
            return float("inf")
        return f.high / f.low if f.low > 0 else f.high - f.low

    ratios = [ratio(model.item(r)) for r in range(model.rowCount())]
    assert ratios == sorted(ratios, reverse=True)
    view.sort_box.setCurrentIndex(view.sort_box.findData("outlets"))
    outlets = [len(model.item(r).articles) for r in range(model.rowCount())]
    assert outlets == sorted(outlets, reverse=True)


def test_clicking_a_figure_cell_opens_the_comparison_on_that_figure(qtbot, window):
    _open_story(qtbot, window, [1, 2, 3])
    view = window.reading_area.stories.view
    model, table = view.figures_model, view.figures_table
    row = next(r for r in range(model.rowCount()) if model.item(r).relations)
    figure = model.item(row)
    article = figure.members[figure.relations[0].a].article
    index = model.index(row, model.column_of_article(article))
    assert index.data(MEMBERS_ROLE)
    table.scrollTo(index)
    focus = view.focus_for(model, row, index.column())
    with qtbot.waitSignal(window.comparison_shown, timeout=60000) as blocker:
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
        )
    comparison = blocker.args[0]
    assert {comparison.left.id, comparison.right.id} == {focus.left, focus.right}
    assert window.stack.currentWidget() is window.compare_view
    current = window.compare_view.current_finding
    assert current is not None
    finding = window.compare_view.findings_list[current]
    d = comparison.discrepancies[finding.discrepancy]
    shown = {(comparison.left.id, d.left), (comparison.right.id, d.right)}
    assert shown == {(focus.left, focus.left_index), (focus.right, focus.right_index)}


def test_clicking_a_claim_cell_opens_the_comparison_on_that_claim(qtbot, window):
    _open_story(qtbot, window, [1, 2, 3])
    view = window.reading_area.stories.view
    model = view.claims_model
    member = model.item(0).members[0]
    column = model.column_of_article(member.article)
    focus = view.focus_for(model, 0, column)
    with qtbot.waitSignal(window.comparison_shown, timeout=60000):
        view.claims_table.clicked.emit(model.index(0, column))
    comparison = window.compare_view.comparison
    finding = window.compare_view.findings_list[window.compare_view.current_finding]
    link = comparison.links[finding.link]
    assert {(comparison.left.id, link.left), (comparison.right.id, link.right)} == {
        (focus.left, focus.left_index),
        (focus.right, focus.right_index),
    }


def test_two_articles_still_compare_and_one_is_read(qtbot, window):
    with qtbot.waitSignal(window.comparison_shown, timeout=60000):
        window.library_panel.select_ids([1, 2])
    assert window.stack.currentWidget() is window.compare_view


def _q(low, high):
    return Quantity("", 0, 0, None, low, high, False, Kind.COUNT)


def test_the_range_plot_turns_logarithmic_across_orders_of_magnitude():
    from services.compare.story import FigureMember

    def figure(*qs):
        members = tuple(FigureMember(k, 0, q) for k, q in enumerate(qs))
        return Figure("", members, (), None, None)

    assert plot_data(figure(_q(54, 66), _q(750, 750))).log is False
    assert plot_data(figure(_q(54, 66), _q(12000, 12000))).log is True
    assert plot_data(figure(_q(100, None))).intervals == ((100, None, None),)


def test_an_edited_article_rebuilds_the_story_and_a_deleted_one_leaves_it(qtbot, window):
    _open_story(qtbot, window, [1, 2, 3])
    with qtbot.waitSignal(window.story_shown, timeout=60000) as blocker:
        window.controller.articles_changed.emit((2,))  # as an edit of its outlet reports it
    assert [a.id for a in blocker.args[0].articles] == [1, 2, 3]
    with qtbot.waitSignal(window.comparison_shown, timeout=60000):
        window.controller.delete([3])  # two articles left selected: they are compared


def test_the_range_plot_runs_in_time_order_and_rings_an_outlets_latest_figure():
    from services.compare.story import FigureMember
    from services.models import Article

    def article(n: int, source: str, day: str, time: str = "") -> Article:
        return Article(n, "", source, day, "", "", "", time=time)

    articles = (
        article(1, "المرفأ", "2024-03-13", "18:15"),
        article(2, "الساحل", "2024-03-13", "09:40"),
        article(3, "الساحل", "2024-03-13", "20:00"),
        article(4, "الرصيف", ""),
    )
    qs = (_q(120, 120), _q(36, 44), _q(130, 130), _q(40, 40))
    figure = Figure("", tuple(FigureMember(k, 0, q) for k, q in enumerate(qs)), (), None, None)
    data = plot_data(figure, articles)
    assert data.timed
    assert [lo for lo, _, _ in data.intervals] == [36, 120, 130, 40]
    assert data.times == ("09:40", "18:15", "20:00", "?")
    # الساحل gave two figures: its 20:00 one is its latest; one-figure outlets get no ring.
    assert data.latest == (False, False, True, False)
    # Without two dated articles there is no time axis.
    undated = tuple(article(k + 1, "x", "") for k in range(4))
    assert not plot_data(figure, undated).timed
    assert not plot_data(figure).timed


def _visual_order(text: str, direction: Qt.LayoutDirection) -> list[int]:
    """The positions inside words of `text` (between two letters or digits) from left to right
    as Qt lays the line out in `direction`: the order a reader's eye meets them in."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    inside = [i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum()]
    return sorted(inside, key=lambda i: line.cursorToX(i)[0])


def _reads_left_to_right_in_a_right_to_left_cell(text: str) -> bool:
    return all(
        _visual_order(line, Qt.LayoutDirection.RightToLeft)
        == _visual_order(line, Qt.LayoutDirection.LeftToRight)
        for line in text.split("\n")
    )


def test_latin_labels_read_left_to_right_in_the_right_to_left_tables(qtbot, window):
    # The tables are right to left in English too: unisolated, the claim label read
    # "#1 :outlets · first 3" and a column's date "09:40 2024-03-13".
    assert not _reads_left_to_right_in_a_right_to_left_cell("2024-03-13 09:40")
    _open_story(qtbot, window, [1, 2, 3])
    view = window.reading_area.stories.view
    claims, figures = view.claims_model, view.figures_model
    for model in (claims, figures):
        for column in range(model.LEAD, model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            date_line = header.split("\n")[1]
            assert _reads_left_to_right_in_a_right_to_left_cell(date_line), header
    assert any(claims.item(r).copied for r in range(claims.rowCount()))
    for row in range(claims.rowCount()):
        label = claims.index(row, 0).data()
        assert "outlets" in label
        assert _reads_left_to_right_in_a_right_to_left_cell(label), label
    for row in range(figures.rowCount()):
        spread_line = figures.index(row, FigureTableModel.TOPIC).data().split("\n")[-1]
        assert _reads_left_to_right_in_a_right_to_left_cell(spread_line), spread_line


def test_the_claims_matrix_is_the_json_with_who_copied_whom(qtbot, window, demo, capsys):
    story = _open_story(qtbot, window, [1, 2, 3])
    data = _story_json(capsys, demo, [1, 2, 3])
    model = window.reading_area.stories.view.claims_model
    ids = [a.id for a in story.articles]

    def key(members):
        return tuple(sorted((m["article"], m["sentence"]) for m in members))

    expected = {key(c["members"]): c for c in data["claims"]}
    assert model.rowCount() == len(expected)
    copies_seen = 0
    for row in range(model.rowCount()):
        claim = model.item(row)
        members = [{"article": ids[m.article], "sentence": m.sentence} for m in claim.members]
        c = expected[key(members)]
        assert claim.copied == c["copied"]
        assert ("❐" in model.index(row, 0).data()) == c["copied"]
        for copy in c["copies"]:
            later = copy["b"] if copy["source"] == copy["a"] else copy["a"]
            if copy["source"] is None:
                continue
            source_id = c["members"][copy["source"]]["article"]
            cell = model.index(row, model.column_of_article(claim.members[later].article))
            # a cell holds one line per sentence of its article in the claim: the copy's is marked
            assert any(line.startswith("❐") for line in cell.data().split("\n"))
            tip = cell.data(Qt.ItemDataRole.ToolTipRole).replace("\u2066", "").replace("\u2069", "")
            assert f"copied word for word from #{source_id}" in tip
            copies_seen += 1
    assert copies_seen  # the demo's versions are dated: who copied whom is known


def test_the_range_plot_is_drawn_alike_in_a_right_to_left_interface(qtbot, qapp):
    # A widget's painter takes the application's direction: in the Arabic window the plot's
    # time labels read "09:40 03-13". The plot is a left-to-right axis in both languages.
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.story_model import PlotData
    from ui.story_view import RangePlotDelegate

    data = PlotData(
        ((36, 44, "updated"), (120, 120, "updated")),
        36,
        120,
        False,
        timed=True,
        times=("03-13 09:40", "03-14 18:15"),
        latest=(False, False),
    )
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(data, PLOT_ROLE)
    model.setItem(0, 0, item)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegateForColumn(0, RangePlotDelegate(None, table))
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the story view sets it
    table.horizontalHeader().resizeSection(0, 240)
    table.verticalHeader().resizeSection(0, 60)
    table.resize(320, 120)
    table.show()
    qtbot.waitExposed(table)

    def drawn(direction: Qt.LayoutDirection):
        qapp.setLayoutDirection(direction)
        table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        rect = table.visualRect(model.index(0, 0))
        return table.viewport().grab(rect).toImage()

    try:
        assert drawn(Qt.LayoutDirection.RightToLeft) == drawn(Qt.LayoutDirection.LeftToRight)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
