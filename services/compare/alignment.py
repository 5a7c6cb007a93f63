"""Which sentences of two versions state the same claim (links, many-to-many and order-free),
and the display rows that put linked sentences side by side in both articles' reading order.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from services.compare import tuning
from services.compare.analysis import Analysis
from services.compare.figures import FigureReading
from services.compare.similarity import combined, opposed, score_pair
from services.compare.terms import SentenceTerms
from services.compare.termspace import TermSpace, term_space
from services.models import Discrepancy, Kind, Link, LinkRelation, Quantity, Row
from services.text.lexicon import MARKERS, Marker

# The link threshold on compare.similarity's combined score, and the cheap first step's share:
# their measurements are in services.compare.tuning (LINK_THRESHOLD, QUICK).
THRESHOLD = tuning.LINK_THRESHOLD
_QUICK = tuning.QUICK


def article_terms(text: str, analysis: Analysis) -> tuple[SentenceTerms, ...]:
    """Per-sentence terms of an analysed article (computed when the analysis lacks them)."""
    from services.compare.analysis import complete

    return complete(analysis, text).terms


def link_sentences(
    left: Sequence[SentenceTerms],
    right: Sequence[SentenceTerms],
    *,
    space: TermSpace | None = None,
) -> tuple[Link, ...]:
    """Links between the sentences of two articles, without word diffs, sorted by (left, right).

    A pair is linked when its normalised words are the same (`identical`), or when its score
    passes THRESHOLD (`shared`). Every passing pair is kept, so a sentence the other version
    split in two links to both halves, and a headline to the lead sentence that restates it.
    (Keeping only each sentence's best match was measured too: it dropped headline-to-headline
    links whenever a lead sentence scored higher, and removed no false link.)
    """
    if space is None:
        space = term_space(left, right)
    links: dict[tuple[int, int], Link] = {}

    keys: dict[str, list[int]] = {}
    for s in right:
        if s.key:
            keys.setdefault(s.key, []).append(s.index)
    for s in left:
        for j in keys.get(s.key, ()) if s.key else ():
            links[(s.index, j)] = Link(s.index, j, LinkRelation.IDENTICAL, 1.0)

    left_copied = {i for i, _ in links}
    right_copied = {j for _, j in links}
    for (i, j), value in _candidate_scores(space, left_copied, right_copied).items():
        if value >= THRESHOLD:
            links[(i, j)] = Link(i, j, LinkRelation.SHARED, round(value, 4))
    lead = None if (0, 0) in links else _leads(left, right, space)
    if lead is not None:
        links[(0, 0)] = Link(0, 0, LinkRelation.SHARED, round(lead, 4))
    return tuple(links[k] for k in sorted(links))


def _leads(
    left: Sequence[SentenceTerms], right: Sequence[SentenceTerms], space: TermSpace
) -> float | None:
    """The score of the two articles' first sentences when it passes tuning.LEAD_THRESHOLD
    (None otherwise): two outlets open a story on its main news (the inverted pyramid), in
    their own words, and the story's names recur in every sentence after it, so they weigh
    little. Only articles of tuning.LEAD_SENTENCES sentences or more have a lead."""
    if min(len(left), len(right)) < tuning.LEAD_SENTENCES:
        return None
    value = score_pair(space, 0, 0).value
    if value < tuning.LEAD_THRESHOLD or opposed(space, 0, 0):
        return None
    return value


def link_by_figures(
    discrepancies: Sequence[Discrepancy],
    left: Sequence[Quantity],
    right: Sequence[Quantity],
    space: TermSpace,
    linked: Collection[tuple[int, int]] = (),
) -> tuple[Link, ...]:
    """`shared` links between sentences whose figures pair and whose words are not unrelated
    (tuning.FIGURE_LINK_*: the surer the pair, the fewer shared words it needs), but whose
    words alone did not link them: «نقلت مروحيات أميركية نحو 60 إرهابياً» and «قامت القوات
    الأمريكية بنقل 750 إرهابيا» state one claim with different numbers. Each link carries its
    figure pair.
    """
    out: dict[tuple[int, int], Link] = {}
    for d in sorted(discrepancies, key=lambda d: -d.score):
        if d.score < tuning.FIGURE_LINK_SCORE:
            break
        if _same_dual(left[d.left], right[d.right]):
            continue  # رجلان / رجلين: a word both sentences share, already in their score
        pair = (left[d.left].sentence, right[d.right].sentence)
        if pair in linked or pair in out or min(pair) < 0 or opposed(space, *pair):
            continue  # two days of fighting, but who drove out whom is swapped
        value = score_pair(space, *pair).value
        # A surer figure pair needs fewer shared words (tuning.FIGURE_LINK_*).
        if value >= tuning.FIGURE_LINK_FLOOR and (
            d.score + tuning.FIGURE_LINK_WORDS * value >= tuning.FIGURE_LINK_EVIDENCE
        ):
            out[pair] = Link(*pair, LinkRelation.SHARED, round(value, 4), figures=(d.left, d.right))
    return tuple(out[k] for k in sorted(out))


def link_by_sums(
    left: Sequence[Quantity],
    left_readings: Sequence[FigureReading | None],
    right: Sequence[Quantity],
    right_readings: Sequence[FigureReading | None],
    space: TermSpace,
    linked: Collection[tuple[int, int]] = (),
) -> tuple[Link, ...]:
    """`shared` links between a sentence listing counts of different things (قتل 5 جنود
    و3 مدنيين) and one whose count of the same event is exactly their sum (لقي ثمانية أشخاص
    حتفهم), in either direction: the parts are never paired with the whole, but their sum is
    evidence that the two sentences state one claim (with tuning.FIGURE_LINK_FLOOR of shared
    words, as a sure figure pair needs)."""
    out: dict[tuple[int, int], Link] = {}
    for lists, wholes, flip in (
        (_listed_sums(left, left_readings), _unlisted(right, right_readings), False),
        (_listed_sums(right, right_readings), _unlisted(left, left_readings), True),
    ):
        for sentence, total, events in lists:
            for q, reading in wholes:
                if q.value != total or not (reading.events - MARKERS) & events:
                    continue
                pair = (q.sentence, sentence) if flip else (sentence, q.sentence)
                if pair in linked or pair in out or opposed(space, *pair):
                    continue
                value = score_pair(space, *pair).value
                if value >= tuning.FIGURE_LINK_FLOOR:
                    out[pair] = Link(*pair, LinkRelation.SHARED, round(value, 4))
    return tuple(out[k] for k in sorted(out))


def _listed_sums(
    quantities: Sequence[Quantity], readings: Sequence[FigureReading | None]
) -> list[tuple[int, float, frozenset[str]]]:
    """(sentence, sum, events) of each run of listed counts (Marker.LISTED, one sentence,
    one after the other) and what happened to them."""
    runs: list[list[tuple[float, FigureReading]]] = []
    at: list[int] = []  # each run's sentence
    last = -1  # the index of the previous listed count
    for n, (q, r) in enumerate(zip(quantities, readings, strict=True)):
        if r is None or Marker.LISTED not in r.events or q.value is None:
            continue
        if not runs or n != last + 1 or q.sentence != at[-1]:
            runs.append([])
            at.append(q.sentence)
        runs[-1].append((q.value, r))
        last = n
    return [
        (
            sentence,
            sum(value for value, _ in run),
            frozenset().union(*(r.events for _, r in run)) - MARKERS,
        )
        for sentence, run in zip(at, runs, strict=True)
        if len(run) > 1
    ]


def _unlisted(
    quantities: Sequence[Quantity], readings: Sequence[FigureReading | None]
) -> list[tuple[Quantity, FigureReading]]:
    return [
        (q, r)
        for q, r in zip(quantities, readings, strict=True)
        if r is not None and q.kind is Kind.COUNT and Marker.LISTED not in r.events
    ]


def _same_dual(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are one noun's dual, each written as the noun alone (رجلان,
    رجلين): the same word in both sentences, not a number one outlet gives and another
    repeats (حالتي إصابة / إصابتين stay evidence)."""
    return (
        a.counted_stem is not None
        and a.counted_stem == b.counted_stem
        and a.counted == a.text
        and b.counted == b.text
    )


def _candidate_scores(
    space: TermSpace,
    left_copied: Collection[int] = (),
    right_copied: Collection[int] = (),
) -> dict[tuple[int, int], float]:
    """Scores of the pairs that share enough weighted terms (_QUICK) and pass THRESHOLD.

    `left_copied` and `right_copied` are the sentences each version carries word for word
    (linked as identical: most sentences of two versions of a story). Such a sentence is
    matched already; a pair of two of them is never looked at, since its link would say only
    that one article repeats itself (its headline restating its lead), not how the versions
    differ. Every other pair sharing a root is found through an index of the sentences not
    copied: a few on each side, where an index of every right sentence walked the postings of
    the story's names for each left sentence.

    Most candidates share a few terms and too few trigrams to link: a bound on their score,
    with every shared term weighed in full (as if none attributed the claim), containment at
    its most (all the shared weight in one stretch) and no conflict, passes them by before the
    rest of compare.similarity.score_pair (stretches, places, actors, opposites): 193 of 208
    candidates of two 1,000-word versions.
    """
    w = space.weights
    weigh = w.__getitem__
    # The indexes hold the root companions alone ("^" terms: every word and figure has one,
    # a stem shared is a root shared): pairs that share only roots (a verb and its verbal
    # noun) are still found.
    roots_left, roots_right = space.roots_left, space.roots_right
    free_left = _index_roots(roots_left, left_copied)
    free_right = _index_roots(roots_right, right_copied)
    # Each candidate with its shared weight, in the order of its sentence's roots
    # (SentenceTerms.roots): sums add in that order. Copied right sentences meet the free
    # left ones through the left index.
    shared: dict[tuple[int, int], float] = {}
    get = shared.get
    for i, roots in enumerate(roots_left):
        for t in roots:
            postings = free_right.get(t)  # None for a root no free right sentence has
            if postings is not None:
                weight = w[t]
                for j in postings:
                    shared[(i, j)] = get((i, j), 0.0) + weight
    for j in sorted(right_copied):
        for t in roots_right[j]:
            postings = free_left.get(t)
            if postings is not None:
                weight = w[t]
                for i in postings:
                    shared[(i, j)] = get((i, j), 0.0) + weight
    left_sets, right_sets = space.left, space.right
    left_weights, right_weights = space.left_weights, space.right_weights
    left_grams, right_grams = space.grams_left, space.grams_right
    # _QUICK of the lighter sentence's weight: min(a, b) * q is min(a * q, b * q) exactly;
    # each sentence's is summed when it first shares a root.
    quick_left: list[float | None] = [None] * len(roots_left)
    quick_right: list[float | None] = [None] * len(roots_right)
    floor = THRESHOLD - _BOUND_MARGIN
    scores = {}
    for (i, j), common in shared.items():
        quick = quick_left[i]
        if quick is None:
            quick = quick_left[i] = _QUICK * sum(map(weigh, roots_left[i]))
        if common < quick:
            quick = quick_right[j]
            if quick is None:
                quick = quick_right[j] = _QUICK * sum(map(weigh, roots_right[j]))
            if common < quick:
                continue
        weight_left, weight_right = left_weights[i], right_weights[j]
        if weight_left <= 0.0 or weight_right <= 0.0:
            continue
        # The bound (summed exactly, as the score is; margin for the order of sums).
        overlap = math.fsum(map(weigh, left_sets[i] & right_sets[j]))
        grams_left, grams_right = left_grams[i], right_grams[j]
        shorter = min(weight_left, weight_right)
        dice = 2.0 * overlap / (weight_left + weight_right)
        containment = min(1.0, overlap / shorter)
        sizes = len(grams_left) + len(grams_right)
        if not grams_left or not grams_right:
            grams = 0.0
        else:
            # Trigrams in common at most the fewer's: tried before counting them.
            most = 2.0 * min(len(grams_left), len(grams_right)) / sizes
            if combined(dice, containment, most, shorter) < floor:
                continue
            grams = 2.0 * len(grams_left & grams_right) / sizes
        if combined(dice, containment, grams, shorter) < floor:
            continue
        value = score_pair(space, i, j).value
        if value >= THRESHOLD:
            scores[(i, j)] = value
    return scores


def _index_roots(roots: Sequence[tuple[str, ...]], copied: Collection[int]) -> dict[str, list[int]]:
    """The sentences (by position) each root companion is in, of those not `copied`."""
    index: dict[str, list[int]] = {}
    for n, own in enumerate(roots):
        if n not in copied:
            for t in own:
                index.setdefault(t, []).append(n)
    return index


# Below THRESHOLD by more than rounding can account for: the bound's sums are not the score's.
_BOUND_MARGIN = 1e-9


def align_sentences(
    left: Analysis, right: Analysis, left_text: str = "", right_text: str = ""
) -> tuple[Link, ...]:
    """Links between two analysed articles (see `link_sentences`)."""
    return link_sentences(article_terms(left_text, left), article_terms(right_text, right))


def _backbone(links: Sequence[Link]) -> set[tuple[int, int]]:
    """The longest chain of links in the order of both articles (Meld and calibre align on
    such a chain): left and right indexes never go back. A split or merged sentence keeps all
    its links in the chain (equal index on one side).

    Links sorted by (left, right) make it the longest non-decreasing run of right indexes,
    found by patience sorting in O(n log n); of equally long chains, the one ending earliest
    on the right at each step is kept, so the result does not depend on scores.
    """
    pairs = sorted((k.left, k.right) for k in links)
    tails: list[int] = []  # tails[m]: smallest right index ending a chain of m + 1 links
    tail_at: list[int] = []  # the pair index of that tail
    prev = [-1] * len(pairs)
    for n, (_, right) in enumerate(pairs):
        m = bisect_right(tails, right)
        prev[n] = tail_at[m - 1] if m else -1
        if m == len(tails):
            tails.append(right)
            tail_at.append(n)
        else:
            tails[m] = right
            tail_at[m] = n
    chain: set[tuple[int, int]] = set()
    end = tail_at[-1] if tail_at else -1
    while end != -1:
        chain.add(pairs[end])
        end = prev[end]
    return chain


def display_rows(n_left: int, n_right: int, links: Sequence[Link]) -> tuple[Row, ...]:
    """Rows for a side-by-side view of two articles of n_left and n_right sentences.

    Every link is one row; every unlinked sentence is one row with None opposite. Rows follow
    the left article's order; the links of the longest order-keeping chain also follow the
    right article's order. A link off the chain is `moved` (shown at its left sentence) unless
    it sits beside the chain: its left sentence is chained to a right neighbour of its right
    sentence, or the other way round. That is a headline and a lead linked crosswise, or a
    split or merged sentence, not a claim the other outlet put elsewhere. Right-only sentences
    sit after the chain link that precedes them on the right.
    """
    chain = _backbone(links)
    right_of = {}
    left_of = {}
    for left, right in chain:
        right_of.setdefault(left, []).append(right)
        left_of.setdefault(right, []).append(left)

    def moved(left: int, right: int) -> bool:
        if (left, right) in chain:
            return False
        beside = any(abs(r - right) <= 1 for r in right_of.get(left, ()))
        return not beside and not any(abs(x - left) <= 1 for x in left_of.get(right, ()))

    anchors = sorted(chain)  # (left, right), increasing on both sides
    linked_left = {k.left for k in links}
    linked_right = {k.right for k in links}
    by_left: dict[int, list[Link]] = {}
    for k in links:
        by_left.setdefault(k.left, []).append(k)

    # Right-only sentences go in the gap after the last anchor whose right index precedes them.
    anchor_rights = [r for _, r in anchors]
    right_only_after: dict[int, list[int]] = {}
    for j in range(n_right):
        if j not in linked_right:
            slot = bisect_left(anchor_rights, j) - 1  # index of the preceding anchor, or -1
            right_only_after.setdefault(slot, []).append(j)

    rows: list[Row] = [Row(None, j) for j in right_only_after.get(-1, ())]
    anchor_at = {pair: n for n, pair in enumerate(anchors)}
    for i in range(n_left):
        if i not in linked_left:
            rows.append(Row(i, None))
            continue
        for k in sorted(by_left[i], key=lambda k: k.right):
            pair = (k.left, k.right)
            rows.append(Row(i, k.right, moved=moved(i, k.right)))
            if pair in anchor_at:
                rows.extend(Row(None, j) for j in right_only_after.get(anchor_at[pair], ()))
    return tuple(rows)
