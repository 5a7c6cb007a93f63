"""`riwaya quantities`: an article's figures from a file or the library, as a table or JSON whose
offsets slice the article's analysed text."""

import json

import pytest
from cli_run import run

REPORT = (
    "فيضانات في الوادي الأخضر\n\n"
    "المصدر: وكالة السهول للأنباء\n\n"
    "أجلت فرق الإنقاذ نحو 1200 شخص من القرى الغارقة.\n"
    "وقال المتحدث إن أكثر من 30 من المنازل انهارت، وإن الخسائر تجاوزت 4 ملايين دولار.\n"
    "وكان المطر قد بدأ في 3 تشرين الثاني/نوفمبر واستمر يومين."
)

KEYS = [
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "approximate",
    "kind",
    "unit",
    "counted",
    "counted_stem",
    "qualifier",
    "sentence",
]


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "flood.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def analysed_text(capsys, ref, *options):
    code, out, err = run(capsys, "show", ref, "--json", *options)
    assert code == 0, err
    return json.loads(out)["text"]


def test_json_from_a_file(capsys, report, tmp_path):
    code, out, err = run(capsys, "quantities", report, "--json", "--db", tmp_path / "x.sqlite")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["quantities"]
    assert not (tmp_path / "x.sqlite").exists()  # a file is read without opening a library
    text = analysed_text(capsys, report, "--db", tmp_path / "x.sqlite")
    found = data["quantities"]
    for q in found:
        assert list(q) == KEYS
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["sentence"] >= 0
    by_text = {q["text"]: q for q in found}
    assert (by_text["نحو 1200"]["low"], by_text["نحو 1200"]["high"]) == (1080, 1320)
    assert by_text["أكثر من 30"]["counted"] == "المنازل"
    # تجاوزت before the figure: more than 4 million
    assert by_text["تجاوزت 4 ملايين دولار"]["kind"] == "money"
    assert by_text["تجاوزت 4 ملايين دولار"]["qualifier"] == "more_than"
    assert by_text["3 تشرين الثاني/نوفمبر"]["kind"] == "date"
    assert by_text["يومين"]["value"] == 2


def test_table_from_the_library(capsys, report, tmp_path):
    db = tmp_path / "lib.sqlite"
    code, _, err = run(capsys, "import", report, "--db", db)
    assert code == 0, err
    code, out, err = run(capsys, "quantities", "1", "--db", db)
    assert code == 0, err
    assert out.startswith("#1  فيضانات في الوادي الأخضر")
    assert "≈1,200 [1,080–1,320]" in out
    assert ">30" in out
    assert out.splitlines()[-1] == "5 figures"
    code, out, _ = run(capsys, "quantities", "1", "--db", db, "--json")
    assert len(json.loads(out)["quantities"]) == 5


def test_unknown_references_are_one_line_errors(capsys, tmp_path):
    code, _, err = run(capsys, "quantities", "42", "--db", tmp_path / "lib.sqlite")
    assert code == 1
    assert err.startswith("riwaya: ") and len(err.splitlines()) == 1
    code, _, err = run(capsys, "quantities", tmp_path / "missing.txt")
    assert code == 1
    assert "missing.txt" in err
