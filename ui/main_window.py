"""The main window: the library panel beside the reading area (one article, or two compared),
menus, toolbar and status bar, and the undoable edits and deletes of the library.

The GUI thread owns one Library for quick reads and single-row writes; everything long (import,
search with snippets, comparison) goes through ui.tasks with a Library of its own.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from services.models import Article, ArticleSummary
from ui.article_model import ArticleListModel, article_ids_from_mime
from ui.article_view import ArticleView
from ui.compare_flow import ArticleRef, CompareController
from ui.fonts import DEFAULT_READING_POINT_SIZE, MAX_READING_POINT_SIZE, MIN_READING_POINT_SIZE
from ui.import_flow import ImportController, ImportProgress, local_paths
from ui.library_edits import DeleteArticlesCommand, EditMetadataCommand
from ui.library_panel import LibraryPanel
from ui.pages import EmptyLibraryPage, SelectionHintPage
from ui.settings import Settings
from ui.tasks import TaskRunner, with_library
from ui.theme import ThemeWatcher

# A search fetches each hit's text for its snippet, so it is bounded; the list says so when the
# bound is reached.
SEARCH_LIMIT = 200
# The comparison machinery loads this long after the window first shows: late enough not to
# compete with the first paint, early enough to be ready before a reader picks two articles.
WARM_UP_DELAY_MS = 400
# How often a running import shows its stored articles in the list (a 2,000-file import takes
# seconds to minutes; the list growing is the reader's sign that it works).
IMPORT_REFRESH_S = 2.0
ZOOM_STEP = 1.0  # points


class MainWindow(QMainWindow):
    """Riwaya's window. `runner` defaults to a thread pool; tests may pass the synchronous one."""

    comparison_shown = Signal(object)  # the Comparison now on screen
    article_shown = Signal(int)

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
        self.library = library
        self.db_path = Path(db_path)
        self.settings = settings or Settings()
        self.runner = runner or TaskRunner(self)
        self._remember = remember
        # The demo library is not the user's: it is never the one a plain start reopens.
        self._remember_library = remember_library
        self._closed = False
        self._last_import_refresh = 0.0
        self._warmed_up = False
        self.last_warning: QMessageBox | None = None
        self._point_size = self.settings.reading_point_size(DEFAULT_READING_POINT_SIZE)
        self._search_task = None
        self._comparison = None
        self._compare_page: QWidget | None = None
        self.compare_view = None
        self.findings_panel = None

        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)

        self.model = ArticleListModel(library.summaries(), edit=self._request_edit, parent=self)
        self.library_panel = LibraryPanel(self.model, self)
        self.article_view = ArticleView(self)
        self.article_view.set_point_size(self._point_size)
        # An article dropped on the one being read opens the two side by side.
        self._reader_drop = _ArticleDropTarget(self.article_view, self._drop_on_article)
        self.empty_page = EmptyLibraryPage(self)
        self.hint_page = SelectionHintPage(self)
        self.hint_label = self.hint_page.label
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("readingArea")
        for page in (self.empty_page, self.hint_page, self.article_view):
            self.stack.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 980])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.import_progress = ImportProgress(self)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.imports = ImportController(
            self,
            self.runner,
            lambda: self.db_path,
            self.import_progress,
            show_summary=show_summaries,
        )
        self.imports.last_directory = self.settings.last_import_directory()
        self.compares = CompareController(self.runner, lambda: self.db_path, self)

        self.theme = ThemeWatcher(QApplication.instance(), self.settings.theme(), self)
        self.theme.colours_changed.connect(self.set_colours)

        self._make_actions()
        self._make_menus_and_toolbar()
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == self.theme.choice())
        self._connect()
        self._restore_layout()
        self._update_title()
        self._show_for_selection(())

    # Pages --------------------------------------------------------------------------------

    def _ensure_compare_page(self) -> QWidget:
        """The compare view (with its findings list), built on first use: it keeps the
        comparison machinery off the start-up path."""
        if self.compare_view is not None:
            return self.compare_view
        from ui.compare_view import CompareView

        view = CompareView(self, font_size=self._point_size)
        self.compare_view = view
        self.findings_panel = view.findings
        self.stack.addWidget(view)
        self._compare_page = view
        self._pane_drops = [
            _ArticleDropTarget(view.left_pane, lambda i: self.drop_on_pane(i, right_hand=False)),
            _ArticleDropTarget(view.right_pane, lambda i: self.drop_on_pane(i, right_hand=True)),
        ]
        return view

    # Actions ------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, *, tip: str = "", icon=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.import_files_action = self._action(
            "&Import files…", self.imports.choose_files, QKeySequence("Ctrl+O"),
            tip="Import article files into the library", icon=sp.SP_DialogOpenButton,
        )  # fmt: skip
        self.import_folder_action = self._action(
            "Import &folder…", self.imports.choose_folder, QKeySequence("Ctrl+Shift+O"),
            tip="Import every article in a folder and its subfolders", icon=sp.SP_DirOpenIcon,
        )  # fmt: skip
        self.open_library_action = self._action(
            "Open &library…", self.choose_library, QKeySequence("Ctrl+Shift+L"),
            tip="Open another library file",
        )  # fmt: skip
        self.quit_action = self._action("&Quit", self.close, QKeySequence(keys.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence(keys.Redo))
        self.addActions([self.undo_action, self.redo_action])
        self.delete_action = self._action(
            "&Delete", self.delete_selected, QKeySequence(keys.Delete),
            tip="Delete the selected articles (Undo brings them back)", icon=sp.SP_TrashIcon,
        )  # fmt: skip
        self.edit_action = self._action(
            "&Rename / edit…", self.library_panel.edit_current, QKeySequence("F2"),
            tip="Correct the title, outlet or date of the current article (F2, Tab to move)",
        )  # fmt: skip
        self.find_action = self._action(
            "&Find in library", self.library_panel.focus_search, QKeySequence(keys.Find),
            tip="Search the library's articles",
        )  # fmt: skip
        self.focus_list_action = self._action(
            "Go to the article &list", self._focus_list, QKeySequence("Ctrl+L")
        )
        self.focus_reading_action = self._action(
            "Go to the &text", self._focus_reading, QKeySequence("Ctrl+R"),
            tip="Move the keyboard into the article or comparison being read (Enter in the list)",
        )  # fmt: skip

        self.zoom_in_action = self._action(
            "Zoom &in", self.zoom_in, [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            tip="Larger reading text",
        )  # fmt: skip
        self.zoom_out_action = self._action(
            "Zoom &out", self.zoom_out, QKeySequence("Ctrl+-"), tip="Smaller reading text"
        )
        self.zoom_reset_action = self._action(
            "&Reset zoom",
            self.reset_zoom,
            QKeySequence("Ctrl+0"),
            tip="Reading text at its usual size",
        )
        self.next_action = self._action(
            "&Next discrepancy", self.next_discrepancy, QKeySequence("F7"),
            tip="Go to the next figure the two versions disagree on (F7)", icon=sp.SP_ArrowDown,
        )  # fmt: skip
        self.previous_action = self._action(
            "&Previous discrepancy", self.previous_discrepancy, QKeySequence("Shift+F7"),
            tip="Go to the previous discrepancy (Shift+F7)", icon=sp.SP_ArrowUp,
        )  # fmt: skip
        self.theme_actions = QActionGroup(self)
        for choice, text in (
            ("system", "Follow the &system"),
            ("light", "&Light"),
            ("dark", "&Dark"),
        ):
            action = self.theme_actions.addAction(text)
            action.setCheckable(True)
            action.setData(choice)
        self.theme_actions.triggered.connect(lambda action: self.set_theme(action.data()))
        self.about_action = self._action("&About Riwaya", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # Delete and F2 act on the articles only while the list has the focus: in the search box
        # they edit the query, in a text they do nothing surprising.
        for action in (self.delete_action, self.edit_action):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.library_panel.table.addAction(action)
        self.library_panel.set_context_actions(
            [self.edit_action, self.delete_action, self.undo_action]
        )

    def _make_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.import_files_action, self.import_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(self.open_library_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.focus_list_action, self.focus_reading_action])
        view_menu = menus.addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addActions([self.next_action, self.previous_action])
        view_menu.addSeparator()
        appearance = view_menu.addMenu("&Appearance")
        appearance.addActions(self.theme_actions.actions())
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.import_files_action, self.import_folder_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])

    def _connect(self) -> None:
        panel = self.library_panel
        panel.selection_changed.connect(self._show_for_selection)
        panel.activated.connect(self._focus_reading)
        panel.search_requested.connect(self._search)
        panel.filter_changed.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self.model.rowsInserted.connect(self._update_counts)
        self.model.rowsRemoved.connect(self._update_counts)
        self.imports.started.connect(self._update_actions)
        self.imports.finished.connect(self._on_import_finished)
        self.imports.progressed.connect(self._on_import_progress)
        self.imports.failed.connect(self._on_import_failed)
        self.compares.comparison_ready.connect(self._show_comparison)
        self.compares.comparison_failed.connect(self._on_comparison_failed)
        self.compares.busy_changed.connect(self._on_compare_busy)
        self.empty_page.import_files_button.clicked.connect(self.imports.choose_files)
        self.empty_page.import_folder_button.clicked.connect(self.imports.choose_folder)
        self.undo_stack.indexChanged.connect(self._update_actions)

    # Showing articles ---------------------------------------------------------------------

    def _show_for_selection(self, ids: tuple[int, ...]) -> None:
        if len(ids) == 2:
            first, second = self._reading_order(ids)
            self.open_comparison(first, second, select=False)
        elif len(ids) == 1:
            self.compares.cancel()
            self.show_article(ids[0])
        else:
            self.compares.cancel()
            self._show_idle_page(len(ids))
        self._update_actions()
        self._update_counts()

    def _show_idle_page(self, selected: int) -> None:
        if self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty_page)
            return
        if selected > 2:
            self.hint_label.setText(
                f"{selected} articles selected.\n\nSelect one article to read it, "
                "or two to compare them side by side."
            )
        else:
            self.hint_label.setText(
                "Select an article to read it,\nor two articles (Ctrl+click) to compare them "
                "side by side.\n\nYou can also drag an article from the list onto a pane of the "
                "comparison."
            )
        self.stack.setCurrentWidget(self.hint_page)

    def _reading_order(self, ids: tuple[int, ...]) -> tuple[int, int]:
        """Earlier version first (its date, then its id): the compare view puts it where an
        Arabic reader starts."""
        summaries = {s.id: s for s in self.model.summaries()}

        def key(article_id: int) -> tuple[int, str, int]:
            summary = summaries.get(article_id)
            date = summary.date if summary else ""
            return (0 if date else 1, date, article_id)

        first, second = sorted(ids, key=key)
        return first, second

    def show_article(self, article_id: int) -> None:
        from services.library.storage import ArticleNotFound

        try:
            article = self.library.get(article_id)
        except ArticleNotFound as error:
            self.statusBar().showMessage(str(error), 5000)
            return
        self.article_view.show_article(article)
        self.stack.setCurrentWidget(self.article_view)
        self.article_shown.emit(article_id)

    def open_comparison(self, left: ArticleRef, right: ArticleRef, *, select: bool = True) -> None:
        """Compare two articles (ids, or references the ingest service resolves) in the
        background; the compare view shows them when the comparison is ready."""
        ids = [ref for ref in (left, right) if isinstance(ref, int)]
        if select and len(ids) == 2:
            # Show the pair selected in the list without the selection asking for it again.
            self.library_panel.blockSignals(True)
            self.library_panel.select_ids(ids)
            self.library_panel.blockSignals(False)
            self._update_counts()
        page = self._ensure_compare_page()
        self.stack.setCurrentWidget(page)
        self.compare_view.show_loading()
        self.compares.request(left, right)

    def comparison(self):
        """The comparison on screen, if any."""
        return self._comparison

    def _show_comparison(self, comparison) -> None:
        self._comparison = comparison
        page = self._ensure_compare_page()
        self.compare_view.set_comparison(comparison)
        self.stack.setCurrentWidget(page)
        self._update_actions()
        self.comparison_shown.emit(comparison)

    def _on_comparison_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        if self.compare_view is not None:
            self.compare_view.show_message(message)

    def _on_compare_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage("Comparing…")
        else:
            self.statusBar().clearMessage()

    def drop_on_pane(self, article_id: int, *, right_hand: bool) -> None:
        """An article dragged from the list onto a pane takes that pane's place; the other
        pane keeps its article."""
        view, shown = self.compare_view, self._comparison
        if view is None or shown is None or shown.left.id is None or shown.right.id is None:
            return
        from ui.highlights import Side

        replaced = view.right_side if right_hand else view.right_side.other
        kept = shown.right.id if replaced is Side.LEFT else shown.left.id
        if article_id == kept:
            return
        # The new article goes on the comparison side it replaces, so it lands where dropped.
        pair = (article_id, kept) if replaced is Side.LEFT else (kept, article_id)
        self.open_comparison(*pair)

    def _drop_on_article(self, article_id: int) -> None:
        shown = self.article_view.article_id()
        if shown is not None and article_id != shown:
            self.library_panel.select_ids(self._reading_order((shown, article_id)))

    def next_discrepancy(self) -> None:
        if self.compare_view is not None and self.stack.currentWidget() is self._compare_page:
            self.compare_view.next_discrepancy()

    def previous_discrepancy(self) -> None:
        if self.compare_view is not None and self.stack.currentWidget() is self._compare_page:
            self.compare_view.previous_discrepancy()

    # Zoom ---------------------------------------------------------------------------------

    def point_size(self) -> float:
        return self._point_size

    def zoom_in(self) -> None:
        self.set_point_size(self._point_size + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_point_size(self._point_size - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_point_size(DEFAULT_READING_POINT_SIZE)

    def set_point_size(self, point_size: float) -> None:
        point_size = max(MIN_READING_POINT_SIZE, min(MAX_READING_POINT_SIZE, point_size))
        if point_size == self._point_size:
            return
        self._point_size = point_size
        self.article_view.set_point_size(point_size)
        self._apply_zoom_to_compare()
        self.statusBar().showMessage(f"Reading text {point_size:g} pt", 2000)

    def _apply_zoom_to_compare(self) -> None:
        if self.compare_view is not None:
            self.compare_view.set_font_size(self._point_size)

    # Searching ----------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        if self._search_task is not None:
            self._search_task.cancel()

        def work(library, on_progress, is_cancelled) -> tuple[int, ...]:
            return tuple(hit.article.id for hit in library.search(query, limit=SEARCH_LIMIT))

        def done(ids: tuple[int, ...]) -> None:
            note = f"Showing the best {SEARCH_LIMIT} matches." if len(ids) >= SEARCH_LIMIT else ""
            self.library_panel.show_search_results(query, ids, note=note)

        def failed(error: BaseException) -> None:
            self.library_panel.show_search_results(
                query, (), note=f"Cannot search for this: {error}"
            )

        self._search_task = self.runner.run_task(with_library(self.db_path, work), done, failed)

    # Editing and deleting (through the undo stack) ----------------------------------------

    def _request_edit(self, article_id: int, field: str, value: str) -> bool:
        if self.imports.is_running():
            self.statusBar().showMessage(
                "Editing is possible again when the import has finished.", 5000
            )
            return False
        row = self.model.row_of(article_id)
        if row is None:
            return False
        old = getattr(self.model.summary(row), field)
        self.undo_stack.push(EditMetadataCommand(self, article_id, field, old, value))
        return True

    def store_metadata(self, article_id: int, field: str, value: str) -> None:
        """Write one field to the library and show the stored result everywhere."""
        from services.library.storage import LibraryError

        try:
            article = self.library.update_metadata(article_id, **{field: value})
        except LibraryError as error:
            self.statusBar().showMessage(str(error), 8000)
            return
        self.model.update_fields(
            article_id, title=article.title, source=article.source, date=article.date
        )
        if self.article_view.article_id() == article_id:
            self.article_view.show_article(article)
        shown = self._comparison
        if shown is not None and article_id in (shown.left.id, shown.right.id):
            self.open_comparison(shown.left.id, shown.right.id, select=False)

    def delete_selected(self) -> None:
        ids = self.library_panel.selected_ids()
        if not ids:
            return
        if self.imports.is_running():
            self.statusBar().showMessage(
                "Deleting is possible again when the import has finished.", 5000
            )
            return
        self.undo_stack.push(DeleteArticlesCommand(self, ids))
        self.statusBar().showMessage(
            f"Deleted {len(ids)} article{'s' if len(ids) != 1 else ''} — Undo (Ctrl+Z) brings "
            "them back.",
            8000,
        )

    def delete_articles(self, ids: tuple[int, ...]) -> list[tuple[ArticleSummary, Article, object]]:
        from services.library.storage import LibraryError

        deleted = []
        for article_id in ids:
            row = self.model.row_of(article_id)
            if row is None:
                continue
            summary = self.model.summary(row)
            try:
                analysis = self.library.analysis(article_id)
                article = self.library.delete(article_id)
            except LibraryError as error:
                self.statusBar().showMessage(str(error), 8000)
                continue
            self.model.remove(article_id)
            deleted.append((summary, article, analysis))
        self._forget_shown(ids)
        return deleted

    def restore_articles(self, deleted: list[tuple[ArticleSummary, Article, object]]) -> None:
        from services.library.storage import LibraryError

        restored = []
        for summary, article, analysis in deleted:
            try:
                self.library.restore(article, analysis)
            except LibraryError as error:
                self.statusBar().showMessage(str(error), 8000)
                continue
            self.model.insert(summary)
            restored.append(summary.id)
        if restored:
            self.library_panel.select_ids(restored)

    def _forget_shown(self, ids: tuple[int, ...]) -> None:
        shown = self._comparison
        if shown is not None and {shown.left.id, shown.right.id} & set(ids):
            self._comparison = None
        if self.article_view.article_id() in ids:
            self.article_view.clear_article()
        self._show_for_selection(self.library_panel.selected_ids())

    # Library ------------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Re-read the summaries (cheap: no texts), keeping the selection."""
        selected = self.library_panel.selected_ids()
        self.model.set_summaries(self.library.summaries())
        if selected:
            self.library_panel.select_ids(selected)
        else:
            self._show_for_selection(())
        if self.library_panel.search_query():
            self._search(self.library_panel.search_query())

    def choose_library(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            "Open a library",
            str(self.db_path.parent),
            "Riwaya libraries (*.db *.sqlite *.sqlite3 *.riwaya);;All files (*)",
        )
        if path:
            self.open_library(Path(path))

    def open_library(self, path: Path) -> bool:
        from services.library.storage import Library, LibraryError

        if self.imports.is_running():
            self.statusBar().showMessage(
                "Wait for the import to finish before switching libraries.", 8000
            )
            return False
        try:
            library = Library.open(path)
        except LibraryError as error:
            self._warn("Cannot open the library", str(error))
            return False
        self.compares.cancel()
        self.library.close()
        self.library = library
        self.db_path = Path(path)
        self.undo_stack.clear()
        self._comparison = None
        self.article_view.clear_article()
        self.model.set_summaries(library.summaries())
        self._show_for_selection(())
        self._update_title()
        self._remember_library = True  # a library the user chose
        if self._remember:
            self.settings.set_last_library(self.db_path)
        return True

    def _on_import_progress(self, done: int, total: int) -> None:
        """During a long import, the articles stored so far join the list now and then (the
        importer commits in batches), appended so that selection and scrolling stay put."""
        now = time.monotonic()
        if now - self._last_import_refresh < IMPORT_REFRESH_S:
            return
        self._last_import_refresh = now
        self._append_new_articles()

    def _append_new_articles(self) -> None:
        known = self.model.max_id()
        self.model.extend(s for s in self.library.summaries() if s.id > known)

    def _on_import_finished(self, report) -> None:
        # An import only adds articles: appending them keeps the list, its selection and its
        # scroll position as they were (a reset of 2,000 rows would also stall the window).
        self._append_new_articles()
        if self.library_panel.search_query():
            self._search(self.library_panel.search_query())
        self._update_actions()
        from ui.import_flow import summary_line

        self.statusBar().showMessage(summary_line(report), 10000)
        if report.imported and not self.library_panel.selected_ids():
            self.library_panel.select_ids([report.imported[0].id])

    def _on_import_failed(self, message: str) -> None:
        self._update_actions()
        self.statusBar().showMessage(message, 15000)
        self._warn("Import failed", message)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warmed_up:
            self._warmed_up = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        from ui.compare_flow import warm_up

        if not self._closed:
            self.runner.run_task(warm_up, lambda _result: None)

    # Drag and drop of files from outside --------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if article_ids_from_mime(event.mimeData()):
            event.ignore()
            return
        paths = local_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        if paths:
            self.settings.set_last_import_directory(str(paths[0].parent))
        self.imports.start(paths)
        self._update_actions()

    # Status, title, actions ---------------------------------------------------------------

    def _update_counts(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.library_panel.shown_count()
        selected = len(self.library_panel.selected_ids())
        parts = [f"{total} article{'s' if total != 1 else ''}"]
        if shown != total:
            parts.append(f"{shown} shown")
        if selected:
            parts.append(f"{selected} selected")
        self.counts_label.setText(" · ".join(parts))
        if total == 0 and self.stack.currentWidget() is not self.empty_page:
            self._show_for_selection(())
        elif total > 0 and self.stack.currentWidget() is self.empty_page:
            self._show_idle_page(selected)

    def _update_actions(self, *_args) -> None:
        selected = len(self.library_panel.selected_ids())
        importing = self.imports.is_running()
        self.delete_action.setEnabled(selected > 0 and not importing)
        self.edit_action.setEnabled(selected > 0 and not importing)
        self.open_library_action.setEnabled(not importing)
        comparing = (
            self.stack.currentWidget() is self._compare_page and self._compare_page is not None
        )
        self.next_action.setEnabled(comparing)
        self.previous_action.setEnabled(comparing)

    def _update_title(self) -> None:
        self.setWindowTitle(f"Riwaya — {self.db_path.name}")

    def set_theme(self, choice: str) -> None:
        """Light, dark or following the system (View › Appearance); remembered."""
        if self._remember:
            self.settings.set_theme(choice)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == choice)
        self.theme.set_choice(choice)

    def set_colours(self, colours) -> None:
        """Follow a switch between light and dark (ui.theme.ThemeWatcher)."""
        if self.compare_view is not None:
            self.compare_view.set_colours(colours)
        if self.article_view.article() is not None:
            self.article_view.show_article(self.article_view.article())

    def _warn(self, title: str, message: str) -> None:
        """A warning that does not block the event loop (imports and comparisons go on)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = box

    def _focus_reading(self, *_args) -> None:
        """Enter on an article (or Ctrl+R) moves the keyboard into the text being read."""
        page = self.stack.currentWidget()
        target = self.compare_view.right_pane if page is self.compare_view else page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_list(self) -> None:
        self.library_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Riwaya",
            "<b>Riwaya</b> — رواية<br>Compare how outlets report the same story, side by side "
            "and right to left, with the figures they agree and disagree on.<br><br>"
            f"Library: {self.db_path}",
        )

    # Layout memory ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if not self._remember:
            return
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        if not self._remember:
            return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        self.settings.set_reading_point_size(self._point_size)
        if self._remember_library:
            self.settings.set_last_library(self.db_path)
        self.settings.set_last_import_directory(self.imports.last_directory)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_layout()
            self.runner.shutdown()
            self.library.close()
        super().closeEvent(event)


class _ArticleDropTarget(QObject):
    """Lets a text view accept articles dragged from the library list: `dropped(id)`."""

    def __init__(self, view, dropped) -> None:
        super().__init__(view)
        self._dropped = dropped
        target = view.viewport()
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        ids = article_ids_from_mime(event.mimeData())
        if not ids:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self._dropped(ids[0])
        return True
