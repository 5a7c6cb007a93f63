"""The benchmark harness runs and reports every figure it measures (a smoke test: it checks the
record's shape, never a speed)."""

from __future__ import annotations

import json

import pytest

from bench import corpus
from bench.figures import figures
from bench.harness import run_benchmark
from bench.report import table
from bench.workspace import Sizes

TINY = Sizes(
    library=10,
    big_library=12,
    import_articles=6,
    import_repeat=1,
    repeat=2,
    process_repeat=1,
    words=150,
)
# The cheap figures: everything but the window's memory, stall and paint (seconds each).
CHEAP = (
    "startup_s",
    "import_per_s",
    "baseline_insert_per_s",
    "quantities_ms",
    "compare_ms",
    "compare_cached_ms",
    "baseline_diff_ms",
    "related_ms",
    "story_s",
    "library_mb",
)


def test_the_corpus_is_the_same_in_every_run():
    assert corpus.article(7).text == corpus.article(7).text
    assert corpus.article(7, seed=1).text != corpus.article(7).text
    assert len({corpus.article(i).text for i in range(20)}) == 20


def test_articles_are_about_a_thousand_words_of_arabic_news():
    for i in range(10):
        item = corpus.article(i)
        assert 850 <= item.words <= 1250
        assert item.title and item.source and item.date
        assert item.source in item.text
        assert sum("\u0600" <= c <= "\u06ff" for c in item.clean) > len(item.clean) / 2


def test_two_versions_of_a_story_share_much_and_differ_somewhere():
    left, right = corpus.version_pair(3)
    left_sentences = set(left.clean.split(". "))
    right_sentences = set(right.clean.split(". "))
    assert left_sentences & right_sentences  # copied sentences
    assert left_sentences != right_sentences  # paraphrased, dropped, figures changed


def test_number_words_follow_arabic_agreement():
    assert corpus.number_words(750) == "سبعمئة وخمسين"
    assert corpus.number_words(3, feminine=True) == "ثلاث"
    assert corpus.number_words(3) == "ثلاثة"
    assert corpus.number_words(12000) == "اثني عشر ألفا"
    assert corpus.number_words(2_000_000) == "مليونين"


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    root = tmp_path_factory.mktemp("bench")
    return run_benchmark(TINY, mode="test", only=CHEAP, root=root, log=lambda _: None)


def test_the_record_has_every_key(record):
    assert record["format"] == "riwaya.bench/1"
    for key in ("mode", "environment", "sizes", "figures", "ratios", "errors", "elapsed_s"):
        assert key in record
    for key in ("date", "cores", "python", "qt", "sqlite", "machine", "cpu"):
        assert key in record["environment"]
    json.dumps(record)


def test_every_figure_has_a_value_or_a_reason(record):
    assert set(record["figures"]) == set(CHEAP)
    for name, entry in record["figures"].items():
        assert {"value", "unit", "targets", "met"} <= set(entry), name
        if entry["value"] is None:
            assert entry.get("reason"), name


def test_the_code_under_test_did_not_raise(record):
    assert not record["errors"], record["errors"][0]["traceback"]


def test_the_baselines_are_measured_in_the_same_run(record):
    assert record["figures"]["baseline_insert_per_s"]["value"] > 0
    assert record["figures"]["baseline_diff_ms"]["value"] > 0


def test_related_articles_and_stories_are_measured(record):
    related = record["figures"]["related_ms"]
    assert related["value"] > 0 and 0 <= related["details"]["recall_top10"] <= 1
    assert record["figures"]["story_s"]["details"]["pairs"] > 0
    assert record["figures"]["library_mb"]["value"] > 0


def test_the_story_library_tells_stories_apart():
    from bench import story_library
    from services.library.related import signature, similarity

    versions = [story_library.story_version(3, v) for v in range(2)]
    other = story_library.story_version(4, 0)
    same = similarity(signature(versions[0].text), signature(versions[1].text))
    assert same > similarity(signature(versions[0].text), signature(other.text)) + 0.3
    assert versions[0].text != versions[1].text
    assert story_library.article(7, 100).text == story_library.article(7, 100).text


def test_the_table_names_each_figure_with_its_target(record):
    text = table(figures(), record)
    for name in CHEAP:
        assert name in text
    assert "< 0.5" in text


def _fake_figures(measure):
    from bench.figures import Figure, below

    return lambda: (
        Figure("startup_s", "s", "a figure whose code is under test", (below(1),), measure),
    )


def test_code_under_test_that_raises_fails_the_run(monkeypatch, tmp_path, capsys):
    import bench.__main__ as cli
    import bench.harness as harness

    def broken(_ws):
        raise ZeroDivisionError("the code under test is broken")

    monkeypatch.setattr(harness, "figures", _fake_figures(broken))
    monkeypatch.setattr(cli, "figures", _fake_figures(broken))
    monkeypatch.setattr(cli, "QUICK", TINY)
    assert cli.main(["--quick", "--json-out", str(tmp_path / "out.json")]) == 1
    record = json.loads((tmp_path / "out.json").read_text())
    assert record["figures"]["startup_s"]["value"] is None
    assert "ZeroDivisionError" in record["errors"][0]["traceback"]
    assert "ERROR" in capsys.readouterr().err


def test_code_not_landed_yet_is_null_with_its_reason(monkeypatch, tmp_path):
    import bench.harness as harness
    from bench.figures import Unavailable

    def missing(_ws):
        raise Unavailable("services.something not importable: No module named 'x'")

    monkeypatch.setattr(harness, "figures", _fake_figures(missing))
    record = run_benchmark(TINY, mode="test", root=tmp_path, log=lambda _: None)
    entry = record["figures"]["startup_s"]
    assert entry["value"] is None and "not importable" in entry["reason"]
    assert not record["errors"]


def test_window_launches_keep_compiled_modules_in_the_scratch_folder(monkeypatch, tmp_path):
    # A shell's PYTHONDONTWRITEBYTECODE must not make every measured launch compile from source.
    from bench.workspace import Workspace

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = Workspace(tmp_path, TINY).child_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(tmp_path / "pycache")
