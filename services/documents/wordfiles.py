"""Word documents (.docx) read with python-docx: body paragraphs and table rows in document
order, one per line, and the title the document's properties state.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

# An old binary Word .doc (OLE compound file) begins with these bytes.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"

_MB = 1024 * 1024
# What a .docx may unpack to before python-docx reads it. python-docx holds every part in
# memory and lxml builds a tree of each XML part: reading a package whose XML unpacks to 10 MB
# peaked at 183 MB, to 30 MB at 507 MB (bench: hostile inputs). A 2,000-word article's
# document.xml is about 60 KB, and the longest text Riwaya analyses (importing.MAX_ARTICLE_CHARS)
# needs a few MB of XML, so 24 MB of XML (~420 MB at peak) refuses no article. Photos are held
# as they are (no tree): up to 96 MB in all. The sizes come from the zip's directory; Python's
# zipfile never inflates a part past its declared size (a part that lies fails its CRC check).
MAX_UNPACKED_XML_BYTES = 24 * _MB
MAX_UNPACKED_BYTES = 96 * _MB


class DamagedWordFile(ValueError):
    """The file is not a readable .docx; `str(error)` is the reason."""


@dataclass(frozen=True)
class WordText:
    text: str
    title: str


def read_word_file(path: Path) -> WordText:
    """The text of a .docx, paragraphs and table rows joined with newlines.

    Headers, footers and comments are page furniture and are left out. Raises
    `DamagedWordFile` with the reason.
    """
    if not zipfile.is_zipfile(path):
        with path.open("rb") as stream:
            start = stream.read(len(_OLE_MAGIC))
        if start.startswith(_ZIP_MAGIC):
            # A zip's directory sits at its end: a copy cut short loses it first.
            raise DamagedWordFile("not a .docx: the zip archive is damaged")
        if start == _OLE_MAGIC:
            raise DamagedWordFile("not a .docx: an old Word .doc file; save it as .docx")
        if not start:
            raise DamagedWordFile("empty file")
        raise DamagedWordFile("not a .docx: not a zip archive")
    _check_unpacked_size(path)
    try:
        document = _open(path)
        lines = [_block_text(block) for block in document.iter_inner_content()]
        title = " ".join((document.core_properties.title or "").split())
    except DamagedWordFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise DamagedWordFile("not a .docx: the zip archive is damaged") from None
    except Exception as error:  # lxml and python-docx raise many types for broken XML
        raise DamagedWordFile(f"damaged .docx: {type(error).__name__}") from None
    return WordText("\n".join(lines), title)


def _check_unpacked_size(path: Path) -> None:
    """Refuse a package that would unpack to more than an article can (a zip bomb: 1 MB on
    disk, 1 GB unpacked), reading only the zip's directory."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise DamagedWordFile("not a .docx: the zip archive is damaged") from None
    xml = sum(p.file_size for p in parts if p.filename.endswith((".xml", ".rels")))
    total = sum(p.file_size for p in parts)
    if xml > MAX_UNPACKED_XML_BYTES or total > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_XML_BYTES if xml > MAX_UNPACKED_XML_BYTES else MAX_UNPACKED_BYTES
        raise DamagedWordFile(
            f"unpacks to {max(xml, total) // _MB:,} MB, more than any article ({limit // _MB} MB):"
            " a zip bomb, or a document too long to analyse"
        )


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (KeyError, PackageNotFoundError):
        raise DamagedWordFile("not a .docx: the archive holds no Word document") from None
    except ValueError:
        # python-docx refuses other Office packages by content type (a .xlsx renamed).
        raise DamagedWordFile("not a .docx: the archive is another kind of document") from None


def _block_text(block) -> str:
    """A paragraph's text, or a table's rows with their cells separated by tabs."""
    if hasattr(block, "rows"):
        rows = []
        for row in block.rows:
            cells: list[str] = []
            previous = None
            for cell in row.cells:
                if cell._tc is not previous:  # a merged cell is listed once per grid column
                    cells.append(" ".join(cell.text.split()))
                previous = cell._tc
            rows.append("\t".join(cells))
        return "\n".join(rows)
    return block.text
