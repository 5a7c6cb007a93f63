"""What each lexicon table holds: its columns, the closed sets some columns draw from (the code
reads those values by name, so a misspelt one must fail loudly), and the columns whose values may
stand in one row only (a word that named two countries would make reading depend on file order).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Schema:
    columns: tuple[str, ...]
    closed: dict[str, frozenset[str]] = field(default_factory=dict)
    unique: tuple[str, ...] = ()
    doc: str = ""


_QUALIFIERS = frozenset(
    {"about", "more_than", "at_least", "less_than", "at_most", "from", "between"}
)
# Marks a figure by where it stands (services.compare.figures.Marker reads these names).
_CUES = frozenset(
    {
        "part",
        "whole",
        "composed_of",
        "prior",
        "each",
        "each_of",
        "housing_unit",
        "housing_adjective",
        "period_since",
        "period_start",
        "period",
        "period_this",
        "period_current",
    }
)

MEASURE_KINDS = (
    "percent", "magnitude", "money", "area", "volume", "length", "weight", "temperature",
    "duration", "speed", "energy", "power",
)  # fmt: skip

# The rules of the figure reader that read a list of reading_words.tsv.
READING_LISTS = (
    "not_counted", "count_verbs", "toll_nouns", "not_counted_after_min", "case_words", "case_of",
    "y_nouns", "reference_nouns", "reference_nouns_indefinite", "strength_words", "change_verbs",
    "match_words", "toll_verbs", "pronoun_one_before", "placing_verbs", "whole_unit_words",
    "not_a_construct_after", "this_month", "year_words", "year_hints", "clock_day_parts",
    "hour_words", "not_a_construct_noun", "length_words", "passing_verbs",
    "measure_nouns", "period_nouns", "complementizers", "claim_sources", "not_events",
    "heat_words", "part_people", "occasion_nouns", "vague_words", "exceptives",
    "exceeding_verbs",
    "not_classed",
)  # fmt: skip

SCHEMAS: dict[str, Schema] = {
    "function_words": Schema(("word",), unique=("word",), doc="normalised words with no claim"),
    "reporting_words": Schema(("word",), unique=("word",), doc="words that attribute or date"),
    "still_verbs": Schema(("word",), unique=("word",), doc="verbs that mean still when negated"),
    "noun_classes": Schema(("class", "word"), doc="counted nouns a reader takes as one thing"),
    "people_nouns": Schema(("word",), unique=("word",), doc="nouns for people in general"),
    "role_nouns": Schema(("word",), unique=("word",), doc="nouns for people in a role"),
    "noun_plurals": Schema(("singular", "plural"), unique=("plural",), doc="singular ↔ plural"),
    "demonyms": Schema(("word",), unique=("word",), doc="nationalities counted as people"),
    "event_words": Schema(("event", "word"), doc="what happened to what a figure counts"),
    "figure_topics": Schema(("topic", "word"), unique=("word",), doc="what a sum is of"),
    "agent_nouns": Schema(("word",), unique=("word",), doc="nouns naming who acts"),
    "figure_cues": Schema(("cue", "word"), closed={"cue": _CUES}, doc="part, whole, prior, each"),
    "case_nouns": Schema(("word",), unique=("word",), doc="nouns of cases (حالة)"),
    "anaphoric_nouns": Schema(("word",), unique=("word",), doc="nouns pointing back (آخرون)"),
    "synonyms": Schema(("class", "word"), unique=("word",), doc="headline words for one another"),
    "broken_plurals": Schema(("singular", "plural"), unique=("plural",), doc="plural → singular"),
    "opposites": Schema(("scale", "end", "word"), unique=("word",), doc="two ends of one scale"),
    "name_signs": Schema(("word",), unique=("word",), doc="words another outlet writes as a sign"),
    "negations": Schema(("word",), unique=("word",), doc="particles that deny the next word"),
    "denial_verbs": Schema(("word",), unique=("word",), doc="verbs that deny what follows"),
    "places": Schema(("place", "word"), unique=("word",), doc="countries and their names"),
    "place_regions": Schema(("region", "place"), unique=("place",), doc="regions of places"),
    "commodities": Schema(("good", "word"), unique=("word",), doc="traded goods"),
    "qualifiers_before": Schema(
        ("qualifier", "phrase"), closed={"qualifier": _QUALIFIERS}, unique=("phrase",)
    ),
    "qualifiers_after": Schema(
        ("qualifier", "phrase"), closed={"qualifier": _QUALIFIERS}, unique=("phrase",)
    ),
    "attribution": Schema(
        ("kind", "phrase"),
        closed={"kind": frozenset({"named", "anonymous", "cue", "reference"})},
        unique=("phrase",),
        doc="whom an article credits: named outlets, anonymous sourcing, reporting cues, "
        "references back to a source named before",
    ),
    # The kinds of services.models.Kind a unit can measure (the lexicon imports nothing of
    # Riwaya's: tests/services/test_lexicon.py checks these against Kind).
    "units": Schema(
        ("kind", "code", "spelling"),
        closed={"kind": frozenset(MEASURE_KINDS)},
        unique=("spelling",),
        doc="units after a figure: kind, code, spelling",
    ),
    "currency_countries": Schema(
        ("currency", "adjective", "code"), doc="the country after a generic currency"
    ),
    "currency_codes": Schema(("code",), unique=("code",), doc="Latin currency codes"),
    "dual_nouns": Schema(
        ("form", "word"),
        closed={"form": frozenset({"unit", "feminine", "masculine", "nominative_only"})},
        unique=("word",),
        doc="duals read as a figure of 2",
    ),
    "months": Schema(
        ("calendar", "month", "name"),
        closed={
            "calendar": frozenset({"gregorian", "hijri"}),
            "month": frozenset(str(n) for n in range(1, 13)),
        },
        doc="month names of both calendars, every region's",
    ),
    "reading_words": Schema(
        ("list", "word"),
        closed={"list": frozenset(READING_LISTS)},
        doc="words the figure reader looks for around a number",
    ),
    "outlets": Schema(("name",), unique=("name",), doc="outlets that sign datelines"),
    "outlet_shapes": Schema(
        ("part", "word"),
        closed={"part": frozenset({"head", "tail", "not_a_tag"})},
        doc="words an outlet's name starts or ends with; closing words that are no outlet",
    ),
    "figure_time_markers": Schema(
        ("marker", "phrase"),
        closed={"marker": frozenset({"provisional", "cumulative", "risen", "corrected", "final"})},
        unique=("phrase",),
        doc="words that place a figure in time: provisional, a running total, risen, corrected",
    ),
    "time_words": Schema(
        ("role", "word"),
        closed={
            "role": frozenset(
                {"dawn", "morning", "noon", "afternoon", "evening", "today", "yesterday"}
                | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
            )
        },
        unique=("word",),
        doc="parts of the day, weekdays, today and yesterday",
    ),
    "furniture": Schema(
        ("role", "phrase"),
        closed={"role": frozenset({"platform", "line", "lead_in", "section", "connector"})},
        doc="page furniture: share buttons, related-article lead-ins",
    ),
}
