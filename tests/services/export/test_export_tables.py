"""The figure table: CSV in UTF-8 with a BOM and XLSX with right-to-left sheets, one row per
figure of each finding, dismissed findings saying so."""

import csv

from export_fixtures import noted, prison_comparison
from openpyxl import load_workbook

from services.export.content import build_export
from services.export.tables import write_csv, write_xlsx

HEADER = [
    "finding",
    "relation",
    "triage",
    "analyst's note",
    "article",
    "outlet",
    "date",
    "text as written",
    "value",
    "low",
    "high",
]


def test_csv_is_utf8_with_a_bom_and_one_row_per_figure(tmp_path):
    c = prison_comparison()
    report = build_export(c, noted(c))
    path = tmp_path / "figures.csv"
    write_csv(report, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[0][: len(HEADER)] == HEADER
    assert len(rows) == 1 + 2 * len(report.figures)
    dismissed = [r for r in rows[1:] if r[2] == "dismissed"]
    assert [(r[1], r[7], r[8], r[9], r[10]) for r in dismissed] == [
        ("conflict", "نحو 60", "60.0", "54.0", "66.0"),
        ("conflict", "750", "750.0", "750.0", "750.0"),
    ]
    assert {r[3] for r in dismissed} == {"عمليتا نقل"}
    assert dismissed[0][5] == "وكالة الساحل" and dismissed[1][5] == "شبكة المرفأ"


def test_xlsx_sheets_read_right_to_left_with_numbers_as_numbers(tmp_path):
    c = prison_comparison()
    report = build_export(c, noted(c))
    path = tmp_path / "figures.xlsx"
    write_xlsx(report, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Figures", "Claims", "Versions"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    figures = list(book["Figures"].iter_rows(values_only=True))
    assert list(figures[0][: len(HEADER)]) == HEADER
    live = next(r for r in figures[1:] if r[7] == "نحو 12 ألف" and r[2] == "open")
    assert live[8] == 12000 and live[9] == 10800 and live[10] == 13200
    dismissed = [r for r in figures[1:] if r[2] == "dismissed"]
    assert [r[7] for r in dismissed] == ["نحو 60", "750"]
    open_ended = [r for r in figures[1:] if str(r[7]).startswith("أكثر من")]
    assert open_ended and all(r[10] is None for r in open_ended)
    versions = list(book["Versions"].iter_rows(values_only=True))
    assert versions[1][3] == "وكالة الساحل" and versions[1][7] == "المصادر محلية ولم تُسمَّ"
    claims = list(book["Claims"].iter_rows(values_only=True))
    assert len(claims) == 1 + len(report.claims)
