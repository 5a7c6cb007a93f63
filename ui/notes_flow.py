"""The analyst's notes and triage in the window: marking a finding Reviewed or Dismissed,
writing a note on a finding or on an article, each an undoable command on the library's undo
stack; the comparison on screen is re-listed from what the library then holds.

Notes are single-row writes on the GUI thread's Library, as metadata edits are, and refused
while an import writes (it holds the library's write lock for a batch at a time).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QWidget

from services.models import Annotations, Comparison, FindingNote, Triage
from ui.export_flow import ExportFlow
from ui.language import fill, translate

STATUS_MS = 5000

# Asks for a note: (parent, title, label, current text) -> the new text, or None if cancelled.
AskNote = Callable[[QWidget | None, str, str, str], str | None]


def ask_note_in_dialog(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    answer, accepted = QInputDialog.getMultiLineText(parent, title, label, text)
    return answer.strip() if accepted else None


class FindingNoteCommand(QUndoCommand):
    """A finding's triage or note changed; undo puts back what it was."""

    def __init__(
        self, store: Callable[[FindingNote], None], old: FindingNote, new: FindingNote
    ) -> None:
        if new.triage is not old.triage:
            label = {
                Triage.REVIEWED: translate("NotesFlow", "Mark reviewed"),
                Triage.DISMISSED: translate("NotesFlow", "Dismiss finding"),
                Triage.OPEN: translate("NotesFlow", "Unmark finding"),
            }[new.triage]
        else:
            label = translate("NotesFlow", "Edit finding note")
        super().__init__(label)
        self._store, self._old, self._new = store, old, new

    def redo(self) -> None:
        self._store(self._new)

    def undo(self) -> None:
        self._store(self._old)


class ArticleNoteCommand(QUndoCommand):
    """An article's note changed (kept under its text's content hash)."""

    def __init__(
        self, store: Callable[[str, str], None], content_hash: str, old: str, new: str
    ) -> None:
        super().__init__(translate("NotesFlow", "Edit article note"))
        self._store, self._hash, self._old, self._new = store, content_hash, old, new

    def redo(self) -> None:
        self._store(self._hash, self._new)

    def undo(self) -> None:
        self._store(self._hash, self._old)


class NotesController(QObject):
    """Reads and writes the analyst's notes through the library controller's Library and undo
    stack; keeps the annotations of the comparison on screen and shows them in its view."""

    annotations_changed = Signal(object)  # Annotations of the comparison on screen
    article_note_changed = Signal(str)  # the content hash of a text whose note was stored

    def __init__(
        self,
        controller,
        *,
        is_blocked: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._is_blocked = is_blocked
        self._comparison: Comparison | None = None
        self._annotations = Annotations()
        self._view = None
        self.ask_note: AskNote = ask_note_in_dialog

    @property
    def annotations(self) -> Annotations:
        """The notes bearing on the comparison on screen."""
        return self._annotations

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @property
    def view(self):
        """The CompareView whose findings this controller annotates."""
        return self._view

    def show(self, comparison: Comparison, view=None) -> None:
        """`comparison` is now on screen in `view` (a CompareView): read its notes, list its
        findings with them, and listen to the view's findings list."""
        self._comparison = comparison
        if view is not None and view is not self._view:
            self._view = view
            bar = view.findings.triage
            bar.triage_requested.connect(self.set_triage)
            bar.note_requested.connect(self.edit_finding_note)
        self._reload()

    def _reload(self) -> None:
        from services.library import LibraryError

        if self._comparison is None:
            return
        try:
            self._annotations = self._controller.library.annotations(self._comparison)
        except LibraryError as error:
            self._controller.message.emit(str(error), STATUS_MS)
            self._annotations = Annotations()
        if self._view is not None and self._view.comparison is self._comparison:
            self._view.set_annotations(self._annotations)
        self.annotations_changed.emit(self._annotations)

    # Findings --------------------------------------------------------------------------------

    def set_triage(self, key: str, triage: Triage) -> None:
        old = self._annotations.finding(key)
        if old.triage is not triage:
            self._push(
                FindingNoteCommand(self._store_finding, old, FindingNote(key, triage, old.note))
            )

    def edit_finding_note(self, key: str) -> None:
        old = self._annotations.finding(key)
        text = self.ask_note(
            self._view,
            translate("NotesFlow", "Note on the finding"),
            translate("NotesFlow", "Your note on this finding:"),
            old.note,
        )
        if text is not None and text != old.note:
            self._push(
                FindingNoteCommand(self._store_finding, old, FindingNote(key, old.triage, text))
            )

    def _store_finding(self, note: FindingNote) -> None:
        from services.library import LibraryError

        comparison = self._comparison
        hashes = ("", "")
        if comparison is not None:
            from services.compare import text_hash

            hashes = (text_hash(comparison.left), text_hash(comparison.right))
        try:
            self._controller.library.set_finding_note(note, hashes)
        except LibraryError as error:
            self._controller.message.emit(str(error), STATUS_MS)
            return
        self._reload()

    def story_notes(self, story) -> Annotations:
        """The notes bearing on a story: its articles' and its figure relations'."""
        from services.export import story_hashes_and_keys
        from services.library import LibraryError

        try:
            return self._controller.library.notes_on(*story_hashes_and_keys(story))
        except LibraryError as error:
            self._controller.message.emit(str(error), STATUS_MS)
            return Annotations()

    # Articles --------------------------------------------------------------------------------

    def edit_selected_article_note(self) -> None:
        """The note on the article selected in the library (Edit › Article note…)."""
        window = self.parent()
        ids = window.library_panel.selected_ids() if window is not None else ()
        if len(ids) == 1:
            self.edit_article_note(ids[0], window)

    def edit_article_note(self, article_id: int, parent: QWidget | None = None) -> None:
        """Ask for and store the note on library article `article_id`."""
        from services.library import LibraryError

        try:
            article = self._controller.get(article_id)
            old = self._controller.library.article_note(article.content_hash)
        except LibraryError as error:
            self._controller.message.emit(str(error), STATUS_MS)
            return
        name = article.title or article.source or f"#{article_id}"
        text = self.ask_note(
            parent,
            translate("NotesFlow", "Note on the article"),
            fill(translate("NotesFlow", "Your note on «%1»:"), name),
            old,
        )
        if text is not None and text != old:
            self._push(ArticleNoteCommand(self._store_article, article.content_hash, old, text))

    def _store_article(self, content_hash: str, note: str) -> None:
        from services.library import LibraryError

        try:
            self._controller.library.set_article_note(content_hash, note)
        except LibraryError as error:
            self._controller.message.emit(str(error), STATUS_MS)
            return
        kept = (
            translate("NotesFlow", "Note kept.")
            if note
            else translate("NotesFlow", "Note removed.")
        )
        self._controller.message.emit(kept, STATUS_MS)
        self.article_note_changed.emit(content_hash)
        self._reload()

    def _push(self, command: QUndoCommand) -> None:
        if self._is_blocked():
            self._controller.message.emit(
                "Notes can be written again when the import has finished.", STATUS_MS
            )
            return
        self._controller.undo_stack.push(command)


def install_notes_and_exports(window) -> tuple[NotesController, ExportFlow]:
    """Give the main window its notes controller and its export flow, wired to the reading
    area: each comparison shown gets its notes, its findings' triage bar asks them and its
    Export… button asks the export flow."""
    area = window.reading_area
    notes = NotesController(window.controller, is_blocked=window.imports.is_running, parent=window)
    shown_story = []  # the last story the story view showed

    def story():
        return shown_story[-1] if shown_story and area.stories.is_showing() else None

    exports = ExportFlow(
        window.runner,
        area.comparison,
        lambda: notes.annotations,
        story=story,
        story_notes=notes.story_notes,
        parent=window,
    )
    area.story_shown.connect(lambda s: (shown_story.clear(), shown_story.append(s)))

    def comparison_shown(comparison) -> None:
        view = area.compare_view
        if view is not notes.view:
            view.findings.triage.export_requested.connect(exports.export)
        notes.show(comparison, view)
        window._update_actions()

    area.comparison_shown.connect(comparison_shown)
    notes.article_note_changed.connect(lambda _hash: window.library_side.refresh_notes())
    exports.exported.connect(
        lambda path: window.statusBar().showMessage(
            fill(translate("NotesFlow", "Exported %1"), path), 8000
        )
    )
    exports.failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
    return notes, exports
