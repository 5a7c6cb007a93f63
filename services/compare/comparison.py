"""Compare two versions of a story: linked claims with their word diffs, display rows, and the
figures they give for the same things.
"""

from __future__ import annotations

from services.compare.alignment import (
    display_rows,
    link_by_figures,
    link_by_sums,
    link_sentences,
)
from services.compare.analysis import Analysis, analyse, complete
from services.compare.collection import collection_paused
from services.compare.discrepancies import find_discrepancies
from services.compare.termspace import term_space
from services.compare.timeline import TimedFigures, relabel
from services.compare.worddiff import diff_words
from services.models import Article, Comparison, Link, LinkRelation


def compare(
    left: Article,
    right: Article,
    *,
    left_analysis: Analysis | None = None,
    right_analysis: Analysis | None = None,
    display: bool = True,
) -> Comparison:
    """Compare two articles; pass their stored analyses when the library has them.

    `display` False leaves out what only a reader of the two needs, the links' word diffs and
    the display rows (a story reads only which sentences link and which figures pair).

    >>> from services.models import Article
    >>> a = Article(None, "", "", "", "", "", "نقلت القوات نحو 60 معتقلا من السجن.")
    >>> b = Article(None, "", "", "", "", "", "نقلت القوات 750 معتقلا من السجن المركزي.")
    >>> c = compare(a, b)
    >>> [(k.left, k.right, k.relation.value) for k in c.links]
    [(0, 0, 'shared')]
    >>> [d.relation.value for d in c.discrepancies]
    ['conflict']
    """
    with collection_paused():  # acyclic objects by the hundred thousand (compare.collection)
        return _compare(left, right, left_analysis, right_analysis, display)


def _compare(
    left: Article,
    right: Article,
    left_analysis: Analysis | None,
    right_analysis: Analysis | None,
    display: bool,
) -> Comparison:
    la = complete(left_analysis, left.text) if left_analysis else analyse(left.text)
    ra = complete(right_analysis, right.text) if right_analysis else analyse(right.text)

    space = term_space(la.terms, ra.terms)
    by_words = link_sentences(la.terms, ra.terms, space=space)
    discrepancies = find_discrepancies(
        la.quantities,
        ra.quantities,
        left_readings=la.figures,
        right_readings=ra.figures,
        links={(k.left, k.right): k.similarity for k in by_words},
        weights=space.weights,
        merged=space.merged,
        copies=[(k.left, k.right) for k in by_words if k.relation is LinkRelation.IDENTICAL],
    )
    # Sentences whose figures pair state one claim even when their words differ (60 / 750).
    by_figures = link_by_figures(
        discrepancies,
        la.quantities,
        ra.quantities,
        space,
        {(k.left, k.right) for k in by_words},
    )
    # A list's sum given as one count (5 جنود و3 مدنيين / ثمانية أشخاص): one claim too.
    by_sums = link_by_sums(
        la.quantities,
        la.figures,
        ra.quantities,
        ra.figures,
        space,
        {(k.left, k.right) for k in (*by_words, *by_figures)},
    )
    links = tuple(sorted((*by_words, *by_figures, *by_sums), key=lambda k: (k.left, k.right)))
    rows: tuple = ()
    if display:
        links = tuple(
            Link(
                k.left,
                k.right,
                k.relation,
                k.similarity,
                diff_words(
                    la.terms[k.left].tokens, ra.terms[k.right].tokens, left.text, right.text
                ),
                k.figures,
            )
            for k in links
        )
        rows = display_rows(len(la.sentences), len(ra.sentences), links)
    discrepancies = relabel(
        discrepancies,
        _timed(left, la, {d.left for d in discrepancies}),
        _timed(right, ra, {d.right for d in discrepancies}),
    )
    return Comparison(
        left,
        right,
        la.sentences,
        ra.sentences,
        links,
        rows,
        la.quantities,
        ra.quantities,
        discrepancies,
    )


def _timed(article: Article, analysis: Analysis, used: set[int]) -> TimedFigures:
    """What services.compare.timeline needs of one side: the article's moment, and the markers
    (read once per article: Analysis.markers) and events of the figures in a discrepancy (only
    those are read)."""
    from services.compare.figures import counted_key
    from services.text.lexicon import (
        FLOW_EVENTS,
        HOUSEHOLD_CLASSES,
        NOUN_EVENTS,
        PEOPLE_CLASSES,
        is_demonym,
        noun_classes,
        part_people,
        people_nouns,
        role_nouns,
    )
    from services.text.moments import moment

    qs = analysis.quantities
    markers, events = [], []
    classes, people, roles = noun_classes(), people_nouns(), role_nouns()
    for n, (q, reading) in enumerate(zip(qs, analysis.figures, strict=True)):
        if n not in used or reading is None:
            markers.append(frozenset())
            events.append(frozenset())
            continue
        markers.append(analysis.markers[n])
        # What happened to what it counts. The noun may say it (قتلى: killed). The words near
        # it say it for people (لقي 40 شخصا حتفهم, اعتقلت 150 متظاهرا) but not for other nouns
        # (وما زال 17 مفقودا after «حتفهم»: the missing are not a toll of the dead). People
        # moved, escaped or released are one event's size, not a running total (نقل 60 معتقلا).
        noun = counted_key(q)
        own = classes.get(noun, frozenset()) if noun else frozenset()
        # children and women (بينهم 3 أطفال), households (350 عائلة) are people too
        is_people = (
            noun is None
            or noun in people
            or noun in roles
            or noun in part_people()
            or bool(own & (PEOPLE_CLASSES | HOUSEHOLD_CLASSES))
            or bool(q.counted and is_demonym(q.counted))
        )
        said = reading.events if is_people else frozenset()
        events.append(frozenset() if said & FLOW_EVENTS else (own & NOUN_EVENTS) | said)
    return TimedFigures(moment(article.date, article.time), qs, tuple(markers), tuple(events))
