"""Who said it first and whom each version credits: the earliest dated article carrying a claim
(unknown when a date is missing, never guessed), and a sentence's attribution — a named agency
or outlet («وكالة سبوتنيك», «سانا») or anonymous sourcing («مصدر مطلع», «مصادر أهلية»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.lexicon import derived
from services.models import Sentence

if TYPE_CHECKING:
    from services.text.moments import Moment

NAMED = "named"
ANONYMOUS = "anonymous"
_CUE = "cue"
_REFERENCE = "reference"
_TABLE = "attribution"

# How far back a reporting sentence («وأشار المصدر …», «و أوضحت أنه …») looks for the source
# it reports. 000 names Sputnik once («ونقلت وكالة سبوتنيك … عن مصدر مطلع») and reports it in
# the four sentences after it («وأشار المصدر», «وكشف المصدر», «ولفت المصدر», «ونوه المصدر»).
LOOK_BACK = 4
# One-letter proclitics and لـ written on (or before) a name: لـ“سبوتنيك”, وسانا, بحسب.
_PROCLITIC = r"(?:[وفبلك]|ل\s*ـ?\s*)?"


@dataclass(frozen=True)
class Attribution:
    """Whom a sentence credits: `source` as written in the text (a named outlet, or the
    anonymous phrase), found in sentence `sentence`; `via` the anonymous source a named outlet
    quotes («سبوتنيك» via «مصدر مطلع»), when the text gives both."""

    kind: str  # NAMED or ANONYMOUS
    source: str
    sentence: int
    via: str | None = None


def attribute(sentences: Sequence[Sentence], index: int) -> Attribution | None:
    """The attribution of sentence `index`: a named source in the sentence first; else, when the
    sentence reports someone, a named source in the LOOK_BACK sentences before it (the nearest);
    else anonymous sourcing in the sentence (or, when reporting, before it). A sentence that
    names anonymous sourcing of its own («أفادت مصادر أهلية») without pointing back («مصدر
    الوكالة», «المصدر») takes the named source before it only when that outlet was itself
    quoting anonymous sourcing (the same sources again); after an outlet that quoted nobody
    they are new sources.

    >>> from services.text.sentences import split_sentences
    >>> text = "ونقلت وكالة سبوتنيك عن مصدر مطلع تأكيده عقد اللقاءات. وأشار المصدر إلى الهجمات."
    >>> s = split_sentences(text)
    >>> attribute(s, 1)
    Attribution(kind='named', source='سبوتنيك', sentence=0, via='مصدر مطلع')
    >>> attribute(split_sentences("أفادت مصادر أهلية بنقل نحو 60 إرهابيا."), 0).source
    'مصادر أهلية'
    """
    here = _find(sentences[index])
    named = here.get(NAMED)
    anonymous = here.get(ANONYMOUS)
    if named:
        return Attribution(NAMED, named, index, anonymous)
    if _CUE in here or _REFERENCE in here or anonymous:
        own = anonymous and _REFERENCE not in here
        for k in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
            found = _find(sentences[k])
            if NAMED in found:
                if own and ANONYMOUS not in found:
                    break  # sources of its own, not the ones the outlet quoted
                return Attribution(NAMED, found[NAMED], k, anonymous or found.get(ANONYMOUS))
        if anonymous:
            return Attribution(ANONYMOUS, anonymous, index)
        for k in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
            found = _find(sentences[k])
            if ANONYMOUS in found:
                return Attribution(ANONYMOUS, found[ANONYMOUS], k)
    return None


def earliest(nodes: Sequence[tuple[int, int]], moments: Sequence[Moment]) -> int | None:
    """The article (index) of `nodes` published before every other one of them; None when it
    cannot be told (a date missing, the same day with a time missing or overlapping: see
    services.text.moments.order) — never guessed.

    >>> from services.text.moments import moment
    >>> earliest([(0, 1), (1, 4)], [moment("2024-01-02"), moment("2024-01-01")])
    1
    >>> earliest([(0, 1), (1, 4)], [moment("2024-01-02"), moment("")]) is None
    True
    """
    from services.text.moments import order

    articles = sorted({art for art, _ in nodes})
    for a in articles:
        if all(order(moments[a], moments[b]) == -1 for b in articles if b != a):
            return a
    return None


def _find(sentence: Sentence) -> dict[str, str]:
    """The first phrase of each kind in a sentence (the longest where several start together),
    as written in the text."""
    from services.text.arabic import normalize

    view = normalize(sentence.text)
    found: dict[str, tuple[int, str]] = {}
    for kind, pattern in _patterns().items():
        m = pattern.search(view.text)
        if m:
            start, end = view.to_original(m.start("phrase"), m.end("phrase"))
            found[kind] = (m.start(), sentence.text[start:end])
    return {kind: text for kind, (_, text) in found.items()}


@derived
def _patterns() -> dict[str, re.Pattern[str]]:
    from services.text.arabic import normalize_plain

    phrases: dict[str, list[str]] = {}
    for kind, phrase in _rows():
        words = normalize_plain(phrase).split()
        phrases.setdefault(kind, []).append(r"\s+".join(map(re.escape, words)))
    return {
        kind: re.compile(
            r"(?<![^\W_])"
            + _PROCLITIC
            + "(?P<phrase>"
            + "|".join(sorted(alternatives, key=len, reverse=True))
            + r")(?![^\W_])"
        )
        for kind, alternatives in phrases.items()
    }


def _rows() -> list[tuple[str, str]]:
    """The attribution table (resources/lexicon/attribution.tsv): (kind, phrase) rows."""
    from services import lexicon

    return [(row.cells[0], row.cells[1]) for row in lexicon.rows(_TABLE)]
