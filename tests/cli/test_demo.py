"""The demo library: built from resources/demo on first use, kept while its sources are
unchanged, rebuilt when they change; and its articles show what Riwaya is for."""

import shutil

import pytest

from app.demo import OPENING_COMPARISON, DemoUnavailable, ensure_demo_library
from app.paths import demo_articles_dir
from services.library.storage import Library


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "demo"
    shutil.copytree(demo_articles_dir(), folder)
    return folder


def _titles(path):
    with Library.open(path) as library:
        return [s.title for s in library.summaries()]


def test_the_demo_is_built_once_and_kept(tmp_path, articles):
    path = ensure_demo_library(tmp_path / "demo.sqlite", articles)
    assert len(_titles(path)) == 3
    built = path.stat().st_mtime_ns
    assert ensure_demo_library(path, articles) == path
    assert path.stat().st_mtime_ns == built


def test_the_demo_is_rebuilt_when_its_articles_change(tmp_path, articles):
    path = ensure_demo_library(tmp_path / "demo.sqlite", articles)
    first = sorted(articles.glob("*.txt"))[0]
    first.write_text("عنوان جديد للخبر\n\n" + first.read_text(encoding="utf-8"), encoding="utf-8")
    ensure_demo_library(path, articles)
    assert "عنوان جديد للخبر" in _titles(path)
    assert len(_titles(path)) == 3
    assert not list(tmp_path.glob("*.building-*"))


def test_the_default_demo_lives_in_the_user_data_folder(isolated_user_data):
    path = ensure_demo_library()
    assert path.is_relative_to(isolated_user_data)
    assert len(_titles(path)) == 3


def test_a_missing_demo_is_a_clear_error(tmp_path):
    with pytest.raises(DemoUnavailable, match="no demo articles"):
        ensure_demo_library(tmp_path / "demo.sqlite", tmp_path / "nothing-here")


def test_the_demo_articles_carry_title_outlet_and_date():
    with Library.open(ensure_demo_library()) as library:
        summaries = library.summaries()
    assert len({s.source for s in summaries}) == 3  # three different outlets
    assert all(s.title and s.source and s.date for s in summaries)
    assert all(s.figures >= 8 for s in summaries)  # every version is full of figures


def test_the_demo_shows_figures_that_agree_differ_conflict_and_update(capsys):
    import json

    from app.main import main

    assert main(["compare", *OPENING_COMPARISON, "--demo", "--json"]) == 0
    comparison = json.loads(capsys.readouterr().out)
    relations = {d["relation"] for d in comparison["discrepancies"]}
    # The toll rose from about 40 at 09:40 to 120 at 18:15: an update (services.compare.timeline).
    assert relations == {"agree", "differs", "conflict", "updated"}
    assert [(a["date"], a["time"]) for a in comparison["articles"]] == [
        ("2024-03-13", "09:40"),
        ("2024-03-13", "18:15"),
    ]
    update = next(d for d in comparison["discrepancies"] if d["relation"] == "updated")
    assert (update["left_time"], update["right_time"], update["later"]) == (
        "2024-03-13 09:40",
        "2024-03-13 18:15",
        "right",
    )
    assert update["note"].startswith("about 40 (09:40) → 120 (18:15)")
    assert comparison["links"]  # and sentences one copied from the other


def test_the_demo_window_opens_on_a_comparison(monkeypatch):
    from app import cli
    from app.main import main

    calls = []
    monkeypatch.setattr(cli, "open_window", lambda db_path, **options: calls.append(options) or 0)
    assert main(["--demo"]) == 0
    assert calls == [{"screenshot": None, "compare": OPENING_COMPARISON, "remember_library": False}]
