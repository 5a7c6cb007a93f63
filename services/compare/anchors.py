"""Stable keys for a comparison's findings, so that an analyst's triage and notes find their
finding again after the articles are deleted and re-imported, re-analysed, or compared the
other way round.

A key is made from text only, never from row ids or offsets: each article's content hash,
and the finding's anchor in it — for a figure, the figure as written, its sentence, and which
occurrence of that figure in the sentence it is; for a shared claim, the two sentences. All
text is normalised as search reads it (hamza, diacritics, Arabic-Indic digits, whitespace),
and the two sides are sorted, so A against B and B against A give the same key.
"""

from __future__ import annotations

import hashlib

from services.models import Article, Comparison, Quantity, Sentence
from services.text.arabic import normalize_plain

FIGURE = "figure"
CLAIM = "claim"


def _folded(text: str) -> str:
    return " ".join(normalize_plain(text).split())


def text_hash(article: Article) -> str:
    """The article's content hash; for an article made without one (a test, a pasted text),
    the same fingerprint `documents.importing.content_hash` gives its text."""
    if article.content_hash:
        return article.content_hash
    return hashlib.sha256(_folded(article.text).encode("utf-8")).hexdigest()


def _key(kind: str, sides: list[tuple[str, ...]]) -> str:
    # \x1f (unit separator) and \x1e (record separator) never occur in article text.
    joined = "\x1e".join("\x1f".join(side) for side in sorted(sides))
    return f"{kind}:" + hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _sentence_of(sentences: tuple[Sentence, ...], q: Quantity) -> Sentence | None:
    if 0 <= q.sentence < len(sentences):
        return sentences[q.sentence]
    return next((s for s in sentences if s.start <= q.start < s.end), None)


def _figure_anchor(
    article: Article, sentences: tuple[Sentence, ...], quantities: tuple[Quantity, ...], n: int
) -> tuple:
    if not 0 <= n < len(quantities):  # a pair naming no figure: keyed by its side alone
        return (text_hash(article), "", "", str(n))
    q = quantities[n]
    sentence = _sentence_of(sentences, q)
    if sentence is None:
        context, occurrence = "", article.text[: q.start].count(q.text)
    else:
        context = sentence.text
        occurrence = article.text[sentence.start : q.start].count(q.text)
    return (text_hash(article), _folded(q.text), _folded(context), str(occurrence))


def discrepancy_key(comparison: Comparison, index: int) -> str:
    """The key of `comparison.discrepancies[index]`.

    >>> from services.compare.comparison import compare
    >>> a = Article(None, "", "", "", "", "", "نقلت القوات نحو 60 معتقلا من السجن.")
    >>> b = Article(None, "", "", "", "", "", "نقلت القوات ٧٥٠ معتقلا من السجن.")
    >>> discrepancy_key(compare(a, b), 0) == discrepancy_key(compare(b, a), 0)
    True
    """
    c = comparison
    d = c.discrepancies[index]
    return _key(
        FIGURE,
        [
            _figure_anchor(c.left, c.left_sentences, c.left_quantities, d.left),
            _figure_anchor(c.right, c.right_sentences, c.right_quantities, d.right),
        ],
    )


def figure_pair_key(
    a: Article, a_sentences: tuple[Sentence, ...], qa: Quantity,
    b: Article, b_sentences: tuple[Sentence, ...], qb: Quantity,
) -> str:  # fmt: skip
    """The key of a finding pairing figure `qa` of `a` with `qb` of `b`: the key the same pair
    has as a discrepancy of their comparison (a story's figure relations use it)."""
    return _key(
        FIGURE,
        [_figure_anchor(a, a_sentences, (qa,), 0), _figure_anchor(b, b_sentences, (qb,), 0)],
    )


def story_relation_keys(story) -> tuple[tuple[str, ...], ...]:
    """For each figure of a story (services.compare.story.Story), the key of each of its
    pairwise relations, in order: a relation shares its key with the same pair's discrepancy."""
    keys = []
    for figure in story.figures:
        row = []
        for r in figure.relations:
            ma, mb = figure.members[r.a], figure.members[r.b]
            row.append(
                figure_pair_key(
                    story.articles[ma.article],
                    story.sentences[ma.article],
                    ma.quantity,
                    story.articles[mb.article],
                    story.sentences[mb.article],
                    mb.quantity,
                )  # fmt: skip
            )
        keys.append(tuple(row))
    return tuple(keys)


def link_key(comparison: Comparison, index: int) -> str:
    """The key of `comparison.links[index]`, a shared claim: both sentences in their texts."""
    c = comparison
    k = c.links[index]
    return _key(
        CLAIM,
        [
            (text_hash(c.left), _sentence_text(c.left_sentences, k.left)),
            (text_hash(c.right), _sentence_text(c.right_sentences, k.right)),
        ],
    )


def _sentence_text(sentences: tuple[Sentence, ...], index: int) -> str:
    return _folded(sentences[index].text) if 0 <= index < len(sentences) else f"#{index}"


def finding_keys(comparison: Comparison) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of every discrepancy and every link, in the comparison's order."""
    return (
        tuple(discrepancy_key(comparison, i) for i in range(len(comparison.discrepancies))),
        tuple(link_key(comparison, i) for i in range(len(comparison.links))),
    )
