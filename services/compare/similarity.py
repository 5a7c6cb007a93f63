"""How alike two sentences are: content terms (light stems, figures by value) weighted by how
rare they are in the two articles, plus character n-grams of the stems for the word forms the
stemmer leaves apart (يضرب/تضرب, مقتل/قتل, أميركية/أمريكية). A country is one term however
it is named (غزة, اللبناني, باريس), and two headlines naming different ones score lower.

Over 600 lines, one module for now: the term space, the pair score and the opposition checks
(negation, swapped actors, opposite words) read the same per-sentence terms and sequences, and
change together when the weighting changes. The next split is the opposition checks
(`opposed`, `_swapped`, `_opposite`) into their own module beside the score.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import chain

from services.compare import tuning
from services.compare.analysis import PerArticle
from services.lexicon import derived, rows
from services.models import Kind, Quantity, Sentence, Token
from services.text.lexicon import (
    CLITICS,
    bare_forms,
    commodity_of,
    event_classes,
    fold,
    is_function_word,
    name_signs,
    noun_classes,
    people_nouns,
    place_of,
    place_regions,
    plain_set,
    reporting_stems,
    synonym_classes,
)

# Reporting words (reporting_words.tsv: قال, أضاف, وكالة ...) say little about which claim a
# sentence states: they weigh tuning.REPORTING_WEIGHT.

# Measured kinds are matched by value: "سبعة" and "٧" are the same term.
_VALUE_KINDS = frozenset(
    {
        Kind.COUNT,
        Kind.MONEY,
        Kind.PERCENT,
        Kind.LENGTH,
        Kind.AREA,
        Kind.WEIGHT,
        Kind.VOLUME,
        Kind.TEMPERATURE,
        Kind.DURATION,
        Kind.MAGNITUDE,
    }
)


def token_term(token: Token) -> str:
    """The similarity term of a word (before the pair's merges: see TermSpace.term)."""
    return _lexicon_term(token.norm, fold(token.stem))


def _lexicon_term(norm: str, term: str) -> str:
    """One term for equivalent words: معتقل, سجين and مسلح are "&held"; قتلى, مقتل and قتل are
    "&killed"; شخص and أشخاص are "&people". Rewording these is the commonest paraphrase in
    news about people held, killed or moved. Words in no class, or in several, stay as they are.
    A word naming a country (غزة, اللبناني, باريس) is "%" + the country's key; words news uses
    for one another (رحيل/وفاة, توقيف/اعتقال: synonyms.tsv) are one "&" term.
    """
    place = place_of(norm)
    if place is not None:
        return "%" + place
    good = commodity_of(norm)
    if good is not None:
        return "$" + good
    for candidate in (term, *bare_forms(norm)) if norm[0] in CLITICS else (term,):
        kinds = noun_classes().get(candidate) or event_classes().get(candidate)
        if kinds is not None and len(kinds) == 1:
            return "&" + next(iter(kinds))
        if candidate in people_nouns():
            return "&people"
        synonym = synonym_classes().get(candidate)
        if synonym is not None:
            return "&" + synonym
    return term


@dataclass(frozen=True)
class SentenceTerms:
    """What similarity needs of one sentence, computed once per article.

    `key` is the sentence's words in normalised form, run together: two sentences with the same
    key are identical to a reader (they differ only in diacritics, hamza forms, digits' script,
    spacing or punctuation). `terms` are the content terms and `sequence` the same terms in
    reading order (for finding a fragment inside a long sentence); `bare` maps a term whose
    word starts with a clitic the stemmer keeps (و, ف, ل, ب, ك) to the terms of the word
    without it, used when such a term occurs on its own in the pair; `denied` the terms of
    words a negation particle denies.
    """

    index: int
    tokens: Sequence[Token]
    key: str
    terms: frozenset[str]
    sequence: tuple[str, ...]
    bare: tuple[tuple[str, tuple[str, ...]], ...]
    denied: frozenset[str] = frozenset()  # terms a particle before them denies (لا توافق)

    # Derived from `terms` alone, once per article (a story compares each article with every
    # other): used by every pair whose merges leave this sentence's terms as they are.
    @cached_property
    def grams(self) -> frozenset[str]:
        """The character trigrams of the terms, reporting words aside (see term_space)."""
        return _gathered_grams(self.terms, reporting_stems())

    @cached_property
    def roots(self) -> tuple[str, ...]:
        """The root companions ("^" terms) among the terms, in the set's order (see
        alignment._candidate_scores)."""
        return tuple(t for t in self.terms if t[0] == _ROOT)


def _format_value(value: float) -> str:
    return f"{value:.6g}"


def sentence_terms(
    sentences: Sequence[Sentence], tokens: Sequence[Token], quantities: Sequence[Quantity] = ()
) -> tuple[SentenceTerms, ...]:
    """The terms of every sentence, from an article's tokens and quantities.

    A measured quantity becomes one term for its value (and one for its unit), replacing the
    number words or digits that spell it, so "سبعة أشخاص" and "٧ أشخاص" share two terms.
    """

    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.kind in _VALUE_KINDS and q.value is not None:
            by_sentence.setdefault(q.sentence, []).append(q)
    reporting = reporting_stems()
    denial, denying, still = _negation_words()
    result = []
    k = 0
    n = len(tokens)
    for s in sentences:
        while k < n and tokens[k].start < s.start:
            k += 1
        first = k
        while k < n and tokens[k].end <= s.end:
            k += 1
        words = tuple(tokens[first:k])
        figures = by_sentence.get(s.index, ())
        sequence: list[str] = []
        bare: dict[str, tuple[str, ...]] = {}
        placed: set[int] = set()
        negating = 0  # words left in which a content word is denied (لم يتم نقل: 2)
        denied: set[str] = set()
        opening = _dateline_end(s.text)
        for t in words:
            if opening and t.end - s.start <= opening:
                continue  # the dateline: where and by whom, not what
            norm = t.norm
            if norm in denial:
                negating = _NEGATION_REACH
                continue
            if norm in denying:
                negating = len(words)  # نفت الوزارة أن ...: the rest of the sentence
                continue
            if negating:
                # ما زالوا, لا يزال: "still", nothing is denied
                negating = 0 if norm in still else negating - 1
            if figures:
                figure = next((q for q in figures if q.start <= t.start and t.end <= q.end), None)
                if figure is not None and t.stem != figure.counted_stem:
                    # The figure's words: its value (and unit) stand for them, once.
                    if id(figure) not in placed:
                        placed.add(id(figure))
                        sequence.append("#" + _format_value(figure.value))
                        sequence.append(_ROOT + sequence[-1])
                        if figure.unit:
                            sequence.append("@" + figure.unit)
                    continue
            term, options = _word_term(norm, t.stem)
            if term is None:
                continue
            sequence.append(term)
            was_denied = bool(negating)
            if negating:
                denied.add(term)
                negating = 0 if negating <= _NEGATION_REACH else negating
            if options is not None:
                bare[term] = options
            if term not in reporting:
                r = root_term(t.text) if term[0] not in _CLASS_MARKS else _ROOT + term
                sequence.append(r or _ROOT + term)
                if was_denied and r is not None:
                    # the root too: لم يعترف denies what اعترف asserts, in another form
                    denied.add(r)
        for q in figures:
            if id(q) not in placed:  # a figure spelt by its counted noun alone (يومين)
                sequence.append("#" + _format_value(q.value))
                sequence.append(_ROOT + sequence[-1])
        key = "".join(t.norm for t in words)  # spaces too: "و من" is "ومن"
        result.append(
            SentenceTerms(
                s.index,
                words,
                key,
                frozenset(sequence),
                tuple(sequence),
                tuple(bare.items()),
                frozenset(denied),
            )
        )
    return tuple(result)


@derived
def _negation_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Particles that deny the words after them (لا, لم), verbs that deny the rest of their
    sentence (نفى), each also with و or ف before it; and the words after a particle that
    mean "still" (ما زال, لا يزال)."""

    def with_conjunction(words: frozenset[str]) -> frozenset[str]:
        return words | {c + w for w in words for c in "وف"}

    return (
        with_conjunction(plain_set("negations")),
        with_conjunction(plain_set("denial_verbs")),
        plain_set("still_verbs"),
    )


# Every content term has a companion "^" term weighing tuning.ROOT_WEIGHT of its rarity: for a
# word, its ISRI root (services.compare.morphology), so that ارتفعت meets ارتفاع and الأطفال
# meets طفل at less than a stem's worth; for a term that stands for a class of words already
# (&killed, %syria, $oil) or a figure (#60), the same term again, so that these weigh as much
# as a word against the roots. Roots under three letters come from words too short to tell
# apart: the word's own term is used.
_CLASS_MARKS = "&%$#@^"
# A word denied by a particle before it (لا توافق, لم يتم نقل) is kept in SentenceTerms.denied:
# it weighs as any word, and tells a sentence that denies a shared word (tuning.NEGATION_KEPT).
# A wire dateline opening a sentence says where and by whom it was filed, not what happened:
# «بغداد (الشرق) - أعلنت ...», «أنقرة (الأناضول) – قالت ...». Its words are no terms, or every
# lead of one outlet's agency copy would share them (الشرق, a city) and a lead written without
# one (or by another outlet) would lose them. A place of one or two words, an outlet in
# brackets (no digits: «قالت الوزارة إن (نحو 30) -» is no dateline), then a dash or a colon.
_DATELINE = re.compile(
    r"\s*[^\W\d_][^\s()\-–—:،,.\d]*(?:\s+[^\s()\-–—:،,.\d]+)?\s*\([^()\d]{2,30}\)\s*[-–—:]"
)


def _dateline_end(text: str) -> int:
    """Where a dateline opening `text` ends (code points), or 0.

    >>> _dateline_end("بغداد (الشرق) - أعلنت الوزارة")
    15
    """
    m = _DATELINE.match(text)
    return m.end() if m else 0


_NEGATION_REACH = 3  # the particle, up to two function words (لم يتم), then the word
_ROOT = "^"


def root_term(surface: str) -> str | None:
    """The root term of a written word ("^رفع" for ارتفعت), or None when it has no useful root."""
    r = _root_terms.get(surface)
    if r is None:
        from services.compare.morphology import root

        found = root(surface)
        r = _root_terms[surface] = _ROOT + found if len(found) >= 3 else ""
        if len(_root_terms) > 200_000:
            _root_terms.clear()
    return r or None


_root_terms: dict[str, str] = {}


# The term of a word depends on its normal form and stem alone, and articles repeat most of
# their words: each distinct (norm, stem) is looked up once (a news vocabulary of a few
# hundred thousand forms is a few tens of MB at most).
@derived(maxsize=200_000)
def _word_term(norm: str, stem: str) -> tuple[str | None, tuple[str, ...] | None]:
    """The similarity term of a word outside a figure (None for a function word or a single
    letter), and the terms of its forms without a clitic when it may carry one."""
    if len(norm) < 2 or is_function_word(norm) or norm in name_signs():
        return None, None
    term = _lexicon_term(norm, fold(stem))
    if term[0] not in "&%$":
        # A broken plural stands for its singular (قضاة / قاضي, جرحى / جريح) where its light
        # stem never meets it and the ISRI rules give it another root; where the roots agree
        # (أسعار / سعر), they meet through their root already. A plural of a class is that class.
        from services.compare.morphology import root, singular
        from services.text.arabic import stem as stem_of

        one = singular(norm)
        if one is not None and root(norm) != root(one):
            return _lexicon_term(one, fold(stem_of(one))), None
    if norm[0] in CLITICS and len(norm) > 3 and term[0] not in "&%$":  # بغزة is already a place
        return term, bare_forms(norm)
    return term, None


@dataclass(frozen=True)
class TermSpace:
    """Two articles' sentences as weighted terms: conjunctions resolved, each term weighed by
    its rarity in the pair, each sentence's total weight and character trigrams precomputed.
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
    # Each sentence's root companions, in its set's order (SentenceTerms.roots).
    roots_left: tuple[tuple[str, ...], ...] = ()
    roots_right: tuple[tuple[str, ...], ...] = ()
    # The right sentences (by position) each root is in: built once per article.
    index_right: dict[str, list[int]] = field(default_factory=dict)

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
    counts: dict[str, int]  # in how many sentences each term is


def _article_terms(sentences: Sequence[SentenceTerms]) -> _ArticleTerms:
    counts: Counter[str] = Counter()
    last: dict[tuple[str, tuple[str, ...]], None] = {}
    for s in sentences:
        counts.update(s.terms)
        for entry in s.bare:
            last.pop(entry, None)
            last[entry] = None
    vocabulary = frozenset(counts)
    options = frozenset(o for _, opts in last for o in opts)
    return _ArticleTerms(
        vocabulary,
        tuple(last),
        frozenset(term for term, _ in last),
        options,
        tuple(t for t in vocabulary | options if len(t) >= 4 and t[0] in "يتن"),
        dict(counts),
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
    """Membership in the union of two sets, unless in the union of two others (a view)."""

    __slots__ = ("_a", "_b", "_not_a", "_not_b")

    def __init__(self, a, b, not_a=frozenset(), not_b=frozenset()) -> None:
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
    either = _Either(plain, options)
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


class _Either:
    """Membership in either of two containers."""

    __slots__ = ("_a", "_b")

    def __init__(self, a: Container[str], b: Container[str]) -> None:
        self._a, self._b = a, b

    def __contains__(self, x: object) -> bool:
        return x in self._a or x in self._b


def _resolve(
    sentences: Sequence[SentenceTerms], merged: dict[str, str]
) -> tuple[list[frozenset[str]], list[tuple[str, ...]], list[frozenset[str]]]:
    """Each sentence's terms and sequence in this pair's terms, and its denied terms."""
    sets, sequences, denied = [], [], []
    for s in sentences:
        if not merged or s.terms.isdisjoint(merged):
            sets.append(s.terms)
            sequences.append(s.sequence)
            denied.append(s.denied)
            continue
        sequence = tuple(merged.get(t, t) for t in s.sequence)
        sets.append(frozenset(sequence))
        sequences.append(sequence)
        denied.append(frozenset(merged.get(t, t) for t in s.denied))
    return sets, sequences, denied


_gram_cache: dict[str, tuple[str, ...]] = {}


def _term_grams(term: str) -> tuple[str, ...]:
    """Character trigrams of a term with word-boundary marks; figures match only as a whole."""
    g = _gram_cache.get(term)
    if g is None:
        if len(_gram_cache) > 200_000:
            _gram_cache.clear()
        padded = f"<{term}>"
        if term[0] == "%":
            # A country is one "trigram": its names' letters (تركيا, أنقرة) say nothing more,
            # and more would let one shared place link two headlines about it (زلزال في
            # المغرب / الذهب في المغرب).
            g = (term,)
        elif term[0] == "$":  # a good: the trigrams of a short word (نفط, ذهب)
            g = (term + "1", term + "2", term + "3")
        elif term[0] in "#@&^":  # figures, classes and roots match only as a whole
            g = ()
        else:
            g = tuple(padded[i : i + 3] for i in range(len(padded) - 2))
        _gram_cache[term] = g
    return g


def term_space(left: Sequence[SentenceTerms], right: Sequence[SentenceTerms]) -> TermSpace:
    """Resolve conjunctions and weigh each term by its rarity across both articles' sentences."""
    left_terms, right_terms = _terms_of(left), _terms_of(right)
    merged = _merges(left_terms, right_terms)
    lt, lseq, ldenied = _resolve(left, merged)
    rt, rseq, rdenied = _resolve(right, merged)

    # In how many sentences of the two each term is: each article's counts, and what the
    # pair's merges change in them.
    changed: Counter[str] = Counter()
    for sentences, sets in ((left, lt), (right, rt)):
        for s, terms in zip(sentences, sets, strict=True):
            if terms is not s.terms:
                changed.subtract(s.terms)
                changed.update(terms)
    df = _pair_counts(left_terms.counts, right_terms.counts, changed)
    n = len(lt) + len(rt)
    reporting = reporting_stems()
    # Inverse sentence frequency over the two articles, scaled to 1 for a term found once, so
    # a pair of one-sentence headlines still weighs its terms sensibly; softened
    # (tuning.IDF_POWER).
    top = math.log(1.0 + n)
    by_count: dict[int, float] = {}  # a few distinct counts among a thousand terms
    weights = {}
    for term, count in df.items():
        w = by_count.get(count)
        if w is None:
            rarity = math.log(1.0 + n / count) / top
            w = by_count[count] = rarity**tuning.IDF_POWER if n > 1 else 1.0
        if term in reporting:
            w *= tuning.REPORTING_WEIGHT
        elif term[0] == _ROOT:
            w *= tuning.ROOT_WEIGHT
        weights[term] = w

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
        _roots(left, lt),
        _roots(right, rt),
        _root_index(right),
    )


def _pair_counts(
    left: dict[str, int], right: dict[str, int], changed: dict[str, int]
) -> dict[str, int]:
    """Two articles' sentence counts of each term added up, with the pair's merges' changes
    (a term a merge took out of every sentence is left out)."""
    out = dict(left)
    get = out.get
    for term, c in right.items():
        out[term] = get(term, 0) + c
    if changed:
        for term, c in changed.items():
            out[term] = get(term, 0) + c
        out = {t: c for t, c in out.items() if c > 0}
    return out


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
                    g = self._gathered[terms] = _gathered_grams(terms, self._reporting)
            self._done[i] = g
        return g


def _index_roots(sentences: Sequence[SentenceTerms]) -> dict[str, list[int]]:
    """The sentences (by position) each root companion is in (alignment._candidate_scores)."""
    index: dict[str, list[int]] = {}
    for j, s in enumerate(sentences):
        for t in s.roots:
            index.setdefault(t, []).append(j)
    return index


_root_index = PerArticle(_index_roots)


def _roots(
    sentences: Sequence[SentenceTerms], sets: list[frozenset[str]]
) -> tuple[tuple[str, ...], ...]:
    """Each sentence's root companions in its set's order (a merged set is another set)."""
    return tuple(
        s.roots if terms is s.terms else tuple(t for t in terms if t[0] == _ROOT)
        for s, terms in zip(sentences, sets, strict=True)
    )


def _gathered_grams(terms: frozenset[str], reporting: frozenset[str]) -> frozenset[str]:
    """The character trigrams of a sentence's terms, reporting words aside."""
    words = terms - reporting
    try:  # most terms' trigrams are known already
        return frozenset(chain.from_iterable(map(_gram_cache.__getitem__, words)))
    except KeyError:
        return frozenset(chain.from_iterable(map(_term_grams, words)))


@dataclass(frozen=True)
class Score:
    """The parts of a similarity score, kept apart so thresholds can be measured on each."""

    dice: float  # weighted term overlap, both ways
    containment: float  # weighted overlap over the lighter sentence, within a stretch of the other
    grams: float  # character-trigram Dice
    shorter: float  # weight of the lighter sentence (how much evidence containment rests on)
    conflict: float = 1.0  # the share kept when two short sentences name different countries

    @property
    def value(self) -> float:
        return combine(self)


# How the parts combine (the numbers and their measurements: services.compare.tuning).
# Trigrams are left out of containment: a long sentence holds most trigrams of any short one
# (with them, a seed headline linked to an unrelated 60-word sentence at 0.48).


def combine(s: Score) -> float:
    # Below tuning.EVIDENCE (about three rare words' worth) a sentence is a label or a dateline
    # ("دولي سوريا العراق") whose few, common words match too easily.
    share = tuning.GRAM_SHARE
    base = min(1.0, s.shorter / tuning.EVIDENCE) * ((1.0 - share) * s.dice + share * s.grams)
    evidence = min(1.0, s.shorter / tuning.CONTAINMENT_EVIDENCE)
    contained = tuning.CONTAINMENT_DISCOUNT * evidence * s.containment
    return s.conflict * max(base, contained)


# Two short sentences that each name a country the other does not (زلزال يضرب المغرب / زلزال
# يضرب جنوب تركيا) are most often one template filled with two events: headlines are where
# outlets state the place first. Long sentences name places in passing, so they are left alone.
# Different figures are no such sign: two outlets' tolls for one event differ (60 / 750), and
# those are the conflicts a reader compares, so their sentences must stay linked.
# (tuning.PLACE_CONFLICT, tuning.SHORT)


def _uncovered(places: set[str], other: set[str]) -> bool:
    """Whether a place of `places` is neither in `other` nor a region or country of it."""
    regions = place_regions()
    inside = other | {"%" + regions[p[1:]] for p in other if p[1:] in regions}
    return any(p not in inside and "%" + regions.get(p[1:], "") not in other for p in places)


def _word_count(terms: frozenset[str]) -> int:
    """Terms of words and figures, without their root companions."""
    return sum(1 for t in terms if t[0] != _ROOT)


def _conflict(a: frozenset[str], b: frozenset[str]) -> float:
    # Every word has at most two terms (its own and its root's): a longer set is no headline.
    if len(a) > 2 * tuning.SHORT or len(b) > 2 * tuning.SHORT:
        return 1.0
    named_a, named_b = _named(a), _named(b)
    if named_a is None or named_b is None:
        return 1.0
    for places_a, places_b in zip(named_a, named_b, strict=True):  # countries, then goods
        if (
            places_a
            and places_b
            and _uncovered(places_a, places_b)
            and _uncovered(places_b, places_a)
        ):
            return tuning.PLACE_CONFLICT
    return 1.0


def _named(terms: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The countries and the goods a sentence of at most tuning.SHORT words names (None for a
    longer one), once per set of terms: a short sentence is scored against many."""
    found = _named_cache.get(terms, _UNSEEN)
    if found is _UNSEEN:
        if len(_named_cache) > 100_000:
            _named_cache.clear()
        found = _named_cache[terms] = (
            None
            if _word_count(terms) > tuning.SHORT
            else (
                frozenset(t for t in terms if t[0] == "%"),
                frozenset(t for t in terms if t[0] == "$"),
            )
        )
    return found  # type: ignore[return-value]


_UNSEEN = object()
_named_cache: dict[frozenset[str], object] = {}


def _local_shared(
    sequence: Sequence[str], shared: frozenset[str], weights: dict[str, float], width: int
) -> float:
    """The most shared weight found within `width` consecutive terms of `sequence`."""
    counts: dict[str, int] = {}
    total = best = 0.0
    for k, term in enumerate(sequence):
        if term in shared:
            c = counts.get(term, 0)
            if c == 0:
                total += weights[term]
            counts[term] = c + 1
        if k >= width:
            old = sequence[k - width]
            if old in shared:
                c = counts[old] - 1
                counts[old] = c
                if c == 0:
                    total -= weights[old]
        if total > best:
            best = total
    return best


def score_pair(space: TermSpace, i: int, j: int, shared_weight: float | None = None) -> Score:
    """The similarity parts of left sentence i and right sentence j."""
    a, b = space.left[i], space.right[j]
    w = space.weights
    wa, wb = space.left_weights[i], space.right_weights[j]
    shared = a & b
    if wa <= 0.0 or wb <= 0.0:
        return Score(0.0, 0.0, 0.0, 0.0)
    if shared_weight is None:
        shared_weight = math.fsum(map(w.__getitem__, shared))
    ga, gb = space.grams_left[i], space.grams_right[j]
    common = len(ga & gb) if ga and gb else 0
    g = 2.0 * common / (len(ga) + len(gb)) if common else 0.0
    # Containment is measured inside the stretch of the longer sentence that holds the most
    # of the shorter one: a headline's words scattered over a 60-word sentence are not it.
    short_len, long_seq = (
        (len(a), space.right_sequences[j]) if wa <= wb else (len(b), space.left_sequences[i])
    )
    width = max(6, round(tuning.STRETCH * short_len))
    local = shared_weight if len(long_seq) <= width else _local_shared(long_seq, shared, w, width)
    contained = local / min(wa, wb)
    conflict = _conflict(a, b)
    # One sentence denies a word both say (الحكومة توافق / الحكومة لا توافق).
    if space.denied_left and (space.denied_left[i] ^ space.denied_right[j]) & shared:
        conflict = min(conflict, tuning.NEGATION_KEPT)
    score = Score(2.0 * shared_weight / (wa + wb), contained, g, min(wa, wb), conflict)
    # Actors swapped around a verb, or words of opposite ends of one scale: looked for only
    # where they could decide a link.
    if score.value >= tuning.LINK_THRESHOLD:
        if _swapped(space.left_sequences[i], space.right_sequences[j], shared, w):
            score = replace(score, conflict=min(score.conflict, tuning.SWAPPED_KEPT))
        if _opposite(space.left_sequences[i], space.right_sequences[j]):
            score = replace(score, conflict=min(score.conflict, tuning.OPPOSITE_KEPT))
    return score


def opposed(space: TermSpace, i: int, j: int) -> bool:
    """Whether left sentence i and right sentence j state opposite claims in shared words: one
    denies a word both say, the actors around one verb are swapped, or they name opposite ends
    of one scale (ارتفع / انخفض)."""
    shared = space.left[i] & space.right[j]
    if space.denied_left and (space.denied_left[i] ^ space.denied_right[j]) & shared:
        return True
    if _opposite(space.left_sequences[i], space.right_sequences[j]):
        return True
    return _swapped(space.left_sequences[i], space.right_sequences[j], shared, space.weights)


@derived
def _opposite_ends() -> dict[str, frozenset[tuple[str, str]]]:
    """The (scale, end) of each term standing for a word of opposites.tsv: the word's class
    ("^&killed", so قتل stands for every word of killed) or, for a word of no class, its root
    ("^رفع" for ارتفع, ارتفعت, يرتفع, ارتفاع)."""
    from services.text.arabic import normalize_plain, stem

    out: dict[str, set[tuple[str, str]]] = {}
    for row in rows("opposites"):
        scale, end, word = row.cells
        term = _lexicon_term(normalize_plain(word), fold(stem(word)))
        key = _ROOT + term if term[0] == "&" else root_term(word)
        if key is not None:
            out.setdefault(key, set()).add((scale, end))
    return {k: frozenset(v) for k, v in out.items()}


def _opposite(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two sentences (term sequences) name opposite ends of one scale in the same place:
    ارتفع المؤشر / انخفض المؤشر, أيدت المحكمة الحكم / ألغت المحكمة الحكم, قتل ثلاثة مدنيين /
    أصيب ثلاثة مدنيين. The two words must have a neighbour in common (the word before or after
    them), so that «رفع الأهلي رصيده ... فيما تراجع الزمالك» opposes nothing in «وعزز الأهلي
    صدارته»; a sentence naming both ends of a scale (ارتفع ثم تراجع) opposes nothing on it.
    """
    ends = _opposite_ends()
    found_a = _ends_in(_single_words(a), ends)
    if not found_a:
        return False
    found_b = _ends_in(_single_words(b), ends)
    for scale in {s for s, _, _ in found_a} & {s for s, _, _ in found_b}:
        at_a = {e for s, e, _ in found_a if s == scale}
        at_b = {e for s, e, _ in found_b if s == scale}
        if not at_a.isdisjoint(at_b):
            continue
        near_a = {n for s, _, near in found_a if s == scale for n in near}
        if any(near_a & near for s, _, near in found_b if s == scale):
            return True
    return False


_NEAR = 2  # an actor or a thing of two words (معدل التضخم, المحكمة الإدارية) is still near


def _ends_in(
    words: tuple[tuple[str, str | None], ...], ends: dict[str, frozenset[tuple[str, str]]]
) -> list[tuple[str, str, frozenset[tuple[int, str]]]]:
    """(scale, end, neighbours) of each word of `words` at one end of a scale; a neighbour is
    the term of one of the _NEAR words before (-1) or after (+1) it."""
    out = []
    for k, (_, r) in enumerate(words):
        for scale, end in ends.get(r, ()) if r is not None else ():
            near = {(-1, t) for t, _ in words[max(0, k - _NEAR) : k]}
            near.update((1, t) for t, _ in words[k + 1 : k + 1 + _NEAR])
            out.append((scale, end, frozenset(near)))
    return out


def _swapped(
    a: Sequence[str], b: Sequence[str], shared: frozenset[str], weights: dict[str, float]
) -> bool:
    """Whether two sentences put the same words on opposite sides of one verb (الجيش طرد
    المسلحين / المسلحين طردوا الجيش, الأجهزة الأمنية تلاحق المهربين / المهربين يلاحقون الأجهزة
    الأمنية: who did what to whom). The words around match by their terms, within two words of
    the verb, and the verb by its root (طرد / طردوا). Headlines reorder a topic and a comment
    freely (تونس: انطلاق الانتخابات ... / ... الانتخابات الرئاسة التونسية), but not around one
    verb between its two actors."""
    words_a = _single_words(a)
    words_b = _single_words(b)
    if len(words_a) < 3 or len(words_b) < 3:
        return False

    def outer(term: str) -> bool:
        return term in shared and weights.get(term, 1.0) >= 0.5

    # Around each verb (by its root): the words just before and just after it, two each way,
    # so that an actor of two words (الأجهزة الأمنية) counts as one.
    sides_b: dict[str, list[tuple[set[str], set[str]]]] = {}
    for m, (_, root) in enumerate(words_b):
        if root is not None:
            before = {t for t, _ in words_b[max(0, m - 2) : m] if outer(t)}
            after = {t for t, _ in words_b[m + 1 : m + 3] if outer(t)}
            if before and after:
                sides_b.setdefault(root, []).append((before, after))
    if _swapped_after_verb(words_a, words_b, outer, set(a) == set(b)):
        return True
    if not sides_b:
        return False
    for k, (_, root) in enumerate(words_a):
        for before_b, after_b in sides_b.get(root, ()) if root is not None else ():
            before = {t for t, _ in words_a[max(0, k - 2) : k] if outer(t)}
            after = {t for t, _ in words_a[k + 1 : k + 3] if outer(t)}
            if before & after_b and after & before_b and not (before & before_b):
                return True
    return False


def _swapped_after_verb(
    words_a: tuple[tuple[str, str | None], ...],
    words_b: tuple[tuple[str, str | None], ...],
    outer,
    same_words: bool = False,
) -> bool:
    """Whether two sentences open on one verb, the same word, followed by the same actors with
    another one first: Arabic puts the verb first, then who acts, then on whom (فاز الأهلي على
    الزمالك / فاز الزمالك على الأهلي, طردت الجزائر السفير الفرنسي / طردت فرنسا السفير
    الجزائري). The verb must be the same word, not only the same root or class: a passive or a
    verbal noun moves the actors without swapping them (استهدفت غارة منزلاً / تم استهداف منزل
    بغارة, أنقذ خفر السواحل 47 مهاجراً / إنقاذ 47 مهاجراً على يد خفر السواحل). Only a verb that
    opens both sentences: inside a sentence a noun's modifiers move freely (أعلنت شركة الطاقة
    الوطنية / كشفت الشركة الوطنية للطاقة)."""
    (verb, root), (other, _) = words_a[0], words_b[0]
    # A class term (&won, &rescued) stands for a verb and its verbal noun alike (أنقذ / إنقاذ):
    # it opens both only when the two sentences are one set of words.
    if root is None or verb != other or (verb[0] in _CLASS_MARKS and not same_words):
        return False
    after_a = [t for t, _ in words_a[1 : 1 + _AFTER_VERB] if outer(t)]
    after_b = [t for t, _ in words_b[1 : 1 + _AFTER_VERB] if outer(t)]
    # A word said twice in a window has no one place: it is left out.
    once_b = [t for t in after_b if after_b.count(t) == 1]
    common = [t for t in after_a if after_a.count(t) == 1 and t in once_b]
    if len(common) < 2:
        return False
    return common[0] != min(common, key=once_b.index)


# Who acts and on whom follow their verb within this many words (هزم مرشح المعارضة الرئيس الحالي).
_AFTER_VERB = 4


@lru_cache(maxsize=4096)
def _single_words(sequence: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """A sentence's words in order, figures aside: each word's term and its root companion
    (None for a word without one, such as قال)."""
    words: list[list[str | None]] = []
    for t in sequence:
        if t[0] == "^":
            if words and words[-1][1] is None:
                words[-1][1] = t
        elif t[0] not in "#@":
            words.append([t, None])
    return tuple((w[0], w[1]) for w in words)
