"""`riwaya backup`: copy the library now, into its backups folder or to a file."""

from __future__ import annotations

import argparse

from app.commands import add_command, open_library


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "backup",
        summary="copy the library into its backups folder",
        description=(
            "Copy the library with SQLite's online backup API (safe while the window is open) "
            "into the folder beside it, LIBRARY.backups/, where Riwaya also keeps a copy "
            "before every upgrade of the library's format; only the newest five are kept. "
            "--to writes the copy to FILE instead."
        ),
        examples=["riwaya backup", "riwaya backup --to ~/safe/flood-2026-12-03.sqlite"],
    )
    parser.add_argument("--to", metavar="FILE", help="write the copy to FILE")
    return parser


def run(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        copy = library.backup(to=args.to)
    print(f"backed up to {copy}")
    return 0
