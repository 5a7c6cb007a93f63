"""The library side of the window: the article list (its model and panel) kept in step with the
library controller, and the full-text search, which runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.article_model import ArticleListModel
from ui.language import fill, translate
from ui.library_controller import LibraryController
from ui.library_panel import LibraryPanel
from ui.tasks import with_library

# A search fetches each hit's text for its snippet, so it is bounded; the list says so when the
# bound is reached.
SEARCH_LIMIT = 200


class LibrarySide(QObject):
    """Owns `model` and `panel`; redraws them on the controller's `articles_changed`."""

    def __init__(
        self,
        controller: LibraryController,
        runner,
        db_path: Callable[[], Path],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._runner = runner
        self._db_path = db_path
        self._search_task = None
        self._closed = False
        self.model = ArticleListModel(controller.summaries(), edit=controller.edit, parent=self)
        self.panel = LibraryPanel(self.model, parent)
        self.panel.search_requested.connect(self.search)
        self._add_story_sources(runner, db_path)
        controller.articles_changed.connect(self._on_articles_changed)
        controller.articles_restored.connect(self.panel.select_ids)
        controller.library_opened.connect(self._on_library_opened)
        self.refresh_notes()

    def refresh_notes(self) -> None:
        """Read the analyst's article notes again (a note written, undone, or its article
        re-imported or deleted): the list marks the noted titles."""
        from services.library import LibraryError

        try:
            notes = self._controller.library.article_notes_by_id()
        except LibraryError:
            return  # a damaged or closed library: the list keeps what it showed
        self.model.set_notes(notes)

    def _add_story_sources(self, runner, db_path) -> None:
        """Saved collections above the list, the related articles below it."""
        from ui.collections_box import CollectionsBox
        from ui.related_panel import RelatedPanel

        panel = self.panel
        self.collections = CollectionsBox(self._controller, panel.selected_ids, panel)
        self.related = RelatedPanel(runner, db_path, panel)
        panel.layout().insertWidget(1, self.collections)
        panel.layout().addWidget(self.related)
        self.collections.chosen.connect(panel.select_ids)
        self.collections.show_all.connect(panel.table.selectAll)
        self.related.story_requested.connect(panel.select_ids)
        self.related.compare_requested.connect(lambda a, b: panel.select_ids((a, b)))
        panel.selection_changed.connect(self.related.show_for)
        self._controller.library_opened.connect(self.collections.refresh)

    def _on_articles_changed(self, ids: tuple[int, ...]) -> None:
        self.model.apply({i: self._controller.summary(i) for i in ids})
        self.refresh_notes()
        query = self.panel.search_query()
        if query:
            # Added or edited articles may now match (or no longer): ask again.
            self.search(query)

    def _on_library_opened(self) -> None:
        self.model.set_summaries(self._controller.summaries())
        self.refresh_notes()

    def close(self) -> None:
        """The window is closing: no search starts or reports any more (a search box's
        pending keystroke timer would otherwise start one after the panel is gone)."""
        self._closed = True
        if self._search_task is not None:
            self._search_task.cancel()

    def search(self, query: str) -> None:
        """Find `query` in the background; the panel shows the hits when they arrive."""
        if self._closed:
            return
        if self._search_task is not None:
            self._search_task.cancel()

        def work(library, on_progress, is_cancelled) -> tuple[int, ...]:
            return tuple(hit.article.id for hit in library.search(query, limit=SEARCH_LIMIT))

        started: dict[str, object] = {}

        def cancelled() -> bool:
            # A search cancelled (by a newer one, or by the window closing) shows nothing: its
            # panel may be gone by the time it reports.
            task = started.get("task")
            return self._closed or (task is not None and task.is_cancelled())

        def done(ids: tuple[int, ...]) -> None:
            if cancelled():
                return
            note = ""
            if len(ids) >= SEARCH_LIMIT:
                note = fill(translate("LibrarySide", "Showing the best %1 matches."), SEARCH_LIMIT)
            self.panel.show_search_results(query, ids, note=note)

        def failed(error: BaseException) -> None:
            if cancelled():
                return
            self.panel.show_search_results(
                query, (), note=fill(translate("LibrarySide", "Cannot search for this: %1"), error)
            )

        self._search_task = started["task"] = self._runner.run_task(
            with_library(self._db_path(), work), done, failed
        )
