"""The values that cross Riwaya's boundaries: frozen dataclasses with tuples, never raw rows.

Offsets are code-point offsets into an article's analysed text (`Article.text`) unless a field
says otherwise; the UI converts them to Qt's UTF-16 positions in one helper.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import overload


@dataclass(frozen=True)
class Article:
    """One outlet's version of a story, as stored in the library.

    `original` is the text exactly as it was read from the file (decoded, nothing removed);
    `text` is the analysed text: page furniture stripped, line breaks tidied. All offsets in
    sentences, quantities and links point into `text`.
    """

    id: int | None
    title: str
    source: str
    date: str
    path: str
    original: str
    text: str
    content_hash: str = ""
    format: str = ""
    encoding: str = ""
    imported_at: str = ""
    # The time of day it was published, when the text or file says: "18:15", a part of the
    # day ("evening"), or "" (services.text.moments).
    time: str = ""

    @property
    def when(self) -> str:
        """Date and time as one cell: "2024-03-13 18:15", "2024-03-13", ""."""
        return f"{self.date} {self.time}".strip() if self.date else ""


@dataclass(frozen=True)
class ArticleSummary:
    """An article without its texts: what lists and tables show, cheap for 10,000 rows."""

    id: int
    title: str
    source: str
    date: str
    path: str
    figures: int = 0
    imported_at: str = ""
    time: str = ""

    @property
    def when(self) -> str:
        """Date and time as one cell: "2024-03-13 18:15", "2024-03-13", ""."""
        return f"{self.date} {self.time}".strip() if self.date else ""


@dataclass(frozen=True)
class Collection:
    """A named story saved in the library: its articles' ids in the order the analyst chose."""

    id: int
    name: str
    article_ids: tuple[int, ...]
    created_at: str = ""


@dataclass(frozen=True)
class ParsedDocument:
    """What the importer read from one file, before the library stores it."""

    path: str
    original: str
    text: str
    title: str
    source: str
    date: str
    format: str
    encoding: str
    time: str = ""


@dataclass(frozen=True)
class ImportProblem:
    """A file that could not be imported, with a one-line reason a reader understands."""

    path: str
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """The outcome of one import batch: every input path ends up in exactly one of these."""

    imported: tuple[Article, ...] = ()
    duplicates: tuple[tuple[str, int], ...] = ()  # (path, id of the article already stored)
    refused: tuple[ImportProblem, ...] = ()


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result; `snippet` marks matches with [ and ]."""

    article: Article
    snippet: str


@dataclass(frozen=True)
class Token:
    """A word of the text: its span, its normalised form and its light stem."""

    text: str
    start: int
    end: int
    norm: str
    stem: str

    @classmethod
    def of(cls, text: str, start: int, end: int, norm: str, stem: str) -> Token:
        """The same token as `Token(...)`, made in half the time: the generated __init__ sets
        the five frozen fields one `object.__setattr__` at a time (1.4 µs a token, 0.7 this
        way), and an article is a thousand tokens, made at every import and every load."""
        token = object.__new__(cls)
        fields = token.__dict__
        fields["text"], fields["start"], fields["end"] = text, start, end
        fields["norm"], fields["stem"] = norm, stem
        return token


class Tokens(Sequence[Token]):
    """An article's word tokens kept in the parallel columns they are stored in, each `Token`
    made only when it is asked for: loading a stored analysis then makes no object per word, and
    a comparison makes tokens only for the sentences it diffs. Slicing gives a view, not a copy.
    Equal to (and hashed like) the tuple of the same tokens.
    """

    __slots__ = ("_text", "_starts", "_ends", "_norms", "_stems", "_first", "_stop")

    def __init__(
        self,
        text: str,
        starts: Sequence[int],
        ends: Sequence[int],
        norms: Sequence[str],
        stems: Sequence[str],
        *,
        first: int = 0,
        stop: int | None = None,
    ) -> None:
        if not len(starts) == len(ends) == len(norms) == len(stems):
            raise ValueError("token columns of different lengths")
        self._text = text
        self._starts, self._ends, self._norms, self._stems = starts, ends, norms, stems
        self._first = first
        self._stop = len(starts) if stop is None else stop

    def __len__(self) -> int:
        return self._stop - self._first

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        span = range(self._first, self._stop)[index]
        if isinstance(span, int):
            return self._token(span)
        if span.step != 1:
            return tuple(self._token(k) for k in span)
        return self.between(span.start, max(span.start, span.stop))

    def between(self, first: int, stop: int) -> Tokens:
        """A view of the tokens at positions `first` to `stop` of the columns (of the whole
        article's, not of this view), without __init__'s checks: loading a stored analysis makes
        one for each sentence, in a third of the instructions."""
        view = object.__new__(Tokens)
        view._text, view._starts, view._ends = self._text, self._starts, self._ends
        view._norms, view._stems = self._norms, self._stems
        view._first, view._stop = first, stop
        return view

    def __iter__(self) -> Iterator[Token]:
        return (self._token(k) for k in range(self._first, self._stop))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens | tuple):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Tokens({tuple(self)!r})"

    @property
    def norms(self) -> Sequence[str]:
        """The tokens' normalised forms, without making the tokens."""
        return self._norms[self._first : self._stop]

    @property
    def starts(self) -> Sequence[int]:
        return self._starts[self._first : self._stop]

    @property
    def ends(self) -> Sequence[int]:
        return self._ends[self._first : self._stop]

    def _token(self, k: int) -> Token:
        start, end = self._starts[k], self._ends[k]
        return Token.of(self._text[start:end], start, end, self._norms[k], self._stems[k])


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int


class Kind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    # A proportion written as a fraction word: نصف السكان, ثلاثة أرباع → 0.5, 0.75 of `counted`.
    FRACTION = "fraction"
    LENGTH = "length"
    AREA = "area"
    WEIGHT = "weight"
    VOLUME = "volume"
    TEMPERATURE = "temperature"
    DURATION = "duration"
    # How fast (60 كم/س, 50 عقدة), how much power (800 ميغاواط) and energy (ميغاواط ساعة): each
    # a dimension of its own, never a length, a count of megawatts or a duration.
    SPEED = "speed"
    POWER = "power"
    ENERGY = "energy"
    # An earthquake's strength (6.8 درجات على مقياس ريختر): a measure, never a count of degrees.
    MAGNITUDE = "magnitude"
    DATE = "date"
    YEAR = "year"
    TIME = "time"
    ORDINAL = "ordinal"
    IDENTIFIER = "identifier"


@dataclass(frozen=True)
class Quantity:
    """A figure with its meaning.

    `low`/`high` bound the interval the text asserts (None where unbounded): "نحو 60" is
    [54, 66], "أكثر من 100" is (100, None). `counted` is the noun counted as written,
    `counted_stem` its light stem; `unit` the currency or measure ("USD", "km", "%").
    """

    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    kind: Kind
    unit: str | None = None
    counted: str | None = None
    counted_stem: str | None = None
    qualifier: str | None = None
    sentence: int = -1


class LinkRelation(StrEnum):
    IDENTICAL = "identical"
    SHARED = "shared"


class DiffTag(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True)
class DiffOp:
    """One run of a word-level diff inside a link.

    `left`/`right` are (start, end) spans in the left/right article's text: an `equal` run has
    both, a `delete` only `left`, an `insert` only `right`.
    """

    op: DiffTag
    text: str
    left: tuple[int, int] | None = None
    right: tuple[int, int] | None = None


@dataclass(frozen=True)
class Link:
    """Two sentences, one in each article, that state the same claim."""

    left: int
    right: int
    relation: LinkRelation
    similarity: float
    diff: tuple[DiffOp, ...] = ()
    # The (left, right) quantity indexes of the figure pair that links the two sentences, when
    # their words alone did not: the same claim with different numbers (about 60 / 750 moved).
    figures: tuple[int, int] | None = None


@dataclass(frozen=True)
class Row:
    """One display row: a left sentence, a right sentence, or both side by side."""

    left: int | None
    right: int | None
    moved: bool = False


class Agreement(StrEnum):
    AGREE = "agree"
    DIFFERS = "differs"
    CONFLICT = "conflict"
    # A running total that grew between an earlier and a later article, or that the later
    # text marks as changed (services.compare.timeline): news, not a contradiction.
    UPDATED = "updated"


@dataclass(frozen=True)
class Discrepancy:
    """Two quantities about the same thing; `left`/`right` index the sides' quantity tuples."""

    left: int
    right: int
    relation: Agreement
    note: str = ""
    # How surely the two figures are about the same thing (same counted noun, same event,
    # linked sentences): findings of one relation are read strongest first.
    score: float = 0.0
    # Which side is the later figure ("left" or "right") when the two are ordered in time:
    # set for `updated`, and for a later lower running total that stays a conflict.
    later: str = ""


@dataclass(frozen=True)
class Comparison:
    left: Article
    right: Article
    left_sentences: tuple[Sentence, ...]
    right_sentences: tuple[Sentence, ...]
    links: tuple[Link, ...]
    rows: tuple[Row, ...]
    left_quantities: tuple[Quantity, ...]
    right_quantities: tuple[Quantity, ...]
    discrepancies: tuple[Discrepancy, ...]


class Triage(StrEnum):
    """What the analyst made of a finding."""

    OPEN = "open"  # not looked at yet: the default, never stored on its own
    REVIEWED = "reviewed"
    # A false finding: the two figures are not about the same thing, or the claims not one.
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class FindingNote:
    """The analyst's triage and note on one finding, under the finding's key
    (`services.compare.anchors`): the same two texts and anchors give the same key after a
    re-import or a re-analysis."""

    key: str
    triage: Triage = Triage.OPEN
    note: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Annotations:
    """The analyst's notes that bear on one comparison: a note per article (by content hash)
    and a triage and note per finding (by key). Empty when there are none."""

    articles: tuple[tuple[str, str], ...] = ()  # (content hash, note)
    findings: tuple[FindingNote, ...] = ()

    def article_note(self, content_hash: str) -> str:
        return next((note for h, note in self.articles if h == content_hash and h), "")

    def finding(self, key: str) -> FindingNote:
        return next((f for f in self.findings if f.key == key), FindingNote(key))

    def with_finding(self, note: FindingNote) -> Annotations:
        """These annotations with `note` in place of the one under its key."""
        others = tuple(f for f in self.findings if f.key != note.key)
        kept = note.triage is not Triage.OPEN or bool(note.note)
        return Annotations(self.articles, others + ((note,) if kept else ()))

    def with_article_note(self, content_hash: str, note: str) -> Annotations:
        others = tuple((h, n) for h, n in self.articles if h != content_hash)
        return Annotations(others + (((content_hash, note),) if note else ()), self.findings)
