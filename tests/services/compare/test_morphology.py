"""Roots by the ISRI rules: a verb, its verbal noun and participles meet, and so do many broken
plurals and their singulars; the table is NLTK's ISRIStemmer output for the same words."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.compare.morphology import root


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ارتفعت ارتفاع ترتفع", "رفع"),  # verb, verbal noun, present
        ("اعتقلت اعتقال معتقل المعتقلين", "عقل"),
        ("أطلقت إطلاق", "طلق"),
        ("الأطفال طفل", "طفل"),  # a broken plural and its singular
        ("منازل منزل", "نزل"),
        ("مقاعد مقعد", "قعد"),
        ("يعملون عاملون", "عمل"),
        ("نزوح نزح", "نزح"),
    ],
)
def test_forms_of_one_root_meet(words, expected):
    assert {root(w) for w in words.split()} == {expected}


@pytest.mark.parametrize(
    ("with_conjunction", "bare"),
    [("وأغلقت", "أغلقت"), ("فأعلنت", "أعلنت"), ("وإطلاق", "إطلاق"), ("وأصيب", "أصيب")],
)
def test_a_conjunction_before_a_hamza_leaves_the_root_alone(with_conjunction, bare):
    # NLTK's rules read وأغلقت as أغلق: the conjunction hides the initial hamza (a departure
    # from NLTK's output, measured in bench.sentlinks).
    assert root(with_conjunction) == root(bare)


def test_a_word_that_starts_with_waw_alef_keeps_its_waw():
    assert root("واسع") == "وسع"


def test_known_errors_of_the_rules_are_kept():
    # ISRI has no dictionary: these come out wrong in NLTK too, which is why similarity weighs
    # a root below a stem.
    assert root("إنقاذ") == "قاذ"
    assert root("سجناء") != root("سجين")


def test_diacritics_and_tatweel_do_not_change_the_root():
    assert root("اِرْتَفَعَتْ") == root("ارتفعت") == root("ارتفـعت")


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى", max_size=12))
def test_any_word_has_a_root_no_longer_than_itself(word):
    assert len(root(word)) <= len(word)


@pytest.mark.parametrize(
    ("plural", "expected"),
    [("قضاه", "قاضي"), ("القضاه", "قاضي"), ("والسفراء", "سفير"), ("للسفراء", "سفير")],
)
def test_a_broken_plural_the_rules_miss_has_its_singular(plural, expected):
    # normalised forms, as tokens carry them (ة → ه, ى → ي)
    from services.compare.morphology import singular

    assert singular(plural) == expected


def test_a_singular_or_an_unknown_word_has_none():
    from services.compare.morphology import singular

    assert singular("قاضي") is None and singular("حاسوب") is None


def test_the_plural_table_holds_only_what_the_rules_miss():
    from services import lexicon
    from services.text.arabic import normalize_plain

    rows = lexicon.rows("broken_plurals")
    assert len(rows) > 1000
    for r in rows:
        one, plural = (normalize_plain(c) for c in r.cells)
        assert root(plural) != root(one), r.where
