"""What Riwaya reads out of one article's text once, and keeps in the library: its sentences,
quantities and word tokens, and what comparisons need of each sentence and figure. Everything
per article is computed here, so comparing two stored articles only does the pairwise work.
"""

from __future__ import annotations

import dataclasses
import json
import struct
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, count
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Generic, TypeVar

from services.models import Kind, Quantity, Sentence, Token, Tokens

if TYPE_CHECKING:
    from services.compare.figures import FigureReading
    from services.compare.terms import SentenceTerms
    from services.text.arabic import NormalizedText
    from services.text.markers import Marker

# Bump when sentence splitting, quantity reading, tokenising or the per-sentence and per-figure
# readings change, or when the stored shape changes, so stored analyses are redone.
# 2: word tokens stored. 3: sentence terms and figure readings stored. 4: magnitudes, basis
# points, toll verbs and parts of a group read; stems mend Snowball's ات, dual and proclitics.
# 5: duals of ألف, scores, wholes and old values, topics of money and new events read.
# 6: sentence terms fold countries, commodities and news synonyms. 7: qualifiers through الـ,
# ranges with لـ, 12.000 as thousands in counts, counted nouns read as their singular.
# 8: sentence terms carry each content word's ISRI root ("^" terms, compare.morphology).
# 9: no figure across a line break; speeds, power and energy read as such; %9.1, استرليني,
# degrees below zero and bare degrees (Celsius) read; aircraft models are names.
# 10: sentence terms record the words a negation particle denies (لا توافق).
# 11: placings (حل ثالثا), one whole unit (يوما كاملا), duals in construct (حالتي إصابة).
# 12: each figure's time markers (text.markers) stored, read once per article, not per pair.
# 13: roots of a word with و or ف before a hamza (وأغلقت) are the bare word's.
# 14: a dateline opening a sentence («بغداد (الشرق) -») gives no terms.
# 15: 22 آلية counts vehicles (آ is no article), البحارة الأربعة عشر is a count, an indefinite
#     ordinal names what it ranks (رابع عملية, صحفي رابع).
# 16: a broken plural's term is its singular's (broken_plurals.tsv).
# 17: events of courts (acquitted, convicted, built); و before an event word opens the next
#     clause, for the counted noun and for what happened to the figure before it.
# 18: a denied word's root is denied too (لم يعترف / اعترف).
# 19: a small number before من and a noun with a possessive counts it (القرار 13 من قضاتها);
#     a counted broken plural is read as its singular (قضاتها: قاض).
# 20: time markers read in a fixed order of a word's forms (was the hash seed's).
# 21: a definite dual of a counted noun (البلدان, الطرفان) is no figure.
# 22: the terms of the words attributing a sentence's claim (SentenceTerms.attributed).
# 23: a figure's event is the verb before it over a clause after its noun; a construct's head
#     names the topic (عجز الموازنة: deficit).
# 24: counts of different things listed together (5 جنود و3 مدنيين) read as parts
#     (Marker.LISTED); the counted noun says what happened to it first (300 وفاة).
# 25: a duration in falling units joined by و is one figure (ساعتين و6 دقائق و14 ثانية).
# 26: words that share an event word's stem but name something else (رحلة) say no event.
# 27: stored with one list of words and packed columns of numbers (analysis_to_json).
# 28: خُمس التمويل a fraction, «N درجة» after حرارة a temperature, 24 ألفاً takes the unit before
#     it, هدف واحد counts هدف, بين 1500 و2000 شخص no years, 90+3 no count, ناهز/قاربت about.
# 29: a count of some of a named group of people (أربعة من المصابين) is a part; a sum or share
#     takes its sentence's one topic (الواردات ... 3.1 في المائة لتصل إلى 183.9 مليار).
# 30: the stored words as one string, each sentence's lists of terms in one column.
# 31: a ة written ه meets its class (الحافله: &vehicles) and its root (فتاه, فتاة: ^فته).
# 32: a rate per one after a figure (300 دينار عن كل حاوية, لكل مهاجر) is for each (Marker.EACH).
# 33: each sentence's root companions stored (SentenceTerms.roots), not picked from its terms
#     by every comparison.
# 34: a negation particle followed by an exceptive (لم يرتفع سوى تسعة) denies nothing.
# 35: so does one before a verb of exceeding and a figure (لم تتعد المشاركة 38 في المئة).
# 36: a definite number after a construct counts its head when the gender fits (طائرات الصليب
#     الأحمر الست), a unit of time there makes a duration (الأيام الثلاثة), بيوم واحد a day.
# 37: words that share a class word's stem but name something else (وزارة, قضية, العامة:
#     reading_words.tsv not_classed) keep their own term.
# 38: a count of cases takes the dead or hurt named before it (عدد الوفيات إلى 33 حالة); the
#     counted noun, a broken plural too (9 نواب), is no context word.
# 39: a figure whose sentence frames a total over the year so far (منذ بداية العام, منذ يناير,
#     هذا العام) is marked Marker.PERIOD.
# 40: unit words (جنيه, ساعة, دولار) are no context word of a figure.
ANALYSIS_VERSION = 40


def analysis_stamp() -> str:
    """What a stored analysis records of the reading that made it: the code's ANALYSIS_VERSION
    and the digest of the word lists (an analyst's lexicon edit makes stored analyses stale)."""
    from services import lexicon

    return f"{ANALYSIS_VERSION}:{lexicon.digest()[:16]}"


@dataclass(frozen=True)
class Analysis:
    """Sentences, quantities and word tokens of one article's analysed text, with the terms of
    each sentence (compare.terms), the reading of each figure (compare.figures) and the
    time markers around each figure with a reading (text.markers; empty for the others).

    The last four may be empty for an analysis built by hand; comparisons then compute them.
    The tokens are a tuple when read from the text, `Tokens` when loaded from the library.
    """

    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]
    tokens: Sequence[Token] = ()
    terms: tuple[SentenceTerms, ...] = ()
    figures: tuple[FigureReading | None, ...] = ()
    markers: tuple[frozenset[Marker], ...] = ()


T = TypeVar("T")
K = TypeVar("K")


class PerArticle(Generic[T]):
    """What a comparison derives from parts of one article's analysis (its sentence terms,
    its quantities and figure readings) before pairing it, kept for the last `size` articles
    used: a story compares each of its articles with every other, the window one article with
    several.

    Keyed by the parts' identity: the parts are kept with their value, so their ids are never
    reused while they are in here. Threads may derive one value twice; never see another's.
    """

    def __init__(self, derive: Callable[..., T], size: int = 64) -> None:
        self._derive = derive
        self._size = size
        self._kept: dict[tuple[int, ...], tuple[tuple, T]] = {}

    def __call__(self, *parts: object) -> T:
        key = tuple(map(id, parts))
        kept = self._kept.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], parts, strict=True)):
            return kept[1]
        value = self._derive(*parts)
        if len(self._kept) >= self._size:
            self._kept.pop(next(iter(self._kept)), None)  # the oldest
        self._kept[key] = (parts, value)
        return value


def analyse(text: str, *, view: NormalizedText | None = None) -> Analysis:
    """Everything Riwaya reads from an article's analysed text; `view` is `normalize(text)`
    when the caller has it already."""
    from services.text.arabic import normalize, tokenize
    from services.text.quantities import extract_quantities
    from services.text.sentences import split_sentences

    sentences = split_sentences(text)
    if view is None:
        view = normalize(text)  # one normalised view for the figures and the words
    quantities = extract_quantities(text, sentences, view=view)
    return complete(Analysis(sentences, quantities, tokenize(text, view=view)), text)


def complete(analysis: Analysis, text: str) -> Analysis:
    """The analysis with whatever derived part it lacks (tokens, terms, figure readings, time
    markers)."""
    from services.compare.figures import read_figures
    from services.compare.terms import sentence_terms

    tokens = analysis.tokens
    if not tokens and text:
        from services.text.arabic import tokenize

        tokens = tokenize(text)
    terms = analysis.terms or sentence_terms(analysis.sentences, tokens, analysis.quantities)
    figures = analysis.figures or read_figures(analysis.quantities, analysis.sentences, tokens)
    markers = analysis.markers
    if len(markers) != len(analysis.quantities):
        markers = _figure_markers(text, analysis, figures)
    if (
        tokens is analysis.tokens
        and terms is analysis.terms
        and figures is analysis.figures
        and markers is analysis.markers
    ):
        return analysis
    return Analysis(analysis.sentences, analysis.quantities, tokens, terms, figures, markers)


def _figure_markers(
    text: str, analysis: Analysis, figures: Sequence[FigureReading | None]
) -> tuple[frozenset[Marker], ...]:
    """The time markers of each figure with a reading (a comparison reads no others): once
    per article, where comparing reads them for every pair it is in."""
    from services.text.markers import figure_markers

    # A figure's markers are read within its sentence and never past another count of it:
    # each figure is read among its sentence's figures only (the same markers, and an
    # import does not look at every figure of the article for each one).
    by_sentence: dict[int, list[Quantity]] = {}
    place = []  # each figure's position among its sentence's
    for q in analysis.quantities:
        near = by_sentence.setdefault(q.sentence, [])
        place.append(len(near))
        near.append(q)
    sentences = analysis.sentences
    return tuple(
        frozenset()
        if reading is None
        else figure_markers(text, by_sentence[q.sentence], sentences, place[n])
        for n, (q, reading) in enumerate(zip(analysis.quantities, figures, strict=True))
    )


# The stored form (ANALYSIS_VERSION 27 on) is one JSON object. Every string of the tokens, the
# sentence terms and the figure readings is stored once, in "words", and written elsewhere as
# its index there; the columns of numbers are packed (_pack), and lists of lists (each
# sentence's terms in order, each figure's events) are two packed columns: the lengths and
# the items. A 1,000-word article's analysis is 45 KB of UTF-8, mostly ASCII, where its plain
# JSON was 81 KB, mostly Arabic; it reads with 43 % fewer instructions (6.7 million against
# 11.8, callgrind, 10 generated articles) and is written with 17 % fewer (10.5 against 12.7):
# less to decode and parse, each distinct word one string hashed once, the numbers read in
# bulk. No pickle: a library may come from another analyst, and loading it must never run code.


def analysis_to_json(analysis: Analysis) -> str:
    """The stored form of `analysis` (see analysis_from_json)."""
    words = _Numbering()
    word = words.__getitem__
    tokens = analysis.tokens
    starts = [t.start for t in tokens]
    token_columns = [
        _pack(starts),
        _pack([t.end for t in tokens]),
        _pack(list(map(word, [t.norm for t in tokens]))),
        _pack(list(map(word, [t.stem for t in tokens]))),
    ]
    terms = analysis.terms
    stored_terms = {
        "tokens": _pack([n for s in terms for n in _token_range(s.tokens, starts)]),
        # each sentence's sequence, then each one's terms with options (`bare`), then each
        # one's denied and attributed terms, sorted as the strings, as before: the same sets,
        # built in the same order on loading
        "words": _pack_lists(
            [
                *(s.sequence for s in terms),
                *([term for term, _ in s.bare] for s in terms),
                *(sorted(s.denied) for s in terms),
                *(sorted(s.attributed) for s in terms),
            ],
            word,
        ),
        "options": _pack_lists([options for s in terms for _, options in s.bare], word),
        # each sentence's root companions, in their order: a comparison's sums over them add
        # in that order (alignment._candidate_scores)
        "roots": _pack_lists([s.roots for s in terms], word),
    }
    readings = [f for f in analysis.figures if f is not None]
    figures = {
        "events": _pack_lists([sorted(f.events) for f in readings], word),
        "context": _pack_lists([[c for c, _ in f.context] for f in readings], word),
        "nearness": [n for f in readings for _, n in f.context],
        "nouns": _pack([_noun_code(f, word) for f in analysis.figures]),
    }
    return json.dumps(
        {
            "version": analysis_stamp(),
            "sentences": _pack([n for s in analysis.sentences for n in (s.start, s.end)]),
            "quantities": list(map(attrgetter(*_QUANTITY_FIELDS), analysis.quantities)),
            "tokens": token_columns,
            "terms": stored_terms,
            "figures": figures,
            "markers": [sorted(m) for m in analysis.markers],
            "words": _joined(list(words)),  # last: the others number them
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


class _Numbering(dict):
    """Numbers what it is asked for, 0, 1, ... in the order first asked: the dict's keys are
    then the list of them. Lookups of known keys run in C (map(numbering.__getitem__, ...))."""

    def __missing__(self, key: Hashable) -> int:
        number = self[key] = len(self)
        return number


# A figure's code in "figures.nouns": whether it has a reading, and its noun's word.
_NO_READING = 0
_NO_NOUN = 1
_FIRST_NOUN = 2  # the code of words[0]


def _noun_code(reading: FigureReading | None, word: Callable[[str], int]) -> int:
    if reading is None:
        return _NO_READING
    return _NO_NOUN if reading.noun is None else _FIRST_NOUN + word(reading.noun)


_QUANTITY_FIELDS = tuple(f.name for f in dataclasses.fields(Quantity))  # stored in this order
_KINDS = {kind.value: kind for kind in Kind}  # Kind(value), a dict lookup where it is a call


def _token_range(sentence_tokens: Sequence[Token], token_starts: list[int]) -> tuple[int, int]:
    if not sentence_tokens:
        return 0, 0
    first = bisect_left(token_starts, sentence_tokens[0].start)
    return first, first + len(sentence_tokens)


# Packed numbers: a struct format character, then the hex of the numbers' little-endian
# bytes. Two bytes each when all are below 65,536 (a 1,000-word article's offsets and words),
# else four. Hex, not base64: half as long again, but decoded in 19 instructions a byte where
# base64 takes 33 (callgrind). struct, not array: array's constructor converts each number
# through PyArg_Parse, and choosing the width by max() walked each column once more (1.8 of
# the 12.8 million instructions of an article's write).
_NARROW, _WIDE = "H", "I"  # unsigned; 2 and 4 bytes in struct's standard sizes ("<")


def _pack(numbers: Sequence[int]) -> str:
    try:
        return _NARROW + struct.pack(f"<{len(numbers)}{_NARROW}", *numbers).hex()
    except struct.error:  # a number past 65,535 (or below 0: raised again)
        return _WIDE + struct.pack(f"<{len(numbers)}{_WIDE}", *numbers).hex()


def _unpack(text: str) -> tuple[int, ...]:
    code = text[:1]
    if code not in (_NARROW, _WIDE):
        raise ValueError(f"not a packed column: {text[:10]!r}")
    packed = bytes.fromhex(text[1:])
    return struct.unpack(f"<{len(packed) // struct.calcsize(code)}{code}", packed)


def _pack_lists(lists: Sequence[Iterable[K]], number: Callable[[K], int]) -> list[str]:
    """Lists of things as two packed columns: each list's length, then the numbers of all
    their items (`number`)."""
    items = list(map(number, chain.from_iterable(lists)))
    return [_pack(list(map(len, lists))), _pack(items)]


def _unpack_lists(stored: list[str], values: Sequence[T]) -> list[tuple[T, ...]]:
    """The lists _pack_lists stored, each number replaced by `values`' item there."""
    lengths, items = map(_unpack, stored)
    return _split(_lookup(values, items), lengths)


def _split(items: tuple[T, ...], lengths: Sequence[int]) -> list[tuple[T, ...]]:
    """`items` cut into consecutive tuples of these lengths."""
    ends = list(accumulate(lengths))
    return list(map(items.__getitem__, map(slice, [0, *ends], ends)))


def _lookup(values: Sequence[T], numbers: Sequence[int]) -> tuple[T, ...]:
    """`values[n]` for each of `numbers`: in one call where there are several (itemgetter
    takes 20 µs for an article's 1,500 terms, map with a lookup each 40)."""
    if len(numbers) > 1:
        return itemgetter(*numbers)(values)
    return tuple(values[n] for n in numbers)


def _joined(words: list[str]) -> str:
    """The words as one string, which starts with the character that separates them: one
    JSON string parses and splits in half the instructions of a list of 1,500 (a character
    no word has, a space unless a word list's class name holds one)."""
    if not words:
        return ""
    every = "".join(words)
    separator = next(c for c in map(chr, count(ord(" "))) if c not in every)
    return separator + separator.join(words)


def _split_words(joined: str) -> list[str]:
    return joined[1:].split(joined[0]) if joined else []


def analysis_from_json(data: str, text: str) -> Analysis | None:
    """The stored analysis of `text`, or None when it was made by another version or cannot be
    read (a damaged library file): the caller then analyses the text again."""
    try:
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.get("version") != analysis_stamp():
            return None
        return _analysis(raw, text)
    except (ValueError, TypeError, LookupError, struct.error):
        return None


def _analysis(raw: dict, text: str) -> Analysis:
    words = _split_words(raw["words"])
    bounds = _unpack(raw["sentences"])
    sentences = []
    for n, (start, end) in enumerate(zip(bounds[::2], bounds[1::2], strict=True)):
        # made as Token.of makes tokens (see _terms)
        sentence = object.__new__(Sentence)
        fields = sentence.__dict__
        fields["index"], fields["text"] = n, text[start:end]
        fields["start"], fields["end"] = start, end
        sentences.append(sentence)
    starts, ends, norms, stems = map(_unpack, raw["tokens"])
    tokens = Tokens(
        text, list(starts), list(ends), list(_lookup(words, norms)), list(_lookup(words, stems))
    )
    return Analysis(
        tuple(sentences),
        tuple(map(_quantity, raw["quantities"])),
        tokens,
        _terms(raw["terms"], tokens, words),
        _figures(raw["figures"], words),
        _markers(raw["markers"]),
    )


def _quantity(stored: list) -> Quantity:
    made = object.__new__(Quantity)
    fields = made.__dict__
    fields.update(zip(_QUANTITY_FIELDS, stored, strict=True))
    fields["kind"] = _KINDS[fields["kind"]]
    return made


def _terms(stored: dict, tokens: Tokens, words: list[str]) -> tuple[SentenceTerms, ...]:
    from services.compare.terms import SentenceTerms

    bounds = _unpack(stored["tokens"])
    n = len(bounds) // 2
    lists = _unpack_lists(stored["words"], words)
    sequences, bare_terms, denials, attributions = (lists[k * n : (k + 1) * n] for k in range(4))
    options = _unpack_lists(stored["options"], words)
    roots = _unpack_lists(stored["roots"], words)
    pairs = tuple(zip(chain.from_iterable(bare_terms), options, strict=True))
    bares = _split(pairs, list(map(len, bare_terms)))
    norms = tokens.norms
    made = []
    for k, (first, stop, sequence, bare, denied, attributed, own_roots) in enumerate(
        zip(bounds[::2], bounds[1::2], sequences, bares, denials, attributions, roots, strict=True)
    ):
        # Made as Token.of makes tokens, without the generated __init__'s object.__setattr__
        # a field (1.9 µs a SentenceTerms, 0.75 so): a load makes a hundred.
        terms = object.__new__(SentenceTerms)
        fields = terms.__dict__
        fields["index"] = k
        fields["tokens"] = tokens.between(first, stop)
        fields["key"] = "".join(norms[first:stop])  # as sentence_terms makes it
        fields["terms"] = frozenset(sequence)
        fields["sequence"] = sequence
        fields["bare"] = bare
        fields["denied"] = frozenset(denied) if denied else _NOTHING
        fields["attributed"] = frozenset(attributed) if attributed else _NOTHING
        fields["roots"] = own_roots  # stored: SentenceTerms.roots is not worked out again
        made.append(terms)
    return tuple(made)


def _figures(stored: dict, words: list[str]) -> tuple[FigureReading | None, ...]:
    from services.compare.figures import FigureReading

    lengths, terms = map(_unpack, stored["context"])
    pairs = tuple(zip(_lookup(words, terms), stored["nearness"], strict=True))
    readings = zip(_unpack_lists(stored["events"], words), _split(pairs, lengths), strict=True)
    figures: list[FigureReading | None] = []
    for code in _unpack(stored["nouns"]):
        if code == _NO_READING:
            figures.append(None)
            continue
        events, context = next(readings)
        reading = object.__new__(FigureReading)  # made as SentenceTerms are (_terms)
        fields = reading.__dict__
        fields["noun"] = None if code == _NO_NOUN else words[code - _FIRST_NOUN]
        fields["events"] = frozenset(events)
        fields["context"] = context
        figures.append(reading)
    return tuple(figures)


def _markers(stored: list[list[str]]) -> tuple[frozenset[Marker], ...]:
    from services.text.markers import Marker

    return tuple(frozenset(map(Marker, ms)) if ms else _NOTHING for ms in stored)


_NOTHING: frozenset = frozenset()
