"""The run's record: the machine it ran on, the figures as JSON, and a table a person reads."""

from __future__ import annotations

import contextlib
import os
import platform
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from bench.figures import Figure


def environment() -> dict:
    """What the figures depend on: cores, CPU, Python, Qt, SQLite, the commit measured."""
    env = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": platform.node(),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "qt": None,
        "pyside6": None,
        "commit": _commit(),
        "load_average_at_start": (
            [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
        ),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        env["qt"] = qVersion()
        env["pyside6"] = PySide6.__version__
    except ImportError as e:
        env["qt"] = f"not importable: {e}"
    return env


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _commit() -> str | None:
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("+changes" if dirty else "")


# One line of context per figure under the table; the JSON has every detail.
_NOTES = {
    "startup_s": lambda d: (
        f"in process {d['in_process_s']['median']} s, interpreter start "
        f"{d['interpreter_start_s']} s, {d['rows_listed']} articles listed"
    ),
    "import_per_s": lambda d: (
        f"{d['articles']} articles in {d['seconds_per_import']} s, "
        f"{d['cpu_ms_per_article']} ms of CPU per article (all processes)"
    ),
    "compare_cached_ms": lambda d: (
        f"compare alone {d['compare_only_ms']['median']} ms, reading both from the library "
        f"{d['fetch_ms']} ms"
    ),
    "baseline_diff_ms": lambda d: (
        f"{d['runs_cut_by_timeout']} of {len(d['ms']['samples'])} runs cut by Diff_Timeout "
        f"{d['Diff_Timeout_s']} s; without timeout {d['no_timeout_ms']} ms; word level "
        f"{d['word_level_ms']['median']} ms"
    ),
    "paint_compare_ms": lambda d: (
        f"comparison arrived after {d['comparison_arrived_ms']['median']} ms; first (cold) "
        f"{d['first_comparison_ms']} ms"
    ),
    "max_stall_ms": lambda d: (
        f"{d['articles']} articles imported in {d['import_s']} s; p99 gap {d['p99_gap_ms']} ms, "
        f"{d['gaps_over_100_ms']} gaps over 100 ms"
    ),
    "rss_mb": lambda d: (
        f"{d['library_articles']} articles; empty library {d['empty_library_rss_mb']} MiB, "
        f"peak {d['peak_rss_mb']} MiB"
    ),
    **{
        name: lambda d: f"{d['input']}: {'; '.join(d['refused']) or 'imported'} in {d['seconds']} s"
        for name in ("peak_text_mb", "peak_docx_mb", "peak_zip_bomb_mb")
    },
}


def format_value(figure: Figure, value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.{figure.digits}f} {figure.unit}"


def table(figures: tuple[Figure, ...], record: dict) -> str:
    """The figures as a plain-text table: figure, value, target, met / missed."""
    rows = [("figure", "value", "target", "")]
    for figure in figures:
        entry = record["figures"].get(figure.name)
        if entry is None:
            continue
        targets = " and ".join(c["target"] for c in entry["targets"]) or "(baseline)"
        if entry.get("error"):
            status = "ERROR (see errors)"
        elif entry["value"] is None:
            status = f"n/a: {entry.get('reason', '')}"
        elif entry["met"] is None:
            status = "met" if not entry["targets"] else "not judged"
            status = "" if not entry["targets"] else status
        else:
            status = "met" if entry["met"] else "MISSED"
            missed = [c["target"] for c in entry["targets"] if c["met"] is False]
            if missed and len(entry["targets"]) > 1:
                status += f" ({'; '.join(missed)})"
        rows.append((figure.name, format_value(figure, entry["value"]), targets, status))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = []
    for i, row in enumerate(rows):
        lines.append(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[3]
        )
        if i == 0:
            lines.append("-" * (sum(widths) + 6 + max(len(r[3]) for r in rows)))
    for name, ratio in record.get("ratios", {}).items():
        lines.append(f"{name}: {ratio:.2f}×")
    for name, note in _NOTES.items():
        details = record["figures"].get(name, {}).get("details")
        if details:
            with contextlib.suppress(KeyError, TypeError):
                lines.append(f"{name}: {note(details)}")
    env = record["environment"]
    lines.append(
        f"{record['mode']} run, {env['date']}, {env['machine']}: {env['cpu']}, "
        f"{env['usable_cores']} usable cores; Python {env['python']}, Qt {env['qt']}, "
        f"SQLite {env['sqlite']}; commit {env['commit']}"
    )
    return "\n".join(line.rstrip() for line in lines)
