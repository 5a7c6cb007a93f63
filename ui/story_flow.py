"""Opening a story: the articles' stored analyses are read and every two of them compared in
the background, in the worker's own Library; only the newest request's story is shown. And
the way back from a story cell to the comparison: which finding of the two-pane comparison is
that figure or claim.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.language import fill
from ui.tasks import with_library

# A story compares every two of its articles (n·(n−1)/2 comparisons of ~5 ms each): 50 take
# about 6,000 ms of comparing on the benchmark machine (bench story_s), a search's 200 hits
# would take over a minute. Larger selections are refused with this bound in the message.
MAX_STORY_ARTICLES = 50


def story_work(ids: tuple[int, ...]):
    def work(library, on_progress, is_cancelled):
        from services.compare import StoryCancelled
        from services.library import story_of

        try:
            return story_of(library, ids, on_progress=on_progress, is_cancelled=is_cancelled)
        except StoryCancelled:
            return None

    return work


class StoryController(QObject):
    """Starts stories; a newer request supersedes (and cancels) an unfinished one."""

    story_ready = Signal(object)  # Story
    story_failed = Signal(str)
    progressed = Signal(int, int)

    def __init__(self, runner, db_path: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._db_path = db_path
        self._task = None
        self._generation = 0
        self.requested: tuple[int, ...] | None = None

    def request(self, ids: tuple[int, ...]) -> None:
        self.cancel()
        self._generation += 1
        generation = self._generation
        self.requested = tuple(ids)
        task = self._runner.run_task(
            with_library(self._db_path(), story_work(tuple(ids))),
            lambda story: self._on_done(generation, story),
            lambda error: self._on_error(generation, error),
            on_progress=lambda done, total: self._on_progress(generation, done, total),
        )
        if task.is_running() and generation == self._generation:
            self._task = task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._generation += 1

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progressed.emit(done, total)

    def _on_done(self, generation: int, story) -> None:
        if generation != self._generation:
            return
        self._task = None
        if story is not None:
            self.story_ready.emit(story)

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.story_failed.emit(fill(self.tr("Cannot build the story: %1"), error))


def finding_for(comparison, findings, focus) -> int | None:
    """The index in `findings` (ui.findings) of the figure pair or claim `focus`
    (ui.story_view.StoryFocus) in `comparison`, whichever side each article landed on."""
    if comparison.left.id == focus.left and comparison.right.id == focus.right:
        left, right = focus.left_index, focus.right_index
    elif comparison.left.id == focus.right and comparison.right.id == focus.left:
        left, right = focus.right_index, focus.left_index
    else:
        return None
    for k, f in enumerate(findings):
        if focus.kind == "figure" and f.discrepancy is not None:
            d = comparison.discrepancies[f.discrepancy]
            if (d.left, d.right) == (left, right):
                return k
        if focus.kind == "claim" and f.link is not None:
            link = comparison.links[f.link]
            if (link.left, link.right) == (left, right):
                return k
    return None
