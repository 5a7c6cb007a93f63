"""Input no analyst means but anyone can type: ids no article can have, search queries of
thousands of words. Each gets one line, quickly, never an internal error."""

from __future__ import annotations

import time

import pytest
from cli_run import run
from library_damage import add_articles

from services.library.storage import MAX_QUERY_TERMS, Library, QueryTooLong


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        add_articles(library, 20, size=400)
    return path


@pytest.mark.parametrize("ref", ["99999999999999999999999", "#99999999999999999999999", "0"])
@pytest.mark.parametrize("command", [["show"], ["quantities"], ["compare", "1"], ["related"]])
def test_an_id_no_article_can_have_is_no_such_article(capsys, db, command, ref):
    code, _, err = run(capsys, *command, ref, "--db", db)
    assert code == 1
    assert "no article" in err and "internal error" not in err, err


def test_a_huge_id_is_not_found_by_the_library(db):
    with Library.open(db) as library:
        for method in (library.get, library.analysis, library.delete, library.related):
            with pytest.raises(LookupError):
                method(10**30)


def test_repeated_words_count_once(db):
    with Library.open(db) as library:
        start = time.perf_counter()
        hits = library.search(" ".join(["مقال"] * 20000))
        assert time.perf_counter() - start < 5  # was 29 s for 2,000 repeats
        assert hits == library.search("مقال")


def test_a_query_of_too_many_words_is_refused_with_a_reason(capsys, db):
    with Library.open(db) as library:
        library.search(" ".join(f"كلمة{i}" for i in range(MAX_QUERY_TERMS)))
        with pytest.raises(QueryTooLong):
            library.search(" ".join(f"كلمة{i}" for i in range(2000)))
    code, _, err = run(capsys, "search", *(f"كلمة{i}" for i in range(2000)), "--db", db)
    assert code == 1 and f"at most {MAX_QUERY_TERMS}" in err and err.count("\n") == 1
