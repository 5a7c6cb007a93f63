"""The library controller performs edits, deletes and undo on the library and reports each
change as `articles_changed(ids)`; what another writer stored is reported the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_fixtures import EARLIER, LATER, WEATHER, store_articles

from services.library.storage import Library
from ui.library_controller import LibraryController


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "library.sqlite"
    store_articles(path, (EARLIER, LATER))
    return path


@pytest.fixture
def controller(qtbot, db):
    controller = LibraryController(Library.open(db), db)
    yield controller
    controller.close()


def _ids(controller) -> dict[str, int]:
    return {s.title: s.id for s in controller.summaries()}


def test_an_edit_is_stored_reported_and_undone(qtbot, controller, db):
    article_id = _ids(controller)[EARLIER.title]
    with qtbot.waitSignal(controller.articles_changed) as blocker:
        assert controller.edit(article_id, "source", "الميادين")
    assert blocker.args == [(article_id,)]
    assert controller.summary(article_id).source == "الميادين"
    with Library.open(db) as other:
        assert other.get(article_id).source == "الميادين"
    with qtbot.waitSignal(controller.articles_changed):
        controller.undo_stack.undo()
    assert controller.summary(article_id).source == EARLIER.source


def test_a_delete_is_reported_and_undo_restores_under_the_same_id(qtbot, controller):
    article_id = _ids(controller)[LATER.title]
    with qtbot.waitSignal(controller.articles_changed) as blocker:
        assert controller.delete([article_id])
    assert blocker.args == [(article_id,)]
    assert controller.summary(article_id) is None and controller.count() == 1
    with qtbot.waitSignal(controller.articles_restored) as restored:
        controller.undo_stack.undo()
    assert restored.args == [(article_id,)]
    assert controller.summary(article_id).title == LATER.title
    assert [s.id for s in controller.summaries()] == sorted(s.id for s in controller.summaries())


def test_changes_wait_while_an_import_writes(qtbot, db):
    controller = LibraryController(Library.open(db), db, is_blocked=lambda: True)
    article_id = controller.summaries()[0].id
    with qtbot.waitSignal(controller.message) as blocker:
        assert not controller.edit(article_id, "title", "عنوان")
    assert "import" in blocker.args[0]
    assert not controller.delete([article_id])
    assert controller.undo_stack.count() == 0
    controller.close()


def test_refresh_reports_what_another_writer_added_changed_or_deleted(qtbot, controller, db):
    ids = _ids(controller)
    (added,) = store_articles(db, (WEATHER,))
    with Library.open(db) as other:
        other.update_metadata(ids[EARLIER.title], title="عنوان مصحح")
        other.delete(ids[LATER.title])
    with qtbot.waitSignal(controller.articles_changed) as blocker:
        controller.refresh()
    assert set(blocker.args[0]) == {added, ids[EARLIER.title], ids[LATER.title]}
    assert controller.summary(ids[LATER.title]) is None
    assert controller.summary(ids[EARLIER.title]).title == "عنوان مصحح"
    with qtbot.assertNotEmitted(controller.articles_changed):
        assert controller.refresh() == ()
