"""Reading articles from files: which files a batch holds, each file read into a
`ParsedDocument` (original text kept whole, analysed text cleaned, title/outlet/date), and
the content hash that recognises the same article imported twice.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from services.documents.encodings import UndecodableBytes, decode_text
from services.documents.furniture import clean_text
from services.documents.metadata import detect_metadata
from services.models import ParsedDocument
from services.text.arabic import normalize_plain

# Plain text (Markdown is read as plain text), saved web pages (also single-file web
# archives, whose `original` is the page's HTML part), Word documents.
_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".docx": "docx",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)

# Why a known but unsupported file is refused, and what the analyst can do about it.
_UNSUPPORTED = {
    ".doc": "an old Word .doc file: open it in Word or LibreOffice and save it as .docx",
    ".pdf": "PDF is not supported: copy the article's text into a .txt file",
    ".rtf": "RTF is not supported: save it as .docx or .txt",
    ".odt": "OpenDocument text is not supported: save it as .docx",
}
_READABLE = ", ".join(sorted(SUPPORTED_SUFFIXES))

# An article is a few to a few hundred kilobytes; a saved page with inline scripts a few
# megabytes. Anything far beyond is not an article, and reading it would stall the batch.
MAX_FILE_BYTES = 32 * 1024 * 1024

# The longest text analysed as one article: 1,000,000 characters, about 170,000 Arabic words
# (a book, not an article). Measured on generated news text, 2 cores: importing 500,000
# characters peaked at 172 MB in 4.4 s, 1,000,000 at 274 MB in 7.9 s, 2,000,000 at 475 MB in
# 12.5 s; comparing two texts of 1,000,000 at 349 MB in 9.6 s, of 2,000,000 at 644 MB in 70 s
# (the comparison grows faster than the text). Longer texts are refused
# with the reason, before any analysis (README: "What Riwaya promises about your data").
MAX_ARTICLE_CHARS = 1_000_000
# A plain-text file longer than this cannot hold fewer characters than the limit in any
# encoding Riwaya reads (at most 4 bytes a character): refused before it is decoded.
_MAX_TEXT_FILE_BYTES = 4 * MAX_ARTICLE_CHARS

# Folders a browser writes next to a saved page ("Page_files/") hold its scripts, styles and
# ad frames, not articles.
_BROWSER_RESOURCES_SUFFIX = "_files"


class UnreadableDocument(Exception):
    """A file that cannot be imported. `.reason` is the one-line reason a reader understands
    ("empty file"), `.path` the file, and `str(error)` is "path: reason"."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def iter_input_files(
    paths: Iterable[str | Path], *, on_error: Callable[[Path, str], None] | None = None
) -> Iterator[Path]:
    """The files to import from the paths an analyst named, in a deterministic order.

    Folders are walked recursively in sorted order (symbolic links to folders are not
    followed, so a link back up the tree is no loop), passing over hidden files and folders
    (".…"), Office lock files ("~$…") and a browser's "<page>_files" folders. Every other file
    is yielded, whatever its type, so that one Riwaya does not read is refused with a reason
    rather than silently dropped. A file reached twice is yielded once. A folder that cannot
    be read is reported to `on_error(folder, reason)`.
    """
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        for found in _walk(path, on_error) if path.is_dir() else (path,):
            key = os.path.normcase(os.path.abspath(found))
            if key not in seen:
                seen.add(key)
                yield found


def _walk(root: Path, on_error: Callable[[Path, str], None] | None) -> Iterator[Path]:
    def report(error: OSError) -> None:
        if on_error is not None:
            on_error(Path(error.filename or root), _os_reason(error, "folder"))

    for folder, dirs, files in os.walk(root, onerror=report):
        pages = {Path(f).stem for f in files if Path(f).suffix.lower() in (".html", ".htm")}
        dirs[:] = sorted(
            d
            for d in dirs
            if not _hidden(d)
            and not (
                d.endswith(_BROWSER_RESOURCES_SUFFIX)
                and d[: -len(_BROWSER_RESOURCES_SUFFIX)] in pages
            )
        )
        for name in sorted(files):
            if not _hidden(name):
                yield Path(folder, name)


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def shown_path(path: str | os.PathLike[str]) -> str:
    """A file name as one line of valid text, to store and to print: bytes the file system's
    encoding cannot decode as \\xff, control characters (a newline in a name) as \\n, \\x07.

    >>> shown_path(os.fsdecode(b"article\\xff\\n.txt"))
    'article\\\\xff\\\\n.txt'
    """
    text = os.fspath(path)
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate in a Windows name
        raw = text.encode("utf-8", "surrogatepass")
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(_CONTROL_ESCAPES.get(c, c) for c in text)


_CONTROL_ESCAPES = {
    chr(i): {10: "\\n", 13: "\\r", 9: "\\t"}.get(i, f"\\x{i:02x}") for i in (*range(32), 127)
}


def read_document(path: str | Path) -> ParsedDocument:
    """Read one file into a `ParsedDocument`, or raise `UnreadableDocument` with the reason.

    `original` is everything the file holds as text (a web page's full HTML source); `text`
    is the analysed text, furniture stripped and whitespace tidied; title, source and date
    are what the file states, "" otherwise.
    """
    path = Path(path)
    _check_file(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableDocument(path, _unsupported_reason(path.suffix.lower()))
    if fmt == "docx":
        return _read_word_file(path)  # python-docx opens the zip itself
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(path, _os_reason(error)) from None
    if fmt in ("html", "mhtml"):
        return _read_web_page(path, data, archive=fmt == "mhtml")
    if len(data) > _MAX_TEXT_FILE_BYTES:
        raise UnreadableDocument(path, _too_long(f"{len(data) // (1024 * 1024):,} MB of text"))
    return _read_plain_text(path, data)


def content_hash(text: str, *, normalized: str | None = None) -> str:
    """A stable fingerprint of an article's analysed text.

    The text is normalised as search reads it (hamza, diacritics, Arabic-Indic digits) and its
    whitespace folded, so the same article re-saved in another encoding or with other line
    breaks has the same hash; furniture is already gone from the analysed text.

    `normalized` is `normalize_plain(text)` when the caller has it already.

    >>> content_hash("قال الوزير ٧٥٠") == content_hash("قالَ  الوزير\\n750")
    True
    """
    if normalized is None:
        normalized = normalize_plain(text)
    folded = " ".join(normalized.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _unsupported_reason(suffix: str) -> str:
    if suffix in _UNSUPPORTED:
        return _UNSUPPORTED[suffix]
    if not suffix:
        return f"no file extension: Riwaya reads {_READABLE}"
    return f"unsupported file type {suffix}: Riwaya reads {_READABLE}"


def _check_file(path: Path) -> None:
    """Refuse what is not a readable file of an article's size, before reading it."""
    try:
        if path.is_dir():
            raise UnreadableDocument(path, "a folder, not a file")
        size = path.stat().st_size
    except OSError as error:
        raise UnreadableDocument(path, _os_reason(error)) from None
    if size > MAX_FILE_BYTES:
        mb = 1024 * 1024
        raise UnreadableDocument(
            path,
            f"too large for an article ({size // mb} MB; the limit is {MAX_FILE_BYTES // mb} MB)",
        )


def _too_long(size: str) -> str:
    return (
        f"too long to analyse as one article ({size}; the limit is "
        f"{MAX_ARTICLE_CHARS:,} characters): split it into its articles"
    )


def _os_reason(error: OSError, what: str = "file") -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return f"cannot read the {what}: permission denied"
    if error.errno == errno.ELOOP:
        return "a symbolic link that loops (it leads back to itself)"
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is too long for this system"
    return f"cannot read the {what}: {error.strerror or error}"


def _read_plain_text(path: Path, data: bytes) -> ParsedDocument:
    try:
        decoded = decode_text(data)
    except UndecodableBytes as error:
        raise UnreadableDocument(path, str(error)) from None
    return _document(path, decoded.text, decoded.text, "text", decoded.encoding)


def _read_web_page(path: Path, data: bytes, *, archive: bool) -> ParsedDocument:
    from services.documents.webpages import PageWithoutText, page_from_archive, read_web_page

    try:
        if archive:
            # The archive's HTML part is the page; its images and styles are not text.
            html, charset = page_from_archive(data)
            page = read_web_page(html, declared=charset)
        else:
            page = read_web_page(data)
    except (UndecodableBytes, PageWithoutText) as error:
        raise UnreadableDocument(path, str(error)) from None
    return _document(
        path, page.html, page.text, "html", page.encoding,
        title=page.title, source=page.site, date=page.date, time=page.time,
    )  # fmt: skip


def _read_word_file(path: Path) -> ParsedDocument:
    from services.documents.wordfiles import DamagedWordFile, read_word_file

    try:
        word = read_word_file(path)
    except DamagedWordFile as error:
        raise UnreadableDocument(path, str(error)) from None
    except OSError as error:
        raise UnreadableDocument(path, _os_reason(error)) from None
    if not word.text.strip():
        raise UnreadableDocument(path, "no text in the Word document")
    # The docx's parts are XML read by python-docx: there is no text encoding to report.
    return _document(path, word.text, word.text, "docx", "", title=word.title)


def _document(
    path: Path,
    original: str,
    extracted: str,
    fmt: str,
    encoding: str,
    *,
    title: str = "",
    source: str = "",
    date: str = "",
    time: str = "",
) -> ParsedDocument:
    """Clean the extracted text and fill in what the file's own metadata left empty: the
    text's time goes with the file's date when the file states no time of its own."""
    if len(extracted) > 2 * MAX_ARTICLE_CHARS:  # furniture is never half a text
        raise UnreadableDocument(path, _too_long(f"{len(extracted):,} characters"))
    text = clean_text(extracted)
    if len(text) > MAX_ARTICLE_CHARS:
        raise UnreadableDocument(path, _too_long(f"{len(text):,} characters"))
    if not text:
        if extracted.strip():
            raise UnreadableDocument(
                path, "no article text: only page furniture (share buttons, menus)"
            )
        raise UnreadableDocument(path, "empty file: only blank lines and spaces")
    stated = detect_metadata(text, known_date=date)
    return ParsedDocument(
        path=shown_path(os.path.abspath(path)),
        original=original,
        text=text,
        title=title or stated.title,
        source=source or stated.source,
        date=date or stated.date,
        format=fmt,
        encoding=encoding,
        time=time or stated.time,
    )
