"""Opening a comparison: the two articles and their cached analyses are read, and compared, in
the background in the worker's own Library; only the newest request's result is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from services.models import Article
from ui.language import fill
from ui.tasks import after, with_library

# What the window asks to compare: a library id, or (from the command line) a reference the
# ingest service resolves — an id as text or the path of a file read without storing it.
ArticleRef = int | str


def _article(library, ref: ArticleRef) -> Article:
    if isinstance(ref, int):
        return library.get(ref)
    from services.library import resolve_article

    return resolve_article(library, ref)


def comparison_work(left: ArticleRef, right: ArticleRef):
    def work(library, on_progress, is_cancelled):
        from services.compare import compare

        left_article, right_article = _article(library, left), _article(library, right)
        from services.library import article_analysis

        left_analysis = article_analysis(library, left_article)
        right_analysis = article_analysis(library, right_article)
        if is_cancelled():
            return None
        return compare(
            left_article,
            right_article,
            left_analysis=left_analysis,
            right_analysis=right_analysis,
        )

    return work


def warm_up(on_progress, is_cancelled) -> None:
    """Load what the first comparison needs, in the background once the window is up, so that
    the reader's first comparison opens as fast as the next ones: the comparison modules, the
    compare view's modules (only imported: its widgets are built in the GUI thread), the word
    lists' digest that stored analyses are checked against, and every table a comparison reads
    on first use (the stemmer, Unicode normalisation, word classes, opposites ...), by
    comparing two sentences.

    Step by step: a comparison requested meanwhile cancels the steps not begun and waits for
    the one under way (CompareController.request)."""
    from services.compare import analysis_stamp, compare

    if is_cancelled():
        return
    # ~40-90 ms the GUI thread would otherwise spend importing when the first pair is picked.
    import ui.compare_view  # noqa: F401

    if is_cancelled():
        return
    analysis_stamp()
    if is_cancelled():
        return
    left = Article(None, "", "", "", "", "", "نقلت القوات نحو 60 معتقلا من السجن في الحسكة.")
    right = Article(None, "", "", "", "", "", "قالت الوزارة إن القوات نقلت ٧٥٠ محتجزا من السجن.")
    compare(left, right)


class CompareController(QObject):
    """Starts comparisons; a newer request supersedes (and cancels) an unfinished one."""

    comparison_ready = Signal(object)  # Comparison
    comparison_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, runner, db_path: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._db_path = db_path
        self._task = None
        self._generation = 0
        self._warm_up = None  # the warm-up's task while it runs
        self._warmed_up = False
        self.requested: tuple[ArticleRef, ArticleRef] | None = None

    def warm_up(self) -> None:
        """Start loading the comparison machinery in the background (`warm_up`), once; a
        comparison requested before it ends cancels what is left of it."""
        if self._warmed_up:
            return
        self._warmed_up = True
        task = self._runner.run_task(warm_up, self._warm_up_done)
        if task.is_running():
            self._warm_up = task

    def _warm_up_done(self, _result) -> None:
        self._warm_up = None

    def is_busy(self) -> bool:
        return self._task is not None

    def request(self, left: ArticleRef, right: ArticleRef) -> None:
        # A warm-up still running stops after its current step, and the comparison waits for
        # that: both would load the same modules and tables, sharing one GIL.
        warming, self._warm_up = self._warm_up, None
        if warming is not None:
            warming.cancel()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1
        generation = self._generation
        self.requested = (left, right)
        self.busy_changed.emit(True)
        task = self._runner.run_task(
            after(warming, with_library(self._db_path(), comparison_work(left, right))),
            lambda comparison: self._on_done(generation, comparison),
            lambda error: self._on_error(generation, error),
        )
        # A synchronous runner (tests) has delivered before returning.
        if task.is_running() and generation == self._generation:
            self._task = task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._generation += 1
            self._finish()

    def _on_done(self, generation: int, comparison) -> None:
        if generation != self._generation:
            return
        self._finish()
        if comparison is not None:
            self.comparison_ready.emit(comparison)

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._finish()
        self.comparison_failed.emit(fill(self.tr("Cannot compare: %1"), error))

    def _finish(self) -> None:
        self._task = None
        self.busy_changed.emit(False)
