"""The reading area: a stack of pages — the empty library's welcome, a selection hint, one
article, or two compared — and the reading size (zoom), which it alone keeps.

It shows what the window asks for and redraws what it shows when the library controller
reports a change; comparisons run in the background through the CompareController.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.article_model import article_ids_from_mime
from ui.article_view import ArticleView
from ui.compare_flow import ArticleRef, CompareController
from ui.fonts import DEFAULT_READING_POINT_SIZE, MAX_READING_POINT_SIZE, MIN_READING_POINT_SIZE
from ui.language import fill
from ui.library_controller import LibraryController
from ui.pages import EmptyLibraryPage, SelectionHintPage
from ui.story_page import StoryPage

ZOOM_STEP = 1.0  # points
STATUS_MS = 10000
# Long enough to read "Back at the first discrepancy (5 in all)" while pressing F7 again.
WRAP_MESSAGE_MS = 4000


class ReadingArea(QStackedWidget):
    """The pages of the reading area. Signals: `comparison_shown(Comparison)`,
    `article_shown(id)`, `status(text, ms)` (empty text clears the status line; ms 0 keeps
    it), `pair_requested(ids)` (an article dropped on the one being read: select the two),
    `comparison_requested(left, right)` (an article dropped on a pane)."""

    comparison_shown = Signal(object)
    article_shown = Signal(int)
    status = Signal(str, int)
    pair_requested = Signal(tuple)
    comparison_requested = Signal(object, object)
    page_changed = Signal()
    legend_requested = Signal()  # the findings header's Legend button
    text_replaced = Signal()  # the text on screen changed (another article, a swap, colours)
    story_shown = Signal(object)  # the Story now on screen

    def __init__(
        self,
        controller: LibraryController,
        runner,
        db_path: Callable[[], Path],
        *,
        point_size: float = DEFAULT_READING_POINT_SIZE,
        compare_runner=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingArea")
        self._controller = controller
        self._point_size = _clamped(point_size)
        self._comparison = None
        self.compare_view = None
        self.article_view = ArticleView(self)
        self.article_view.set_point_size(self._point_size)
        # An article dropped on the one being read opens the two side by side.
        self._reader_drop = _ArticleDropTarget(self.article_view, self._drop_on_article)
        self.empty_page = EmptyLibraryPage(self)
        self.hint_page = SelectionHintPage(self)
        for page in (self.empty_page, self.hint_page, self.article_view):
            self.addWidget(page)
        # `compare_runner`: the window's pool for comparisons, apart from its housekeeping.
        self.compares = CompareController(compare_runner or runner, db_path, self)
        self.compares.comparison_ready.connect(self._show_comparison)
        self.compares.comparison_failed.connect(self._on_comparison_failed)
        self.compares.busy_changed.connect(self._on_compare_busy)
        self.currentChanged.connect(lambda _index: self.page_changed.emit())
        controller.articles_changed.connect(self._on_articles_changed)
        controller.library_opened.connect(self._on_library_opened)
        # More than two articles: the story view (ui.story_page builds it on first use).
        self.stories = StoryPage(self, runner, db_path, controller)

    # Pages --------------------------------------------------------------------------------

    def _ensure_compare_page(self):
        """The compare view (with its findings list), built on first use: it keeps the
        comparison machinery off the start-up path."""
        if self.compare_view is not None:
            return self.compare_view
        from ui.compare_view import CompareView

        view = CompareView(self, font_size=self._point_size)
        self.compare_view = view
        self.addWidget(view)
        view.wrapped.connect(lambda message: self.status.emit(message, WRAP_MESSAGE_MS))
        view.findings.legend_requested.connect(self.legend_requested)
        view.swapped.connect(self.text_replaced)
        self._pane_drops = [
            _ArticleDropTarget(view.left_pane, lambda i: self._drop_on_pane(i, right_hand=False)),
            _ArticleDropTarget(view.right_pane, lambda i: self._drop_on_pane(i, right_hand=True)),
        ]
        return view

    def is_comparing(self) -> bool:
        return self.compare_view is not None and self.currentWidget() is self.compare_view

    def show_for_selection(self, ids: tuple[int, ...]) -> None:
        """One article: read it; two: compare them, the earlier on the right; else a hint."""
        if len(ids) != 2:
            self.compares.cancel()
        if len(ids) <= 2:
            self.stories.cancel()
        if len(ids) == 2:
            self.open_comparison(*self.reading_order(ids))
        elif len(ids) == 1:
            self.show_article(ids[0])
        elif len(ids) < 3 or not self.stories.open(ids):
            self.show_idle_page(len(ids))

    def show_idle_page(self, selected: int) -> None:
        if self._controller.count() == 0:
            self.setCurrentWidget(self.empty_page)
            return
        if selected > 2:
            from ui.story_flow import MAX_STORY_ARTICLES

            self.hint_page.label.setText(
                fill(
                    self.tr(
                        "%1 articles selected.\n\nSelect one article to read it, two to compare "
                        "them side by side, or up to %2 to see every version of a story at once."
                    ),
                    selected,
                    MAX_STORY_ARTICLES,
                )
            )
        else:
            self.hint_page.label.setText(
                self.tr(
                    "Select an article to read it,\nor two articles (Ctrl+click) to compare them "
                    "side by side.\n\nYou can also drag an article from the list onto a pane of "
                    "the comparison."
                )
            )
        self.setCurrentWidget(self.hint_page)

    def library_size_changed(self, selected: int) -> None:
        """The welcome page while the library is empty, the hint once it is not."""
        total = self._controller.count()
        if total == 0 and self.currentWidget() is not self.empty_page:
            self.show_for_selection(())
        elif total > 0 and self.currentWidget() is self.empty_page:
            self.show_idle_page(selected)

    def reading_order(self, ids: tuple[int, ...]) -> tuple[int, int]:
        """Earlier version first (its date, then its id): the compare view puts it where an
        Arabic reader starts."""

        def key(article_id: int) -> tuple[int, str, int]:
            summary = self._controller.summary(article_id)
            date = summary.when if summary else ""
            return (0 if date else 1, date, article_id)

        first, second = sorted(ids, key=key)
        return first, second

    def show_article(self, article_id: int) -> None:
        from services.library import ArticleNotFound

        try:
            article = self._controller.get(article_id)
        except ArticleNotFound as error:
            self.status.emit(str(error), 5000)
            return
        self.article_view.show_article(article)
        self.setCurrentWidget(self.article_view)
        self.text_replaced.emit()
        self.article_shown.emit(article_id)

    def open_comparison(self, left: ArticleRef, right: ArticleRef) -> None:
        """Compare two articles (ids, or references the ingest service resolves) in the
        background; the compare view shows them when the comparison is ready."""
        # Requested first: the comparison starts in its worker while this thread builds the
        # view (the first time: ~30 ms of widgets, more with their imports) and shows it
        # waiting. A synchronous runner (tests) has shown the comparison, or why it failed.
        self.compares.request(left, right)
        page = self._ensure_compare_page()
        self.setCurrentWidget(page)
        if self.compares.is_busy():
            page.show_loading()

    def comparison(self):
        """The comparison on screen, if any."""
        return self._comparison

    def _show_comparison(self, comparison) -> None:
        self._comparison = comparison
        page = self._ensure_compare_page()
        page.set_comparison(comparison)
        self.setCurrentWidget(page)
        self.text_replaced.emit()
        self.stories.comparison_shown(comparison, page)
        self.comparison_shown.emit(comparison)

    def _on_comparison_failed(self, message: str) -> None:
        self.status.emit(message, STATUS_MS)
        self._ensure_compare_page().show_message(message)

    def _on_compare_busy(self, busy: bool) -> None:
        self.status.emit(self.tr("Comparing…") if busy else "", 0)

    # What the library controller reports ----------------------------------------------------

    def _on_articles_changed(self, ids: tuple[int, ...]) -> None:
        """Redraw what shows one of these articles: re-read it, or let it go if deleted."""
        changed = set(ids)
        shown = self.article_view.article_id()
        if shown in changed:
            if self._controller.summary(shown) is None:
                self.article_view.clear_article()
                if self.currentWidget() is self.article_view:
                    self.show_idle_page(0)
            else:
                self.article_view.show_article(self._controller.get(shown))
        comparison = self._comparison
        if comparison is None:
            return
        pair = (comparison.left.id, comparison.right.id)
        if not changed & set(pair):
            return
        if all(i is not None and self._controller.summary(i) is not None for i in pair):
            self.open_comparison(*pair)  # an edited title or outlet: headers and labels
        else:
            self._comparison = None
            if self.currentWidget() is self.compare_view:
                self.compares.cancel()
                self.show_idle_page(0)

    def _on_library_opened(self) -> None:
        self.compares.cancel()
        self._comparison = None
        self.article_view.clear_article()

    # Dropping articles from the list ---------------------------------------------------------

    def _drop_on_pane(self, article_id: int, *, right_hand: bool) -> None:
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
        self.comparison_requested.emit(*pair)

    def _drop_on_article(self, article_id: int) -> None:
        shown = self.article_view.article_id()
        if shown is not None and article_id != shown:
            self.pair_requested.emit(self.reading_order((shown, article_id)))

    # Stepping through discrepancies ----------------------------------------------------------

    def next_discrepancy(self) -> None:
        if self.is_comparing():
            self.compare_view.next_discrepancy()

    def previous_discrepancy(self) -> None:
        if self.is_comparing():
            self.compare_view.previous_discrepancy()

    # Zoom and colours --------------------------------------------------------------------------

    def point_size(self) -> float:
        return self._point_size

    def zoom_in(self) -> None:
        self.set_point_size(self._point_size + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_point_size(self._point_size - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_point_size(DEFAULT_READING_POINT_SIZE)

    def set_point_size(self, point_size: float) -> None:
        """The reading size of every view, within bounds."""
        point_size = _clamped(point_size)
        if point_size == self._point_size:
            return
        self._point_size = point_size
        self.article_view.set_point_size(point_size)
        if self.compare_view is not None:
            self.compare_view.set_font_size(point_size)
        self.status.emit(fill(self.tr("Reading text %1 pt"), f"{point_size:g}"), 2000)

    def set_colours(self, colours) -> None:
        """Follow a switch between light and dark (ui.theme.ThemeWatcher)."""
        if self.compare_view is not None:
            self.compare_view.set_colours(colours)
        self.stories.set_colours(colours)
        if self.article_view.article() is not None:
            self.article_view.show_article(self.article_view.article())
        self.text_replaced.emit()

    # What the reader is reading ----------------------------------------------------------------

    def text_view(self, keep=None):
        """The text Find in article searches: the article shown, or in a comparison the pane
        the reader was in (the version read first, on the right, otherwise); None on the
        quiet pages. `keep` (the view searched so far) stays chosen while it is on screen and
        the keyboard is in neither pane (but in the find bar)."""
        on_screen = []
        if self.currentWidget() is self.article_view:
            on_screen = [self.article_view]
        elif self.is_comparing() and self._comparison is not None:
            on_screen = [self.compare_view.right_pane, self.compare_view.left_pane]
        if keep in on_screen and not any(view.hasFocus() for view in on_screen):
            return keep
        focused = [view for view in on_screen if view.hasFocus()]
        return (focused or on_screen or [None])[0]

    def article_on_screen(self):
        """The article whose original View › Original text shows (see `text_view`)."""
        view = self.text_view()
        if view is self.article_view:
            return self.article_view.article()
        if view is not None and view.pane_text is not None:
            return view.pane_text.article
        return None

    def focus_reading(self) -> None:
        """Move the keyboard into the text being read."""
        page = self.currentWidget()
        target = self.compare_view.right_pane if page is self.compare_view else page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _clamped(point_size: float) -> float:
    return max(MIN_READING_POINT_SIZE, min(MAX_READING_POINT_SIZE, point_size))


class _ArticleDropTarget(QObject):
    """Lets a text view accept articles dragged from the library list: `dropped(id)`."""

    def __init__(self, view, dropped) -> None:
        super().__init__(view)
        self._dropped = dropped
        target = view.viewport()
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
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
