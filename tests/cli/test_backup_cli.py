"""`riwaya backup` / `riwaya restore`, and a damaged library met from the command line: one
line, exit 1, nothing written."""

from __future__ import annotations

import pytest
from cli_run import run
from library_damage import add_articles, damage_file

from services.library.storage import Library


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        add_articles(library, 60)
    return path


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "new.txt"
    path.write_text("أعلنت وزارة الصحة تسجيل 40 إصابة جديدة اليوم.", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["list"], ["search", "مقال"], ["show", "1"], ["backup"]])
def test_reading_a_damaged_library_gives_one_line(capsys, db, command):
    damage_file(db)
    code, out, err = run(capsys, *command, "--db", db)
    assert code == 1
    assert err.count("\n") == 1 and "damaged" in err and "internal error" not in err


def test_importing_into_a_damaged_library_writes_nothing(capsys, db, article):
    damage_file(db)
    before = db.read_bytes()
    code, _, err = run(capsys, "import", article, "--db", db)
    assert code == 1 and "damaged" in err
    assert db.read_bytes() == before


def test_backup_then_restore_after_damage(capsys, db, article):
    code, out, _ = run(capsys, "backup", "--db", db)
    assert code == 0 and "backed up to" in out
    assert run(capsys, "import", article, "--db", db)[0] == 0
    damage_file(db)
    code, out, err = run(capsys, "list", "--db", db)
    assert code == 1 and "riwaya restore" in err
    code, out, err = run(capsys, "restore", "--db", db)
    assert code == 0, err
    assert "replaced-by-restore" in out
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0 and out.count('"id"') == 60


def test_restore_lists_backups_and_names_a_missing_one(capsys, db, tmp_path):
    assert "No backups" in run(capsys, "restore", "--list", "--db", db)[1]
    code, _, err = run(capsys, "restore", "--db", db)
    assert code == 1 and "no backup" in err
    code, _, err = run(capsys, "restore", tmp_path / "nowhere.sqlite", "--db", db)
    assert code == 1 and "no such backup" in err
    run(capsys, "backup", "--to", tmp_path / "copy.sqlite", "--db", db)
    assert (tmp_path / "copy.sqlite").exists()


def test_damage_found_past_the_check_is_one_line(capsys, db, monkeypatch):
    # A library that passes the quick check and fails later (damaged while open).
    import sqlite3

    def malformed(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Library, "summaries", malformed)
    code, _, err = run(capsys, "list", "--db", db)
    assert code == 1 and "cannot be read" in err and "riwaya restore" in err
