"""The sentence-pair scorer: the set loads with enough pairs of every label and kind, a pair is
counted linked exactly when the comparison links it, and a malformed entry is named."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.sentlinks import LABELS, Outcome, SentencePair, judge, load_pairs, main, summary


def test_the_set_has_enough_pairs_of_every_label_and_kind():
    pairs = load_pairs()
    assert len(pairs) >= 150
    assert len({p.kind for p in pairs}) >= 10
    labels = Counter(p.label for p in pairs)
    assert set(labels) == set(LABELS) and min(labels.values()) >= 20
    assert len({(p.a, p.b) for p in pairs}) == len(pairs)  # no pair written twice


def test_a_copy_links_and_another_story_does_not():
    same = SentencePair(
        "x", "paraphrase", "reorder", "أغلقت الشرطة الطريق.", "أغلقت الشرطة الطريق.", ""
    )
    other = SentencePair(
        "x", "unrelated", "other-story", "أغلقت الشرطة الطريق.", "افتتح الوزير مدرسة جديدة.", ""
    )
    assert judge(same).linked and not judge(other).linked


def test_summary_counts_links_of_the_pairs_that_must_not_link_as_false():
    def outcome(label: str, linked: bool) -> Outcome:
        habit = {"paraphrase": "synonym", "negative": "negation"}[label]
        return Outcome(SentencePair("x", label, habit, "أ", "ب", ""), linked, 0.0, False)

    s = summary(
        [outcome("paraphrase", True), outcome("paraphrase", False), outcome("negative", True)]
    )
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)
    assert s["precision"] == s["recall"] == 0.5


def test_a_malformed_entry_is_named(tmp_path, capsys):
    (tmp_path / "x.toml").write_text(
        'kind = "x"\n[[pair]]\nlabel = "paraphrase"\nhabit = "negation"\na = "أ"\nb = "ب"\n',
        encoding="utf-8",
    )
    assert main([str(tmp_path)]) == 1
    assert "x.toml:pair[1]" in capsys.readouterr().err


@pytest.mark.parametrize("label", LABELS)
def test_every_label_has_its_habits_documented(label):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "bench" / "sentpairs" / "README.md").read_text(
        encoding="utf-8"
    )
    assert f"`{label}`" in readme
