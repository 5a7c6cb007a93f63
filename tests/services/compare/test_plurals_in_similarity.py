"""A broken plural whose root the ISRI rules get wrong is one word with its singular in
similarity (broken_plurals.tsv, built from Arramooz by bench/build_broken_plurals.py)."""

import pytest

from services.compare.analysis import analyse
from services.compare.similarity import score_pair
from services.compare.termspace import term_space


def words(text: str) -> set[str]:
    return {t for t in analyse(text).terms[0].terms if t[0] != "^"}


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("أصدر القضاة أحكامهم في قضايا الفساد", "أصدر القاضي حكمه في قضية الفساد"),
        ("اجتمع السفراء العرب في القاهرة", "اجتمع سفير عربي في القاهرة"),
    ],
)
def test_the_plural_and_its_singular_share_a_word_term(plural, singular):
    a, b = analyse(plural), analyse(singular)
    space = term_space(a.terms, b.terms)
    shared = {t for t in space.left[0] & space.right[0] if t[0] != "^"}
    assert len(shared) >= 3  # the verb, the plural's noun and the place or topic
    assert score_pair(space, 0, 0).value >= 0.6


def test_a_plural_of_a_class_keeps_its_class():
    # قتلى is "&killed" (noun_classes), not the term of قتيل
    assert any(t.startswith("&") for t in words("سقط عشرات القتلى في القصف"))
