"""The word lists as data: every built-in table loads cleanly, and an analyst's own table adds or
removes entries, with a one-line reason when it cannot be read."""

from pathlib import Path

import pytest

from services import lexicon
from services.lexicon.schema import SCHEMAS


@pytest.fixture
def user_dir(tmp_path):
    folder = tmp_path / "lexicon"
    folder.mkdir()
    lexicon.configure(folder)
    yield folder
    lexicon.configure(None)


def write(folder: Path, table: str, *lines: str) -> None:
    header = "\t".join(SCHEMAS[table].columns)
    (folder / f"{table}.tsv").write_text("\n".join((header, *lines)) + "\n", encoding="utf-8")


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_builtin_table_loads_without_duplicates_or_conflicts(table):
    rows = lexicon.rows(table)  # raises LexiconError on a duplicate or a conflicting entry
    assert rows
    assert len({r.cells for r in rows}) == len(rows)


def test_every_builtin_file_has_a_schema_and_every_schema_a_file():
    files = {p.stem for p in lexicon.builtin_dir().glob("*.tsv")}
    assert files == set(SCHEMAS)


def test_the_classes_the_code_reads_by_name_exist_in_the_tables():
    from services.text.lexicon import FLOW_EVENTS, HOMES, NOUN_EVENTS, PEOPLE_CLASSES

    events = set(lexicon.grouped("event_words"))
    assert events >= NOUN_EVENTS and events >= FLOW_EVENTS
    assert PEOPLE_CLASSES | {HOMES} <= set(lexicon.grouped("noun_classes"))


def _link_score(a: str, b: str) -> float:
    from services.compare.alignment import align_sentences
    from services.compare.analysis import analyse

    links = align_sentences(analyse(a), analyse(b), a, b)
    return max((link.similarity for link in links), default=0.0)


def test_a_user_synonym_is_a_one_line_change_that_links_two_headlines(user_dir):
    a, b = "السلطات تحجز شحنة أسلحة في الميناء", "السلطات تصادر شحنة أسلحة في الميناء"
    before = _link_score(a, b)
    assert before < 0.9  # linked on the shared words, the verbs apart
    write(user_dir, "synonyms", "seized\tتحجز", "seized\tتصادر")
    lexicon.configure(user_dir)
    assert _link_score(a, b) == pytest.approx(1.0)


def test_a_user_qualifier_changes_how_a_figure_is_read(user_dir):
    from services.text.quantities import extract_quantities

    text = "قتل بما يجاوز 50 شخصا"
    assert extract_quantities(text)[0].qualifier is None
    write(user_dir, "qualifiers_before", "more_than\tبما يجاوز")
    lexicon.configure(user_dir)
    (q,) = extract_quantities(text)
    assert (q.qualifier, q.low, q.high) == ("more_than", 50, None)  # (50, ∞)
    assert extract_quantities("قتل نحو 50 شخصا")[0].qualifier == "about"  # built-ins stay


def test_a_user_row_with_a_dash_removes_a_builtin_one(user_dir):
    assert "مسلح" in lexicon.grouped("noun_classes")["held"]
    write(user_dir, "noun_classes", "-held\tمسلح")
    lexicon.configure(user_dir)
    assert "مسلح" not in lexicon.grouped("noun_classes")["held"]


def test_editing_a_table_changes_the_digest_stored_analyses_record(user_dir):
    from services.compare.analysis import analysis_stamp

    before = analysis_stamp()
    write(user_dir, "places", "cyprus\tقبرص")
    lexicon.configure(user_dir)
    assert analysis_stamp() != before


def test_the_digest_reads_the_files_without_parsing_a_table(user_dir):
    # The first comparison checks stored analyses against it: it must not parse every table.
    from services.lexicon import _load

    before = lexicon.digest()
    assert _load.cache_info().currsize == 0
    write(user_dir, "places", "# a comment only")
    lexicon.configure(user_dir)
    assert lexicon.digest() != before  # any edit of a file counts


@pytest.mark.parametrize(
    ("table", "lines", "message"),
    [
        ("figure_cues", ["prt\tبينهم"], "figure_cues.tsv:2: unknown cue 'prt'"),
        ("places", ["france\tغزة"], "places.tsv:2: 'غزة' is already listed at places.tsv:"),
        ("synonyms", ["held"], "synonyms.tsv:2: expected 2 cells (class, word)"),
    ],
)
def test_a_bad_user_table_is_refused_in_one_line_naming_file_and_line(
    user_dir, table, lines, message
):
    write(user_dir, table, *lines)
    lexicon.configure(user_dir)
    with pytest.raises(lexicon.LexiconError) as caught:
        lexicon.rows(table)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_wrong_header_and_an_unknown_table_are_named(user_dir):
    (user_dir / "places.tsv").write_text("country\tword\n", encoding="utf-8")
    lexicon.configure(user_dir)
    with pytest.raises(lexicon.LexiconError, match=r"places.tsv:1: the header is"):
        lexicon.rows("places")
    with pytest.raises(lexicon.LexiconError, match="no such lexicon table"):
        lexicon.rows("placez")


def test_the_unit_kinds_of_the_schema_are_kinds_of_the_models():
    from services.lexicon.schema import MEASURE_KINDS
    from services.models import Kind

    assert {Kind(k) for k in MEASURE_KINDS}


def test_a_user_unit_is_a_one_line_change_that_reads_a_new_measure(user_dir):
    from services.models import Kind
    from services.text.quantities import extract_quantities

    text = "هطلت أمطار بلغت 12 إنشا في يوم واحد"
    assert all(q.kind is not Kind.LENGTH for q in extract_quantities(text))
    write(user_dir, "units", "length\tin\tإنشا")
    lexicon.configure(user_dir)
    (q, *_) = [q for q in extract_quantities(text) if q.kind is Kind.LENGTH]
    assert (q.value, q.unit) == (12, "in")
