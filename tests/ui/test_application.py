"""run_gui's screenshot mode: the window renders what was asked (an article, a comparison
computed in the background), saves the PNG and exits with a code that says whether it worked."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_fixtures import EARLIER, LATER, WEATHER, store_articles
from PySide6.QtGui import QImage

from ui.application import run_gui
from ui.theme import light_colours


@pytest.fixture
def library_path(tmp_path) -> Path:
    db = tmp_path / "library.sqlite"
    store_articles(db, (EARLIER, LATER, WEATHER))
    return db


def _colours_in(image: QImage) -> set[int]:
    step = 7  # a sample is enough to tell a painted window from an empty one
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_a_screenshot_of_one_article(qapp, tmp_path, library_path):
    png = tmp_path / "shots" / "article.png"
    assert run_gui(library_path, screenshot=png, select=3) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1440, 900)
    assert len(_colours_in(image)) > 20  # text, table, toolbar: not a blank window


def test_a_screenshot_waits_for_the_comparison_and_shows_the_conflict_in_red(
    qapp, tmp_path, library_path
):
    png = tmp_path / "compare.png"
    assert run_gui(library_path, screenshot=png, compare=("1", "2")) == 0
    image = QImage(str(png))
    conflict = light_colours().conflict_tint.rgb()
    red = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixel(x, y) == conflict
    )
    assert red > 50, "about 60 vs 750 is tinted as a conflict"


def test_a_comparison_that_cannot_open_still_saves_and_exits_1(
    qapp, tmp_path, library_path, capsys
):
    png = tmp_path / "failed.png"
    assert run_gui(library_path, screenshot=png, compare=("1", str(tmp_path / "missing.txt"))) == 1
    assert png.exists()
    assert "missing.txt" in capsys.readouterr().err


def test_a_library_that_cannot_open_exits_1_with_the_reason(qapp, tmp_path, capsys):
    folder = tmp_path / "not-a-library"
    folder.mkdir()
    assert run_gui(folder, screenshot=tmp_path / "never.png") == 1
    assert "cannot open the library" in capsys.readouterr().err
    assert not (tmp_path / "never.png").exists()


def test_a_start_without_db_can_reopen_the_last_library(qapp, tmp_path, library_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.settings import Settings

    Settings().set_last_library(library_path)
    opened = []

    def leave_when_shown():
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        opened.append(window)
        # Closing the last window while the loop runs would post a quit that outlives it.
        QApplication.exit(0)

    QTimer.singleShot(200, leave_when_shown)
    assert run_gui(tmp_path / "default.sqlite", prefer_last_library=True) == 0
    assert [window.db_path for window in opened] == [library_path]
    assert not (tmp_path / "default.sqlite").exists()
    opened[0].close()


def test_the_demo_library_is_never_remembered_as_the_last_one(qapp, tmp_path, library_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.settings import Settings

    Settings().set_last_library(library_path)
    opened = []

    def leave_when_shown():
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        opened.append(window)
        QApplication.exit(0)

    QTimer.singleShot(200, leave_when_shown)
    demo = tmp_path / "demo.sqlite"
    assert run_gui(demo, remember_library=False) == 0
    assert opened[0].db_path == demo
    opened[0].close()
    assert Settings().last_library() == library_path


def test_files_opened_by_the_launcher_are_imported_and_shown(qapp, tmp_path, library_path):
    from services.library.storage import Library

    report = tmp_path / "report.txt"
    report.write_text(
        "انهيار جسر قديم في الريف الشرقي\n\nانهار جسر قديم صباح اليوم، وقالت البلدية إن طوله "
        "40 مترا.\n",
        encoding="utf-8",
    )
    png = tmp_path / "opened.png"
    assert run_gui(library_path, screenshot=png, open_paths=[report]) == 0
    assert png.exists()
    with Library.open(library_path) as library:
        assert "انهيار جسر قديم في الريف الشرقي" in [s.title for s in library.summaries()]


def test_two_files_opened_together_are_compared(qtbot, tmp_path, library_path):
    from library_fixtures import EARLIER as FIRST
    from library_fixtures import LATER as SECOND

    from services.library.storage import Library
    from ui.main_window import MainWindow
    from ui.settings import Settings

    empty = tmp_path / "empty.sqlite"
    window = MainWindow(Library.open(empty), empty, settings=Settings.at(tmp_path / "r.ini"))
    qtbot.addWidget(window)
    window.show()
    paths = []
    for name, doc in (("first.txt", FIRST), ("second.txt", SECOND)):
        path = tmp_path / name
        path.write_text(f"{doc.title}\n\n{doc.text}\n", encoding="utf-8")
        paths.append(path)
    with (
        qtbot.waitSignal(window.comparison_shown, timeout=30000),
        qtbot.waitSignal(window.files_opened, timeout=20000) as opened,
    ):
        window.open_files(paths)
    assert len(opened.args[0]) == 2
    assert set(window.library_panel.selected_ids()) == set(opened.args[0])
    assert window.imports.last_summary is None  # nothing refused: the comparison says it all
