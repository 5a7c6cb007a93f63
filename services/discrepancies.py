"""Figures two versions give for the same thing, and whether they agree, differ or conflict.

Two quantities are about the same thing when they are of the same kind and unit, count the same
(or an equivalent) noun, and stand in the same claim: linked sentences, or the same words
around the figure (نقل, احتجز, قتل ...). Relations follow the intervals the texts assert.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from services.lexicon import (
    PEOPLE_CLASSES,
    fold,
    is_function_word,
    noun_classes,
    people_nouns,
)
from services.models import Agreement, Discrepancy, Kind, Quantity, Token

# Kinds compared only when the two figures stand in linked sentences: a date or an ordinal
# says little about what it dates, so nearby words are not evidence enough.
_LINKED_ONLY = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.ORDINAL})
# Identifiers are names (SY24, القرار 2254): two different names are not a discrepancy.
_NEVER = frozenset({Kind.IDENTIFIER})

_WINDOW = 5  # words either side of a figure that tell what it counts and what happened to it
# Context words the two figures must have in common when their sentences are not linked: a
# weighted share of the smaller context, and an absolute weight (about one rare word, or two
# common ones: one topic word such as سجن in a prison story is not enough).
_CONTEXT_MIN = 0.12
_CONTEXT_WEIGHT = 0.6
# A pair is kept when it is the best for one of its figures and scores at least this share of
# the best pair of the other: "dozens" and "about 60" may both meet "750", but a figure of an
# unrelated paragraph does not ride on a strong pair.
_RATIO = 0.6


@dataclass(frozen=True)
class _Figure:
    index: int
    q: Quantity
    noun: str | None  # counted stem
    classes: frozenset[str]
    context: frozenset[str]


def _noun_key(stem: str) -> str:
    # The same folding as similarity's terms, so context words meet the comparison's weights.
    return fold(stem)


def _counted_key(q: Quantity) -> str | None:
    if q.counted_stem:
        return _noun_key(q.counted_stem)
    if q.counted:
        from services.arabic import stem

        return _noun_key(stem(q.counted.split()[-1]))
    return None


def _context(
    q: Quantity, tokens: Sequence[Token], starts: Sequence[int], skip: Collection[str]
) -> frozenset[str]:
    """Stems of the words around a figure in its sentence, without the figure itself."""
    first = bisect_left(starts, q.start)
    last = bisect_left(starts, q.end)
    lo = max(0, first - _WINDOW)
    hi = min(len(tokens), last + _WINDOW)
    words = set()
    for t in (*tokens[lo:first], *tokens[last:hi]):
        if t.norm.isdigit() or is_function_word(t.norm) or len(t.norm) < 2:
            continue
        key = _noun_key(t.stem)
        if key not in skip:
            words.add(key)
    return frozenset(words)


def _figures(
    quantities: Sequence[Quantity],
    tokens: Sequence[Token],
    sentence_spans: Sequence[tuple[int, int]],
) -> list[_Figure]:
    classes = noun_classes()
    starts = [t.start for t in tokens]
    out = []
    for n, q in enumerate(quantities):
        if q.kind in _NEVER or (q.value is None and q.low is None and q.high is None):
            continue
        noun = _counted_key(q)
        # Tokens of the figure's own sentence only: the words of the next sentence say nothing
        # about this figure.
        if 0 <= q.sentence < len(sentence_spans):
            a, b = sentence_spans[q.sentence]
        else:
            a, b = q.start, q.end
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        local = tokens[lo:hi]
        out.append(
            _Figure(
                n,
                q,
                noun,
                classes.get(noun, frozenset()) if noun else frozenset(),
                _context(q, local, starts[lo:hi], {noun} if noun else ()),
            )
        )
    return out


def _noun_match(a: _Figure, b: _Figure) -> float | None:
    """How surely two figures count the same thing, from their counted nouns; None: never."""
    if a.q.kind is not Kind.COUNT:
        return 1.0  # money, lengths, percentages...: the kind and unit already say what
    if a.noun and b.noun:
        if a.noun == b.noun:
            return 1.0
        if a.classes & b.classes:
            return 0.8
        people = people_nouns()
        if (a.noun in people and b.classes & PEOPLE_CLASSES) or (
            b.noun in people and a.classes & PEOPLE_CLASSES
        ):
            return 0.5
        if a.noun in people and b.noun in people:
            return 0.6
        return None
    # One figure names no counted noun ("نحو 12 ألف" after "عدد معتقلي"): its neighbours may.
    named, bare = (a, b) if a.noun else (b, a)
    if named.noun is None:
        return 0.3
    classes = noun_classes()
    near = {named.noun} | {w for w in bare.context if classes.get(w, frozenset()) & named.classes}
    return 0.6 if named.noun in bare.context or len(near) > 1 else 0.3


def _units_match(a: Quantity, b: Quantity) -> bool:
    return (a.unit or None) == (b.unit or None)


def _context_overlap(a: _Figure, b: _Figure, weights: Mapping[str, float]) -> float:
    """Weighted share of the smaller context found in the other; 0 below _CONTEXT_WEIGHT."""
    shared = a.context & b.context
    if not shared:
        return 0.0
    common = sum(weights.get(t, 1.0) for t in shared)
    if common < _CONTEXT_WEIGHT:
        return 0.0
    wa = sum(weights.get(t, 1.0) for t in a.context)
    wb = sum(weights.get(t, 1.0) for t in b.context)
    return common / max(1e-9, min(wa, wb))


def _pair_score(
    a: _Figure,
    b: _Figure,
    linked: Mapping[tuple[int, int], float],
    weights: Mapping[str, float],
) -> float | None:
    if a.q.kind is not b.q.kind or not _units_match(a.q, b.q):
        return None
    link = linked.get((a.q.sentence, b.q.sentence))
    if a.q.kind in _LINKED_ONLY and link is None:
        return None
    noun = _noun_match(a, b)
    if noun is None:
        return None
    context = _context_overlap(a, b, weights)
    if link is None and (context < _CONTEXT_MIN or (noun < 0.5 and context < 2 * _CONTEXT_MIN)):
        return None
    return noun + context + (1.0 + link if link is not None else 0.0)


def relation(a: Quantity, b: Quantity) -> Agreement:
    """Agree, differ or conflict, from the intervals two figures assert.

    Two bounded figures with the same value agree ("نحو 12 ألفا" and "12 ألفا"); figures whose
    intervals overlap differ ("أكثر من 100" and 750); disjoint intervals conflict ("نحو 60"
    and 750, "عشرات" and 300, 43 and 57).
    """
    la, ha = _interval(a)
    lb, hb = _interval(b)
    if (la, ha) == (lb, hb):
        return Agreement.AGREE
    bounded = math.isfinite(ha) and math.isfinite(hb) and la > -math.inf and lb > -math.inf
    if bounded and a.value is not None and a.value == b.value:
        return Agreement.AGREE
    if la <= hb and lb <= ha:
        return Agreement.DIFFERS
    return Agreement.CONFLICT


def _interval(q: Quantity) -> tuple[float, float]:
    """The closed interval a figure asserts; an open end is infinite. A figure with neither
    bound is its value."""
    if q.low is None and q.high is None:
        v = q.value if q.value is not None else math.nan
        return v, v
    low = q.low if q.low is not None else -math.inf
    high = q.high if q.high is not None else math.inf
    return low, high


def _number(x: float) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}"


def describe(q: Quantity) -> str:
    """A figure in a few plain words: "about 60", "more than 100", "2,500–3,000", "750"."""
    low, high = _interval(q)
    unit = f" {q.unit}" if q.unit else ""
    if low == high:
        return _number(low) + unit
    if q.value is not None and q.approximate and math.isfinite(low) and math.isfinite(high):
        return f"about {_number(q.value)}{unit}"
    if math.isinf(high):
        return f"more than {_number(low)}{unit}"
    if math.isinf(low) or low == 0:
        return f"less than {_number(high)}{unit}"
    return f"{_number(low)}–{_number(high)}{unit}"


def _interval_text(q: Quantity) -> str:
    low, high = _interval(q)
    left = "(" if math.isinf(low) else "["
    right = ")" if math.isinf(high) else "]"
    return f"{left}{_number(low)}, {_number(high)}{right}"


def note(a: Quantity, b: Quantity, rel: Agreement) -> str:
    """One readable line: "about 60 vs 750 — intervals [54, 66] and [750, 750] do not overlap"."""
    head = f"{describe(a)} vs {describe(b)}"
    ia, ib = _interval_text(a), _interval_text(b)
    if rel is Agreement.AGREE:
        return f"{head} — the same figure" if ia != ib else f"{head} — the same interval {ia}"
    if rel is Agreement.DIFFERS:
        return f"{head} — intervals {ia} and {ib} overlap but differ"
    return f"{head} — intervals {ia} and {ib} do not overlap"


def find_discrepancies(
    left: Sequence[Quantity],
    right: Sequence[Quantity],
    *,
    left_tokens: Sequence[Token],
    right_tokens: Sequence[Token],
    left_sentences: Sequence[tuple[int, int]],
    right_sentences: Sequence[tuple[int, int]],
    links: Mapping[tuple[int, int], float] | None = None,
    weights: Mapping[str, float] | None = None,
) -> tuple[Discrepancy, ...]:
    """Pairs of figures about the same thing, one from each side, with their relation.

    `links` maps linked (left sentence, right sentence) pairs to their similarity; `weights`
    gives how telling each context stem is (rare words more than common ones; 1 if missing).
    Each figure is paired with its best match; a figure may also join a second pair when that
    pair is the other figure's best and nearly as good (see _RATIO).
    """
    links = links or {}
    weights = weights or {}
    fa = _figures(left, left_tokens, left_sentences)
    fb = _figures(right, right_tokens, right_sentences)
    scores: dict[tuple[int, int], float] = {}
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for a in fa:
        for b in fb:
            s = _pair_score(a, b, links, weights)
            if s is None:
                continue
            scores[(a.index, b.index)] = s
            best_a[a.index] = max(best_a.get(a.index, 0.0), s)
            best_b[b.index] = max(best_b.get(b.index, 0.0), s)
    out = []
    for (i, j), s in sorted(scores.items()):
        is_best = s >= best_a[i] or s >= best_b[j]
        if is_best and s >= _RATIO * max(best_a[i], best_b[j]):
            rel = relation(left[i], right[j])
            out.append(Discrepancy(i, j, rel, note(left[i], right[j], rel)))
    return tuple(out)
