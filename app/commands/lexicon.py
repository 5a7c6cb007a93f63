"""`riwaya lexicon`: where the word lists are, how many entries each table holds, and whether
the analyst's own tables read cleanly."""

from __future__ import annotations

import argparse

from app.commands import add_command, print_json


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "lexicon",
        summary="check and locate the word lists, yours and the built-in ones",
        description=(
            "Show the built-in lexicon folder and yours, each table with its number of entries, "
            "and check your tables: a mistake is one line naming the file and the line. Add a "
            "word by adding a line to <your folder>/<table>.tsv (same header as the built-in "
            "table); remove a built-in one with a line starting with '-'."
        ),
        examples=["riwaya lexicon", "riwaya lexicon --init", "riwaya lexicon --json"],
    )
    parser.add_argument(
        "--init", action="store_true", help="create your lexicon folder with a README"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"builtin": DIR, "user": DIR, "digest": HASH, "tables": {NAME: COUNT}}',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from app.paths import lexicon_dir
    from services import lexicon

    folder = lexicon.prepare_user_dir() if args.init else lexicon_dir()
    counts = {name: len(lexicon.rows(name)) for name in lexicon.table_names()}  # raises if bad
    if args.json:
        print_json(
            {
                "builtin": str(lexicon.builtin_dir()),
                "user": str(folder),
                "digest": lexicon.digest(),
                "tables": counts,
            }
        )
        return 0
    print(f"built-in: {lexicon.builtin_dir()}")
    print(f"yours:    {folder}{'' if folder.is_dir() else ' (none yet: riwaya lexicon --init)'}")
    for name, count in counts.items():
        mine = " (+ yours)" if (folder / f"{name}.tsv").is_file() else ""
        print(f"  {name:<20} {count:>5}{mine}")
    return 0
