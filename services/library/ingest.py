"""From files to stored articles (read → clean → analyse → store, one transaction per batch),
and from what a user names — a library id or a file — to an article.
"""

from __future__ import annotations

import gc
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from services import lexicon
from services.library.storage import (
    AlreadyInLibrary,
    Library,
    LibraryError,
    PreparedArticle,
    article_from_document,
    prepare_article,
)
from services.models import Article, ImportProblem, ImportReport

if TYPE_CHECKING:
    from services.compare.analysis import Analysis

# Articles per transaction: large enough that commits cost nothing next to reading and
# analysing (~10 ms an article), small enough that a crash loses only seconds of work.
DEFAULT_BATCH_SIZE = 100
# Reading and analysing are pure Python: with many files, worker processes do them side by
# side while this process only stores (~1.6 ms an article). A worker takes about half a second
# to start (interpreter, camel-tools tables), so small imports stay in this process.
# Measured on 2 cores, 1,000 articles of 1,000 words: 129 articles/s with two workers against
# 83 in this process alone; it loses only when other programs keep both cores busy.
POOL_MIN_FILES = 64
# Beyond this, storing in this one process becomes the limit (~500 articles/s).
MAX_WORKERS = 8
_FILES_PER_TASK = 4  # fewer round trips between processes; still a fine-grained progress bar


class ArticleUnavailable(Exception):
    """What the user named is neither an article of the library nor a readable file."""


class NoSuchFile(ArticleUnavailable):
    def __init__(self, ref: str):
        super().__init__(f"no such file: {ref} (nor an article id of the library)")
        self.ref = ref


@dataclass(frozen=True)
class _Outcome:
    """One file after reading and analysing: prepared for storing, a duplicate of a text the
    library holds (by content hash), or refused with a reason."""

    shown: str
    prepared: PreparedArticle | None = None
    duplicate_of: str | None = None
    reason: str | None = None


def import_paths(
    library: Library,
    paths: Iterable[str | PathLike[str]],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    analyse: Callable[[str], Analysis] | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders (recursively) into `library`.

    Every file found ends up imported, a duplicate (same text by content hash, in the library
    or earlier in this import; reported with the id it duplicates) or refused with a one-line
    reason. Each batch of `batch_size` new articles is one transaction, so a crash loses
    nothing stored before it. `on_progress(done, total)` is called after each file (and once
    with done=0); when `is_cancelled()` turns true, the files read so far are stored and the
    rest are left out of the report. `analyse` defaults to services.compare.analysis.analyse.
    `workers`: processes that read and analyse (None: as many as pay off; 0 or 1: none).
    """
    files, refused = _collect_files(paths)
    imported: list[Article] = []
    duplicates: list[tuple[str, int]] = []
    pending: list[tuple[str, PreparedArticle]] = []  # (path as given, prepared article)
    pending_hashes: set[str] = set()
    # Files whose text repeats one still waiting in `pending`: their id is known once stored.
    repeats: list[tuple[str, str]] = []
    cancelled = is_cancelled or (lambda: False)

    def store_pending() -> None:
        try:
            stored = library.add_prepared_batch(prepared for _, prepared in pending)
        except sqlite3.Error as e:
            raise LibraryError(f"could not store the articles: {e}") from e
        for (shown, _), article in zip(pending, stored, strict=True):
            if isinstance(article, AlreadyInLibrary):  # stored meanwhile by another window
                duplicates.append((shown, article.article_id))
            else:
                imported.append(article)
        for shown, text_hash in repeats:
            _add_duplicate(library, shown, text_hash, duplicates, refused)
        pending.clear()
        pending_hashes.clear()
        repeats.clear()

    workers = _worker_count(len(files)) if workers is None else workers
    if analyse is None and workers > 1:
        outcomes = _outcomes_in_workers(files, workers, library)
    else:

        def is_stored(text_hash: str) -> bool:
            return text_hash in pending_hashes or library.find_by_hash(text_hash) is not None

        outcomes = _outcomes_here(files, analyse, is_stored, cancelled)

    if on_progress:
        on_progress(0, len(files))
    try:
        for done, outcome in enumerate(outcomes, 1):
            if outcome.reason is not None:
                refused.append(ImportProblem(outcome.shown, outcome.reason))
            else:
                text_hash = outcome.duplicate_of or outcome.prepared.article.content_hash
                if text_hash in pending_hashes:
                    repeats.append((outcome.shown, text_hash))
                elif outcome.duplicate_of or library.find_by_hash(text_hash) is not None:
                    _add_duplicate(library, outcome.shown, text_hash, duplicates, refused)
                else:
                    pending.append((outcome.shown, outcome.prepared))
                    pending_hashes.add(text_hash)
            if len(pending) >= batch_size:
                store_pending()
            if on_progress:
                on_progress(done, len(files))
            if cancelled():
                break
    finally:
        outcomes.close()  # stops the workers at once when the loop ended early
    store_pending()
    return ImportReport(tuple(imported), tuple(duplicates), tuple(refused))


def _add_duplicate(library, shown, text_hash, duplicates, refused) -> None:
    article_id = library.find_by_hash(text_hash)
    if article_id is None:  # deleted from the library while this import ran
        refused.append(ImportProblem(shown, "deleted from the library meanwhile; import it again"))
    else:
        duplicates.append((shown, article_id))


def _process(
    shown: str,
    path: Path,
    analyse: Callable[[str], Analysis] | None,
    is_stored: Callable[[str], bool],
) -> _Outcome:
    """Read, fingerprint and (unless the library holds the text) analyse one file;
    `analyse` None is services.compare.analysis.analyse."""
    from services.compare.analysis import analyse as analyse_view
    from services.documents.importing import UnreadableDocument, content_hash, read_document
    from services.text.arabic import normalize

    try:
        doc = read_document(path)
    except UnreadableDocument as e:
        return _Outcome(shown, reason=e.reason)
    except OSError as e:
        return _Outcome(shown, reason=e.strerror or str(e))
    # The text normalised once: for its fingerprint, its analysis and its search index.
    view = normalize(doc.text)
    text_hash = content_hash(doc.text, normalized=view.text)
    if is_stored(text_hash):
        return _Outcome(shown, duplicate_of=text_hash)
    try:
        analysis = analyse_view(doc.text, view=view) if analyse is None else analyse(doc.text)
        article = article_from_document(doc, text_hash)
        prepared = prepare_article(article, analysis, norm_text=view.text)
    except Exception as e:  # noqa: BLE001 - one article's bug must not sink the batch
        return _Outcome(shown, reason=f"could not be analysed ({type(e).__name__}: {e})")
    return _Outcome(shown, prepared=prepared)


def _outcomes_here(files, analyse, is_stored, cancelled) -> Iterator[_Outcome]:
    """Files processed one after the other in this process, each only when asked for."""
    for shown, path in files:
        if cancelled():
            return
        yield _process(shown, path, analyse, is_stored)


def _worker_count(files: int) -> int:
    if files < POOL_MIN_FILES:
        return 0
    return min(MAX_WORKERS, os.cpu_count() or 1, files // (POOL_MIN_FILES // 2))


def _outcomes_in_workers(files, workers: int, library: Library) -> Iterator[_Outcome]:
    """Files processed by `workers` processes, in order; closing this generator stops them."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, never fork: the window calls this from a thread, and a process forked from a
    # threaded one can deadlock on a lock another thread held.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        # The analyst's lexicon folder: spawned workers see none of this process's globals.
        initargs=(library.content_hashes(), lexicon.user_dir(), os.getpid()),
    )
    done = 0
    try:
        for outcome in pool.map(_process_in_worker, files, chunksize=_FILES_PER_TASK):
            done += 1
            yield outcome
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in native code): finish in this process.
        def is_stored(text_hash: str) -> bool:
            return library.find_by_hash(text_hash) is not None

        yield from _outcomes_here(files[done:], None, is_stored, lambda: False)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_stored_hashes: frozenset[str] = frozenset()  # in a worker: the library's texts at the start
# A sentence with a date, a figure, a place and a counted noun: analysing it loads the tables.
_WARM_UP = "قالت وزارة الداخلية يوم الأحد إن القوات نقلت نحو 60 معتقلا من سجن الحسكة إلى العراق."


def _start_worker(stored_hashes: frozenset[str], lexicon_dir: Path | None, parent: int) -> None:
    from services.library.parent_watch import die_with_parent

    die_with_parent(parent)  # an orphan would wait for work for ever
    global _stored_hashes
    _stored_hashes = stored_hashes
    lexicon.configure(lexicon_dir)
    # Every word list an analysis reads, loaded now and then set aside from the garbage
    # collector: its full collections would walk the tables again and again (a worker spent
    # 1.5 of 21 ms an article in them, 0.9 with what the first article loads frozen).
    from services.compare.analysis import analyse

    analyse(_WARM_UP)
    gc.freeze()
    # A collection runs when the objects made outnumber those freed by the first threshold
    # (700 by default). An article's analysis makes and frees hundreds of thousands, and
    # Python 3.11 counted 400 collections for 100 articles of 1,000 words: 0.6 ms an article.
    # Those articles never get 5,000 ahead; at 50,000 none runs, and objects kept alive only by
    # a cycle are still collected after at most 50,000 more than were freed.
    gc.set_threshold(50_000, *gc.get_threshold()[1:])
    # Ctrl-C reaches every process of the terminal: the importing process alone handles it
    # (it stops the pool), so workers do not each print a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_in_worker(item: tuple[str, Path]) -> _Outcome:
    shown, path = item
    return _process(shown, path, None, _stored_hashes.__contains__)


def _collect_files(
    paths: Iterable[str | PathLike[str]],
) -> tuple[list[tuple[str, Path]], list[ImportProblem]]:
    """The files to read, each once, as (path as the user gave it, made one line of valid text
    by documents.importing.shown_path; the file itself), and what was refused before reading:
    missing paths, unreadable folders, folders with no file at all.

    A file is kept whatever its type, so that read_document refuses it with its reason.
    """
    from services.documents.importing import iter_input_files, shown_path

    files: dict[str, tuple[str, Path]] = {}
    refused: list[ImportProblem] = []

    def unreadable(folder: Path, reason: str) -> None:
        refused.append(ImportProblem(shown_path(folder), reason))

    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            reason = (
                "a symbolic link to nothing, or one that loops"
                if os.path.lexists(path)
                else "no such file or folder"
            )
            refused.append(ImportProblem(shown_path(given), reason))
            continue
        try:
            found = list(iter_input_files([path], on_error=unreadable))
        except OSError as e:
            refused.append(ImportProblem(shown_path(given), e.strerror or str(e)))
            continue
        if not found and path.is_dir():
            refused.append(ImportProblem(shown_path(given), "no files in this folder"))
        for file in found:
            # realpath, not Path.resolve(): it never raises, also on a link that loops (which
            # read_document then refuses with its reason). A link to nothing names no file:
            # it is its own entry, so two such links to one missing target are both refused.
            real = os.path.realpath(file) if os.path.exists(file) else os.path.abspath(file)
            key = os.path.normcase(real)
            files.setdefault(key, (shown_path(file), file))
    return list(files.values()), refused


def resolve_article(library: Library | None, ref: str | int) -> Article:
    """The article a command names: a library id ("3", "#3") or a file, read without storing it
    (its `id` is None). `library` may be None when only files are expected.

    Raises library.storage.ArticleNotFound for an unknown id, NoSuchFile, ArticleUnavailable
    for a folder, or services.documents.importing.UnreadableDocument with the reason.
    """
    text = str(ref).strip()
    # isdecimal, not isdigit: "²" is a digit that int() refuses. Arabic-Indic ٣ is decimal.
    if text.lstrip("#").isdecimal():
        if library is None:
            raise ArticleUnavailable(f"{text} names an article, but no library is open")
        return library.get(int(text.lstrip("#")))
    path = Path(text).expanduser()
    if not path.exists():
        raise NoSuchFile(text)
    if path.is_dir():
        raise ArticleUnavailable(f"{text} is a folder, not an article")
    from services.documents.importing import content_hash, read_document

    doc = read_document(path)
    return article_from_document(doc, content_hash(doc.text))


def article_analysis(library: Library | None, article: Article) -> Analysis:
    """The analysis of `article`: the stored one for a library article (computed and stored
    when missing or made by an older version), else read from its text now."""
    from services.compare.analysis import analyse

    if library is None or article.id is None:
        return analyse(article.text)
    analysis = library.analysis(article.id)
    if analysis is None:
        analysis = analyse(article.text)
        library.store_analysis(article.id, analysis)
    return analysis
