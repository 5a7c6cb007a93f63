"""Score Riwaya's comparison against the development set (bench/devset/): precision and recall
of figure pairing, of relations given a correct pair, and of shared-claim links, overall and
per kind of news.

Each pair goes through `services.compare.comparison.compare`, the function `riwaya compare`
runs on two files, with the article's `text` as the analysed text. A gold figure names the
quantity read whose span overlaps it most (none: the figure was not read, a miss); a gold
sentence reference names the engine's sentence holding most of it. Pairs and links in
`may_pair` / `may_link` are never scored; every other predicted pair or link not in the gold
is false. The format of the set is in bench/devset/README.md.

    uv run python -m bench.accuracy [DEVSET] [--verbose] [--json] [--kind KIND] [--check]

An annotation whose substring is not found, or not unique, stops the run with one line on
stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEVSET = Path(__file__).resolve().parent / "devset"
RELATIONS = ("agree", "differs", "conflict", "updated")
_PAIR_SECTIONS = ("figures", "may_pair", "must_not_pair")
_LINK_SECTIONS = ("claims", "may_link", "must_not_link")
_SIDES = ("left", "right")


class AnnotationError(Exception):
    """An annotation that does not resolve; the message is one line naming file and entry."""


@dataclass(frozen=True)
class Side:
    title: str
    outlet: str
    date: str
    text: str


@dataclass(frozen=True)
class Gold:
    """One annotated pair of spans (code points into each side's text); `relation` only for
    `figures`."""

    section: str
    left: tuple[int, int]
    right: tuple[int, int]
    relation: str | None = None


@dataclass(frozen=True)
class DevPair:
    path: Path
    kind: str
    story: str
    left: Side
    right: Side
    entries: tuple[Gold, ...]

    def section(self, name: str) -> tuple[Gold, ...]:
        return tuple(g for g in self.entries if g.section == name)


def _resolve(text: str, ref: object, where: str) -> tuple[int, int]:
    """The span of a reference: a substring found exactly once, or {text, at} (1-based)."""
    if isinstance(ref, dict):
        needle, at = ref.get("text"), ref.get("at")
        if not isinstance(at, int) or at < 1:
            raise AnnotationError(f"{where}: 'at' must be a whole number from 1, got {at!r}")
    else:
        needle, at = ref, None
    if not isinstance(needle, str) or not needle:
        raise AnnotationError(f"{where}: a reference is a non-empty string, got {ref!r}")
    starts = []
    k = text.find(needle)
    while k >= 0:
        starts.append(k)
        k = text.find(needle, k + 1)
    if not starts:
        raise AnnotationError(f"{where}: {needle!r} is not in the text")
    if at is None and len(starts) > 1:
        raise AnnotationError(
            f"{where}: {needle!r} occurs {len(starts)} times; make it unique or add at = N"
        )
    if at is not None and at > len(starts):
        raise AnnotationError(f"{where}: {needle!r} occurs {len(starts)} times, not {at}")
    start = starts[(at or 1) - 1]
    return start, start + len(needle)


def _side(data: dict, where: str) -> Side:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise AnnotationError(f"{where}: needs a table with a text")
    return Side(
        str(data.get("title", "")),
        str(data.get("outlet", "")),
        str(data.get("date", "")),
        data["text"].strip(),
    )


def load_pair(path: Path) -> DevPair:
    """Read one pair and resolve every reference, or raise AnnotationError."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AnnotationError(f"{name}: {str(error).splitlines()[0]}") from error
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind:
        raise AnnotationError(f"{name}: needs a kind")
    sides = {s: _side(data.get(s), f"{name}: [{s}]") for s in _SIDES}
    known = {"kind", "story", *_SIDES, *_PAIR_SECTIONS, *_LINK_SECTIONS}
    if unknown := sorted(set(data) - known):
        raise AnnotationError(f"{name}: unknown key {unknown[0]!r}")
    entries = []
    for section in (*_PAIR_SECTIONS, *_LINK_SECTIONS):
        for i, entry in enumerate(data.get(section, ()), 1):
            where = f"{name}: {section}[{i}]"
            spans = [_resolve(sides[s].text, entry.get(s), f"{where}.{s}") for s in _SIDES]
            relation = entry.get("relation")
            if section == "figures" and relation not in RELATIONS:
                raise AnnotationError(f"{where}: relation must be one of {', '.join(RELATIONS)}")
            entries.append(Gold(section, spans[0], spans[1], relation))
    return DevPair(
        path, kind, str(data.get("story", "")), sides["left"], sides["right"], tuple(entries)
    )


def load_devset(folder: Path = DEVSET) -> list[DevPair]:
    """Every pair of the set, in file-name order."""
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise AnnotationError(f"{folder}: no .toml pairs")
    return [load_pair(p) for p in paths]


# ---- scoring -------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives of one decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
        }


Key = tuple[int, int]


def score_sets(
    gold: Iterable[Key], neutral: Iterable[Key], predicted: Iterable[Key]
) -> tuple[Counts, set[Key], set[Key]]:
    """Counts of a predicted set against a gold set; `neutral` pairs are never scored.
    Returns the counts, the misses and the false pairs.

    >>> c, missed, false = score_sets({(0, 0), (1, 1)}, {(2, 2)}, {(0, 0), (2, 2), (3, 3)})
    >>> (c.tp, c.fp, c.fn, c.precision, c.recall), missed, false
    ((1, 1, 1, 0.5, 0.5), {(1, 1)}, {(3, 3)})
    """
    gold, predicted = set(gold), set(predicted)
    neutral = set(neutral) - gold
    missed = gold - predicted
    false = predicted - gold - neutral
    return Counts(len(gold & predicted), len(false), len(missed)), missed, false


def _most_overlap(spans: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    best, best_overlap = None, 0
    for k, (s, e) in enumerate(spans):
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


@dataclass
class PairResult:
    """The scores of one pair and what went wrong, as lines a reader can check."""

    name: str
    kind: str
    figures: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    # (gold relation, predicted relation) of each gold pair the engine made
    relations: list[tuple[str, str]] = field(default_factory=list)
    unread: int = 0
    must_not_pair: int = 0
    must_not_link: int = 0
    problems: list[str] = field(default_factory=list)


def score_pair(pair: DevPair, comparison) -> PairResult:
    """Score one comparison (a services.models.Comparison) against the pair's gold."""
    result = PairResult(pair.path.name, pair.kind)
    lq, rq = comparison.left_quantities, comparison.right_quantities
    lspans = [(q.start, q.end) for q in lq]
    rspans = [(q.start, q.end) for q in rq]
    ltext, rtext = pair.left.text, pair.right.text

    def quantities(section: str) -> tuple[dict[Key, str | None], list[Gold]]:
        found, unread = {}, []
        for g in pair.section(section):
            a, b = _most_overlap(lspans, *g.left), _most_overlap(rspans, *g.right)
            if a is None or b is None:
                unread.append(g)
            else:
                found.setdefault((a, b), g.relation)
        return found, unread

    gold, unread = quantities("figures")
    neutral, _ = quantities("may_pair")
    must_not, _ = quantities("must_not_pair")
    found = {(d.left, d.right): d for d in comparison.discrepancies}
    counts, missed, false = score_sets(gold, neutral, found)
    counts.fn += len(unread)
    result.figures, result.unread = counts, len(unread)
    result.must_not_pair = len(set(must_not) & set(found))

    def figure(k: Key) -> str:
        return f"«{lq[k[0]].text}» ~ «{rq[k[1]].text}»"

    for g in unread:
        sides = [
            s
            for s, span, spans in (("left", g.left, lspans), ("right", g.right, rspans))
            if _most_overlap(spans, *span) is None
        ]
        result.problems.append(
            f"unread     «{ltext[slice(*g.left)]}» ~ «{rtext[slice(*g.right)]}» "
            f"({g.relation}): not read on the {' and '.join(sides)}"
        )
    for k in sorted(missed):
        result.problems.append(f"missed     {figure(k)} ({gold[k]})")
    for k in sorted(false):
        tag = " [must not pair]" if k in must_not else ""
        result.problems.append(f"false pair {figure(k)} ({found[k].relation.value}){tag}")
    for k in sorted(set(gold) & set(found)):
        want, got = gold[k], found[k].relation.value
        result.relations.append((want, got))
        if want != got:
            result.problems.append(f"relation   {figure(k)}: want {want}, got {got}")

    lsent = [(s.start, s.end) for s in comparison.left_sentences]
    rsent = [(s.start, s.end) for s in comparison.right_sentences]

    def sentences(section: str) -> set[Key]:
        keys = set()
        for g in pair.section(section):
            a, b = _most_overlap(lsent, *g.left), _most_overlap(rsent, *g.right)
            if a is not None and b is not None:
                keys.add((a, b))
        return keys

    linked = {(k.left, k.right) for k in comparison.links}
    not_link = sentences("must_not_link")
    result.links, missed, false = score_sets(sentences("claims"), sentences("may_link"), linked)
    result.must_not_link = len(not_link & linked)

    def link(k: Key) -> str:
        left = comparison.left_sentences[k[0]].text
        right = comparison.right_sentences[k[1]].text
        return f"«{_clip(left)}» ~ «{_clip(right)}»"

    for k in sorted(missed):
        result.problems.append(f"no link    {link(k)}")
    for k in sorted(false):
        tag = " [must not link]" if k in not_link else ""
        result.problems.append(f"false link {link(k)}{tag}")
    return result


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compare_pair(pair: DevPair):
    """The comparison `riwaya compare` makes of the pair's two texts."""
    from services.compare.comparison import compare
    from services.models import Article

    def article(side: Side) -> Article:
        # "2026-11-02T09:40": the date and the time of day, as the library keeps them
        date, _, time = side.date.partition("T")
        return Article(None, side.title, side.outlet, date, "", side.text, side.text, time=time)

    return compare(article(pair.left), article(pair.right))


# ---- report --------------------------------------------------------------------------------


@dataclass
class Totals:
    pairs: int = 0
    figures: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    relations: list[tuple[str, str]] = field(default_factory=list)
    unread: int = 0
    must_not_pair: int = 0
    must_not_link: int = 0

    def add(self, r: PairResult) -> None:
        self.pairs += 1
        self.figures.add(r.figures)
        self.links.add(r.links)
        self.relations.extend(r.relations)
        self.unread += r.unread
        self.must_not_pair += r.must_not_pair
        self.must_not_link += r.must_not_link

    def relation_scores(self) -> dict:
        """Accuracy, and precision and recall of each relation, over the correct pairs."""
        right = sum(want == got for want, got in self.relations)
        scores: dict = {
            "pairs": len(self.relations),
            "correct": right,
            "accuracy": right / len(self.relations) if self.relations else None,
        }
        for label in RELATIONS:
            c = Counts(
                sum(w == g == label for w, g in self.relations),
                sum(g == label != w for w, g in self.relations),
                sum(w == label != g for w, g in self.relations),
            )
            scores[label] = c.as_dict()
        return scores

    def as_dict(self) -> dict:
        return {
            "pairs": self.pairs,
            "figures": {**self.figures.as_dict(), "unread": self.unread},
            "relations": self.relation_scores(),
            "links": self.links.as_dict(),
            "must_not_pair_violations": self.must_not_pair,
            "must_not_link_violations": self.must_not_link,
        }


def _f(x: float | None) -> str:
    return "   —" if x is None else f"{x:.2f}"


def _row(name: str, t: Totals) -> str:
    f, k, r = t.figures, t.links, t.relation_scores()
    figures, links = f"{f.tp}/{f.fp}/{f.fn}", f"{k.tp}/{k.fp}/{k.fn}"
    relations = f"{r['correct']}/{r['pairs']}"
    return (
        f"{name:<11}{t.pairs:>5} {_f(f.precision)} {_f(f.recall)} {figures:<13}"
        f"{_f(r['accuracy'])} {relations:<10}{_f(k.precision)} {_f(k.recall)} {links}"
    )


def report(results: list[PairResult], verbose: bool) -> str:
    overall, kinds = Totals(), defaultdict(Totals)
    for r in results:
        overall.add(r)
        kinds[r.kind].add(r)
    lines = [
        f"{'':<17}{'figure pairing':<25}{'relations':<15}claim links",
        f"{'kind':<11}{'pairs':>5} {'P':>4} {'R':>4} {'tp/fp/fn':<13}"
        f"{'acc':>4} {'ok/n':<10}{'P':>4} {'R':>4} tp/fp/fn",
        _row("all", overall),
    ]
    lines += [_row(kind, kinds[kind]) for kind in sorted(kinds)]
    rel = overall.relation_scores()
    lines.append("")
    lines.append(
        "relations, given a correct pair: "
        + "  ".join(
            f"{label} P {_f(rel[label]['precision'])} R {_f(rel[label]['recall'])}"
            for label in RELATIONS
        )
    )
    lines.append(
        f"figures not read: {overall.unread}; must-not pairs made: {overall.must_not_pair}; "
        f"must-not links made: {overall.must_not_link}"
    )
    if verbose:
        for r in results:
            if r.problems:
                lines.append("")
                lines.append(r.name)
                lines += [f"  {p}" for p in r.problems]
    return "\n".join(lines) + "\n"


def evaluate(pairs: list[DevPair]) -> list[PairResult]:
    return [score_pair(p, compare_pair(p)) for p in pairs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false pairs")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--kind", help="only the pairs of this kind of news")
    parser.add_argument("--check", action="store_true", help="only load and resolve the set")
    args = parser.parse_args(argv)
    try:
        pairs = load_devset(args.devset)
    except AnnotationError as error:
        print(f"bench.accuracy: {error}", file=sys.stderr)
        return 1
    if args.kind:
        pairs = [p for p in pairs if p.kind == args.kind]
    if args.check:
        kinds = len({p.kind for p in pairs})
        print(
            f"{len(pairs)} pairs of {kinds} kinds, {sum(len(p.entries) for p in pairs)} "
            "annotations, all resolved"
        )
        return 0
    results = evaluate(pairs)
    if args.json:
        overall, kinds = Totals(), defaultdict(Totals)
        for r in results:
            overall.add(r)
            kinds[r.kind].add(r)
        doc = {
            "overall": overall.as_dict(),
            "kinds": {k: kinds[k].as_dict() for k in sorted(kinds)},
            "pairs": [{"file": r.name, "kind": r.kind, "problems": r.problems} for r in results],
        }
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print(report(results, args.verbose), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
