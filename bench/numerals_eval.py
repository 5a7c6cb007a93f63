"""Score the quantity reader against the shared Arabic numeral expressions (Duckling's and
Recognizers-Text's own test cases), per source and kind.

How a row is scored: the row's `text` alone (not its `context` sentence) goes through
`services.text.quantities.extract_quantities`; the quantity with the longest span (the first on a
tie) is the row's reading, and its `value` must equal the row's `value` (relative tolerance
1e-6). A row whose `value` is null passes only when nothing at all is read. Kind and unit are
not scored: a money row passes on its amount, an ordinal on its number. Ranges and vague
plurals have no single value and so never pass a row. No row is special-cased.

    uv run python -m bench.numerals_eval [PATH] [--failures]

PATH defaults to $RIWAYA_NUMERALS_EVAL, else ../shared/eval/numerals_ar.jsonl beside the
repository. The data is never copied into the project; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

from services.text.quantities import extract_quantities

_DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "numerals_ar.jsonl"


def read_value(text: str) -> float | None:
    """The value of the main quantity read from `text`, or None when nothing is read."""
    found = extract_quantities(text)
    if not found:
        return None
    main = max(found, key=lambda q: (q.end - q.start, -q.start))
    return main.value if main.value is not None else float("nan")


def passes(expected: float | None, got: float | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return abs(got - expected) <= 1e-6 * max(1.0, abs(expected))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=os.environ.get("RIWAYA_NUMERALS_EVAL"))
    parser.add_argument("--failures", action="store_true", help="list the rows that fail")
    args = parser.parse_args(argv)
    path = Path(args.path) if args.path else _DEFAULT
    if not path.is_file():
        print(f"No evaluation data at {path}; nothing to score.")
        return 0

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for row in rows:
        got = read_value(row["text"])
        ok = passes(row["value"], got)
        for key in ((row["source"], row["kind"]), ("all", row["kind"]), ("all", "all")):
            totals[key][0] += ok
            totals[key][1] += 1
        if not ok:
            failures.append((row, got))

    print(f"{'source':<12} {'kind':<9} {'pass':>5} {'rows':>5} {'score':>7}")
    for (source, kind), (ok, n) in sorted(
        totals.items(), key=lambda kv: (kv[0][0] == "all", kv[0])
    ):
        print(f"{source:<12} {kind:<9} {ok:>5} {n:>5} {100 * ok / n:>6.1f}%")
    if args.failures:
        print()
        for row, got in failures:
            want = row["value"]
            print(f"{row['source']:<12} {row['kind']:<9} {row['text']!r}: want {want}, got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
