"""`riwaya compare A B`: the claims two versions share and the figures on which they disagree."""

from __future__ import annotations

import argparse
from contextlib import ExitStack

from app.commands import add_command, open_library, print_json


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "compare",
        summary="compare two versions of a story",
        description=(
            "Compare two articles: the figures they give for the same thing (agree, differs, "
            "conflict) first, then the sentences they share. A and B are library ids or files; "
            "a file is read without adding it to the library. Library articles use their "
            "stored analysis."
        ),
        examples=[
            "riwaya compare 3 7",
            "riwaya compare almayadeen.txt sputnik.html --json > comparison.json",
            "riwaya compare 3 7 --gui  # open the comparison in the window",
        ],
    )
    parser.add_argument("a", metavar="A", help="the left article: a library id or a file path")
    parser.add_argument("b", metavar="B", help="the right article: a library id or a file path")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print the "riwaya.compare/1" document: articles, sentences, links with word '
        "diffs, rows, quantities and discrepancies",
    )
    return parser


def gui_options(args: argparse.Namespace) -> dict:
    """`riwaya compare 3 7 --gui` opens the window on that comparison."""
    return {"compare": (args.a, args.b)}


def _is_library_id(ref: str) -> bool:
    return ref.strip().lstrip("#").isdigit()


def run(args: argparse.Namespace) -> int:
    from services.compare.comparison import compare
    from services.compare.report import comparison_to_json, format_comparison_text
    from services.library.ingest import article_analysis, resolve_article

    with ExitStack() as stack:
        # Two files are compared without opening (or creating) a library at all.
        library = None
        if _is_library_id(args.a) or _is_library_id(args.b):
            library = stack.enter_context(open_library(args))
        left = resolve_article(library, args.a)
        right = resolve_article(library, args.b)
        comparison = compare(
            left,
            right,
            left_analysis=article_analysis(library, left),
            right_analysis=article_analysis(library, right),
        )
    if args.json:
        print_json(comparison_to_json(comparison))
    else:
        print(format_comparison_text(comparison), end="")
    return 0
