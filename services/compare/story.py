"""A story: several versions of one event at once. Its claims (sentences of several articles that
state the same thing) and its figures (quantities about the same thing, with their spread and
pairwise relations), grouped from the pairwise comparison of every two versions.

The grouping adds no matching of its own: it calls `compare` for each pair, so every improvement
to the pairwise matching reaches the story, and resolves conflicting pairwise decisions by score.

Just over 600 lines: grouping, claims, figures and the story's JSON shape are one reading of the
pairwise decisions. The next split is the JSON shape (`story_to_json`) and the topic labels into
their own module.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.compare.provenance import Attribution, attribute, earliest
from services.models import Article, Comparison, Kind, LinkRelation, Quantity, Sentence

if TYPE_CHECKING:
    from services.compare.analysis import Analysis

# Kinds that are no figure of the story: names (القرار 2254) and points in time are never
# compared with counts, and a date is when, not how many.
NOT_FIGURES = frozenset({Kind.IDENTIFIER, Kind.DATE, Kind.YEAR, Kind.TIME, Kind.ORDINAL})

# How many sentences of one article a claim may hold. News repeats its headline in the body and
# splits one wire sentence into two (001 splits 000's «ونقلت وكالة سبوتنيك …» in two), so one is
# too few; with three, 000's headline, its repetition and its lead all joined 001's headline
# and lead in one claim through the 0.40 links between a headline and a lead.
MAX_CLAIM_SENTENCES = 2
# How many sentences of one article a figure may hold: an article may give a figure in its
# lead, its body and a quote (002 gives the transfer three times: «نحو 60», «العشرات» twice).
MAX_FIGURE_SENTENCES = 3


@dataclass(frozen=True)
class ClaimMember:
    """One article's sentence in a claim; `article` indexes `Story.articles`."""

    article: int
    sentence: int
    text: str
    start: int
    end: int
    attribution: Attribution | None = None


@dataclass(frozen=True)
class MemberRelation:
    """A pairwise decision between two members of a claim or figure (member indexes).

    `relation` is the pairwise one as it came: a LinkRelation value for a claim, an
    Agreement value for a figure ("agree", "differs", "conflict", and whatever the pairwise
    matching adds). Two members of one figure that no comparison paired directly (each
    comparison pairs a figure once) are related by their values alone, with score 0."""

    a: int
    b: int
    relation: str
    score: float
    note: str = ""


@dataclass(frozen=True)
class Copy:
    """Two members of different articles, one carrying a passage of the other word for word
    (services.compare.reuse: a run of COPY_RUN words or more once normalised, or the same
    words throughout). `source` is the member of the article published first when both dates
    are known and differ; else None (never guessed). `words`: the longest run carried."""

    a: int
    b: int
    source: int | None = None
    words: int = 0


@dataclass(frozen=True)
class Claim:
    members: tuple[ClaimMember, ...]
    relations: tuple[MemberRelation, ...]
    first: int | None  # the article (index) that carries it earliest; None when unknown
    copies: tuple[Copy, ...] = ()

    @property
    def copied(self) -> bool:
        return bool(self.copies)

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({m.article for m in self.members}))


@dataclass(frozen=True)
class FigureMember:
    """One article's quantity in a figure; `quantity` indexes that article's quantities."""

    article: int
    index: int
    quantity: Quantity


@dataclass(frozen=True)
class Figure:
    """Quantities about the same thing. `low`/`high` is the spread: the lowest low and highest
    high of the members (None where a member is unbounded)."""

    topic: str
    members: tuple[FigureMember, ...]
    relations: tuple[MemberRelation, ...]
    low: float | None
    high: float | None
    first: int | None = None

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({m.article for m in self.members}))


@dataclass(frozen=True)
class Story:
    articles: tuple[Article, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    claims: tuple[Claim, ...]
    figures: tuple[Figure, ...]


class StoryCancelled(Exception):
    """`is_cancelled()` turned true while the pairs were being compared."""


@dataclass(frozen=True)
class PairDecisions:
    """What a story keeps of the comparison of two articles: its links (left sentence, right
    sentence, similarity, relation) and its figure pairs (left quantity, right quantity,
    score, relation, note). Small, so it crosses processes cheaply."""

    links: tuple[tuple[int, int, float, str], ...]
    figures: tuple[tuple[int, int, float, str, str], ...]


def pair_decisions(c: Comparison) -> PairDecisions:
    """The decisions of one comparison a story groups; pairs of names or dates are left out."""
    figures = []
    for d in c.discrepancies:
        a, b = c.left_quantities[d.left], c.right_quantities[d.right]
        if a.kind in NOT_FIGURES or b.kind in NOT_FIGURES:
            continue
        figures.append((d.left, d.right, d.score, d.relation.value, d.note))
    links = tuple((k.left, k.right, k.similarity, k.relation.value) for k in c.links)
    return PairDecisions(links, tuple(figures))


# Every pair (i, j), i < j, of a story's articles with its decisions, in any order.
PairSource = Callable[..., Iterable[tuple[int, int, PairDecisions]]]


def build_story(
    articles: Sequence[Article],
    analyses: Sequence[Analysis | None] | None = None,
    *,
    compare_pair: Callable[..., Comparison] | None = None,
    pairs: Iterable[tuple[int, int, PairDecisions]] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Story:
    """The claims and figures of several articles, from the comparison of every two of them.

    `analyses` are the articles' stored analyses (None: read from the text); `compare_pair`
    defaults to services.compare.comparison.compare. `pairs`, when given, are the decisions of
    every pair computed elsewhere (services.library.stories compares in worker processes).
    `on_progress(done, total)` counts pairs.

    >>> from services.models import Article
    >>> a = Article(1, "", "", "", "", "", "نقلت القوات نحو 60 معتقلا من السجن.")
    >>> b = Article(2, "", "", "", "", "", "نقلت القوات 750 معتقلا من السجن المركزي.")
    >>> s = build_story([a, b])
    >>> [(m.article, m.quantity.text) for m in s.figures[0].members]
    [(0, 'نحو 60'), (1, '750')]
    >>> s.figures[0].relations[0].relation
    'conflict'
    """
    from services.compare.analysis import analyse, complete

    if compare_pair is None:
        from functools import partial

        from services.compare.comparison import compare

        # The story reads links and figure pairs alone: no word diffs, no display rows.
        compare_pair = partial(compare, display=False)
    analyses = list(analyses) if analyses is not None else [None] * len(articles)
    full = [
        complete(an, a.text) if an is not None else analyse(a.text)
        for a, an in zip(articles, analyses, strict=True)
    ]
    n = len(articles)
    total = n * (n - 1) // 2

    def compared_here() -> Iterator[tuple[int, int, PairDecisions]]:
        for i in range(n):
            for j in range(i + 1, n):
                c = compare_pair(
                    articles[i], articles[j], left_analysis=full[i], right_analysis=full[j]
                )
                yield i, j, pair_decisions(c)

    sentence_edges: list[tuple[float, Node, Node, str]] = []
    figure_edges: list[tuple[float, Node, Node, str, str]] = []
    if on_progress:
        on_progress(0, total)
    for done, (i, j, decisions) in enumerate(compared_here() if pairs is None else pairs, 1):
        for left, right, similarity, relation in decisions.links:
            sentence_edges.append((similarity, (i, left), (j, right), relation))
        for left, right, score, relation, note in decisions.figures:
            figure_edges.append((score, (i, left), (j, right), relation, note))
        if on_progress:
            on_progress(done, total)
        if is_cancelled and is_cancelled():
            raise StoryCancelled

    from services.text.moments import moment

    dates = [moment(a.date, a.time) for a in articles]
    claims = _claims(articles, full, sentence_edges, dates)
    figures = _figures(full, figure_edges, dates)
    return Story(tuple(articles), tuple(an.sentences for an in full), claims, figures)


# --- grouping -----------------------------------------------------------------------------


Node = tuple[int, int]  # (article index, sentence or quantity index)


def group(
    nodes: Sequence[Node],
    edges: Sequence[tuple[float, Node, Node]],
    sentence_of: Callable[[Node], int],
    max_sentences: int,
    consistent: Callable[[Node, Node], bool] | None = None,
) -> list[list[Node]]:
    """Connected groups of `nodes` joined by `edges`, strongest edge first, where a group holds
    at most `max_sentences` sentences of one article, and two sentences of one article only
    when some node of the group is joined to both (the pairwise matching says they state the
    same thing as a third) or when `consistent(x, y)` says the article can mean one thing by
    both. A weaker edge that breaks this is left out: conflicting pairwise decisions are
    resolved by score, never by the order the pairs were compared in.

    >>> edges = [(0.9, (0, 0), (1, 0)), (0.5, (0, 1), (1, 0)), (0.4, (0, 1), (2, 0))]
    >>> sorted(map(sorted, group([(0, 0), (0, 1), (1, 0), (2, 0)], edges, lambda n: n[1], 1)))
    [[(0, 0), (1, 0)], [(0, 1), (2, 0)]]
    """
    parent = {node: node for node in nodes}
    members = {node: [node] for node in nodes}
    neighbours: dict[Node, set[Node]] = {node: set() for node in nodes}
    for _, a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)

    def find(x: Node) -> Node:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Ties broken by the nodes, so the same edges in any order give the same groups.
    for _, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        joined = members[ra] + members[rb]
        if not _may_join(
            members[ra], members[rb], joined, neighbours, sentence_of, max_sentences, consistent
        ):
            continue
        parent[rb] = ra
        members[ra] = joined
        del members[rb]
    return [sorted(g) for root, g in members.items() if find(root) == root]


def _may_join(left, right, joined, neighbours, sentence_of, max_sentences, consistent) -> bool:
    in_group = set(joined)
    # Only two nodes of one article can clash: each is checked against the other side's nodes
    # of its own article (a story's groups join dozens of nodes, few of one article).
    by_article: dict[int, list[Node]] = {}
    for y in right:
        by_article.setdefault(y[0], []).append(y)
    for x in left:
        for y in by_article.get(x[0], ()):
            if sentence_of(x) == sentence_of(y):
                continue
            # Two sentences of one article: only when a node of the group is joined to both.
            if neighbours[x] & neighbours[y] & in_group:
                continue
            if consistent is None or not consistent(x, y):
                return False
    per_article: dict[int, set[int]] = {}
    for node in joined:
        per_article.setdefault(node[0], set()).add(sentence_of(node))
    return all(len(s) <= max_sentences for s in per_article.values())


def _claims(articles, analyses, edges, dates) -> tuple[Claim, ...]:
    nodes = sorted({e[1] for e in edges} | {e[2] for e in edges})
    groups = group(nodes, [(s, a, b) for s, a, b, _ in edges], lambda n: n[1], MAX_CLAIM_SENTENCES)
    by_group = _edges_by_group(groups, edges)
    claims = []
    for g in groups:
        if len({node[0] for node in g}) < 2:
            continue
        index = {node: k for k, node in enumerate(g)}
        members = []
        for art, s in g:
            sentence = analyses[art].sentences[s]
            members.append(
                ClaimMember(
                    art,
                    s,
                    sentence.text,
                    sentence.start,
                    sentence.end,
                    attribute(analyses[art].sentences, s),
                )
            )
        relations = tuple(
            MemberRelation(index[a], index[b], rel, score) for score, a, b, rel in by_group[id(g)]
        )
        copies = _copies(members, relations, dates)
        claims.append(Claim(tuple(members), relations, earliest(g, dates), copies))
    # The order a reader meets them in: most outlets first, then the first article's order.
    claims.sort(key=lambda c: (-len(c.articles), c.members[0].article, c.members[0].sentence))
    return tuple(claims)


def _edges_by_group(groups: list[list[Node]], edges) -> dict[int, list]:
    """The edges whose two ends fell in one group, by the group's id()."""
    where = {node: id(g) for g in groups for node in g}
    out: dict[int, list] = {id(g): [] for g in groups}
    for edge in edges:
        ga, gb = where.get(edge[1]), where.get(edge[2])
        if ga is not None and ga == gb:
            out[ga].append(edge)
    return out


def _copies(members: Sequence[ClaimMember], relations, moments) -> tuple[Copy, ...]:
    """Every two members of different articles that carry a passage word for word. Measured on
    the words themselves, not on the link: a copy with a new lead-in, its punctuation changed
    or its end cut scores as `shared`, not `identical`, yet carries the passage."""
    from services.compare.reuse import carried, copied, reuse_words

    identical = {(r.a, r.b) for r in relations if r.relation == LinkRelation.IDENTICAL.value}
    words = [reuse_words(m.text) for m in members]
    copies = []
    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            if members[a].article == members[b].article:
                continue
            run = carried(words[a], words[b])
            if (a, b) in identical or (b, a) in identical or copied(words[a], words[b], run):
                source = _source(members[a].article, members[b].article, a, b, moments)
                copies.append(Copy(a, b, source, run))
    return tuple(copies)


def _source(art_a: int, art_b: int, a: int, b: int, moments) -> int | None:
    """Member `a` or `b`, whichever article was published first; None when it cannot be told."""
    from services.text.moments import order

    first = order(moments[art_a], moments[art_b])
    if first == -1:
        return a
    if first == 1:
        return b
    return None


def _figures(analyses, edges, dates) -> tuple[Figure, ...]:
    nodes = [
        (art, k)
        for art, an in enumerate(analyses)
        for k, q in enumerate(an.quantities)
        if q.kind not in NOT_FIGURES
    ]

    def sentence_of(node: Node) -> int:
        return analyses[node[0]].quantities[node[1]].sentence

    def consistent(x: Node, y: Node) -> bool:
        # An article does not contradict itself: two of its figures in different sentences are
        # one figure only if both can hold (002's «نحو 60» and «العشرات» of the same transfer:
        # [54, 66] inside [20, 99]); 12,000 held and 60 moved stay two.
        return _overlap(analyses[x[0]].quantities[x[1]], analyses[y[0]].quantities[y[1]])

    groups = group(
        nodes,
        [(s, a, b) for s, a, b, _, _ in edges],
        sentence_of,
        MAX_FIGURE_SENTENCES,
        consistent,
    )
    by_group = _edges_by_group(groups, edges)
    figures = []
    for g in groups:
        index = {node: k for k, node in enumerate(g)}
        members = tuple(FigureMember(art, k, analyses[art].quantities[k]) for art, k in g)
        relations = tuple(
            MemberRelation(index[a], index[b], rel, score, note)
            for score, a, b, rel, note in by_group[id(g)]
        )
        relations += _value_relations(members, relations)
        low, high = spread(m.quantity for m in members)
        figures.append(
            Figure(
                topic_label(members, analyses),
                members,
                relations,
                low,
                high,
                earliest(g, dates),
            )
        )
    figures.sort(key=lambda f: (-len(f.articles), f.members[0].article, f.members[0].index))
    return tuple(figures)


def _value_relations(
    members: Sequence[FigureMember], paired: Sequence[MemberRelation]
) -> tuple[MemberRelation, ...]:
    """The relation of every two members of different articles that no comparison paired
    (000's «أكثر من 100» and 002's «نحو 60», both paired with other members of the row): what
    their intervals say (compare.discrepancies.relation), score 0."""
    from services.compare.discrepancies import note, relation

    done = {frozenset((r.a, r.b)) for r in paired}
    out = []
    for a, ma in enumerate(members):
        for b in range(a + 1, len(members)):
            mb = members[b]
            if ma.article == mb.article or frozenset((a, b)) in done:
                continue
            rel = relation(ma.quantity, mb.quantity)
            out.append(MemberRelation(a, b, rel.value, 0.0, note(ma.quantity, mb.quantity, rel)))
    return tuple(out)


def _overlap(a: Quantity, b: Quantity) -> bool:
    """Whether two figures' intervals share a value (None bounds are open)."""
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if alo is not None and bhi is not None and alo > bhi:
        return False
    return not (blo is not None and ahi is not None and blo > ahi)


def spread(quantities) -> tuple[float | None, float | None]:
    """The lowest low and the highest high; None where a quantity is unbounded there.

    >>> from services.models import Kind, Quantity
    >>> q = lambda lo, hi: Quantity("", 0, 0, None, lo, hi, False, Kind.COUNT)
    >>> spread([q(54, 66), q(750, 750), q(100, None)])
    (54, None)
    """
    lows, highs = [], []
    for q in quantities:
        lo, hi = _interval(q)
        lows.append(lo)
        highs.append(hi)
    low = None if not lows or any(x is None for x in lows) else min(lows)
    high = None if not highs or any(x is None for x in highs) else max(highs)
    return low, high


def _interval(q: Quantity) -> tuple[float | None, float | None]:
    """A figure's (low, high) as `spread` reads it: an exact figure is its value at both ends;
    a range open at one end is None there."""
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None or q.low is not None else q.value
    return lo, hi


def topic_label(members: Sequence[FigureMember], analyses) -> str:
    """A short label from the text: the event word nearest a member's figure and the noun it
    counts, as written («نقل … إرهابيا»); the most frequent of each among the members."""
    nouns: dict[str, list[str]] = {}  # the counted noun's stem: its forms as written
    events: dict[str, int] = {}
    for m in members:
        q = m.quantity
        if q.counted:
            nouns.setdefault(q.counted_stem or q.counted, []).append(q.counted)
        word = _event_word(q, analyses[m.article].tokens)
        if word:
            events[word] = events.get(word, 0) + 1
    # The noun most members count (its first form as written), the event word most use.
    forms = max(nouns.values(), key=len, default=[""])
    noun = forms[0]
    event = max(events, key=lambda w: (events[w], -len(w)), default="")
    if event and noun:
        return f"{event} … {noun}"
    return event or noun or _unit_word(members) or members[0].quantity.kind.value


def _unit_word(members: Sequence[FigureMember]) -> str:
    """The unit as the first member writes it (ساعات, كيلومترا, دولار): the last word of a
    measured figure, when its text has words besides its number."""
    for m in members:
        q = m.quantity
        words = q.text.split()
        if q.unit and len(words) > 1 and not any(ch.isdigit() for ch in words[-1]):
            return words[-1]
    return ""


_EVENT_REACH = 4  # words either side of a figure where the word saying what happened is looked for


def _event_word(q: Quantity, tokens) -> str | None:
    from services.text.lexicon import bare_forms, event_classes, fold

    if not tokens:
        return None
    starts = tokens.starts if hasattr(tokens, "starts") else [t.start for t in tokens]
    first = bisect_left(starts, q.start)
    last = bisect_left(starts, q.end)
    classes = event_classes()
    best: tuple[int, int, str] | None = None
    for k in range(max(0, first - _EVENT_REACH), min(len(tokens), last + _EVENT_REACH)):
        if first <= k < last:
            continue
        t = tokens[k]
        if fold(t.stem) in classes or any(b in classes for b in bare_forms(t.norm)):
            after = k >= last
            distance = k - last + 1 if after else first - k
            if best is None or (distance, after) < best[:2]:
                best = (distance, after, t.text)
    return best[2] if best else None


# --- the riwaya.story/1 document ----------------------------------------------------------

FORMAT = "riwaya.story/1"


def story_to_json(story: Story) -> dict:
    """The story in the "riwaya.story/1" shape. Members name articles by library id; relations
    name members by their index in the claim or figure. Extra keys beyond the issue's shape:
    each article's outlet and date, a claim's relations and copies, a figure's spread, first
    article, and each member's quantity index, qualifier and kind."""
    from services.text.quantities import quantity_to_dict

    ids = [a.id for a in story.articles]

    def attribution(a: Attribution | None) -> dict | None:
        if a is None:
            return None
        return {"kind": a.kind, "source": a.source, "sentence": a.sentence, "via": a.via}

    def relations(rs: Sequence[MemberRelation]) -> list[dict]:
        return [
            {"a": r.a, "b": r.b, "relation": r.relation, "score": round(r.score, 3)}
            | ({"note": r.note} if r.note else {})
            for r in rs
        ]

    def figure_member(m: FigureMember) -> dict:
        q = quantity_to_dict(m.quantity)
        return {
            "article": ids[m.article],
            "sentence": m.quantity.sentence,
            "text": m.quantity.text,
            "value": q["value"],
            "low": q["low"],
            "high": q["high"],
            "quantity": m.index,
            "kind": q["kind"],
            "counted": q["counted"],
            "qualifier": q["qualifier"],
        }

    first = lambda k: ids[k] if k is not None else None  # noqa: E731
    return {
        "format": FORMAT,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "date": a.date,
                "time": a.time,
                "path": a.path,
            }
            for a in story.articles
        ],
        "claims": [
            {
                "members": [
                    {
                        "article": ids[m.article],
                        "sentence": m.sentence,
                        "text": m.text,
                        "attribution": attribution(m.attribution),
                    }
                    for m in c.members
                ],
                "first": first(c.first),
                "copied": c.copied,
                "copies": [
                    {"a": k.a, "b": k.b, "source": k.source, "words": k.words} for k in c.copies
                ],
                "relations": relations(c.relations),
            }
            for c in story.claims
        ],
        "figures": [
            {
                "topic": f.topic,
                "members": [figure_member(m) for m in f.members],
                "relations": relations(f.relations),
                "low": quantity_to_dict_number(f.low),
                "high": quantity_to_dict_number(f.high),
                "first": first(f.first),
            }
            for f in story.figures
        ],
    }


def quantity_to_dict_number(x: float | None) -> float | int | None:
    """A bound as the JSON shows it: whole numbers without ".0"."""
    if x is None or x != int(x):
        return x
    return int(x)
