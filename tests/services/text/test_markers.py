"""The words around a figure that place it in time: provisional, a running total, a rise, a
stated correction, final."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.text.markers import Marker, figure_markers
from services.text.quantities import extract_quantities
from services.text.sentences import split_sentences

P, C, R, X, F = (
    Marker.PROVISIONAL,
    Marker.CUMULATIVE,
    Marker.RISEN,
    Marker.CORRECTED,
    Marker.FINAL,
)


def _markers(text: str, figure: str) -> set[Marker]:
    sentences = split_sentences(text)
    quantities = extract_quantities(text, sentences)
    (k,) = [n for n, q in enumerate(quantities) if figure in q.text]
    return set(figure_markers(text, quantities, sentences, k))


@pytest.mark.parametrize(
    ("text", "figure", "markers"),
    [
        ("سيول جارفة ونحو 40 قتيلاً في حصيلة أولية", "40", {P}),
        ("تمكنت الفرق حتى الآن من إجلاء 350 عائلة.", "350", {P}),
        ("قتل 12 شخصا على الأقل في الانفجار.", "12", {P}),
        ("قتل 30 شخصا في حصيلة مرشحة للارتفاع.", "30", {P, C}),  # not a rise
        ("في حصيلة غير نهائية، قتل 30 شخصا.", "30", {P}),  # not final
        ("ارتفاع حصيلة ضحايا السيول التي اجتاحت المدينة ليل الثلاثاء إلى 120 قتيلاً", "120", {C, R}),
        ("وارتفع عدد القتلى إلى 45.", "45", {R}),
        ("وفي حصيلة جديدة، قتل 52 شخصا.", "52", {R}),
        ("وفي آخر حصيلة، بلغ عدد القتلى 60.", "60", {R}),
        ("وعدلت وزارة الصحة حصيلة القتلى إلى 47.", "47", {X, C}),
        ("وبلغت الحصيلة النهائية 45 قتيلا.", "45", {F}),
        ("وبلغ إجمالي عدد النازحين 12 ألفا.", "12", {C}),
        # A forecast is no rise; another count's words are not this one's.
        ("ويتوقع خبراء أن يرتفع التضخم إلى 35% خلال العام.", "35", set()),
        ("ارتفعت حصيلة القتلى إلى 120 قتيلا، وأصيب 300 آخرون.", "300", set()),
        ("قتل 7 أشخاص في الانفجار.", "7", set()),
    ],
)
def test_markers_around_a_figure(text, figure, markers):
    assert _markers(text, figure) == markers


@given(st.text(alphabet="ارتفعت حصيلة أولية 0123456789 ،.", max_size=80))
def test_reading_markers_never_crashes(text):
    sentences = split_sentences(text)
    quantities = extract_quantities(text, sentences)
    for k in range(len(quantities)):
        figure_markers(text, quantities, sentences, k)


def test_a_marker_added_in_the_users_table_is_read(tmp_path):
    from services import lexicon

    text = "وتضاعفت حصيلة القتلى لتبلغ 90."
    assert _markers(text, "90") == {C}
    (tmp_path / "figure_time_markers.tsv").write_text(
        "marker\tphrase\nrisen\tتضاعفت\n", encoding="utf-8"
    )
    lexicon.configure(tmp_path)
    try:
        assert _markers(text, "90") == {C, R}
    finally:
        lexicon.configure(None)
