"""The findings list beside the compare view: discrepancies (conflicts, then differences, then
agreements), then shared claims, each with both excerpts; choosing one shows it in the panes.

Longer than 500 lines: the list's model, its delegate (which lays out both excerpts) and the
panel are one widget's three Qt roles, and the delegate's layout depends on the model's HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.models import Comparison, Triage
from ui.finding_triage import TriageBar, triage_label, triage_prefix
from ui.findings import Excerpt, Finding, FindingKind, build_findings
from ui.fonts import arabic_font
from ui.highlights import Side, discrepancy_tooltip, first_version, outlet_name, side_of
from ui.language import fill, tr, translate
from ui.theme import ReadingColours, reading_colours

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

# A glyph per kind, so that the list reads without colour.
KIND_GLYPHS = {
    FindingKind.CONFLICT: "≠",
    FindingKind.UPDATED: "↗",
    FindingKind.DIFFERS: "≈",
    FindingKind.AGREE: "=",
    FindingKind.SHARED: "⇄",
}
# Shown through kind_label(): translated when drawn.
KIND_LABELS = {
    FindingKind.CONFLICT: QT_TRANSLATE_NOOP("FindingsPanel", "Conflict"),
    FindingKind.UPDATED: QT_TRANSLATE_NOOP("FindingsPanel", "Updated"),
    FindingKind.DIFFERS: QT_TRANSLATE_NOOP("FindingsPanel", "Differs"),
    FindingKind.AGREE: QT_TRANSLATE_NOOP("FindingsPanel", "Agree"),
    FindingKind.SHARED: QT_TRANSLATE_NOOP("FindingsPanel", "Shared claim"),
}
# An analyst's note is shown whole in the tooltip, cut to this in the list.
NOTE_CHARS = 120
# How faint a dismissed finding is drawn: still readable, plainly set aside.
DISMISSED_OPACITY = 0.5


def count_text(kind: FindingKind, n: int) -> str:
    """ "3 conflicts", "1 shared claim": a "%n" message, whose plural forms (Arabic has six)
    are in the catalogues."""
    if kind is FindingKind.CONFLICT:
        return tr("%n conflict(s)", "", n)
    if kind is FindingKind.UPDATED:
        return tr("%n update(s)", "", n)
    if kind is FindingKind.DIFFERS:
        return tr("%n difference(s)", "", n)
    if kind is FindingKind.AGREE:
        return tr("%n agreement(s)", "", n)
    return tr("%n shared claim(s)", "", n)


def kind_label(kind: FindingKind) -> str:
    """ "Conflict", "Shared claim" ... in the interface language."""
    return translate("FindingsPanel", KIND_LABELS[kind])


def similarity_text(finding: Finding) -> str:
    """ "identical" or "87% similar" for a shared claim."""
    if finding.identical:
        return translate("FindingsPanel", "identical")
    return fill(translate("FindingsPanel", "%1% similar"), round((finding.similarity or 0) * 100))


def kind_colours(colours: ReadingColours, kind: FindingKind) -> tuple[QColor, QColor]:
    """(tint, mark) of a finding kind."""
    return {
        FindingKind.CONFLICT: (colours.conflict_tint, colours.conflict_mark),
        FindingKind.UPDATED: (colours.updated_tint, colours.updated_mark),
        FindingKind.DIFFERS: (colours.differs_tint, colours.differs_mark),
        FindingKind.AGREE: (colours.agree_tint, colours.agree_mark),
        FindingKind.SHARED: (colours.shared_tint, colours.shared_mark),
    }[kind]


def summary_text(findings: tuple[Finding, ...]) -> str:
    """ "2 conflicts · 1 difference · 1 agreement · 14 shared claims"."""
    parts = []
    for kind in FindingKind:
        count = sum(1 for f in findings if f.kind is kind and not f.dismissed)
        if count:
            parts.append(count_text(kind, count))
    dismissed = sum(1 for f in findings if f.dismissed)
    if dismissed:
        parts.append(tr("%n dismissed", "", dismissed))
    if not parts:
        return translate("FindingsPanel", "No shared claims or comparable figures")
    return " · ".join(parts)


class FindingsModel(QAbstractListModel):
    """A thin list adapter over the findings tuple; excerpts in reading order, the version
    shown on the right (read first) before the other."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()
        self._comparison: Comparison | None = None
        self._base = Side.LEFT
        self._labels: dict[Side, str] = {}
        self._colours = reading_colours()
        self._icons: dict[FindingKind, QIcon] = {}

    def set_findings(
        self,
        comparison: Comparison | None,
        findings: tuple[Finding, ...],
        *,
        base: Side = Side.LEFT,
        labels: dict[Side, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._findings = findings
        self._base = base
        self._labels = dict(labels or {})
        self.endResetModel()

    def set_base(self, base: Side) -> None:
        if base is not self._base:
            self._base = base
            if self._findings:
                self.dataChanged.emit(self.index(0), self.index(len(self._findings) - 1))

    def set_colours(self, colours: ReadingColours) -> None:
        self._colours = colours
        self._icons.clear()
        if self._findings:
            self.dataChanged.emit(self.index(0), self.index(len(self._findings) - 1))

    @property
    def base(self) -> Side:
        return self._base

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @property
    def colours(self) -> ReadingColours:
        return self._colours

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def label(self, side: Side) -> str:
        if side in self._labels:
            return self._labels[side]
        if self._comparison is None:
            return ""
        return outlet_name(side_of(self._comparison, side)[0])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.plain_text(finding)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(finding.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding)
        if role == FINDING_ROLE:
            return finding
        if role == KIND_ROLE:
            return finding.kind.value
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def plain_text(self, finding: Finding) -> str:
        """One line for screen readers and tests: label, then each figure with its outlet."""
        label = triage_prefix(finding.triage) + kind_label(finding.kind)
        if finding.analyst_note:
            label += fill(self.tr(" (note: %1)"), finding.analyst_note)
        sides = (self._base, self._base.other)
        if finding.kind.is_discrepancy:
            figures = " · ".join(
                f"{finding.excerpt(side).figure} — {self.label(side)}" for side in sides
            )
            return f"{label}: {figures}"
        return f"{label} ({similarity_text(finding)}): " + " · ".join(
            f"{self.label(side)}: {finding.excerpt(side).text}" for side in sides
        )

    def _tooltip(self, finding: Finding) -> str:
        comparison = self._comparison
        if finding.discrepancy is not None and comparison is not None:
            # In plain words, then the figures and their intervals: as the panes say it.
            discrepancy = comparison.discrepancies[finding.discrepancy]
            about = discrepancy_tooltip(
                comparison, discrepancy, base=self._base, labels=self._labels
            )
            click = self.tr("Click to show both in the panes")
            return about + f"<p style='margin:0'>{escape(click)}</p>"
        parts = [escape(kind_label(finding.kind))]
        if finding.note:
            parts.append(escape(finding.note))
        if finding.triage is not Triage.OPEN:
            parts.append(f"<b>{escape(triage_label(finding.triage))}</b>")
        if finding.analyst_note:
            parts.append(f"<i>{escape(fill(self.tr('Note: %1'), finding.analyst_note))}</i>")
        parts.append(
            escape(self.tr("Click to show both in the panes; right-click to mark it or add a note"))
        )
        return "<br/>".join(parts)

    def _icon(self, kind: FindingKind) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = kind_icon(kind, kind_colours(self._colours, kind)[1])
            self._icons[kind] = icon
        return icon

    def heading_html(self, finding: Finding, *, centred: bool = False) -> str:
        """The kind in its colour, with how similar a claim is (or the engine's note)."""
        mark = kind_colours(self._colours, finding.kind)[1]
        align = ' align="center"' if centred else ""
        return (
            f'<p style="margin:0"{align}><span style="color:{mark.name()};font-weight:bold">'
            f"{escape(kind_label(finding.kind))}</span>{self._heading_detail(finding)}"
            f"{_analyst_html(finding)}</p>"
        )

    def side_html(self, finding: Finding, side: Side, text_colour: QColor) -> str:
        """One version's excerpt, right to left, its figure emphasised in the relation's tint."""
        tint, mark = kind_colours(self._colours, finding.kind)
        return (
            f'<p dir="rtl" align="right" style="margin:0;color:{text_colour.name()}">'
            f'<span style="color:{mark.name()};font-weight:bold">'
            f"{escape(self.label(side))}:</span> "
            f"{_emphasised(finding.excerpt(side), tint)}</p>"
        )

    def _heading_detail(self, finding: Finding) -> str:
        if finding.kind is FindingKind.UPDATED:
            # How it moved, earlier to later: "about 40 (09:40) → 120 (18:15)"; why, in the
            # tooltip.
            return f"<br/><span>{escape(finding.note.split(' — ')[0])}</span>"
        if finding.kind.is_discrepancy:
            return ""  # the engine's note is in the tooltip: the excerpts say the rest
        return f"<br/><span>{escape(similarity_text(finding))}</span>"


def _analyst_html(finding: Finding) -> str:
    """The analyst's triage and note under a finding's kind."""
    parts = []
    if finding.triage is not Triage.OPEN:
        parts.append(f"<b>{escape(triage_label(finding.triage))}</b>")
    if finding.analyst_note:
        note = finding.analyst_note
        shown = note if len(note) <= NOTE_CHARS else note[: NOTE_CHARS - 1] + "…"
        parts.append(f"<i>✎ {escape(shown)}</i>")
    return "".join(f"<br/>{part}" for part in parts)


def _emphasised(excerpt: Excerpt, tint: QColor) -> str:
    start, end = excerpt.focus
    text = excerpt.text
    if start >= end:
        return escape(text)
    return (
        escape(text[:start])
        + f'<span style="background-color:{tint.name()};font-weight:bold">'
        + escape(text[start:end])
        + "</span>"
        + escape(text[end:])
    )


def kind_icon(kind: FindingKind, colour: QColor, size: int = 18) -> QIcon:
    """A coloured rounded square with the kind's glyph in it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(0, 0, size, size, 4, 4)
    font = QFont()
    font.setPixelSize(size - 4)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white") if colour.lightnessF() < 0.6 else QColor("black"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, KIND_GLYPHS[kind])
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class _ItemLayout:
    """Where a finding's pieces go inside its item (offsets from the item's top-left)."""

    documents: tuple[tuple[QPointF, QTextDocument], ...]
    icon: QPointF
    height: int


class FindingDelegate(QStyledItemDelegate):
    """Draws a finding's kind and both excerpts, right to left, in the reading font.

    Wide enough, the excerpts sit in two columns under the panes they come from (the version
    on the right on the right) with the kind between them; narrower, they stack.
    """

    PADDING = 6
    ICON = 18
    WIDE = 640  # item width from which the two-column layout is used
    MIDDLE = 120  # width of the kind column between the excerpts

    def __init__(self, model: FindingsModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._font = QFont()
        self._cache: dict[tuple[int, int], _ItemLayout] = {}
        model.modelReset.connect(self._cache.clear)
        model.dataChanged.connect(lambda *_: self._cache.clear())

    def set_reading_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._cache.clear()

    def _document(self, html: str, width: float, font: QFont | None = None) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font or self._font)
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(max(40.0, width))
        return document

    def _layout(self, index: QModelIndex, width: int, text: QColor, ui_font: QFont) -> _ItemLayout:
        key = (index.row(), width)
        layout = self._cache.get(key)
        if layout is not None:
            return layout
        finding: Finding = index.data(FINDING_ROLE)
        model, pad = self._model, self.PADDING
        right_side, left_side = model.base, model.base.other
        if width >= self.WIDE:
            column = (width - self.MIDDLE - 4 * pad - 8) / 2
            heading = self._document(
                model.heading_html(finding, centred=True), self.MIDDLE, ui_font
            )
            left = self._document(model.side_html(finding, left_side, text), column)
            right = self._document(model.side_html(finding, right_side, text), column)
            middle_x = 8 + pad + column + pad
            documents = (
                (QPointF(8 + pad, pad), left),
                (QPointF(middle_x, pad + self.ICON + 2), heading),
                (QPointF(middle_x + self.MIDDLE + pad, pad), right),
            )
            icon = QPointF(middle_x + (self.MIDDLE - self.ICON) / 2, pad)
            height = max(
                left.size().height(),
                right.size().height(),
                self.ICON + 2 + heading.size().height(),
            )
        else:
            x = 8 + self.ICON + pad
            column = width - x - pad
            heading = self._document(model.heading_html(finding), column, ui_font)
            right = self._document(model.side_html(finding, right_side, text), column)
            left = self._document(model.side_html(finding, left_side, text), column)
            y = pad + max(heading.size().height(), self.ICON) + 2
            documents = (
                (QPointF(x, pad), heading),
                (QPointF(x, y), right),
                (QPointF(x, y + right.size().height() + 4), left),
            )
            icon = QPointF(8, pad)
            height = y + right.size().height() + 4 + left.size().height() - pad
        layout = _ItemLayout(documents, icon, int(height) + 2 * pad)
        if len(self._cache) > 1000:
            self._cache.clear()
        self._cache[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        text = option.palette.color(QPalette.ColorRole.Text)
        layout = self._layout(index, option.rect.width(), text, option.font)
        return QSize(option.rect.width(), layout.height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        finding: Finding = index.data(FINDING_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        text = option.palette.color(QPalette.ColorRole.Text)
        layout = self._layout(index, rect.width(), text, option.font)
        painter.save()
        if finding.dismissed:
            painter.setOpacity(DISMISSED_OPACITY)
        # Selection as a light wash: the excerpts' own tints stay readable under it.
        if selected:
            wash = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            wash.setAlpha(70)
            painter.fillRect(rect, wash)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        mark = kind_colours(self._model.colours, finding.kind)[1]
        # The kind's stripe on the edge the list is read from (the right in Arabic).
        stripe_x = (
            rect.right() - 3 if option.direction == Qt.LayoutDirection.RightToLeft else rect.left()
        )
        painter.fillRect(QRect(stripe_x, rect.top() + 2, 4, rect.height() - 4), mark)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            at = layout.icon.toPoint() + rect.topLeft()
            icon.paint(painter, QRect(at.x(), at.y(), self.ICON, self.ICON))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        for offset, document in layout.documents:
            painter.save()
            painter.translate(rect.left() + offset.x(), rect.top() + offset.y())
            document.documentLayout().draw(painter, context)
            painter.restore()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


class _FindingsList(QListView):
    """A list that tells a click on the already-current item from one that changes it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.row_before_press = -1

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.row_before_press = self.currentIndex().row()
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Excerpts wrap to the width: item heights change with it.
        self.scheduleDelayedItemsLayout()


class FindingsPanel(QWidget):
    """The findings of the comparison shown in the compare view.

    `finding_activated(int)` is emitted with the finding's index (in `findings`) when the reader
    chooses one — by click, keyboard or Enter; `select(index)` moves the current item without
    emitting it (the compare view calls it when F7 moves on).
    """

    finding_activated = Signal(int)
    legend_requested = Signal()  # the header's Legend button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self._model = FindingsModel(self)
        self._delegate = FindingDelegate(self._model, self)
        self._summary = QLabel(self)
        self._summary.setObjectName("findingsSummary")
        self._summary.setWordWrap(True)
        self._list = _FindingsList(self)
        self._list.setModel(self._model)
        self._list.setItemDelegate(self._delegate)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list.setUniformItemSizes(False)
        # Items are laid out a batch at a time between paints: the first findings show at once
        # and a long list does not hold up the compare view's first paint.
        self._list.setLayoutMode(QListView.LayoutMode.Batched)
        self._list.setBatchSize(12)
        self._list.setWordWrap(True)
        self._list.setMouseTracking(True)
        self._list.setAccessibleName(self.tr("Findings"))
        self.legend_button = QToolButton(self)
        self.legend_button.setObjectName("legendButton")
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setToolTip(self.tr("What the colours, underlines and marks mean"))
        self.legend_button.setAutoRaise(True)
        self.legend_button.clicked.connect(self.legend_requested)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self._summary, 1)
        self.header.addWidget(self.legend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        # Reviewed / Dismiss / Note… / Show dismissed / Export…, and the list's context menu.
        self.triage = TriageBar(self._list, self._model, self)
        layout.addWidget(self.triage)
        layout.addWidget(self._list, 1)
        self._programmatic = False
        self._list.selectionModel().currentChanged.connect(self._current_changed)
        self._list.clicked.connect(self._clicked)
        self._list.activated.connect(lambda index: self._emit(index.row()))
        self.clear()

    # Public ----------------------------------------------------------------------------------

    @property
    def model(self) -> FindingsModel:
        return self._model

    @property
    def list_view(self) -> QListView:
        return self._list

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._model.findings

    def set_findings(
        self,
        comparison: Comparison,
        findings: tuple[Finding, ...],
        *,
        base: Side,
        labels: dict[Side, str] | None = None,
    ) -> None:
        self._model.set_findings(comparison, findings, base=base, labels=labels)
        self._summary.setText(summary_text(findings))
        self.triage.refresh()

    def show_comparison(
        self,
        comparison: Comparison,
        *,
        left_label: str | None = None,
        right_label: str | None = None,
    ) -> None:
        """List the findings of `comparison` on its own (when no compare view feeds the panel).
        Showing the comparison the attached view already gave it changes nothing."""
        if comparison is self._model.comparison:
            return
        labels = {}
        if left_label:
            labels[Side.LEFT] = left_label
        if right_label:
            labels[Side.RIGHT] = right_label
        base = first_version(comparison)
        self.set_findings(comparison, build_findings(comparison), base=base, labels=labels)

    def set_base(self, base: Side) -> None:
        self._model.set_base(base)

    def set_colours(self, colours: ReadingColours) -> None:
        self._model.set_colours(colours)

    def set_reading_font(self, font: QFont) -> None:
        excerpt_font = QFont(font)
        excerpt_font.setPointSizeF(max(9.0, font.pointSizeF() * 0.8))
        self._delegate.set_reading_font(excerpt_font)
        self._list.scheduleDelayedItemsLayout()
        self._list.viewport().update()

    def set_point_size(self, point_size: float) -> None:
        self.set_reading_font(arabic_font(point_size))

    def clear(self) -> None:
        self._model.set_findings(None, ())
        self._summary.setText(self.tr("No comparison open"))
        self.triage.refresh()

    def current(self) -> int:
        return self._list.currentIndex().row()

    def select(self, index: int) -> None:
        """Make finding `index` current and visible, without emitting `finding_activated`."""
        self._programmatic = True
        try:
            model_index = self._model.index(index)
            self._list.setCurrentIndex(model_index)
            self._list.scrollTo(model_index)
        finally:
            self._programmatic = False

    def set_show_dismissed(self, shown: bool) -> None:
        self.triage.show_dismissed_box.setChecked(shown)

    def is_row_shown(self, row: int) -> bool:
        return not self._list.isRowHidden(row)

    # Slots -----------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.triage.refresh_buttons()
        if not self._programmatic and current.isValid():
            self._emit(current.row())

    def _clicked(self, index: QModelIndex) -> None:
        # A click that made the item current was already announced by currentChanged.
        if index.row() == self._list.row_before_press:
            self._emit(index.row())

    def _emit(self, row: int) -> None:
        if 0 <= row < len(self._model.findings):
            self.finding_activated.emit(row)
