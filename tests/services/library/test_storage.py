"""The article library: schema migrations, WAL, Arabic full-text search, edits with undo, and
transactions that store a whole batch or nothing."""

import hashlib
import json
import sqlite3

import pytest

from services.compare.analysis import ANALYSIS_VERSION, Analysis, analysis_stamp
from services.library.migrations import MIGRATIONS
from services.library.storage import (
    AlreadyInLibrary,
    ArticleNotFound,
    Library,
    LibraryError,
    LibraryUnavailable,
    make_snippet,
)
from services.models import Kind, ParsedDocument, Quantity
from services.text.sentences import split_sentences

FLOOD = (
    "غمرت السيول أحياء واسعة من مدينة الساحل ليل الثلاثاء.\n"
    "وقال الدفاع المدني إنه أجلى ٣٥٠ عائلة، فيما لقي نحو 40 شخصاً حتفهم.\n"
    "وقدّرت البلدية الخسائر بأكثر من 12 مليون دولار."
)
FERRY = (
    "غرقت عبّارة تقل إرهابيًا مطلوبًا قرب الميناء.\n"
    "وأكد خفر السواحل إنقاذ 750 راكبا على بعد 12 كم من الشاطئ."
)


def _doc(text: str, title: str = "عنوان", source: str = "", path: str = "a.txt") -> ParsedDocument:
    return ParsedDocument(
        path=path,
        original="Facebook\nTwitter\n" + text,
        text=text,
        title=title,
        source=source,
        date="2024-03-05",
        format="txt",
        encoding="utf-8",
    )


def _analysis(text: str, *quantities: Quantity) -> Analysis:
    return Analysis(split_sentences(text), quantities)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _add(library: Library, text: str, **fields) -> int:
    doc = _doc(text, **fields)
    return library.add(doc, _analysis(text), content_hash=_hash(text)).id


@pytest.fixture
def library():
    with Library.open(":memory:") as library:
        yield library


def test_a_new_library_records_every_migration(library):
    rows = library.db.execute(
        "SELECT name, applied_at FROM _sqlite_migrations ORDER BY id"
    ).fetchall()
    assert [name for name, _ in rows] == [name for name, _ in MIGRATIONS]
    assert all(applied_at for _, applied_at in rows)


def test_reopening_applies_nothing_twice_and_keeps_articles(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        _add(library, FLOOD)
    with Library.open(path) as library:
        assert library.count() == 1
        (applied,) = library.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
        assert applied == len(MIGRATIONS)


def test_a_file_library_uses_wal(tmp_path):
    with Library.open(tmp_path / "library.sqlite") as library:
        (mode,) = library.db.execute("PRAGMA journal_mode").fetchone()
    assert mode == "wal"


def test_a_file_that_is_not_a_database_is_refused_with_its_reason(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database, just some notes " * 100)
    with pytest.raises(LibraryUnavailable, match="notes.sqlite"):
        Library.open(path)


def test_an_article_keeps_its_original_next_to_its_analysed_text(library):
    article_id = _add(library, FLOOD, title="سيول الساحل", source="وكالة الشرق")
    article = library.get(article_id)
    assert article.text == FLOOD
    assert article.original == "Facebook\nTwitter\n" + FLOOD
    assert (article.title, article.source, article.date) == (
        "سيول الساحل",
        "وكالة الشرق",
        "2024-03-05",
    )
    assert article.content_hash == _hash(FLOOD)
    assert article.imported_at


def test_summaries_carry_no_text_and_count_figures(library):
    quantities = (
        Quantity("350", 0, 3, 350, 350, 350, False, Kind.COUNT, counted="عائلة"),
        Quantity("SY24", 4, 8, 24, 24, 24, False, Kind.IDENTIFIER),
    )
    library.add(_doc(FLOOD), _analysis(FLOOD, *quantities), content_hash=_hash(FLOOD))
    _add(library, FERRY, path="b.txt")
    first, second = library.summaries()
    assert (first.id, first.title, first.path, first.figures) == (1, "عنوان", "a.txt", 1)
    assert second.path == "b.txt"
    assert not hasattr(first, "text")


def test_get_of_a_missing_id_says_which(library):
    with pytest.raises(ArticleNotFound, match="no article 42 in the library"):
        library.get(42)


def test_the_same_text_twice_is_refused_with_the_stored_id(library):
    article_id = _add(library, FLOOD)
    with pytest.raises(AlreadyInLibrary) as caught:
        _add(library, FLOOD, path="copy.txt")
    assert caught.value.article_id == article_id
    assert library.find_by_hash(_hash(FLOOD)) == article_id
    assert library.count() == 1


@pytest.mark.parametrize(
    "query, found",
    [
        ("ارهابي", "ferry"),  # no hamza, no tanwin: finds إرهابيًا
        ("إرهابيًا", "ferry"),
        ("750", "ferry"),
        ("٧٥٠", "ferry"),  # Arabic-Indic digits in the query find Western ones
        ("350", "flood"),  # Western digits find ٣٥٠
        ("السيول", "flood"),
        ("عائلة", "flood"),  # teh marbuta
        ("سيول الساحل", "flood"),  # every word must occur; السيول holds the article
        ("والسيول", "flood"),  # the query's clitics do not matter either
        ("بالمدينة", "flood"),
        ("شاطئ", "ferry"),
        ("الساحل عبارة", None),
    ],
)
def test_search_folds_hamza_diacritics_and_digits(library, query, found):
    ids = {"flood": _add(library, FLOOD), "ferry": _add(library, FERRY, path="b.txt")}
    hits = library.search(query)
    assert [hit.article.id for hit in hits] == ([ids[found]] if found else [])


@pytest.mark.parametrize(
    "query",
    [
        '"',
        'إرهابي"',
        "-750",
        "*",
        "750*",
        "a:b",
        "(الساحل",
        "NEAR(",
        "OR",
        "AND NOT",
        "",
        "  ",
        "^",
    ],
)
def test_search_reads_fts_syntax_as_plain_words(library, query):
    _add(library, FLOOD)
    library.search(query)  # no sqlite3.OperationalError


def test_search_matches_the_title_too(library):
    article_id = _add(library, FERRY, title="فيضان في الساحل")
    assert [hit.article.id for hit in library.search("فيضان")] == [article_id]


def test_snippets_show_the_real_text_with_the_match_marked(library):
    _add(library, FERRY)
    (hit,) = library.search("ارهابي")
    assert "[إرهابيًا]" in hit.snippet
    (hit,) = library.search("٧٥٠")
    assert "[750]" in hit.snippet
    assert "\n" not in hit.snippet


def test_a_snippet_marks_every_match_and_cuts_at_words():
    text = "كلمة " * 30 + "عاد ٣٥٠ نازحًا، ثم عاد ٣٥٠ آخرون " + "نهاية " * 30
    snippet = make_snippet(text, ["350"])
    assert snippet.count("[٣٥٠]") == 2
    assert snippet.startswith("… كلمة") and snippet.endswith(" …")


def test_update_metadata_changes_what_lists_and_search_see(library):
    article_id = _add(library, FLOOD, title="عاصفة مطرية")
    updated = library.update_metadata(article_id, title="فيضانات الساحل", source="صحيفة الميناء")
    assert (updated.title, updated.source, updated.date) == (
        "فيضانات الساحل",
        "صحيفة الميناء",
        "2024-03-05",
    )
    assert [hit.article.id for hit in library.search("فيضانات")] == [article_id]
    assert library.search("عاصفة") == ()  # the old title is gone from the index
    with pytest.raises(ArticleNotFound):
        library.update_metadata(99, title="x")


def test_delete_then_restore_keeps_the_id_text_and_analysis(library):
    first = _add(library, FLOOD)
    second = _add(library, FERRY, path="b.txt")
    analysis = library.analysis(second)
    deleted = library.delete(second)
    assert library.count() == 1
    assert library.search("750") == ()
    with pytest.raises(ArticleNotFound):
        library.get(second)
    third = _add(library, "نص ثالث لا علاقة له بالخبر.", path="c.txt")
    assert third not in (first, second)  # an id is never handed out twice
    restored = library.restore(deleted, analysis)
    assert restored == deleted
    assert library.get(second) == deleted
    assert library.analysis(second) == analysis
    assert [hit.article.id for hit in library.search("750")] == [second]


def test_stored_analysis_round_trips_and_older_versions_read_as_none(library):
    stamp = analysis_stamp()
    quantity = Quantity("٣٥٠ عائلة", 58, 67, 350, 350, 350, False, Kind.COUNT, counted="عائلة")
    analysis = _analysis(FLOOD, quantity)
    article_id = library.add(_doc(FLOOD), analysis, content_hash=_hash(FLOOD)).id
    assert library.analysis(article_id) == analysis
    library.db.execute(
        "UPDATE analyses SET data = replace(data, ?, ?)",
        (f'"version":"{stamp}"', f'"version":"{ANALYSIS_VERSION + 100}:{stamp[-16:]}"'),
    )
    assert library.analysis(article_id) is None
    library.store_analysis(article_id, _analysis(FLOOD))
    assert library.analysis(article_id) == _analysis(FLOOD)
    assert library.summaries()[0].figures == 0
    with pytest.raises(ArticleNotFound):
        library.analysis(77)


def test_an_analysis_in_the_form_before_version_27_is_redone_and_stored_again(library):
    # A library written by an older Riwaya: each article's analysis as plain JSON lists.
    from services.compare.analysis import analyse
    from services.library.ingest import article_analysis

    article_id = _add(library, FLOOD)
    old = {
        "version": f"26:{analysis_stamp().partition(':')[2]}",
        "sentences": [[0, len(FLOOD)]],
        "quantities": [],
        "tokens": {"start": [], "end": [], "norm": [], "stem": []},
        "terms": [],
        "figures": [],
        "markers": [],
    }
    library.db.execute("UPDATE analyses SET version = 26, data = ?", (json.dumps(old),))
    assert library.analysis(article_id) is None
    redone = article_analysis(library, library.get(article_id))
    assert redone == analyse(FLOOD)
    assert library.analysis(article_id) == redone


def test_a_stored_analysis_made_with_other_word_lists_reads_as_none(library, tmp_path):
    from services import lexicon

    article_id = library.add(_doc(FLOOD), _analysis(FLOOD), content_hash=_hash(FLOOD)).id
    assert library.analysis(article_id) is not None
    (tmp_path / "places.tsv").write_text("place\tword\ncyprus\tقبرص\n", encoding="utf-8")
    lexicon.configure(tmp_path)
    assert library.analysis(article_id) is None  # redone with the analyst's lexicon


def test_a_failure_mid_batch_leaves_the_library_unchanged(library):
    kept = _add(library, FLOOD)
    with pytest.raises(RuntimeError), library.atomic():
        _add(library, FERRY, path="b.txt")
        _add(library, "نص ثالث.", path="c.txt")
        raise RuntimeError("the disk filled up")
    assert [s.id for s in library.summaries()] == [kept]
    assert library.search("750") == ()


def test_a_duplicate_inside_a_batch_rolls_back_the_batch(library):
    with pytest.raises(AlreadyInLibrary), library.atomic():
        _add(library, FLOOD)
        _add(library, FLOOD, path="again.txt")
    assert library.count() == 0


def test_nested_atomic_blocks_roll_back_only_their_part(library):
    with library.atomic():
        _add(library, FLOOD)
        with pytest.raises(AlreadyInLibrary):
            _add(library, FLOOD, path="again.txt")
        _add(library, FERRY, path="b.txt")
    assert library.count() == 2


def _prepared(text: str, path: str, article_id: int | None = None):
    from dataclasses import replace

    from services.library.storage import article_from_document, prepare_article

    article = article_from_document(_doc(text, path=path), _hash(text))
    return prepare_article(replace(article, id=article_id), _analysis(text))


def test_a_prepared_batch_is_stored_in_order_with_its_duplicates_reported(library):
    kept = _add(library, FLOOD)
    batch = [
        _prepared(FERRY, "b.txt"),
        _prepared(FLOOD, "again.txt"),  # in the library already
        _prepared("نص ثالث.", "c.txt"),
        _prepared(FERRY, "b-copy.txt"),  # earlier in this batch
    ]
    ferry, again, third, copy = library.add_prepared_batch(batch)
    assert (ferry.path, third.path) == ("b.txt", "c.txt")
    assert isinstance(again, AlreadyInLibrary) and again.article_id == kept
    assert isinstance(copy, AlreadyInLibrary) and copy.article_id == ferry.id
    assert [s.id for s in library.summaries()] == [kept, ferry.id, third.id]
    assert library.get(third.id).text == "نص ثالث."
    assert library.analysis(ferry.id) is not None
    assert [h.article.id for h in library.search("750")] == [ferry.id]
    assert library.unsigned() == 0


def test_a_prepared_batch_with_a_taken_id_stores_none_of_it(library):
    kept = _add(library, FLOOD)
    batch = [_prepared(FERRY, "b.txt"), _prepared("نص ثالث.", "c.txt", article_id=kept)]
    with pytest.raises(LibraryError, match=f"article id {kept} is taken"):
        library.add_prepared_batch(batch)
    assert [s.id for s in library.summaries()] == [kept]
    assert library.search("750") == ()


def test_a_second_connection_sees_only_committed_batches(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as writer, Library.open(path) as reader:
        with writer.atomic():
            _add(writer, FLOOD)
            assert reader.count() == 0
        assert reader.count() == 1


def test_the_connection_belongs_to_the_thread_that_opened_it(library):
    import threading

    errors = []
    thread = threading.Thread(target=lambda: _catch(errors, library.count))
    thread.start()
    thread.join()
    assert errors and isinstance(errors[0], sqlite3.ProgrammingError)


def _catch(errors, fn):
    try:
        fn()
    except Exception as e:
        errors.append(e)


def test_the_original_comes_back_exactly_also_from_rows_stored_as_plain_text(library):
    original = "<html><body><p>" + FLOOD + "</p><script>x()</script></body></html>" * 20
    doc = ParsedDocument("page.html", original, FLOOD, "t", "", "", "html", "utf-8")
    article_id = library.add(doc, _analysis(FLOOD), content_hash=_hash(FLOOD)).id
    assert library.get(article_id).original == original
    library.db.execute("UPDATE articles SET original = ? WHERE id = ?", ("نص قديم", article_id))
    assert library.get(article_id).original == "نص قديم"


def test_two_processes_creating_one_library_at_once_both_succeed(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "shared.sqlite"
    code = f"from services.library.storage import Library; Library.open({str(path)!r}).close()"
    runs = [
        subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    errors = [run.communicate()[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], errors
    with Library.open(path) as library:
        (applied,) = library.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
    assert applied == len(MIGRATIONS)


def test_a_batch_that_reads_first_does_not_fail_when_another_connection_writes(tmp_path):
    import threading
    import time

    path = tmp_path / "library.sqlite"
    with Library.open(path) as setup:
        first = _add(setup, FLOOD)
    edited = threading.Event()

    def edit_in_the_window():
        with Library.open(path) as window:
            window.update_metadata(first, title="عنوان مصحح")
        edited.set()

    with Library.open(path) as importer:
        with importer.atomic():
            assert importer.find_by_hash(_hash(FERRY)) is None  # the batch reads first
            editor = threading.Thread(target=edit_in_the_window)
            editor.start()
            time.sleep(0.3)  # the window tries to write meanwhile
            assert not edited.is_set()  # and waits for the batch
            _add(importer, FERRY, path="b.txt")
        editor.join()
        assert edited.is_set()
        assert importer.get(first).title == "عنوان مصحح" and importer.count() == 2


def test_a_time_is_stored_beside_the_date_and_edited_with_it(library):
    doc = _doc(FLOOD)
    from dataclasses import replace

    stored = library.add(replace(doc, time="09:40"), _analysis(FLOOD), content_hash=_hash(FLOOD))
    got = library.get(stored.id)
    assert (got.time, got.when) == ("09:40", "2024-03-05 09:40")
    assert library.summaries()[0].when == "2024-03-05 09:40"
    edited = library.update_metadata(stored.id, when="2024-03-06 6:15 pm")
    assert (edited.date, edited.time) == ("2024-03-06", "18:15")
    assert library.update_metadata(stored.id, when="2024-03-06").time == ""  # time cleared
    with pytest.raises(LibraryError):
        library.update_metadata(stored.id, when="2024-03-06 later")


def test_the_time_migration_reads_the_time_of_articles_stored_before(tmp_path):
    from services.library.migrations import MIGRATIONS, apply_migrations, load_sqlite_utils

    path = tmp_path / "old.sqlite"
    db = load_sqlite_utils().Database(path)
    old = [m for m in MIGRATIONS if m[0] < "0004"]
    migrations = load_sqlite_utils().Migrations("riwaya")
    for name, fn in old:
        migrations(name=name)(fn)
    migrations.apply(db)
    text = "سيول\nالأربعاء 13 آذار 2024 - 18:15\nارتفعت الحصيلة إلى 120 قتيلا."
    db.execute(
        "INSERT INTO articles (date, content_hash, text, original) VALUES (?, ?, ?, ?)",
        ("2024-03-13", "h", text, text),
    )
    db.conn.commit()
    assert apply_migrations(db)[0] == "0004_article_time"  # then the later steps
    assert db.execute("SELECT time FROM articles").fetchall() == [("18:15",)]


def test_data_version_changes_when_another_connection_commits(tmp_path):
    from services.library.storage import Library

    path = tmp_path / "library.sqlite"
    with Library.open(path) as mine, Library.open(path) as other:
        before = mine.data_version()
        mine.db.execute("CREATE TABLE mine_only (x)")  # this connection's own write
        assert mine.data_version() == before
        other.db.execute("CREATE TABLE other_one (x)")
        other.db.conn.commit()
        assert mine.data_version() != before
