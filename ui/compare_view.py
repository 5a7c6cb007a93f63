"""The compare view: two versions side by side, right to left, linked claims level with each
other, a gutter of connector bands between them, and the findings list below.

It shows a `Comparison` and computes nothing about the texts: rows, links, word differences
and discrepancies all come from the comparison engine.

Over 600 lines: the two panes, the gutter and the findings list are kept level by one scroll
lock and one row layout that live here; the find bar, legend and triage are already apart.

Longer than 500 lines: levelling rows, the gutter's geometry and jumping to a finding all read
and write the same state (the panes' row geometry and the side shown on the right).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.models import Annotations, Comparison, Row
from ui.compare_pane import ComparePane, RowGeometry
from ui.findings import Finding, build_findings
from ui.findings_panel import FindingsPanel
from ui.fonts import DEFAULT_READING_POINT_SIZE, arabic_font
from ui.gutter import Band, Gutter, MovedMark
from ui.highlights import CharFormats, Side, first_version, outlet_name, pane_text, side_of
from ui.language import fill
from ui.row_layout import display_rows
from ui.scroll_sync import ScrollSync
from ui.theme import ReadingColours, reading_colours
from ui.version_header import VersionHeader

# A resize re-levels rows once the reader stops dragging (calibre waits 300 ms; rows drift
# apart only while the drag lasts, so a shorter wait feels steadier).
RESIZE_DEBOUNCE_MS = 120
# Where a jump puts its target: a third of the way down, with context above it.
JUMP_POINT = 0.3


@dataclass(frozen=True)
class _Target:
    """Where a finding sits in one pane: document span and y."""

    span: tuple[int, int]
    y: float


class CompareView(QWidget):
    """Two versions of a story side by side. The first (or earlier) version sits on the RIGHT,
    where an Arabic reader starts; `swap()` exchanges the sides.

    Public interface: `set_comparison(c, left_label=, right_label=)` (alias `show_comparison`),
    `clear()`, `swap()`, `next_discrepancy()` / `previous_discrepancy()` (F7 / Shift+F7),
    `show_finding(i)` (alias `go_to_finding`), `set_font_size(pt)` (alias `set_point_size`),
    `set_colours(colours)`, `show_loading()`, `show_message(text)`.
    `findings` is the FindingsPanel, under the panes unless one is passed in (`findings=`) for
    the window to place. Signals: `swapped`, `finding_activated(object)` (a `Finding`),
    `comparison_shown`, `wrapped(message)`. The current finding stays in view when the sides
    are swapped, the text is zoomed or the colours change.
    """

    swapped = Signal()
    finding_activated = Signal(object)
    wrapped = Signal(str)  # F7 went round from the last discrepancy to the first (or back)
    comparison_shown = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        findings: FindingsPanel | None = None,
        colours: ReadingColours | None = None,
        font_size: float = DEFAULT_READING_POINT_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._comparison: Comparison | None = None
        self._labels: dict[Side, str] = {}
        self._right_side = Side.LEFT  # the comparison side shown in the right-hand pane
        self._base = Side.LEFT  # the side read first (words only it has count as deleted)
        # Without colours given, the view follows the palette (the system's light or dark).
        self._follows_palette = colours is None
        self._colours = colours or reading_colours()
        self._formats = CharFormats(self._colours)
        self._font_size = font_size
        self._rows: tuple[Row, ...] = ()  # display rows
        self._findings: tuple[Finding, ...] = ()
        self._annotations: Annotations | None = None
        self._current: int | None = None
        self._pending_first = False
        self._filling = False
        self._levelled_widths: tuple[int, int] | None = None
        self._geometry: tuple[RowGeometry, RowGeometry] | None = None

        self.left_pane = ComparePane(self)
        self.left_pane.setObjectName("leftPane")
        self.right_pane = ComparePane(self)
        self.right_pane.setObjectName("rightPane")
        # One scroll bar, at the outer right edge: the left pane follows through the sync.
        self.left_pane.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right_pane.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.gutter = Gutter(self)
        self.gutter.set_scroll_bars(
            self.left_pane.verticalScrollBar(), self.right_pane.verticalScrollBar()
        )
        self.left_header = VersionHeader(self)
        self.right_header = VersionHeader(self)
        self.swap_button = QToolButton(self)
        self.swap_button.setObjectName("swapButton")
        self.swap_button.setText("⇄")
        self.swap_button.setToolTip(self.tr("Swap sides"))
        self.swap_button.setAccessibleName(self.tr("Swap sides"))
        self.swap_button.clicked.connect(self.swap)
        self.swap_button.setEnabled(False)

        panes = QWidget(self)
        # Not mirrored in an Arabic interface: the version read first already sits on the
        # right, where an Arabic reader starts, and the gutter joins the panes as placed.
        panes.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(panes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.left_header, 0, 0)
        grid.addWidget(self.swap_button, 0, 1, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.right_header, 0, 2)
        grid.addWidget(self.left_pane, 1, 0)
        grid.addWidget(self.gutter, 1, 1)
        grid.addWidget(self.right_pane, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        # Equal columns whatever the headers say: neither version is favoured on screen.
        grid.setColumnMinimumWidth(0, 160)
        grid.setColumnMinimumWidth(2, 160)
        grid.setRowStretch(1, 1)

        self.banner = QLabel(self)
        self.banner.setObjectName("compareBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        # The findings list sits under the panes, its excerpts under the pane they come from,
        # unless the window hands in a panel of its own to place elsewhere.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(panes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        if findings is None:
            findings = FindingsPanel(self.splitter)
            self.splitter.addWidget(findings)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
            self.splitter.setSizes([560, 220])
        self._attach_findings(findings)

        self._sync = ScrollSync(
            (self.left_pane.verticalScrollBar(), self.right_pane.verticalScrollBar()),
            on_scrolled=self.gutter.update,
            parent=self,
        )
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DEBOUNCE_MS)
        self._resize_timer.timeout.connect(self._level_rows)
        self.left_pane.resized.connect(self._pane_resized)
        self.right_pane.resized.connect(self._pane_resized)
        self._apply_font()
        self._apply_colours()
        self.clear()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1000, 700)

    # Showing a comparison --------------------------------------------------------------------

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @property
    def right_side(self) -> Side:
        """The comparison side shown in the right-hand pane."""
        return self._right_side

    def set_comparison(
        self,
        comparison: Comparison,
        *,
        left_label: str | None = None,
        right_label: str | None = None,
        right_side: Side | None = None,
        annotations: Annotations | None = None,
    ) -> None:
        """Show `comparison`, with the analyst's `annotations` (triage and notes). Labels name
        the comparison's left/right versions in headers and tooltips (default: each article's
        outlet). `right_side` puts that comparison side in
        the right-hand pane (an article dropped there, say); by default the version read first
        (the earlier, or the left one) goes there."""
        self._comparison = comparison
        self._labels = {}
        if left_label:
            self._labels[Side.LEFT] = left_label
        if right_label:
            self._labels[Side.RIGHT] = right_label
        self._base = first_version(comparison)
        self._right_side = self._base if right_side is None else right_side
        self._rows = display_rows(comparison.rows, comparison.links)
        self._annotations = annotations
        self._findings = build_findings(comparison, annotations)
        self._current = None
        self.findings.set_findings(comparison, self._findings, base=self._base, labels=self._labels)
        self.banner.hide()
        self.swap_button.setEnabled(True)
        # Opening a comparison shows its first discrepancy (conflicts first) once rows are laid
        # out: that is what the analyst opened it for.
        self._pending_first = any(f.kind.is_discrepancy for f in self._findings)
        self._fill_panes()
        self.comparison_shown.emit()

    show_comparison = set_comparison

    def _attach_findings(self, panel: FindingsPanel) -> None:
        """Work with `panel`: choosing a finding there shows it here; F7 here selects it there."""
        self.findings: FindingsPanel = panel
        panel.finding_activated.connect(self.show_finding)
        panel.set_colours(self._colours)
        panel.set_reading_font(self._reading_font())
        if self._comparison is not None:
            panel.set_findings(
                self._comparison, self._findings, base=self._right_side, labels=self._labels
            )

    def show_loading(self) -> None:
        self.show_message(self.tr("Comparing…"))

    def show_message(self, text: str) -> None:
        """A one-line notice above the panes (a comparison in progress, or why one failed)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def clear(self) -> None:
        self._comparison = None
        self._pending_first = False
        self._findings = ()
        self._current = None
        self._geometry = None
        self._levelled_widths = None
        self.left_pane.clear_text()
        self.right_pane.clear_text()
        self.gutter.clear()
        self.findings.clear()
        self.swap_button.setEnabled(False)
        font = self._reading_font()
        self.left_header.show_article(None, "", "", font)
        self.right_header.show_article(None, "", "", font)

    def swap(self) -> None:
        """Exchange the sides; the scroll position (by row) is kept."""
        if self._comparison is None:
            return
        value = self.right_pane.verticalScrollBar().value()
        self._right_side = self._right_side.other
        self._fill_panes()
        self.right_pane.verticalScrollBar().setValue(value)
        self._sync.resync(1)
        self._keep_current_in_view()
        self.swapped.emit()

    def label(self, side: Side) -> str:
        if side in self._labels:
            return self._labels[side]
        if self._comparison is None:
            return ""
        return outlet_name(side_of(self._comparison, side)[0])

    def _pane_of(self, side: Side) -> ComparePane:
        return self.right_pane if side is self._right_side else self.left_pane

    def _fill_panes(self) -> None:
        comparison = self._comparison
        assert comparison is not None
        font = self._reading_font()
        # A new document can show or hide a scroll bar, which resizes the pane: rows are
        # levelled once both panes are filled, not in between.
        self._filling = True
        try:
            for side in (Side.LEFT, Side.RIGHT):
                pane = self._pane_of(side)
                shown = pane_text(
                    comparison, side, base=self._base, labels=self._labels, rows=self._rows
                )
                pane.show_text(shown, self._formats, font)
        finally:
            self._filling = False
        for side, header in (
            (self._right_side, self.right_header),
            (self._right_side.other, self.left_header),
        ):
            article = side_of(comparison, side)[0]
            role = self.tr("read first") if side is self._base else self.tr("compared")
            header.show_article(article, self.label(side), role, font, self._note_on(article))
        for side, pane, where in (
            (self._right_side, self.right_pane, self.tr("%1 (right pane)")),
            (self._right_side.other, self.left_pane, self.tr("%1 (left pane)")),
        ):
            pane.setAccessibleName(where.replace("%1", self.label(side)))
        self.findings.set_base(self._right_side)
        self._levelled_widths = None
        if self.left_pane.isVisible() and self.right_pane.isVisible():
            self._level_rows()

    # Levelling rows and the gutter -------------------------------------------------------------

    def _pane_resized(self) -> None:
        if self._comparison is None or self._filling:
            return
        if self._levelled_widths is None:
            # First time the panes have a size for this comparison: level at once, so the
            # first paint is already aligned.
            self._level_rows()
        elif self._levelled_widths != self._widths():
            self._resize_timer.start()

    def _widths(self) -> tuple[int, int]:
        return self.left_pane.viewport().width(), self.right_pane.viewport().width()

    def ensure_levelled(self) -> None:
        """Level rows now if a resize left them waiting (before a screenshot, say)."""
        if self._comparison is not None and (
            self._resize_timer.isActive() or self._levelled_widths != self._widths()
        ):
            self._resize_timer.stop()
            self._level_rows()

    def _level_rows(self) -> None:
        """Make each row as tall as its taller side, then recompute the gutter's geometry."""
        if self._comparison is None:
            return
        left_heights = self.left_pane.natural_heights()
        right_heights = self.right_pane.natural_heights()
        heights = [max(a, b) for a, b in zip(left_heights, right_heights, strict=False)]
        self.left_pane.level_rows(heights, left_heights)
        self.right_pane.level_rows(heights, right_heights)
        self._levelled_widths = self._widths()
        left, right = self.left_pane.row_geometry(), self.right_pane.row_geometry()
        self._geometry = (left, right)
        self._sync.set_rows(left.tops, right.tops)
        self._update_gutter()
        self._sync.resync(1)
        if self._pending_first:
            # In sight, not yet current: F7 still starts from it.
            self._pending_first = False
            self._bring_into_view(0, flash=False)
        else:
            # Rows moved (zoom, new colours, a resize): the finding the reader was on stays.
            self._keep_current_in_view()

    def _update_gutter(self) -> None:
        comparison, geometry = self._comparison, self._geometry
        if comparison is None or geometry is None:
            self.gutter.clear()
            return
        left_geo, right_geo = geometry
        bands = []
        for link in comparison.links:
            shown = self._display_rows_of(link.left, link.right)
            if shown is None:
                continue
            left_row, right_row = shown
            bands.append(
                Band(
                    left_geo.tops[left_row],
                    left_geo.text_bottoms[left_row],
                    right_geo.tops[right_row],
                    right_geo.text_bottoms[right_row],
                    identical=link.relation == "identical",
                )
            )
        marks = []
        for entry in comparison.rows:
            if not entry.moved or entry.left is None or entry.right is None:
                continue
            shown = self._display_rows_of(entry.left, entry.right)
            if shown is None:
                continue
            left_row, right_row = shown
            marks.append(
                MovedMark(
                    (left_geo.tops[left_row] + left_geo.text_bottoms[left_row]) / 2,
                    (right_geo.tops[right_row] + right_geo.text_bottoms[right_row]) / 2,
                    self._moved_tooltip(entry.left, entry.right),
                )
            )
        offsets = (self._gutter_offset(self.left_pane), self._gutter_offset(self.right_pane))
        self.gutter.set_geometry(tuple(bands), tuple(marks), offsets)

    def _display_rows_of(self, left: int, right: int) -> tuple[int, int] | None:
        """The display rows (left pane's, right pane's) of comparison sentences left/right."""
        on_left, on_right = (right, left) if self._right_side is Side.LEFT else (left, right)
        left_row = self.left_pane.row_of_sentence(on_left)
        right_row = self.right_pane.row_of_sentence(on_right)
        if left_row is None or right_row is None:
            return None
        return left_row, right_row

    def _gutter_offset(self, pane: ComparePane) -> float:
        """Where the pane's viewport starts, in gutter y (0 while they share a grid row)."""
        origin = QPoint(0, 0)
        return float(pane.viewport().mapTo(self, origin).y() - self.gutter.mapTo(self, origin).y())

    def _moved_tooltip(self, left: int, right: int) -> str:
        """ "Moved: appears earlier in X (sentence 3 of 20) than in Y (sentence 15 of 22)", said
        from the version read first."""
        comparison = self._comparison
        assert comparison is not None
        place = {
            Side.LEFT: (left, len(comparison.left_sentences)),
            Side.RIGHT: (right, len(comparison.right_sentences)),
        }
        base, other = self._base, self._base.other
        (base_at, base_count), (other_at, other_count) = place[base], place[other]
        # Compared as fractions of each article: versions of different lengths.
        earlier = other_at / max(1, other_count - 1) < base_at / max(1, base_count - 1)
        text = (
            self.tr(
                "Moved: appears earlier in %1 (sentence %2 of %3) than in %4 (sentence %5 of %6)"
            )
            if earlier
            else self.tr(
                "Moved: appears later in %1 (sentence %2 of %3) than in %4 (sentence %5 of %6)"
            )
        )
        return fill(
            text,
            escape(self.label(other)), other_at + 1, other_count,
            escape(self.label(base)), base_at + 1, base_count,
        )  # fmt: skip

    # Findings -------------------------------------------------------------------------------

    def set_annotations(self, annotations: Annotations) -> None:
        """The analyst's triage and notes changed: the findings are listed again (dismissed
        ones last) and the current one stays current."""
        if self._comparison is None:
            return
        # The finding current in the list (or here) stays current, wherever it moved to.
        row = self.findings.current()
        if self._current is not None:
            row = self._current
        current = self._findings[row].key if 0 <= row < len(self._findings) else None
        had_current = self._current is not None
        self._annotations = annotations
        for side, header in (
            (self._right_side, self.right_header),
            (self._right_side.other, self.left_header),
        ):
            header.show_note(self._note_on(side_of(self._comparison, side)[0]))
        self._findings = build_findings(self._comparison, annotations)
        self.findings.set_findings(
            self._comparison, self._findings, base=self.findings.model.base, labels=self._labels
        )
        index = next(
            (i for i, f in enumerate(self._findings) if current and f.key == current), None
        )
        self._current = index if had_current else None
        if index is not None:
            self.findings.select(index)

    def _note_on(self, article) -> str:
        """The analyst's note on `article`'s text, from the annotations shown ("" for none)."""
        from services.compare import text_hash

        if self._annotations is None or article is None:
            return ""
        return self._annotations.article_note(text_hash(article))

    @property
    def findings_list(self) -> tuple[Finding, ...]:
        return self._findings

    @property
    def current_finding(self) -> int | None:
        return self._current

    def next_discrepancy(self) -> bool:
        """Go to the next discrepancy (F7), from the last back to the first (`wrapped` says
        so); False when there is none."""
        return self._step_discrepancy(+1)

    def previous_discrepancy(self) -> bool:
        """Go to the previous discrepancy (Shift+F7)."""
        return self._step_discrepancy(-1)

    def _step_discrepancy(self, step: int) -> bool:
        # A finding the analyst dismissed as false is not one to step to.
        indexes = [
            i for i, f in enumerate(self._findings) if f.kind.is_discrepancy and not f.dismissed
        ]
        if not indexes:
            return False
        if self._current is None or self._current not in indexes:
            # From a shared claim (or nothing), F7 starts at the first, Shift+F7 at the last.
            target = indexes[0] if step > 0 or self._current is None else indexes[-1]
        else:
            position = indexes.index(self._current) + step
            if not 0 <= position < len(indexes):
                # Past the last (or before the first): round again, and say so, as a text
                # editor's find does; the reader should not think a finding was skipped.
                position %= len(indexes)
                message = (
                    self.tr("Back at the first discrepancy (%n in all)", "", len(indexes))
                    if step > 0
                    else self.tr("Back at the last discrepancy (%n in all)", "", len(indexes))
                )
                self.wrapped.emit(message)
            target = indexes[position]
        self.show_finding(target)
        return True

    def go_to_finding(self, index: int) -> None:
        self.show_finding(index)

    def show_finding(self, index: int) -> None:
        """Scroll both panes to finding `index`, flash it there and make it current."""
        if not 0 <= index < len(self._findings):
            return
        self.ensure_levelled()
        self._pending_first = False
        self._current = index
        self.findings.select(index)
        self._bring_into_view(index, flash=True)
        self.finding_activated.emit(self._findings[index])

    def _keep_current_in_view(self) -> None:
        if self._current is not None and 0 <= self._current < len(self._findings):
            self._bring_into_view(self._current, flash=False)

    def _bring_into_view(self, index: int, *, flash: bool) -> None:
        finding = self._findings[index]
        targets = []
        for side in (self._right_side.other, self._right_side):
            pane = self._pane_of(side)
            excerpt = finding.excerpt(side)
            span = pane.document_span(excerpt.start, excerpt.end)
            targets.append(None if span is None else _Target(span, pane.y_of_position(span[0])))
        left_target, right_target = targets
        self._scroll_to(left_target, right_target)
        if flash:
            for pane, target in ((self.left_pane, left_target), (self.right_pane, right_target)):
                if target is not None:
                    pane.flash([target.span])

    def _scroll_to(self, left: _Target | None, right: _Target | None) -> None:
        left_bar = self.left_pane.verticalScrollBar()
        right_bar = self.right_pane.verticalScrollBar()
        page = right_bar.pageStep()
        line = self.left_pane.fontMetrics().height() * 2
        if all(
            t is None or bar.value() <= t.y <= bar.value() + bar.pageStep() - line
            for t, bar in ((left, left_bar), (right, right_bar))
        ):
            return  # already in sight: moving the text would only make the reader lose place
        if left is not None and right is not None and abs(left.y - right.y) > page * 0.5:
            # Too far apart to show level: each pane goes to its own excerpt; the next scroll
            # by the reader brings them level again.
            with self._sync.locked():
                left_bar.setValue(round(left.y - left_bar.pageStep() * JUMP_POINT))
                right_bar.setValue(round(right.y - page * JUMP_POINT))
            return
        ys = [t.y for t in (left, right) if t is not None]
        if not ys:
            return
        right_bar.setValue(round(min(ys) - page * JUMP_POINT))
        self._sync.resync(1)

    # Zoom and colours --------------------------------------------------------------------------

    @property
    def font_size(self) -> float:
        return self._font_size

    def set_font_size(self, point_size: float) -> None:
        """The reading size (the window's reading area chooses it, within its bounds)."""
        if point_size != self._font_size:
            self._font_size = point_size
            self._apply_font()

    set_point_size = set_font_size

    def set_colours(self, colours: ReadingColours) -> None:
        """Follow a theme change: rebuild the panes in the new colours."""
        self._colours = colours
        self._formats = CharFormats(colours)
        self._apply_colours()
        if self._comparison is not None:
            self._fill_panes()

    def _reading_font(self) -> QFont:
        return arabic_font(self._font_size)

    def _apply_font(self) -> None:
        font = self._reading_font()
        self.left_pane.set_reading_font(font)
        self.right_pane.set_reading_font(font)
        self.findings.set_reading_font(font)
        if self._comparison is not None:
            for side, header in (
                (self._right_side, self.right_header),
                (self._right_side.other, self.left_header),
            ):
                role = self.tr("read first") if side is self._base else self.tr("compared")
                article = side_of(self._comparison, side)[0]
                header.show_article(article, self.label(side), role, font, self._note_on(article))
            self._levelled_widths = None
            self._level_rows()

    def _apply_colours(self) -> None:
        c = self._colours
        self.gutter.set_colours(c.shared_tint, c.shared_mark, c.moved_mark)
        self.findings.set_colours(c)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if self._follows_palette and event.type() == QEvent.Type.PaletteChange:
            colours = reading_colours(self.palette())
            if colours != self._colours:
                self.set_colours(colours)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._geometry is not None:
            self._update_gutter()
