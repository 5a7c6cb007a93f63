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
        "diffs, rows, quantities and discrepancies, with the analyst's triage and notes",
    )
    return parser


def gui_options(args: argparse.Namespace) -> dict:
    """`riwaya compare 3 7 --gui` opens the window on that comparison."""
    return {"compare": (args.a, args.b)}


def _is_library_id(ref: str) -> bool:
    return ref.strip().lstrip("#").isdigit()


def load_comparison(args: argparse.Namespace, a: str, b: str):
    """Compare what `a` and `b` name (library ids or files), with the analyst's notes on them:
    (Comparison, Annotations). Library articles use their stored analyses. Two files are
    compared without creating a library; an existing library still lends its notes (they are
    kept by text, so they apply to the same text given as a file)."""
    from pathlib import Path

    from services.compare import compare
    from services.library import article_analysis, resolve_article
    from services.models import Annotations

    with ExitStack() as stack:
        library = None
        if _is_library_id(a) or _is_library_id(b) or Path(args.db_path).is_file():
            library = stack.enter_context(open_library(args))
        left = resolve_article(library, a)
        right = resolve_article(library, b)
        comparison = compare(
            left,
            right,
            left_analysis=article_analysis(library, left),
            right_analysis=article_analysis(library, right),
        )
        annotations = library.annotations(comparison) if library else Annotations()
    return comparison, annotations


def run(args: argparse.Namespace) -> int:
    from services.compare import comparison_to_json, format_comparison_text

    comparison, annotations = load_comparison(args, args.a, args.b)
    if args.json:
        print_json(comparison_to_json(comparison, annotations))
    else:
        print(format_comparison_text(comparison), end="")
    return 0
