"""`riwaya import`: read files and folders into the library, with one line per file."""

from __future__ import annotations

import argparse
import sys

from app.commands import add_command, open_library, print_error, print_json, shorten


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "import",
        summary="add files or folders of articles to the library",
        description=(
            "Read articles into the library: plain text (UTF-8, UTF-16, Windows-1256), saved "
            "web pages (.html, .htm) and .docx; folders are searched recursively. A text "
            "already in the library is not added twice. Exit status 1 when a file was refused."
        ),
        examples=["riwaya import ~/Downloads/report.html", "riwaya import ~/cases/flood/ --json"],
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"imported": [{"id", "path", "title"}], "duplicates": [{"path", "id"}], '
        '"refused": [{"path", "reason"}]}',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from services.library import import_paths

    with open_library(args) as library:
        report = import_paths(library, args.paths, on_progress=_progress_printer())
    if args.json:
        print_json(
            {
                "imported": [
                    {"id": a.id, "path": a.path, "title": a.title} for a in report.imported
                ],
                "duplicates": [{"path": path, "id": id_} for path, id_ in report.duplicates],
                "refused": [{"path": p.path, "reason": p.reason} for p in report.refused],
            }
        )
    else:
        for article in report.imported:
            print(f"imported      #{article.id:<5} {article.path}  «{shorten(article.title, 60)}»")
        for path, id_ in report.duplicates:
            print(f"duplicate of  #{id_:<5} {path}")
        summary = (
            f"{len(report.imported)} imported, {len(report.duplicates)} "
            f"duplicate{'' if len(report.duplicates) == 1 else 's'}, {len(report.refused)} refused"
        )
        print(summary)
    for problem in report.refused:
        print_error(f"refused {problem.path}: {problem.reason}")
    return 1 if report.refused else 0


def _progress_printer():
    """A progress line on a terminal's stderr for long imports; nothing when redirected."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        sys.stderr.write(f"\rreading {done}/{total}" + end)
        sys.stderr.flush()

    return show
