"""Measure word-for-word reuse, so services.compare.tuning.COPY_RUN rests on evidence.

    uv run python -m bench.reuse [--show N]

For every sentence of one version against every sentence of the other, the longest run of
words the two share (services.compare.reuse.carried): over the dev set (bench/devset, versions
written in each outlet's own words), over the story pairs of tests/data/compare (one of them,
sanctions, a wire copy) and over its headline pairs. Prints how many pairs reach each length,
how many carry the shorter sentence whole, and the longest runs.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.accuracy import load_devset
from services.compare.reuse import COPY_RUN, carried, reuse_words
from services.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "compare"


def runs(left: str, right: str, name: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(longest run, words of the shorter sentence, pair name, left sentence, right sentence)
    for every sentence pair."""
    rights = [(s.text, reuse_words(s.text)) for s in split_sentences(right)]
    for s in split_sentences(left):
        words = reuse_words(s.text)
        for text, other in rights:
            yield carried(words, other), min(len(words), len(other)), name, s.text, text


def _report(title: str, rows: list[tuple[int, int, str, str, str]], show: int) -> None:
    counts = Counter(r[0] for r in rows)
    copies = sum(n for k, n in counts.items() if k >= COPY_RUN)
    print(f"{title}: {len(rows)} sentence pairs, {copies} at {COPY_RUN}+ words (copies)")
    print("  run length: pairs  " + "  ".join(f"{k}:{counts[k]}" for k in sorted(counts)))
    whole = Counter(short for n, short, *_ in rows if short and n == short)
    print(
        "  shorter sentence carried whole, by its length: "
        + ("  ".join(f"{k}:{whole[k]}" for k in sorted(whole)) or "none")
    )
    for n, _, name, a, b in sorted(rows, key=lambda r: -r[0])[:show]:
        print(f"  {n:3d}  {name}  «{a[:60]}» | «{b[:60]}»")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="longest runs to print per set")
    args = parser.parse_args(argv)
    dev = [
        row
        for pair in load_devset()
        for row in runs(pair.left.text, pair.right.text, pair.path.stem)
    ]
    _report("dev set", dev, args.show)
    stories = json.loads((DATA / "stories.json").read_text(encoding="utf-8"))["stories"]
    tests = [
        row
        for story in stories
        for row in runs(
            (DATA / story["left"]).read_text(encoding="utf-8"),
            (DATA / story["right"]).read_text(encoding="utf-8"),
            story["name"],
        )
    ]
    _report("tests/data/compare stories", tests, args.show)
    headlines = json.loads((DATA / "headlines.json").read_text(encoding="utf-8"))
    pairs = [
        row
        for group in ("related", "unrelated")
        for a, b in headlines[group]
        for row in runs(a, b, f"headlines ({group})")
    ]
    _report("tests/data/compare headlines", pairs, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
