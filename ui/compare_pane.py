"""One version in the compare view: a read-only, right-to-left text view with one block per
display row, so that a row's sentence can be made exactly as tall as the one opposite.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QWidget

from ui.highlights import CharFormats, Highlight, Mark, PaneText, segments
from ui.positions import Utf16Positions

# Characters that would end a block if inserted; each becomes a space of the same UTF-16 length
# so that offsets stay valid (sentences are split on line breaks, but a stray one must not
# shift every highlight after it).
_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\v": " ", "\f": " "})

# Flash on, off, on, off (milliseconds each): enough to catch the eye after a jump.
FLASH_STEPS = (260, 140, 420)


@dataclass(frozen=True)
class RowGeometry:
    """Where display rows sit in this pane's document (document coordinates, pixels).

    `tops` has one entry per row plus the document's end; `text_bottoms[r]` is where row r's
    own text ends (the rest, down to `tops[r + 1]`, is spacing that levels it with the other
    pane).
    """

    tops: tuple[float, ...]
    text_bottoms: tuple[float, ...]


class ComparePane(QTextEdit):
    """A read-only pane showing one `PaneText`. It draws what it is given and knows nothing of
    the other pane: the compare view levels rows and synchronises scrolling."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Selectable by mouse (analysts copy excerpts), without a blinking caret: the pane is
        # for reading, and the keyboard scrolls it.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._pane: PaneText | None = None
        self._positions = Utf16Positions("")
        self._row_of_sentence: dict[int, int] = {}
        self._block_starts: list[int] = []  # UTF-16 position of each row's block
        # (start, end, mark, rich text maker) in document positions
        self._tips: list[tuple[int, int, Mark, Callable[[], str]]] = []
        self._tip_starts: list[int] = []
        self._tip_reach = 0  # the longest tooltip span: how far back a covering one can start
        self._row_gap = 0.0
        self._flash_ranges: list[tuple[int, int]] = []
        self._found: list[QTextEdit.ExtraSelection] = []  # Find in article's matches
        self._flash_colour = QColor("#fff59d")
        self._flash_step = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._next_flash_step)

    # Content -------------------------------------------------------------------------------

    @property
    def pane_text(self) -> PaneText | None:
        return self._pane

    def show_text(self, pane: PaneText, formats: CharFormats, font: QFont) -> None:
        """Build the document for `pane` in one pass: blocks, texts and formats together."""
        self._found = []  # positions in the old document
        self._stop_flash()
        self._pane = pane
        self._positions = Utf16Positions(pane.article.text)
        self._flash_colour = formats.colours.flash_tint
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(font)
        document.setDocumentMargin(12)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self._row_gap = round(font.pointSizeF() * 0.9)

        plain = QTextBlockFormat()
        plain.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        plain.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        plain.setBottomMargin(self._row_gap)
        linked = QTextBlockFormat(plain)
        linked.setBackground(formats.colours.shared_tint)

        highlights = _HighlightIndex(pane.highlights)
        sentences = pane.sentences
        self._row_of_sentence = {}
        self._block_starts = []
        self._tips = []
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for row, index in enumerate(pane.rows):
            block_format = linked if index is not None and index in pane.linked else plain
            if row == 0:
                cursor.setBlockFormat(block_format)
            else:
                cursor.insertBlock(block_format, QTextCharFormat())
            block_start = cursor.position()
            self._block_starts.append(block_start)
            if index is None or not 0 <= index < len(sentences):
                continue
            sentence = sentences[index]
            self._row_of_sentence[index] = row
            inside = highlights.overlapping(sentence.start, sentence.end)
            base = self._positions.to_utf16(sentence.start)
            text = pane.article.text
            for start, end, marks in segments(sentence.start, sentence.end, inside):
                cursor.insertText(text[start:end].translate(_BREAKS), formats.for_marks(marks))
            for h in inside:
                if h.tooltip:
                    lo = block_start + self._positions.to_utf16(max(h.start, sentence.start)) - base
                    hi = block_start + self._positions.to_utf16(min(h.end, sentence.end)) - base
                    self._tips.append((lo, hi, h.mark, h.tooltip))
        cursor.endEditBlock()
        self._tips.sort(key=lambda tip: (tip[0], tip[1]))
        self._tip_starts = [tip[0] for tip in self._tips]
        self._tip_reach = max((tip[1] - tip[0] for tip in self._tips), default=0)
        # The previous document is our child: QTextEdit deletes it.
        self.setDocument(document)

    def clear_text(self) -> None:
        self._found = []
        self._stop_flash()
        self._pane = None
        self._row_of_sentence = {}
        self._block_starts = []
        self._tips = []
        self._tip_starts = []
        self.clear()

    def set_reading_font(self, font: QFont) -> None:
        self.document().setDefaultFont(font)
        self._row_gap = round(font.pointSizeF() * 0.9)

    # Levelling rows ---------------------------------------------------------------------------

    def natural_heights(self) -> list[float]:
        """Each row's own text height at the current width, without the levelling space."""
        layout = self.document().documentLayout()
        heights = []
        block = self.document().firstBlock()
        while block.isValid():
            heights.append(layout.blockBoundingRect(block).height())
            block = block.next()
        return heights

    def level_rows(self, heights: list[float], naturals: list[float]) -> None:
        """Make row r exactly `heights[r]` + the row gap tall, by its bottom margin;
        `naturals` are this pane's `natural_heights()`.

        One edit block: the document relays itself out once, not once per row.
        """
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.firstBlock()
        row = 0
        while block.isValid() and row < len(heights):
            margin = self._row_gap + max(0.0, heights[row] - naturals[row])
            if abs(block.blockFormat().bottomMargin() - margin) > 0.25:
                block_format = block.blockFormat()
                block_format.setBottomMargin(margin)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(block_format)
            block = block.next()
            row += 1
        # Qt leaves out the last block's bottom margin from the document's height: the root
        # frame's own margin levels the ends instead, so both panes scroll to the same bottom.
        if heights and naturals:
            frame = document.rootFrame()
            frame_format = frame.frameFormat()
            frame_format.setBottomMargin(
                document.documentMargin() + self._row_gap + max(0.0, heights[-1] - naturals[-1])
            )
            frame.setFrameFormat(frame_format)
        cursor.endEditBlock()

    def row_geometry(self) -> RowGeometry:
        layout = self.document().documentLayout()
        tops: list[float] = []
        bottoms: list[float] = []
        block = self.document().firstBlock()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            tops.append(rect.top())
            bottoms.append(rect.bottom())
            block = block.next()
        tops.append(layout.documentSize().height())
        return RowGeometry(tuple(tops), tuple(bottoms))

    # Positions -------------------------------------------------------------------------------

    def row_of_sentence(self, index: int) -> int | None:
        return self._row_of_sentence.get(index)

    def document_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Document positions of the article's code-point span [start, end), which must lie
        within one displayed sentence; None when that sentence is not shown."""
        pane = self._pane
        if pane is None:
            return None
        for index, row in self._row_of_sentence.items():
            sentence = pane.sentences[index]
            if sentence.start <= start < sentence.end or (start == end == sentence.start):
                end = min(end, sentence.end)
                base = self._positions.to_utf16(sentence.start)
                block = self._block_starts[row]
                return (
                    block + self._positions.to_utf16(start) - base,
                    block + self._positions.to_utf16(end) - base,
                )
        return None

    def y_of_position(self, position: int) -> float:
        """Document y of the line holding `position`."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return 0.0
        layout = block.layout()
        top = self.document().documentLayout().blockBoundingRect(block).top()
        line = layout.lineForTextPosition(position - block.position())
        return top + (line.y() if line.isValid() else 0.0)

    def selected_range_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def format_at(self, position: int) -> QTextCharFormat:
        """The character format of the character at `position` (for tests and accessibility)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat()

    # Flash -----------------------------------------------------------------------------------

    def flash(self, ranges: list[tuple[int, int]]) -> None:
        """Blink a highlight over `ranges` (document positions) to show where a jump landed."""
        self._flash_ranges = list(ranges)
        self._flash_step = 0
        self._apply_flash(True)
        self._flash_timer.start(FLASH_STEPS[0])

    def is_flashing(self) -> bool:
        return bool(self.extraSelections())

    def _next_flash_step(self) -> None:
        self._flash_step += 1
        if self._flash_step >= len(FLASH_STEPS):
            self._stop_flash()
            return
        self._apply_flash(self._flash_step % 2 == 0)
        self._flash_timer.start(FLASH_STEPS[self._flash_step])

    def set_found_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show Find in article's matches; a flash draws over them while it lasts."""
        self._found = list(selections)
        self._apply_flash(bool(self._flash_ranges))

    def _apply_flash(self, on: bool) -> None:
        selections = list(self._found)
        if on:
            for start, end in self._flash_ranges:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setBackground(self._flash_colour)
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)

    def _stop_flash(self) -> None:
        self._flash_timer.stop()
        self._flash_ranges = []
        if self.extraSelections() or self._found:
            self.setExtraSelections(self._found)

    # Qt overrides ----------------------------------------------------------------------------

    def tooltip_at(self, position: int) -> str:
        """The rich-text tooltips of the highlights covering document `position`, figures
        before changed words."""
        i = bisect_right(self._tip_starts, position) - 1
        found = []
        while i >= 0:
            start, end, mark, text = self._tips[i]
            if start <= position < end:
                found.append((mark, text))
            elif start < position - self._tip_reach:
                break
            i -= 1
        found.sort(key=lambda item: item[0], reverse=True)
        return "<hr/>".join(text() for _, text in found)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(
                event.pos().x() + self.horizontalScrollBar().value(),
                event.pos().y() + self.verticalScrollBar().value(),
            )
            hit = self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
            text = self.tooltip_at(hit) if hit >= 0 else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Without a caret, Home and End would do nothing: they go to the top and the bottom.
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()


class _HighlightIndex:
    """Highlights sorted by start, found per sentence by binary search: rows come in display
    order, which is not the article's order when claims moved."""

    def __init__(self, highlights: tuple[Highlight, ...]) -> None:
        self._highlights = highlights
        self._starts = [h.start for h in highlights]
        self._reach = max((h.end - h.start for h in highlights), default=0)

    def overlapping(self, start: int, end: int) -> list[Highlight]:
        lo = bisect_left(self._starts, start - self._reach)
        hi = bisect_left(self._starts, end)
        return [h for h in self._highlights[lo:hi] if h.end > start]
