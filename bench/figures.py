"""The figures the benchmark reports, their targets, and what a measurement returns.

A figure's `measure` takes the run's `Workspace` and returns a `Result`. To add one (related
articles, story grouping), write its measure function and put it in `FIGURES` in place of
`not_implemented(...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.workspace import Workspace


class Unavailable(Exception):  # noqa: N818 - a state, not a failure
    """The code a figure measures does not exist yet or cannot be imported: the figure is
    reported as null with this reason, and the run goes on."""


@dataclass(frozen=True)
class Result:
    value: float | None
    details: dict = field(default_factory=dict)
    reason: str | None = None  # why `value` is None


Values = Mapping[str, float | None]


@dataclass(frozen=True)
class Target:
    """One condition on a figure; `check` returns None when a figure it needs is missing."""

    text: str
    check: Callable[[float, Values], bool | None]


def below(limit: float) -> Target:
    return Target(f"< {limit:g}", lambda value, _: value < limit)


def above(limit: float) -> Target:
    return Target(f"> {limit:g}", lambda value, _: value > limit)


def slower_than_at_most(baseline: str, factor: float, *, rate: bool = False) -> Target:
    """Within `factor` of a baseline measured in the same run: for a time, value ≤ factor ×
    baseline; for a rate (higher is better), value ≥ baseline / factor."""

    def check(value: float, values: Values) -> bool | None:
        base = values.get(baseline)
        if base is None or base <= 0 or value <= 0:
            return None
        return base / value <= factor if rate else value / base <= factor

    return Target(f"within {factor:g}× of {baseline}", check)


@dataclass(frozen=True)
class Figure:
    name: str
    unit: str
    description: str
    targets: tuple[Target, ...]
    measure: Callable[[Workspace], Result]
    digits: int = 1


def not_implemented(feature: str) -> Callable[[Workspace], Result]:
    def measure(_: Workspace) -> Result:
        raise Unavailable(f"not implemented: {feature} does not exist yet")

    return measure


def evaluate(figure: Figure, values: Values) -> list[dict]:
    """Each target of `figure` with whether the run met it (None: could not be judged)."""
    value = values.get(figure.name)
    checks = []
    for target in figure.targets:
        met = None if value is None else target.check(value, values)
        checks.append({"target": target.text, "met": met})
    return checks


def overall(checks: list[dict]) -> bool | None:
    if not checks or any(c["met"] is None for c in checks):
        return None if not any(c["met"] is False for c in checks) else False
    return all(c["met"] for c in checks)


def figures() -> tuple[Figure, ...]:
    """Every figure, in the order the issue lists them (and the table shows them)."""
    from bench import hostile_figures as hostile
    from bench import service_figures as services
    from bench import story_figures as stories
    from bench import window_figures as window

    return (
        Figure(
            "startup_s",
            "s",
            "process start to the first painted main window, library of the run's size",
            (below(0.5),),
            window.startup,
            digits=3,
        ),
        Figure(
            "import_per_s",
            "articles/s",
            "1,000-word .txt files into a fresh library: read, clean, analyse, store, index",
            (above(200), slower_than_at_most("baseline_insert_per_s", 10, rate=True)),
            services.import_rate,
        ),
        Figure(
            "baseline_insert_per_s",
            "articles/s",
            "baseline: the same texts inserted raw with sqlite-utils insert_all",
            (),
            services.baseline_insert_rate,
        ),
        Figure(
            "quantities_ms",
            "ms",
            "extract_quantities on one 1,000-word article",
            (below(10),),
            services.quantities_time,
            digits=2,
        ),
        Figure(
            "compare_ms",
            "ms",
            "compare two 1,000-word versions from raw text, nothing cached",
            (below(50), slower_than_at_most("baseline_diff_ms", 5)),
            services.compare_time,
            digits=2,
        ),
        Figure(
            "compare_cached_ms",
            "ms",
            "compare two 1,000-word versions stored with their analyses, as the app does",
            (below(10),),
            services.compare_cached_time,
            digits=2,
        ),
        Figure(
            "baseline_diff_ms",
            "ms",
            "baseline: plain diff-match-patch diff_main of the same two texts",
            (),
            services.baseline_diff_time,
            digits=2,
        ),
        Figure(
            "related_ms",
            "ms",
            "articles related to one, library of 10,000 (quick: 1,000); recall in details",
            (below(200),),
            stories.related_time,
            digits=2,
        ),
        Figure(
            "story_s",
            "s",
            "the story (claims and figures) of 50 stored articles, every pair compared",
            (below(5),),
            stories.story_time,
            digits=2,
        ),
        Figure(
            "library_mb",
            "MiB",
            "the story library's file (10,000 articles; quick: 1,000) with its log",
            (below(1024),),
            stories.library_size,
        ),
        Figure(
            "first_compare_ms",
            "ms",
            "the first comparison after the window starts, to its first paint",
            (below(300),),
            stories.first_compare_time,
        ),
        Figure(
            "paint_compare_ms",
            "ms",
            "two articles selected in the window to the compare view painted",
            (below(150),),
            window.paint_compare,
        ),
        Figure(
            "max_stall_ms",
            "ms",
            "longest event-loop stall during a background import in the window",
            (below(100),),
            window.import_stall,
        ),
        Figure(
            "rss_mb",
            "MiB",
            "resident memory, main window open on the big library",
            (below(300),),
            window.memory,
        ),
        Figure(
            "peak_text_mb",
            "MiB",
            "peak memory importing a 31 MB .txt (quick: 8 MB) in a fresh process",
            (below(1024),),
            hostile.text_peak,
        ),
        Figure(
            "peak_docx_mb",
            "MiB",
            "peak memory importing a .docx of 50 MB of paragraphs (quick: 10 MB)",
            (below(1024),),
            hostile.paragraphs_docx_peak,
        ),
        Figure(
            "peak_zip_bomb_mb",
            "MiB",
            "peak memory importing a .docx inflating to 1 GB (quick: 100 MB)",
            (below(1024),),
            hostile.zip_bomb_peak,
        ),
    )
