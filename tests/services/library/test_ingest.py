"""Importing files into the library: every file imported, recognised as a duplicate or refused
with its reason; batches stored whole; cancellation and progress; resolving ids and files."""

import pytest

from services.library.ingest import ArticleUnavailable, NoSuchFile, import_paths, resolve_article
from services.library.storage import ArticleNotFound, Library

PORT = (
    "إغلاق ميناء الصيادين بعد عاصفة بحرية\n\n"
    "أغلقت السلطات ميناء الصيادين صباح الاثنين بعد عاصفة بحرية أغرقت ١٤ قاربًا.\n"
    "وقال مدير الميناء إن الأضرار تجاوزت 300 ألف دولار."
)
MARKET = (
    "حريق في السوق القديم\n\n"
    "اندلع حريق في السوق القديم ليل الأحد وأتى على نحو 60 محلًا تجاريًا.\n"
    "ولم تُسجل إصابات بحسب الدفاع المدني."
)


@pytest.fixture
def library():
    with Library.open(":memory:") as library:
        yield library


def _write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


def _variant(n: int) -> str:
    return f"خبر رقم {n}\n\nسجلت المدينة {n} حالة جديدة في اليوم {n + 1} من الشهر."


def test_a_folder_imports_recursively_with_metadata_and_figures(library, tmp_path):
    _write(tmp_path, "a/port.txt", PORT)
    _write(tmp_path, "a/b/market.txt", MARKET, encoding="utf-16")
    report = import_paths(library, [tmp_path])
    assert report.duplicates == () and report.refused == ()
    titles = {article.title for article in report.imported}
    assert titles == {"إغلاق ميناء الصيادين بعد عاصفة بحرية", "حريق في السوق القديم"}
    assert library.count() == 2
    port = next(a for a in report.imported if "ميناء" in a.title)
    assert library.get(port.id).text.startswith("إغلاق ميناء الصيادين")
    assert library.analysis(port.id).sentences
    assert library.summaries()[0].figures >= 1  # ١٤ قاربًا at least


def test_the_same_text_again_is_a_duplicate_of_the_stored_id(library, tmp_path):
    first = import_paths(library, [_write(tmp_path, "port.txt", PORT)])
    (stored,) = first.imported
    # The same article saved again in another encoding, with other line breaks.
    again = _write(tmp_path, "copy/port-16.txt", PORT.replace("\n\n", "\r\n"), "utf-16")
    report = import_paths(library, [again])
    assert report.imported == ()
    assert report.duplicates == ((str(again), stored.id),)
    assert library.count() == 1


def test_a_duplicate_inside_one_import_is_recognised(library, tmp_path):
    one = _write(tmp_path, "one.txt", MARKET)
    two = _write(tmp_path, "two.txt", MARKET)
    report = import_paths(library, [one, two])
    (article,) = report.imported
    assert report.duplicates == ((str(two), article.id),)


def test_bad_files_are_refused_with_their_reason_and_the_rest_imports(library, tmp_path):
    good = _write(tmp_path, "port.txt", PORT)
    empty = _write(tmp_path, "empty.txt", "")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    truncated = tmp_path / "truncated.txt"
    truncated.write_bytes(MARKET.encode()[:-1])  # cut inside the last letter
    unsupported = _write(tmp_path, "scan.pdf", "%PDF-1.4")
    missing = tmp_path / "gone.txt"
    report = import_paths(library, [good, empty, binary, unsupported, missing, tmp_path / "none"])
    assert [a.path for a in report.imported] == [str(good.resolve())]
    reasons = {problem.path: problem.reason for problem in report.refused}
    assert set(reasons) == {str(p) for p in (empty, binary, unsupported, missing)} | {
        str(tmp_path / "none")
    }
    assert all(reason and "\n" not in reason for reason in reasons.values())
    assert "no such file" in reasons[str(missing)]
    assert "pdf" in reasons[str(unsupported)].lower()
    assert library.count() == 1
    del truncated  # its fate (refused, or read with a replacement) is the importer's to test


def test_a_folder_without_articles_names_each_file_it_refuses(library, tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    report = import_paths(library, [tmp_path / "photos"])
    (problem,) = report.refused
    assert problem.path.endswith("a.jpg") and "unsupported file type .jpg" in problem.reason


def test_an_empty_folder_is_refused(library, tmp_path):
    (tmp_path / "empty").mkdir()
    (problem,) = import_paths(library, [tmp_path / "empty"]).refused
    assert "no files" in problem.reason


def test_each_file_is_read_once_even_when_named_twice(library, tmp_path):
    path = _write(tmp_path, "port.txt", PORT)
    report = import_paths(library, [path, tmp_path, str(path)])
    assert len(report.imported) == 1 and report.duplicates == ()


def test_progress_is_reported_for_every_file(library, tmp_path):
    for n in range(5):
        _write(tmp_path, f"{n}.txt", _variant(n))
    calls = []
    import_paths(library, [tmp_path], on_progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 5) for n in range(6)]


def test_cancelling_stores_what_was_read_and_stops(library, tmp_path):
    for n in range(10):
        _write(tmp_path, f"{n:02}.txt", _variant(n))
    seen = []
    report = import_paths(
        library,
        [tmp_path],
        on_progress=lambda done, total: seen.append(done),
        is_cancelled=lambda: len(seen) > 4,  # cancel once four files are done
        batch_size=3,
    )
    assert len(report.imported) == 4
    assert library.count() == 4
    assert report.refused == () and report.duplicates == ()


def test_each_batch_is_one_transaction(library, tmp_path):
    for n in range(7):
        _write(tmp_path, f"{n}.txt", _variant(n))
    commits = []
    real_atomic = library.atomic

    def counting_atomic():
        commits.append(library.db.conn.in_transaction)
        return real_atomic()

    library.atomic = counting_atomic
    import_paths(library, [tmp_path], batch_size=3)
    # Three batches (3 + 3 + 1), each opened outside a transaction; every add nests inside.
    assert commits.count(False) == 3
    assert library.count() == 7


def test_a_crash_mid_batch_loses_nothing_stored_before(library, tmp_path):
    for n in range(5):
        _write(tmp_path, f"{n}.txt", _variant(n))
    from services.compare.analysis import analyse

    def analyse_then_crash(text):
        if "رقم 3" in text:
            raise KeyboardInterrupt  # the user pressed Ctrl-C; not a per-file problem
        return analyse(text)

    with pytest.raises(KeyboardInterrupt):
        import_paths(library, [tmp_path], batch_size=2, analyse=analyse_then_crash)
    # Files 0 and 1 were one committed batch; 2 was pending when 3 crashed.
    assert [s.title for s in library.summaries()] == ["خبر رقم 0", "خبر رقم 1"]


def test_an_analysis_bug_refuses_only_that_file(library, tmp_path):
    from services.compare.analysis import analyse

    def fragile(text):
        if "رقم 1" in text:
            raise ValueError("unexpected figure")
        return analyse(text)

    for n in range(3):
        _write(tmp_path, f"{n}.txt", _variant(n))
    report = import_paths(library, [tmp_path], analyse=fragile)
    assert len(report.imported) == 2
    (problem,) = report.refused
    assert problem.path.endswith("1.txt") and "unexpected figure" in problem.reason


def test_resolve_article_by_id(library, tmp_path):
    (article,) = import_paths(library, [_write(tmp_path, "port.txt", PORT)]).imported
    assert resolve_article(library, str(article.id)) == library.get(article.id)
    assert resolve_article(library, f"#{article.id}").id == article.id
    with pytest.raises(ArticleNotFound, match="no article 42 in the library"):
        resolve_article(library, "42")


def test_resolve_article_reads_a_file_without_storing_it(library, tmp_path):
    article = resolve_article(library, str(_write(tmp_path, "market.txt", MARKET)))
    assert article.id is None
    assert article.title == "حريق في السوق القديم"
    assert article.content_hash
    assert library.count() == 0


def test_resolve_article_names_what_is_wrong(library, tmp_path):
    with pytest.raises(NoSuchFile, match="no such file: nowhere.txt"):
        resolve_article(library, "nowhere.txt")
    with pytest.raises(ArticleUnavailable, match="folder"):
        resolve_article(library, str(tmp_path))
    from services.documents.importing import UnreadableDocument

    with pytest.raises(UnreadableDocument):
        resolve_article(library, str(_write(tmp_path, "empty.txt", "")))


def test_worker_processes_give_the_same_report(library, tmp_path):
    for n in range(5):
        _write(tmp_path, f"{n}.txt", _variant(n))
    stored = import_paths(library, [tmp_path / "0.txt"]).imported[0]
    _write(tmp_path, "copy-of-1.txt", _variant(1))
    _write(tmp_path, "empty.txt", "")
    report = import_paths(library, [tmp_path], workers=2, batch_size=2)
    assert sorted(a.title for a in report.imported) == [f"خبر رقم {n}" for n in range(1, 5)]
    by_title = {a.title: a.id for a in report.imported}
    assert sorted(report.duplicates) == sorted(
        [
            (str(tmp_path / "0.txt"), stored.id),
            (str(tmp_path / "copy-of-1.txt"), by_title["خبر رقم 1"]),
        ]
    )
    assert [p.path for p in report.refused] == [str(tmp_path / "empty.txt")]
    assert library.count() == 5
