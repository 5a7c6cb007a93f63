"""The demo library (`riwaya --demo`): the articles in resources/demo, imported into a database
of their own, rebuilt when those files or the analysis change.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.paths import demo_articles_dir, demo_library_path

# The comparison the demo opens on: the first two versions, which share claims and have
# figures that agree, differ and conflict. The demo is imported in file-name order into a fresh
# database, so these are the first two files of resources/demo.
OPENING_COMPARISON = ("1", "2")


class DemoUnavailable(OSError):
    """The demo articles are missing or could not be imported (a broken installation)."""


def demo_fingerprint(articles_dir: Path) -> str:
    """What the demo library was built from: the files' names and bytes, and the analysis
    version (a new one changes the stored analyses and figure counts)."""
    from services.compare import analysis_stamp

    digest = hashlib.sha256(f"analysis {analysis_stamp()}\n".encode())
    for path in sorted(articles_dir.glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def ensure_demo_library(path: Path | None = None, articles_dir: Path | None = None) -> Path:
    """The demo library's path, (re)built first when missing or out of date."""
    path = path or demo_library_path()
    articles_dir = articles_dir or demo_articles_dir()
    if not any(articles_dir.glob("*.txt")):
        raise DemoUnavailable(f"no demo articles in {articles_dir}: the installation is incomplete")
    fingerprint = demo_fingerprint(articles_dir)
    stamp = path.with_name(path.name + ".source")
    if path.exists() and stamp.exists() and stamp.read_text(encoding="ascii") == fingerprint:
        return path
    _build(path, articles_dir)
    stamp.write_text(fingerprint, encoding="ascii")
    return path


def _build(path: Path, articles_dir: Path) -> None:
    """Import the demo articles into a fresh file, then swap it in at once, so a Riwaya that
    is interrupted here never leaves a half-built demo behind."""
    from services.library import Library, import_paths

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.name}.building-{os.getpid()}")
    _remove_database(building)
    try:
        with Library.open(building) as library:
            report = import_paths(library, sorted(articles_dir.glob("*.txt")))
        if report.refused:
            problem = report.refused[0]
            raise DemoUnavailable(f"demo article {problem.path} refused: {problem.reason}")
        _remove_database(path)
        os.replace(building, path)
    finally:
        _remove_database(building)


def _remove_database(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)
