"""The story view: every version of a story at once — the figures table (with a range plot per
row) above the claims matrix, sorted as the reader asks; a click on an article's cell opens
the two-pane comparison on that figure or claim.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.compare import Story
from ui.language import fill
from ui.story_model import PLOT_ROLE, ClaimMatrixModel, FigureTableModel, PlotData

_SORT_LABELS = (
    ("outlets", QT_TRANSLATE_NOOP("StoryView", "Most outlets first")),
    ("spread", QT_TRANSLATE_NOOP("StoryView", "Widest spread first")),
    ("first", QT_TRANSLATE_NOOP("StoryView", "First appearance")),
)
PLOT_WIDTH = 200  # pixels of the spread column: wide enough to tell 60 from 100 on a log axis
# Five articles beside the two lead columns fit a 1,440-pixel window (the seeds' story).
ARTICLE_COLUMN_WIDTH = 125


@dataclass(frozen=True)
class StoryFocus:
    """What a click on a cell asks for: compare `left` and `right` (library ids) and bring
    forward the figure pair (`kind` "figure": quantity indexes) or the claim (`kind` "claim":
    sentence indexes) `left_index` / `right_index`."""

    kind: str
    left: int
    right: int
    left_index: int
    right_index: int


class RangePlotDelegate(QStyledItemDelegate):
    """Draws a figure row's spread: each article's interval on one axis (a dot for a single
    value, a bar for a range, an arrow for an open end), coloured by its relation; log scale
    when the values span orders of magnitude. When the articles' times are known the members
    run from the earliest (top) to the latest, each labelled with its time, a dotted line shows
    how the figure moved, and a ring marks an outlet's latest figure."""

    def __init__(self, colours, parent=None) -> None:
        super().__init__(parent)
        self.colours = colours

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        data: PlotData | None = index.data(PLOT_ROLE)
        if data is None:
            return
        rect = QRectF(option.rect).adjusted(8, 4, -8, -4)
        painter.save()
        # The axis runs left to right in both languages and its labels are times ("03-13
        # 09:40"): a painter takes the application's direction, under which an Arabic window
        # showed "09:40 03-13" and mirrored AlignLeft to the right.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        painter.setFont(small)
        labels = QRectF(rect)
        metrics = painter.fontMetrics()
        if data.timed:
            # A time axis down the left: members top to bottom from the earliest.
            width = min(max(metrics.horizontalAdvance(t) for t in data.times), rect.width() * 0.4)
            labels.setWidth(width)
            rect = rect.adjusted(width + 4, 0, 0, 0)
        axis_y = rect.bottom() - 3
        painter.setPen(QPen(option.palette.mid().color(), 1))
        painter.drawLine(QPointF(rect.left(), axis_y), QPointF(rect.right(), axis_y))
        rows = len(data.intervals)
        step = (rect.height() - 8) / max(rows, 1)
        # Rows closer than a line of the small font: only the earliest and latest are labelled.
        crowded = step < metrics.height()
        path: list[QPointF] = []
        for k, (lo, hi, relation) in enumerate(data.intervals):
            colour = self._colour(relation, option)
            y = rect.top() + step * (k + 0.5)
            pen = QPen(colour, 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            x0 = self._x(lo, data, rect) if lo is not None else rect.left()
            x1 = self._x(hi, data, rect) if hi is not None else rect.right()
            if abs(x1 - x0) < 2:
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x0, y), 3, 3)
            else:
                painter.drawLine(QPointF(x0, y), QPointF(x1, y))
                if hi is None:  # open above: an arrow head at the edge
                    painter.drawLine(QPointF(x1, y), QPointF(x1 - 5, y - 3))
                    painter.drawLine(QPointF(x1, y), QPointF(x1 - 5, y + 3))
            if not data.timed:
                continue
            time = data.times[k]
            if time != "?":
                path.append(QPointF((x0 + x1) / 2, y))
            if data.latest[k]:  # the latest figure of an outlet that gave several: a ring
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(colour, 1.5))
                painter.drawEllipse(QPointF(x1, y), 6, 6)
            if crowded and 0 < k < rows - 1:
                continue
            painter.setPen(option.palette.text().color())
            height = metrics.height()
            top = y - height / 2
            if crowded:  # the first label hangs from the top, the last sits on the bottom
                top = rect.top() - 2 if k == 0 else rect.bottom() - height + 2
            row = QRectF(labels.left(), top, labels.width(), height)
            text = metrics.elidedText(time, Qt.TextElideMode.ElideRight, int(labels.width()))
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if len(path) > 1:  # how the figure moved, from the earliest report to the latest
            painter.setPen(QPen(option.palette.mid().color(), 1, Qt.PenStyle.DotLine))
            for a, b in zip(path, path[1:], strict=False):
                painter.drawLine(a, b)
        painter.setPen(option.palette.text().color())
        label = self.tr("log", "a log-scale axis") if data.log else ""
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.restore()

    def _x(self, value: float, data: PlotData, rect: QRectF) -> float:
        lo, hi = data.axis_low, data.axis_high
        if data.log:
            value, lo, hi = (math.log10(max(v, 1e-9)) for v in (value, lo, hi))
        share = 0.5 if hi == lo else (value - lo) / (hi - lo)
        return rect.left() + max(0.0, min(1.0, share)) * rect.width()

    def _colour(self, relation: str | None, option) -> QColor:
        if self.colours is not None and relation is not None:
            colour = getattr(self.colours, f"{relation}_mark", None)
            if colour is not None:
                return colour
        return option.palette.text().color()


class StoryView(QWidget):
    """The story page. Signals: `focus_requested(StoryFocus)` on a click on an article's cell."""

    focus_requested = Signal(object)

    def __init__(self, colours=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyView")
        self._story: Story | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("storyHeading")
        self.heading.setWordWrap(True)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("storySort")
        for key, label in _SORT_LABELS:
            self.sort_box.addItem(self.tr(label), key)
        self.sort_box.currentIndexChanged.connect(
            lambda _i: self.sort_by(self.sort_box.currentData())
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Sort:"), self))
        top.addWidget(self.sort_box)

        self.figures_model = FigureTableModel(colours=colours, parent=self)
        self.claims_model = ClaimMatrixModel(colours=colours, parent=self)
        self.figures_table = self._table("storyFigures", self.figures_model)
        self.plot_delegate = RangePlotDelegate(colours, self.figures_table)
        self.figures_table.setItemDelegateForColumn(FigureTableModel.PLOT, self.plot_delegate)
        self.claims_table = self._table("storyClaims", self.claims_model)
        self.figures_table.clicked.connect(lambda i: self._on_clicked(self.figures_model, i))
        self.claims_table.clicked.connect(lambda i: self._on_clicked(self.claims_model, i))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, table in (
            (self.tr("Figures"), self.figures_table),
            (self.tr("Claims several outlets carry"), self.claims_table),
        ):
            box = QWidget(splitter)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"<b>{title}</b>", box)
            inner.addWidget(label)
            inner.addWidget(table)
            splitter.addWidget(box)
        splitter.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _table(self, name: str, model) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setWordWrap(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        return table

    def story(self) -> Story | None:
        return self._story

    def show_loading(self, count: int) -> None:
        self.heading.setText(fill(self.tr("Building the story of %1 articles…"), count))
        self.figures_model.set_story(None)
        self.claims_model.set_story(None)

    def show_message(self, text: str) -> None:
        self.heading.setText(text)

    def set_story(self, story: Story) -> None:
        self._story = story
        self.figures_model.set_story(story)
        self.claims_model.set_story(story)
        self.sort_by(self.sort_box.currentData())
        shared = sum(1 for f in story.figures if len(f.articles) > 1)
        self.heading.setText(
            fill(
                self.tr(
                    "<b>Story of %1 articles</b> — %2 figures given by several of them (%3 in "
                    "all), %4 claims carried by several. Click an article's cell to compare it "
                    "with the others on that row."
                ),
                len(story.articles),
                shared,
                len(story.figures),
                len(story.claims),
            )
        )
        for table, model in (
            (self.figures_table, self.figures_model),
            (self.claims_table, self.claims_model),
        ):
            header = table.horizontalHeader()
            for column in range(model.columnCount()):
                header.resizeSection(column, ARTICLE_COLUMN_WIDTH)
            table.resizeRowsToContents()
        self.figures_table.horizontalHeader().resizeSection(FigureTableModel.TOPIC, 150)
        self.figures_table.horizontalHeader().resizeSection(FigureTableModel.PLOT, PLOT_WIDTH)
        self.claims_table.horizontalHeader().resizeSection(0, 150)
        for row in range(self.figures_model.rowCount()):
            height = self.figures_table.rowHeight(row)
            members = len(self.figures_model.item(row).members)
            self.figures_table.setRowHeight(row, max(height, 12 + 9 * members))

    def sort_by(self, key: str) -> None:
        self.figures_model.sort_by(key)
        self.claims_model.sort_by(key)

    def set_colours(self, colours) -> None:
        self.figures_model.set_colours(colours)
        self.claims_model.set_colours(colours)
        self.plot_delegate.colours = colours
        self.figures_table.viewport().update()

    def focus_for(self, model, row: int, column: int) -> StoryFocus | None:
        """What clicking the cell (row, column) opens: this article's member beside the member
        of another article it stands in the strongest relation with (else the row's first
        member of another article)."""
        story = model.story()
        article = model.article_of_column(column)
        if story is None or article is None or not 0 <= row < model.rowCount():
            return None
        item = model.item(row)
        mine = model.members_in(row, article)
        if not mine:
            return None
        best = None
        for r in item.relations:
            for a, b in ((r.a, r.b), (r.b, r.a)):
                stronger = best is None or r.score > best[0]
                if a in mine and item.members[b].article != article and stronger:
                    best = (r.score, a, b)
        if best is None:
            other = next((k for k, m in enumerate(item.members) if m.article != article), None)
            if other is None:
                return None
            best = (0.0, mine[0], other)
        _, a, b = best
        ma, mb = item.members[a], item.members[b]
        if model is self.figures_model:
            kind, ia, ib = "figure", ma.index, mb.index
        else:
            kind, ia, ib = "claim", ma.sentence, mb.sentence
        return StoryFocus(
            kind, story.articles[ma.article].id, story.articles[mb.article].id, ia, ib
        )

    def _on_clicked(self, model, index: QModelIndex) -> None:
        focus = self.focus_for(model, index.row(), index.column())
        if focus is not None:
            self.focus_requested.emit(focus)
