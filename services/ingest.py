"""From files to stored articles (read → clean → analyse → store, one transaction per batch),
and from what a user names — a library id or a file — to an article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from services.models import Article, ImportProblem, ImportReport, ParsedDocument
from services.storage import AlreadyInLibrary, Library, LibraryError

if TYPE_CHECKING:
    from services.analysis import Analysis

# Articles per transaction: large enough that commits cost nothing next to reading and
# analysing (~5 ms an article), small enough that a crash loses at most a second of work.
DEFAULT_BATCH_SIZE = 100


class ArticleUnavailable(Exception):
    """What the user named is neither an article of the library nor a readable file."""


class NoSuchFile(ArticleUnavailable):
    def __init__(self, ref: str):
        super().__init__(f"no such file: {ref} (nor an article id of the library)")
        self.ref = ref


def import_paths(
    library: Library,
    paths: Iterable[str | PathLike[str]],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    analyse: Callable[[str], Analysis] | None = None,
) -> ImportReport:
    """Import files and folders (recursively) into `library`.

    Every file found ends up imported, a duplicate (same text by content hash, in the library
    or earlier in this import; reported with the id it duplicates) or refused with a one-line
    reason. Each batch of `batch_size` new articles is one transaction, so a crash loses
    nothing stored before it. `on_progress(done, total)` is called after each file (and once
    with done=0); when `is_cancelled()` turns true, the files read so far are stored and the
    rest are left out of the report. `analyse` defaults to services.analysis.analyse.
    """
    from services.importing import UnreadableDocument, content_hash, read_document

    if analyse is None:
        from services.analysis import analyse

    files, refused = _collect_files(paths)
    imported: list[Article] = []
    duplicates: list[tuple[str, int]] = []
    pending: list[tuple[ParsedDocument, Analysis, str]] = []
    pending_hashes: set[str] = set()
    # Files whose text repeats one still waiting in `pending`: their id is known after storing.
    repeats: list[tuple[str, str]] = []

    def store_pending() -> None:
        try:
            with library.atomic():
                for doc, analysis, text_hash in pending:
                    try:
                        imported.append(library.add(doc, analysis, content_hash=text_hash))
                    except AlreadyInLibrary as e:  # stored meanwhile by another window
                        duplicates.append((doc.path, e.article_id))
        except sqlite3.Error as e:
            raise LibraryError(f"could not store the articles: {e}") from e
        for path, text_hash in repeats:
            duplicates.append((path, library.find_by_hash(text_hash)))
        pending.clear()
        pending_hashes.clear()
        repeats.clear()

    total = len(files)
    if on_progress:
        on_progress(0, total)
    for done, (shown, path) in enumerate(files, 1):
        if is_cancelled is not None and is_cancelled():
            break
        try:
            doc = read_document(path)
        except UnreadableDocument as e:
            refused.append(ImportProblem(shown, e.reason))
        except OSError as e:
            refused.append(ImportProblem(shown, e.strerror or str(e)))
        else:
            text_hash = content_hash(doc.text)
            existing = library.find_by_hash(text_hash)
            if existing is not None:
                duplicates.append((shown, existing))
            elif text_hash in pending_hashes:
                repeats.append((shown, text_hash))
            else:
                try:
                    analysis = analyse(doc.text)
                except Exception as e:  # noqa: BLE001 - one article's bug must not sink the batch
                    refused.append(
                        ImportProblem(shown, f"could not be analysed ({type(e).__name__}: {e})")
                    )
                else:
                    pending.append((doc, analysis, text_hash))
                    pending_hashes.add(text_hash)
        if len(pending) >= batch_size:
            store_pending()
        if on_progress:
            on_progress(done, total)
    store_pending()
    return ImportReport(tuple(imported), tuple(duplicates), tuple(refused))


def _collect_files(
    paths: Iterable[str | PathLike[str]],
) -> tuple[list[tuple[str, Path]], list[ImportProblem]]:
    """The files to read, each once, as (path as the user gave it, absolute path), and the
    folders refused before reading because they hold no article file.

    A file named explicitly is kept whatever its type, so that read_document refuses it with
    its reason; a missing one is refused here, before its suffix is judged.
    """
    from services.importing import SUPPORTED_SUFFIXES, iter_input_files

    files: dict[Path, str] = {}
    refused: list[ImportProblem] = []
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            refused.append(ImportProblem(str(given), "no such file or folder"))
            continue
        try:
            found = list(iter_input_files([path]))
        except OSError as e:
            refused.append(ImportProblem(str(given), e.strerror or str(e)))
            continue
        if not found:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            refused.append(ImportProblem(str(given), f"no article files ({kinds}) in this folder"))
        for file in found:
            files.setdefault(file.resolve(), str(file))
    return [(shown, path) for path, shown in files.items()], refused


def resolve_article(library: Library | None, ref: str | int) -> Article:
    """The article a command names: a library id ("3", "#3") or a file, read without storing it
    (its `id` is None). `library` may be None when only files are expected.

    Raises services.storage.ArticleNotFound for an unknown id, NoSuchFile, ArticleUnavailable
    for a folder, or services.importing.UnreadableDocument with the reason.
    """
    text = str(ref).strip()
    if text.lstrip("#").isdigit():
        if library is None:
            raise ArticleUnavailable(f"{text} names an article, but no library is open")
        return library.get(int(text.lstrip("#")))
    path = Path(text).expanduser()
    if not path.exists():
        raise NoSuchFile(text)
    if path.is_dir():
        raise ArticleUnavailable(f"{text} is a folder, not an article")
    from services.importing import content_hash, read_document

    doc = read_document(path)
    return Article(
        id=None,
        title=doc.title,
        source=doc.source,
        date=doc.date,
        path=doc.path,
        original=doc.original,
        text=doc.text,
        content_hash=content_hash(doc.text),
        format=doc.format,
        encoding=doc.encoding,
    )
