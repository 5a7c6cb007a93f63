"""A live library: the window notices what other writers — the command line, a second window
— added, edited or deleted, and its list follows within two seconds, keeping the selection.

Two cheap signals start a look: the file system saying the library or its -wal file changed
(QFileSystemWatcher watches paths; it never opens the files, which on POSIX would drop the
window's SQLite locks), and a poll of `PRAGMA data_version` on a timer, which catches what
the watcher misses. Only when the version moved are the summaries read, in the background;
the controller then reports the difference as `articles_changed`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from ui.library_controller import LibraryController
from ui.tasks import with_library

# The poll: a change made elsewhere shows within POLL_MS plus one background read (~10 ms for
# 2,000 articles), inside the two seconds an analyst waits after `riwaya import`. Reading
# data_version costs a few microseconds on the GUI thread.
POLL_MS = 1000
# A write touches the -wal file several times; one look after the burst is enough.
SETTLE_MS = 150


class LibraryWatcher(QObject):
    """Looks for outside changes to the controller's library and has it report them."""

    def __init__(self, controller: LibraryController, runner, parent: QObject | None = None):
        super().__init__(parent)
        self._controller = controller
        self._runner = runner
        self._task = None
        self._again = False
        self._stopped = False
        self._version = self._read_version()
        self._files = QFileSystemWatcher(self)
        self._files.fileChanged.connect(self._soon)
        self._files.directoryChanged.connect(self._soon)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check)
        self._poll.start()
        controller.library_opened.connect(self._on_library_opened)
        self._watch()

    def stop(self) -> None:
        self._stopped = True
        self._poll.stop()
        self._settle.stop()
        if self._task is not None:
            self._task.cancel()

    def check(self) -> None:
        """Look now: read the summaries in the background if someone else committed."""
        if self._stopped or self._controller.is_blocked():
            return  # an import is writing: the window shows its articles when it ends
        if self._task is not None:
            self._again = True
            return
        version = self._read_version()
        if version is None or version == self._version:
            return
        self._version = version
        self._read()

    # Private ------------------------------------------------------------------------------

    def _soon(self, _path: str = "") -> None:
        self._watch()  # a replaced file (the -wal after a checkpoint) is watched anew
        self._settle.start()

    def _read_version(self) -> int | None:
        try:
            return self._controller.data_version()
        except sqlite3.Error:
            return None  # closed, or busy for a moment: the next poll looks again

    def _read(self) -> None:
        controller = self._controller
        state = controller.state()

        def work(library, on_progress, is_cancelled):
            return library.summaries()

        def done(summaries) -> None:
            self._task = None
            if self._stopped:
                return
            if controller.apply_summaries(summaries, state) is None:
                self._version = None  # stale (an edit of ours came between): read again
                self._again = True
            self._follow_up()

        def failed(_error: BaseException) -> None:
            self._task = None
            self._version = None  # try again at the next look
            self._follow_up()

        self._task = self._runner.run_task(with_library(state[0], work), done, failed)
        if not self._task.is_running():
            self._task = None  # a synchronous runner has already reported

    def _follow_up(self) -> None:
        if self._again and not self._stopped:
            self._again = False
            self._settle.start()

    def _on_library_opened(self) -> None:
        self._version = self._read_version()
        self._watch()

    def _watch(self) -> None:
        """Watch the library file, its -wal (when it exists) and their folder (where a -wal
        appears)."""
        path = Path(self._controller.db_path)
        wanted = [str(p) for p in (path, Path(f"{path}-wal")) if p.exists()]
        if path.parent.exists():
            wanted.append(str(path.parent))
        current = set(self._files.files()) | set(self._files.directories())
        stale = [p for p in current if p not in wanted]
        if stale:
            self._files.removePaths(stale)
        missing = [p for p in wanted if p not in current]
        if missing:
            self._files.addPaths(missing)
