"""Figures in time: a running total that grew between an earlier and a later article is an
update, not a contradiction («نحو 40 قتيلا» at 09:40, «ارتفاع الحصيلة إلى 120» at 18:15).

`relabel` takes the pairwise discrepancies (services.compare.discrepancies) with what each side
says of its time and of its figures, and returns them relabelled; `figure_timeline` orders the
members of one figure across a story's articles and marks each outlet's latest.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from services.compare.discrepancies import describe
from services.models import Agreement, Discrepancy, Kind, Quantity
from services.text.markers import Marker
from services.text.moments import Moment, order

# What happens to people and things that news counts up as it goes (tolls of the dead and
# hurt, arrests, the displaced, the evacuated and rescued: EVENT_WORDS / EQUIVALENT_NOUNS
# classes). Not the missing (found, they leave the count), nor numbers moved or released,
# which are one event's size, not a running total: 60 and 750 detainees moved stay a conflict.
CUMULATIVE_EVENTS = frozenset({"killed", "injured", "held", "displaced", "evacuated", "rescued"})
# Markers that make a figure a running total whatever it counts.
_RUNNING = frozenset(
    {Marker.CUMULATIVE, Marker.PROVISIONAL, Marker.RISEN, Marker.CORRECTED, Marker.FINAL}
)
# Markers that say the figure is the result of a change: they order two figures even when the
# articles' times are unknown (the one that «rose to» 120 came after the one at 40).
_CHANGED = frozenset({Marker.RISEN, Marker.CORRECTED})
# Kinds that are never a running total: they name a moment or a rank.
_NOT_TOTALS = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.ORDINAL, Kind.IDENTIFIER})


@dataclass(frozen=True)
class TimedFigures:
    """One side of a comparison as the timeline reads it: when the article was published, and
    for each of its quantities the markers around it and what happened to what it counts
    (event classes: killed, held ...). Indexed like the side's quantities."""

    moment: Moment
    quantities: tuple[Quantity, ...]
    markers: tuple[frozenset[Marker], ...]
    events: tuple[frozenset[str], ...]

    def running(self, index: int) -> bool:
        """A running total: counts what news counts up, or is marked as a total or a change."""
        q = self.quantities[index]
        if q.kind in _NOT_TOTALS:
            return False
        if self.markers[index] & _RUNNING:
            return True
        return q.kind is Kind.COUNT and bool(self.events[index] & CUMULATIVE_EVENTS)


def relabel(
    discrepancies: Sequence[Discrepancy], left: TimedFigures, right: TimedFigures
) -> tuple[Discrepancy, ...]:
    """The discrepancies with running totals read in time.

    Two figures of articles at different moments, the later one a running total that grew
    (its interval lies above the earlier's), are `updated`; so is a later figure whose text
    states a correction («عدلت الحصيلة إلى 35»), whichever way it went. A later *lower*
    running total without a stated correction stays a `conflict`. Figures of the same moment
    keep their relation. Without known times only an explicit marker orders two figures: the
    one that «rose to» a higher figure, or states a correction, is the later.
    """
    when = order(left.moment, right.moment)
    return tuple(_relabel(d, left, right, when) for d in discrepancies)


def _relabel(
    d: Discrepancy, left: TimedFigures, right: TimedFigures, when: int | None
) -> Discrepancy:
    if d.relation is Agreement.AGREE or when == 0:
        return d
    a, b = left.quantities[d.left], right.quantities[d.right]
    if a.kind in _NOT_TOTALS:
        return d
    ma, mb = left.markers[d.left], right.markers[d.right]
    if when is None:
        later = _later_by_markers(a, b, ma, mb)
        if later is None:
            return d
        corrected = Marker.CORRECTED in (mb if later == "right" else ma)
        why = "the later text states a correction" if corrected else "the later text says it rose"
        return _updated(d, left, right, later, why + "; times unknown")
    later = "right" if when < 0 else "left"
    eq, lq, lm = (a, b, mb) if later == "right" else (b, a, ma)
    if Marker.CORRECTED in lm:
        return _updated(d, left, right, later, "a stated correction")
    # Both must read as running totals: a pair whose one side says nothing of what it counts
    # (وفقد 17 آخرون beside 120 قتيلا) is not taken for a toll on the other side's word.
    running = left.running(d.left) and right.running(d.right)
    if _grew(eq, lq) and (running or Marker.RISEN in lm):
        return _updated(d, left, right, later, "the later report's total is higher")
    if running and d.relation is Agreement.CONFLICT and _fell(eq, lq):
        label = (right if later == "right" else left).moment
        other = (left if later == "right" else right).moment
        note = (
            f"{d.note}; the later report ({label.label(other)}) is lower, with no correction stated"
        )
        return replace(d, note=note, later=later)
    return d


def _later_by_markers(a: Quantity, b: Quantity, ma: frozenset, mb: frozenset) -> str | None:
    """Which side the markers alone say is later, or None: the one side that states a
    correction, else the one side that says its figure rose, to a figure above the other's.
    When both say so («ارتفع التضخم إلى 35.8%» and «... إلى 37.4%») they are two accounts of
    one change, and nothing orders them."""
    ca, cb = Marker.CORRECTED in ma, Marker.CORRECTED in mb
    if ca != cb:
        return "left" if ca else "right"
    ra, rb = bool(ma & _CHANGED), bool(mb & _CHANGED)
    if rb and not ra and _grew(a, b):
        return "right"
    if ra and not rb and _grew(b, a):
        return "left"
    return None


def _interval(q: Quantity) -> tuple[float, float]:
    if q.low is None and q.high is None:
        v = q.value if q.value is not None else math.nan
        return v, v
    return (
        q.low if q.low is not None else -math.inf,
        q.high if q.high is not None else math.inf,
    )


def _grew(earlier: Quantity, later: Quantity) -> bool:
    """The later interval lies above the earlier: neither bound went down, one went up.
    «نحو 40» → 120 and «أكثر من 30» → «أكثر من 50» grew; «أكثر من 200» → 350 did not (350
    may be what «more than 200» meant), nor did «نحو 40» → 42."""
    (el, eh), (ll, lh) = _interval(earlier), _interval(later)
    if math.isnan(el) or math.isnan(ll):
        return False
    return ll >= el and lh >= eh and (ll > el or lh > eh)


def _fell(earlier: Quantity, later: Quantity) -> bool:
    return _grew(later, earlier)


def _updated(
    d: Discrepancy, left: TimedFigures, right: TimedFigures, later: str, why: str
) -> Discrepancy:
    """`d` as an update, its note written earlier → later: "about 40 (09:40) → 120 (18:15)"."""
    sides = [
        (left.quantities[d.left], left.moment, right.moment),
        (right.quantities[d.right], right.moment, left.moment),
    ]
    if later == "left":
        sides.reverse()
    (eq, em, _), (lq, lm, _) = sides
    note = f"{describe(eq)} ({em.label(lm)}) → {describe(lq)} ({lm.label(em)}) — {why}"
    return replace(d, relation=Agreement.UPDATED, note=note, later=later)


# --- a figure across a story --------------------------------------------------------------


@dataclass(frozen=True)
class TimedMember:
    """One article's value of a figure: the article, its outlet and moment, the quantity."""

    article_id: int
    outlet: str
    moment: Moment
    quantity: Quantity


@dataclass(frozen=True)
class TimelineEntry:
    """A member in time order; `latest` marks the latest of its outlet (every member of an
    outlet whose members cannot be told apart in time is its latest: none is guessed)."""

    member: TimedMember
    latest: bool


def figure_timeline(members: Sequence[TimedMember]) -> tuple[TimelineEntry, ...]:
    """A figure's members ordered by time (dated ones first, by date and time; undated ones
    after, in the order given), each outlet's latest marked.

    >>> from services.text.moments import moment
    >>> def q(v):
    ...     return Quantity(str(v), 0, 1, v, v, v, False, Kind.COUNT)
    >>> rows = figure_timeline([
    ...     TimedMember(2, "المرفأ", moment("2024-03-13", "18:15"), q(120)),
    ...     TimedMember(1, "الساحل", moment("2024-03-13", "09:40"), q(40)),
    ...     TimedMember(3, "الساحل", moment("2024-03-13", "20:00"), q(130)),
    ... ])
    >>> [(e.member.quantity.value, e.latest) for e in rows]
    [(40, False), (120, True), (130, True)]
    """
    indexed = list(enumerate(members))

    def key(item: tuple[int, TimedMember]) -> tuple:
        n, m = item
        if m.moment.day is None:
            return (1, "", 0, n)
        start = m.moment.start if m.moment.start is not None else -1
        return (0, m.moment.day.isoformat(), start, n)

    ordered = [m for _, m in sorted(indexed, key=key)]
    latest: set[int] = set()
    by_outlet: dict[str, list[int]] = {}
    for k, m in enumerate(ordered):
        by_outlet.setdefault(m.outlet, []).append(k)
    for ks in by_outlet.values():
        for k in ks:
            # Latest unless another member of the outlet is surely later.
            if not any(order(ordered[k].moment, ordered[j].moment) == -1 for j in ks if j != k):
                latest.add(k)
    return tuple(TimelineEntry(m, k in latest) for k, m in enumerate(ordered))
