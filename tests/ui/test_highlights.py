"""What each pane marks: changed words by which version has them, every figure, and figures in
a discrepancy by relation, with tooltips naming both figures and both outlets."""

from dataclasses import replace

from compare_fixtures import two_versions
from hypothesis import given, settings
from hypothesis import strategies as st

from services.models import Kind, Quantity
from ui.highlights import (
    Highlight,
    Mark,
    Side,
    describe_value,
    discrepancy_tooltip,
    first_version,
    interval_notation,
    outlet_name,
    pane_text,
    plain_comparison,
    plain_value,
    segments,
)


def _marks_at(pane, text: str, written: str) -> set[Mark]:
    start = pane.article.text.index(written)
    return {h.mark for h in pane.highlights if h.start <= start < h.end}


def test_words_only_the_base_version_has_are_deleted_the_others_inserted():
    comparison = two_versions()
    base = pane_text(comparison, Side.LEFT, base=Side.LEFT)
    other = pane_text(comparison, Side.RIGHT, base=Side.LEFT)
    assert Mark.DELETED in _marks_at(base, base.article.text, "بحماية")
    assert Mark.INSERTED in _marks_at(other, other.article.text, "وسط")
    # The base is a reading choice, not a side: with the right side read first, it flips.
    flipped = pane_text(comparison, Side.RIGHT, base=Side.RIGHT)
    assert Mark.DELETED in _marks_at(flipped, flipped.article.text, "وسط")


def test_every_figure_is_marked_and_discrepancies_by_relation():
    pane = pane_text(two_versions(), Side.LEFT, base=Side.LEFT)
    by_text = {
        pane.article.text[h.start : h.end]: h for h in pane.highlights if h.mark >= Mark.QUANTITY
    }
    assert by_text["نحو 60 معتقلا"].mark is Mark.CONFLICT
    assert by_text["قرابة 12 ألف محتجز"].mark is Mark.AGREE
    assert by_text["أكثر من 100 شخص"].mark is Mark.DIFFERS
    assert by_text["2019"].mark is Mark.QUANTITY
    tooltip = by_text["نحو 60 معتقلا"].tooltip()
    assert "Conflict" in tooltip
    assert tooltip.index("نحو 60 معتقلا — صحيفة الشرق") < tooltip.index("750 معتقلا — وكالة الأفق")
    assert "count" in by_text["2019"].tooltip() or "year" in by_text["2019"].tooltip()


def test_labels_name_the_versions_in_tooltips():
    pane = pane_text(two_versions(), Side.RIGHT, base=Side.LEFT, labels={Side.LEFT: "الشرق"})
    conflict = next(h for h in pane.highlights if h.mark is Mark.CONFLICT)
    assert "نحو 60 معتقلا — الشرق" in conflict.tooltip()


def test_the_earlier_version_is_read_first():
    comparison = two_versions()
    assert first_version(comparison) is Side.LEFT
    assert first_version(two_versions(earlier_first=False)) is Side.RIGHT
    undated = replace(comparison, left=replace(comparison.left, date="أمس"))
    assert first_version(undated) is Side.LEFT


def test_an_unknown_outlet_is_named_by_its_title_then_its_file():
    article = two_versions().left
    assert outlet_name(article) == "صحيفة الشرق"
    untitled = replace(article, source="", title="نقل معتقلين من سجن المدينة إلى موقع آخر")
    assert outlet_name(untitled) == "نقل معتقلين من سجن المدينة …"
    assert outlet_name(replace(untitled, title="")) == "1.txt"


def _quantity(**fields) -> Quantity:
    base = dict(text="x", start=0, end=1, value=None, low=None, high=None, approximate=False)
    return Quantity(**{**base, "kind": Kind.COUNT, **fields})


def test_values_read_as_the_reader_would_say_them():
    assert describe_value(_quantity(value=60, low=54, high=66, approximate=True)) == (
        "about 60 (54–66)"
    )
    assert describe_value(_quantity(low=100)) == "more than 100"
    assert describe_value(_quantity(high=100)) == "less than 100"
    assert describe_value(_quantity(value=12000, low=12000, high=12000)) == "12,000"


def test_a_discrepancy_is_put_in_plain_words_before_its_intervals():
    from services.models import Agreement

    about_60 = _quantity(text="نحو 60", value=60, low=54, high=66, approximate=True)
    exactly_750 = _quantity(text="750", value=750, low=750, high=750)
    assert plain_comparison(about_60, exactly_750, Agreement.CONFLICT) == (
        "One says about 60, the other 750: these cannot both be true."
    )
    assert plain_value(_quantity(low=100)) == "more than 100"
    assert plain_value(_quantity(low=20, high=99)) == "between 20 and 99"
    assert interval_notation(about_60) == "[54, 66]"
    assert interval_notation(_quantity(low=100)) == "(100, ∞)"
    assert interval_notation(_quantity(high=100)) == "[0, 100)"


def test_the_tooltip_of_a_conflict_says_it_in_words_first():
    comparison = two_versions()
    conflict = next(d for d in comparison.discrepancies if d.relation.value == "conflict")
    html = discrepancy_tooltip(comparison, conflict, base=Side.LEFT)
    words, intervals = html.index("cannot both be true"), html.index("Read as [")
    assert html.index("One says") < words < intervals


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, 40),
    st.integers(0, 40),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20), st.sampled_from(list(Mark)))),
)
def test_segments_cover_the_span_and_carry_the_right_marks(start, length, raw):
    end = start + length
    highlights = [Highlight(s, s + n, mark) for s, n, mark in raw if s < end and s + n > start]
    runs = segments(start, end, highlights)
    if start == end:
        assert runs == []
        return
    assert runs[0][0] == start and runs[-1][1] == end
    for (_, b, _), (a, _, _) in zip(runs, runs[1:], strict=False):
        assert a == b
    for a, b, marks in runs:
        assert a < b
        for x in range(a, b):  # neighbouring runs with the same marks are merged
            assert marks == {h.mark for h in highlights if h.start <= x < h.end}
