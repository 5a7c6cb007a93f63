"""What an exported comparison holds, as plain values every format reads: the two versions
(read-first one first) with the analyst's notes, the figure findings (conflicts, differences,
agreements; dismissed ones last), the shared claims with both sentences marked as the app
marks them, and one table row per figure of each finding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from services.compare.anchors import finding_keys, text_hash
from services.compare.discrepancies import describe
from services.models import (
    Agreement,
    Annotations,
    Article,
    Comparison,
    DiffTag,
    Quantity,
    Sentence,
    Triage,
)

FORMAT = "riwaya.export/1"

# Conflicts first, then updates (a running total that grew between the reports), then
# differences, then agreements: what an analyst reads first.
_RELATION_ORDER = {
    Agreement.CONFLICT: 0,
    Agreement.UPDATED: 1,
    Agreement.DIFFERS: 2,
    Agreement.AGREE: 3,
}
# Severity when one figure sits in several findings: its mark shows the worst of them.
_SEVERITY = {Agreement.AGREE: 1, Agreement.DIFFERS: 2, Agreement.UPDATED: 3, Agreement.CONFLICT: 4}

# Classes of marked text, shared by the HTML template's style sheet.
CHANGED = "changed"  # a word the other version words differently (the word diff)
DISMISSED = "dismissed"  # a figure whose every finding the analyst dismissed
FIGURE = "figure"  # a figure in no finding


@dataclass(frozen=True)
class Segment:
    """A run of text and how it is marked: "" (plain), a relation ("conflict", "updated",
    "differs", "agree"), CHANGED, DISMISSED or FIGURE."""

    text: str
    mark: str = ""


@dataclass(frozen=True)
class Version:
    """One version as the report names it."""

    side: str  # "left" or "right": its side in the comparison
    id: int | None
    title: str
    outlet: str
    date: str
    path: str
    content_hash: str
    note: str  # the analyst's note on this text


@dataclass(frozen=True)
class FigureSide:
    """One figure of a finding, in its version."""

    text: str  # as written
    described: str  # in plain words: "about 60", "more than 100"
    value: float | None
    low: float | None  # None: unbounded
    high: float | None
    kind: str
    unit: str
    counted: str
    sentence: int
    segments: tuple[Segment, ...]  # its sentence, the figure marked by the relation


@dataclass(frozen=True)
class FigureFinding:
    number: int  # 1-based, in report order
    key: str
    relation: str
    description: str  # the engine's note
    score: float
    triage: Triage
    note: str  # the analyst's
    first: FigureSide
    second: FigureSide


@dataclass(frozen=True)
class ClaimSide:
    sentence: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ClaimFinding:
    number: int
    key: str
    relation: str  # "identical" or "shared"
    similarity: float
    moved: bool
    triage: Triage
    note: str
    first: ClaimSide
    second: ClaimSide


@dataclass(frozen=True)
class FigureRow:
    """One row of the figure table: a figure of a finding (two rows a finding)."""

    finding: int
    relation: str
    triage: str
    note: str
    version: str  # "#3 title" or the file name
    outlet: str
    date: str
    text: str
    value: float | None
    low: float | None
    high: float | None
    kind: str
    unit: str
    counted: str
    description: str
    sentence: str


FIGURE_COLUMNS = (
    ("finding", "finding"),
    ("relation", "relation"),
    ("triage", "triage"),
    ("note", "analyst's note"),
    ("version", "article"),
    ("outlet", "outlet"),
    ("date", "date"),
    ("text", "text as written"),
    ("value", "value"),
    ("low", "low"),
    ("high", "high"),
    ("kind", "kind"),
    ("unit", "unit"),
    ("counted", "counted"),
    ("description", "engine's note"),
    ("sentence", "sentence"),
)


@dataclass(frozen=True)
class ComparisonExport:
    first: Version  # read first: the earlier version, else the comparison's left one
    second: Version
    figures: tuple[FigureFinding, ...]
    claims: tuple[ClaimFinding, ...]
    only_first: int  # sentences of each version linked to none of the other
    only_second: int
    created: str  # when the report was made (ISO date and time)

    @property
    def versions(self) -> tuple[Version, Version]:
        return (self.first, self.second)

    def counts(self) -> dict[str, int]:
        """Findings by relation, dismissed ones apart: {"conflict": 1, ..., "dismissed": 2}."""
        counts: dict[str, int] = {}
        for f in (*self.figures, *self.claims):
            name = DISMISSED if f.triage is Triage.DISMISSED else f.relation
            counts[name] = counts.get(name, 0) + 1
        return counts

    def figure_rows(self) -> tuple[FigureRow, ...]:
        rows = []
        for f in self.figures:
            for version, side in ((self.first, f.first), (self.second, f.second)):
                rows.append(
                    FigureRow(
                        finding=f.number,
                        relation=f.relation,
                        triage=f.triage.value,
                        note=f.note,
                        version=version_name(version),
                        outlet=version.outlet,
                        date=version.date,
                        text=side.text,
                        value=side.value,
                        low=side.low,
                        high=side.high,
                        kind=side.kind,
                        unit=side.unit,
                        counted=side.counted,
                        description=f.description,
                        sentence="".join(s.text for s in side.segments),
                    )
                )
        return tuple(rows)


def version_ref(v: Version) -> str:
    """ "#3" for a library article, else its file's name."""
    return f"#{v.id}" if v.id is not None else v.path.replace("\\", "/").rsplit("/", 1)[-1]


def version_name(v: Version) -> str:
    """ "#3 title", or the file's name and title for an article outside the library."""
    return " ".join(p for p in (version_ref(v), v.title) if p)


def _date_of(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.date.strip()[:10])
    except ValueError:
        return None


def _left_first(c: Comparison) -> bool:
    """The earlier version is read first (it sits on the right in the app); with a date
    missing, the comparison's left one."""
    left, right = _date_of(c.left), _date_of(c.right)
    return not (left is not None and right is not None and right < left)


def finite_or_none(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else x


def build_export(
    comparison: Comparison, annotations: Annotations | None = None, *, created: str = ""
) -> ComparisonExport:
    """The report of `comparison` with the analyst's `annotations`.

    Figure findings come conflicts first, the surest pairing first; dismissed ones come last,
    still marked. Shared claims follow in the first version's reading order.
    """
    c = comparison
    notes = annotations or Annotations()
    left_first = _left_first(c)
    discrepancy_keys, link_keys = finding_keys(c)
    triage = [notes.finding(k) for k in discrepancy_keys]

    # Each figure's mark: the worst relation among its findings the analyst did not dismiss.
    marks: dict[tuple[str, int], str] = {}
    for d, note in zip(c.discrepancies, triage, strict=True):
        for side, index in (("left", d.left), ("right", d.right)):
            current = marks.get((side, index))
            if note.triage is Triage.DISMISSED:
                marks.setdefault((side, index), DISMISSED)
            elif (
                current in (None, DISMISSED)
                or _SEVERITY[d.relation] > _SEVERITY[Agreement(current)]
            ):
                marks[(side, index)] = d.relation.value

    def segmented(
        side: str, sentence: Sentence, changed: list[tuple[int, int]], focus: tuple = ()
    ) -> tuple:
        """The sentence's segments; `focus` (index, mark) marks one figure as its finding
        says, whatever its other findings say."""
        article, quantities = (
            (c.left, c.left_quantities)
            if side == "left"
            else (
                c.right,
                c.right_quantities,
            )
        )
        spans = [(s, e, CHANGED) for s, e in changed]
        for n, q in enumerate(quantities):
            if sentence.start <= q.start and q.end <= sentence.end:
                mark = focus[1] if focus and focus[0] == n else marks.get((side, n), FIGURE)
                spans.append((q.start, q.end, mark))
        return segments_of(article.text, sentence.start, sentence.end, spans)

    def figure_side(side: str, index: int, mark: str) -> FigureSide:
        sentences, quantities = (
            (c.left_sentences, c.left_quantities)
            if side == "left"
            else (c.right_sentences, c.right_quantities)
        )
        q = quantities[index]
        sentence = _sentence_of(sentences, q)
        return FigureSide(
            text=q.text,
            described=describe(q),
            value=q.value,
            low=finite_or_none(q.low),
            high=finite_or_none(q.high),
            kind=q.kind.value,
            unit=q.unit or "",
            counted=q.counted or "",
            sentence=sentence.index if sentence else -1,
            segments=(
                segmented(side, sentence, [], (index, mark))
                if sentence
                else (Segment(q.text, mark),)
            ),
        )

    order = sorted(
        range(len(c.discrepancies)),
        key=lambda i: (
            triage[i].triage is Triage.DISMISSED,
            _RELATION_ORDER.get(c.discrepancies[i].relation, 3),
            -c.discrepancies[i].score,
            c.left_quantities[c.discrepancies[i].left].start,
        ),
    )
    figures = []
    for number, i in enumerate(order, 1):
        d = c.discrepancies[i]
        mark = DISMISSED if triage[i].triage is Triage.DISMISSED else d.relation.value
        left, right = figure_side("left", d.left, mark), figure_side("right", d.right, mark)
        figures.append(
            FigureFinding(
                number=number,
                key=discrepancy_keys[i],
                relation=d.relation.value,
                description=d.note,
                score=d.score,
                triage=triage[i].triage,
                note=triage[i].note,
                first=left if left_first else right,
                second=right if left_first else left,
            )
        )

    moved = {(r.left, r.right) for r in c.rows if r.moved}
    claims = []
    link_notes = [notes.finding(k) for k in link_keys]
    link_order = sorted(
        range(len(c.links)),
        key=lambda i: (
            link_notes[i].triage is Triage.DISMISSED,
            c.links[i].left if left_first else c.links[i].right,
        ),
    )
    for number, i in enumerate(link_order, len(figures) + 1):
        k = c.links[i]
        left_changed = [d.left for d in k.diff if d.op is DiffTag.DELETE and d.left]
        right_changed = [d.right for d in k.diff if d.op is DiffTag.INSERT and d.right]
        left = ClaimSide(k.left, segmented("left", c.left_sentences[k.left], left_changed))
        right = ClaimSide(k.right, segmented("right", c.right_sentences[k.right], right_changed))
        claims.append(
            ClaimFinding(
                number=number,
                key=link_keys[i],
                relation=k.relation.value,
                similarity=k.similarity,
                moved=(k.left, k.right) in moved,
                triage=link_notes[i].triage,
                note=link_notes[i].note,
                first=left if left_first else right,
                second=right if left_first else left,
            )
        )

    linked_left = {k.left for k in c.links}
    linked_right = {k.right for k in c.links}
    only_left = sum(1 for s in c.left_sentences if s.index not in linked_left)
    only_right = sum(1 for s in c.right_sentences if s.index not in linked_right)
    left_version = _version("left", c.left, notes)
    right_version = _version("right", c.right, notes)
    return ComparisonExport(
        first=left_version if left_first else right_version,
        second=right_version if left_first else left_version,
        figures=tuple(figures),
        claims=tuple(claims),
        only_first=only_left if left_first else only_right,
        only_second=only_right if left_first else only_left,
        created=created,
    )


def _version(side: str, article: Article, notes: Annotations) -> Version:
    content_hash = text_hash(article)
    return Version(
        side=side,
        id=article.id,
        title=article.title,
        outlet=article.source,
        date=article.when,  # with its time of day when known: "2024-03-13 18:15"
        path=article.path,
        content_hash=content_hash,
        note=notes.article_note(content_hash),
    )


def _sentence_of(sentences: tuple[Sentence, ...], q: Quantity) -> Sentence | None:
    if 0 <= q.sentence < len(sentences):
        return sentences[q.sentence]
    return next((s for s in sentences if s.start <= q.start < s.end), None)


# Which mark wins where two overlap: a figure's relation over a changed word.
_PRIORITY = {
    CHANGED: 1,
    FIGURE: 2,
    DISMISSED: 3,
    "agree": 4,
    "differs": 5,
    "updated": 6,
    "conflict": 7,
}


def segments_of(
    text: str, start: int, end: int, spans: list[tuple[int, int, str]]
) -> tuple[Segment, ...]:
    """text[start:end] cut into runs of one mark each, whitespace folded to single spaces.

    >>> [(s.text, s.mark) for s in segments_of("نحو 60  شخصا", 0, 12, [(0, 6, "conflict")])]
    [('نحو 60', 'conflict'), (' شخصا', '')]
    """
    marks = [""] * (end - start)
    for s, e, mark in spans:
        for i in range(max(s, start), min(e, end)):
            if _PRIORITY.get(mark, 0) > _PRIORITY.get(marks[i - start], 0):
                marks[i - start] = mark
    runs: list[Segment] = []
    for i, ch in enumerate(text[start:end]):
        ch = " " if ch.isspace() else ch
        if runs and runs[-1].mark == marks[i]:
            if not (ch == " " and runs[-1].text.endswith(" ")):
                runs[-1] = Segment(runs[-1].text + ch, marks[i])
        else:
            if ch == " " and runs and runs[-1].text.endswith(" "):
                continue
            runs.append(Segment(ch, marks[i]))
    if runs:
        runs[0] = Segment(runs[0].text.lstrip(), runs[0].mark)
        runs[-1] = Segment(runs[-1].text.rstrip(), runs[-1].mark)
    return tuple(r for r in runs if r.text)
