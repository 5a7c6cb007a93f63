"""The legend: what each colour, underline and mark of the compare view means, each shown as
the panes draw it (the same character formats), beside a sentence in plain words.

Reached from Help › Legend and from the findings header. The entries are data (`LEGEND`);
the dialog only draws them, in the current light or dark colours.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.findings import FindingKind
from ui.findings_panel import KIND_GLYPHS
from ui.fonts import arabic_font
from ui.gutter import MOVED_GLYPH
from ui.highlights import CharFormats, Mark
from ui.language import translate
from ui.theme import ReadingColours, reading_colours


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: a sample drawn with `marks` (or in the shared-claim tint, or as
    a glyph), its name, and what it means in plain words."""

    sample: str
    name: str
    meaning: str
    marks: frozenset[Mark] = frozenset()
    shared_tint: bool = False
    glyph: str = ""  # the findings list's mark of that kind

    def title(self) -> str:
        """ "≠ Conflict: red, wavy underline, bold", in the interface language."""
        return f"{self.glyph} {translate('Legend', self.name)}".strip()

    def explanation(self) -> str:
        return translate("Legend", self.meaning)


LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry(
        "نحو 60",
        QT_TRANSLATE_NOOP("Legend", "Conflict: red, wavy underline, bold"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "The versions give figures for the same thing that cannot both be true: about 60 in "
            "one, 750 in the other.",
        ),
        frozenset({Mark.CONFLICT}),
        glyph=KIND_GLYPHS[FindingKind.CONFLICT],
    ),
    LegendEntry(
        "120 قتيلا",
        QT_TRANSLATE_NOOP("Legend", "Updated: blue, dash-dot underline, bold"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "A running total that grew between an earlier and a later report (about 40 killed at "
            "09:40, 120 at 18:15), or that the later text says rose or was corrected: news, not a "
            "contradiction. A later lower total with no correction stated stays a conflict.",
        ),
        frozenset({Mark.UPDATED}),
        glyph=KIND_GLYPHS[FindingKind.UPDATED],
    ),
    LegendEntry(
        "أكثر من 100",
        QT_TRANSLATE_NOOP("Legend", "Differs: amber, dashed underline, bold"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "Different figures whose ranges overlap, so both could be true: more than 100 and 750.",
        ),
        frozenset({Mark.DIFFERS}),
        glyph=KIND_GLYPHS[FindingKind.DIFFERS],
    ),
    LegendEntry(
        "12 ألف",
        QT_TRANSLATE_NOOP("Legend", "Agree: green, solid underline, bold"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "Both versions give the same figure for the same thing.",
        ),
        frozenset({Mark.AGREE}),
        glyph=KIND_GLYPHS[FindingKind.AGREE],
    ),
    LegendEntry(
        "ثلاث ساعات",
        QT_TRANSLATE_NOOP("Legend", "Figure: dotted underline"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "A figure Riwaya read but did not pair with one in the other version. Hover over it "
            "to see how it was read: its value, kind and what it counts.",
        ),
        frozenset({Mark.QUANTITY}),
    ),
    LegendEntry(
        "وقال مسؤول أمني",
        QT_TRANSLATE_NOOP("Legend", "Shared claim: blue tint behind the sentence"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "Both versions state this, word for word or as a close paraphrase; a band in the "
            "gutter between the panes joins the two sentences.",
        ),
        shared_tint=True,
        glyph=KIND_GLYPHS[FindingKind.SHARED],
    ),
    LegendEntry(
        "تحت حراسة مشددة",
        QT_TRANSLATE_NOOP("Legend", "Added words: teal tint, underlined"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "Inside a shared claim, words the version read first does not have.",
        ),
        frozenset({Mark.INSERTED}),
    ),
    LegendEntry(
        "بحماية",
        QT_TRANSLATE_NOOP("Legend", "Left-out words: lilac tint, line above"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "Inside a shared claim, words only the version read first has.",
        ),
        frozenset({Mark.DELETED}),
    ),
    LegendEntry(
        MOVED_GLYPH,
        QT_TRANSLATE_NOOP("Legend", "Moved: the mark in the gutter"),
        QT_TRANSLATE_NOOP(
            "Legend",
            "The claim stands earlier or later in one version than in the other (hover over the "
            "mark to see where).",
        ),
    ),
)


class LegendDialog(QDialog):
    """The legend in a window of its own, left open beside the comparison while reading."""

    def __init__(self, parent: QWidget | None = None, colours: ReadingColours | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setWindowTitle(self.tr("Legend — what the colours and lines mean"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("legendText")
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.set_colours(colours or reading_colours())

    def set_colours(self, colours: ReadingColours) -> None:
        """Draw the samples in these colours (the theme the panes use now)."""
        self._colours = colours
        fill_legend(self.browser, colours)

    def entries_text(self) -> list[str]:
        """The legend as plain lines (for tests and screen readers)."""
        return [f"{e.sample} — {e.title()}: {e.explanation()}" for e in LEGEND]


def fill_legend(browser: QTextBrowser, colours: ReadingColours) -> None:
    """A two-column table: the sample as the panes draw it, then its name and meaning."""
    formats = CharFormats(colours)
    document = browser.document()
    document.clear()
    cursor = QTextCursor(document)
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(6)
    # In Arabic the table reads from the right: the sample first, then what it means (a text
    # table does not mirror its columns itself).
    direction = QGuiApplication.layoutDirection()
    sample_column, text_column = (0, 1)
    widths = [28, 72]
    if direction == Qt.LayoutDirection.RightToLeft:
        sample_column, text_column = (1, 0)
        widths.reverse()
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, width) for width in widths]
    )
    table = cursor.insertTable(len(LEGEND), 2, table_format)
    reading = arabic_font(15)
    for row, entry in enumerate(LEGEND):
        sample = QTextCharFormat(formats.for_marks(entry.marks))
        sample.setFont(
            reading, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesSpecifiedOnly
        )
        if entry.marks & {Mark.AGREE, Mark.DIFFERS, Mark.UPDATED, Mark.CONFLICT}:
            sample.setFontWeight(QFont.Weight.Bold)  # as in the panes: what the analyst is after
        if entry.shared_tint:
            sample.setBackground(colours.shared_tint)
        if not entry.marks and not entry.shared_tint:
            sample.setForeground(colours.moved_mark)
        cell = table.cellAt(row, sample_column).firstCursorPosition()
        block = QTextBlockFormat()
        block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        block.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight)
        cell.setBlockFormat(block)
        cell.insertText(entry.sample, sample)
        text = table.cellAt(row, text_column).firstCursorPosition()
        explanation = QTextBlockFormat()
        explanation.setLayoutDirection(direction)
        text.setBlockFormat(explanation)
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        text.insertText(entry.title(), bold)
        text.insertBlock()
        text.insertText(entry.explanation(), QTextCharFormat())
