"""One benchmark run: measure each figure in turn, judge it against its targets, and keep the
record. A figure whose code raises is an error (the run fails); one whose code is missing is
null with the reason (the run goes on).
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.figures import Figure, Result, Unavailable, evaluate, figures, overall
from bench.report import environment
from bench.workspace import Sizes, Workspace, is_project_module

FORMAT = "riwaya.bench/1"
# Figures measured first build what later ones reuse (article files, the imported library).
_MEASURE_ORDER = (
    "baseline_insert_per_s",
    "import_per_s",
    "quantities_ms",
    "baseline_diff_ms",
    "compare_ms",
    "compare_cached_ms",
    "related_ms",
    "story_s",
    "library_mb",
    "startup_s",
    "first_compare_ms",
    "paint_compare_ms",
    "max_stall_ms",
    "rss_mb",
    "peak_text_mb",
    "peak_docx_mb",
    "peak_zip_bomb_mb",
)
RATIOS = (
    ("import_slowdown_vs_raw_insert", "baseline_insert_per_s", "import_per_s"),
    ("compare_slowdown_vs_plain_diff", "compare_ms", "baseline_diff_ms"),
)


def run_benchmark(
    sizes: Sizes,
    *,
    mode: str,
    only: Iterable[str] | None = None,
    seed: int = 0,
    root: Path | None = None,
    log: Callable[[str], None] | None = None,
) -> dict:
    """Measure the figures named in `only` (all by default) and return the run's record."""
    chosen = tuple(figures())
    if only is not None:
        wanted = set(only)
        unknown = wanted - {f.name for f in chosen}
        if unknown:
            raise ValueError(f"unknown figure(s): {', '.join(sorted(unknown))}")
        chosen = tuple(f for f in chosen if f.name in wanted)
    order = sorted(chosen, key=lambda f: _MEASURE_ORDER.index(f.name))
    started = time.perf_counter()
    env = environment()
    with tempfile.TemporaryDirectory(prefix="riwaya-bench-", dir=root) as scratch:
        ws = Workspace(Path(scratch), sizes, seed=seed, log=log)
        results: dict[str, tuple[Result | None, str | None]] = {}
        durations: dict[str, float] = {}
        for figure in order:
            ws.log(f"{figure.name}: {figure.description} …")
            begun = time.perf_counter()
            results[figure.name] = _measure(figure, ws)
            durations[figure.name] = round(time.perf_counter() - begun, 1)
            result, error = results[figure.name]
            ws.log(f"  {_short(result, error)}  ({durations[figure.name]} s)")
            gc.collect()
    values = {name: (r.value if r else None) for name, (r, _) in results.items()}
    record = {
        "format": FORMAT,
        "mode": mode,
        "environment": env,
        "sizes": ws.describe(),
        "figures": {},
        "ratios": {},
        "errors": [],
    }
    for figure in chosen:
        result, error = results[figure.name]
        checks = evaluate(figure, values)
        entry = {
            "value": None if result is None or result.value is None else round(result.value, 4),
            "unit": figure.unit,
            "description": figure.description,
            "targets": checks,
            "met": overall(checks) if result is not None and result.value is not None else None,
            "measured_in_s": durations[figure.name],
        }
        if result is not None and result.reason:
            entry["reason"] = result.reason
        if result is not None and result.details:
            entry["details"] = result.details
        if error:
            entry["error"] = error.splitlines()[-1]
            entry["reason"] = "the code under test raised"
            record["errors"].append({"figure": figure.name, "traceback": error})
        record["figures"][figure.name] = entry
    for name, numerator, denominator in RATIOS:
        a, b = values.get(numerator), values.get(denominator)
        if a is not None and b:
            record["ratios"][name] = round(a / b, 2)
    record["elapsed_s"] = round(time.perf_counter() - started, 1)
    # Other work on the machine during the run skews figures: the load at the end tells.
    record["environment"]["load_average_at_end"] = _load_average()
    return record


def _load_average() -> list[float] | None:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def _measure(figure: Figure, ws: Workspace) -> tuple[Result | None, str | None]:
    try:
        return figure.measure(ws), None
    except Unavailable as e:
        return Result(None, reason=str(e)), None
    except ModuleNotFoundError as e:
        # A module of the project that has not landed yet, found missing deep inside.
        if is_project_module(e.name):
            return Result(None, reason=f"{e.name} not importable: {e}"), None
        return None, traceback.format_exc()
    except Exception:  # noqa: BLE001 - recorded, printed, and the run's exit status says so
        return None, traceback.format_exc()


def _short(result: Result | None, error: str | None) -> str:
    if error:
        return "ERROR: " + error.strip().splitlines()[-1]
    if result is None or result.value is None:
        return f"n/a: {result.reason if result else ''}"
    return f"{result.value:,.3f}"
