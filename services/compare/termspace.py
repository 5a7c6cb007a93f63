"""Two articles' sentences as one space of weighted terms: the pair's merges (a word with
a clitic for the same word without it, verb forms that differ by a present-tense prefix), each
term weighed by its rarity across both articles' sentences, and what scoring a pair of
sentences needs of each (its weight, its trigrams, its roots), derived once per article where
the pair leaves it as it is (compare.analysis.PerArticle) and otherwise when first needed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from services.compare import tuning
from services.compare.analysis import PerArticle
from services.compare.terms import ROOT, SentenceTerms, gathered_grams, token_term
from services.models import Token
from services.text.lexicon import reporting_stems


@dataclass(frozen=True)
class TermSpace:
    """Two articles' sentences as weighted terms: conjunctions resolved, each term weighed by
    its rarity in the pair; each sentence's total weight and character trigrams are summed and
    gathered when a pair first needs them.
    """

    left: tuple[frozenset[str], ...]
    right: tuple[frozenset[str], ...]
    left_sequences: tuple[tuple[str, ...], ...]
    right_sequences: tuple[tuple[str, ...], ...]
    weights: dict[str, float]
    merged: dict[str, str]  # terms standing for another in this pair (see _merges)
    left_weights: Sequence[float]  # summed on first use (see _Weights)
    right_weights: Sequence[float]
    grams_left: Sequence[frozenset[str]]  # gathered on first use (see _Grams)
    grams_right: Sequence[frozenset[str]]
    denied_left: tuple[frozenset[str], ...] = ()  # terms a particle denies (لا توافق)
    denied_right: tuple[frozenset[str], ...] = ()
    # Each sentence's root companions (SentenceTerms.roots): merges leave them as they are.
    roots_left: tuple[tuple[str, ...], ...] = ()
    roots_right: tuple[tuple[str, ...], ...] = ()
    # terms of the words attributing a sentence's claim (SentenceTerms.attributed)
    said_left: tuple[frozenset[str], ...] = ()
    said_right: tuple[frozenset[str], ...] = ()

    def term(self, token: Token) -> str:
        """The term a word of either article stands for in this pair."""
        t = token_term(token)
        return self.merged.get(t, t)

    def weight(self, term: str) -> float:
        """How telling a term is in this pair (1 for a term of neither article's sentences)."""
        return self.weights.get(term, 1.0)


@dataclass(frozen=True)
class _ArticleTerms:
    """What a pair's merges and weights need of one article's sentences, once per article."""

    vocabulary: frozenset[str]  # every sentence's terms
    # Each distinct (term, options) of SentenceTerms.bare, in the order of its last sentence:
    # a term found in several sentences merges as in its last one that has a known option.
    bare: tuple[tuple[str, tuple[str, ...]], ...]
    bare_terms: frozenset[str]
    options: frozenset[str]
    prefixed: tuple[str, ...]  # terms that may start with a present-tense prefix (يحتجز)


def _article_terms(sentences: Sequence[SentenceTerms]) -> _ArticleTerms:
    vocabulary = frozenset(chain.from_iterable(s.terms for s in sentences))
    last: dict[tuple[str, tuple[str, ...]], None] = {}
    for s in sentences:
        for entry in s.bare:
            last.pop(entry, None)
            last[entry] = None
    options = frozenset(o for _, opts in last for o in opts)
    return _ArticleTerms(
        vocabulary,
        tuple(last),
        frozenset(term for term, _ in last),
        options,
        tuple([t for t in vocabulary | options if len(t) >= 4 and t[0] in "يتن"]),
    )


_terms_of = PerArticle(_article_terms)


def _verb_forms(candidates: Iterable[str], vocabulary: Container[str]) -> dict[str, str]:
    """Present-tense prefixes Snowball keeps (يحتجز, تحتجز, يقتل): forms in `vocabulary` that
    differ only by one of them, or from a form without it, become one term (احتجز stays
    apart). `candidates` are the terms of `vocabulary` of four letters or more starting with
    one of the prefixes (and may hold others)."""
    groups: dict[str, set[str]] = {}
    for t in candidates:
        if t in vocabulary:
            groups.setdefault(t[1:], set()).add(t)
    swap = {}
    for key, forms in groups.items():
        if key in vocabulary:
            forms = forms | {key}
        if len(forms) > 1:
            for f in forms:
                swap[f] = key
    return swap


class _Union:
    """Membership in the union of two containers, unless in either of two others (a view)."""

    __slots__ = ("_a", "_b", "_not_a", "_not_b")

    def __init__(
        self,
        a: Container[str],
        b: Container[str],
        not_a: Container[str] = frozenset(),
        not_b: Container[str] = frozenset(),
    ) -> None:
        self._a, self._b, self._not_a, self._not_b = a, b, not_a, not_b

    def __contains__(self, x: object) -> bool:
        return (x in self._a or x in self._b) and not (x in self._not_a or x in self._not_b)


def _merges(left: _ArticleTerms, right: _ArticleTerms) -> dict[str, str]:
    """Terms that stand for another in this pair of articles: a word with a clitic for the
    same word without it (وأضاف → أضاف when أضاف occurs on its own; وزير stays وزير), and
    verb forms that differ by a present-tense prefix (يحتجز, تحتجز)."""
    # Words seen without a clitic, and bare forms: where the verb forms are looked for.
    plain = _Union(left.vocabulary, right.vocabulary, left.bare_terms, right.bare_terms)
    options = _Union(left.options, right.options)
    either = _Union(plain, options)
    candidates = dict.fromkeys(left.prefixed)
    candidates.update(dict.fromkeys(right.prefixed))
    verbs = _verb_forms(candidates, either)
    merged: dict[str, str] = {}
    for term, opts in (*left.bare, *right.bare):
        found = next((o for o in opts if o in verbs or o in plain), None)
        if found is not None:
            merged[term] = found
    out = {}
    vocabulary = _Union(left.vocabulary, right.vocabulary)
    for t in merged.keys() | {v for v in verbs if v in vocabulary}:  # others stand for themselves
        r = merged.get(t, t)
        r = verbs.get(r, r)
        if r != t:
            out[t] = r
    return out


def _resolve(
    sentences: Sequence[SentenceTerms], merged: dict[str, str]
) -> tuple[list[frozenset[str]], list[tuple[str, ...]], list[frozenset[str]], list[frozenset[str]]]:
    """Each sentence's terms and sequence in this pair's terms, its denied terms and its
    attributing ones."""
    sets, sequences, denied, said = [], [], [], []
    for s in sentences:
        if not merged or s.terms.isdisjoint(merged):
            sets.append(s.terms)
            sequences.append(s.sequence)
            denied.append(s.denied)
            said.append(s.attributed)
            continue
        # map(merged.get, terms, terms): each term's stand-in, or the term itself
        sequence = tuple(map(merged.get, s.sequence, s.sequence))
        sets.append(frozenset(sequence))
        sequences.append(sequence)
        denied.append(frozenset(map(merged.get, s.denied, s.denied)) if s.denied else s.denied)
        said.append(
            frozenset(map(merged.get, s.attributed, s.attributed)) if s.attributed else s.attributed
        )
    return sets, sequences, denied, said


def term_space(left: Sequence[SentenceTerms], right: Sequence[SentenceTerms]) -> TermSpace:
    """Resolve conjunctions and weigh each term by its rarity across both articles' sentences."""
    left_terms, right_terms = _terms_of(left), _terms_of(right)
    merged = _merges(left_terms, right_terms)
    lt, lseq, ldenied, lsaid = _resolve(left, merged)
    rt, rseq, rdenied, rsaid = _resolve(right, merged)

    # In how many sentences of the two each term is, in this pair's terms (counted in C).
    df = Counter(chain.from_iterable(lt))
    df.update(chain.from_iterable(rt))
    n = len(lt) + len(rt)
    reporting = reporting_stems()
    # Inverse sentence frequency over the two articles, scaled to 1 for a term found once, so
    # a pair of one-sentence headlines still weighs its terms sensibly; softened
    # (tuning.IDF_POWER).
    top = math.log(1.0 + n)
    by_count = {  # a few distinct counts among a thousand terms
        count: (math.log(1.0 + n / count) / top) ** tuning.IDF_POWER if n > 1 else 1.0
        for count in set(df.values())
    }
    # A term's rarity times its kind's weight: tuning.REPORTING_WEIGHT for a reporting word,
    # tuning.ROOT_WEIGHT for a root companion, 1 for any other.
    reporting_weight, root_weight = tuning.REPORTING_WEIGHT, tuning.ROOT_WEIGHT
    weights = {
        term: by_count[count]
        * (reporting_weight if term in reporting else root_weight if term[0] == ROOT else 1.0)
        for term, count in df.items()
    }

    gathered: dict[frozenset[str], frozenset[str]] = {}
    # Merges join word terms only (a clitic, a verb prefix): each sentence keeps its roots, and
    # the right article's index of them is its own.
    return TermSpace(
        tuple(lt),
        tuple(rt),
        tuple(lseq),
        tuple(rseq),
        weights,
        merged,
        _Weights(lt, weights),
        _Weights(rt, weights),
        _Grams(left, lt, gathered, reporting),
        _Grams(right, rt, gathered, reporting),
        tuple(ldenied),
        tuple(rdenied),
        _roots(left),
        _roots(right),
        tuple(lsaid),
        tuple(rsaid),
    )


class _Weights(Sequence[float]):
    """Each sentence's weight in a pair (the sum of its terms'), summed when a pair first
    needs it (only candidate pairs are scored). fsum over a set: exactly rounded, so no score
    depends on the hash seed's order."""

    __slots__ = ("_sets", "_done", "_weights")

    def __init__(self, sets: list[frozenset[str]], weights: dict[str, float]) -> None:
        self._sets = sets
        self._done: list[float | None] = [None] * len(sets)
        self._weights = weights

    def __len__(self) -> int:
        return len(self._sets)

    def __getitem__(self, i):  # type: ignore[override]  # an int: slices are not needed
        w = self._done[i]
        if w is None:
            w = self._done[i] = math.fsum(map(self._weights.__getitem__, self._sets[i]))
        return w


class _Grams(Sequence[frozenset[str]]):
    """Each sentence's character trigrams in a pair, gathered when a pair first needs them:
    only candidate pairs are scored, and most sentences of two versions are identical (never
    scored) or share no root with the other article. A sentence the pair's merges leave as it
    is has them once per article (SentenceTerms.grams); two versions share most of the others
    word for word: each distinct set of terms has its trigrams gathered once (`gathered`)."""

    __slots__ = ("_sentences", "_sets", "_done", "_gathered", "_reporting")

    def __init__(
        self,
        sentences: Sequence[SentenceTerms],
        sets: list[frozenset[str]],
        gathered: dict[frozenset[str], frozenset[str]],
        reporting: frozenset[str],
    ) -> None:
        if len(sentences) != len(sets):
            raise ValueError("one set of terms for each sentence")
        self._sentences = sentences
        self._sets = sets
        self._done: list[frozenset[str] | None] = [None] * len(sets)
        self._gathered = gathered
        self._reporting = reporting

    def __len__(self) -> int:
        return len(self._sets)

    def __getitem__(self, i):  # type: ignore[override]  # an int: slices are not needed
        g = self._done[i]
        if g is None:
            s, terms = self._sentences[i], self._sets[i]
            if terms is s.terms:
                g = s.grams
            else:
                g = self._gathered.get(terms)
                if g is None:
                    g = self._gathered[terms] = gathered_grams(terms, self._reporting)
            self._done[i] = g
        return g


def _roots(sentences: Sequence[SentenceTerms]) -> tuple[tuple[str, ...], ...]:
    """Each sentence's root companions: a pair's merges join word terms only, so a merged
    sentence keeps its own."""
    return tuple(s.roots for s in sentences)
