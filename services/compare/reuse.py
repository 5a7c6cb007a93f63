"""Word-for-word reuse: the longest run of words two sentences share once normalised, which tells
a passage carried from one version into another (wire copy, a lift with a new lead-in or its
punctuation changed) from the same claim told in other words.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from services.compare import tuning

# A run of this many words or more is a copy, and so is a sentence of COPY_WHOLE_MIN words or
# more carried whole (services.compare.tuning says why).
COPY_RUN = tuning.COPY_RUN
COPY_WHOLE_MIN = tuning.COPY_WHOLE_MIN


def reuse_words(text: str) -> tuple[str, ...]:
    """The words reuse is measured on: normalised (hamza, diacritics, Arabic-Indic digits: see
    services.text.arabic), punctuation and quotation marks gone, the conjunction و dropped
    whether written on the word or apart from it («و أشار» / «وأشار»), and one-letter words
    left out (a stray «ف» for «في», a clitic typed apart): copy-editing changes these first.

    >>> reuse_words("و أوضحت أنّه تمّ ” البحث ف قضايا ٣ “")
    ('اوضحت', 'انه', 'تم', 'البحث', 'قضايا', '3')
    """
    from services.text.arabic import tokenize

    words = []
    for token in tokenize(text):
        word = token.norm
        if len(word) < 2 and not word.isdigit():
            continue
        # و on a word of four letters or more is the conjunction (وأشار, والتشكيلات); on a
        # shorter one it may be the word's own letter (وزن, وقت). Both sides lose it alike,
        # so a word that happens to start with و still matches itself.
        if word[0] == "و" and len(word) > 3:
            word = word[1:]
        words.append(word)
    return tuple(words)


def carried(a: Sequence[str], b: Sequence[str]) -> int:
    """How many words the longest run common to `a` and `b` holds (words from `reuse_words`).

    >>> carried(reuse_words("وقالت الوكالة إن الوفد وصل إلى العاصمة مساء أمس"),
    ...         reuse_words("الوفد وصل الى العاصمة مساء أمس، بحسب الوكالة"))
    6
    """
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def copied(a: Sequence[str], b: Sequence[str], run: int | None = None) -> bool:
    """Whether one sentence carries a passage of the other word for word: a common run of
    COPY_RUN words or more, or a short sentence of COPY_WHOLE_MIN words or more carried whole
    (a headline copied with «عاجل:» before it), or the same words throughout. `run` is
    `carried(a, b)` when the caller has it already.

    >>> copied(reuse_words("عاجل: الوفد وصل إلى العاصمة"), reuse_words("الوفد وصل الى العاصمة"))
    True
    >>> copied(reuse_words("الوفد وصل إلى العاصمة"), reuse_words("الوفد وصل إلى المطار"))
    False
    """
    if run is None:
        run = carried(a, b)
    if run >= COPY_RUN:
        return True
    shorter = min(len(a), len(b))
    return bool(shorter) and run == shorter and (run >= COPY_WHOLE_MIN or tuple(a) == tuple(b))
