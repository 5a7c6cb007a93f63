"""Tokens, the lazily built word tokens of a stored analysis, behave as the tuple of the same
tokens: indexing, slicing (a view), equality, hashing and the columns read without tokens."""

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.models import Token, Tokens
from services.text.arabic import tokenize

TEXT = "نقلت القوات الأميركية نحو 60 إرهابياً من سجن الصناعة إلى البادية"


def stored(text: str) -> Tokens:
    tokens = tokenize(text)
    return Tokens(
        text,
        [t.start for t in tokens],
        [t.end for t in tokens],
        [t.norm for t in tokens],
        [t.stem for t in tokens],
    )


def test_tokens_equal_the_tuple_they_stand_for():
    lazy, eager = stored(TEXT), tokenize(TEXT)
    assert lazy == eager and eager == tuple(lazy)
    assert hash(lazy) == hash(eager)
    assert len(lazy) == len(eager)
    assert lazy[3] == eager[3] and lazy[-1] == eager[-1]
    assert list(lazy.norms) == [t.norm for t in eager]


@settings(max_examples=200, deadline=None)
@given(st.integers(-15, 15), st.integers(-15, 15), st.sampled_from([None, 1, 2, -1]))
def test_slices_match_tuple_slices(start, stop, step):
    lazy, eager = stored(TEXT), tokenize(TEXT)
    assert tuple(lazy[start:stop:step]) == eager[start:stop:step]
    view = lazy[start:stop]
    assert tuple(view[1:]) == eager[start:stop][1:]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 11), st.integers(0, 11))
def test_tokens_between_two_positions_are_the_slice_between_them(first, stop):
    lazy, eager = stored(TEXT), tokenize(TEXT)
    assert len(eager) == 11
    stop = max(first, stop)
    between = lazy.between(first, stop)
    assert between == lazy[first:stop] == eager[first:stop]
    assert list(between.norms) == [t.norm for t in eager[first:stop]]
    assert tuple(between[1:]) == eager[first:stop][1:]


def test_out_of_range_and_bad_columns_fail_as_a_tuple_would():
    lazy = stored(TEXT)
    with pytest.raises(IndexError):
        lazy[len(lazy)]
    with pytest.raises(ValueError):
        Tokens("ab", [0], [1, 2], ["a"], ["a"])


def test_tokens_survive_pickling():
    lazy = stored(TEXT)
    assert pickle.loads(pickle.dumps(lazy)) == lazy


def test_a_token_made_quickly_is_the_token_made_by_its_constructor():
    quick = Token.of("إرهابياً", 4, 12, "ارهابيا", "ارهاب")
    made = Token("إرهابياً", 4, 12, "ارهابيا", "ارهاب")
    assert quick == made and hash(quick) == hash(made) and repr(quick) == repr(made)
    assert pickle.loads(pickle.dumps(quick)) == made
    with pytest.raises(AttributeError):
        quick.norm = "x"  # frozen like any other
