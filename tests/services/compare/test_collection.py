"""Garbage collection held back during a comparison, and given back as it was found."""

import gc
import threading

import pytest

from services.compare.collection import collection_paused
from services.compare.comparison import compare
from services.models import Article


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_resumed_after():
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_when_the_outermost_ends():
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_after_an_error():
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("a bad article")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_resume_once_both_end():
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collection_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with collection_paused():
        pass
    assert not gc.isenabled()  # the other thread's comparison is still under way
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_comparison_leaves_the_collector_as_it_found_it():
    a = Article(None, "", "", "", "", "", "نقلت القوات نحو 60 معتقلا من السجن.")
    b = Article(None, "", "", "", "", "", "نقلت القوات 750 معتقلا من السجن المركزي.")
    compare(a, b)
    assert gc.isenabled()
    gc.disable()
    compare(a, b)
    assert not gc.isenabled()
