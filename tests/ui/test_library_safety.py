"""The window on a damaged library: the quick check after start-up finds it, a dialog says so
and offers the latest backup, nothing is written; File › Back up / Restore."""

from __future__ import annotations

import pytest
from library_damage import add_articles, damage_file
from PySide6.QtWidgets import QMessageBox

from services.library.backups import latest_backup
from services.library.storage import Library, LibraryDamaged
from ui.application import run_gui
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SynchronousTaskRunner


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        add_articles(library, 60)
    return path


def _window(qtbot, db, tmp_path) -> MainWindow:
    window = MainWindow(
        Library.open(db, check=False),
        db,
        settings=Settings.at(tmp_path / "riwaya.ini"),
        runner=SynchronousTaskRunner(),
    )
    qtbot.addWidget(window)
    return window


def test_the_window_finds_damage_after_showing_refuses_writes_and_restores(qtbot, db, tmp_path):
    with Library.open(db) as library:
        library.backup()
    window = _window(qtbot, db, tmp_path)
    damage_file(db)
    window.show()
    qtbot.waitUntil(lambda: window.safety.last_dialog is not None)
    box = window.safety.last_dialog
    assert "damaged" in box.text()
    with pytest.raises(LibraryDamaged):
        window.library.update_metadata(1, title="x")

    box.restore_button.click()
    qtbot.waitUntil(lambda: window.library.damaged is None and window.library.count() == 60)
    window.library.update_metadata(1, title="بعد الاستعادة")


def test_back_up_from_the_window(qtbot, db, tmp_path):
    window = _window(qtbot, db, tmp_path)
    assert latest_backup(db) is None
    window.commands.back_up.trigger()
    assert latest_backup(db) is not None
    assert "Backed up" in window.statusBar().currentMessage()


def test_a_screenshot_of_a_damaged_library_fails_with_one_line(qtbot, db, tmp_path, capsys):
    damage_file(db)
    shot = tmp_path / "shot.png"
    assert run_gui(db, screenshot=shot) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err
    assert not shot.exists()


def test_a_library_too_damaged_to_open_offers_its_backup_at_start(qtbot, db, tmp_path, monkeypatch):
    with Library.open(db) as library:
        library.backup()
    damage_file(db, at=0.0, size=4096 * 40)  # the schema itself
    offered = []

    def answer(box: QMessageBox) -> int:
        offered.append(box.text())
        return 0  # closed without restoring

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert run_gui(db) == 1
    assert offered and "damaged" in offered[0]


def test_the_window_signs_a_library_from_before_the_related_index_after_showing(
    qtbot, db, tmp_path
):
    import sqlite3

    with sqlite3.connect(db) as conn:  # as Riwaya made it before the index
        conn.execute("DROP TABLE lsh_bands")
        conn.execute("DROP TABLE signatures")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_related_index'")
    window = _window(qtbot, db, tmp_path)
    assert window.library.unsigned() == 60  # opening upgraded the schema, signed nothing
    window.show()
    qtbot.waitUntil(lambda: window.library.unsigned() == 0)
