"""`riwaya export compare A B -o FILE`: every format from files or library ids, the format from
the extension, triage and notes from the library in every format, one-line errors."""

import csv
import json
from pathlib import Path

import pytest
from cli_run import run

DATA = Path(__file__).resolve().parents[1] / "data" / "compare"


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "versions"
    folder.mkdir()
    for name in ("prison_a.txt", "prison_b.txt"):
        (folder / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder / "prison_a.txt", folder / "prison_b.txt"


@pytest.mark.parametrize("fmt", ["html", "csv", "xlsx", "json"])
def test_two_files_export_in_each_format_without_creating_a_library(capsys, pair, tmp_path, fmt):
    db = tmp_path / "never.sqlite"
    out_file = tmp_path / f"report.{fmt}"
    code, out, err = run(capsys, "export", "compare", *pair, "-o", out_file, "--db", db)
    assert code == 0, err
    assert out_file.stat().st_size > 0
    assert f"wrote {out_file}" in out
    assert not db.exists()


def test_the_pdf_needs_no_screen(capsys, pair, tmp_path):
    out_file = tmp_path / "report.pdf"
    code, _, err = run(capsys, "export", "compare", *pair, "-o", out_file)
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")


def test_the_format_option_wins_and_stdout_takes_text(capsys, pair):
    code, out, err = run(capsys, "export", "compare", *pair, "--format", "json", "-o", "-")
    assert code == 0, err
    assert json.loads(out)["format"] == "riwaya.compare/1"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "report.doc"], "cannot tell the format of report.doc"),
        (["--format", "xlsx", "-o", "-"], "xlsx cannot go to standard output"),
    ],
)
def test_bad_outputs_get_one_line(capsys, pair, argv, message):
    code, _, err = run(capsys, "export", "compare", *pair, *argv)
    assert code == 1
    assert err.strip().startswith("riwaya: ") and message in err
    assert len(err.strip().splitlines()) == 1


def _dismiss_the_60_750_conflict(db: Path, ids: list[int]) -> None:
    from services.compare.anchors import finding_keys
    from services.compare.comparison import compare
    from services.library.storage import Library
    from services.models import FindingNote, Triage

    with Library.open(db) as library:
        left, right = library.get(ids[0]), library.get(ids[1])
        c = compare(left, right)
        keys, _ = finding_keys(c)
        for key, d in zip(keys, c.discrepancies, strict=True):
            texts = {c.left_quantities[d.left].text, c.right_quantities[d.right].text}
            if texts == {"نحو 60", "750"}:
                library.set_finding_note(
                    FindingNote(key, Triage.DISMISSED, "عمليتا نقل مختلفتان"),
                    (left.content_hash, right.content_hash),
                )
        library.set_article_note(left.content_hash, "مصادر محلية")


def test_triage_and_notes_reach_every_format_and_compare_json(capsys, pair, tmp_path):
    db = tmp_path / "library.sqlite"
    assert run(capsys, "import", *pair, "--db", db)[0] == 0
    _dismiss_the_60_750_conflict(db, [1, 2])

    code, out, err = run(capsys, "compare", "1", "2", "--json", "--db", db)
    assert code == 0, err
    data = json.loads(out)
    dismissed = [d for d in data["discrepancies"] if d["triage"] == "dismissed"]
    assert dismissed and {d["analyst_note"] for d in dismissed} == {"عمليتا نقل مختلفتان"}
    assert all(d["key"].startswith("figure:") for d in data["discrepancies"])
    assert all(k["triage"] in ("open", "reviewed", "dismissed") for k in data["links"])
    assert data["articles"][0]["analyst_note"] == "مصادر محلية"

    # The same texts given as files still find their notes in the library.
    code, out, err = run(capsys, "compare", *pair, "--json", "--db", db)
    assert [d["triage"] for d in json.loads(out)["discrepancies"]].count("dismissed") == len(
        dismissed
    )

    html = tmp_path / "r.html"
    assert run(capsys, "export", "compare", "1", "2", "-o", html, "--db", db)[0] == 0
    page = html.read_text(encoding="utf-8")
    assert 'class="is-dismissed"' in page and "عمليتا نقل مختلفتان" in page

    table = tmp_path / "r.csv"
    assert run(capsys, "export", "compare", "1", "2", "-o", table, "--db", db)[0] == 0
    rows = list(csv.DictReader(table.open(encoding="utf-8-sig", newline="")))
    assert {r["text as written"] for r in rows if r["triage"] == "dismissed"} == {"نحو 60", "750"}

    from openpyxl import load_workbook

    book_path = tmp_path / "r.xlsx"
    assert run(capsys, "export", "compare", "1", "2", "-o", book_path, "--db", db)[0] == 0
    sheet = load_workbook(book_path)["Figures"]
    assert {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)} >= {"dismissed"}


@pytest.mark.parametrize("fmt", ["html", "csv", "xlsx", "json", "pdf"])
def test_a_story_exports_in_each_format(capsys, pair, tmp_path, fmt):
    db = tmp_path / "library.sqlite"
    assert run(capsys, "import", *pair, "--db", db)[0] == 0
    _dismiss_the_60_750_conflict(db, [1, 2])
    out_file = tmp_path / f"story.{fmt}"
    code, _, err = run(capsys, "export", "story", "1", "2", "-o", out_file, "--db", db)
    assert code == 0, err
    if fmt == "json":
        data = json.loads(out_file.read_text(encoding="utf-8"))
        assert data["format"] == "riwaya.story/1"
        triage = [r["triage"] for f in data["figures"] for r in f["relations"]]
        assert "dismissed" in triage
    elif fmt == "csv":
        rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig", newline="")))
        assert {r["text as written"] for r in rows if r["triage"] == "dismissed"} >= {"750"}
    else:
        assert out_file.stat().st_size > 0


def test_a_story_needs_two_articles(capsys, tmp_path):
    code, _, err = run(capsys, "export", "story", "1", "-o", tmp_path / "s.html")
    assert code == 1 and "two articles" in err
