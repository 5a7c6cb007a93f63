"""A comparison's figures as a table, one row per figure of each finding (two rows a finding):
CSV in UTF-8 with a byte-order mark (so spreadsheet programs read the Arabic), and XLSX with
right-to-left sheets — the figures, then the shared claims, then the two versions.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from services.export.content import FIGURE_COLUMNS, ComparisonExport, version_name
from services.export.story import StoryExport


def _cell(value) -> object:
    return "" if value is None else value


def figure_table(report: ComparisonExport | StoryExport) -> list[list[object]]:
    """The header and the rows of the figure table (None left empty: an open end)."""
    rows: list[list[object]] = [[label for _, label in FIGURE_COLUMNS]]
    for row in report.figure_rows():
        rows.append([_cell(getattr(row, field)) for field, _ in FIGURE_COLUMNS])
    return rows


def figure_csv(report: ComparisonExport | StoryExport) -> str:
    """The figure table as CSV text (write it with a BOM: `write_csv`)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(figure_table(report))
    return buffer.getvalue()


def write_csv(report: ComparisonExport | StoryExport, path: str | Path) -> None:
    """The figure table as a CSV file, UTF-8 with a byte-order mark, which spreadsheet
    programs need to read Arabic as UTF-8."""
    Path(path).write_text(figure_csv(report), encoding="utf-8-sig", newline="")


# Column widths in characters, by field: the sentence and notes wide, numbers narrow.
_WIDTHS = {"sentence": 80, "note": 30, "description": 45, "version": 30, "text": 18}


def write_xlsx(report: ComparisonExport | StoryExport, path: str | Path) -> None:
    """The report as a workbook of three right-to-left sheets: Figures, Claims, Versions.
    A dismissed finding's rows are greyed and say "dismissed" in their triage column."""
    if isinstance(report, StoryExport):
        return _write_story_xlsx(report, path)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    figures = book.active
    figures.title = "Figures"
    table = figure_table(report)
    fills = {
        "conflict": PatternFill("solid", fgColor="F9D3D3"),
        "updated": PatternFill("solid", fgColor="D4E4FB"),
        "differs": PatternFill("solid", fgColor="FCE3B0"),
        "agree": PatternFill("solid", fgColor="D3EED8"),
    }
    grey = Font(color="777777", italic=True)
    fields = [field for field, _ in FIGURE_COLUMNS]
    for r, values in enumerate(table, 1):
        figures.append(values)
        if r == 1:
            continue
        relation = values[fields.index("relation")]
        dismissed = values[fields.index("triage")] == "dismissed"
        for c, _ in enumerate(values, 1):
            cell = figures.cell(r, c)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right")
            if dismissed:
                cell.font = grey
        if not dismissed and relation in fills:
            figures.cell(r, fields.index("text") + 1).fill = fills[relation]
    _finish(figures, [_WIDTHS.get(f, 12) for f in fields])

    claims = book.create_sheet("Claims")
    claims.append(
        [
            "finding",
            "relation",
            "similarity",
            "triage",
            "analyst's note",
            version_name(report.first),
            version_name(report.second),
        ]
    )
    for k in report.claims:
        claims.append(
            [
                k.number,
                k.relation,
                round(k.similarity, 3),
                k.triage.value,
                k.note,
                "".join(s.text for s in k.first.segments),
                "".join(s.text for s in k.second.segments),
            ]
        )
        if k.triage.value == "dismissed":
            for cell in claims[claims.max_row]:
                cell.font = grey
    for row in claims.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right")
    _finish(claims, [8, 10, 10, 10, 30, 70, 70])

    versions = book.create_sheet("Versions")
    versions.append(["", "id", "title", "outlet", "date", "file", "content hash", "analyst's note"])
    for label, v in (("first", report.first), ("second", report.second)):
        versions.append(
            [label, _cell(v.id), v.title, v.outlet, v.date, v.path, v.content_hash, v.note]
        )
    _finish(versions, [8, 6, 50, 20, 12, 30, 20, 50])
    book.save(str(path))


# Points a wrapped line of 11-point text takes: spreadsheet programs do not grow a row to its
# wrapped text when they open a file, so each row is given the height its longest cell needs.
_LINE_POINTS = 15


def _finish(sheet, widths: list[int]) -> None:
    """Right to left, the header frozen and bold, column widths, rows as tall as their wrapped
    text, and printed landscape one page wide."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.sheet_view.rightToLeft = True
    sheet.freeze_panes = "A2"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for n, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    for row in sheet.iter_rows(min_row=2):
        lines = max(
            (
                -(-len(str(cell.value)) // max(1, widths[cell.column - 1] - 2))
                for cell in row
                if cell.value is not None and cell.column <= len(widths)
            ),
            default=1,
        )
        sheet.row_dimensions[row[0].row].height = _LINE_POINTS * max(1, lines)
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def _write_story_xlsx(report: StoryExport, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    figures = book.active
    figures.title = "Figures"
    grey = Font(color="777777", italic=True)
    fields = [field for field, _ in FIGURE_COLUMNS]
    for r, values in enumerate(figure_table(report), 1):
        figures.append(values)
        if r > 1 and values[fields.index("triage")] == "dismissed":
            for cell in figures[r]:
                cell.font = grey
    _finish(figures, [_WIDTHS.get(f, 12) for f in fields])
    claims = book.create_sheet("Claims")
    claims.append(["claim", "article", "outlet", "first", "copied word for word", "sentence"])
    for c in report.claims:
        for article, text in c.members:
            v = report.versions[article]
            first = "first" if c.first == article else ""
            claims.append([c.number, version_name(v), v.outlet, first, c.copied, text])
    for row in claims.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right")
    _finish(claims, [8, 30, 20, 8, 10, 90])
    versions = book.create_sheet("Versions")
    versions.append(["id", "title", "outlet", "date", "file", "content hash", "analyst's note"])
    for v in report.versions:
        versions.append([v.id, v.title, v.outlet, v.date, v.path, v.content_hash, v.note])
    _finish(versions, [6, 50, 20, 16, 30, 20, 50])
    book.save(str(path))
