"""Figures of the services, measured in this process: import against a raw sqlite-utils
insert, quantity extraction, and comparison against a plain diff-match-patch diff.

Each repetition works on text it has not seen before (another article, another pair of
versions), so no cache inside the code under test can flatter a figure.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from bench.figures import Result
from bench.measure import Samples, scaled, time_calls
from bench.workspace import Workspace, importable


def import_rate(ws: Workspace) -> Result:
    importable("services.library.ingest")
    importable("services.text.quantities")  # analyse() needs it; without it every file is refused
    from services.library.ingest import import_paths
    from services.library.storage import Library

    n = ws.sizes.import_articles
    files = ws.article_files(n)
    # Warm up on other articles in a throw-away library: lazy imports, first-use caches.
    warm = ws.article_files(n + 5)[n:]
    _import_into(ws.root / "import-warmup.db", warm, import_paths, Library)

    rates, cpu_ms = [], []
    for rep in range(ws.sizes.import_repeat):
        path = ws.root / f"import-{rep}.db"
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        report = _import_into(path, files, import_paths, Library)
        elapsed = time.perf_counter() - start
        rates.append(n / elapsed)
        cpu_ms.append((_cpu_seconds() - cpu_before) / n * 1000)
        if len(report.imported) != n:
            # Every generated article is a distinct, readable text: a refusal is a bug.
            first = report.refused[0] if report.refused else None
            raise RuntimeError(
                f"import_paths stored {len(report.imported)} of {n} generated articles "
                f"({len(report.duplicates)} duplicates, {len(report.refused)} refused"
                + (f"; first: {first.path}: {first.reason})" if first else ")")
            )
    samples = Samples(tuple(rates))
    ws.adopt_library(n, ws.root / f"import-{ws.sizes.import_repeat - 1}.db")
    return Result(
        samples.median,
        {
            "articles": n,
            "rate": samples.summary(1),
            "seconds_per_import": round(n / samples.median, 2),
            # CPU of this process and its worker processes: what the import costs, whatever
            # else the machine was doing meanwhile.
            "cpu_ms_per_article": round(sorted(cpu_ms)[len(cpu_ms) // 2], 2),
            "files": ".txt, UTF-8, about 1,000 words each",
        },
    )


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (import workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _import_into(path: Path, files: list[Path], import_paths, library_class):
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    library = library_class.open(path)
    try:
        return import_paths(library, files)
    finally:
        library.close()


def baseline_insert_rate(ws: Workspace) -> Result:
    import sqlite_utils

    n = ws.sizes.import_articles
    rows = [
        {
            "title": a.title,
            "source": a.source,
            "date": a.date,
            "path": f"article_{a.index:05d}.txt",
            "text": a.text,
        }
        for a in (ws.article(i) for i in range(n))
    ]
    path = ws.root / "baseline-insert.db"

    def insert() -> None:
        path.unlink(missing_ok=True)
        db = sqlite_utils.Database(path)
        db["articles"].insert_all(rows)
        db.conn.close()

    samples = time_calls(insert, repeat=max(3, ws.sizes.import_repeat))
    rates = Samples(tuple(n / s for s in samples.values))
    return Result(rates.median, {"articles": n, "rate": rates.summary(1)})


def quantities_time(ws: Workspace) -> Result:
    importable("services.text.quantities")
    from services.text.quantities import extract_quantities

    texts = iter([ws.article(i).clean for i in range(ws.sizes.repeat + 1)])
    counts = []

    def extract() -> None:
        counts.append(len(extract_quantities(next(texts))))

    samples = scaled(time_calls(extract, repeat=ws.sizes.repeat), 1000)
    return Result(
        samples.median,
        {"ms": samples.summary(2), "quantities_per_article": sorted(counts)[len(counts) // 2]},
    )


def _pairs(ws: Workspace, n: int):
    from bench import corpus

    return [corpus.version_pair(s, seed=ws.seed, words=ws.sizes.words) for s in range(n)]


def _as_article(item, article_id=None):
    from services.models import Article

    return Article(
        article_id,
        item.title,
        item.source,
        item.date,
        f"article_{item.index:05d}.txt",
        item.text,
        item.clean,
    )


def compare_time(ws: Workspace) -> Result:
    importable("services.compare.comparison")
    importable("services.text.quantities")
    from services.compare.comparison import compare

    pairs = iter(_pairs(ws, ws.sizes.repeat + 1))
    found = []

    def run() -> None:
        left, right = next(pairs)
        comparison = compare(_as_article(left), _as_article(right))
        found.append((len(comparison.links), len(comparison.discrepancies)))

    samples = scaled(time_calls(run, repeat=ws.sizes.repeat), 1000)
    links, discrepancies = found[len(found) // 2]
    return Result(
        samples.median,
        {"ms": samples.summary(2), "links": links, "discrepancies": discrepancies},
    )


def compare_cached_time(ws: Workspace) -> Result:
    """Both articles in a library with their analyses, fetched and compared as the window
    does: two `get`s, two `analysis` reads, one `compare`."""
    importable("services.compare.comparison")
    importable("services.library.ingest")
    importable("services.text.quantities")
    from bench import corpus
    from services.compare.comparison import compare
    from services.library.ingest import import_paths
    from services.library.storage import Library

    n = ws.sizes.repeat + 1
    items = [item for pair in _pairs(ws, n) for item in pair]
    files = corpus.write_articles(ws.root / "pairs", items)
    path = ws.root / "compare-cached.db"
    path.unlink(missing_ok=True)
    library = Library.open(path)
    try:
        report = import_paths(library, files)
        ids = [a.id for a in report.imported]
        if len(ids) != len(files):
            raise RuntimeError(f"only {len(ids)} of {len(files)} pair files were imported")
        pairs = iter(list(zip(ids[::2], ids[1::2], strict=True)))
        core = []

        def run() -> None:
            a, b = next(pairs)
            left, right = library.get(a), library.get(b)
            left_analysis, right_analysis = library.analysis(a), library.analysis(b)
            start = time.perf_counter()
            compare(left, right, left_analysis=left_analysis, right_analysis=right_analysis)
            core.append((time.perf_counter() - start) * 1000)

        samples = scaled(time_calls(run, repeat=ws.sizes.repeat), 1000)
        core_samples = Samples(tuple(core[1:]))  # the first call is the warm-up
        return Result(
            samples.median,
            {
                "ms": samples.summary(2),
                "compare_only_ms": core_samples.summary(2),
                "fetch_ms": round(samples.median - core_samples.median, 2),
            },
        )
    finally:
        library.close()


def baseline_diff_time(ws: Workspace) -> Result:
    """diff_main as it comes (Diff_Timeout 1 s), on the same texts compare_ms compares. On
    rewritten 1,000-word versions a character diff often runs into the timeout, so the run
    also records two stricter baselines once: no timeout, and a word-level diff (each word
    mapped to one character, as diff-match-patch's line mode does with lines)."""
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    pairs = _pairs(ws, ws.sizes.repeat + 1)
    feed = iter(pairs)

    def run() -> None:
        left, right = next(feed)
        dmp.diff_main(left.clean, right.clean)

    # Few repetitions: on these texts each call may take the whole 1 s timeout.
    repeat = min(ws.sizes.repeat, 5)
    samples = scaled(time_calls(run, repeat=repeat), 1000)
    timed_out = sum(1 for v in samples.values if v >= dmp.Diff_Timeout * 1000 * 0.95)
    left, right = pairs[0]
    unbounded = diff_match_patch()
    unbounded.Diff_Timeout = 0
    start = time.perf_counter()
    unbounded.diff_main(left.clean, right.clean)
    unbounded_ms = (time.perf_counter() - start) * 1000
    words = scaled(
        time_calls(lambda: _word_diff(dmp, left.clean, right.clean), repeat=repeat), 1000
    )
    return Result(
        samples.median,
        {
            "ms": samples.summary(2),
            "Diff_Timeout_s": dmp.Diff_Timeout,
            "runs_cut_by_timeout": timed_out,
            "no_timeout_ms": round(unbounded_ms, 1),
            "word_level_ms": words.summary(2),
        },
    )


def _word_diff(dmp, left: str, right: str):
    codes: dict[str, str] = {}

    def encode(text: str) -> str:
        return "".join(codes.setdefault(w, chr(0x100 + len(codes))) for w in _WORDS.findall(text))

    return dmp.diff_main(encode(left), encode(right), False)


_WORDS = re.compile(r"\S+|\s+")
