"""A stored analysis reads back as the analysis of its text, value for value (compare.analysis:
analysis_to_json and analysis_from_json), on generated news, the dev set's texts and any text;
one stored by another version reads as None."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import corpus
from bench.accuracy import load_devset
from services.compare.analysis import (
    Analysis,
    _joined,
    _split_words,
    analyse,
    analysis_from_json,
    analysis_stamp,
    analysis_to_json,
)


def _stored(text: str) -> tuple[Analysis, Analysis]:
    analysis = analyse(text)
    return analysis, analysis_from_json(analysis_to_json(analysis), text)


def _assert_same(back: Analysis, analysis: Analysis) -> None:
    """Equal as a whole and part by part, down to each sentence's terms and each figure's
    reading (a failure then names the part)."""
    assert back.sentences == analysis.sentences
    assert back.quantities == analysis.quantities
    assert back.tokens == analysis.tokens
    assert back.tokens.norms == [t.norm for t in analysis.tokens]
    for loaded, made in zip(back.terms, analysis.terms, strict=True):
        assert loaded.index == made.index
        assert loaded.tokens == made.tokens
        assert loaded.key == made.key
        assert loaded.terms == made.terms
        assert loaded.sequence == made.sequence
        assert loaded.bare == made.bare
        assert loaded.denied == made.denied
        assert loaded.attributed == made.attributed
        assert loaded.roots == tuple(t for t in loaded.terms if t.startswith("^"))
    assert back.figures == analysis.figures
    assert back.markers == analysis.markers
    assert back == analysis


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_generated_1000_word_article_reads_back_as_its_analysis(seed):
    left, right = corpus.version_pair(seed, seed=seed, words=1000)
    for text in (left.clean, right.text):  # the second with its page furniture
        analysis, back = _stored(text)
        assert len(analysis.tokens) > 900 and analysis.figures and analysis.terms
        _assert_same(back, analysis)


def test_every_dev_set_text_reads_back_as_its_analysis():
    texts = [side.text for pair in load_devset() for side in (pair.left, pair.right)]
    assert len(texts) > 50
    for text in texts:
        _assert_same(*reversed(_stored(text)))


def test_the_dev_set_holds_what_a_stored_form_must_keep():
    # The round trips above prove something only if the texts have each kind of part.
    texts = [side.text for pair in load_devset() for side in (pair.left, pair.right)]
    analyses = [analyse(t) for t in texts]
    terms = [s for a in analyses for s in a.terms]
    assert any(s.denied for s in terms) and any(s.attributed for s in terms)
    assert any(len(options) > 1 for s in terms for _, options in s.bare)
    readings = [f for a in analyses for f in a.figures if f is not None]
    assert any(f.noun is None for f in readings) and any(f.noun for f in readings)
    assert any(f.events for f in readings) and any(f.context for f in readings)
    assert any(m for a in analyses for m in a.markers)
    assert any(f is None for a in analyses for f in a.figures)


def test_an_article_past_65536_characters_reads_back_as_its_analysis():
    # Offsets past 2**16 are stored four bytes wide.
    paragraph = "وقال الدفاع المدني إنه أجلى ٣٥٠ عائلة، فيما لقي نحو 40 شخصاً حتفهم.\n"
    text = paragraph * (70_000 // len(paragraph))
    analysis, back = _stored(text)
    assert analysis.tokens[-1].end > 1 << 16
    _assert_same(back, analysis)


@settings(max_examples=40, deadline=None)
@given(
    st.text(alphabet="وقالت الوزارة إن 350 عائلة لم تنقل بحسب المفوضية، ٤٠ كم.\n-()", max_size=300)
)
def test_any_text_reads_back_as_its_analysis(text):
    _assert_same(*reversed(_stored(text)))


def test_the_empty_text_reads_back_as_its_analysis():
    _assert_same(*reversed(_stored("")))


def test_each_word_is_stored_once():
    text = corpus.version_pair(0, seed=0, words=1000)[0].clean
    words = _split_words(json.loads(analysis_to_json(analyse(text)))["words"])
    assert len(words) == len(set(words)) > 500


@pytest.mark.parametrize(
    "words",
    [[], [""], ["", ""], ["قال", "&killed"], ["armed forces", "a b", " "], [" !", '!"#', "$"]],
)
def test_words_are_stored_apart_whatever_characters_they_hold(words):
    # A word list's class name may hold a space: the words' separator is one none holds.
    assert _split_words(json.loads(json.dumps(_joined(words)))) == words


def test_an_analysis_stored_by_another_version_reads_as_none():
    text = "غمرت السيول أحياء واسعة من مدينة الساحل ليل الثلاثاء."
    stored = json.loads(analysis_to_json(analyse(text)))
    stored["version"] = "26:" + analysis_stamp().partition(":")[2]
    assert analysis_from_json(json.dumps(stored), text) is None
    # as the form before the words were listed once stored it
    old = {"version": stored["version"], "sentences": [[0, len(text)]], "tokens": {}}
    assert analysis_from_json(json.dumps(old), text) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data.replace('"words":"', '"words":"x', 1),  # words split wrongly
        lambda data: data.replace('"tokens":["H', '"tokens":["Q', 1),  # not a packed column
        lambda data: data.replace('"tokens":["H', '"tokens":["H0', 1),  # an odd number of digits
        lambda data: "[]",
        lambda data: "",
    ],
)
def test_a_damaged_stored_analysis_reads_as_none(damage):
    # A library file may come from elsewhere: what cannot be read is analysed again.
    text = "وقالت الوزارة إن 350 عائلة لم تنقل بعد، بحسب المفوضية."
    data = analysis_to_json(analyse(text))
    assert analysis_from_json(data, text) is not None
    assert analysis_from_json(damage(data), text) is None
