"""How the benchmark measures: repetitions and their median, resident memory, and the longest
stall of a Qt event loop.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Samples:
    """Repeated measurements of one quantity, in the figure's unit."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def summary(self, digits: int = 3) -> dict:
        return {
            "median": round(self.median, digits),
            "min": round(min(self.values), digits),
            "max": round(max(self.values), digits),
            "samples": [round(v, digits) for v in self.values],
        }


def time_calls(fn: Callable[[], object], *, repeat: int, warmup: int = 1) -> Samples:
    """Wall-clock seconds of `fn()` over `repeat` calls, after `warmup` calls not counted.

    The garbage collector runs between calls, not during them, so one call does not pay for
    another's garbage.
    """
    for _ in range(warmup):
        fn()
    values = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        values.append(time.perf_counter() - start)
    return Samples(tuple(values))


def scaled(samples: Samples, factor: float) -> Samples:
    return Samples(tuple(v * factor for v in samples.values))


def _status_mb(field: str) -> float | None:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return None


def rss_mb() -> float:
    """Resident memory of this process now, in MiB (peak resident memory where /proc is
    missing, which can only overstate it)."""
    return _status_mb("VmRSS") or peak_rss_mb()


def peak_rss_mb() -> float:
    """The most resident memory this process has had, in MiB."""
    # VmHWM starts afresh at exec; ru_maxrss on Linux carries the parent's peak across it.
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class StallMonitor:
    """The longest gap between ticks of a fast timer on the Qt event loop.

    A timer asked to tick every `interval_ms` ticks late by however long the loop was busy;
    the longest gap between two ticks bounds the longest freeze a user could have felt (it
    includes the interval itself, so it overstates a stall by at most `interval_ms`).
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self._started = 0.0
        self.gaps: list[float] = []
        self.ends: list[float] = []  # when each gap ended, seconds after start()

    def start(self) -> None:
        self._last = self._started = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append((now - self._last) * 1000)
            self.ends.append(now - self._started)
        self._last = now

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps, default=0.0)

    def slow_gaps(self, over_ms: float) -> int:
        return sum(1 for g in self.gaps if g > over_ms)

    def longest(self, count: int = 5) -> list[tuple[float, float]]:
        """The longest gaps as (ms, seconds after start when it ended), longest first."""
        return sorted(zip(self.gaps, self.ends, strict=True), reverse=True)[:count]
