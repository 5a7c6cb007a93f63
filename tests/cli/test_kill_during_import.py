"""An import killed outright (SIGKILL, as by an out-of-memory killer or a power-user's kill -9)
loses nothing stored, damages nothing, and leaves no worker process behind."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc"),
]


def _articles(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        text = (
            f"خبر رقم {i}\n\nسجلت مدينة الساحل {i} حالة جديدة في اليوم {i % 28 + 1} من الشهر، "
            f"وقال مسؤول إن {i * 3} شخصا نقلوا إلى المستشفى الجديد بعد {i % 9 + 2} ساعات."
        )
        (folder / f"article_{i:04}.txt").write_text(text, encoding="utf-8")
    return folder


def _children(pid: int) -> set[int]:
    """Every living descendant of `pid` (workers, multiprocessing's resource tracker)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != b"Z":
                parents[int(entry)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def _start_import(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app.main", "import", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # Its own session: the workers are not this test's children when the importer dies.
        start_new_session=True,
    )


def _wait_gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pids = {p for p in pids if _alive(p)}
        if not pids:
            return set()
        time.sleep(0.1)
    return pids


def test_workers_end_when_the_importer_is_killed(tmp_path):
    folder = _articles(tmp_path / "articles", 400)
    importer = _start_import(folder, tmp_path / "library.sqlite")
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = _children(importer.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, "the import started no worker processes"
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    left = _wait_gone(workers, 10)
    for pid in left:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert left == set()


def test_twenty_kills_during_a_thousand_file_import_lose_and_damage_nothing(tmp_path):
    folder = _articles(tmp_path / "articles", 1000)
    db = tmp_path / "library.sqlite"
    rng = random.Random(12)
    orphans: set[int] = set()
    for _ in range(20):
        importer = _start_import(folder, db)
        time.sleep(rng.uniform(0.5, 3.0))
        orphans |= _children(importer.pid)
        importer.send_signal(signal.SIGKILL)
        importer.wait()
    final = _start_import(folder, db)
    _, err = final.communicate(timeout=600)
    assert final.returncode == 0, err.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert conn.execute(
        "SELECT count(*), count(DISTINCT content_hash) FROM articles"
    ).fetchone() == (
        1000,
        1000,
    )
    assert conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 1000
    conn.close()
    assert _wait_gone(orphans, 10) == set()
