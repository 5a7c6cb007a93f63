"""Figures of the story work: related articles at library scale (time and recall), the story of
50 articles, the library file's size, and the first comparison after the window starts.

The related and story figures use bench.story_library (stories with words of their own, plus
unrelated single articles), built once per run with real analyses, as an import stores them.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.figures import Result
from bench.measure import Samples, scaled, time_calls
from bench.workspace import Workspace, importable, workers

# The story library is the run's big library in size: the 10,000 articles in the full
# run (about 2 minutes to build on 2 cores), 300 in the quick one; never fewer than MIN_ARTICLES
# so that a story of several stories exists.
MIN_ARTICLES = 80
WORDS = 600  # words per article (fewer in a test's tiny sizes)
STORY_ARTICLES = 50  # ten stories of five versions
RELATED_QUERIES = 100  # articles asked about, spread over the library's stories
TOP = 10  # recall is counted in the first TOP related articles


def _size(ws: Workspace) -> int:
    return max(MIN_ARTICLES, ws.sizes.big_library)


def _words(ws: Workspace) -> int:
    return min(WORDS, ws.sizes.words)


def _doc_and_analysis(job: tuple[int, int, int]):
    from bench.story_library import article
    from services.compare.analysis import analyse
    from services.models import ParsedDocument

    index, n, seed, words = job
    item = article(index, n, seed=seed, words=words)
    doc = ParsedDocument(
        f"story_{index:05d}.txt",
        item.text,
        item.text,
        item.title,
        item.source,
        item.date,
        "txt",
        "utf-8",
    )
    return doc, analyse(doc.text)


def story_library(ws: Workspace) -> Path:
    """The run's story library (built on first need; ids are article index + 1)."""
    from services.library.storage import Library

    n = _size(ws)
    path = ws.root / f"stories-{n}.db"
    marker = path.with_name(path.name + ".done")
    if marker.exists():
        return path
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    ws.log(f"  building a story library of {n} articles …")
    jobs = [(i, n, ws.seed, _words(ws)) for i in range(n)]
    library = Library.open(path)
    try:
        with ProcessPoolExecutor(max_workers=max(1, workers())) as pool:
            for first in range(0, n, 500):
                batch = list(pool.map(_doc_and_analysis, jobs[first : first + 500], chunksize=25))
                with library.atomic():
                    for doc, analysis in batch:
                        text_hash = hashlib.sha256(doc.text.encode()).hexdigest()
                        library.add(doc, analysis, content_hash=text_hash)
    finally:
        library.close()
    marker.write_text("ok", encoding="ascii")
    return path


def related_time(ws: Workspace) -> Result:
    """`Library.related` for one article, and the recall of each story's other versions in
    the first ten, over RELATED_QUERIES articles."""
    importable("services.library.related")
    from bench.story_library import VERSIONS, layout
    from services.library.storage import Library

    path = story_library(ws)
    n = _size(ws)
    stories, singles = layout(n)
    step = max(1, stories // RELATED_QUERIES)
    queries = [s * VERSIONS + (s % VERSIONS) + 1 for s in range(0, stories, step)]
    library = Library.open(path)
    try:
        found = total = 0
        times = []
        for article_id in queries:
            start = time.perf_counter()
            related = library.related(article_id, limit=TOP)
            times.append((time.perf_counter() - start) * 1000)
            story = (article_id - 1) // VERSIONS
            siblings = {story * VERSIONS + v + 1 for v in range(VERSIONS)} - {article_id}
            found += len(siblings & {r.article_id for r in related})
            total += len(siblings)
        samples = Samples(tuple(times))
        return Result(
            samples.median,
            {
                "ms": samples.summary(2),
                "recall_top10": round(found / total, 4),
                "queries": len(queries),
                "library_articles": n,
                "stories": stories,
                "unrelated_articles": singles,
                "how": "Library.related(id, limit=10) on a library of stories told by five "
                "outlets and unrelated articles (bench.story_library); recall: the share of "
                "each story's other four versions in the first ten",
            },
        )
    finally:
        library.close()


def story_time(ws: Workspace) -> Result:
    """`story_of` 50 stored articles (ten stories of five versions): every pair compared with
    the stored analyses, then grouped."""
    importable("services.library.stories")
    from bench.story_library import VERSIONS, layout
    from services.library.storage import Library
    from services.library.stories import story_of

    path = story_library(ws)
    stories, _ = layout(_size(ws))
    ids = list(range(1, min(STORY_ARTICLES, stories * VERSIONS) + 1))
    library = Library.open(path)
    try:
        shapes = []

        def run() -> None:
            story = story_of(library, ids)
            shapes.append((len(story.figures), len(story.claims)))

        repeat = 1 if ws.sizes.repeat < 10 else 2
        samples = scaled(time_calls(run, repeat=repeat, warmup=0), 1.0)
        figures, claims = shapes[-1]
        return Result(
            samples.median,
            {
                "s": samples.summary(2),
                "articles": len(ids),
                "stories": len(ids) // VERSIONS,
                "pairs": len(ids) * (len(ids) - 1) // 2,
                "figures": figures,
                "claims": claims,
            },
        )
    finally:
        library.close()


def library_size(ws: Workspace) -> Result:
    """The size on disk of the story library (articles, originals, analyses, search index,
    MinHash signatures and LSH bands), in MiB, with its write-ahead log."""
    path = story_library(ws)
    files = [p for p in path.parent.glob(path.name + "*") if not p.name.endswith(".done")]
    size = sum(p.stat().st_size for p in files)
    n = _size(ws)
    return Result(
        size / 2**20,
        {"bytes": size, "library_articles": n, "kib_per_article": round(size / 1024 / n, 1)},
    )


def first_compare_time(ws: Workspace) -> Result:
    """The first comparison after the window starts: a fresh window selects one article, then
    a second (Ctrl+click), until the compare view's first paint; one launch per repetition,
    after one launch that is not counted (as startup_s: the file cache, compiled modules)."""
    from bench.window_figures import _pair_ids, _window_code, run_probe

    _window_code()
    db = ws.library(ws.sizes.library)
    pairs = _pair_ids(db, 2)
    if not pairs:
        raise RuntimeError("the library holds no pair of versions")
    a, b = pairs[-1]
    run_probe(ws, "paint", db, "--pairs", f"{a},{b}")  # warm-up: file cache, bytecode, fonts
    firsts = []
    for _ in range(ws.sizes.process_repeat):
        run = run_probe(ws, "paint", db, "--pairs", f"{a},{b}")
        firsts.append(run.report["ms"][0])
    return Result(
        statistics.median(firsts),
        {
            "ms": [round(x, 1) for x in firsts],
            "how": "a fresh window process per repetition; from the second selection to the "
            "compare view's first paint (imports and the view built on the way)",
        },
    )
