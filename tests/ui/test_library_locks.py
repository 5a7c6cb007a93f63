"""The window keeps its hold on the library while file dialogs list the library's folder.

On POSIX a process's SQLite locks go when it closes *any* descriptor of the file. A dialog
that opens the files it lists (to guess their type) drops them; the next `riwaya` command on
the library then believes itself alone and deletes the -wal and -shm files under the window,
which loses the window's later edits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from library_fixtures import EARLIER, LATER, store_articles
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.main_window import MainWindow
from ui.settings import Settings

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="reads the process's descriptors in /proc"
)


def _library_descriptors(db: Path) -> list[str]:
    """What this process's descriptors of the library, its -wal and -shm point to."""
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(db)):
            targets.append(target)
    return sorted(targets)


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _cancel_dialog_after(ms: int) -> None:
    """Let the next file dialog list its folder for `ms`, then cancel it."""

    def cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, cancel)
            return
        QTimer.singleShot(ms, dialogs[0].reject)

    QTimer.singleShot(0, cancel)


@pytest.mark.parametrize("choose", ["choose_library", "choose_files", "choose_folder"])
def test_a_cancelled_file_dialog_leaves_the_library_whole(qtbot, tmp_path, choose):
    db = tmp_path / "library.sqlite"
    store_articles(db, (EARLIER,))
    from services.library.storage import Library

    window = MainWindow(Library.open(db), db, settings=Settings.at(tmp_path / "riwaya.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.library.count()
    before = _library_descriptors(db)
    assert any(t.endswith("-shm") for t in before)

    _cancel_dialog_after(800)
    target = window if choose == "choose_library" else window.imports
    target_dir = str(tmp_path)
    if choose != "choose_library":
        window.imports.last_directory = target_dir
    getattr(target, choose)()

    listed = _run_cli("list", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    after = _library_descriptors(db)
    assert [t for t in after if t.endswith("(deleted)")] == []
    assert set(before) <= set(after)

    # What another process stores meanwhile is what the window reads.
    store_articles(db, (LATER,))
    assert window.library.count() == 2
