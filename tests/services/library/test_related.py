"""Related articles through the library's MinHash/LSH index, and named collections."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.compare.analysis import analyse
from services.library.related import (
    _EMPTY,
    _WORD,
    BANDS,
    SIGNATURE_SIZE,
    _hash,
    _term,
    band_keys,
    signature,
    similarity,
    terms,
)
from services.library.storage import ArticleNotFound, CollectionNotFound, Library, LibraryError
from services.models import ParsedDocument

PRISON = (
    "نقلت القوات الأمريكية نحو 60 إرهابيا من سجون قسد في الحسكة إلى قاعدة الشدادي. "
    "وأفادت مصادر أهلية بأن مروحيات أمريكية هبطت قرب سجن غويران وحملت المعتقلين. "
    "ويبلغ عدد معتقلي داعش لدى قسد نحو 12 ألفا من جنسيات مختلفة."
)
PRISON_2 = (
    "كشفت مصادر خاصة لسبوتنيك عن نقل 750 إرهابيا من سجن غويران في الحسكة. "
    "وقالت إن مروحيات أمريكية نقلت المعتقلين إلى قاعدة الشدادي. "
    "وتحتجز قسد نحو 12 ألفا من عناصر داعش."
)
FLOOD = (
    "غمرت السيول أحياء واسعة من مدينة الساحل ليل الثلاثاء. "
    "وقال الدفاع المدني إنه أجلى 350 عائلة من المنازل المنكوبة. "
    "وقدرت البلدية الخسائر بأكثر من 12 مليون دولار."
)
MATCH = (
    "فاز المنتخب الوطني على ضيفه بثلاثة أهداف دون رد في المباراة الودية. "
    "وسجل المهاجم هدفين في الشوط الثاني أمام جمهور غفير."
)


def _doc(text: str, path: str) -> ParsedDocument:
    return ParsedDocument(path, text, text, text.split(".")[0], "", "", "txt", "utf-8")


@pytest.fixture
def library():
    with Library.open(":memory:") as lib:
        for n, text in enumerate((PRISON, FLOOD, PRISON_2, MATCH)):
            lib.add(_doc(text, f"{n}.txt"), analyse(text))
        yield lib


def test_signature_estimates_the_share_of_content_words():
    a, b = signature(PRISON), signature(PRISON_2)
    assert len(a) == SIGNATURE_SIZE and len(band_keys(a)) == BANDS
    ta, tb = terms(PRISON), terms(PRISON_2)
    exact = len(ta & tb) / len(ta | tb)
    assert abs(similarity(a, b) - exact) < 0.15
    assert similarity(a, a) == 1.0
    assert similarity(a, b) > similarity(a, signature(MATCH))


def test_signatures_are_the_same_in_every_process():
    # A stable hash, not Python's salted hash(): stored signatures stay valid.
    assert signature("نقل معتقلين سجون الحسكة")[:4] == signature("نقل معتقلين سجون الحسكة")[:4]
    assert terms("والمعتقلين في سجون") == terms("المعتقلين سجون")


def _signature_of_terms(text: str) -> tuple[int, ...]:
    """The signature as the related index defines it: the hash of each word's term (a word
    of the whole text, as _WORD finds it), the smallest value per bin, empty bins densified
    from the next non-empty one."""
    bins = [_EMPTY] * SIGNATURE_SIZE
    words = set(_WORD.findall(text))
    for h in {_hash(t) for t in map(_term, words) if t is not None}:
        bins[h % SIGNATURE_SIZE] = min(bins[h % SIGNATURE_SIZE], (h >> 32) & 0xFFFFFFFF)
    if all(v == _EMPTY for v in bins):
        return tuple(bins)
    out = list(bins)
    for b in range(SIGNATURE_SIZE):
        step = 0
        while bins[(b + step) % SIGNATURE_SIZE] == _EMPTY:
            step += 1
        if step:
            out[b] = (bins[(b + step) % SIGNATURE_SIZE] + step * 0x9E3779B1) & 0xFFFFFFFE
    return tuple(out)


@pytest.mark.parametrize("text", [PRISON, PRISON_2, FLOOD, MATCH, "", "750 ، .", "في من"])
def test_the_signature_is_that_of_the_texts_terms(text):
    assert signature(text) == _signature_of_terms(text)


# Words with diacritics, digits, punctuation and every kind of space between and inside them:
# the signature reads the text between spaces, and must find the words terms() finds.
_PIECES = st.sampled_from(
    [
        "نقلت",
        "القوات",
        "إرهابيًا",
        "سجون",
        "الحسكة،",
        "(قسد)",
        "و",
        "في",
        "12",
        "ألفا.",
        "abc",
        "_",
        "ـ",
        "\u064b",
        " ",
        "\n",
        "\t",
        "\u00a0",
        "\u2009",
        "\u3000",
        "\u200f",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_the_signature_of_any_text_is_that_of_its_terms(text):
    assert signature(text) == _signature_of_terms(text)


def test_related_lists_the_other_version_of_the_story_first(library):
    related = library.related(1)
    assert related and related[0].article_id == 3
    assert all(r.article_id != 1 for r in related)
    assert [r.similarity for r in related] == sorted((r.similarity for r in related), reverse=True)


def test_related_reads_only_articles_sharing_a_band(library):
    # The match report shares no band with the prison story: it is never a candidate.
    assert 4 not in [r.article_id for r in library.related(1, limit=10)]


def test_related_of_an_unknown_article_raises(library):
    with pytest.raises(ArticleNotFound):
        library.related(99)


def test_a_deleted_article_leaves_the_index(library):
    library.delete(3)
    assert 3 not in [r.article_id for r in library.related(1)]
    assert (
        library._conn.execute("SELECT count(*) FROM lsh_bands WHERE article_id = 3").fetchone()[0]
        == 0
    )


def _library_from_before_the_index(tmp_path, texts):
    """A library file as Riwaya made it before the related index: no tables, step 0006 not
    recorded; and the signatures `add` stored, by id, to compare with."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    with Library.open(path) as lib:
        for n, text in enumerate(texts):
            lib.add(_doc(text, f"{n}.txt"), analyse(text))
        stored = dict(lib._conn.execute("SELECT article_id, signature FROM signatures"))
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE lsh_bands")
        conn.execute("DROP TABLE signatures")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_related_index'")
    return path, stored


def test_opening_a_library_from_before_the_index_signs_nothing_and_related_signs_it(tmp_path):
    path, stored = _library_from_before_the_index(tmp_path, (PRISON, PRISON_2, MATCH))
    with Library.open(path) as lib:
        assert lib.unsigned() == 3  # the upgrade itself left the work for later
        assert [r.article_id for r in lib.related(1)] == [2]
        assert lib.unsigned() == 0
        assert dict(lib._conn.execute("SELECT article_id, signature FROM signatures")) == stored


def test_signing_in_batches_survives_a_kill_midway_and_resumes(tmp_path):
    path, stored = _library_from_before_the_index(tmp_path, (PRISON, FLOOD, PRISON_2, MATCH))
    with Library.open(path) as lib:
        asked = []

        def cancel_after_one_batch() -> bool:
            asked.append(1)
            return len(asked) > 1

        assert lib.sign_unsigned(batch=2, is_cancelled=cancel_after_one_batch) == 2
        assert lib.unsigned() == 2

        # A failure while the next batch is stored (Riwaya killed, disk full) leaves it out.
        original = lib._store_signature
        calls = []

        def fail_on_the_second(article_id, packed):
            calls.append(article_id)
            if len(calls) == 2:
                raise OSError("killed")
            original(article_id, packed)

        lib._store_signature = fail_on_the_second
        with pytest.raises(OSError):
            lib.sign_unsigned(batch=2)
        lib._store_signature = original
        assert lib.unsigned() == 2
    with Library.open(path) as lib:  # the next start goes on where it stopped
        progress = []
        assert lib.sign_unsigned(on_progress=lambda *a: progress.append(a)) == 2
        assert progress == [(2, 2)]
        assert lib.unsigned() == 0 and lib.sign_unsigned() == 0
        assert dict(lib._conn.execute("SELECT article_id, signature FROM signatures")) == stored
        bands = lib._conn.execute("SELECT count(*) FROM lsh_bands").fetchone()[0]
        assert bands == 4 * BANDS
        assert [r.article_id for r in lib.related(3)][:1] == [1]


def test_collections_keep_their_articles_in_order(library):
    saved = library.save_collection(" hasakah ", [3, 1, 3])
    assert (saved.name, saved.article_ids) == ("hasakah", (3, 1))
    library.save_collection("hasakah", [1, 2, 3])
    assert library.collection("hasakah").article_ids == (1, 2, 3)
    library.save_collection("flood", [2])
    assert [c.name for c in library.collections()] == ["flood", "hasakah"]
    library.delete(2)
    assert library.collection("hasakah").article_ids == (1, 3)
    library.delete_collection("flood")
    with pytest.raises(CollectionNotFound):
        library.collection("flood")
    with pytest.raises(ArticleNotFound):
        library.save_collection("x", [1, 99])
    with pytest.raises(LibraryError):
        library.save_collection("  ", [1])


def test_a_story_compared_in_worker_processes_is_the_story_compared_here(tmp_path):
    from services.compare.story import story_to_json
    from services.library.stories import story_of

    path = tmp_path / "story.sqlite"
    with Library.open(path) as lib:
        for n, text in enumerate((PRISON, PRISON_2, FLOOD)):
            lib.add(_doc(text, f"{n}.txt"), analyse(text))
        here = story_to_json(story_of(lib, [1, 2, 3]))
        there = story_to_json(story_of(lib, [1, 2, 3], workers=2))
    assert there == here
    assert any(len({m["article"] for m in f["members"]}) > 1 for f in here["figures"])
