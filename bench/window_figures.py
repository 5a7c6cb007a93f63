"""Figures of the window, each measured in a fresh interpreter running bench.probe against
the real `riwaya --db LIBRARY` start-up path, offscreen.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench import probe
from bench.figures import Result, Unavailable
from bench.measure import Samples
from bench.workspace import Workspace, importable

PROJECT = Path(__file__).resolve().parent.parent


class ProbeFailed(RuntimeError):
    """The window raised, or its process died or hung, while a figure was measured."""


@dataclass(frozen=True)
class ProbeRun:
    launched: float  # perf_counter in this process just before the launch
    painted_abs: float | None  # the probe's perf_counter at its first frame (same clock here)
    painted_seen: float | None  # perf_counter here when that line arrived
    painted_in_process: float | None
    report: dict


def run_probe(ws: Workspace, scenario: str, db: Path, *extra: str) -> ProbeRun:
    """Run one probe to the end and return what it printed; raises ProbeFailed when the
    process fails, and Unavailable when the window's modules cannot be imported."""
    command = [sys.executable, "-m", "bench.probe", scenario, "--db", str(db), *extra]
    stderr_path = ws.root / f"probe-{scenario}.stderr"
    lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
    with open(stderr_path, "w+") as stderr:
        launched = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=PROJECT,
            env=ws.child_env(),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )

        def read() -> None:
            for line in process.stdout:
                lines.put((time.perf_counter(), line))
            lines.put((time.perf_counter(), None))

        threading.Thread(target=read, daemon=True).start()
        painted_abs = painted_seen = painted_in_process = None
        data = None
        timeout = ws.sizes.probe_timeout_s
        deadline = launched + timeout
        while True:
            try:
                seen, line = lines.get(timeout=max(0.1, deadline - time.perf_counter()))
            except queue.Empty:
                process.kill()
                process.wait()
                raise ProbeFailed(f"{scenario} probe gave no report in {timeout:g} s") from None
            if line is None:
                break
            if line.startswith(probe.PAINTED_TAG) and painted_seen is None:
                painted_seen = seen
                absolute, in_process = line.split()[1:3]
                painted_abs, painted_in_process = float(absolute), float(in_process)
            elif line.startswith(probe.REPORT_TAG):
                data = json.loads(line[len(probe.REPORT_TAG) :])
        status = process.wait()
        stderr.seek(0)
        errors = stderr.read()
    if status != 0:
        tail = "\n".join(errors.strip().splitlines()[-25:])
        raise ProbeFailed(f"{scenario} probe exited with status {status}:\n{tail}")
    if data is None:
        raise ProbeFailed(f"{scenario} probe printed no report:\n{errors[-2000:]}")
    if "unavailable" in data:
        raise Unavailable(data["unavailable"])
    return ProbeRun(launched, painted_abs, painted_seen, painted_in_process, data)


def _window_code() -> None:
    importable("services.compare.comparison")
    importable("services.text.quantities")


def startup(ws: Workspace) -> Result:
    """Launch to first complete frame, interpreter start included. Both processes read the
    same monotonic clock (CLOCK_MONOTONIC on Linux), so the probe's own timestamp of its first
    frame is used; where it could not be the same clock, the moment its line arrived."""
    _window_code()
    db = ws.library(ws.sizes.library)
    run_probe(ws, "startup", db)  # warm-up: file cache, bytecode, font cache
    totals, in_process = [], []
    rows = None
    for _ in range(ws.sizes.process_repeat):
        run = run_probe(ws, "startup", db)
        if run.painted_seen is None:
            raise ProbeFailed("the startup probe never saw the main window painted")
        same_clock = run.launched <= run.painted_abs <= run.painted_seen
        totals.append((run.painted_abs if same_clock else run.painted_seen) - run.launched)
        in_process.append(run.painted_in_process)
        rows = run.report.get("rows")
    total, inside = Samples(tuple(totals)), Samples(tuple(in_process))
    # The same in Arabic: other catalogues and a mirrored layout must not slow the first frame.
    arabic = []
    for _ in range(ws.sizes.process_repeat):
        run = run_probe(ws, "startup", db, "--lang", "ar")
        if run.painted_seen is None:
            raise ProbeFailed("the Arabic startup probe never saw the main window painted")
        same_clock = run.launched <= run.painted_abs <= run.painted_seen
        arabic.append((run.painted_abs if same_clock else run.painted_seen) - run.launched)
    return Result(
        total.median,
        {
            "library_articles": ws.sizes.library,
            "rows_listed": rows,
            "launch_to_first_frame_s": total.summary(3),
            "arabic_launch_to_first_frame_s": Samples(tuple(arabic)).summary(3),
            "in_process_s": inside.summary(3),
            "interpreter_start_s": round(total.median - inside.median, 3),
            "how": "python -m bench.probe → app.main.main(['--db', LIBRARY]); first frame = the "
            "main window's first paint event plus the rest of that paint pass",
        },
    )


def _pair_ids(db: Path, count: int) -> list[tuple[int, int]]:
    """Library ids of versions 0 and 1 of stories 1, 2, … (story 0 is the warm-up)."""
    from bench.corpus import VERSIONS_PER_STORY
    from services.library.storage import Library

    library = Library.open(db)
    try:
        by_path = {Path(s.path).name: s.id for s in library.summaries()}
    finally:
        library.close()
    pairs = []
    for story in range(count):
        names = [f"article_{story * VERSIONS_PER_STORY + v:05d}.txt" for v in (0, 1)]
        if all(n in by_path for n in names):
            pairs.append((by_path[names[0]], by_path[names[1]]))
    return pairs


def paint_compare(ws: Workspace) -> Result:
    _window_code()
    db = ws.library(ws.sizes.library)
    pairs = _pair_ids(db, ws.sizes.repeat + 1)
    if len(pairs) < 2:
        raise ProbeFailed(f"the library holds too few pairs of versions ({len(pairs)})")
    run = run_probe(ws, "paint", db, "--pairs", ";".join(f"{a},{b}" for a, b in pairs))
    times = run.report["ms"]
    warm = Samples(tuple(times[1:]))
    arrived = Samples(tuple(run.report["comparison_arrived_ms"][1:]))
    return Result(
        warm.median,
        {
            "ms": warm.summary(1),
            "first_comparison_ms": round(times[0], 1),
            "comparison_arrived_ms": arrived.summary(1),
            "library_articles": ws.sizes.library,
            "how": "select one article, then add a second to the selection (Ctrl+click); until "
            "the compare view's first paint after comparison_shown; the first pair (cold: "
            "imports, the view built) is reported apart",
        },
    )


def import_stall(ws: Workspace) -> Result:
    _window_code()
    n = ws.sizes.import_articles
    files = ws.article_files(n)
    folder = ws.root / "stall-import"
    folder.mkdir(exist_ok=True)
    for path in files:
        target = folder / path.name
        if not target.exists():
            target.symlink_to(path)
    db = ws.root / "stall.db"
    for leftover in ws.root.glob("stall.db*"):
        leftover.unlink()
    run = run_probe(ws, "stall", db, "--import-dir", str(folder))
    data = run.report
    if data.get("imported") != n:
        raise ProbeFailed(
            f"the window imported {data.get('imported')} of {n}: {data.get('refused')}"
        )
    return Result(
        data["max_gap_ms"],
        {
            "articles": n,
            "import_s": round(data["import_s"], 2),
            "p99_gap_ms": round(data["p99_gap_ms"], 1),
            "gaps_over_100_ms": data["gaps_over_100_ms"],
            "ticks": data["ticks"],
            "longest_gaps_ms_and_when_s": data["longest_gaps"],
            "how": "a 5 ms Python QTimer in the GUI thread during window.import_paths([folder]) "
            "until 300 ms after the import finished; the longest gap between ticks (includes "
            "the 5 ms period and GIL waits, as a Python slot of the window would feel them)",
        },
    )


def memory(ws: Workspace) -> Result:
    _window_code()
    n = ws.sizes.big_library
    db = ws.library(n)
    values, peaks = [], []
    for _ in range(max(1, ws.sizes.process_repeat // 2)):
        data = run_probe(ws, "memory", db).report
        values.append(data["rss_mb"])
        peaks.append(data["peak_rss_mb"])
    empty = ws.root / "empty.db"
    from services.library.storage import Library

    Library.open(empty).close()  # created and migrated here, not in the window measured
    empty_rss = run_probe(ws, "memory", empty).report["rss_mb"]
    rss = Samples(tuple(values))
    return Result(
        rss.median,
        {
            "library_articles": n,
            "rss_mb": rss.summary(1),
            "peak_rss_mb": round(max(peaks), 1),
            "empty_library_rss_mb": round(empty_rss, 1),
            "how": "VmRSS of the window process 1 s after its first frame",
        },
    )
