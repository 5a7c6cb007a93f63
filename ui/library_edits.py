"""The library's edits as undoable commands: a corrected title, outlet or date, and deleted
articles that undo puts back under their ids with their stored analyses.

A command records what changed and calls back the functions it was given (the library
controller's); it knows no widget and imports nothing of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from ui.language import tr, translate

# The undo command's name (Edit › Undo Edit title): translated in EditMetadataCommand.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("EditMetadataCommand", "Edit title"),
    "source": QT_TRANSLATE_NOOP("EditMetadataCommand", "Edit outlet"),
    "date": QT_TRANSLATE_NOOP("EditMetadataCommand", "Edit date"),
    "when": QT_TRANSLATE_NOOP("EditMetadataCommand", "Edit date"),
}

StoreFn = Callable[[int, str, str], None]  # (article id, field, value)
DeleteFn = Callable[[tuple[int, ...]], list]  # ids -> what restoring them needs
RestoreFn = Callable[[list], None]


class EditMetadataCommand(QUndoCommand):
    """Correct one field (title, outlet or date) of one article."""

    def __init__(self, store: StoreFn, article_id: int, field: str, old: str, new: str) -> None:
        super().__init__(translate("EditMetadataCommand", FIELD_LABELS[field]))
        self._store = store
        self._id, self._field, self._old, self._new = article_id, field, old, new

    def redo(self) -> None:
        self._store(self._id, self._field, self._new)

    def undo(self) -> None:
        self._store(self._id, self._field, self._old)


class DeleteArticlesCommand(QUndoCommand):
    """Delete articles; undo puts them back under their ids with their stored analyses."""

    def __init__(self, delete: DeleteFn, restore: RestoreFn, ids: tuple[int, ...]) -> None:
        super().__init__(tr("Delete %n article(s)", "", len(ids)))
        self._delete, self._restore = delete, restore
        self._ids = ids
        self._deleted: list = []

    def redo(self) -> None:
        self._deleted = self._delete(self._ids)

    def undo(self) -> None:
        self._restore(self._deleted)
        self._deleted = []
