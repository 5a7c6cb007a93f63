"""The analyst's notes and triage live in the library keyed by text: they survive deleting and
re-importing the same file, a re-analysis, and a later schema migration."""

import sqlite3

import pytest

from services.compare.anchors import finding_keys
from services.compare.comparison import compare
from services.library import migrations
from services.library.ingest import article_analysis, import_paths
from services.library.storage import Library
from services.models import Annotations, FindingNote, Triage

SIXTY = (
    "نقل معتقلين من سجن الرقة\n\n"
    "نقلت مروحيات أمريكية نحو 60 معتقلا من سجن الرقة المركزي إلى قاعدة عسكرية.\n\n"
    "وقالت المصادر إن عملية النقل جرت ليلا."
)
SEVEN_FIFTY = (
    "واشنطن تنقل سجناء من الرقة\n\n"
    "نقلت مروحيات أمريكية 750 معتقلا من سجن الرقة المركزي إلى قاعدة عسكرية.\n\n"
    "وقالت المصادر إن عملية النقل جرت ليلا."
)


@pytest.fixture
def files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SIXTY, encoding="utf-8")
    b.write_text(SEVEN_FIFTY, encoding="utf-8")
    return a, b


def _comparison(library: Library, a_id: int, b_id: int):
    a, b = library.get(a_id), library.get(b_id)
    return compare(
        a,
        b,
        left_analysis=article_analysis(library, a),
        right_analysis=article_analysis(library, b),
    )


def _note_everything(library: Library, comparison) -> tuple[str, str]:
    (conflict, *_), (claim, *_) = finding_keys(comparison)
    hashes = (comparison.left.content_hash, comparison.right.content_hash)
    library.set_finding_note(FindingNote(conflict, Triage.DISMISSED, "ليسا الحدث نفسه"), hashes)
    library.set_finding_note(FindingNote(claim, Triage.REVIEWED), hashes)
    library.set_article_note(comparison.left.content_hash, "مصادر أهلية فقط")
    return conflict, claim


def _assert_noted(annotations: Annotations, comparison, conflict: str, claim: str) -> None:
    assert annotations.finding(conflict).triage is Triage.DISMISSED
    assert annotations.finding(conflict).note == "ليسا الحدث نفسه"
    assert annotations.finding(claim).triage is Triage.REVIEWED
    sixty, other = sorted((comparison.left, comparison.right), key=lambda a: "750" in a.text)
    assert annotations.article_note(sixty.content_hash) == "مصادر أهلية فقط"
    assert annotations.article_note(other.content_hash) == ""


def test_notes_survive_deleting_and_reimporting_the_same_files(tmp_path, files):
    with Library.open(tmp_path / "library.sqlite") as library:
        report = import_paths(library, files)
        a_id, b_id = (article.id for article in report.imported)
        before = _comparison(library, a_id, b_id)
        conflict, claim = _note_everything(library, before)
        library.delete(a_id)
        library.delete(b_id)
        assert library.count() == 0
        again = import_paths(library, files)
        new_a, new_b = (article.id for article in again.imported)
        assert {new_a, new_b}.isdisjoint({a_id, b_id})  # new rows, same texts
        after = _comparison(library, new_b, new_a)  # and the other way round
        _assert_noted(library.annotations(after), after, conflict, claim)


def test_notes_survive_a_reanalysis(tmp_path, files):
    with Library.open(tmp_path / "library.sqlite") as library:
        a_id, b_id = (article.id for article in import_paths(library, files).imported)
        before = _comparison(library, a_id, b_id)
        conflict, claim = _note_everything(library, before)
        library.db.execute("DELETE FROM analyses")  # as after an ANALYSIS_VERSION change
        after = _comparison(library, a_id, b_id)
        _assert_noted(library.annotations(after), after, conflict, claim)


def test_notes_survive_a_later_migration(tmp_path, files, monkeypatch):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        a_id, b_id = (article.id for article in import_paths(library, files).imported)
        before = _comparison(library, a_id, b_id)
        conflict, claim = _note_everything(library, before)

    def later(db):  # a schema change that rebuilds the notes table, as a migration may
        db.execute("ALTER TABLE finding_notes RENAME TO finding_notes_old")
        db.execute(
            "CREATE TABLE finding_notes (key TEXT PRIMARY KEY, triage TEXT NOT NULL DEFAULT"
            " 'open', note TEXT NOT NULL DEFAULT '', article_a TEXT NOT NULL DEFAULT '',"
            " article_b TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',"
            " colour TEXT NOT NULL DEFAULT '')"
        )
        db.execute(
            "INSERT INTO finding_notes (key, triage, note, article_a, article_b, updated_at)"
            " SELECT key, triage, note, article_a, article_b, updated_at FROM finding_notes_old"
        )
        db.execute("DROP TABLE finding_notes_old")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, ("9999_later", later)))
    with Library.open(path) as library:
        assert migrations.pending_migrations(library.db.conn) == []
        after = _comparison(library, a_id, b_id)
        _assert_noted(library.annotations(after), after, conflict, claim)


def test_a_library_made_before_notes_gets_them_and_keeps_its_articles(tmp_path, files, monkeypatch):
    path = tmp_path / "old.sqlite"
    old = tuple(m for m in migrations.MIGRATIONS if m[0] != "0007_notes")
    monkeypatch.setattr(migrations, "MIGRATIONS", old)
    with Library.open(path) as library:
        import_paths(library, files)
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "finding_notes" not in tables
    monkeypatch.undo()
    with Library.open(path) as library:
        assert library.count() == 2
        comparison = _comparison(library, 1, 2)
        conflict, claim = _note_everything(library, comparison)
        _assert_noted(library.annotations(comparison), comparison, conflict, claim)


def test_clearing_a_note_and_triage_removes_the_row():
    with Library.open(":memory:") as library:
        library.set_finding_note(FindingNote("figure:x", Triage.REVIEWED, "نعم"))
        library.set_article_note("abc", "ملاحظة")
        assert library.finding_notes(["figure:x", "figure:y"])[0].note == "نعم"
        library.set_finding_note(FindingNote("figure:x"))
        library.set_article_note("abc", "  ")
        assert library.finding_notes(["figure:x"]) == ()
        assert library.article_note("abc") == ""
        (rows,) = library.db.execute("SELECT count(*) FROM finding_notes").fetchone()
        assert rows == 0


def test_a_triage_written_by_a_newer_riwaya_reads_as_open():
    with Library.open(":memory:") as library:
        library.db.execute(
            "INSERT INTO finding_notes (key, triage, note) VALUES ('figure:z', 'escalated', 'x')"
        )
        (note,) = library.finding_notes(["figure:z"])
        assert note.triage is Triage.OPEN and note.note == "x"


def test_many_keys_are_asked_in_slices():
    with Library.open(":memory:") as library:
        keys = [f"figure:{n}" for n in range(1200)]
        library.set_finding_note(FindingNote(keys[-1], Triage.DISMISSED))
        assert [n.key for n in library.finding_notes(keys)] == [keys[-1]]


def test_article_notes_by_id_follow_the_text(files):
    library = Library.open(":memory:")
    import_paths(library, list(files))
    first, second = (s.id for s in library.summaries())
    assert library.article_notes_by_id() == {}
    library.set_article_note(library.get(second).content_hash, "رقم غير مؤكد")
    assert library.article_notes_by_id() == {second: "رقم غير مؤكد"}
    library.delete(second)
    assert library.article_notes_by_id() == {}
