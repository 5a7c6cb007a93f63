"""The main window driven offscreen: listing, reading, searching, editing, deleting with undo,
importing by drop, comparing two articles, and what it remembers."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_fixtures import EARLIER, LATER, WEATHER, store_articles
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from services.models import Agreement
from ui.article_model import DATE, FIGURES, OUTLET, TITLE, article_mime
from ui.fonts import DEFAULT_READING_POINT_SIZE
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def library_path(tmp_path) -> Path:
    db = tmp_path / "library.sqlite"
    store_articles(db, (EARLIER, LATER, WEATHER))
    return db


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(tmp_path / "riwaya.ini")


def _open_window(qtbot, db: Path, settings: Settings) -> MainWindow:
    from services.library.storage import Library
    from ui.fonts import load_bundled_fonts

    load_bundled_fonts()  # as the application does at start-up (this file may run alone)

    window = MainWindow(Library.open(db), db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, library_path, settings) -> MainWindow:
    return _open_window(qtbot, library_path, settings)


def _ids(window: MainWindow) -> dict[str, int]:
    return {s.title: s.id for s in window.model.summaries()}


def _stored(db: Path, article_id: int):
    from services.library.storage import Library

    with Library.open(db) as library:
        return library.get(article_id)


def _drop(widget, mime: QMimeData) -> QDropEvent:
    """Drag `mime` over `widget` and drop it there, as Qt delivers a real drag."""
    centre = widget.rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, drop)
    return drop


def _drop_files(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    _drop(window, mime)


# Listing and reading -----------------------------------------------------------------------


def test_an_empty_library_explains_how_to_import(qtbot, tmp_path, settings):
    from services.library.storage import Library

    db = tmp_path / "empty.sqlite"
    Library.open(db).close()
    window = _open_window(qtbot, db, settings)
    assert window.stack.currentWidget() is window.empty_page
    text = " ".join(
        label.text() for label in window.empty_page.findChildren(type(window.hint_page.label))
    )
    assert "Drag" in text and "File › Import" in text
    assert window.counts_label.text() == "0 articles"
    assert window.library_panel.outlet_box.currentText() == "All outlets"


def test_the_list_shows_title_outlet_date_and_figures(window):
    model = window.model
    rows = {
        model.index(r, TITLE).data(): [model.index(r, c).data() for c in (OUTLET, DATE, FIGURES)]
        for r in range(model.rowCount())
    }
    assert rows[EARLIER.title][:2] == ["وكالة الساحل", "2024-03-10"]
    assert rows[EARLIER.title][2] >= 2  # about 60 detainees, about 12,000 detainees
    assert rows[WEATHER.title][:2] == ["صحيفة المساء", ""]
    assert window.counts_label.text() == "3 articles"
    assert window.stack.currentWidget() is window.hint_page


def test_selecting_one_article_shows_it_right_to_left_in_the_arabic_font(qtbot, window):
    article_id = _ids(window)[EARLIER.title]
    with qtbot.waitSignal(window.article_shown):
        window.library_panel.select_ids([article_id])
    view = window.article_view
    assert window.stack.currentWidget() is view
    assert "نحو 60 محتجزا" in view.toPlainText()
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = view.document().lastBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert block.charFormat().font().families()[0] == "Noto Naskh Arabic"
    assert "1 selected" in window.counts_label.text()


def test_search_filters_the_list_without_hamza_or_diacritics(qtbot, window):
    panel = window.library_panel
    # "الارصاد" without the hamza finds "الأرصاد". (QTest cannot type Arabic key by key.)
    panel.search_box.insert("الارصاد")
    qtbot.waitUntil(lambda: panel.shown_count() == 1, timeout=5000)
    shown = panel.proxy.index(0, TITLE).data()
    assert shown == WEATHER.title
    assert "1 shown" in window.counts_label.text()
    panel.search_box.clear()
    qtbot.waitUntil(lambda: panel.shown_count() == 3, timeout=5000)


def test_a_search_with_no_match_says_so(qtbot, window):
    panel = window.library_panel
    panel.search_box.insert("زلزال")
    qtbot.waitUntil(lambda: panel.shown_count() == 0, timeout=5000)
    assert panel.message.text() == "No article matches."


def test_the_outlet_filter_keeps_one_outlet(qtbot, window):
    panel = window.library_panel
    position = panel.outlet_box.findText("شبكة الأفق")
    assert position > 0
    panel.outlet_box.setCurrentIndex(position)
    assert panel.shown_count() == 1
    assert panel.proxy.index(0, TITLE).data() == LATER.title
    panel.outlet_box.setCurrentIndex(0)
    assert panel.shown_count() == 3


# Editing and deleting ----------------------------------------------------------------------


def test_editing_a_title_in_place_is_stored_and_undoable(qtbot, window, library_path):
    article_id = _ids(window)[WEATHER.title]
    panel = window.library_panel
    panel.select_ids([article_id])
    table = panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("أمطار وسيول في الشمال")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)

    assert _stored(library_path, article_id).title == "أمطار وسيول في الشمال"
    assert _ids(window).get("أمطار وسيول في الشمال") == article_id
    window.commands.undo.trigger()
    assert _stored(library_path, article_id).title == WEATHER.title
    window.commands.redo.trigger()
    assert _stored(library_path, article_id).title == "أمطار وسيول في الشمال"


def test_the_date_cell_edits_date_and_time_together_and_undoes_both(qtbot, window, library_path):
    article_id = _ids(window)[EARLIER.title]
    before = _stored(library_path, article_id)
    row = window.model.row_of(article_id)
    assert window.model.setData(window.model.index(row, DATE), "2024-03-13 6:15 pm")
    stored = _stored(library_path, article_id)
    assert (stored.date, stored.time) == ("2024-03-13", "18:15")
    assert window.model.index(row, DATE).data(Qt.ItemDataRole.EditRole) == "2024-03-13 18:15"
    window.commands.undo.trigger()
    stored = _stored(library_path, article_id)
    assert (stored.date, stored.time) == (before.date, before.time)


def test_editing_the_outlet_updates_the_filter_and_the_article_view(qtbot, window, library_path):
    article_id = _ids(window)[EARLIER.title]
    window.library_panel.select_ids([article_id])
    row = window.model.row_of(article_id)
    assert window.model.setData(window.model.index(row, OUTLET), "الميادين")
    assert _stored(library_path, article_id).source == "الميادين"
    assert window.library_panel.outlet_box.findText("الميادين") > 0
    assert "الميادين" in window.article_view.toPlainText()


def test_delete_then_undo_restores_the_article_under_its_id(qtbot, window, library_path):
    article_id = _ids(window)[LATER.title]
    before = _stored(library_path, article_id)
    figures = window.model.summary(window.model.row_of(article_id)).figures
    window.library_panel.select_ids([article_id])
    window.commands.delete.trigger()

    assert window.model.row_of(article_id) is None
    assert window.counts_label.text().startswith("2 articles")
    from services.library.storage import ArticleNotFound

    with pytest.raises(ArticleNotFound):
        _stored(library_path, article_id)

    window.commands.undo.trigger()
    assert _stored(library_path, article_id) == before
    row = window.model.row_of(article_id)
    assert row is not None and window.model.summary(row).figures == figures
    assert window.library_panel.selected_ids() == (article_id,)


# Importing ---------------------------------------------------------------------------------


def test_dropping_a_file_imports_it_in_the_background(qtbot, window, tmp_path):
    path = tmp_path / "drop" / "report.txt"
    path.parent.mkdir()
    path.write_text(
        "انهيار جسر قديم في الريف الشرقي\n\n"
        "انهار جسر قديم في الريف الشرقي صباح اليوم من دون أن يسفر ذلك عن إصابات، "
        "وقالت البلدية إن طول الجسر 40 مترا.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as blocker:
        _drop_files(window, [path.parent])
        assert window.import_progress.isVisible() or not window.imports.is_running()
    report = blocker.args[0]
    assert len(report.imported) == 1
    assert window.model.rowCount() == 4
    assert not window.import_progress.isVisible()
    dialog = window.imports.last_summary
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "1 article imported"
    dialog.close()


def test_a_refused_file_shows_its_reason(qtbot, window, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 binary")
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as blocker:
        _drop_files(window, [empty, scan])
    report = blocker.args[0]
    assert not report.imported and len(report.refused) == 2
    dialog = window.imports.last_summary
    assert "2 refused" in dialog.heading.text()
    reasons = dialog.refused_reasons()
    assert set(reasons) == {str(empty), str(scan)}
    assert all(reason.strip() for reason in reasons.values())
    shown = {name: (outcome, details) for name, outcome, details in dialog.shown_rows()}
    assert shown["empty.txt"] == ("Refused", reasons[str(empty)])
    assert shown["scan.pdf"][0] == "Refused"
    assert window.model.rowCount() == 3
    dialog.close()


def test_importing_the_same_text_again_is_reported_as_a_duplicate(qtbot, window, tmp_path):
    path = tmp_path / "again.txt"
    path.write_text(WEATHER.text, encoding="utf-8")
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as blocker:
        window.import_paths([path])
    assert len(blocker.args[0].duplicates) == 1
    assert "1 already in the library" in window.imports.last_summary.heading.text()
    window.imports.last_summary.close()


# Comparing ---------------------------------------------------------------------------------


def _compare(qtbot, window: MainWindow, ids: list[int]):
    with qtbot.waitSignal(window.comparison_shown, timeout=30000) as blocker:
        window.library_panel.select_ids(ids)
    return blocker.args[0]


def test_selecting_two_articles_compares_them_in_the_compare_view(qtbot, window):
    ids = _ids(window)
    comparison = _compare(qtbot, window, [ids[LATER.title], ids[EARLIER.title]])
    assert window.stack.currentWidget() is window.compare_view
    assert window.compare_view.comparison is comparison
    # The earlier version is the comparison's first side, whichever was selected first.
    assert (comparison.left.id, comparison.right.id) == (ids[EARLIER.title], ids[LATER.title])
    assert any(d.relation is Agreement.CONFLICT for d in comparison.discrepancies)
    assert window.commands.next.isEnabled()


def test_f7_goes_to_the_first_discrepancy(qtbot, window):
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    view = window.compare_view
    window.library_panel.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert view.current_finding is not None
    assert view.findings_list[view.current_finding].kind.is_discrepancy


def test_f7_at_the_last_discrepancy_goes_round_and_says_so(qtbot, window):
    ids = _ids(window)
    comparison = _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    view = window.compare_view
    count = sum(1 for f in view.findings_list if f.kind.is_discrepancy)
    assert count == len(comparison.discrepancies) > 0
    for _ in range(count):
        window.commands.next.trigger()
    assert not window.statusBar().currentMessage().startswith("Back at")
    window.commands.next.trigger()
    assert view.current_finding == 0
    assert window.statusBar().currentMessage().startswith("Back at the first discrepancy")
    window.commands.previous.trigger()
    assert window.statusBar().currentMessage().startswith("Back at the last discrepancy")


def test_an_article_dropped_on_a_pane_replaces_that_side(qtbot, window):
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    view = window.compare_view
    right_hand = view.right_side
    kept_id = (
        window.comparison().left if right_hand.value == "right" else window.comparison().right
    ).id
    with qtbot.waitSignal(window.comparison_shown, timeout=30000) as blocker:
        event = _drop(view.right_pane.viewport(), article_mime([ids[WEATHER.title]]))
    assert event.isAccepted()
    comparison = blocker.args[0]
    assert {comparison.left.id, comparison.right.id} == {kept_id, ids[WEATHER.title]}


def test_selecting_one_of_two_goes_back_to_reading(qtbot, window):
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    window.library_panel.select_ids([ids[WEATHER.title]])
    assert window.stack.currentWidget() is window.article_view
    assert not window.commands.next.isEnabled()


# Zoom and memory ---------------------------------------------------------------------------


def test_zoom_changes_the_reading_size_within_bounds(qtbot, window):
    window.library_panel.select_ids([_ids(window)[EARLIER.title]])
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    assert window.point_size() == DEFAULT_READING_POINT_SIZE + 2
    assert window.article_view.point_size() == DEFAULT_READING_POINT_SIZE + 2
    for _ in range(100):
        window.commands.zoom_out.trigger()
    assert window.point_size() >= 8
    window.commands.zoom_reset.trigger()
    assert window.point_size() == DEFAULT_READING_POINT_SIZE


def test_zoom_reaches_the_comparison_too(qtbot, window):
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    window.commands.zoom_in.trigger()
    assert window.compare_view.font_size == window.point_size() == DEFAULT_READING_POINT_SIZE + 1
    assert window.article_view.point_size() == window.point_size()


def test_layout_zoom_and_library_are_remembered(qtbot, library_path, settings):
    first = _open_window(qtbot, library_path, settings)
    # Within the offscreen screen (800×600): Qt keeps restored windows on screen.
    first.resize(760, 560)
    first.splitter.setSizes([300, 460])
    first.commands.zoom_in.trigger()
    sizes = first.splitter.sizes()
    first.close()

    assert settings.last_library() == library_path
    second = _open_window(qtbot, library_path, settings)
    assert second.point_size() == DEFAULT_READING_POINT_SIZE + 1
    assert second.size().width() == 760
    assert second.splitter.sizes() == sizes


def test_nothing_is_remembered_when_told_not_to(qtbot, library_path, settings):
    from services.library.storage import Library

    window = MainWindow(Library.open(library_path), library_path, settings=settings, remember=False)
    qtbot.addWidget(window)
    window.commands.zoom_in.trigger()
    window.close()
    assert settings.last_library() is None
    assert settings.reading_point_size(0.0) == 0.0


def test_keyboard_shortcuts_reach_the_important_actions(window):
    shortcuts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for action in window.actions()
        if not action.shortcut().isEmpty()
    }
    assert shortcuts["Import files…"] == "Ctrl+O"
    assert shortcuts["Next discrepancy"] == "F7"
    assert shortcuts["Previous discrepancy"] == "Shift+F7"
    assert shortcuts["Zoom out"] == "Ctrl+-"
    assert shortcuts["Reset zoom"] == "Ctrl+0"
    assert shortcuts["Find in article…"] == "Ctrl+F"
    assert shortcuts["Search the library"] == "Ctrl+Shift+F"
    assert window.commands.zoom_in.shortcuts()[0].toString() == "Ctrl++"


def test_opening_another_library_switches_the_list_and_is_remembered(
    qtbot, window, tmp_path, settings
):
    other = tmp_path / "other.sqlite"
    (weather_id,) = store_articles(other, (WEATHER,))
    window.library_panel.select_ids([_ids(window)[LATER.title]])
    window.commands.delete.trigger()
    assert window.open_library(other)
    assert [s.id for s in window.model.summaries()] == [weather_id]
    assert window.undo_stack.count() == 0  # undoing a delete from the other library: no
    assert window.stack.currentWidget() is window.hint_page
    assert window.windowTitle() == "Riwaya — other.sqlite"
    assert settings.last_library() == other


def test_a_file_that_is_not_a_library_is_refused_with_a_warning(qtbot, window, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    assert not window.open_library(folder)
    assert window.last_warning is not None and window.last_warning.isVisible()
    assert "cannot open the library" in window.last_warning.text()
    assert window.model.rowCount() == 3
    window.last_warning.close()


def test_an_article_dropped_on_the_one_being_read_compares_the_two(qtbot, window):
    ids = _ids(window)
    window.library_panel.select_ids([ids[LATER.title]])
    with qtbot.waitSignal(window.comparison_shown, timeout=30000) as blocker:
        _drop(window.article_view.viewport(), article_mime([ids[EARLIER.title]]))
    comparison = blocker.args[0]
    assert (comparison.left.id, comparison.right.id) == (ids[EARLIER.title], ids[LATER.title])
    assert set(window.library_panel.selected_ids()) == {ids[EARLIER.title], ids[LATER.title]}


def test_delete_in_the_search_box_edits_the_query_not_the_library(qtbot, window):
    panel = window.library_panel
    panel.select_ids([_ids(window)[WEATHER.title]])
    panel.search_box.setFocus()
    panel.search_box.insert("مطر")
    panel.search_box.setCursorPosition(0)
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Delete)
    assert panel.search_box.text() == "طر"
    assert window.model.rowCount() == 3
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 2


def test_enter_in_the_list_moves_the_keyboard_into_the_text(qtbot, window):
    panel = window.library_panel
    panel.select_ids([_ids(window)[EARLIER.title]])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.article_view.hasFocus()
    window.commands.focus_list.trigger()
    assert panel.table.hasFocus()


def test_the_appearance_can_be_forced_dark_and_back(qtbot, window, settings):
    from ui.theme import is_dark, reading_colours

    app = QApplication.instance()
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    try:
        dark = next(a for a in window.commands.themes.actions() if a.data() == "dark")
        dark.trigger()
        assert is_dark(app.palette()) and reading_colours().dark
        assert settings.theme() == "dark" and dark.isChecked()
        assert window.compare_view.findings.model.colours.dark
    finally:
        window.set_theme("system")
    assert not is_dark(app.palette())
    assert settings.theme() == "system"
    assert not window.compare_view.findings.model.colours.dark


def test_a_comparison_that_fails_says_why_in_the_view(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.compares.comparison_failed, timeout=30000) as blocker:
        window.open_comparison(_ids(window)[EARLIER.title], str(tmp_path / "gone.txt"))
    assert "gone.txt" in blocker.args[0]
    assert window.compare_view.banner.text() == blocker.args[0]
    assert "gone.txt" in window.statusBar().currentMessage()


def test_cancelling_an_import_keeps_what_was_stored_and_says_so(qtbot, window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:02d}.txt").write_text(
            f"خبر رقم {i}: أعلنت البلدية إغلاق {i + 3} طرق بسبب الأمطار الغزيرة.", encoding="utf-8"
        )
    with qtbot.waitSignal(window.imports.finished, timeout=30000) as blocker:
        window.import_paths([folder])
        assert window.import_progress.cancel_button.isEnabled()
        window.import_progress.cancel_button.click()
        assert not window.import_progress.cancel_button.isEnabled()
    report = blocker.args[0]
    assert len(report.imported) < 30
    assert window.model.rowCount() == 3 + len(report.imported)
    dialog = window.imports.last_summary
    assert dialog.windowTitle() == "Import cancelled"
    assert dialog.heading.text().startswith("Import cancelled:")
    dialog.close()


# A window that explains itself ------------------------------------------------------------


def test_the_legend_opens_from_help_and_from_the_findings_header(qtbot, window):
    window.commands.legend.trigger()
    legend = window.legend
    assert legend is not None and legend.isVisible()
    text = legend.browser.toPlainText()
    for words in ("Conflict", "wavy", "Differs", "dashed", "Agree", "dotted", "teal", "lilac"):
        assert words in text
    legend.close()
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    window.compare_view.findings.legend_button.click()
    assert window.legend is legend and legend.isVisible()
    legend.close()


def test_ctrl_f_finds_in_the_article_ignoring_hamza_and_escape_closes(qtbot, window):
    ids = _ids(window)
    window.library_panel.select_ids([ids[EARLIER.title]])
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus() and bar.view() is window.article_view
    bar.field.insert("منشاة")  # without the hamza of «منشأة» and «المنشأة»
    assert bar.match_count() == 2 and bar.count_label.text() == "1 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "1 of 2"  # round again
    assert len(window.article_view.extraSelections()) == 2
    bar.field.setText("زلزال")
    assert bar.count_label.text() == "No match"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.article_view.extraSelections() == []
    assert window.article_view.hasFocus()


def test_find_in_a_comparison_searches_the_pane_and_follows_a_new_text(qtbot, window):
    ids = _ids(window)
    _compare(qtbot, window, [ids[EARLIER.title], ids[LATER.title]])
    view = window.compare_view
    window.commands.find_in_article.trigger()
    bar = window.find_bar
    assert bar.view() is view.right_pane
    bar.field.insert("750")
    right_has_750 = "750" in view.right_pane.toPlainText()
    assert bar.match_count() == (1 if right_has_750 else 0)
    view.swap()  # the other version now on the right: the bar finds again in the same pane
    assert bar.match_count() == (0 if right_has_750 else 1)
    window.library_panel.select_ids([ids[WEATHER.title]])
    assert bar.view() is window.article_view and bar.match_count() == 0


def test_the_library_search_has_its_own_shortcut(qtbot, window):
    window.article_view.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.library_panel.search_box.hasFocus()
    assert "Ctrl+Shift+F" in window.library_panel.search_box.placeholderText()


def test_the_original_text_and_its_file_can_be_seen(qtbot, window):
    ids = _ids(window)
    window.library_panel.select_ids([ids[WEATHER.title]])
    window.commands.original_text.trigger()
    dialog = window.last_dialog
    assert dialog.isVisible() and dialog.path_label.text() == WEATHER.path
    assert dialog.text.toPlainText() == WEATHER.text
    dialog.close()


def test_about_names_the_version(window):
    from importlib.metadata import version

    window.commands.about.trigger()
    box = window.last_dialog
    # The number is isolated left to right (U+2066 … U+2069) in the about text.
    text = box.text().replace("\u2066", "").replace("\u2069", "")
    assert box.isVisible() and f"version {version('riwaya')}" in text
    box.close()


def test_help_opens_the_lexicon_folder_with_a_readme(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from services import lexicon

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    lexicon.configure(tmp_path / "lexicon")
    with qtbot.waitSignal(window.lexicon_folder_opened) as blocker:
        window.commands.lexicon_folder.trigger()
    assert blocker.args == [str(tmp_path / "lexicon")]
    assert (tmp_path / "lexicon" / "README.txt").is_file()
    assert opened[0].toLocalFile() == str(tmp_path / "lexicon")


def test_the_window_warms_the_comparison_up_once_its_first_frame_is_drawn(
    qtbot, library_path, settings, monkeypatch
):
    import ui.compare_flow

    warmed = []
    monkeypatch.setattr(ui.compare_flow, "warm_up", lambda *_: warmed.append(1))
    window = _open_window(qtbot, library_path, settings)
    window.show()
    qtbot.waitUntil(lambda: warmed == [1])
    window.repaint()
    qtbot.wait(50)
    assert warmed == [1]  # once, however often it paints


def test_a_comparison_does_not_queue_behind_the_windows_background_work(qtbot, window):
    # At start-up the quick check and the first article's related lookup can hold every
    # thread of the window's pool: comparisons have a pool of their own.
    import threading

    qtbot.waitUntil(lambda: window._warmed_up)
    release = threading.Event()
    busy = window.runner._pool.maxThreadCount()
    for _ in range(busy):
        window.runner.run_task(lambda *_: release.wait(10), lambda _: None)
    try:
        ids = _ids(window)
        with qtbot.waitSignal(window.comparison_shown, timeout=8000):
            window.library_panel.select_ids([ids[EARLIER.title], ids[LATER.title]])
    finally:
        release.set()


def test_a_comparison_requested_during_the_warm_up_stops_it_and_waits_for_its_step(
    qtbot, window, monkeypatch
):
    import threading

    import ui.compare_flow
    from ui.tasks import TaskRunner

    steps, release = [], threading.Event()

    def warm_up(on_progress, is_cancelled):
        steps.append("loading")
        release.wait(10)  # a step under way: the comparison waits for it
        if not is_cancelled():
            steps.append("the rest")

    qtbot.waitUntil(lambda: window._warmed_up)  # the window's own, before the patch
    monkeypatch.setattr(ui.compare_flow, "warm_up", warm_up)
    runner = TaskRunner()
    controller = ui.compare_flow.CompareController(runner, lambda: window.db_path)
    try:
        controller.warm_up()
        qtbot.waitUntil(lambda: steps == ["loading"])
        ids = _ids(window)
        arrived = []
        controller.comparison_ready.connect(arrived.append)
        controller.request(ids[EARLIER.title], ids[LATER.title])
        qtbot.wait(300)
        assert arrived == []  # not before the warm-up's step has ended
        release.set()
        qtbot.waitUntil(lambda: len(arrived) == 1, timeout=15000)
        assert steps == ["loading"]  # and the rest of the warm-up was cancelled
    finally:
        release.set()
        runner.shutdown()


def test_the_warm_up_compares_two_sentences_and_reads_the_word_lists():
    from ui.compare_flow import warm_up

    warm_up(lambda *_: None, lambda: False)  # raises if any of it fails
