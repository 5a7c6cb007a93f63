"""Where a story comes from in the window: the related list of the article being read (and
"Build story from related"), saved collections in the library panel, and the list's articles
(a search's results) at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import ensure_demo_library
from ui.main_window import MainWindow
from ui.settings import Settings


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


def test_the_related_list_shows_the_other_versions_and_builds_their_story(qtbot, window):
    related = window.library_side.related
    with qtbot.waitSignal(related.updated, timeout=30000):
        window.library_panel.select_ids([1])
    assert set(related.related_ids()) == {2, 3}
    assert related.build_button.isEnabled()
    with qtbot.waitSignal(window.story_shown, timeout=60000) as blocker:
        related.build_button.click()
    assert sorted(a.id for a in blocker.args[0].articles) == [1, 2, 3]


def test_a_saved_collection_is_listed_and_opens_its_story(qtbot, window, demo):
    box = window.library_side.collections
    with qtbot.waitSignal(window.story_shown, timeout=60000):
        window.library_panel.select_ids([3, 1, 2])
    box.save_selection("سيول تل السنابل")
    assert box.names() == ["سيول تل السنابل"]
    from services.library.storage import Library

    with Library.open(demo) as library:
        assert library.collection("سيول تل السنابل").article_ids == (3, 1, 2)
    window.library_panel.select_ids([1])
    with qtbot.waitSignal(window.story_shown, timeout=60000) as blocker:
        box.combo.activated.emit(box.combo.findData("سيول تل السنابل"))
    assert [a.id for a in blocker.args[0].articles] == [3, 1, 2]


def test_the_story_of_the_list_takes_every_article_shown(qtbot, window):
    with qtbot.waitSignal(window.story_shown, timeout=60000) as blocker:
        window.library_side.collections.all_button.click()
    assert len(blocker.args[0].articles) == window.model.rowCount() == 3
