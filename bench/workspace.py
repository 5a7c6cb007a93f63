"""What one benchmark run shares between figures: its sizes, a scratch folder, the generated
article files and the libraries built from them (each built once, on first need).
"""

from __future__ import annotations

import hashlib
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from bench import corpus
from bench.figures import Unavailable


@dataclass(frozen=True)
class Sizes:
    library: int  # articles in the library the window opens (startup, paint)
    big_library: int  # articles in the library whose memory is measured
    import_articles: int  # articles per import repetition (and per import in the window)
    import_repeat: int
    repeat: int  # repetitions of the in-process figures
    process_repeat: int  # launches of the window for each subprocess figure
    words: int = 1000
    # A window process that has not reported by then is stuck: killed, and its figure fails.
    probe_timeout_s: float = 600


QUICK = Sizes(
    library=100,
    big_library=300,
    import_articles=40,
    import_repeat=2,
    repeat=5,
    process_repeat=2,
    probe_timeout_s=180,
)
FULL = Sizes(
    library=2000,
    big_library=10000,
    import_articles=2000,
    import_repeat=2,
    repeat=15,
    process_repeat=5,
)


def workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def importable(module: str) -> None:
    """Import `module`, or raise Unavailable when it (or a project module it needs) does not
    exist yet. A module that exists but fails to import is a bug: that error propagates."""
    import importlib

    try:
        importlib.import_module(module)
    except ModuleNotFoundError as e:
        if not is_project_module(e.name):
            raise
        raise Unavailable(f"{module} not importable: {e}") from None


def is_project_module(name: str | None) -> bool:
    return (name or "").split(".")[0] in ("services", "ui", "app")


class Workspace:
    def __init__(self, root: Path, sizes: Sizes, *, seed: int = 0, log=None) -> None:
        self.root = root
        self.sizes = sizes
        self.seed = seed
        self.log = log or (lambda message: print(message, file=sys.stderr, flush=True))
        self._files: list[Path] = []
        self._libraries: dict[int, Path] = {}

    def describe(self) -> dict:
        return {**asdict(self.sizes), "seed": self.seed}

    def article(self, index: int) -> corpus.GeneratedArticle:
        return corpus.article(index, seed=self.seed, words=self.sizes.words)

    def article_files(self, n: int) -> list[Path]:
        """Files of articles 0 … n-1, written once into the scratch folder."""
        if len(self._files) < n:
            start = len(self._files)
            items = corpus.articles(n - start, seed=self.seed, words=self.sizes.words, start=start)
            self._files += corpus.write_articles(self.root / "articles", items)
        return self._files[:n]

    def child_env(self) -> dict[str, str]:
        """Environment of the window's subprocesses: offscreen, settings kept in the scratch
        folder (never the user's), the project on the path."""
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["XDG_CONFIG_HOME"] = str(self.root / "config")
        env["XDG_DATA_HOME"] = str(self.root / "data")
        env["PYTHONPATH"] = os.pathsep.join(
            [str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")]
        ).rstrip(os.pathsep)
        env.pop("RIWAYA_DB", None)
        # Python's compiled modules, written by the first launch and read by the next ones, as
        # on an analyst's machine after Riwaya's first start (or in the standalone build,
        # which ships them). A shell that sets PYTHONDONTWRITEBYTECODE (this VM's does) made
        # every launch compile all of Riwaya and Qt's Python from source: 50-80 ms of
        # first_compare_ms and ~0.1 s of startup_s that no analyst's launch pays. Kept in the
        # scratch folder, so the checkout is never written to.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.root / "pycache")
        return env

    def adopt_library(self, n: int, path: Path) -> None:
        """A library of articles 0 … n-1 built by a figure (the import), for others to open."""
        self._libraries.setdefault(n, path)

    def library(self, n: int) -> Path:
        """A library file holding articles 0 … n-1 with their analyses, built on first need."""
        if n not in self._libraries:
            path = self.root / f"library-{n}.db"
            # Start from the largest smaller library built so far (the imported one, often).
            smaller = max((k for k in self._libraries if k < n), default=0)
            if smaller:
                _copy_library(self._libraries[smaller], path)
            self.log(f"  building a library of {n} articles (from {smaller}) …")
            build_library(path, n, start=smaller, seed=self.seed, words=self.sizes.words)
            self._libraries[n] = path
        return self._libraries[n]


def _document_and_analysis(job: tuple[int, int, int]):
    from services.compare.analysis import analyse
    from services.models import ParsedDocument

    index, seed, words = job
    item = corpus.article(index, seed=seed, words=words)
    doc = ParsedDocument(
        path=f"article_{index:05d}.txt",
        original=item.text,
        text=item.clean,
        title=item.title,
        source=item.source,
        date=item.date,
        format="txt",
        encoding="utf-8",
    )
    return doc, analyse(doc.text)


def _copy_library(source: Path, target: Path) -> None:
    import sqlite3

    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def build_library(path: Path, n: int, *, start: int = 0, seed: int = 0, words: int = 1000) -> None:
    """Store articles start … n-1 through the Library API (into a new library unless `start`
    says the file holds the first ones already), analyses computed on every core.

    Faster than importing files one by one, and what it stores is what an import stores:
    the generator knows the page furniture it added, so `text` is the cleaned text.
    """
    importable("services.library.storage")
    importable("services.compare.analysis")
    importable("services.text.quantities")
    from services.library.storage import Library

    try:
        from services.documents.importing import content_hash
    except ImportError:

        def content_hash(text: str) -> str:
            return hashlib.sha256(text.encode()).hexdigest()

    if not start:
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
    library = Library.open(path)
    try:
        jobs = [(i, seed, words) for i in range(start, n)]
        batch: list = []
        # A pool pays off for hundreds of articles; small libraries (tests) are built here.
        if len(jobs) >= 200 and workers() > 1:
            with ProcessPoolExecutor(max_workers=workers()) as pool:
                # A slice at a time: analyses waiting to be stored are large, and the workers
                # outrun this process, which stores them.
                for first in range(0, len(jobs), 400):
                    chunk = jobs[first : first + 400]
                    batch = list(pool.map(_document_and_analysis, chunk, chunksize=20))
                    _store(library, batch, content_hash)
        else:
            batch = [_document_and_analysis(job) for job in jobs]
        _store(library, batch, content_hash)
    finally:
        library.close()


def _store(library, batch: list, content_hash) -> None:
    with library.atomic():
        for doc, analysis in batch:
            library.add(doc, analysis, content_hash=content_hash(doc.text))
    batch.clear()
