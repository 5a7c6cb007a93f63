"""The story page of the reading area: builds the story view on first use, asks the story
controller for the story of the selected articles, and opens the comparison a cell asks for,
bringing that figure or claim forward once the comparison is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from ui.language import fill
from ui.story_flow import MAX_STORY_ARTICLES, StoryController, finding_for


class StoryPage(QObject):
    """Owned by the reading area (`area`): `view` (ui.story_view.StoryView, None until first
    used) and `controller` (StoryController)."""

    def __init__(self, area, runner, db_path: Callable[[], Path], library) -> None:
        super().__init__(area)
        self._area = area
        self.view = None
        self._pending = None  # the StoryFocus a clicked cell asked for
        self._colours = None
        self.controller = StoryController(runner, db_path, self)
        self.controller.story_ready.connect(self._show)
        self.controller.story_failed.connect(self._failed)
        self.controller.progressed.connect(self._progressed)
        self._library = library  # the LibraryController: summaries, and what changed
        library.articles_changed.connect(self._on_articles_changed)
        library.library_opened.connect(self._on_library_opened)

    def _ensure_view(self):
        if self.view is None:
            from ui.story_view import StoryView
            from ui.theme import reading_colours

            self.view = StoryView(self._colours or reading_colours(), self._area)
            self.view.focus_requested.connect(self.open_focus)
            self._area.addWidget(self.view)
        return self.view

    def open(self, ids: tuple[int, ...]) -> bool:
        """Build the story of `ids` in the background; False when there are too many."""
        if len(ids) > MAX_STORY_ARTICLES:
            return False
        view = self._ensure_view()
        view.show_loading(len(ids))
        self._area.setCurrentWidget(view)
        self.controller.request(tuple(ids))
        return True

    def cancel(self) -> None:
        self.controller.cancel()

    def is_showing(self) -> bool:
        return self.view is not None and self._area.currentWidget() is self.view

    def open_focus(self, focus) -> None:
        """Compare the two articles of a clicked cell; show that figure or claim there."""
        self._pending = focus
        self._area.comparison_requested.emit(focus.left, focus.right)

    def comparison_shown(self, comparison, compare_view) -> None:
        focus, self._pending = self._pending, None
        if focus is None:
            return
        index = finding_for(comparison, compare_view.findings_list, focus)
        if index is not None:
            compare_view.show_finding(index)

    def set_colours(self, colours) -> None:
        self._colours = colours
        if self.view is not None:
            self.view.set_colours(colours)

    def _show(self, story) -> None:
        view = self._ensure_view()
        view.set_story(story)
        self._area.setCurrentWidget(view)
        self._area.status.emit("", 0)
        self._area.story_shown.emit(story)

    def _on_articles_changed(self, ids: tuple[int, ...]) -> None:
        """An article of the story on screen edited (its outlet, its date) or deleted: the
        story of what is left is built again."""
        if not self.is_showing() or self.view.story() is None:
            return
        shown = [a.id for a in self.view.story().articles]
        if not set(ids) & set(shown):
            return
        left = tuple(i for i in shown if self._library.summary(i) is not None)
        if len(left) > 2:
            self.open(left)
        else:
            self.cancel()
            self._area.show_idle_page(len(left))

    def _on_library_opened(self) -> None:
        self.cancel()
        self._pending = None

    def _failed(self, message: str) -> None:
        self._area.status.emit(message, 10000)
        if self.view is not None:
            self.view.show_message(message)

    def _progressed(self, done: int, total: int) -> None:
        message = fill(self.tr("Comparing the versions of the story… %1/%2"), done, total)
        self._area.status.emit(message, 0)
