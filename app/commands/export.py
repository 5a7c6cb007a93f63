"""`riwaya export compare A B -o FILE` and `riwaya export story ID... -o FILE`: a comparison or
a story as a report (HTML, PDF), a table of its figures (CSV, XLSX) or data (JSON), with the
analyst's triage and notes."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.commands import CommandError, add_command, add_common_options

FORMATS = ("html", "pdf", "csv", "xlsx", "json")
# Formats that can go to standard output (-o -): the text ones.
_TEXT_FORMATS = ("html", "csv", "json")


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "export",
        summary="export a comparison or a story as HTML, PDF, CSV, XLSX or JSON",
        description=(
            "Write a comparison (or a story of several articles) to a file: an HTML page or a "
            "PDF to read and print (right to left, figures marked by relation, shared claims "
            "side by side, the analyst's notes), a CSV or XLSX table with one row per figure "
            "of each finding, or JSON (riwaya.compare/1, riwaya.story/1). Findings the analyst "
            "dismissed are marked as dismissed in every format. The format follows -o's "
            "extension unless --format says."
        ),
        examples=[
            "riwaya export compare 3 7 -o report.html",
            "riwaya export compare almayadeen.txt sputnik.txt --format pdf -o report.pdf",
            "riwaya export compare 3 7 -o figures.xlsx  # right-to-left sheets",
            "riwaya export compare 3 7 --format csv -o -  # the figure table on stdout",
            "riwaya export story 1 2 3 4 5 -o story.html",
            "riwaya export story --collection hasakah -o story.xlsx",
        ],
    )
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    compare = what.add_parser(
        "compare",
        help="two versions of a story",
        description="Export the comparison of A and B (library ids or files, as for compare).",
        epilog="Example:\n  riwaya export compare 3 7 -o report.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common_options(compare, suppress=True)
    compare.add_argument("a", metavar="A", help="the left article: a library id or a file path")
    compare.add_argument("b", metavar="B", help="the right article: a library id or a file path")
    _add_output_options(compare)
    story = what.add_parser(
        "story",
        help="several versions of a story: its figures and shared claims",
        description="Export the story of several library articles (as `riwaya story` builds it).",
        epilog="Examples:\n  riwaya export story 1 2 3 -o story.html\n"
        "  riwaya export story --collection hasakah -o story.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common_options(story, suppress=True)
    story.add_argument("ids", metavar="ID", nargs="*", help="library ids of the articles")
    story.add_argument("--collection", metavar="NAME", help="the articles of this collection")
    _add_output_options(story)
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the file to write (- for standard output: html, csv and json only)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="html, pdf, csv, xlsx or json (default: from FILE's extension)",
    )


def output_format(output: str, given: str | None) -> str:
    """The format to write: --format, else FILE's extension."""
    if given:
        return given
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix not in FORMATS:
        raise CommandError(
            f"cannot tell the format of {output}: give --format ({', '.join(FORMATS)})"
        )
    return suffix


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args.output, args.format)
    to_stdout = args.output == "-"
    if to_stdout and fmt not in _TEXT_FORMATS:
        raise CommandError(f"{fmt} cannot go to standard output: give -o FILE.{fmt}")
    text = None
    if fmt == "json":
        import json

        text = json.dumps(_json(args), ensure_ascii=False, indent=2) + "\n"
    else:
        report = _report(args)
        if fmt == "html":
            from services.export import render_html

            text = render_html(report)
        elif fmt == "csv":
            from services.export import figure_csv

            text = figure_csv(report)
        elif fmt == "xlsx":
            from services.export import write_xlsx

            write_xlsx(report, args.output)
        else:
            _write_pdf(report, args.output)
    if text is not None:
        if to_stdout:
            sys.stdout.write(text)
            return 0
        # CSV carries a byte-order mark so that spreadsheet programs read the Arabic as UTF-8.
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
        Path(args.output).write_text(text, encoding=encoding, newline="")
    print(f"wrote {args.output} ({fmt})")
    return 0


def _json(args: argparse.Namespace) -> dict:
    if args.what == "story":
        from services.export import story_json

        return story_json(*_story(args))
    from app.commands.compare import load_comparison
    from services.compare import comparison_to_json

    return comparison_to_json(*load_comparison(args, args.a, args.b))


def _report(args: argparse.Namespace):
    created = datetime.now(UTC).isoformat(timespec="seconds")
    if args.what == "story":
        from services.export import build_story_export

        return build_story_export(*_story(args), created=created)
    from app.commands.compare import load_comparison
    from services.export import build_export

    return build_export(*load_comparison(args, args.a, args.b), created=created)


def _story(args: argparse.Namespace):
    """The story the arguments name, with the analyst's notes on it."""
    from app.commands import open_library
    from app.commands.story import article_ids
    from services.export import story_hashes_and_keys
    from services.library import story_of

    with open_library(args) as library:
        story = story_of(library, article_ids(args, library))
        return story, library.notes_on(*story_hashes_and_keys(story))


def _write_pdf(report, path: str) -> None:
    """Qt draws the PDF; a command needs no screen for it."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from ui.pdf_export import write_pdf
    except ImportError as e:
        raise CommandError(f"cannot write a PDF here: {e}") from None
    # A QApplication (not the lighter QGuiApplication): one per process, and a window opened
    # later in the same process (--gui, the tests) needs widgets.
    if QApplication.instance() is None:
        QApplication(["riwaya"])
    write_pdf(report, path)
