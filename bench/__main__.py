"""`python -m bench`: measure Riwaya's speed and memory against baselines in the same run.

Prints one JSON object on stdout and a table on stderr; exits 1 if the code under test raised.
Figures are reported, never asserted: a slow machine misses targets but does not fail.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.figures import figures
from bench.harness import run_benchmark
from bench.report import table
from bench.workspace import FULL, QUICK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__.splitlines()[0],
        epilog="example: uv run python -m bench --quick --json-out bench.json",
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, few repetitions (CI smoke, ~1 min)"
    )
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="also save the JSON here")
    parser.add_argument(
        "--only",
        metavar="NAME[,NAME]",
        help="measure only these figures: " + ", ".join(f.name for f in figures()),
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated articles")
    args = parser.parse_args(argv)

    only = [name.strip() for name in args.only.split(",")] if args.only else None
    mode = "quick" if args.quick else "full"
    try:
        record = run_benchmark(QUICK if args.quick else FULL, mode=mode, only=only, seed=args.seed)
    except ValueError as e:
        parser.error(str(e))
    text = json.dumps(record, ensure_ascii=False, indent=2)
    print(text)
    if args.json_out:
        args.json_out.write_text(text + "\n", encoding="utf-8")
    print("\n" + table(figures(), record), file=sys.stderr)
    for error in record["errors"]:
        print(f"\n{error['figure']} raised:\n{error['traceback']}", file=sys.stderr)
    return 1 if record["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
