"""Score sentence links on labelled Arabic sentence pairs (bench/sentpairs/): how many close
paraphrases Riwaya links, and how many pairs it must not link (another claim of the same story,
another story, and hard negatives: negation, swapped actors, opposite words, another event) it
links all the same.

Each pair is compared as two one-sentence articles through `services.compare.comparison.compare`,
the function `riwaya compare` runs: a pair is linked when the comparison has any link (by words,
or through a pair of figures). The format of the set is in bench/sentpairs/README.md.

    uv run python -m bench.sentlinks [FOLDER] [--verbose] [--kind KIND] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PAIRS = Path(__file__).resolve().parent / "sentpairs"
LABELS = ("paraphrase", "related", "unrelated", "negative")
HABITS = {
    "paraphrase": frozenset(
        {
            "verb-masdar",
            "broken-plural",
            "synonym",
            "passive",
            "reorder",
            "figures",
            "attribution",
            "spelling",
        }
    ),
    "related": frozenset({"same-story"}),
    "unrelated": frozenset({"other-story"}),
    "negative": frozenset({"negation", "swapped", "opposite", "other-event"}),
}


@dataclass(frozen=True)
class SentencePair:
    kind: str
    label: str  # one of LABELS: only "paraphrase" must link
    habit: str  # what makes the pair hard (HABITS)
    a: str
    b: str
    where: str  # "file.toml:N" for messages


@dataclass(frozen=True)
class Outcome:
    pair: SentencePair
    linked: bool
    score: float  # the similarity of the two sentences' words (services.compare.similarity)
    by_figures: bool  # linked only through a pair of figures


def load_pairs(folder: Path = PAIRS) -> list[SentencePair]:
    """Every pair of every TOML file of `folder`; a malformed entry raises ValueError."""
    out = []
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        kind = data.get("kind")
        if not isinstance(kind, str) or not kind:
            raise ValueError(f"{path.name}: needs a kind")
        for n, entry in enumerate(data.get("pair", ()), 1):
            where = f"{path.name}:pair[{n}]"
            label, habit = entry.get("label"), entry.get("habit")
            if label not in LABELS:
                raise ValueError(f"{where}: label must be one of {', '.join(LABELS)}")
            if habit not in HABITS[label]:
                raise ValueError(f"{where}: habit of a {label} is one of {sorted(HABITS[label])}")
            a, b = entry.get("a"), entry.get("b")
            if not (isinstance(a, str) and a and isinstance(b, str) and b):
                raise ValueError(f"{where}: needs two sentences a and b")
            out.append(SentencePair(kind, label, habit, a.strip(), b.strip(), where))
    if not out:
        raise ValueError(f"{folder}: no pairs")
    return out


def judge(pair: SentencePair) -> Outcome:
    """Compare the two sentences as two one-sentence articles."""
    from services.compare.analysis import analyse
    from services.compare.comparison import compare
    from services.compare.similarity import score_pair
    from services.compare.termspace import term_space
    from services.models import Article

    la, ra = analyse(pair.a), analyse(pair.b)
    c = compare(
        Article(None, "", "", "", "", pair.a, pair.a),
        Article(None, "", "", "", "", pair.b, pair.b),
        left_analysis=la,
        right_analysis=ra,
    )
    space = term_space(la.terms, ra.terms)
    words = max(
        (score_pair(space, i, j).value for i in range(len(la.terms)) for j in range(len(ra.terms))),
        default=0.0,
    )
    by_figures = bool(c.links) and all(k.figures is not None for k in c.links)
    return Outcome(pair, bool(c.links), words, by_figures)


def summary(outcomes: list[Outcome]) -> dict:
    """Links made per label; recall over paraphrases, precision over all pairs linked."""
    per_label = {lab: [o for o in outcomes if o.pair.label == lab] for lab in LABELS}
    tp = sum(o.linked for o in per_label["paraphrase"])
    fp = sum(o.linked for lab in LABELS[1:] for o in per_label[lab])
    return {
        "pairs": len(outcomes),
        "linked": {lab: [sum(o.linked for o in os), len(os)] for lab, os in per_label.items()},
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / len(per_label["paraphrase"]) if per_label["paraphrase"] else None,
        "tp": tp,
        "fp": fp,
        "fn": len(per_label["paraphrase"]) - tp,
    }


def _f(x: float | None) -> str:
    return "   —" if x is None else f"{x:.2f}"


def report(outcomes: list[Outcome], verbose: bool) -> str:
    s = summary(outcomes)
    linked = s["linked"]
    lines = [
        f"{s['pairs']} sentence pairs: links P {_f(s['precision'])} R {_f(s['recall'])} "
        f"(tp/fp/fn {s['tp']}/{s['fp']}/{s['fn']})",
        "linked / pairs: "
        + "  ".join(f"{lab} {linked[lab][0]}/{linked[lab][1]}" for lab in LABELS),
    ]
    habits: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    kinds: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        habits[o.pair.label, o.pair.habit].append(o)
        kinds[o.pair.kind].append(o)
    lines.append("by habit (linked / pairs): " + "  ".join(
        f"{label}:{habit} {sum(o.linked for o in os)}/{len(os)}"
        for (label, habit), os in sorted(habits.items())
    ))  # fmt: skip
    lines.append("by kind (paraphrases linked, others linked): " + "  ".join(
        f"{kind} {sum(o.linked for o in os if o.pair.label == 'paraphrase')}/"
        f"{sum(o.pair.label == 'paraphrase' for o in os)},"
        f"{sum(o.linked for o in os if o.pair.label != 'paraphrase')}"
        for kind, os in sorted(kinds.items())
    ))  # fmt: skip
    if verbose:
        for o in outcomes:
            wrong = o.linked != (o.pair.label == "paraphrase")
            if wrong:
                what = "false link" if o.linked else "no link   "
                how = " (by figures)" if o.by_figures else ""
                lines.append(
                    f"  {what} {o.pair.label}:{o.pair.habit} {o.score:.3f}{how} "
                    f"{o.pair.where}\n      «{o.pair.a}»\n      «{o.pair.b}»"
                )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=PAIRS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the wrong decisions")
    parser.add_argument("--kind", help="only the pairs of this kind of news")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    try:
        pairs = load_pairs(args.folder)
    except (ValueError, tomllib.TOMLDecodeError) as error:
        print(f"bench.sentlinks: {error}", file=sys.stderr)
        return 1
    if args.kind:
        pairs = [p for p in pairs if p.kind == args.kind]
    outcomes = [judge(p) for p in pairs]
    if args.json:
        print(json.dumps(summary(outcomes), indent=1))
    else:
        print(report(outcomes, args.verbose), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
