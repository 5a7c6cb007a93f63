"""Compare two versions of a story: linked claims with their word diffs, display rows, and the
figures they give for the same things.
"""

from __future__ import annotations

from services.compare.alignment import display_rows, link_sentences
from services.compare.analysis import Analysis, analyse, complete
from services.compare.discrepancies import find_discrepancies
from services.compare.similarity import term_space
from services.compare.worddiff import diff_words
from services.models import Article, Comparison, Link


def compare(
    left: Article,
    right: Article,
    *,
    left_analysis: Analysis | None = None,
    right_analysis: Analysis | None = None,
) -> Comparison:
    """Compare two articles; pass their stored analyses when the library has them.

    >>> from services.models import Article
    >>> a = Article(None, "", "", "", "", "", "نقلت القوات نحو 60 معتقلا من السجن.")
    >>> b = Article(None, "", "", "", "", "", "نقلت القوات 750 معتقلا من السجن المركزي.")
    >>> c = compare(a, b)
    >>> [(k.left, k.right, k.relation.value) for k in c.links]
    [(0, 0, 'shared')]
    >>> [d.relation.value for d in c.discrepancies]
    ['conflict']
    """
    la = complete(left_analysis, left.text) if left_analysis else analyse(left.text)
    ra = complete(right_analysis, right.text) if right_analysis else analyse(right.text)

    space = term_space(la.terms, ra.terms)
    links = tuple(
        Link(
            k.left,
            k.right,
            k.relation,
            k.similarity,
            diff_words(la.terms[k.left].tokens, ra.terms[k.right].tokens, left.text, right.text),
        )
        for k in link_sentences(la.terms, ra.terms, space=space)
    )
    rows = display_rows(len(la.sentences), len(ra.sentences), links)
    discrepancies = find_discrepancies(
        la.quantities,
        ra.quantities,
        left_readings=la.figures,
        right_readings=ra.figures,
        links={(k.left, k.right): k.similarity for k in links},
        weights=space.weights,
        merged=space.merged,
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
