"""Stories of library articles: the story of several stored articles (their stored analyses,
as a comparison of two uses them), its pairs compared in worker processes when there are
many, and the story of a saved collection.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from services.library.ingest import article_analysis
from services.library.storage import LibraryError

if TYPE_CHECKING:
    from services.compare.story import PairDecisions, Story
    from services.library.storage import Library

# Worker processes are used only when asked for (`workers`). Measured on the shared 2-core VM
# (load 3–4), the story of 50 stored articles (1,225 pairs, bench story_library) took 6.6 s in
# this process and 10.0 s with two workers: a worker's start (interpreter, camel-tools tables,
# the articles' analyses) costs seconds when the cores are busy. Decide again on a free machine.
MAX_WORKERS = 4
_PAIRS_PER_TASK = 16


class NotEnoughArticles(LibraryError):
    """A story needs two articles at least."""


def story_of(
    library: Library,
    article_ids: Sequence[int],
    *,
    workers: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Story:
    """The story (claims and figures) of these library articles, in this order.

    `workers`: processes that compare the pairs (0 or 1: none, compared in this process).
    Raises storage.ArticleNotFound for an unknown id, NotEnoughArticles for fewer than two.
    """
    from services.compare.story import build_story

    ids = list(dict.fromkeys(article_ids))
    if len(ids) < 2:
        raise NotEnoughArticles(f"a story needs two articles at least, not {len(ids)}")
    articles = [library.get(i) for i in ids]
    analyses = [article_analysis(library, a) for a in articles]
    workers = min(workers, MAX_WORKERS)
    if workers > 1 and library.path != ":memory:":
        from concurrent.futures.process import BrokenProcessPool

        pairs = _pairs_in_workers(library.path, ids, workers)
        try:
            return build_story(
                articles, analyses, pairs=pairs, on_progress=on_progress, is_cancelled=is_cancelled
            )
        except BrokenProcessPool:
            pass  # a worker died (out of memory, a crash in native code): compare here
        finally:
            pairs.close()  # stops the workers at once when the story was cancelled
    return build_story(articles, analyses, on_progress=on_progress, is_cancelled=is_cancelled)


def _pairs_in_workers(
    path: str, ids: list[int], workers: int
) -> Iterator[tuple[int, int, PairDecisions]]:
    """Every pair's decisions, compared by `workers` processes that each open the library."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    tasks = [(i, j) for i in range(len(ids)) for j in range(i + 1, len(ids))]
    chunks = [tasks[k : k + _PAIRS_PER_TASK] for k in range(0, len(tasks), _PAIRS_PER_TASK)]
    # spawn, never fork: the window calls this from a thread (see ingest._outcomes_in_workers).
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(path, ids, os.getpid()),
    )
    try:
        for results in pool.map(_compare_in_worker, chunks):
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_worker: dict = {}  # in a worker: the library's articles and analyses by position


def _start_worker(path: str, ids: list[int], parent: int) -> None:
    import signal

    from services.library.parent_watch import die_with_parent
    from services.library.storage import Library

    die_with_parent(parent)  # an orphan would wait for work for ever
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    library = Library.open(path, check=False)  # reads only; the parent opened it checked
    try:
        articles = [library.get(i) for i in ids]
        # Read only: a missing analysis is computed, never stored from a worker.
        analyses = [library.analysis(a.id) for a in articles]
    finally:
        library.close()
    _worker.update(articles=articles, analyses=analyses)


def _compare_in_worker(chunk: list[tuple[int, int]]) -> list[tuple[int, int, PairDecisions]]:
    from services.compare.analysis import analyse, complete
    from services.compare.comparison import compare
    from services.compare.story import pair_decisions

    articles, analyses = _worker["articles"], _worker["analyses"]
    for k, an in enumerate(analyses):
        if an is None or not an.terms:
            analyses[k] = complete(an, articles[k].text) if an else analyse(articles[k].text)
    out = []
    for i, j in chunk:
        c = compare(
            articles[i],
            articles[j],
            left_analysis=analyses[i],
            right_analysis=analyses[j],
            display=False,  # a story reads links and figure pairs alone
        )
        out.append((i, j, pair_decisions(c)))
    return out
