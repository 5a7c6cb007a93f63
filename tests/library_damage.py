"""Libraries for the reliability tests: filled with varied articles, and damaged as a failing
disk or a bad copy would."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from services.compare.analysis import Analysis
from services.library.storage import Library
from services.models import ParsedDocument
from services.text.sentences import split_sentences


def add_articles(library: Library, n: int, size: int = 2000, start: int = 0) -> None:
    """`n` articles of about `size` characters of varied text (so pages are full and
    distinct), stored with a bare analysis (no figures)."""
    for i in range(start, start + n):
        words = " ".join(f"كلمة{(i * 7919 + j) % 100003}" for j in range(size // 10))
        text = f"مقال رقم {i}: {words}"
        doc = ParsedDocument(f"{i}.txt", text, text, f"عنوان {i}", "", "", "txt", "utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        library.add(doc, Analysis(split_sentences(text), ()), content_hash=digest)


def damage_file(path: Path, at: float = 0.5, size: int = 64 * 1024) -> None:
    """Garbage over `size` bytes from `at` of the file's length (on a page boundary)."""
    length = path.stat().st_size
    assert length > 2 * size
    with open(path, "r+b") as f:
        f.seek(int(length * at) // 4096 * 4096)
        f.write(os.urandom(size))
