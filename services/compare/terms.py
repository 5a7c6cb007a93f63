"""What one sentence says, as terms: its content words by light stem (figures by value,
countries, goods and classes of words as one term each), each word's ISRI root companion, the
words a negation denies, and the character trigrams of its terms. Computed once per article and
stored with its analysis (compare.analysis); compare.termspace weighs them in a pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, Generic, TypeVar

from services.lexicon import derived
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
    return lexicon_term(token.norm, fold(token.stem))


# Asked for every word of every article analysed, most of them met before (the story's names,
# its verbs): an import worker's instructions an article 89.7 -> 88.7 million (callgrind).
@derived(maxsize=65536)
def lexicon_term(norm: str, term: str) -> str:
    """One term for equivalent words: معتقل, سجين and مسلح are "&held"; قتلى, مقتل and قتل are
    "&killed"; شخص and أشخاص are "&people". Rewording these is the commonest paraphrase in
    news about people held, killed or moved. Words in no class, or in several, stay as they are.
    A word naming a country (غزة, اللبناني, باريس) is "%" + the country's key; words news uses
    for one another (رحيل/وفاة, توقيف/اعتقال: synonyms.tsv) are one "&" term. A final ه may be
    a ة written without its dots (الحافله, the way many write الحافلة): Snowball keeps it, so
    such a word is looked up as with ة too, and meets its class as the other spelling does.
    """
    place = place_of(norm)
    if place is not None:
        return "%" + place
    good = commodity_of(norm)
    if good is not None:
        return "$" + good
    if norm in _not_classed():
        return term
    for candidate in (term, *bare_forms(norm)) if norm[0] in CLITICS else (term,):
        found = _class_term(candidate)
        if found is not None:
            return found
    if norm[-1] == "ه" and len(norm) > 3:
        found = _class_term(_teh_marbuta_stem(norm))
        if found is not None:
            return found
    return term


@derived
def _not_classed() -> frozenset[str]:
    """The normalised words of reading_words.tsv not_classed, bare and with the article and
    clitics news puts before a noun (الوزارة, بوزارة, والقضايا): each is its own term."""
    from services.text.lexicon import word_list

    heads = ("", "ال", "وال", "بال", "لل", "فال", "كال", "و", "ب", "ل", "ف", "وب", "ول")
    words = word_list("not_classed")
    # and with the accusative alef (بلدا), as lexicon forms are read (services.text.lexicon)
    words |= {w + "ا" for w in words if w[-1] not in "اةىءه"}
    return frozenset(h + w for w in words for h in heads)


def _class_term(candidate: str) -> str | None:
    """The "&" term of a folded stem's class (noun, event, people, synonym), or None."""
    kinds = noun_classes().get(candidate) or event_classes().get(candidate)
    if kinds is not None and len(kinds) == 1:
        return "&" + next(iter(kinds))
    if candidate in people_nouns():
        return "&people"
    synonym = synonym_classes().get(candidate)
    if synonym is not None:
        return "&" + synonym
    return None


@derived(maxsize=65536)
def _teh_marbuta_stem(norm: str) -> str:
    """The folded stem of a normalised word ending in ه, read as ending in ة (الحافله → حافل)."""
    from services.text.arabic import stem

    return fold(stem(norm[:-1] + "ة"))


T = TypeVar("T")


class _once(Generic[T]):
    """functools.cached_property without its lock: Python 3.11 takes one on each first use
    (3.12 dropped it), and a stored article's sentences are new objects in every comparison
    that reads them, each asked for its roots and trigrams once (the lock was a fifth of
    that). Two threads may compute a value twice; both get equal values."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self._compute = compute
        self._name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]  # the descriptor, as on the class
        value = instance.__dict__[self._name] = self._compute(instance)
        return value


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
    # terms of the words that attribute the claim (وقالت المفوضية ... إن, بحسب الوزارة)
    attributed: frozenset[str] = frozenset()

    # Derived from `terms` alone, once per article (a story compares each article with every
    # other): used by every pair whose merges leave this sentence's terms as they are.
    @_once
    def grams(self) -> frozenset[str]:
        """The character trigrams of the terms, reporting words aside (see term_space)."""
        return gathered_grams(self.terms, reporting_stems())

    @_once
    def roots(self) -> tuple[str, ...]:
        """The root companions ("^" terms) among the terms, in the set's order (see
        alignment._candidate_scores)."""
        return tuple([t for t in self.terms if t[0] == ROOT])


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
        complementizers, sources = _attribution_words()
        reported = False  # a reporting word seen, no complementizer yet
        said_end = 0  # the sequence up to here attributes what follows (قالت الوزارة إن)
        source_start = -1  # the sequence from here attributes what precedes (بحسب الوزارة)
        for at, t in enumerate(words):
            if opening and t.end - s.start <= opening:
                continue  # the dateline: where and by whom, not what
            norm = t.norm
            if norm in denial:
                negating = 0 if _restricts(words, at, figures) else _NEGATION_REACH
                continue
            if norm in denying:
                negating = len(words)  # نفت الوزارة أن ...: the rest of the sentence
                continue
            if negating:
                # ما زالوا, لا يزال: "still", nothing is denied
                negating = 0 if norm in still else negating - 1
            if norm in complementizers and reported and not said_end:
                said_end = len(sequence)
            elif norm in sources and source_start < 0 and sequence:
                source_start = len(sequence)
            if figures:
                figure = next((q for q in figures if q.start <= t.start and t.end <= q.end), None)
                if figure is not None and t.stem != figure.counted_stem:
                    # The figure's words: its value (and unit) stand for them, once.
                    if id(figure) not in placed:
                        placed.add(id(figure))
                        sequence.append("#" + _format_value(figure.value))
                        sequence.append(ROOT + sequence[-1])
                        if figure.unit:
                            sequence.append("@" + figure.unit)
                    continue
            term, options = _word_term(norm, t.stem)
            if term is None:
                continue
            sequence.append(term)
            if not said_end and (term in reporting or not reporting.isdisjoint(options or ())):
                reported = True  # وأكد: a reporting word behind a conjunction
            was_denied = bool(negating)
            if negating:
                denied.add(term)
                negating = 0 if negating <= _NEGATION_REACH else negating
            if options is not None:
                bare[term] = options
            if term not in reporting:
                r = root_term(t.text) if term[0] not in CLASS_MARKS else ROOT + term
                sequence.append(r or ROOT + term)
                if was_denied and r is not None:
                    # the root too: لم يعترف denies what اعترف asserts, in another form
                    denied.add(r)
        for q in figures:
            if id(q) not in placed:  # a figure spelt by its counted noun alone (يومين)
                sequence.append("#" + _format_value(q.value))
                sequence.append(ROOT + sequence[-1])
        said = set(sequence[:said_end])
        if source_start >= 0:
            said.update(sequence[source_start:])
        content = sequence[said_end : source_start if source_start >= 0 else len(sequence)]
        said.difference_update(content)
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
                frozenset(said),
            )
        )
    return tuple(result)


@derived
def _attribution_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that end an attribution before its claim (قالت الوزارة إن, بأن) and those
    that start one after it (بحسب الوزارة), also with و before them (reading_words.tsv)."""
    from services.text.lexicon import word_list

    def with_conjunction(words: frozenset[str]) -> frozenset[str]:
        return words | {"و" + w for w in words}

    return (
        with_conjunction(word_list("complementizers")),
        with_conjunction(word_list("claim_sources")),
    )


def _restricts(words: Sequence[Token], at: int, figures: Sequence[Quantity]) -> bool:
    """Whether the negation particle at `at` restricts rather than denies, so that the claim
    is the one the sentence makes without the particle:
    - an exceptive follows within _EXCEPTIVE_REACH words (لم يرتفع سوى تسعة أسهم, لا تجدد إلا
      مرة واحدة, لم يسجل سوى 102 إصابة: only nine rose, renewable once, 102 recorded);
    - a verb of exceeding follows, then a figure within _EXCEPTIVE_REACH words of it (لم تتعد
      المشاركة 38 في المئة, لا تتجاوز المسافة 5 كيلومترات: at most): the figure is bounded,
      nothing is denied (لم يتجاوز الحد, without a figure, still denies).
    Asked at particles only: most sentences have none."""
    from services.text.lexicon import word_list

    after = words[at + 1 : at + 1 + _EXCEPTIVE_REACH]
    exceptives = word_list("exceptives")
    if any(t.norm in exceptives for t in after):
        return True
    if not after or not figures or after[0].norm not in word_list("exceeding_verbs"):
        return False
    verb_end = after[0].end
    reach = words[min(at + 1 + _EXCEPTIVE_REACH, len(words) - 1)].end
    return any(verb_end <= q.start <= reach for q in figures)


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
CLASS_MARKS = "&%$#@^"
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
# The particle, its verb, up to three words (a subject, a place: لم يتبق في المخيم إلا), then
# the exceptive.
_EXCEPTIVE_REACH = 5
ROOT = "^"  # the mark of a root companion term ("^رفع")


def root_term(surface: str) -> str | None:
    """The root term of a written word ("^رفع" for ارتفعت), or None when it has no useful root.
    A ة the ISRI rules leave in a root is written ه, as normalisation writes it: فتاة and فتاه,
    قمة and قمه (a ة written without its dots) have one root."""
    r = _root_terms.get(surface)
    if r is None:
        from services.compare.morphology import root

        found = root(surface).replace("\u0629", "\u0647")
        r = _root_terms[surface] = ROOT + found if len(found) >= 3 else ""
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
    term = lexicon_term(norm, fold(stem))
    if term[0] not in "&%$":
        # A broken plural stands for its singular (قضاة / قاضي, جرحى / جريح) where its light
        # stem never meets it and the ISRI rules give it another root; where the roots agree
        # (أسعار / سعر), they meet through their root already. A plural of a class is that class.
        from services.compare.morphology import root, singular
        from services.text.arabic import stem as stem_of

        one = singular(norm)
        if one is not None and root(norm) != root(one):
            return lexicon_term(one, fold(stem_of(one))), None
    if norm[0] in CLITICS and len(norm) > 3 and term[0] not in "&%$":  # بغزة is already a place
        return term, bare_forms(norm)
    return term, None


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


def gathered_grams(terms: frozenset[str], reporting: frozenset[str]) -> frozenset[str]:
    """The character trigrams of a sentence's terms, reporting words aside."""
    words = terms - reporting
    try:  # most terms' trigrams are known already
        return frozenset(chain.from_iterable(map(_gram_cache.__getitem__, words)))
    except KeyError:
        return frozenset(chain.from_iterable(map(_term_grams, words)))
