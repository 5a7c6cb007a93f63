"""What Riwaya reads out of one article's text once, and keeps in the library: its sentences
and its quantities. Comparisons start from two analyses.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from services.models import Kind, Quantity, Sentence

# Bump when sentence splitting or quantity reading changes, so stored analyses are redone.
ANALYSIS_VERSION = 1


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]


def analyse(text: str) -> Analysis:
    """Sentences and quantities of an article's analysed text."""
    from services.quantities import extract_quantities
    from services.sentences import split_sentences

    sentences = split_sentences(text)
    return Analysis(sentences, extract_quantities(text, sentences))


def analysis_to_json(analysis: Analysis) -> str:
    return json.dumps(
        {
            "version": ANALYSIS_VERSION,
            "sentences": [[s.start, s.end] for s in analysis.sentences],
            "quantities": [asdict(q) for q in analysis.quantities],
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
    return Analysis(sentences, quantities)
