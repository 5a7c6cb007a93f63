"""`riwaya list`: the articles in the library, one per line or as JSON."""

from __future__ import annotations

import argparse

from app.commands import add_command, open_library, print_json, shorten


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "list",
        summary="list the articles in the library",
        description="List the articles in the library: id, date, outlet and title.",
        examples=["riwaya list", "riwaya list --json --db ~/cases/flood.sqlite"],
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"articles": [{"id", "title", "source", "date", "time", "path", "figures", '
        '"imported_at"}]}',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        summaries = library.summaries()
    if args.json:
        print_json(
            {
                "articles": [
                    {
                        "id": s.id,
                        "title": s.title,
                        "source": s.source,
                        "date": s.date,
                        "time": s.time,
                        "path": s.path,
                        "figures": s.figures,
                        "imported_at": s.imported_at,
                    }
                    for s in summaries
                ]
            }
        )
        return 0
    if not summaries:
        print("The library is empty. Add articles with: riwaya import PATH")
        return 0
    print(f"{'id':>5}  {'date':<16}  {'outlet':<24}  title")
    for s in summaries:
        date, outlet, title = shorten(s.when, 16), shorten(s.source, 24), shorten(s.title, 80)
        print(f"{s.id:>5}  {date:<16}  {outlet:<24}  {title}")
    print(f"{len(summaries)} article{'' if len(summaries) == 1 else 's'}")
    return 0
