"""`riwaya compare A B`: files compared without touching the library, library articles with
their stored analyses, the riwaya.compare/1 JSON, the readable summary, one-line errors."""

import json
from pathlib import Path

import pytest
from cli_run import run

from app import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "compare"


@pytest.fixture
def pair(tmp_path):
    """Two versions of the prison story, as files outside the library."""
    folder = tmp_path / "versions"
    folder.mkdir()
    for name in ("prison_a.txt", "prison_b.txt"):
        (folder / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder / "prison_a.txt", folder / "prison_b.txt"


def test_two_files_compare_without_creating_a_library(capsys, pair, tmp_path):
    db = tmp_path / "never.sqlite"
    code, out, err = run(capsys, "compare", *pair, "--json", "--db", db)
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "riwaya.compare/1"
    assert [a["id"] for a in data["articles"]] == [None, None]
    assert data["articles"][0]["path"].endswith("prison_a.txt")
    assert not db.exists()
    notes = {d["note"] for d in data["discrepancies"] if d["relation"] == "conflict"}
    assert "about 60 vs 750 — intervals [54, 66] and [750, 750] do not overlap" in notes


def test_library_articles_use_and_store_their_analyses(capsys, pair, tmp_path):
    db = tmp_path / "library.sqlite"
    code, _, err = run(capsys, "import", *pair, "--db", db)
    assert code == 0, err
    from services.library.storage import Library

    with Library.open(db) as library:
        ids = [s.id for s in library.summaries()]
    code, out, err = run(capsys, "compare", ids[0], f"#{ids[1]}", "--json", "--db", db)
    assert code == 0, err
    data = json.loads(out)
    assert sorted(a["id"] for a in data["articles"]) == sorted(ids)
    assert data["links"] and data["discrepancies"]
    with Library.open(db) as library:
        assert all(library.analysis(i) is not None for i in ids)


def test_a_library_article_against_a_file(capsys, pair, tmp_path):
    db = tmp_path / "library.sqlite"
    assert run(capsys, "import", pair[0], "--db", db)[0] == 0
    code, out, err = run(capsys, "compare", "1", pair[1], "--json", "--db", db)
    assert code == 0, err
    data = json.loads(out)
    assert [a["id"] for a in data["articles"]] == [1, None]


def test_summary_lists_discrepancies_first_then_shared_claims(capsys, pair):
    code, out, err = run(capsys, "compare", *pair)
    assert code == 0 and err == ""
    assert out.index("Discrepancies") < out.index("Shared claims")
    assert "CONFLICT about 60 vs 750" in out


def test_a_missing_file_is_one_line_and_exit_1(capsys, pair, tmp_path):
    code, out, err = run(capsys, "compare", pair[0], tmp_path / "missing.txt")
    assert code == 1 and out == ""
    assert err.startswith("riwaya: ") and len(err.strip().splitlines()) == 1
    assert "missing.txt" in err


def test_an_unknown_id_is_one_line_and_exit_1(capsys, pair, tmp_path):
    db = tmp_path / "library.sqlite"
    assert run(capsys, "import", pair[0], "--db", db)[0] == 0
    code, _, err = run(capsys, "compare", "1", "99", "--db", db)
    assert code == 1
    assert err.startswith("riwaya: ") and len(err.strip().splitlines()) == 1


def test_compare_needs_two_articles(capsys):
    code, _, err = run(capsys, "compare", "1")
    assert code == 2
    assert "B" in err


def test_gui_hands_the_pair_to_the_window(capsys, monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(cli, "open_window", lambda db, **options: calls.append(options) or 0)
    assert run(capsys, "compare", "3", "some file.txt", "--gui", "--db", tmp_path / "x")[0] == 0
    assert calls == [{"screenshot": None, "compare": ("3", "some file.txt")}]
