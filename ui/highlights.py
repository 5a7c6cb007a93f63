"""What each pane of the compare view marks, and how: spans of the article's text tagged with a
`Mark` (changed word, figure, figure in a discrepancy) and the character formats that draw them.

Spans are code-point offsets into the article's text, as the comparison gives them; the pane
converts them to UTF-16 with `ui.positions`. Colour is never the only signal: each mark also has
its own underline style (or strike-out), and figures in a discrepancy carry a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from functools import partial
from html import escape
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QTextCharFormat

from services.models import (
    Agreement,
    Article,
    Comparison,
    DiffTag,
    Discrepancy,
    Kind,
    Quantity,
    Row,
    Sentence,
)
from ui.finding_notes import as_written, discrepancy_note, interval_notation, isolated
from ui.finding_notes import number_text as _number
from ui.fonts import ARABIC_FAMILIES
from ui.language import fill, is_arabic, translate
from ui.theme import ReadingColours


class Side(StrEnum):
    """A side of the comparison (not of the screen: the view may show `left` on the right)."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class Mark(IntEnum):
    """What a span shows. The order is the drawing order: later marks paint over earlier ones,
    so a figure in a conflict stays red even inside a changed word run."""

    INSERTED = 1  # words only the other version (not the base) has, inside a shared claim
    DELETED = 2  # words only the base version has, inside a shared claim
    QUANTITY = 3  # any figure
    AGREE = 4
    DIFFERS = 5
    UPDATED = 6  # below CONFLICT: a figure in an update and a conflict shows the conflict
    CONFLICT = 7


RELATION_MARKS = {
    Agreement.AGREE: Mark.AGREE,
    Agreement.DIFFERS: Mark.DIFFERS,
    Agreement.UPDATED: Mark.UPDATED,
    Agreement.CONFLICT: Mark.CONFLICT,
}

# Labels and consequences are shown through translate("highlights", ...).
RELATION_LABELS = {
    Agreement.CONFLICT: QT_TRANSLATE_NOOP("highlights", "Conflict"),
    Agreement.UPDATED: QT_TRANSLATE_NOOP("highlights", "Updated"),
    Agreement.DIFFERS: QT_TRANSLATE_NOOP("highlights", "Differs"),
    Agreement.AGREE: QT_TRANSLATE_NOOP("highlights", "Agree"),
}

RELATION_EXPLANATIONS = {
    Agreement.CONFLICT: "the two figures cannot both be true",
    Agreement.UPDATED: "a running total that grew (or was corrected) between the two reports",
    Agreement.DIFFERS: "different figures whose ranges overlap",
    Agreement.AGREE: "the same figure",
}

# What the relation means for the reader, after "one says X, the other Y: ".
RELATION_CONSEQUENCES = {
    Agreement.CONFLICT: QT_TRANSLATE_NOOP("highlights", "these cannot both be true"),
    Agreement.UPDATED: QT_TRANSLATE_NOOP(
        "highlights",
        "a running total that changed between the two reports, news rather than a contradiction",
    ),
    Agreement.DIFFERS: QT_TRANSLATE_NOOP(
        "highlights", "different figures, but their ranges overlap, so both could be true"
    ),
    Agreement.AGREE: QT_TRANSLATE_NOOP("highlights", "they agree"),
}


# What a figure is, in its tooltip ("count: about 60 (54–66)").
KIND_NAMES = {
    Kind.COUNT: QT_TRANSLATE_NOOP("highlights", "count"),
    Kind.MONEY: QT_TRANSLATE_NOOP("highlights", "money"),
    Kind.PERCENT: QT_TRANSLATE_NOOP("highlights", "percent"),
    Kind.FRACTION: QT_TRANSLATE_NOOP("highlights", "fraction"),
    Kind.LENGTH: QT_TRANSLATE_NOOP("highlights", "length"),
    Kind.AREA: QT_TRANSLATE_NOOP("highlights", "area"),
    Kind.WEIGHT: QT_TRANSLATE_NOOP("highlights", "weight"),
    Kind.VOLUME: QT_TRANSLATE_NOOP("highlights", "volume"),
    Kind.TEMPERATURE: QT_TRANSLATE_NOOP("highlights", "temperature"),
    Kind.DURATION: QT_TRANSLATE_NOOP("highlights", "duration"),
    Kind.SPEED: QT_TRANSLATE_NOOP("highlights", "speed"),
    Kind.POWER: QT_TRANSLATE_NOOP("highlights", "power"),
    Kind.ENERGY: QT_TRANSLATE_NOOP("highlights", "energy"),
    Kind.MAGNITUDE: QT_TRANSLATE_NOOP("highlights", "magnitude"),
    Kind.DATE: QT_TRANSLATE_NOOP("highlights", "date"),
    Kind.YEAR: QT_TRANSLATE_NOOP("highlights", "year"),
    Kind.TIME: QT_TRANSLATE_NOOP("highlights", "time"),
    Kind.ORDINAL: QT_TRANSLATE_NOOP("highlights", "ordinal"),
    Kind.IDENTIFIER: QT_TRANSLATE_NOOP("highlights", "identifier"),
}


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    mark: Mark
    # Rich text, written when the reader hovers: a long comparison has hundreds of figures and
    # building every tooltip up front costs the first paint milliseconds.
    tooltip: Callable[[], str] | None = None


@dataclass(frozen=True)
class PaneText:
    """Everything one pane shows, for one side of a comparison, in display-row order."""

    side: Side
    article: Article
    sentences: tuple[Sentence, ...]
    rows: tuple[int | None, ...]  # the sentence shown in each display row, None for a gap
    linked: frozenset[int]  # sentences that share a claim with the other side
    highlights: tuple[Highlight, ...]  # sorted by start


def side_of(
    comparison: Comparison, side: Side
) -> tuple[Article, tuple[Sentence, ...], tuple[Quantity, ...]]:
    if side is Side.LEFT:
        return comparison.left, comparison.left_sentences, comparison.left_quantities
    return comparison.right, comparison.right_sentences, comparison.right_quantities


def first_version(comparison: Comparison) -> Side:
    """The side read first: the earlier by date when both dates are known, else the left one
    (the article selected first)."""
    left, right = _date_of(comparison.left), _date_of(comparison.right)
    if left is not None and right is not None and right < left:
        return Side.RIGHT
    return Side.LEFT


def _date_of(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.date.strip()[:10])
    except ValueError:
        return None


# Words of a title kept when it has to stand in for an unknown outlet's name.
_TITLE_WORDS = 5


def outlet_name(article: Article) -> str:
    """How the reader names a version: its outlet, else the start of its title, else its
    file's name."""
    if article.source.strip():
        return article.source.strip()
    words = article.title.split()
    if words:
        return " ".join(words[:_TITLE_WORDS]) + (" …" if len(words) > _TITLE_WORDS else "")
    return PurePath(article.path).name or "?"


def pane_text(
    comparison: Comparison,
    side: Side,
    *,
    base: Side,
    labels: Mapping[Side, str] | None = None,
    rows: tuple[Row, ...] | None = None,
) -> PaneText:
    """What the pane showing `side` marks. `base` is the version read first (shown on the right
    initially): words only it has are DELETED, words only the other has are INSERTED. `labels`
    name the versions in tooltips (default: their outlets); `rows` are the display rows
    (default: the comparison's own)."""
    article, sentences, _ = side_of(comparison, side)
    shown = comparison.rows if rows is None else rows
    rows = tuple(row.left if side is Side.LEFT else row.right for row in shown)
    linked = frozenset(link.left if side is Side.LEFT else link.right for link in comparison.links)
    highlights = [
        *_changed_words(comparison, side, base, labels or {}),
        *_figures(comparison, side, base, labels or {}),
    ]
    highlights.sort(key=lambda h: (h.start, h.mark))
    return PaneText(side, article, sentences, rows, linked, tuple(highlights))


def _changed_words(
    comparison: Comparison, side: Side, base: Side, labels: Mapping[Side, str]
) -> list[Highlight]:
    only_here = DiffTag.DELETE if side is Side.LEFT else DiffTag.INSERT
    mark = Mark.DELETED if side is base else Mark.INSERTED
    article = side_of(comparison, side)[0]
    text = article.text
    name = escape(labels.get(side) or outlet_name(article))
    only = escape(translate("highlights", "Only in %1"))
    tooltip = partial(str, fill(only, f'<span dir="rtl">{name}</span>'))
    marks = []
    for link in comparison.links:
        for op in link.diff:
            span = op.left if side is Side.LEFT else op.right
            if op.op is not only_here or span is None:
                continue
            start, end = _trimmed(text, *span)
            if start < end:
                marks.append(Highlight(start, end, mark, tooltip))
    return marks


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces: an underline should not run into the gap."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _figures(
    comparison: Comparison, side: Side, base: Side, labels: Mapping[Side, str]
) -> list[Highlight]:
    article, _, quantities = side_of(comparison, side)
    pairs: dict[int, list[int]] = {}  # quantity index on this side -> discrepancy indexes
    for index, discrepancy in enumerate(comparison.discrepancies):
        mine = discrepancy.left if side is Side.LEFT else discrepancy.right
        pairs.setdefault(mine, []).append(index)
    marks = []
    for index, quantity in enumerate(quantities):
        if not 0 <= quantity.start < quantity.end <= len(article.text):
            continue  # a figure outside the text cannot be drawn; the findings still list it
        found = pairs.get(index)
        if not found:
            marks.append(
                Highlight(
                    quantity.start, quantity.end, Mark.QUANTITY, partial(quantity_tooltip, quantity)
                )
            )
            continue
        discrepancies = [comparison.discrepancies[i] for i in found]
        worst = max((RELATION_MARKS[d.relation] for d in discrepancies), default=Mark.QUANTITY)
        tooltip = partial(_discrepancies_tooltip, comparison, tuple(discrepancies), base, labels)
        marks.append(Highlight(quantity.start, quantity.end, worst, tooltip))
    return marks


def _discrepancies_tooltip(
    comparison: Comparison,
    discrepancies: tuple[Discrepancy, ...],
    base: Side,
    labels: Mapping[Side, str],
) -> str:
    return "<hr/>".join(
        discrepancy_tooltip(comparison, d, base=base, labels=labels) for d in discrepancies
    )


def arabic_paragraph(html: str) -> str:
    """A right-to-left tooltip line in the reading font, never the system's guess (which may
    draw 750 as ٧٥٠), and kept on one line."""
    families = ",".join(f"'{family}'" for family in ARABIC_FAMILIES)
    return (
        f'<p dir="rtl" align="right" style="margin:0;white-space:pre;font-family:{families}">'
        f"{html}</p>"
    )


def discrepancy_tooltip(
    comparison: Comparison,
    discrepancy: Discrepancy,
    *,
    base: Side,
    labels: Mapping[Side, str] | None = None,
) -> str:
    """In plain words first, then both figures as written with their outlets (the base
    version's first), then the intervals they were read as:
    "Conflict — one says about 60, the other 750: these cannot both be true." /
    "نحو 60 معتقلا — الميادين" / "750 معتقلا — سبوتنيك" / "Read as [54, 66] and [750, 750]"."""
    labels = labels or {}
    relation = discrepancy.relation
    figures = []
    for side in (base, base.other):
        article, _, quantities = side_of(comparison, side)
        index = discrepancy.left if side is Side.LEFT else discrepancy.right
        quantity = quantities[index] if 0 <= index < len(quantities) else None
        figures.append((quantity, labels.get(side) or outlet_name(article)))
    (first, _), (second, _) = figures
    label = translate("highlights", RELATION_LABELS[relation])
    lines = [
        f"<p style='margin:0'><b>{escape(label)}</b> — "
        f"{escape(plain_comparison(first, second, relation))}</p>"
    ]
    for quantity, name in figures:
        written = quantity.text if quantity is not None else "?"
        lines.append(arabic_paragraph(f"{escape(written)} — {escape(name)}"))
    if first is not None and second is not None:
        read_as = fill(
            translate("highlights", "Read as %1 and %2"),
            isolated(interval_notation(first)),
            isolated(interval_notation(second)),
        )
        lines.append(f"<p style='margin:0'>{escape(read_as)}</p>")
    note = discrepancy_note(comparison, discrepancy)
    if note:
        lines.append(f"<p style='margin:0'>{escape(note)}</p>")
    return "".join(lines)


def plain_comparison(first: Quantity | None, second: Quantity | None, relation: Agreement) -> str:
    """ "One says about 60, the other 750: these cannot both be true." """
    a = plain_value(first) if first is not None else "?"
    b = plain_value(second) if second is not None else "?"
    consequence = translate("highlights", RELATION_CONSEQUENCES[relation])
    return fill(translate("highlights", "One says %1, the other %2: %3."), a, b, consequence)


def plain_value(quantity: Quantity) -> str:
    """A figure in words a reader uses: "about 60", "more than 100", "between 20 and 99"; in
    Arabic, as the article writes it («نحو 60»)."""
    if is_arabic():
        return as_written(quantity)
    low, high, value = quantity.low, quantity.high, quantity.value
    if quantity.kind in (Kind.DATE, Kind.IDENTIFIER, Kind.TIME):
        return quantity.text
    if low is not None and high is not None:
        if low == high:
            return _number(low)
        if quantity.approximate and value is not None:
            return f"about {_number(value)}"
        return f"between {_number(low)} and {_number(high)}"
    if low is not None:
        return f"more than {_number(low)}"
    if high is not None:
        return f"less than {_number(high)}"
    return _number(value)


def quantity_tooltip(quantity: Quantity) -> str:
    """How Riwaya read a figure: "نحو 60 إرهابياً" / "count: about 60 (54–66) · إرهابي"."""
    kind = translate("highlights", KIND_NAMES.get(quantity.kind, quantity.kind.value))
    parts = [f"{escape(kind)}: {escape(isolated(describe_value(quantity)))}"]
    if quantity.unit:
        parts.append(escape(quantity.unit))
    if quantity.counted:
        parts.append(f'<span dir="rtl">{escape(quantity.counted)}</span>')
    return arabic_paragraph(escape(quantity.text)) + " · ".join(parts)


def describe_value(quantity: Quantity) -> str:
    low, high, value = quantity.low, quantity.high, quantity.value
    if quantity.kind in (Kind.DATE, Kind.IDENTIFIER, Kind.TIME):
        return quantity.text
    if low is not None and high is not None and low != high:
        centre = f"{_number(value)} " if value is not None else ""
        if quantity.approximate and value is not None:
            centre = fill(translate("highlights", "about %1"), _number(value)) + " "
        return f"{centre}({_number(low)}–{_number(high)})"
    if low is not None and high is None:
        return fill(translate("highlights", "more than %1"), _number(low))
    if low is None and high is not None:
        return fill(translate("highlights", "less than %1"), _number(high))
    return _number(value) if value is not None else "?"


# Formats ----------------------------------------------------------------------------------

_UNDERLINES = {
    # Distinct underline shapes so that the relation reads without colour.
    Mark.CONFLICT: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Mark.UPDATED: QTextCharFormat.UnderlineStyle.DashDotLine,
    Mark.DIFFERS: QTextCharFormat.UnderlineStyle.DashUnderline,
    Mark.AGREE: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Mark.QUANTITY: QTextCharFormat.UnderlineStyle.DotLine,
    Mark.INSERTED: QTextCharFormat.UnderlineStyle.SingleUnderline,
}


class CharFormats:
    """The character format for any set of marks, built once per set and reused."""

    def __init__(self, colours: ReadingColours) -> None:
        self._colours = colours
        self._cache: dict[frozenset[Mark], QTextCharFormat] = {frozenset(): QTextCharFormat()}

    @property
    def colours(self) -> ReadingColours:
        return self._colours

    def for_marks(self, marks: frozenset[Mark]) -> QTextCharFormat:
        fmt = self._cache.get(marks)
        if fmt is None:
            fmt = QTextCharFormat()
            for mark in sorted(marks):
                fmt.merge(self._single(mark))
            self._cache[marks] = fmt
        return fmt

    def _single(self, mark: Mark) -> QTextCharFormat:
        c = self._colours
        fmt = QTextCharFormat()
        tint, line = {
            Mark.INSERTED: (c.insert_tint, c.insert_mark),
            Mark.DELETED: (c.delete_tint, c.delete_mark),
            Mark.QUANTITY: (None, c.quantity_mark),
            Mark.AGREE: (c.agree_tint, c.agree_mark),
            Mark.DIFFERS: (c.differs_tint, c.differs_mark),
            Mark.UPDATED: (c.updated_tint, c.updated_mark),
            Mark.CONFLICT: (c.conflict_tint, c.conflict_mark),
        }[mark]
        if tint is not None:
            fmt.setBackground(tint)
        if mark is Mark.DELETED:
            # Not struck out: a strike-out runs through the bodies of Arabic letters and makes
            # the word hard to read. A line over the word, with the tint, marks it instead.
            fmt.setFontOverline(True)
        else:
            fmt.setUnderlineStyle(_UNDERLINES[mark])
            fmt.setUnderlineColor(line)
        if mark in (Mark.AGREE, Mark.DIFFERS, Mark.UPDATED, Mark.CONFLICT):
            # A discrepancy figure is what the analyst came for: it stands out in weight too.
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt


def segments(
    start: int, end: int, highlights: list[Highlight]
) -> list[tuple[int, int, frozenset[Mark]]]:
    """Cut [start, end) at every highlight boundary: (start, end, marks) runs covering it all.

    `highlights` are those overlapping the span; each run carries the marks that cover it.
    """
    cuts = {start, end}
    for h in highlights:
        cuts.add(min(max(h.start, start), end))
        cuts.add(min(max(h.end, start), end))
    points = sorted(cuts)
    runs = []
    for a, b in zip(points, points[1:], strict=False):
        marks = frozenset(h.mark for h in highlights if h.start <= a and b <= h.end)
        if runs and runs[-1][2] == marks:
            runs[-1] = (runs[-1][0], b, marks)
        else:
            runs.append((a, b, marks))
    return runs
