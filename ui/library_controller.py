"""The library controller: the one place the window changes the library. It performs edits and
deletes through the undo stack, notices what other writers (an import, the command line, a
second window) stored, and reports every change as `articles_changed(ids)`; the list and the
reading area subscribe and redraw what they show (as Anki's operations report their changes).

It owns the GUI thread's Library (quick reads, single-row writes); long work opens its own
Library in ui.tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from services.models import Article, ArticleSummary
from ui.library_edits import DeleteArticlesCommand, EditMetadataCommand

# How long a status line stays up (ms): a refusal to read, an error to read carefully.
NOTICE_MS = 5000
ERROR_MS = 8000


class LibraryController(QObject):
    """Edits, deletes and undo on the open library, and what changed.

    `is_blocked()` says whether changes must wait (an import is writing); the controller then
    refuses and says so in `message`.
    """

    articles_changed = Signal(tuple)  # ids added, edited, deleted or restored
    articles_restored = Signal(tuple)  # ids an undo put back (the list selects them)
    library_opened = Signal()  # another library file replaced the open one
    message = Signal(str, int)  # a status line, and how long to show it (ms)

    def __init__(
        self,
        library,
        db_path: Path,
        *,
        is_blocked: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.db_path = Path(db_path)
        self._is_blocked = is_blocked
        self.undo_stack = QUndoStack(self)
        self._known: dict[int, ArticleSummary] = {s.id: s for s in library.summaries()}
        self._writes = 0  # edits, deletes, restores and library switches made here

    # Reading ------------------------------------------------------------------------------

    def summaries(self) -> tuple[ArticleSummary, ...]:
        """The articles as last read, in library order (by id)."""
        return tuple(self._known.values())

    def summary(self, article_id: int) -> ArticleSummary | None:
        return self._known.get(article_id)

    def count(self) -> int:
        return len(self._known)

    def get(self, article_id: int) -> Article:
        """The stored article (raises services' ArticleNotFound)."""
        return self.library.get(article_id)

    def data_version(self) -> int:
        """Changes when another connection (the command line, a second window, an import
        thread) has committed to the library since the last look."""
        return self.library.data_version()

    def state(self) -> tuple[Path, int]:
        """What summaries read now would be compared against: the library, and how many
        writes this controller made. A read started before a later write is stale."""
        return self.db_path, self._writes

    def refresh(self) -> tuple[int, ...]:
        """Re-read the summaries (cheap: no texts) and report the articles someone else added,
        changed or deleted since the last look; their ids."""
        return self.apply_summaries(self.library.summaries(), self.state()) or ()

    def apply_summaries(
        self, summaries: Iterable[ArticleSummary], state: tuple[Path, int]
    ) -> tuple[int, ...] | None:
        """Take `summaries`, read elsewhere while the controller was in `state`, as the
        library's articles and report what changed; None if the read is stale (another
        library, or an edit of ours since)."""
        if state != self.state():
            return None
        fresh = {s.id: s for s in summaries}
        changed = tuple(
            sorted(
                i for i in fresh.keys() | self._known.keys() if fresh.get(i) != self._known.get(i)
            )
        )
        self._known = fresh
        if changed:
            self.articles_changed.emit(changed)
        return changed

    # Changing -----------------------------------------------------------------------------

    def edit(self, article_id: int, field: str, value: str) -> bool:
        """Correct `field` ("title", "source", "date" or "when": date and time) of one article,
        undoably."""
        if self._refused(self.tr("Editing is possible again when the import has finished.")):
            return False
        summary = self._known.get(article_id)
        if summary is None:
            return False
        old = getattr(summary, field)
        self.undo_stack.push(EditMetadataCommand(self._store, article_id, field, old, value))
        return True

    def delete(self, ids: Iterable[int]) -> bool:
        """Delete articles, undoably."""
        ids = tuple(ids)
        if not ids or self._refused(
            self.tr("Deleting is possible again when the import has finished.")
        ):
            return False
        self.undo_stack.push(DeleteArticlesCommand(self._delete_now, self._restore, ids))
        self.message.emit(
            self.tr("Deleted %n article(s) — Undo (Ctrl+Z) brings them back.", "", len(ids)),
            ERROR_MS,
        )
        return True

    def open(self, path: Path) -> None:
        """Open the library at `path` in place of this one (raises services' LibraryError;
        the open library stays open then)."""
        from services.library import Library

        library = Library.open(path)
        self.library.close()
        self.library = library
        self.db_path = Path(path)
        self.undo_stack.clear()  # undoing a delete from the other library: no
        self._writes += 1
        self._known = {s.id: s for s in library.summaries()}
        self.library_opened.emit()

    def close(self) -> None:
        self.library.close()

    # What the undo commands call -------------------------------------------------------------

    def _store(self, article_id: int, field: str, value: str) -> None:
        from services.library import LibraryError

        self._writes += 1
        try:
            article = self.library.update_metadata(article_id, **{field: value})
        except LibraryError as error:
            self.message.emit(str(error), ERROR_MS)
            return
        known = self._known.get(article_id)
        if known is not None:
            from dataclasses import replace

            self._known[article_id] = replace(
                known,
                title=article.title,
                source=article.source,
                date=article.date,
                time=article.time,
            )
        self.articles_changed.emit((article_id,))

    def _delete_now(self, ids: tuple[int, ...]) -> list[tuple[Article, object]]:
        from services.library import LibraryError

        self._writes += 1
        deleted = []
        for article_id in ids:
            if article_id not in self._known:
                continue
            try:
                analysis = self.library.analysis(article_id)
                article = self.library.delete(article_id)
            except LibraryError as error:
                self.message.emit(str(error), ERROR_MS)
                continue
            deleted.append((self._known.pop(article_id), article, analysis))
        if deleted:
            self.articles_changed.emit(tuple(summary.id for summary, _, _ in deleted))
        return deleted

    def _restore(self, deleted: list[tuple[ArticleSummary, Article, object]]) -> None:
        from services.library import LibraryError

        self._writes += 1
        restored = []
        for summary, article, analysis in deleted:
            try:
                self.library.restore(article, analysis)
            except LibraryError as error:
                self.message.emit(str(error), ERROR_MS)
                continue
            self._known[summary.id] = summary
            restored.append(summary.id)
        if restored:
            self._known = dict(sorted(self._known.items()))
            self.articles_changed.emit(tuple(restored))
            self.articles_restored.emit(tuple(restored))

    def is_blocked(self) -> bool:
        """Whether an import is writing (changes wait; so does reading what others did)."""
        return self._is_blocked()

    def _refused(self, message: str) -> bool:
        if self._is_blocked():
            self.message.emit(message, NOTICE_MS)
            return True
        return False
