"""Synchronised scrolling of the two panes, interpolated through display rows (after Meld's
`_sync_vscroll`): the row at the sync point of the pane the reader moves is put at the same
point of the other pane. A re-entrancy guard stops the other pane from moving the first back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar


def sync_point(value: float, page: float, maximum: float) -> float:
    """Where in the page (0 top … 1 bottom) the panes are held level.

    The middle of the page, except within half a page of either end, where it slides to the
    edge: both panes then reach their top and their bottom together.
    """
    if page <= 0:
        return 0.5
    if maximum <= 0:
        return 0.0
    half = page / 2
    if value < half:
        point = value / page
    elif value > maximum - half:
        point = 1 - (maximum - value) / page
    else:
        point = 0.5
    return min(1.0, max(0.0, point))


def map_through_rows(y: float, source: tuple[float, ...], target: tuple[float, ...]) -> float:
    """The y in the target pane level with `y` in the source pane.

    `source`/`target` are the top of each row (plus the end) in each pane; within a row the
    position is interpolated, so scrolling stays smooth even while rows differ in height.
    """
    if len(source) < 2 or len(source) != len(target):
        return y
    i = bisect_right(source, y) - 1
    if i < 0:
        return target[0] + (y - source[0])
    if i >= len(source) - 1:
        return target[-1] + (y - source[-1])
    height = source[i + 1] - source[i]
    fraction = (y - source[i]) / height if height > 0 else 0.0
    return target[i] + fraction * (target[i + 1] - target[i])


class ScrollSync(QObject):
    """Keeps two vertical scroll bars level through the rows they show."""

    def __init__(
        self,
        bars: tuple[QScrollBar, QScrollBar],
        on_scrolled: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bars = bars
        self._rows: tuple[tuple[float, ...], tuple[float, ...]] = ((), ())
        self._locked = False
        self._on_scrolled = on_scrolled
        for index, bar in enumerate(bars):
            bar.valueChanged.connect(lambda _value, index=index: self._scrolled(index))
            bar.rangeChanged.connect(lambda *_: self._on_scrolled())

    def set_rows(self, first: tuple[float, ...], second: tuple[float, ...]) -> None:
        """Row tops of both panes (same number of rows), in document pixels."""
        self._rows = (first, second)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Move bars without the other following (a jump that places each pane itself)."""
        was = self._locked
        self._locked = True
        try:
            yield
        finally:
            self._locked = was
        self._on_scrolled()

    def resync(self, master: int = 1) -> None:
        """Bring the other pane level with `master` (after rows changed height)."""
        self._scrolled(master)

    def _scrolled(self, master: int) -> None:
        # The guard discards, rather than queues, the calls our own setValue provokes.
        if self._locked:
            return
        self._locked = True
        try:
            source_bar, target_bar = self._bars[master], self._bars[1 - master]
            point = sync_point(source_bar.value(), source_bar.pageStep(), source_bar.maximum())
            y = source_bar.value() + source_bar.pageStep() * point
            other = map_through_rows(y, self._rows[master], self._rows[1 - master])
            target_bar.setValue(round(other - target_bar.pageStep() * point))
        finally:
            self._locked = False
        self._on_scrolled()
