"""`riwaya quantities`: every figure of one article with its meaning (interval, kind, unit, what
is counted), from the library or straight from a file."""

from __future__ import annotations

import argparse
from contextlib import ExitStack

from app.commands import add_command, open_library, print_json, shorten

_SIGNS = {"more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}
# Kinds whose unit is their label: a date's ISO form, a clock time.
_LABELLED = ("date", "time")


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "quantities",
        summary="list the figures of one article",
        description=(
            "List every figure of an article: its value or interval (نحو 60 is [54, 66], "
            "أكثر من 100 is more than 100), kind (count, money, percent, length, date, year, "
            "ordinal, identifier ...), unit, what it counts and its sentence. REF is a library "
            "id, or a file, which is read without adding it to the library."
        ),
        examples=[
            "riwaya quantities 3",
            "riwaya quantities report.txt --json",
        ],
    )
    parser.add_argument("ref", metavar="ID_OR_FILE", help="a library id or a file path")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"quantities": [{"text", "start", "end", "value", "low", "high", '
        '"approximate", "kind", "unit", "counted", "counted_stem", "qualifier", "sentence"}]} '
        "(offsets are code points into the article's analysed text)",
    )
    return parser


def gui_options(args: argparse.Namespace) -> dict:
    """`riwaya quantities 3 --gui` opens the window with article 3 selected."""
    ref = args.ref.strip().lstrip("#")
    return {"select": int(ref)} if ref.isdigit() else {}


def run(args: argparse.Namespace) -> int:
    from services.library import resolve_article
    from services.text import quantity_to_dict

    with ExitStack() as stack:
        # A file is read without opening (or creating) a library at all.
        library = None
        if args.ref.strip().lstrip("#").isdigit():
            library = stack.enter_context(open_library(args))
        article = resolve_article(library, args.ref)
        quantities = _quantities(library, article)
    if args.json:
        print_json({"quantities": [quantity_to_dict(q) for q in quantities]})
        return 0
    heading = f"#{article.id}" if article.id is not None else "(not in the library)"
    print(f"{heading}  {shorten(article.title, 80)}")
    if not quantities:
        print("No figures.")
        return 0
    print(f"{'sent':>4}  {'kind':<10}  {'figure':<24}  {'unit / counted':<20}  as written")
    for q in quantities:
        what = (q.counted or "") if q.kind.value in _LABELLED else (q.unit or q.counted or "")
        print(
            f"{q.sentence:>4}  {q.kind.value:<10}  {format_interval(q):<24}  "
            f"{shorten(what, 20):<20}  {shorten(q.text, 60)}"
        )
    print(f"{len(quantities)} figure{'' if len(quantities) == 1 else 's'}")
    return 0


def _quantities(library, article):
    """The stored analysis's figures for a library article, else read from its text now."""
    if library is not None and article.id is not None:
        analysis = library.analysis(article.id)
        if analysis is not None:
            return analysis.quantities
    from services.text import extract_quantities, split_sentences

    return extract_quantities(article.text, split_sentences(article.text))


def _number(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) >= 1 else f"{x:.4g}"


def format_interval(q) -> str:
    """750 · ≈60 [54–66] · >100 · 2,500–3,000 · [20–99] · ≤5,000 · 2023 · 2024-03-13."""
    if q.kind.value in _LABELLED and q.unit:
        return q.unit
    if q.kind.value == "year":
        years = (q.value,) if q.value is not None else (q.low, q.high)
        return "–".join(str(int(y)) for y in years if y is not None)
    if q.qualifier in _SIGNS and q.value is not None:
        return _SIGNS[q.qualifier] + _number(q.value)
    if q.value is not None and q.low == q.high == q.value:
        return _number(q.value)
    low = _number(q.low) if q.low is not None else "…"
    high = _number(q.high) if q.high is not None else "…"
    if q.qualifier == "about" and q.value is not None:
        return f"≈{_number(q.value)} [{low}–{high}]"
    return f"[{low}–{high}]" if q.value is None and q.qualifier != "range" else f"{low}–{high}"
