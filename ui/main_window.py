"""The main window: the library side beside the reading area, with menus, toolbar and status
bar. It assembles the parts and passes messages between them; the library controller changes
the library, the views redraw themselves from what it reports.

The GUI thread owns one Library (the controller's) for quick reads and single-row writes;
everything long (import, search with snippets, comparison) goes through ui.tasks with a
Library of its own.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.compare_flow import ArticleRef
from ui.file_dialogs import open_file_name, save_file_name
from ui.find_bar import FindBar
from ui.fonts import DEFAULT_READING_POINT_SIZE
from ui.help_windows import HelpWindows
from ui.import_flow import FileDropTarget, ImportController, ImportProgress
from ui.language import fill
from ui.library_controller import LibraryController
from ui.library_safety import LibrarySafety
from ui.library_side import LibrarySide
from ui.library_watch import LibraryWatcher
from ui.notes_flow import install_notes_and_exports
from ui.reading_area import ReadingArea
from ui.settings import Settings, restore_window_layout, save_window_layout
from ui.tasks import TaskRunner
from ui.theme import ThemeWatcher
from ui.window_actions import WindowActions, build_menus, fill_recent_menu

# How often a running import shows its stored articles in the list (a 2,000-file import takes
# seconds to minutes; the list growing is the reader's sign that it works).
IMPORT_REFRESH_S = 2.0


class MainWindow(QMainWindow):
    """Riwaya's window. `runner` defaults to a thread pool; tests may pass the synchronous one.

    Its parts: `controller` (LibraryController), `library_side` (model and panel),
    `reading_area` (pages, comparison, zoom), `commands` (WindowActions).
    """

    comparison_shown = Signal(object)  # the Comparison now on screen
    files_opened = Signal(tuple)  # ids of the files `open_files` imported (or found stored)
    story_shown = Signal(object)  # the Story now on screen (more than two articles selected)
    article_shown = Signal(int)
    lexicon_folder_opened = Signal(str)  # Help › Lexicon folder: the folder, created if new
    language_changed = Signal(object)  # View › Language: the window built in the new language

    def __init__(
        self,
        library,
        db_path: Path,
        *,
        settings: Settings | None = None,
        runner=None,
        remember: bool = True,
        remember_library: bool = True,
        show_summaries: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.runner = runner or TaskRunner(self)
        # Comparisons run in a pool of their own: the first one queued 100-150 ms behind the
        # quick check and a related lookup (a bigger shared pool lengthened import stalls).
        self.compare_runner = TaskRunner(self) if runner is None else runner
        self._remember = remember
        # The demo library is not the user's: it is never the one a plain start reopens.
        self._remember_library = remember_library
        self._closed = False
        self._show_summaries = show_summaries
        self._last_import_refresh = 0.0
        self._warmed_up = False
        self.last_warning: QMessageBox | None = None
        self.setObjectName("mainWindow")
        # Files or folders dropped anywhere on the window are imported.
        self._file_drop = FileDropTarget(self, self.import_paths)

        self.import_progress = ImportProgress(self)
        self.imports = ImportController(
            self,
            self.runner,
            lambda: self.db_path,
            self.import_progress,
            show_summary=show_summaries,
        )
        self.imports.last_directory = self.settings.last_import_directory()
        self.controller = LibraryController(
            library, db_path, is_blocked=self.imports.is_running, parent=self
        )
        self.safety = LibrarySafety(self, self.runner, lambda: self.db_path)
        self.library_side = LibrarySide(self.controller, self.runner, lambda: self.db_path, self)
        self.model = self.library_side.model
        self.library_panel = self.library_side.panel
        self.reading_area = ReadingArea(
            self.controller,
            self.runner,
            lambda: self.db_path,
            compare_runner=self.compare_runner,
            point_size=self.settings.reading_point_size(DEFAULT_READING_POINT_SIZE),
            parent=self,
        )
        self.stack = self.reading_area
        self.article_view = self.reading_area.article_view
        self.empty_page = self.reading_area.empty_page
        self.hint_page = self.reading_area.hint_page
        self.compares = self.reading_area.compares
        # The analyst's notes and triage, and exports of the comparison on screen.
        self.notes, self.exports = install_notes_and_exports(self)

        self.find_bar = FindBar(self)
        self.help = HelpWindows(self)
        reading = QWidget(self)
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reading_area, 1)
        column.addWidget(self.find_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 980])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.theme = ThemeWatcher(QApplication.instance(), self.settings.theme(), self)
        self.theme.colours_changed.connect(self.reading_area.set_colours)
        self.theme.colours_changed.connect(self.help.set_colours)

        self.commands = WindowActions(self)
        build_menus(self, self.commands)
        self.commands.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.watcher = LibraryWatcher(self.controller, self.runner, self)
        self.commands.check_theme(self.theme.choice())
        self._connect()
        self._restore_layout()
        if self._remember and self._remember_library:
            self.settings.add_recent_library(self.db_path)
        self._update_title()
        self._show_for_selection(())

    # The parts' shared state --------------------------------------------------------------

    @property
    def library(self):
        return self.controller.library

    @property
    def db_path(self) -> Path:
        return self.controller.db_path

    @property
    def undo_stack(self):
        return self.controller.undo_stack

    @property
    def compare_view(self):
        return self.reading_area.compare_view

    @property
    def findings_panel(self):
        view = self.reading_area.compare_view
        return None if view is None else view.findings

    def point_size(self) -> float:
        return self.reading_area.point_size()

    def comparison(self):
        """The comparison on screen, if any."""
        return self.reading_area.comparison()

    def _connect(self) -> None:
        panel, area, controller = self.library_panel, self.reading_area, self.controller
        panel.selection_changed.connect(self._show_for_selection)
        panel.activated.connect(self.focus_reading)
        panel.filter_changed.connect(self._update_counts)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_counts)
        controller.message.connect(self.statusBar().showMessage)
        controller.undo_stack.indexChanged.connect(self._update_actions)
        area.status.connect(self._show_status)
        area.comparison_shown.connect(self.comparison_shown)
        area.story_shown.connect(self.story_shown)
        area.article_shown.connect(self.article_shown)
        area.page_changed.connect(self._update_actions)
        area.pair_requested.connect(self.library_panel.select_ids)
        area.comparison_requested.connect(self.open_comparison)
        area.legend_requested.connect(self.show_legend)
        area.text_replaced.connect(self._on_text_replaced)
        self.imports.started.connect(self._update_actions)
        self.imports.finished.connect(self._on_import_finished)
        self.imports.opened.connect(self._show_opened)
        self.imports.progressed.connect(self._on_import_progress)
        self.imports.failed.connect(self._on_import_failed)
        self.empty_page.import_files_button.clicked.connect(self.imports.choose_files)
        self.empty_page.import_folder_button.clicked.connect(self.imports.choose_folder)

    # Reading ------------------------------------------------------------------------------

    def _show_for_selection(self, ids: tuple[int, ...]) -> None:
        self.reading_area.show_for_selection(ids)
        self._update_actions()
        self._update_counts()

    def open_comparison(self, left: ArticleRef, right: ArticleRef, *, select: bool = True) -> None:
        """Compare two articles (ids, or references the ingest service resolves); with
        `select`, the pair is also selected in the list."""
        ids = [ref for ref in (left, right) if isinstance(ref, int)]
        if select and len(ids) == 2:
            # Show the pair selected in the list without the selection asking for it again.
            self.library_panel.blockSignals(True)
            self.library_panel.select_ids(ids)
            self.library_panel.blockSignals(False)
            self._update_counts()
        self.reading_area.open_comparison(left, right)

    def focus_reading(self, *_args) -> None:
        """Enter on an article (or Ctrl+R) moves the keyboard into the text being read."""
        self.reading_area.focus_reading()

    def _on_text_replaced(self) -> None:
        self._update_actions()
        self.find_bar.follow(self._find_target())

    def find_in_article(self) -> None:
        """Ctrl+F: the find bar, on the text being read."""
        view = self._find_target()
        if view is None:
            self.statusBar().showMessage(
                self.tr("Open an article (or two) to find words in it."), 4000
            )
            return
        self.find_bar.search_in(view)

    def _find_target(self):
        return self.reading_area.text_view(keep=self.find_bar.view())

    def show_original_text(self) -> None:
        """View › Original text: the article as imported, and its source file."""
        article = self.reading_area.article_on_screen()
        if article is None:
            self.statusBar().showMessage(self.tr("Open an article to see its original text."), 4000)
            return
        self.help.show_original_text(article, self.point_size())

    def show_legend(self) -> None:
        self.help.show_legend()

    @property
    def legend(self):
        return self.help.legend

    @property
    def last_dialog(self):
        return self.help.last_dialog

    def focus_list(self) -> None:
        self.library_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # The library --------------------------------------------------------------------------

    def delete_selected(self) -> None:
        self.controller.delete(self.library_panel.selected_ids())

    def choose_library(self) -> None:
        path = open_file_name(
            self,
            self.tr("Open a library"),
            str(self.db_path.parent),
            self.tr("Riwaya libraries (*.db *.sqlite *.sqlite3 *.riwaya);;All files (*)"),
        )
        if path:
            self.open_library(Path(path))

    def choose_new_library(self) -> None:
        """File › New library…: an empty library in a file the user names, then open."""
        path = save_file_name(
            self,
            self.tr("New library"),
            str(self.db_path.parent / "library.sqlite"),
            self.tr("Riwaya libraries (*.sqlite);;All files (*)"),
            "sqlite",
        )
        if path:
            self.open_library(Path(path))

    def fill_recent_menu(self) -> None:
        fill_recent_menu(
            self.commands.recent_menu,
            self.settings.recent_libraries(),
            self.db_path,
            self.open_library,
            self.settings.clear_recent_libraries,
        )

    def open_library(self, path: Path) -> bool:
        from services.library import LibraryError

        if self.imports.is_running():
            self.statusBar().showMessage(
                self.tr("Wait for the import to finish before switching libraries."), 8000
            )
            return False
        try:
            self.controller.open(Path(path))
        except LibraryError as error:
            self._warn(self.tr("Cannot open the library"), str(error))
            return False
        self._show_for_selection(())
        self._update_title()
        self._remember_library = True  # a library the user chose
        if self._remember:
            self.settings.set_last_library(self.db_path)
            self.settings.add_recent_library(self.db_path)
        return True

    # Importing ----------------------------------------------------------------------------

    def open_files(self, paths: list[Path]) -> None:
        """Import these files and show them: one is read, two are compared (a launcher's
        "Open with Riwaya"). Files already stored are shown as they are."""
        if paths:
            self.settings.set_last_import_directory(str(paths[0].parent))
        self.imports.start(paths, opened=True)
        self._update_actions()

    def import_paths(self, paths: list[Path]) -> None:
        if paths:
            self.settings.set_last_import_directory(str(paths[0].parent))
        self.imports.start(paths)
        self._update_actions()

    def _on_import_progress(self, done: int, total: int) -> None:
        """During a long import, the articles stored so far join the list now and then (the
        importer commits in batches), appended so that selection and scrolling stay put."""
        now = time.monotonic()
        if now - self._last_import_refresh < IMPORT_REFRESH_S:
            return
        self._last_import_refresh = now
        self.controller.refresh()

    def _on_import_finished(self, report) -> None:
        # An import only adds articles: they are appended, which keeps the list, its selection
        # and its scroll position as they were (a reset of 2,000 rows would also stall).
        self.controller.refresh()
        self._update_actions()
        from ui.import_flow import summary_line

        self.statusBar().showMessage(summary_line(report), 10000)
        if report.imported and not self.library_panel.selected_ids():
            self.library_panel.select_ids([report.imported[0].id])

    def _show_opened(self, report) -> None:
        ids = tuple(a.id for a in report.imported) + tuple(i for _, i in report.duplicates)
        self.library_panel.select_ids(ids)
        self.files_opened.emit(ids)

    def _on_import_failed(self, message: str) -> None:
        self._update_actions()
        self.statusBar().showMessage(message, 15000)
        self._warn(self.tr("Import failed"), message)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        # The comparison machinery (compare_flow.warm_up) loads in the background once the
        # first frame is drawn (a zero timer fires after the whole paint pass): it never
        # competes with that frame, and is ready, or nearly, when two articles are picked.
        if not self._warmed_up:
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        if not self._warmed_up and not self._closed:
            self._warmed_up = True
            self.compares.warm_up()

    # Status, title, actions ---------------------------------------------------------------

    def _show_status(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def _update_counts(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.library_panel.shown_count()
        selected = len(self.library_panel.selected_ids())
        parts = [self.tr("%n article(s)", "", total)]
        if shown != total:
            parts.append(self.tr("%n shown", "", shown))
        if selected:
            parts.append(self.tr("%n selected", "", selected))
        self.counts_label.setText(" · ".join(parts))
        self.reading_area.library_size_changed(selected)

    def _update_actions(self, *_args) -> None:
        commands = getattr(self, "commands", None)
        if commands is None:
            return  # still being built
        selected = len(self.library_panel.selected_ids())
        importing = self.imports.is_running()
        commands.delete.setEnabled(selected > 0 and not importing)
        commands.edit.setEnabled(selected > 0 and not importing)
        for action in (commands.new_library, commands.open_library, commands.recent_menu):
            action.setEnabled(not importing)
        comparing = self.reading_area.is_comparing()
        commands.next.setEnabled(comparing)
        commands.previous.setEnabled(comparing)
        reading = self.reading_area.text_view() is not None
        commands.find_in_article.setEnabled(reading)
        commands.original_text.setEnabled(reading)
        showing = comparing and self.reading_area.comparison() is not None
        commands.export.setEnabled(showing or self.reading_area.stories.is_showing())
        commands.article_note.setEnabled(selected == 1)

    def _update_title(self) -> None:
        self.setWindowTitle(fill(self.tr("Riwaya — %1"), self.db_path.name))

    def set_theme(self, choice: str) -> None:
        """Light, dark or following the system (View › Appearance); remembered."""
        if self._remember:
            self.settings.set_theme(choice)
        self.commands.check_theme(choice)
        self.theme.set_choice(choice)

    def set_language(self, code: str) -> MainWindow:
        """View › Language: the interface in `code` ("ar" or "en") at once, remembered; the
        window now showing (ui/language_switch.py builds it again in that language)."""
        from ui.language_switch import switch_language

        return switch_language(self, code, type(self))

    def _warn(self, title: str, message: str) -> None:
        """A warning that does not block the event loop (imports and comparisons go on)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = box

    def open_lexicon_folder(self) -> None:
        """Help › Lexicon folder: the analyst's word lists, created with a README on first use."""
        folder = self.help.open_lexicon_folder(self.statusBar().showMessage)
        if folder is not None:
            self.lexicon_folder_opened.emit(str(folder))

    def show_about(self) -> None:
        self.help.show_about(self.db_path)

    # Layout memory ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if self._remember:
            restore_window_layout(self.settings, self, self.splitter)

    def save_layout(self) -> None:
        if not self._remember:
            return
        save_window_layout(self.settings, self, self.splitter)
        self.settings.set_reading_point_size(self.point_size())
        if self._remember_library:
            self.settings.set_last_library(self.db_path)
        self.settings.set_last_import_directory(self.imports.last_directory)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._closed:
            self._closed = True
            self.save_layout()
            self.library_side.close()
            self.watcher.stop()
            self.runner.shutdown()
            if self.compare_runner is not self.runner:
                self.compare_runner.shutdown()
            self.controller.close()
        super().closeEvent(event)
