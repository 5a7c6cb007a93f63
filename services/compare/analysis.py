"""What Riwaya reads out of one article's text once, and keeps in the library: its sentences,
quantities and word tokens, and what comparisons need of each sentence and figure. Everything
per article is computed here, so comparing two stored articles only does the pairwise work.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
ANALYSIS_VERSION = 26


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


def analysis_to_json(analysis: Analysis) -> str:
    token_starts = [t.start for t in analysis.tokens]
    return json.dumps(
        {
            "version": analysis_stamp(),
            "sentences": [[s.start, s.end] for s in analysis.sentences],
            # vars(): the fields as they are (asdict would deep-copy each value on the way).
            "quantities": [vars(q) for q in analysis.quantities],
            # Parallel lists keep the stored form compact and quick to load (a 1,000-word
            # article loads in a couple of milliseconds); the surface is sliced from the text.
            "tokens": {
                "start": [t.start for t in analysis.tokens],
                "end": [t.end for t in analysis.tokens],
                "norm": [t.norm for t in analysis.tokens],
                "stem": [t.stem for t in analysis.tokens],
            },
            "terms": [
                {
                    "tokens": _token_range(s.tokens, token_starts),
                    "key": s.key,
                    "sequence": list(s.sequence),
                    "bare": [[term, list(options)] for term, options in s.bare],
                    "denied": sorted(s.denied),
                    "attributed": sorted(s.attributed),
                }
                for s in analysis.terms
            ],
            "figures": [
                None
                if f is None
                else {"noun": f.noun, "events": sorted(f.events), "context": f.context}
                for f in analysis.figures
            ],
            "markers": [sorted(m) for m in analysis.markers],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _token_range(sentence_tokens: Sequence[Token], token_starts: list[int]) -> list[int]:
    if not sentence_tokens:
        return [0, 0]
    first = bisect_left(token_starts, sentence_tokens[0].start)
    return [first, first + len(sentence_tokens)]


def analysis_from_json(data: str, text: str) -> Analysis | None:
    """The stored analysis of `text`, or None when it was made by another version."""
    from services.compare.figures import FigureReading
    from services.compare.terms import SentenceTerms
    from services.text.markers import Marker

    raw = json.loads(data)
    if raw.get("version") != analysis_stamp():
        return None
    sentences = tuple(
        Sentence(i, text[start:end], start, end) for i, (start, end) in enumerate(raw["sentences"])
    )
    quantities = tuple(Quantity(**{**q, "kind": Kind(q["kind"])}) for q in raw["quantities"])
    t = raw["tokens"]
    tokens = Tokens(text, t["start"], t["end"], t["norm"], t["stem"])
    terms = tuple(
        SentenceTerms(
            n,
            tokens[s["tokens"][0] : s["tokens"][1]],
            s["key"],
            frozenset(s["sequence"]),
            tuple(s["sequence"]),
            tuple((term, tuple(options)) for term, options in s["bare"]),
            frozenset(s["denied"]),
            frozenset(s["attributed"]),
        )
        for n, s in enumerate(raw["terms"])
    )
    figures = tuple(
        None
        if f is None
        else FigureReading(
            f["noun"], frozenset(f["events"]), tuple((c, n) for c, n in f["context"])
        )
        for f in raw["figures"]
    )
    markers = tuple(
        frozenset(Marker(m) for m in ms) if ms else _NO_MARKERS for ms in raw["markers"]
    )
    return Analysis(sentences, quantities, tokens, terms, figures, markers)


_NO_MARKERS: frozenset = frozenset()
