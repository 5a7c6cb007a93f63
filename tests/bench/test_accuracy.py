"""The accuracy scorer: every annotation of the development set resolves, the scorer counts a
small made-up comparison right, and a bad annotation stops the run in one line."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest

from bench.accuracy import (
    AnnotationError,
    Totals,
    load_devset,
    load_pair,
    main,
    score_pair,
    score_sets,
)
from services.models import Agreement, Discrepancy, Kind, Link, LinkRelation, Quantity, Sentence


def test_every_annotation_of_the_devset_resolves():
    pairs = load_devset()
    kinds = Counter(p.kind for p in pairs)
    assert len(pairs) >= 44
    assert len(kinds) >= 11 and min(kinds.values()) >= 4
    for pair in pairs:
        assert pair.section("figures"), pair.path.name
        assert pair.section("claims"), pair.path.name


@pytest.mark.parametrize(
    ("gold", "neutral", "predicted", "expected"),
    [
        ({(0, 0), (1, 1)}, set(), {(0, 0), (1, 1)}, (2, 0, 0)),
        ({(0, 0), (1, 1)}, {(2, 2)}, {(0, 0), (2, 2), (3, 3)}, (1, 1, 1)),
        ({(0, 0)}, set(), set(), (0, 0, 1)),
        # a neutral pair that is also gold counts as gold
        ({(0, 0)}, {(0, 0)}, set(), (0, 0, 1)),
    ],
)
def test_score_sets_counts(gold, neutral, predicted, expected):
    counts, _, _ = score_sets(gold, neutral, predicted)
    assert (counts.tp, counts.fp, counts.fn) == expected


PAIR = """
kind = "conflict"
[left]
text = '''
نقلت القوات نحو 60 معتقلاً. وقتل 5 جنود. وأصيب 7 مدنيين.
'''
[right]
text = '''
نقلت القوات 750 معتقلاً. وقتل خمسة جنود. وأصيب 9 مدنيين.
'''
[[figures]]
left = "نحو 60"
right = "750"
relation = "conflict"
[[figures]]
left = "5 جنود"
right = "خمسة"
relation = "agree"
[[figures]]
left = "7 مدنيين"
right = "9 مدنيين"
relation = "conflict"
[[must_not_pair]]
left = "5 جنود"
right = "9 مدنيين"
[[claims]]
left = "نقلت القوات نحو"
right = "نقلت القوات 750"
[[claims]]
left = "وقتل 5"
right = "وقتل خمسة"
[[must_not_link]]
left = "وقتل 5"
right = "وأصيب 9"
"""


def _quantity(text: str, doc: str, value: float, sentence: int) -> Quantity:
    start = doc.index(text)
    return Quantity(
        text, start, start + len(text), value, value, value, False, Kind.COUNT, sentence=sentence
    )


def _sentences(doc: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for k, part in enumerate(doc.split(". ")):
        out.append(Sentence(k, part, start, start + len(part)))
        start += len(part) + 2
    return tuple(out)


def test_score_pair_on_a_made_up_comparison(tmp_path):
    path = tmp_path / "conflict-01-made-up.toml"
    path.write_text(PAIR, encoding="utf-8")
    pair = load_pair(path)
    lt, rt = pair.left.text, pair.right.text
    # The engine (made up here) reads 60, 5 and 7 on the left and 750 and 9 on the right, but
    # not خمسة; it pairs 60~750 (as differs), 5~9 (a must-not pair) and 7~9, and links the
    # first sentences and the killed with the injured.
    comparison = SimpleNamespace(
        left_quantities=(
            _quantity("60", lt, 60, 0),
            _quantity("5", lt, 5, 1),
            _quantity("7", lt, 7, 2),
        ),
        right_quantities=(_quantity("750", rt, 750, 0), _quantity("9", rt, 9, 2)),
        discrepancies=(
            Discrepancy(0, 0, Agreement.DIFFERS),
            Discrepancy(1, 1, Agreement.CONFLICT),
            Discrepancy(2, 1, Agreement.CONFLICT),
        ),
        left_sentences=_sentences(lt),
        right_sentences=_sentences(rt),
        links=(Link(0, 0, LinkRelation.SHARED, 0.6), Link(1, 2, LinkRelation.SHARED, 0.5)),
    )
    result = score_pair(pair, comparison)
    f = result.figures
    assert (f.tp, f.fp, f.fn, result.unread) == (2, 1, 1, 1)
    assert result.must_not_pair == 1 and result.must_not_link == 1
    assert result.relations == [("conflict", "differs"), ("conflict", "conflict")]
    k = result.links
    assert (k.tp, k.fp, k.fn) == (1, 1, 1)
    assert (k.precision, k.recall) == (0.5, 0.5)
    totals = Totals()
    totals.add(result)
    assert totals.relation_scores()["accuracy"] == 0.5
    assert any(p.startswith("unread") and "خمسة" in p for p in result.problems)


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ('"نحو 61"', "'نحو 61' is not in the text"),
        ('"معتقلاً"', "occurs 2 times"),
        ('{text = "معتقلاً", at = 3}', "occurs 2 times, not 3"),
    ],
)
def test_a_bad_reference_stops_the_run_in_one_line(tmp_path, capsys, reference, message):
    bad = PAIR.replace(
        '[[claims]]\nleft = "نقلت القوات نحو"', f"[[claims]]\nleft = {reference}"
    ).replace("نقلت القوات نحو 60 معتقلاً.", "نقلت القوات نحو 60 معتقلاً. وعاد 40 معتقلاً.")
    (tmp_path / "bad-01.toml").write_text(bad, encoding="utf-8")
    with pytest.raises(AnnotationError, match=message):
        load_devset(tmp_path)
    assert main([str(tmp_path), "--check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad-01.toml: claims[1].left" in err
