"""The `riwaya` command line, run in-process: commands and their JSON shapes, exit codes
(0 ok, 1 input refused, 2 usage), one-line errors, help with examples, and the window
hand-over."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from app import cli
from app.main import main_gui

ROOT = Path(__file__).resolve().parents[2]

PORT = (
    "إغلاق ميناء الصيادين بعد عاصفة بحرية\n\n"
    "المصدر: وكالة أنباء الخليج\n\n"
    "أغلقت السلطات ميناء الصيادين صباح الاثنين بعد عاصفة بحرية أغرقت ١٤ قاربًا إرهابيًا.\n"
    "وقال مدير الميناء إن الأضرار تجاوزت 300 ألف دولار."
)
MARKET = (
    "حريق في السوق القديم\n\n"
    "اندلع حريق في السوق القديم ليل الأحد وأتى على نحو 60 محلًا تجاريًا.\n"
    "ولم تُسجل إصابات بحسب الدفاع المدني."
)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "port.txt").write_text(PORT, encoding="utf-8")
    (folder / "market.txt").write_text(MARKET, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.sqlite")


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def imported(capsys, db, articles):
    code, _, err = run(capsys, "import", articles, "--db", db)
    assert code == 0, err


# Help


def _command_names() -> list[str]:
    return sorted(cli.build_parser()[1])


def test_the_library_commands_are_registered():
    expected = {"import", "list", "search", "show", "quantities", "compare", "lexicon"}
    expected |= {"story", "related", "export", "backup", "restore"}
    assert expected <= set(_command_names())


@pytest.mark.parametrize("command", _command_names())
def test_every_command_is_in_the_readme(command):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"`riwaya {command}" in readme


@pytest.mark.parametrize("command", _command_names())
def test_every_command_has_help_with_an_example(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "Example" in out
    assert f"riwaya {command}" in out.split("Example", 1)[1]
    assert "--db" in out


def test_riwaya_help_lists_the_commands_and_examples(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "Example" in out
    for command in _command_names():
        assert command in out


# import


def test_import_prints_a_line_per_file_and_a_total(capsys, db, articles):
    code, out, err = run(capsys, "import", articles, "--db", db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert sum(line.startswith("imported") for line in lines) == 2
    assert lines[-1] == "2 imported, 0 duplicates, 0 refused"
    code, out, _ = run(capsys, "import", articles / "port.txt", "--db", db)
    assert code == 0
    assert out.splitlines()[0].startswith("duplicate of  #")


def test_import_refusals_exit_1_with_a_reason_line_each(capsys, db, articles):
    (articles / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "import", articles, articles / "missing.txt", "--db", db)
    assert code == 1
    assert out.splitlines()[-1] == "2 imported, 0 duplicates, 2 refused"
    refused = err.splitlines()
    assert len(refused) == 2
    assert all(line.startswith("riwaya: refused ") for line in refused)
    assert any("missing.txt: no such file" in line for line in refused)


def test_import_json_shape(capsys, db, articles):
    data = run_json(capsys, "import", articles / "port.txt", "--db", db)
    assert set(data) == {"imported", "duplicates", "refused"}
    (article,) = data["imported"]
    assert set(article) == {"id", "path", "title"}
    assert article["title"] == "إغلاق ميناء الصيادين بعد عاصفة بحرية"
    data = run_json(capsys, "import", articles / "port.txt", "--db", db)
    assert data["duplicates"] == [{"path": str(articles / "port.txt"), "id": article["id"]}]


# list


def test_list_shows_id_date_outlet_and_title(capsys, db, articles):
    imported(capsys, db, articles)
    code, out, _ = run(capsys, "list", "--db", db)
    assert code == 0
    assert "إغلاق ميناء الصيادين بعد عاصفة بحرية" in out  # Arabic as is
    assert "وكالة أنباء الخليج" in out
    assert out.splitlines()[-1] == "2 articles"


def test_list_json_shape(capsys, db, articles):
    assert run_json(capsys, "list", "--db", db) == {"articles": []}
    imported(capsys, db, articles)
    data = run_json(capsys, "list", "--db", db)
    assert [set(a) for a in data["articles"]] == [
        {"id", "title", "source", "date", "time", "path", "figures", "imported_at"}
    ] * 2
    port = next(a for a in data["articles"] if a["path"].endswith("port.txt"))
    assert port["source"] == "وكالة أنباء الخليج"
    assert isinstance(port["id"], int) and isinstance(port["figures"], int)


def test_the_library_comes_from_riwaya_db_unless_db_is_given(
    capsys, monkeypatch, db, articles, tmp_path
):
    monkeypatch.setenv("RIWAYA_DB", db)
    assert run(capsys, "import", articles)[0] == 0
    assert len(run_json(capsys, "list")["articles"]) == 2
    other = tmp_path / "other.sqlite"
    assert run_json(capsys, "list", "--db", other) == {"articles": []}
    assert run_json(capsys, "--db", other, "list") == {"articles": []}  # before the command too


# search


def test_search_finds_without_hamza_and_marks_the_snippet(capsys, db, articles):
    imported(capsys, db, articles)
    code, out, _ = run(capsys, "search", "ارهابي", "--db", db)
    assert code == 0
    assert "إغلاق ميناء الصيادين" in out and "[إرهابيًا]" in out


def test_search_json_shape(capsys, db, articles):
    imported(capsys, db, articles)
    data = run_json(capsys, "search", "14", "--db", db)  # the text has ١٤
    (hit,) = data["results"]
    assert {"id", "title", "source", "snippet"} <= set(hit)
    assert "[١٤]" in hit["snippet"]
    assert run_json(capsys, "search", "كلمة غائبة", "--db", db) == {"results": []}


@pytest.mark.parametrize("query", ['"', "-", "*", "a:b", "(", "NEAR(", "OR"])
def test_search_with_fts_syntax_characters_is_not_an_error(capsys, db, articles, query):
    imported(capsys, db, articles)
    code, _, err = run(capsys, "search", query, "--db", db)
    assert code == 0 and err == ""


# show


def test_show_prints_metadata_and_the_analysed_text(capsys, db, articles):
    imported(capsys, db, articles)
    code, out, _ = run(capsys, "show", "1", "--db", db)
    assert code == 0
    assert out.startswith("#1  ")
    assert "أغلقت السلطات ميناء الصيادين" in out or "اندلع حريق" in out


def test_show_json_has_the_original_and_the_analysed_text(capsys, db, articles):
    imported(capsys, db, articles)
    data = run_json(capsys, "show", "1", "--db", db)
    assert {"id", "title", "source", "date", "path", "original", "text"} <= set(data)
    assert data["id"] == 1
    assert data["original"] and data["text"]


def test_show_reads_a_file_without_importing_it(capsys, db, articles):
    data = run_json(capsys, "show", articles / "market.txt", "--db", db)
    assert data["id"] is None and data["title"] == "حريق في السوق القديم"
    assert run_json(capsys, "list", "--db", db) == {"articles": []}


# Errors and exit codes


@pytest.mark.parametrize(
    "argv, message",
    [
        (["show", "99"], "riwaya: no article 99 in the library"),
        (["show", "nowhere.txt"], "riwaya: no such file: nowhere.txt"),
    ],
)
def test_a_bad_reference_is_one_line_and_exit_1(capsys, db, argv, message):
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 1 and out == ""
    assert err.splitlines() == [err.strip()] and err.startswith(message)


def test_an_unreadable_file_is_one_line_and_exit_1(capsys, db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "show", empty, "--db", db)
    assert code == 1 and len(err.splitlines()) == 1 and "empty.txt" in err


def test_a_file_that_is_not_a_library_is_one_line_and_exit_1(capsys, tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"shopping list: bread, olives, za'atar\n" * 200)
    code, _, err = run(capsys, "list", "--db", notes)
    assert code == 1
    assert len(err.splitlines()) == 1 and "cannot open the library" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["show"],
        ["search"],
        ["import"],
        ["search", "x", "--limit", "many"],
        ["list", "--no-such-option"],
        ["--demo", "--db", "x.sqlite", "list"],
    ],
)
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "usage: riwaya" in err


def test_an_internal_error_is_one_line_too(capsys, monkeypatch, db):
    from services.library.storage import Library

    def broken(self):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(Library, "summaries", broken)
    code, _, err = run(capsys, "list", "--db", db)
    assert code == 1
    assert err.strip() == (
        "riwaya: internal error: ZeroDivisionError: division by zero "
        "(set RIWAYA_DEBUG=1 for details)"
    )


# The window


@pytest.fixture
def window(monkeypatch):
    """Catches the hand-over to the window instead of opening it."""
    calls = []

    def fake_open_window(db_path, **options):
        calls.append((Path(db_path), options))
        return 0

    monkeypatch.setattr(cli, "open_window", fake_open_window)
    return calls


def test_a_plain_start_reopens_the_last_library(capsys, window, monkeypatch):
    monkeypatch.delenv("RIWAYA_DB", raising=False)
    assert run(capsys)[0] == 0
    ((_, options),) = window
    assert options == {"screenshot": None, "prefer_last_library": True}


def test_no_command_opens_the_window_on_the_chosen_library(capsys, window, db, monkeypatch):
    monkeypatch.setenv("RIWAYA_DB", db)
    assert run(capsys)[0] == 0
    assert run(capsys, "--db", "elsewhere.sqlite")[0] == 0
    assert window == [
        (Path(db), {"screenshot": None}),
        (Path("elsewhere.sqlite"), {"screenshot": None}),
    ]


def test_screenshot_and_gui_options_reach_the_window(capsys, window, db, articles, tmp_path):
    imported(capsys, db, articles)
    shot = tmp_path / "shot.png"
    assert run(capsys, "--screenshot", shot, "--db", db)[0] == 0
    assert run(capsys, "show", "2", "--gui", "--db", db)[0] == 0
    assert window == [
        (Path(db), {"screenshot": shot}),
        (Path(db), {"screenshot": None, "select": 2}),
    ]


def test_compare_with_gui_opens_that_comparison(capsys, window, db):
    assert run(capsys, "compare", "1", "2", "--gui", "--screenshot", "out.png", "--db", db)[0] == 0
    ((_, options),) = window
    assert options["compare"] == ("1", "2") and options["screenshot"] == Path("out.png")


def test_a_command_without_a_window_view_runs_then_opens_the_window(capsys, window, db, articles):
    code, out, _ = run(capsys, "import", articles, "--gui", "--db", db)
    assert code == 0 and "2 imported" in out
    assert window == [(Path(db), {"screenshot": None})]


def test_the_gui_launcher_always_opens_the_window(capsys, window, db):
    assert main_gui(["--db", db]) == 0
    assert main_gui(["show", "1", "--db", db]) == 0
    assert window == [
        (Path(db), {"screenshot": None}),
        (Path(db), {"screenshot": None, "select": 1}),
    ]


def test_demo_opens_the_demo_library(capsys, window, isolated_user_data):
    assert run(capsys, "--demo")[0] == 0
    ((path, _),) = window
    assert path.name == "demo.sqlite" and path.is_relative_to(isolated_user_data)
    data = run_json(capsys, "list", "--demo")
    assert len(data["articles"]) == 3


def test_starting_loads_neither_qt_nor_the_heavy_libraries():
    code = (
        "import sys\n"
        "from app.cli import build_parser\n"
        "build_parser()\n"
        "heavy = ('PySide6', 'camel_tools', 'sqlite_utils', 'trafilatura', 'docx', 'pandas',"
        " 'numpy')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
