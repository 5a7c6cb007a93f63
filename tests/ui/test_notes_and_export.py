"""Notes, triage and exports in the window: a finding marked Dismissed moves to the end (the
filter hides it), undo brings it back, a note on a finding or an article is kept in the library
and survives deleting and re-importing the texts; File › Export… writes what is on screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from library_fixtures import EARLIER, LATER, WEATHER, store_articles

from services.models import Triage
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SynchronousTaskRunner


@pytest.fixture
def library_path(tmp_path) -> Path:
    db = tmp_path / "library.sqlite"
    store_articles(db, (EARLIER, LATER, WEATHER))
    return db


def _open(qtbot, db: Path, tmp_path: Path) -> MainWindow:
    from services.library.storage import Library

    window = MainWindow(
        Library.open(db),
        db,
        settings=Settings.at(tmp_path / "riwaya.ini"),
        runner=SynchronousTaskRunner(),
        remember=False,
        show_summaries=False,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, library_path, tmp_path) -> MainWindow:
    return _open(qtbot, library_path, tmp_path)


def _compare(qtbot, window: MainWindow):
    ids = {s.title: s.id for s in window.model.summaries()}
    with qtbot.waitSignal(window.comparison_shown, timeout=30000) as blocker:
        window.library_panel.select_ids([ids[EARLIER.title], ids[LATER.title]])
    return blocker.args[0]


def _conflict_row(window: MainWindow) -> int:
    findings = window.compare_view.findings_list
    return next(
        i for i, f in enumerate(findings) if {f.left.figure, f.right.figure} == {"نحو 60", "750"}
    )


def test_dismissing_a_finding_moves_it_last_and_undo_brings_it_back(qtbot, window):
    _compare(qtbot, window)
    view, panel = window.compare_view, window.findings_panel
    row = _conflict_row(window)
    assert row == 0  # conflicts first
    view.show_finding(row)  # as a click on it does
    panel.triage.dismiss_button.click()
    findings = view.findings_list
    assert findings[-1].dismissed and _conflict_row(window) == len(findings) - 1
    assert "1 dismissed" in panel._summary.text()
    assert panel.model.plain_text(findings[-1]).startswith("Dismissed · Conflict")
    assert view.current_finding == len(findings) - 1  # it stays the current one
    # F7 steps over it.
    view._current = None
    assert not view.next_discrepancy() or not view.findings_list[view.current_finding].dismissed
    # The filter hides it and shows it again.
    panel.set_show_dismissed(False)
    assert not panel.is_row_shown(len(findings) - 1)
    panel.set_show_dismissed(True)
    assert panel.is_row_shown(len(findings) - 1)
    window.undo_stack.undo()
    assert not any(f.dismissed for f in view.findings_list)
    assert _conflict_row(window) == 0


def test_the_context_menu_marks_and_notes(qtbot, window):
    _compare(qtbot, window)
    panel = window.findings_panel
    menu = panel.triage.context_menu(0)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["✓ Reviewed", "✗ Dismissed (false)", "Not looked at", "✎ Note…"]
    menu.actions()[0].trigger()
    assert window.compare_view.findings_list[0].triage is Triage.REVIEWED
    window.notes.ask_note = lambda *_args: "رقم من مصادر أهلية"
    panel.select(0)
    panel.triage.note_button.click()
    first = window.compare_view.findings_list[0]
    assert first.analyst_note == "رقم من مصادر أهلية" and first.triage is Triage.REVIEWED
    assert "رقم من مصادر أهلية" in panel.model.plain_text(first)


def test_notes_survive_deleting_and_reimporting_the_texts(qtbot, window, tmp_path):
    _compare(qtbot, window)
    panel = window.findings_panel
    panel.select(_conflict_row(window))
    panel.triage.dismiss_button.click()
    ids = {s.title: s.id for s in window.model.summaries()}
    window.notes.ask_note = lambda *_args: "المصدر مجهول"
    window.library_panel.select_ids([ids[LATER.title]])
    window.notes.edit_selected_article_note()
    window.close()

    from services.library.storage import Library

    db = window.db_path
    with Library.open(db) as library:
        library.delete(ids[EARLIER.title])
        library.delete(ids[LATER.title])
    store_articles(db, (EARLIER, LATER))  # the same texts again, under new ids

    again = _open(qtbot, db, tmp_path)
    comparison = _compare(qtbot, again)
    assert ids[EARLIER.title] not in (comparison.left.id, comparison.right.id)
    findings = again.compare_view.findings_list
    assert findings[-1].dismissed and {findings[-1].left.figure, findings[-1].right.figure} == {
        "نحو 60",
        "750",
    }
    later = comparison.right if comparison.right.title == LATER.title else comparison.left
    assert again.notes.annotations.article_note(later.content_hash) == "المصدر مجهول"


@pytest.mark.parametrize("fmt", ["html", "xlsx", "json", "pdf", "csv"])
def test_file_export_writes_the_comparison_on_screen(qtbot, window, tmp_path, fmt):
    _compare(qtbot, window)
    panel = window.findings_panel
    panel.select(_conflict_row(window))
    panel.triage.dismiss_button.click()
    target = tmp_path / f"report.{fmt}"
    window.exports.ask_path = lambda _parent, suggested: (str(target), "html")
    assert window.commands.export.isEnabled()
    with qtbot.waitSignal(window.exports.exported, timeout=30000):
        window.commands.export.trigger()
    assert target.stat().st_size > 0
    if fmt == "html":
        page = target.read_text(encoding="utf-8")
        assert 'class="is-dismissed"' in page and "نحو 60" in page and "750" in page
    elif fmt == "json":
        data = json.loads(target.read_text(encoding="utf-8"))
        assert [d["triage"] for d in data["discrepancies"]].count("dismissed") == 1
    elif fmt == "pdf":
        assert target.read_bytes().startswith(b"%PDF")


def test_the_panel_button_exports_too_and_a_name_without_extension_gets_one(
    qtbot, window, tmp_path
):
    _compare(qtbot, window)
    target = tmp_path / "report"
    window.exports.ask_path = lambda _parent, suggested: (str(target), "xlsx")
    with qtbot.waitSignal(window.exports.exported, timeout=30000) as blocker:
        window.findings_panel.triage.export_button.click()
    assert blocker.args[0].endswith("report.xlsx")
    assert (tmp_path / "report.xlsx").exists()


def test_with_the_story_view_on_screen_export_writes_the_story(qtbot, window, tmp_path):
    ids = [s.id for s in window.model.summaries()]
    with qtbot.waitSignal(window.reading_area.story_shown, timeout=30000):
        window.library_panel.select_ids(ids)
    assert window.reading_area.stories.is_showing()
    assert window.commands.export.isEnabled()
    target = tmp_path / "story.json"
    window.exports.ask_path = lambda _parent, suggested: (str(target), "json")
    failures = []
    window.exports.failed.connect(failures.append)
    with qtbot.waitSignal(window.exports.exported, timeout=30000):
        window.commands.export.trigger()
    assert not failures
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "riwaya.story/1" and len(data["articles"]) == 3


def test_an_article_note_is_marked_in_the_list_and_the_version_header(qtbot, window):
    from PySide6.QtCore import Qt

    from ui.article_model import TITLE

    comparison = _compare(qtbot, window)
    later = comparison.right if comparison.right.title == LATER.title else comparison.left
    model = window.model
    row = model.row_of(later.id)
    title = model.index(row, TITLE)
    assert title.data(Qt.ItemDataRole.DecorationRole) is None
    headers = (window.compare_view.left_header, window.compare_view.right_header)
    assert all(h.note == "" for h in headers)

    window.notes.ask_note = lambda *_args: "الرقم من مصادر أهلية فقط"
    window.notes.edit_article_note(later.id, window)
    assert title.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "✎ Note: الرقم من مصادر أهلية فقط" in title.data(Qt.ItemDataRole.ToolTipRole)
    noted = [h for h in headers if h.note]
    assert len(noted) == 1 and "الرقم من مصادر أهلية فقط" in noted[0].note
    assert LATER.title in noted[0].text  # the header of the noted version

    window.controller.undo_stack.undo()  # the note goes, and so do its marks
    assert title.data(Qt.ItemDataRole.DecorationRole) is None
    assert all(h.note == "" for h in headers)
