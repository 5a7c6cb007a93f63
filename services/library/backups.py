"""Copies of the library taken with SQLite's online backup API (consistent even while another
Riwaya writes): before every schema migration, on request (`riwaya backup`), and put back by
`riwaya restore`. They live beside the library, in "<library file>.backups/".

Also the quick check that finds a damaged library when it is opened.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

# Copies kept per library, newest first; older ones are deleted when a new one is taken. A
# library migrates once per upgrade that changes its schema, so five copies reach back over
# several upgrades, and each costs the library's size on disk (200 MB for 2,000 articles).
KEEP_BACKUPS = 5

_SUFFIX = ".sqlite"
_TIME_FORMAT = "%Y%m%d-%H%M%S"


def backups_folder(db_path: str | Path) -> Path:
    """Where the copies of the library at `db_path` are kept (not created here)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".backups")


def list_backups(db_path: str | Path) -> tuple[Path, ...]:
    """The library's backups, newest first (their names start with the UTC time taken)."""
    folder = backups_folder(db_path)
    try:
        names = [p for p in folder.iterdir() if p.name.endswith(_SUFFIX) and p.is_file()]
    except OSError:
        return ()
    return tuple(sorted(names, key=lambda p: p.name, reverse=True))


def latest_backup(db_path: str | Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def take_backup(
    conn: sqlite3.Connection,
    db_path: str | Path,
    reason: str,
    *,
    to: str | Path | None = None,
    keep: int = KEEP_BACKUPS,
) -> Path:
    """Copy the database open on `conn` into the library's backups folder (or to `to`), named
    "<UTC time>-<reason>.sqlite"; then delete all but the `keep` newest backups. Returns the
    copy. The copy is written under a temporary name first, so a crash never leaves half a
    backup that looks whole.
    """
    if to is not None:
        target = Path(to)
    else:
        folder = backups_folder(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime(_TIME_FORMAT)
        target = folder / f"{stamp}-{reason}{_SUFFIX}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{stamp}-{reason}-{n}{_SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
        # The copy is one self-contained file: no -wal beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
    os.replace(partial, target)
    if to is None:
        for old in list_backups(db_path)[keep:]:
            old.unlink(missing_ok=True)
    return target


def damage(conn: sqlite3.Connection) -> str | None:
    """None when SQLite's quick check finds the database sound, else its first finding on one
    line ("database disk image is malformed", "Tree 5 page 12 ...").

    The quick check reads every page (about 0.2 s for a 200 MB library of 2,000 articles) but
    skips the index-to-table cross-checks of the full integrity check.
    """
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:
        return _one_line(str(error))
    if rows == [("ok",)]:
        return None
    finding = str(rows[0][0]) if rows else "the quick check gave no answer"
    return _one_line(finding.replace("*** in database main ***", ""))


def restore_backup(db_path: str | Path, backup: str | Path) -> Path | None:
    """Replace the library at `db_path` by the copy `backup`; returns where the replaced
    library was set aside (in the backups folder as "<time>-replaced-by-restore.sqlite.old":
    never taken for a backup, never pruned), or None when there was none.

    Close every connection to the library first: one left open keeps using the replaced file.
    Raises ValueError with a one-line reason when `backup` is not a sound Riwaya database.
    """
    db_path, backup = Path(db_path), Path(backup)
    source = _open_read_only(backup)
    try:
        found = damage(source)
        if found is not None:
            raise ValueError(f"the backup {backup} is damaged too: {found}")
        set_aside = _set_aside(db_path)
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
    finally:
        source.close()
    return set_aside


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise ValueError(f"no such backup: {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise ValueError(f"{path} is not a library backup: {error}") from None
    return conn


def _set_aside(db_path: Path) -> Path | None:
    """Move the library and its write-ahead log into the backups folder, together (a -wal left
    behind would be replayed into the restored file); drop its shared-memory index."""
    if not db_path.exists():
        return None
    folder = backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_TIME_FORMAT)
    aside = folder / f"{stamp}-replaced-by-restore{_SUFFIX}.old"
    os.replace(db_path, aside)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + "-wal"))
    db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)
    return aside


def _one_line(text: str) -> str:
    return " ".join(text.split())
