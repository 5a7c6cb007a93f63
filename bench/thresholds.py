"""Measure sentence similarity on labelled pairs, so alignment's thresholds rest on evidence.

    uv run python -m bench.thresholds [--seeds DIR] [--show N]

Prints, for the story pairs and headline pairs written for the tests (tests/data/compare/),
the distribution of each similarity part for pairs a reader links, pairs a reader does not
link (same story, and across stories), and how many of each a threshold keeps. With the seed
reports present (../shared/seeds), prints their best-scoring cross-article pairs to read.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from services.compare.alignment import THRESHOLD, align_sentences
from services.compare.analysis import Analysis, analyse
from services.compare.similarity import Score, score_pair
from services.compare.terms import sentence_terms
from services.compare.termspace import term_space

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "compare"
SEEDS = ROOT.parent / "shared" / "seeds"


@dataclass(frozen=True)
class Scored:
    label: str  # "link", "optional", "none", "cross"
    score: Score
    left: str
    right: str


def _analyse(text: str) -> Analysis:
    try:
        return analyse(text)
    except ImportError:  # quantities not available: measure on words alone
        from services.text.arabic import tokenize
        from services.text.sentences import split_sentences

        return Analysis(split_sentences(text), (), tokenize(text))


def _find(analysis: Analysis, snippet: str) -> int:
    hits = [s.index for s in analysis.sentences if snippet in s.text]
    if len(hits) != 1:
        raise SystemExit(f"snippet {snippet!r} found in {len(hits)} sentences")
    return hits[0]


def _all_pairs(a: Analysis, b: Analysis) -> dict[tuple[int, int], Score]:
    space = term_space(
        sentence_terms(a.sentences, a.tokens, a.quantities),
        sentence_terms(b.sentences, b.tokens, b.quantities),
    )
    return {
        (i, j): score_pair(space, i, j)
        for i in range(len(a.sentences))
        for j in range(len(b.sentences))
    }


def story_pairs() -> list[Scored]:
    stories = json.loads((DATA / "stories.json").read_text(encoding="utf-8"))["stories"]
    loaded = []
    for story in stories:
        a = _analyse((DATA / story["left"]).read_text(encoding="utf-8"))
        b = _analyse((DATA / story["right"]).read_text(encoding="utf-8"))
        links = {(_find(a, x), _find(b, y)) for x, y in story["links"]}
        optional = {(_find(a, x), _find(b, y)) for x, y in story["optional"]}
        loaded.append((a, b, links, optional))
    out = []
    for n, (a, b, links, optional) in enumerate(loaded):
        for (i, j), s in _all_pairs(a, b).items():
            label = "link" if (i, j) in links else "optional" if (i, j) in optional else "none"
            out.append(Scored(label, s, a.sentences[i].text, b.sentences[j].text))
        for m, (_, other, _, _) in enumerate(loaded):
            if m != n:
                for (i, j), s in _all_pairs(a, other).items():
                    out.append(Scored("cross", s, a.sentences[i].text, other.sentences[j].text))
    return out


def headline_pairs() -> list[Scored]:
    data = json.loads((DATA / "headlines.json").read_text(encoding="utf-8"))
    out = []
    for label in ("related", "unrelated"):
        for x, y in data[label]:
            s = _all_pairs(_analyse(x), _analyse(y))[(0, 0)]
            out.append(Scored(label, s, x, y))
    return out


def _quantiles(values: list[float]) -> str:
    if not values:
        return "-"
    values = sorted(values)
    q = statistics.quantiles(values, n=10) if len(values) > 1 else values * 9
    return (
        f"n={len(values):5d} min={values[0]:.3f} p10={q[0]:.3f} p50={q[4]:.3f} "
        f"p90={q[8]:.3f} max={values[-1]:.3f}"
    )


def _report(title: str, rows: list[Scored], labels: tuple[str, ...]) -> None:
    print(f"\n== {title}")
    parts = ("value", "dice", "containment", "grams", "shorter")
    for part in parts:
        print(f"  {part}")
        for label in labels:
            values = [getattr(r.score, part) for r in rows if r.label == label]
            print(f"    {label:9s} {_quantiles(values)}")
    print("  threshold sweep on the combined value (kept / total per label)")
    for t in (0.2, 0.26, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.45, 0.5):
        counts = []
        for label in labels:
            total = [r for r in rows if r.label == label]
            kept = sum(1 for r in total if r.score.value >= t)
            counts.append(f"{label} {kept}/{len(total)}")
        print(f"    >= {t:.2f}: " + ", ".join(counts))


def _show_extremes(rows: list[Scored], positive: str, negative: str, n: int) -> None:
    pos = sorted((r for r in rows if r.label == positive), key=lambda r: r.score.value)[:n]
    neg = sorted((r for r in rows if r.label == negative), key=lambda r: -r.score.value)[:n]
    print(f"  weakest {positive}:")
    for r in pos:
        print(f"    {r.score.value:.3f}  {r.left[:60]}  ||  {r.right[:60]}")
    print(f"  strongest {negative}:")
    for r in neg:
        print(f"    {r.score.value:.3f}  {r.left[:60]}  ||  {r.right[:60]}")


def seed_pairs(folder: Path, show: int) -> None:
    files = sorted(folder.glob("*.txt"))
    if len(files) < 2:
        return
    analyses = {f.name[:3]: _analyse(f.read_text(encoding="utf-8")) for f in files}
    names = sorted(analyses)
    print(f"\n== seed reports in {folder}: links chosen (threshold {THRESHOLD})")
    for x in range(len(names)):
        for y in range(x + 1, len(names)):
            a, b = analyses[names[x]], analyses[names[y]]
            links = align_sentences(a, b)
            print(f"  {names[x]} vs {names[y]}: {len(links)} links")
            for link in sorted(links, key=lambda k: -k.similarity)[:show]:
                print(
                    f"    {link.similarity:.3f} {link.relation.value:9s} "
                    f"{a.sentences[link.left].text[:55]}  ||  {b.sentences[link.right].text[:55]}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--show", type=int, default=6)
    args = parser.parse_args(argv)
    stories = story_pairs()
    _report("story pairs", stories, ("link", "optional", "none", "cross"))
    _show_extremes(stories, "link", "none", args.show)
    headlines = headline_pairs()
    _report("headline pairs", headlines, ("related", "unrelated"))
    _show_extremes(headlines, "related", "unrelated", args.show)
    if args.seeds.is_dir():
        seed_pairs(args.seeds, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
