"""`riwaya show`: one article's metadata and text, from the library or straight from a file."""

from __future__ import annotations

import argparse

from app.commands import add_command, open_library, print_json


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "show",
        summary="print one article",
        description=(
            "Print an article: its metadata and analysed text (page furniture removed). REF is "
            "a library id, or a file, which is read without adding it to the library."
        ),
        examples=[
            "riwaya show 3",
            "riwaya show 3 --original",
            "riwaya show saved-page.html --json",
        ],
    )
    parser.add_argument("ref", metavar="ID_OR_FILE", help="a library id or a file path")
    parser.add_argument(
        "--original", action="store_true", help="print the text exactly as it was read"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"id", "title", "source", "date", "time", "path", "format", "encoding", '
        '"content_hash", "imported_at", "original", "text"}',
    )
    return parser


def gui_options(args: argparse.Namespace) -> dict:
    """`riwaya show 3 --gui` opens the window with article 3 selected."""
    ref = args.ref.strip().lstrip("#")
    return {"select": int(ref)} if ref.isdigit() else {}


def run(args: argparse.Namespace) -> int:
    from services.library import resolve_article

    with open_library(args) as library:
        article = resolve_article(library, args.ref)
    if args.json:
        print_json(
            {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "date": article.date,
                "time": article.time,
                "path": article.path,
                "format": article.format,
                "encoding": article.encoding,
                "content_hash": article.content_hash,
                "imported_at": article.imported_at,
                "original": article.original,
                "text": article.text,
            }
        )
        return 0
    heading = f"#{article.id}" if article.id is not None else "(not in the library)"
    print(f"{heading}  {article.title}")
    for label, value in (
        ("outlet", article.source),
        ("date", article.when),
        ("file", article.path),
        ("imported", article.imported_at),
    ):
        if value:
            print(f"{label + ':':<10}{value}")
    print()
    print(article.original if args.original else article.text)
    return 0
