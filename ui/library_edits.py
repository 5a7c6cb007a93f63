"""The library's edits as undoable commands: a corrected title, outlet or date, and deleted
articles that undo puts back under their ids with their stored analyses.

The commands only record what changed; the window does the storing and the redrawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from services.models import Article, ArticleSummary

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class EditMetadataCommand(QUndoCommand):
    """Correct one field (title, outlet or date) of one article."""

    def __init__(self, window: MainWindow, article_id: int, field: str, old: str, new: str) -> None:
        label = {"title": "title", "source": "outlet", "date": "date"}[field]
        super().__init__(f"Edit {label}")
        self._window, self._id, self._field, self._old, self._new = (
            window,
            article_id,
            field,
            old,
            new,
        )

    def redo(self) -> None:
        self._window.store_metadata(self._id, self._field, self._new)

    def undo(self) -> None:
        self._window.store_metadata(self._id, self._field, self._old)


class DeleteArticlesCommand(QUndoCommand):
    """Delete articles; undo puts them back under their ids with their stored analyses."""

    def __init__(self, window: MainWindow, ids: tuple[int, ...]) -> None:
        super().__init__(f"Delete {len(ids)} article" + ("s" if len(ids) != 1 else ""))
        self._window = window
        self._ids = ids
        self._deleted: list[tuple[ArticleSummary, Article, object]] = []

    def redo(self) -> None:
        self._deleted = self._window.delete_articles(self._ids)

    def undo(self) -> None:
        self._window.restore_articles(self._deleted)
        self._deleted = []
