"""Compare two versions of a story: linked claims with their word diffs, display rows, and the
figures they give for the same things.
"""

from __future__ import annotations

from services.alignment import article_terms, display_rows, link_sentences
from services.analysis import Analysis, analyse
from services.discrepancies import find_discrepancies
from services.models import Article, Comparison, Link, Token
from services.similarity import term_space
from services.worddiff import diff_words


def _tokens(article: Article, analysis: Analysis) -> tuple[Token, ...]:
    if analysis.tokens or not article.text:
        return analysis.tokens
    from services.arabic import tokenize

    return tokenize(article.text)


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
    la = left_analysis if left_analysis is not None else analyse(left.text)
    ra = right_analysis if right_analysis is not None else analyse(right.text)
    lt, rt = _tokens(left, la), _tokens(right, ra)
    if lt is not la.tokens:
        la = Analysis(la.sentences, la.quantities, lt)
    if rt is not ra.tokens:
        ra = Analysis(ra.sentences, ra.quantities, rt)

    left_terms = article_terms(left.text, la)
    right_terms = article_terms(right.text, ra)
    space = term_space(left_terms, right_terms)
    bare_links = link_sentences(left_terms, right_terms, space=space)
    links = tuple(
        Link(
            k.left,
            k.right,
            k.relation,
            k.similarity,
            diff_words(
                left_terms[k.left].tokens, right_terms[k.right].tokens, left.text, right.text
            ),
        )
        for k in bare_links
    )
    rows = display_rows(len(la.sentences), len(ra.sentences), links)
    discrepancies = find_discrepancies(
        la.quantities,
        ra.quantities,
        left_tokens=lt,
        right_tokens=rt,
        left_sentences=[(s.start, s.end) for s in la.sentences],
        right_sentences=[(s.start, s.end) for s in ra.sentences],
        links={(k.left, k.right): k.similarity for k in links},
        weights=space.weights,
        term_of=space.term,
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
