"""Comparing two versions end to end: quantities read from the texts, claims linked, figures
paired as a reader would pair them, and a JSON report whose offsets all hold."""

import pytest
from comparison_stories import article, stories
from hypothesis import given, settings
from hypothesis import strategies as st

from services.compare.analysis import analyse
from services.compare.comparison import compare
from services.compare.report import comparison_to_json, format_comparison_text
from services.models import Agreement, DiffTag


def figures(c, relation: str | None = None) -> set[tuple[str, str, str]]:
    """(left figure's sentence snippet around it, right ..., relation) as readable triples."""
    out = set()
    for d in c.discrepancies:
        if relation is None or d.relation.value == relation:
            a, b = c.left_quantities[d.left], c.right_quantities[d.right]
            out.add((a.text, b.text, d.relation.value))
    return out


def story_comparison(name: str):
    s = stories()[name]
    return compare(s.left, s.right, left_analysis=s.left_analysis, right_analysis=s.right_analysis)


def pair_of(c, left_text: str, right_text: str, left_sentence: str = "", right_sentence: str = ""):
    """The relations of the pairs whose figures read left_text and right_text."""
    out = []
    for d in c.discrepancies:
        a, b = c.left_quantities[d.left], c.right_quantities[d.right]
        if (
            a.text == left_text
            and b.text == right_text
            and left_sentence in c.left_sentences[a.sentence].text
            and right_sentence in c.right_sentences[b.sentence].text
        ):
            out.append(d.relation)
    return out


# What a reader notes comparing the story pairs: (story, left figure, right figure, left
# sentence snippet, right sentence snippet, relation).
EXPECTED = [
    ("prison", "نحو 60", "750", "نقلت مروحيات", "القوات الأمريكية نقلت", Agreement.CONFLICT),
    ("prison", "نحو 12 ألف", "قرابة ١٢ ألف", "", "", Agreement.AGREE),
    ("prison", "نحو 12 ألفا", "ثلاثة آلاف", "", "", Agreement.CONFLICT),
    ("prison", "أكثر من 100 متر", "مئة متر", "", "", Agreement.DIFFERS),
    ("flood", "نحو 40", "60", "", "", Agreement.CONFLICT),
    ("flood", "23", "٢٣", "", "", Agreement.AGREE),  # Arabic-Indic against Western digits
    ("flood", "350", "نحو 350", "", "", Agreement.AGREE),
    ("strike", "العشرات", "300", "وأصيب العشرات", "قالت وزارة الصحة", Agreement.CONFLICT),
    ("bus", "12", "اثنا عشر", "قتل 12", "", Agreement.AGREE),
    ("bus", "30", "ثلاثون", "", "", Agreement.AGREE),
    ("bus", "خمسة", "سبعة", "", "", Agreement.CONFLICT),
    ("loan", "35 في المئة", "38 بالمئة", "", "", Agreement.CONFLICT),
    ("loan", "4.2%", "٤٫٢ بالمئة", "", "", Agreement.AGREE),
    ("loan", "20 عاما", "عشرين سنة", "", "", Agreement.AGREE),
    ("loan", "3.5 مليار دولار", "ثلاثة مليارات ونصف مليار دولار", "وافق", "أقر", Agreement.AGREE),
]


# A figure stated twice in one version (the headline's 7 قتلى and the body's سبعة أشخاص) is one
# fact: each statement is paired at most once, with either statement of the other version's
# figure, and a vague headline figure (إصابة العشرات) is not paired beside the exact one (23)
# of the same article. (story, left figures, right figures, relation of every pair among them)
STATED_TWICE = [
    ("flood", {"7", "سبعة"}, {"٧", "سبعة"}, Agreement.AGREE),  # number words, both scripts
    ("flood", {"23"}, {"٢٣", "العشرات"}, Agreement.AGREE),  # exact preferred to vague
    ("strike", {"43"}, {"57"}, Agreement.CONFLICT),  # the toll of the headline or the body
]


@pytest.mark.parametrize(("name", "left", "right", "relation"), STATED_TWICE)
def test_a_figure_stated_twice_is_paired_once(name, left, right, relation):
    c = story_comparison(name)
    found = [
        d.relation
        for d in c.discrepancies
        if c.left_quantities[d.left].text in left or c.right_quantities[d.right].text in right
    ]
    assert found and set(found) == {relation}
    paired = [(d.left, d.right) for d in c.discrepancies]
    assert len({i for i, _ in paired}) == len({j for _, j in paired}) == len(paired)


@pytest.mark.parametrize(("name", "left", "right", "ls", "rs", "relation"), EXPECTED)
def test_a_reader_s_figures_are_paired(name, left, right, ls, rs, relation):
    c = story_comparison(name)
    assert pair_of(c, left, right, ls, rs) == [relation]


# Figures a reader never compares: (story, left figure, right figure).
NEVER = [
    ("prison", "أكثر من 100 متر", "أكثر من 100"),  # metres and detainees
    ("prison", "نحو 12 ألف", "ثلاثة آلاف"),  # militants held and wives in a camp
    ("prison", "نحو 12 ألفا", "قرابة ١٢ ألف"),  # wives and children, militants
    ("prison", "نحو 60", "أكثر من 100"),  # moved, and fled
    ("loan", "1.2 مليار يورو", "1.2 مليار دولار"),  # euros and dollars
    ("flood", "11", "سبعة"),  # a flood three years ago
    ("bus", "30", "45"),  # injured, and passengers
    ("bus", "12", "45"),
    ("strike", "43", "300"),  # killed, and injured
]


@pytest.mark.parametrize(("name", "left", "right"), NEVER)
def test_figures_of_different_things_are_never_paired(name, left, right):
    assert pair_of(story_comparison(name), left, right) == []


def test_counts_are_never_paired_with_lengths_money_or_dates():
    for name in stories():
        c = story_comparison(name)
        for d in c.discrepancies:
            a, b = c.left_quantities[d.left], c.right_quantities[d.right]
            assert a.kind is b.kind, (name, a.text, b.text)
            assert (a.unit or None) == (b.unit or None) or a.kind.value == "date"


def test_different_stories_share_nothing():
    c = story_comparison("unrelated")
    assert c.links == ()
    assert c.discrepancies == ()
    assert all(r.moved is False for r in c.rows)


def test_links_carry_word_diffs_that_mark_the_changed_figure():
    c = story_comparison("prison")
    s = stories()["prison"]
    from comparison_stories import sentence_of

    pair = (sentence_of(s.left_analysis, "نقلت مروحيات"), sentence_of(s.right_analysis, "نقلت 750"))
    [link] = [k for k in c.links if (k.left, k.right) == pair]
    deleted = " ".join(op.text for op in link.diff if op.op is DiffTag.DELETE)
    inserted = " ".join(op.text for op in link.diff if op.op is DiffTag.INSERT)
    assert "60" in deleted
    assert "750" in inserted


def test_identical_sentences_are_identical_links():
    c = story_comparison("sanctions")
    identical = [k for k in c.links if k.relation.value == "identical"]
    assert len(identical) == 1
    assert [op.op for op in identical[0].diff] == [DiffTag.EQUAL]


@pytest.mark.parametrize("name", ["prison", "sanctions", "flood"])
def test_without_display_the_same_links_and_figures_without_diffs_or_rows(name):
    s = stories()[name]
    full = compare(s.left, s.right)
    bare = compare(s.left, s.right, display=False)
    assert [(k.left, k.right, k.relation, k.similarity, k.figures) for k in bare.links] == [
        (k.left, k.right, k.relation, k.similarity, k.figures) for k in full.links
    ]
    assert full.links and all(k.diff for k in full.links)
    assert all(k.diff == () for k in bare.links)
    assert bare.rows == () and full.rows
    assert bare.discrepancies == full.discrepancies


def test_compare_analyses_the_texts_when_no_analysis_is_given():
    s = stories()["flood"]
    assert compare(s.left, s.right) == story_comparison("flood")


def test_json_has_the_documented_shape():
    c = story_comparison("prison")
    data = comparison_to_json(c)
    assert data["format"] == "riwaya.compare/1"
    assert set(data) >= {"articles", "sentences", "links", "rows", "quantities", "discrepancies"}
    assert set(data["articles"][0]) >= {"id", "title", "source", "path"}
    assert set(data["sentences"]["left"][0]) >= {"index", "text", "start", "end"}
    link = data["links"][0]
    assert set(link) >= {"left", "right", "relation", "similarity", "diff"}
    assert set(link["diff"][0]) >= {"op", "text"}
    assert set(data["rows"][0]) >= {"left", "right", "moved"}
    quantity = data["quantities"][0]
    assert set(quantity) >= {
        "id", "side", "sentence", "text", "value", "low", "high", "approximate", "kind", "unit",
        "counted",
    }  # fmt: skip
    ids = [q["id"] for q in data["quantities"]]
    assert ids == list(range(len(ids)))
    sides = {q["id"]: q["side"] for q in data["quantities"]}
    for d in data["discrepancies"]:
        assert sides[d["left"]] == "left" and sides[d["right"]] == "right"
        assert d["relation"] in ("agree", "differs", "conflict")
        assert d["note"]
    conflict = next(
        d for d in data["discrepancies"] if data["quantities"][d["left"]]["text"] == "نحو 60"
    )
    assert conflict["note"] == "about 60 vs 750 — intervals [54, 66] and [750, 750] do not overlap"
    assert data["quantities"][conflict["left"]]["value"] == 60  # whole numbers print as such


def test_text_summary_puts_discrepancies_before_shared_claims():
    text = format_comparison_text(story_comparison("prison"))
    assert text.index("Discrepancies") < text.index("Shared claims") < text.index("Only in left")
    assert text.index("CONFLICT") < text.index("DIFFERS")
    assert "about 60 vs 750" in text


def check_offsets(c) -> None:
    lt, rt = c.left.text, c.right.text
    for side, sentences, text in (("l", c.left_sentences, lt), ("r", c.right_sentences, rt)):
        for n, s in enumerate(sentences):
            assert s.index == n and text[s.start : s.end] == s.text, side
    for q, text in [(q, lt) for q in c.left_quantities] + [(q, rt) for q in c.right_quantities]:
        assert text[q.start : q.end] == q.text
    for k in c.links:
        assert 0 <= k.left < len(c.left_sentences) and 0 <= k.right < len(c.right_sentences)
        ls, rs = c.left_sentences[k.left], c.right_sentences[k.right]
        for op in k.diff:
            if op.left is not None:
                assert ls.start <= op.left[0] < op.left[1] <= ls.end
            if op.right is not None:
                assert rs.start <= op.right[0] < op.right[1] <= rs.end
            span, text = (op.right, rt) if op.op is DiffTag.INSERT else (op.left, lt)
            assert text[span[0] : span[1]] == op.text
    for r in c.rows:
        assert r.left is None or 0 <= r.left < len(c.left_sentences)
        assert r.right is None or 0 <= r.right < len(c.right_sentences)
    for d in c.discrepancies:
        assert 0 <= d.left < len(c.left_quantities) and 0 <= d.right < len(c.right_quantities)


@pytest.mark.parametrize("name", sorted(stories()))
def test_offsets_hold_on_the_stories(name):
    check_offsets(story_comparison(name))


# Pieces of news prose to shuffle into random articles: figures in all scripts, diacritics,
# quotes, punctuation and line breaks.
PIECES = [
    "نقلت القوات الأمريكية نحو 60 إرهابياً من سجن الحسكة.",
    "وقالت المصادر إن ٧٥٠ معتقلا نُقلوا على دفعتين",
    "، وأصيب العشرات بجروح",
    "ويبلغ عدد المعتقلين 12,000 بينهم 2500 إلى 3000 أجنبي؟",
    "«قُتل سبعة أشخاص» في 13 نيسان 2024!",
    "\n\n",
    " ",
    "بلغت الخسائر 3.4 مليار دولار و١٢٫٥ في المئة",
    "أكثر من 100 متر",
    "😀 Sputnik SY24",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.sampled_from(PIECES), max_size=12)
)
def test_offsets_are_valid_for_any_pair_of_texts(left, right):
    a, b = article("".join(left)), article("".join(right))
    c = compare(a, b)
    check_offsets(c)
    # Comparing an article with itself links every sentence to itself, identically.
    same = compare(a, a)
    assert {(k.left, k.right) for k in same.links if k.relation.value == "identical"} >= {
        (s.index, s.index) for s in same.left_sentences if any(ch.isalnum() for ch in s.text)
    }


def test_cached_analyses_give_the_same_comparison():
    from services.compare.analysis import analysis_from_json, analysis_to_json

    s = stories()["flood"]
    left = analysis_from_json(analysis_to_json(analyse(s.left.text)), s.left.text)
    right = analysis_from_json(analysis_to_json(analyse(s.right.text)), s.right.text)
    assert compare(s.left, s.right, left_analysis=left, right_analysis=right) == story_comparison(
        "flood"
    )


def test_each_figures_time_markers_are_read_once_with_the_analysis_and_stored():
    from services.compare.analysis import Analysis, analysis_from_json, analysis_to_json, complete
    from services.text.markers import Marker, figure_markers

    text = "ارتفعت حصيلة القتلى إلى 120 قتيلا، وأصيب 300 آخرون في حصيلة أولية."
    analysis = analyse(text)
    assert len(analysis.markers) == len(analysis.quantities) == 2
    assert analysis.markers[0] == {Marker.CUMULATIVE, Marker.RISEN}
    assert analysis.markers == tuple(
        figure_markers(text, analysis.quantities, analysis.sentences, n) for n in range(2)
    )
    assert analysis_from_json(analysis_to_json(analysis), text) == analysis
    # An analysis built without them (by hand, or by an older caller) gets them on comparing.
    bare = Analysis(analysis.sentences, analysis.quantities)
    assert complete(bare, text).markers == analysis.markers


def test_the_docstring_examples_hold():
    import doctest

    import services.compare.comparison
    import services.compare.worddiff

    for module in (services.compare.comparison, services.compare.worddiff):
        failures, tried = doctest.testmod(module)
        assert tried and not failures, module.__name__


def test_the_surest_pairing_wins_and_each_figure_is_paired_once():
    # Both "about 60" and "dozens" could be 750; the figure counting the same noun (إرهابي) is
    # surer than one counting an equivalent one (عنصر), and one assignment over all candidates
    # gives 750 to it alone.
    left = article(
        "وقالت مصادر إن القوات الأميركية نقلت العشرات من عناصر التنظيم إلى قاعدة عسكرية.\n"
        "وأفادت مصادر أهلية بأن مروحيات أميركية نقلت نحو 60 إرهابياً من السجن إلى البادية."
    )
    right = article("وقامت القوات الأميركية بنقل 750 إرهابيا من السجن إلى البادية.")
    c = compare(left, right)
    assert [(c.left_quantities[d.left].text, d.relation) for d in c.discrepancies] == [
        ("نحو 60", Agreement.CONFLICT)
    ]
    assert "about 60 vs 750" in format_comparison_text(c)


def test_sentences_whose_figures_pair_are_linked_and_the_link_names_the_pair():
    # Few words in common, but the same claim with different numbers (about 60 / 750 moved).
    left = article(
        "أفادت مصادر أهلية بأن مروحيات أميركية قامت بنقل نحو 60 إرهابياً من داعش من سجون قسد."
    )
    right = article("وقالت المصادر إن القوات الأمريكية نقلت 750 إرهابيا باتجاه البادية.")
    c = compare(left, right)
    [d] = c.discrepancies
    assert d.relation is Agreement.CONFLICT
    [link] = c.links
    assert (link.left, link.right) == (0, 0)
    assert link.figures == (d.left, d.right)
    data = comparison_to_json(c)
    assert data["links"][0]["figures"] == [d.left, len(c.left_quantities) + d.right]


def test_links_by_words_name_no_figure_pair():
    s = stories()["prison"]
    c = compare(s.left, s.right, left_analysis=s.left_analysis, right_analysis=s.right_analysis)
    assert any(k.figures is None for k in c.links)
    assert all(k.figures is None or k.similarity < 0.38 for k in c.links)
