"""Inputs no article is, written at run time into a scratch folder: a very long text, a .docx of
tens of megabytes of paragraphs, and a zip bomb named .docx. The benchmark measures the peak
memory of reading each (issue 12: no single input may cost more than 1 GB)."""

from __future__ import annotations

import zipfile
from pathlib import Path

MB = 1024 * 1024

_PARAGRAPH = (
    "قالت وزارة الصحة إن 750 شخصا أصيبوا في الحادث، فيما نقل نحو 60 آخرين إلى المستشفيات "
    "القريبة، وأكد مسؤول محلي أن فرق الإنقاذ ما زالت تعمل في الموقع منذ ساعات الصباح."
)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>"
)
_DOC_END = "</w:body></w:document>"


def long_text(path: Path, size: int) -> Path:
    """A UTF-8 text file of about `size` bytes of news paragraphs."""
    line = (_PARAGRAPH + "\n").encode("utf-8")
    with open(path, "wb") as f:
        for _ in range(size // len(line) + 1):
            f.write(line)
    return path


def paragraphs_docx(path: Path, size: int) -> Path:
    """A valid .docx whose document.xml holds about `size` bytes of paragraphs (it compresses
    to a few hundred kilobytes)."""
    paragraph = f"<w:p><w:r><w:t>{_PARAGRAPH}</w:t></w:r></w:p>".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(_DOC_START.encode())
            for _ in range(size // len(paragraph) + 1):
                part.write(paragraph)
            part.write(_DOC_END.encode())
    return path


def zip_bomb_docx(path: Path, inflated: int) -> Path:
    """A .docx whose document.xml inflates to `inflated` bytes of blanks (about 1/1000 of that
    on disk): not an article, and no reader should unpack it."""
    chunk = b" " * MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(_DOC_START.encode())
            for _ in range(inflated // MB):
                part.write(chunk)
            part.write(_DOC_END.encode())
    return path
