"""A damaged library is found when it is opened and never written to; every schema migration
is preceded by a backup (SQLite's online backup API), the newest few kept; a backup can be
put back."""

from __future__ import annotations

import sqlite3

import pytest
from library_damage import add_articles, damage_file

from services.library import backups, migrations
from services.library.backups import (
    KEEP_BACKUPS,
    latest_backup,
    list_backups,
    restore_backup,
)
from services.library.storage import Library, LibraryDamaged, LibraryError


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        add_articles(library, 60)
    return path


def test_a_sound_library_passes_the_quick_check(db):
    with Library.open(db) as library:
        assert library.damaged is None
        assert library.count() == 60


def test_a_damaged_library_is_refused_with_one_line_and_left_untouched(db):
    damage_file(db)
    before = db.read_bytes()
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(db)
    message = str(caught.value)
    assert "\n" not in message
    assert "damaged" in message and "no backup" in message
    assert db.read_bytes() == before


def test_a_library_found_damaged_later_refuses_every_write(db):
    library = Library.open(db, check=False)
    damage_file(db)
    with pytest.raises(LibraryDamaged):
        library.check()
    with pytest.raises(LibraryDamaged):
        add_articles(library, 1)
    with pytest.raises(LibraryDamaged):
        library.update_metadata(1, title="x")
    library.close()


def test_the_damage_message_offers_the_latest_backup(db):
    with Library.open(db) as library:
        copy = library.backup()
    damage_file(db)
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(db)
    assert caught.value.backup == copy
    assert copy.name in str(caught.value) and "riwaya restore" in str(caught.value)


def _with_extra_migration(monkeypatch, name: str) -> None:
    def add_column(db) -> None:
        db.execute(f"ALTER TABLE articles ADD COLUMN extra_{name[:4]} TEXT DEFAULT ''")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, (name, add_column)))


def test_a_migration_is_preceded_by_a_backup_of_the_library_as_it_was(db, monkeypatch):
    _with_extra_migration(monkeypatch, "9001_extra")
    with Library.open(db) as library:
        assert library.count() == 60
    copy = latest_backup(db)
    assert copy is not None and copy.name.endswith("-before-9001_extra.sqlite")
    with Library.open(copy, check=True) as old:
        columns = {row[1] for row in old._conn.execute("PRAGMA table_info(articles)")}
    # Opening the copy migrated it too; what matters is that it holds every article.
    assert "extra_9001" in columns
    raw = sqlite3.connect(copy)
    assert raw.execute("SELECT count(*) FROM articles").fetchone()[0] == 60
    raw.close()


def test_a_new_library_needs_no_backup(tmp_path):
    with Library.open(tmp_path / "new.sqlite"):
        pass
    assert list_backups(tmp_path / "new.sqlite") == ()


def test_only_the_newest_backups_are_kept(db, monkeypatch):
    for n in range(KEEP_BACKUPS + 2):
        _with_extra_migration(monkeypatch, f"{9100 + n}_extra")
        Library.open(db).close()
    kept = list_backups(db)
    assert len(kept) == KEEP_BACKUPS
    assert kept[0].name.endswith(f"-before-{9100 + KEEP_BACKUPS + 1}_extra.sqlite")


def test_restoring_puts_the_backup_back_and_keeps_the_damaged_file(db):
    with Library.open(db) as library:
        copy = library.backup()
        add_articles(
            library, 1, start=100
        )  # after the backup: lost by the restore, kept in the set-aside file
    damage_file(db)
    aside = restore_backup(db, copy)
    assert aside is not None and aside.exists() and aside.parent == backups.backups_folder(db)
    with Library.open(db) as library:
        assert library.count() == 60
    assert latest_backup(db) == copy  # the set-aside file is never offered as a backup


def test_a_damaged_backup_is_not_restored(db, tmp_path):
    with Library.open(db) as library:
        copy = library.backup(to=tmp_path / "copy.sqlite")
    damage_file(copy)
    before = db.read_bytes()
    with pytest.raises(ValueError, match="damaged"):
        restore_backup(db, copy)
    assert db.read_bytes() == before


def test_a_migration_without_room_for_its_backup_is_not_applied(db, monkeypatch):
    _with_extra_migration(monkeypatch, "9201_extra")

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("services.library.storage.take_backup", no_space)
    with pytest.raises(LibraryError, match="back it up"):
        Library.open(db)
    monkeypatch.undo()
    raw = sqlite3.connect(db)
    columns = {row[1] for row in raw.execute("PRAGMA table_info(articles)")}
    raw.close()
    assert "extra_9201" not in columns
