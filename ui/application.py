"""Starting the GUI: the QApplication with its fonts and theme, the main window on a library,
and the `--screenshot` mode that renders what the other options open, saves it and quits.

Environment: RIWAYA_THEME=light|dark overrides the system scheme (handy for screenshots).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.fonts import ARABIC_FAMILIES, arabic_font, draws_western_digits, load_bundled_fonts
from ui.language import apply_language, choose_language, fill, translate
from ui.settings import APPLICATION, ORGANIZATION, Settings, remembered_library
from ui.theme import apply_theme

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "riwaya.svg"

# After everything asked for is on screen, the views may still run a debounced relayout
# (single-shot timers of a few tens of milliseconds); the grab waits this long for them.
SCREENSHOT_SETTLE_MS = 250
# A comparison that has not arrived by then is reported, and the window is saved as it is.
SCREENSHOT_TIMEOUT_MS = 120_000


def create_application(language: str | None = None) -> QApplication:
    """The QApplication (reused if one exists), with Riwaya's names, fonts and theme, in
    `language` ("ar" or "en"; by default the remembered one, else the system's)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    apply_language(app, choose_language(language, Settings().language()))
    app.setApplicationDisplayName(QApplication.translate("application", "Riwaya"))
    load_bundled_fonts()
    # Arabic inside interface text (dialogs, labels) falls back to our families, never to
    # whatever fontconfig would pick for Arabic.
    ui_font = QFont(app.font())
    # The resolved family, not an alias such as "Sans Serif" that a family list cannot expand.
    ui_font.setFamilies([QFontInfo(app.font()).family(), *ARABIC_FAMILIES])
    app.setFont(ui_font)
    if not draws_western_digits(arabic_font()):
        print(
            "riwaya: warning: the Arabic font draws Western digits as Arabic-Indic ones; "
            "figures may look different from the article",
            file=sys.stderr,
        )
    apply_theme(app, theme_choice())
    if ICON.exists():
        # The window's and the task bar's icon: the launcher's drawing (read by Qt's SVG
        # engine on first paint, off the start-up path).
        app.setWindowIcon(QIcon(str(ICON)))
    return app


def theme_choice() -> str:
    return os.environ.get("RIWAYA_THEME") or Settings().theme()


def _compare_ref(ref: str) -> int | str:
    """A library id as int (so the list can select it), anything else as given."""
    return int(ref) if ref.strip().isdigit() else ref


def run_gui(
    db_path: Path,
    *,
    screenshot: Path | None = None,
    compare: tuple[str, str] | None = None,
    select: int | None = None,
    story: tuple[int, ...] | None = None,
    story_collection: str | None = None,
    prefer_last_library: bool = False,
    remember_library: bool = True,
    open_paths: list[Path] | None = None,
    language: str | None = None,
) -> int:
    """Open the window on the library at `db_path`; with `screenshot`, render what `compare`
    or `select` open into that PNG once painted and ready, and return 0 (1 if it failed).

    `prefer_last_library`: for a start without --db, open the library the user had open last
    (File › Open library…) if it still exists, instead of `db_path`. `remember_library`:
    False for a library that is not the user's own (the demo), so it is never reopened later.
    `open_paths`: files to import (in the background) and show once imported.
    `language`: "ar" or "en" for this run (--lang), else the remembered or the system's.
    """
    app = create_application(language)
    if prefer_last_library and screenshot is None:
        db_path = remembered_library() or db_path
    from services.library import Library, LibraryDamaged, LibraryError
    from ui.main_window import MainWindow

    # The window opens without the quick check (0.2 s for 2,000 articles) and runs it in the
    # background once shown; damage that stops the window from even listing the articles is
    # checked for here. A screenshot is one look: it checks first.
    while True:
        try:
            library = Library.open(db_path, check=screenshot is not None)
            try:
                window = MainWindow(
                    library,
                    Path(db_path),
                    remember=screenshot is None,
                    remember_library=remember_library,
                )
            except sqlite3.DatabaseError:
                library.close()
                Library.open(db_path).close()  # raises LibraryDamaged with the finding
                raise
            break
        except LibraryError as error:
            print(f"riwaya: {error}", file=sys.stderr)
            if screenshot is None:
                if not isinstance(error, LibraryDamaged):
                    QMessageBox.critical(None, translate("application", "Riwaya"), str(error))
                elif _restore_at_start(db_path, error):
                    continue
            return 1
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shooter = None
    if screenshot is not None:
        window.resize(1440, 900)
        waits = compare is not None or story is not None or story_collection is not None
        shooter = Screenshot(
            window, Path(screenshot), wait_for_comparison=waits, wait_for_import=bool(open_paths)
        )
        shooter.finished.connect(app.exit)
    elif remember_library:
        window.settings.set_last_library(Path(db_path))
    window.show()
    if select is not None:
        window.library_panel.select_ids([select])
    if compare is not None:
        window.open_comparison(_compare_ref(compare[0]), _compare_ref(compare[1]))
    if story_collection is not None:
        story = window.library.collection(story_collection).article_ids
    if story is not None:
        window.library_panel.select_ids(story)  # more than two selected: the story view
    if open_paths:
        window.open_files([Path(p) for p in open_paths])
    if shooter is None:
        return app.exec()
    # The screenshot decides when to quit and with which code; closing the window must not
    # also post a quit of its own, which would outlive this run (in tests, into the next).
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        shooter.start()
        return app.exec()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)


def _restore_at_start(db_path: Path, damaged) -> bool:
    """Offer the latest backup of a library too damaged to open; True once it is restored."""
    from services.library import restore_backup
    from ui.library_safety import damage_dialog, restore_chosen

    box = damage_dialog(None, damaged)
    box.exec()
    if not restore_chosen(box):
        return False
    try:
        restore_backup(db_path, damaged.backup)
    except (ValueError, OSError) as error:
        message = fill(translate("LibrarySafety", "Cannot restore the backup: %1"), error)
        QMessageBox.critical(None, translate("application", "Riwaya"), message)
        return False
    return True


class Screenshot(QObject):
    """Saves `window` to `path` once it has been painted and, if asked, once the comparison it
    is computing in the background is on screen. `finished(exit_code)` follows."""

    finished = Signal(int)

    def __init__(
        self, window, path: Path, *, wait_for_comparison: bool, wait_for_import: bool = False
    ) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._painted = False
        self._comparison_pending = wait_for_comparison
        self._import_pending = wait_for_import
        window.files_opened.connect(self._on_files_opened)
        self._failure = ""
        self._saved = False
        window.comparison_shown.connect(self._on_comparison)
        window.compares.comparison_failed.connect(self._on_comparison_failed)
        window.story_shown.connect(self._on_comparison)
        window.reading_area.stories.controller.story_failed.connect(self._on_comparison_failed)
        window.installEventFilter(self)

    def start(self) -> None:
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self._on_timeout)
        # Some platforms paint before the filter sees it; a posted check covers that.
        QTimer.singleShot(0, self._check_painted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._maybe_save)
        return False

    def _check_painted(self) -> None:
        window: QWidget = self._window
        if not self._painted and window.isVisible() and window.windowHandle() is not None:
            if window.windowHandle().isExposed():
                self._painted = True
            else:
                QTimer.singleShot(20, self._check_painted)
                return
        self._maybe_save()

    def _on_files_opened(self, ids) -> None:
        # Two files open as a comparison: wait for it too.
        self._comparison_pending = self._comparison_pending or len(ids) == 2
        self._import_pending = False
        self._maybe_save()

    def _on_comparison(self, _comparison) -> None:
        self._comparison_pending = False
        self._maybe_save()

    def _on_comparison_failed(self, message: str) -> None:
        self._failure = message
        self._comparison_pending = False
        self._maybe_save()

    def _on_timeout(self) -> None:
        if not self._saved:
            self._failure = self._failure or "the comparison did not finish in time"
            self._save()

    def _maybe_save(self) -> None:
        pending = self._comparison_pending or self._import_pending
        if self._painted and not pending and not self._saved:
            QTimer.singleShot(SCREENSHOT_SETTLE_MS, self._save)

    def _save(self) -> None:
        if self._saved:
            return
        self._saved = True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        ok = self._window.grab().save(str(self._path), "PNG")
        code = 0
        if not ok:
            print(f"riwaya: cannot write the screenshot {self._path}", file=sys.stderr)
            code = 1
        if self._failure:
            print(f"riwaya: {self._failure}", file=sys.stderr)
            code = 1
        self._window.close()
        self.finished.emit(code)
