"""What Riwaya reads out of one article's text once, and keeps in the library: its sentences,
its quantities and its word tokens (normalised form and stem). Comparisons start from two
analyses, so everything per-article that a comparison needs is computed here, not per pair.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from services.models import Kind, Quantity, Sentence, Token

# Bump when sentence splitting, quantity reading or tokenising changes, or when the stored
# shape changes, so stored analyses are redone.
# 2: word tokens (start, end, normalised form, stem) stored with the analysis.
ANALYSIS_VERSION = 2


@dataclass(frozen=True)
class Analysis:
    """Sentences, quantities and word tokens of one article's analysed text.

    `tokens` may be empty for an analysis built by hand; comparisons then tokenise the text.
    """

    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]
    tokens: tuple[Token, ...] = ()


def analyse(text: str) -> Analysis:
    """Sentences, quantities and word tokens of an article's analysed text."""
    from services.arabic import tokenize
    from services.quantities import extract_quantities
    from services.sentences import split_sentences

    sentences = split_sentences(text)
    return Analysis(sentences, extract_quantities(text, sentences), tokenize(text))


def analysis_to_json(analysis: Analysis) -> str:
    return json.dumps(
        {
            "version": ANALYSIS_VERSION,
            "sentences": [[s.start, s.end] for s in analysis.sentences],
            "quantities": [asdict(q) for q in analysis.quantities],
            # Parallel lists keep the stored form compact and quick to load (a 1,000-word
            # article loads in well under a millisecond); the surface is sliced from the text.
            "tokens": {
                "start": [t.start for t in analysis.tokens],
                "end": [t.end for t in analysis.tokens],
                "norm": [t.norm for t in analysis.tokens],
                "stem": [t.stem for t in analysis.tokens],
            },
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def analysis_from_json(data: str, text: str) -> Analysis | None:
    """The stored analysis of `text`, or None when it was made by another version."""
    raw = json.loads(data)
    if raw.get("version") != ANALYSIS_VERSION:
        return None
    sentences = tuple(
        Sentence(i, text[start:end], start, end) for i, (start, end) in enumerate(raw["sentences"])
    )
    quantities = tuple(Quantity(**{**q, "kind": Kind(q["kind"])}) for q in raw["quantities"])
    t = raw.get("tokens") or {"start": [], "end": [], "norm": [], "stem": []}
    tokens = tuple(
        Token(text[a:b], a, b, norm, stem)
        for a, b, norm, stem in zip(t["start"], t["end"], t["norm"], t["stem"], strict=True)
    )
    return Analysis(sentences, quantities, tokens)
