"""`riwaya search`: full-text search of the library, hamza, diacritics and digit forms aside."""

from __future__ import annotations

import argparse

from app.commands import add_command, open_library, print_json, shorten


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "search",
        summary="find articles containing words",
        description=(
            "Find the articles whose title or text contain every word of QUERY, best first. "
            "Hamza, alef forms, diacritics, the article ال and proclitics such as و ب ل do not "
            "matter, and ٧٥٠ finds 750."
        ),
        examples=["riwaya search ارهابي", 'riwaya search "نقل 750" --json'],
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="one or more words")
    parser.add_argument(
        "--limit", type=int, default=50, metavar="N", help="at most N results (default 50)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"results": [{"id", "title", "source", "date", "path", "snippet"}]}',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_library(args) as library:
        hits = library.search(query, limit=args.limit)
    if args.json:
        print_json(
            {
                "results": [
                    {
                        "id": hit.article.id,
                        "title": hit.article.title,
                        "source": hit.article.source,
                        "date": hit.article.date,
                        "path": hit.article.path,
                        "snippet": hit.snippet,
                    }
                    for hit in hits
                ]
            }
        )
        return 0
    if not hits:
        print(f"No article matches «{query}».")
        return 0
    for hit in hits:
        outlet = f" — {hit.article.source}" if hit.article.source else ""
        print(f"#{hit.article.id}  {shorten(hit.article.title, 80)}{outlet}")
        print(f"    {hit.snippet}")
    return 0
