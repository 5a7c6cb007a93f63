"""An article's moment: a date with a clock time or a part of the day, and which of two came
first; nothing is ordered on a guess."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.text.moments import moment, normalize_time, order, split_when


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("18:15", "18:15"),
        ("9:40", "09:40"),
        ("6:15 pm", "18:15"),
        ("6:15 م", "18:15"),
        ("١٨:١٥", "18:15"),
        ("مساءً", "evening"),
        ("صباحا", "morning"),
        ("Evening", "evening"),
        ("18:15:00+03:00", "18:15"),
        ("", ""),
    ],
)
def test_a_time_is_stored_as_a_clock_or_a_part_of_the_day(written, stored):
    assert normalize_time(written) == stored


@pytest.mark.parametrize("written", ["25:00", "غدا", "13.03", "later"])
def test_what_is_not_a_time_is_refused(written):
    with pytest.raises(ValueError):
        normalize_time(written)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("2024-03-13", "09:40"), ("2024-03-13", "18:15"), -1),
        (("2024-03-13", "18:15"), ("2024-03-13", "09:40"), 1),
        (("2024-03-13", ""), ("2024-03-14", ""), -1),  # another day: the date is enough
        (("2024-03-13", "18:15"), ("2024-03-13", "18:15"), 0),  # the same moment
        (("2024-03-13", "morning"), ("2024-03-13", "evening"), -1),
        (("2024-03-13", "09:40"), ("2024-03-13", "evening"), -1),
        # Overlapping or missing times on the same day, or a missing date: no order.
        (("2024-03-13", "evening"), ("2024-03-13", "18:15"), None),
        (("2024-03-13", ""), ("2024-03-13", "18:15"), None),
        (("", "09:40"), ("2024-03-13", "18:15"), None),
        (("", ""), ("", ""), None),
    ],
)
def test_order_of_two_moments(a, b, expected):
    assert order(moment(*a), moment(*b)) == expected


def test_a_cell_splits_into_date_and_time():
    assert split_when("2024-03-13 18:15") == ("2024-03-13", "18:15")
    assert split_when("2024-03-13T18:15:00+03:00") == ("2024-03-13", "18:15")
    assert split_when("2024-03-13 مساء") == ("2024-03-13", "evening")
    assert split_when("") == ("", "")


def test_labels_name_the_time_on_the_same_day_and_the_date_across_days():
    a, b, c = moment("2024-03-13", "09:40"), moment("2024-03-13", "18:15"), moment("2024-03-14")
    assert (a.label(b), b.label(a)) == ("09:40", "18:15")
    assert (b.label(c), c.label(b)) == ("2024-03-13 18:15", "2024-03-14")
    assert moment("").label() == "time unknown"


@given(st.text(max_size=20), st.text(max_size=20))
def test_reading_a_moment_never_crashes(day, time):
    try:
        m = moment(day, time)
    except ValueError:
        return
    assert order(m, m) in (0, None)
