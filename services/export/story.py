"""What an exported story holds (services.compare.story): its versions with the analyst's
notes, its figures — each with every article's value, the spread, and the pairwise relations
with their triage — and the claims several articles carry; one table row per figure member.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.compare.anchors import story_relation_keys, text_hash
from services.compare.discrepancies import describe
from services.export.content import (
    DISMISSED,
    FigureRow,
    Segment,
    Version,
    finite_or_none,
    segments_of,
    version_name,
)
from services.models import Annotations, Triage

STORY_FORMAT = "riwaya.story-export/1"
# Severity of a member's relations: its mark shows the worst one the analyst did not dismiss.
_SEVERITY = {"agree": 1, "updated": 1, "differs": 2, "conflict": 3}


@dataclass(frozen=True)
class StoryMember:
    """One article's value in a figure."""

    article: int  # index into StoryExport.versions
    text: str
    described: str
    value: float | None
    low: float | None
    high: float | None
    kind: str
    unit: str
    mark: str  # its worst live relation, DISMISSED when all were dismissed, "" when none
    segments: tuple[Segment, ...]  # its sentence, the figure marked


@dataclass(frozen=True)
class StoryRelation:
    a: int  # member indexes
    b: int
    relation: str
    description: str  # the engine's note
    key: str
    triage: Triage
    note: str  # the analyst's


@dataclass(frozen=True)
class StoryFigure:
    number: int
    topic: str
    low: float | None
    high: float | None
    first: int | None
    members: tuple[StoryMember, ...]
    relations: tuple[StoryRelation, ...]


@dataclass(frozen=True)
class StoryClaim:
    number: int
    first: int | None
    copied: bool
    members: tuple[tuple[int, str], ...]  # (article index, sentence text)


@dataclass(frozen=True)
class StoryExport:
    versions: tuple[Version, ...]
    figures: tuple[StoryFigure, ...]  # given by several articles, the most spread first
    claims: tuple[StoryClaim, ...]
    created: str

    def figure_rows(self) -> tuple[FigureRow, ...]:
        """One row per member of each figure (the columns of content.FIGURE_COLUMNS)."""
        rows = []
        for f in self.figures:
            for n, m in enumerate(f.members):
                mine = [r for r in f.relations if n in (r.a, r.b)]
                notes = "; ".join(dict.fromkeys(r.note for r in mine if r.note))
                live = [r for r in mine if r.triage is not Triage.DISMISSED]
                triage = (
                    "dismissed"
                    if mine and not live
                    else ("reviewed" if live and all(r.triage is Triage.REVIEWED for r in live)
                          else "open")
                )  # fmt: skip
                v = self.versions[m.article]
                rows.append(
                    FigureRow(
                        finding=f.number,
                        relation=m.mark,
                        triage=triage,
                        note=notes,
                        version=version_name(v),
                        outlet=v.outlet,
                        date=v.date,
                        text=m.text,
                        value=m.value,
                        low=m.low,
                        high=m.high,
                        kind=m.kind,
                        unit=m.unit,
                        counted="",
                        description=f.topic,
                        sentence="".join(s.text for s in m.segments),
                    )
                )
        return tuple(rows)


def story_hashes_and_keys(story) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content hashes of a story's articles and the keys of its figure relations: what to
    ask the library's notes for."""
    hashes = tuple(text_hash(a) for a in story.articles)
    keys = tuple(k for row in story_relation_keys(story) for k in row)
    return hashes, keys


def build_story_export(story, annotations: Annotations | None = None, *, created: str = ""):
    """The report of a story (figures given by one article only are left out)."""
    notes = annotations or Annotations()
    keys = story_relation_keys(story)
    figures = []
    ranked = [(f, k) for f, k in zip(story.figures, keys, strict=True) if len(f.articles) > 1]
    for number, (f, fkeys) in enumerate(ranked, 1):
        relations = tuple(
            StoryRelation(
                r.a,
                r.b,
                r.relation,
                r.note,
                key,
                notes.finding(key).triage,
                notes.finding(key).note,
            )  # fmt: skip
            for r, key in zip(f.relations, fkeys, strict=True)
        )
        members = []
        for n, m in enumerate(f.members):
            mine = [r for r in relations if n in (r.a, r.b)]
            live = [r for r in mine if r.triage is not Triage.DISMISSED]
            mark = max((r.relation for r in live), key=lambda x: _SEVERITY.get(x, 0), default="")
            if mine and not live:
                mark = DISMISSED
            q = m.quantity
            sentences = story.sentences[m.article]
            text = story.articles[m.article].text
            if 0 <= q.sentence < len(sentences):
                s = sentences[q.sentence]
                segments = segments_of(text, s.start, s.end, [(q.start, q.end, mark or "figure")])
            else:
                segments = (Segment(q.text, mark or "figure"),)
            members.append(
                StoryMember(
                    article=m.article,
                    text=q.text,
                    described=describe(q),
                    value=q.value,
                    low=finite_or_none(q.low),
                    high=finite_or_none(q.high),
                    kind=q.kind.value,
                    unit=q.unit or "",
                    mark=mark,
                    segments=segments,
                )
            )
        figures.append(
            StoryFigure(number, f.topic, f.low, f.high, f.first, tuple(members), relations)
        )
    claims = tuple(
        StoryClaim(
            number,
            c.first,
            c.copied,
            tuple((m.article, " ".join(m.text.split())) for m in c.members),
        )
        for number, c in enumerate(story.claims, len(figures) + 1)
    )
    versions = tuple(
        Version(
            side=str(k),
            id=a.id,
            title=a.title,
            outlet=a.source,
            date=a.when,
            path=a.path,
            content_hash=text_hash(a),
            note=notes.article_note(text_hash(a)),
        )
        for k, a in enumerate(story.articles)
    )
    return StoryExport(versions, tuple(figures), claims, created)


def story_json(story, annotations: Annotations | None = None) -> dict:
    """The "riwaya.story/1" document with the analyst's work added: each article's
    `content_hash` and `analyst_note`, each figure relation's `key`, `triage` and
    `analyst_note` (fields added, none changed)."""
    from services.compare.story import story_to_json

    notes = annotations or Annotations()
    data = story_to_json(story)
    for entry, article in zip(data["articles"], story.articles, strict=True):
        entry["content_hash"] = text_hash(article)
        entry["analyst_note"] = notes.article_note(entry["content_hash"])
    for figure, keys in zip(data["figures"], story_relation_keys(story), strict=True):
        for relation, key in zip(figure["relations"], keys, strict=True):
            found = notes.finding(key)
            relation |= {"key": key, "triage": found.triage.value, "analyst_note": found.note}
    return data
