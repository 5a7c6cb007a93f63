"""Qt item models over a story (services.compare.story.Story): the figures table (rows figures,
columns articles, cells the figure as written, coloured by agreement) and the claims matrix
(rows claims, columns articles, cells the wording with its copies and attribution). Thin
adapters: what a cell says is read from the story, never computed here beyond presentation.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from services.compare import Claim, Figure, Story
from services.models import Article
from ui.language import display_date, fill, is_arabic, translate

# Custom roles: the relation that colours a cell; the member indexes a cell shows; a row's
# range plot (PlotData).
RELATION_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 2
PLOT_ROLE = Qt.ItemDataRole.UserRole + 3

# The relation a cell takes when its members stand in several: the most telling first.
_RELATION_RANK = ("conflict", "updated", "differs", "agree")
# A claim's wording in a cell: enough words to recognise it; the tooltip has the sentence.
CELL_CHARS = 70
HEADER_TITLE_CHARS = 15  # of an untitled outlet's title in its column header (see article_label)
# Values spanning more than this ratio are drawn on a log scale (60 and 750 are 12.5×, apart
# on a linear axis; 60 and 12,000 would crush everything below 1,000 into one pixel).
LOG_SCALE_RATIO = 20.0

SORT_KEYS = ("outlets", "spread", "first")


# The story's tables are laid out right to left in both languages (their cells are Arabic), so
# every Latin run in them is isolated left to right even in the English interface, where
# ui.language.isolated leaves text alone: unisolated, "#1" showed as "1#", "2024-03-13 09:40"
# as "09:40 13-03-2024" and "3 outlets · first: #1" as "#1 :outlets · first 3".


def ltr(text: str) -> str:
    """`text` (an id, a date, a range) kept left to right inside a right-to-left cell."""
    return f"\u2066{text}\u2069" if text else text


def interface_text(text: str) -> str:
    """A label in the interface language for a right-to-left cell: each line of English an
    isolate of its own (a line break ends an isolate); Arabic as it is."""
    if is_arabic():
        return text
    return "\n".join(ltr(line) for line in text.split("\n"))


def article_label(article: Article) -> str:
    """A column header: outlet (or #id) on the first line, date and time on the second."""
    # An article without an outlet is named by the start of its title, cut with … so that it
    # and its #id fit ARTICLE_COLUMN_WIDTH (125 px) at the default font: a header is not
    # elided, and 24 characters were cut off at both ends. The tooltip has the whole title.
    name = article.source or _short(article.title, HEADER_TITLE_CHARS) or f"#{article.id}"
    stored = f"{article.date} {article.time}".strip()
    when = display_date(stored) if article.date else translate("StoryModel", "no date")
    return f"{ltr(f'#{article.id}')} {name}\n{interface_text(when)}"


def topic_text(topic: str) -> str:
    """A figure's topic: its counted noun as written, or the kind of figure ("count",
    "length") in the interface language when nothing names it."""
    from ui.highlights import KIND_NAMES

    names = {kind.value: text for kind, text in KIND_NAMES.items()}
    return translate("highlights", names[topic]) if topic in names else topic


def relation_name(relation: str) -> str:
    """ "conflict", "agree" ... as the interface says it."""
    from ui.highlights import RELATION_LABELS

    labels = {agreement.value: text for agreement, text in RELATION_LABELS.items()}
    return translate("highlights", labels[relation]) if relation in labels else relation


def cell_relation(relations, members: list[int]) -> str | None:
    """The most telling relation any of `members` (member indexes) has with another member."""
    found = {r.relation for r in relations if r.a in members or r.b in members}
    for name in _RELATION_RANK:
        if name in found:
            return name
    return next(iter(sorted(found)), None)


@dataclass(frozen=True)
class PlotData:
    """One figure row's range plot: each member's interval (low, high: None is open), its
    relation colour key, and whether the axis is logarithmic.

    When two or more members' articles have known dates, the members are in time order, top
    to bottom (`timed`), `times` labels each ("09:40", "03-14 18:15", "?" unknown) and `latest`
    marks each outlet's latest figure where the outlet gave more than one
    (services.compare.timeline.figure_timeline)."""

    intervals: tuple[tuple[float | None, float | None, str | None], ...]
    axis_low: float
    axis_high: float
    log: bool
    timed: bool = False
    times: tuple[str, ...] = ()
    latest: tuple[bool, ...] = ()


def plot_data(figure: Figure, articles: Sequence[Article] = ()) -> PlotData | None:
    """The range plot of a figure; None when no member has a finite bound. With the story's
    `articles`, members are put in time order when their times are known (see PlotData)."""
    bounds = [
        x
        for m in figure.members
        for x in (m.quantity.low, m.quantity.high, m.quantity.value)
        if x is not None and math.isfinite(x)
    ]
    if not bounds:
        return None
    low, high = min(bounds), max(bounds)
    positive = [x for x in bounds if x > 0]
    log = bool(positive) and low > 0 and max(positive) / min(positive) > LOG_SCALE_RATIO
    if high == low:
        low, high = low * 0.9 if low else -1.0, high * 1.1 if high else 1.0
    intervals = []
    for k, m in enumerate(figure.members):
        q = m.quantity
        lo = q.low if q.low is not None else q.value
        hi = q.high if q.high is not None or q.low is not None else q.value
        intervals.append((lo, hi, cell_relation(figure.relations, [k])))
    if articles:
        timed = _timeline(figure, articles)
        if timed is not None:
            order, times, latest = timed
            ordered = tuple(intervals[k] for k in order)
            return PlotData(ordered, low, high, log, True, times, latest)
    return PlotData(tuple(intervals), low, high, log)


def _timeline(
    figure: Figure, articles: Sequence[Article]
) -> tuple[list[int], tuple[str, ...], tuple[bool, ...]] | None:
    """(member indexes in time order, their time labels, latest-of-outlet flags), or None when
    fewer than two members have a known date."""
    from services.compare import TimedMember, figure_timeline
    from services.text import moment

    members = [
        TimedMember(
            articles[m.article].id or m.article,
            articles[m.article].source,
            moment(articles[m.article].date, articles[m.article].time),
            m.quantity,
        )
        for m in figure.members
    ]
    dated = [t.moment for t in members if t.moment.known]
    if len(dated) < 2:
        return None
    index_of = {id(t): k for k, t in enumerate(members)}
    entries = figure_timeline(members)
    one_day = len({m.day for m in dated}) == 1
    outlets = Counter(t.outlet for t in members)

    def label(t) -> str:
        if not t.moment.known:
            return "?"
        if one_day:
            return t.moment.time or t.moment.day.isoformat()[5:]
        return f"{t.moment.day.isoformat()[5:]} {t.moment.time}".strip()

    return (
        [index_of[id(e.member)] for e in entries],
        tuple(label(e.member) for e in entries),
        tuple(e.latest and outlets[e.member.outlet] > 1 for e in entries),
    )


class _StoryTable(QAbstractTableModel):
    """Rows of one kind (figures or claims) over the story's articles; `LEAD` columns first."""

    LEAD = 1

    def __init__(self, story: Story | None = None, colours=None, parent=None) -> None:
        super().__init__(parent)
        self._story: Story | None = None
        self._rows: list = []
        self._colours = colours
        if story is not None:
            self.set_story(story)

    def set_story(self, story: Story | None) -> None:
        self.beginResetModel()
        self._story = story
        self._rows = list(self._items(story)) if story is not None else []
        self.endResetModel()

    def set_colours(self, colours) -> None:
        self._colours = colours
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def story(self) -> Story | None:
        return self._story

    def item(self, row: int):
        return self._rows[row]

    def article_of_column(self, column: int) -> int | None:
        """The story's article index shown in `column`, None for a lead column."""
        k = column - self.LEAD
        return k if self._story is not None and 0 <= k < len(self._story.articles) else None

    def column_of_article(self, article: int) -> int:
        return article + self.LEAD

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._story is None:
            return 0
        return self.LEAD + len(self._story.articles)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self._story is None:
            return None
        article = self.article_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                article_label(self._story.articles[article])
                if article is not None
                else self._lead_header(section)
            )
        if role == Qt.ItemDataRole.ToolTipRole and article is not None:
            return self._story.articles[article].title
        return None

    def members_in(self, row: int, article: int) -> list[int]:
        return [k for k, m in enumerate(self._rows[row].members) if m.article == article]

    def sort_by(self, key: str) -> None:
        """Reorder the rows: "outlets" (most articles first), "spread" (widest first), "first"
        (first appearance: the earliest known article of the row, unknown last)."""
        if key not in SORT_KEYS or self._story is None:
            return
        from services.text import moment

        order = _moment_order([moment(a.date, a.time) for a in self._story.articles])
        self.layoutAboutToBeChanged.emit()
        if key == "outlets":
            self._rows.sort(key=lambda r: (-len(r.articles), r.articles))
        elif key == "spread":
            self._rows.sort(key=lambda r: (-_spread(r), -len(r.articles)))
        else:
            self._rows.sort(key=lambda r: (min(order[a] for a in r.articles), -len(r.articles)))
        self.layoutChanged.emit()

    def _tint(self, relation: str | None) -> QColor | None:
        if self._colours is None or relation is None:
            return None
        return getattr(self._colours, f"{relation}_tint", None)


def _moment_order(moments) -> list[float]:
    """Each article's rank by date and time; undated ones after every dated one."""
    keyed = sorted(
        range(len(moments)),
        key=lambda k: (moments[k].day is None, moments[k].day or 0, moments[k].start or 0, k),
    )
    rank = [0.0] * len(moments)
    for position, k in enumerate(keyed):
        rank[k] = position
    return rank


def _spread(row) -> float:
    """How far apart a row's values are, as a ratio (figures); 0 for a claim."""
    if not isinstance(row, Figure):
        return 0.0
    if row.low is None or row.high is None:
        return math.inf
    if row.low <= 0:
        return row.high - row.low
    return row.high / row.low


class FigureTableModel(_StoryTable):
    """Rows: figures given by the story's articles. Column 0 names the figure and holds its
    range plot (PLOT_ROLE); then one column per article: its figure(s) as written."""

    LEAD = 2
    TOPIC, PLOT = 0, 1

    def _items(self, story: Story):
        return story.figures

    def _lead_header(self, section: int) -> str:
        if section == self.TOPIC:
            return translate("StoryModel", "Figure")
        return translate("StoryModel", "Spread")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or self._story is None:
            return None
        figure: Figure = self._rows[index.row()]
        article = self.article_of_column(index.column())
        if article is None:
            if index.column() == self.TOPIC:
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"{topic_text(figure.topic)}\n{_range_text(figure)}"
                if role == Qt.ItemDataRole.ToolTipRole:
                    return fill(
                        translate("StoryModel", "%1: %2, %3 articles"),
                        topic_text(figure.topic),
                        _range_text(figure),
                        len(figure.articles),
                    )
            elif role == PLOT_ROLE:
                return plot_data(figure, self._story.articles)
            elif role == Qt.ItemDataRole.ToolTipRole:
                return _range_text(figure)
            return None
        members = self.members_in(index.row(), article)
        if not members:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(figure.members[k].quantity.text for k in members)
        if role == Qt.ItemDataRole.ToolTipRole:
            sentences = self._story.sentences[article]
            lines = []
            for k in members:
                q = figure.members[k].quantity
                if 0 <= q.sentence < len(sentences):
                    lines.append(sentences[q.sentence].text)
            relation = cell_relation(figure.relations, members)
            shown = relation_name(relation) if relation else ""
            return "\n\n".join(lines) + (f"\n\n({shown})" if shown else "")
        if role == RELATION_ROLE:
            return cell_relation(figure.relations, members)
        if role == MEMBERS_ROLE:
            return tuple(members)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(cell_relation(figure.relations, members))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ClaimMatrixModel(_StoryTable):
    """Rows: claims carried by several articles. Column 0 says how many and who was first;
    then one column per article: its wording, ❐ where it was copied word for word, and whom
    it credits (— سبوتنيك)."""

    LEAD = 1

    def _items(self, story: Story):
        return story.claims

    def _lead_header(self, section: int) -> str:
        return translate("StoryModel", "Claim")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or self._story is None:
            return None
        claim: Claim = self._rows[index.row()]
        article = self.article_of_column(index.column())
        if article is None:
            if role == Qt.ItemDataRole.DisplayRole:
                first = claim.first
                who = (
                    ltr(f"#{self._story.articles[first].id}")
                    if first is not None
                    else translate("StoryModel", "unknown")
                )
                text = fill(
                    translate("StoryModel", "%1 outlets · first: %2"), len(claim.articles), who
                )
                if claim.copied:
                    text += translate("StoryModel", " ❐ copied")
                return interface_text(text)
            return None
        members = self.members_in(index.row(), article)
        if not members:
            return None
        copied = {k for c in claim.copies for k in (c.a, c.b)}
        if role == Qt.ItemDataRole.DisplayRole:
            parts = []
            for k in members:
                m = claim.members[k]
                text = _short(m.text, CELL_CHARS)
                if k in copied:
                    text = "❐ " + text
                if m.attribution is not None:
                    text += f" — {m.attribution.source}"
                parts.append(text)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            for k in members:
                m = claim.members[k]
                credit = ""
                if m.attribution is not None:
                    via = ""
                    if m.attribution.via:
                        via = fill(translate("StoryModel", " (via %1)"), m.attribution.via)
                    credit = f"\n[{m.attribution.kind}: {m.attribution.source}{via}]"
                lines.append(m.text + credit + self._copy_lines(claim, k))
            return "\n\n".join(lines)
        if role == MEMBERS_ROLE:
            return tuple(members)
        if role == RELATION_ROLE:
            return "identical" if copied & set(members) else "shared"
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint("shared")
        return None

    def _copy_lines(self, claim: Claim, k: int) -> str:
        """Under member `k` in a tooltip: each member it shares a passage with word for word,
        and who copied whom when the dates tell (services.compare.story.Copy)."""
        lines = []
        for c in claim.copies:
            if k not in (c.a, c.b):
                continue
            other = c.b if k == c.a else c.a
            who = ltr(f"#{self._story.articles[claim.members[other].article].id}")
            if c.source == other:
                text = translate("StoryModel", "[copied word for word from %1]")
            elif c.source == k:
                text = translate("StoryModel", "[%1 copied it word for word]")
            else:
                text = translate("StoryModel", "[word for word as in %1; who copied whom unknown]")
            lines.append("\n" + fill(text, who))
        return "".join(lines)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _range_text(figure: Figure) -> str:
    def bound(x: float | None) -> str:
        if x is None:
            return "∞"
        return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"

    # Isolated left to right: in a right-to-left table "20 – ∞" would read "∞ – 20".
    return ltr(f"{bound(figure.low)} – {bound(figure.high)}")
