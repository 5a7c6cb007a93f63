"""The strip between the panes: a connector band for each shared claim and a mark for each
moved one. Geometry is computed when rows are levelled; painting only offsets and draws it.

Mirrored for right-to-left reading (as Meld's `linkmap.py` reverses its views under RTL): the
band's right end belongs to the right-hand pane, which holds the version read first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

GUTTER_WIDTH = 52
MOVED_GLYPH = "⇅"


@dataclass(frozen=True)
class Band:
    """A link drawn from the left pane's [left_top, left_bottom] to the right pane's
    [right_top, right_bottom], in each pane's document coordinates."""

    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float
    identical: bool = False


@dataclass(frozen=True)
class MovedMark:
    """A moved claim's marker at document y `left_y` / `right_y` (centre of its row)."""

    left_y: float
    right_y: float
    tooltip: str


class Gutter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(GUTTER_WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._bars: tuple[QScrollBar, QScrollBar] | None = None
        self._offsets = (0.0, 0.0)  # viewport top of each pane relative to the gutter's top
        self._bands: tuple[Band, ...] = ()
        self._marks: tuple[MovedMark, ...] = ()
        self._fill = QColor("#e2ebf8")
        self._line = QColor("#3f6db3")
        self._moved = QColor("#6a5acd")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(GUTTER_WIDTH, 100)

    def set_scroll_bars(self, left: QScrollBar, right: QScrollBar) -> None:
        self._bars = (left, right)

    def set_colours(self, fill: QColor, line: QColor, moved: QColor) -> None:
        # Translucent, so that where bands cross (a claim moved, split or merged) each one can
        # still be followed through the others.
        self._fill = QColor(fill)
        self._fill.setAlpha(170)
        self._line = QColor(line)
        self._line.setAlpha(200)
        self._moved = moved
        self.update()

    def set_geometry(
        self,
        bands: tuple[Band, ...],
        marks: tuple[MovedMark, ...],
        offsets: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        """Bands sorted by their upper edge; `offsets` place each pane's viewport in the gutter."""
        self._bands = tuple(sorted(bands, key=lambda b: min(b.left_top, b.right_top)))
        self._marks = marks
        self._offsets = offsets
        self.update()

    def clear(self) -> None:
        self.set_geometry((), ())

    @property
    def bands(self) -> tuple[Band, ...]:
        return self._bands

    def _shifts(self) -> tuple[float, float]:
        """How far each pane's document is scrolled, as gutter y: document y + shift."""
        if self._bars is None:
            return self._offsets
        left, right = self._bars
        return self._offsets[0] - left.value(), self._offsets[1] - right.value()

    def visible_bands(self) -> list[Band]:
        """The bands that cross the gutter's height at the current scroll positions."""
        left_shift, right_shift = self._shifts()
        height = self.height()
        visible = []
        for band in self._bands:
            top = min(band.left_top + left_shift, band.right_top + right_shift)
            if top > height:
                break  # sorted by upper edge: every later band starts lower still
            bottom = max(band.left_bottom + left_shift, band.right_bottom + right_shift)
            if bottom >= 0:
                visible.append(band)
        return visible

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(event.rect())
        width = float(self.width())
        left_shift, right_shift = self._shifts()
        curve = width / 3
        painter.setPen(QPen(self._line, 1))
        for band in self.visible_bands():
            lt, lb = band.left_top + left_shift, band.left_bottom + left_shift
            rt, rb = band.right_top + right_shift, band.right_bottom + right_shift
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(curve, lt, width - curve, rt, width, rt)
            path.lineTo(width, rb)
            path.cubicTo(width - curve, rb, curve, lb, 0, lb)
            path.closeSubpath()
            painter.fillPath(path, self._fill)
            painter.drawPath(path)
        if self._marks:
            font = QFont(self.font())
            font.setPixelSize(16)
            painter.setFont(font)
            painter.setPen(self._moved)
            for rect, _ in self._mark_rects(left_shift, right_shift):
                painter.fillRect(rect.adjusted(3, 1, -3, -1), self.palette().base())
                painter.drawRect(rect.adjusted(3, 1, -3, -1))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, MOVED_GLYPH)
        painter.end()

    def _mark_rects(self, left_shift: float, right_shift: float) -> list[tuple[QRectF, str]]:
        height = self.height()
        rects = []
        for mark in self._marks:
            y = (mark.left_y + left_shift + mark.right_y + right_shift) / 2
            if -20 <= y <= height + 20:
                rects.append((QRectF(0, y - 11, self.width(), 22), mark.tooltip))
        return rects

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            left_shift, right_shift = self._shifts()
            for rect, tooltip in self._mark_rects(left_shift, right_shift):
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), tooltip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Scrolling over the gutter scrolls the panes, as it does over either of them.
        if self._bars is not None:
            QCoreApplication.sendEvent(self._bars[1], event)
