"""`riwaya export compare A B -o FILE`: a comparison as a report (HTML, PDF), a table of its
figures (CSV, XLSX) or data (JSON), with the analyst's triage and notes."""

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
        summary="export a comparison as HTML, PDF, CSV, XLSX or JSON",
        description=(
            "Write a comparison to a file: an HTML page or a PDF to read and print (right to "
            "left, figures marked by relation, shared claims side by side, the analyst's "
            "notes), a CSV or XLSX table with one row per figure of each finding, or the "
            "riwaya.compare/1 JSON. Findings the analyst dismissed are marked as dismissed "
            "in every format. The format follows -o's extension unless --format says."
        ),
        examples=[
            "riwaya export compare 3 7 -o report.html",
            "riwaya export compare almayadeen.txt sputnik.txt --format pdf -o report.pdf",
            "riwaya export compare 3 7 -o figures.xlsx  # right-to-left sheets",
            "riwaya export compare 3 7 --format csv -o -  # the figure table on stdout",
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
    compare.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the file to write (- for standard output: html, csv and json only)",
    )
    compare.add_argument(
        "--format",
        choices=FORMATS,
        help="html, pdf, csv, xlsx or json (default: from FILE's extension)",
    )
    return parser


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
    from app.commands.compare import load_comparison

    fmt = output_format(args.output, args.format)
    to_stdout = args.output == "-"
    if to_stdout and fmt not in _TEXT_FORMATS:
        raise CommandError(f"{fmt} cannot go to standard output: give -o FILE.{fmt}")
    comparison, annotations = load_comparison(args, args.a, args.b)
    text = None
    if fmt == "json":
        import json

        from services.compare.report import comparison_to_json

        text = json.dumps(comparison_to_json(comparison, annotations), ensure_ascii=False, indent=2)
        text += "\n"
    else:
        from services.export.content import build_export

        created = datetime.now(UTC).isoformat(timespec="seconds")
        report = build_export(comparison, annotations, created=created)
        if fmt == "html":
            from services.export.webpage import render_html

            text = render_html(report)
        elif fmt == "csv":
            from services.export.tables import figure_csv

            text = figure_csv(report)
        elif fmt == "xlsx":
            from services.export.tables import write_xlsx

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
