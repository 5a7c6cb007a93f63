"""What the words around a figure say about its place in time: provisional («حصيلة أولية», «حتى
الآن», «على الأقل»), a running total («الحصيلة», «إجمالي»), the result of a rise («ارتفعت إلى»,
«حصيلة جديدة», «آخر حصيلة»), a stated correction («عدلت … الحصيلة إلى») or final.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from services import lexicon
from services.lexicon import derived
from services.models import Kind, Quantity, Sentence
from services.text.arabic import normalize_plain


class Marker(StrEnum):
    PROVISIONAL = "provisional"  # may still change: حصيلة أولية, حتى الآن, مرشحة للارتفاع
    CUMULATIVE = "cumulative"  # a running total: الحصيلة, إجمالي, العدد الكلي
    RISEN = "risen"  # the result of a rise: ارتفعت إلى, حصيلة جديدة, آخر حصيلة
    CORRECTED = "corrected"  # a stated correction, either way: عدلت الحصيلة إلى, صححت
    FINAL = "final"  # الحصيلة النهائية


# The phrases are data: resources/lexicon/figure_time_markers.tsv (marker, phrase), matched on
# normalised words, each with or without و/ف/ب/ل and the article (_forms); the longest wins.

# How far from a figure its markers are read, in words, inside its sentence and never past the
# nearest other count: «ارتفاع حصيلة ضحايا السيول التي اجتاحت المدينة ليل الثلاثاء إلى 120»
# puts the rise eleven words before the figure; a marker after it («40 قتيلا في حصيلة
# أولية», «350 عائلة حتى الآن») sits within a few.
_BEFORE = 12
_AFTER = 6
# Kinds that do not cut a figure's window: a date or a time between a verb and its figure
# («ارتفعت يوم 13 آذار الحصيلة إلى 120») belongs to the same clause.
_TRANSPARENT = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.DURATION, Kind.ORDINAL})
_WORD = re.compile(r"\w+")
_CLITICS = ("وبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


# An article repeats most of its words, and news its vocabulary: each word's forms are found
# once (they depend on the word alone).
@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """A normalised word as written and without each leading conjunction, preposition or
    article it may carry (at least three letters left: «لقي» stays whole). A phrase's word
    matches any of them: «وبحسب حصيلة» and «بالحصيلة» hold حصيلة, while «ليرتفع» (a result)
    is not the forecast «يرتفع» listed by its own spelling."""
    forms = {word}
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            forms.add(word[len(clitic) :])
    return frozenset(forms)


@derived
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], Marker], ...]]:
    """(normalised words, marker) by first word, longest first (the schema checks the marker
    names)."""
    out: dict[str, list[tuple[tuple[str, ...], Marker]]] = {}
    for name, phrases in lexicon.grouped("figure_time_markers").items():
        for phrase in phrases:
            words = tuple(normalize_plain(phrase).split())
            out.setdefault(words[0], []).append((words, Marker(name)))
    return {w: tuple(sorted(ps, key=lambda p: -len(p[0]))) for w, ps in out.items()}


@derived(maxsize=65536)
def _starts(word: str) -> tuple[tuple[tuple[tuple[str, ...], Marker], ...], ...]:
    """The phrases that may start at `word`: for each of its forms that starts one, the word
    as written first, then shorter forms (a set's order follows the hash seed, and two phrases
    of one length starting at different forms must not depend on it), its phrases longest
    first. Most words start none: cached, as a figure's words are read again and again."""
    table = _phrases()
    ordered = sorted(_forms(word), key=lambda f: (-len(f), f))
    return tuple(table[form] for form in ordered if form in table)


def markers_in(words: Sequence[str]) -> frozenset[Marker]:
    """The markers a run of normalised words holds: from left to right, the longest phrase
    starting at each word, its words then taken.

    >>> sorted(m.value for m in markers_in(normalize_plain("حصيلة أولية مرشحة للارتفاع").split()))
    ['provisional']
    >>> sorted(m.value for m in markers_in(normalize_plain("ارتفاع حصيلة ضحايا إلى").split()))
    ['cumulative', 'risen']
    """
    forms = [_forms(w) for w in words]
    found: set[Marker] = set()
    k = 0
    while k < len(forms):
        best: tuple[tuple[str, ...], Marker] | None = None
        for phrases in _starts(words[k]):  # a form's phrases, longest first
            for phrase, marker in phrases:
                n = len(phrase)
                if best is not None and n <= len(best[0]):
                    break
                if k + n <= len(forms) and all(w in forms[k + i] for i, w in enumerate(phrase)):
                    best = (phrase, marker)
                    break
        if best is None:
            k += 1
        else:
            found.add(best[1])
            k += len(best[0])
    return frozenset(found)


def figure_markers(
    text: str,
    quantities: Sequence[Quantity],
    sentences: Sequence[Sentence],
    index: int,
) -> frozenset[Marker]:
    """The markers around quantity `index` of an article: in its sentence, up to `_BEFORE`
    words before and `_AFTER` after it, never past another count.

    >>> from services.text.quantities import extract_quantities
    >>> from services.text.sentences import split_sentences
    >>> t = "ارتفعت حصيلة القتلى إلى 120 قتيلا، وأصيب 300 آخرون."
    >>> s = split_sentences(t); q = extract_quantities(t, s)
    >>> [sorted(m.value for m in figure_markers(t, q, s, k)) for k in (0, 1)]
    [['cumulative', 'risen'], []]
    """
    q = quantities[index]
    start, end = 0, len(text)
    if 0 <= q.sentence < len(sentences):
        start, end = sentences[q.sentence].start, sentences[q.sentence].end
    for other in quantities:
        if other is q or other.kind in _TRANSPARENT or other.sentence != q.sentence:
            continue
        if other.end <= q.start:
            start = max(start, other.end)
        elif other.start >= q.end:
            end = min(end, other.start)
    before = _WORD.findall(normalize_plain(text[start : q.start]))[-_BEFORE:]
    after = _WORD.findall(normalize_plain(text[q.end : end]))[:_AFTER]
    return markers_in(before) | markers_in(after)
