"""`riwaya related ID`: the library articles most likely to tell the same story as this one,
found through the library's MinHash index (never by comparing against every article)."""

from __future__ import annotations

import argparse

from app.commands import CommandError, add_command, open_library, print_json, shorten


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "related",
        summary="articles that share claims with one article",
        description=(
            "List the articles most likely to share claims with article ID, most similar "
            "first: those the library's MinHash/LSH index pairs with it, ranked by the "
            "estimated share of content words they have in common (0–1)."
        ),
        examples=[
            "riwaya related 3",
            "riwaya related 3 --limit 5 --json",
        ],
    )
    parser.add_argument("id", metavar="ID", help="a library id")
    parser.add_argument("--limit", type=int, default=10, help="at most this many (default 10)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"article": id, "related": [{"id", "title", "source", "date", "similarity"}]}',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    text = args.id.strip().lstrip("#")
    if not text.isdigit():
        raise CommandError(f"{args.id} is not a library id")
    if args.limit < 1:
        raise CommandError("--limit must be 1 or more")
    with open_library(args) as library:
        related = library.related(int(text), limit=args.limit)
        articles = {r.article_id: library.get(r.article_id) for r in related}
    if args.json:
        print_json(
            {
                "article": int(text),
                "related": [
                    {
                        "id": r.article_id,
                        "title": articles[r.article_id].title,
                        "source": articles[r.article_id].source,
                        "date": articles[r.article_id].date,
                        "similarity": round(r.similarity, 3),
                    }
                    for r in related
                ],
            }
        )
        return 0
    if not related:
        print("no related articles")
    for r in related:
        a = articles[r.article_id]
        print(
            f"#{r.article_id:<5d} {r.similarity:4.2f}  {a.source or '—':20s} {shorten(a.title, 70)}"
        )
    return 0
