"""Words that qualify a figure — نحو, أكثر من, لا يقل عن, على الأقل, حتى — and the interval each
asserts around the written number; من and بين open ranges.
"""

from __future__ import annotations

from services import lexicon
from services.lexicon import derived
from services.text import dates
from services.text.arabic import normalize_plain
from services.text.numerals import Tok

# Qualifiers written before a figure (qualifiers_before.tsv; "من" and "بين" open ranges:
# من 2500 إلى 3000) and after it (qualifiers_after.tsv: 100 على الأقل).


def _phrase_table(table: str) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for row in lexicon.rows(table):
        name, phrase = row.cells
        out.setdefault(tuple(normalize_plain(w) for w in phrase.split()), name)
    return out


@derived
def _before_table() -> dict[tuple[str, ...], str]:
    return _phrase_table("qualifiers_before")


@derived
def _after_table() -> dict[tuple[str, ...], str]:
    return _phrase_table("qualifiers_after")


def without_proclitics(word: str) -> list[tuple[str, int]]:
    """The word and its forms without a leading و/ف and ب/ل/ك, with the letters removed."""
    forms = [(word, 0)]
    rest, cut = word, 0
    if rest[:1] in ("و", "ف") and len(rest) > 2:
        rest, cut = rest[1:], 1
        forms.append((rest, cut))
    if rest[:1] in ("ب", "ل", "ك") and len(rest) > 2:
        forms.append((rest[1:], cut + 1))
    return forms


def qualifier_before(tokens: list[Tok], first: int, floor: int = 0) -> tuple[str | None, int, int]:
    """(qualifier, its first token, proclitic letters to leave out) ending before tokens[first];
    (None, first, 0) when there is none. Tokens before `floor` belong to an earlier figure.
    The article some outlets write before digits (قرابة الـ200, أكثر من الـ 100) stands between
    the qualifier and the number."""
    table = _before_table()
    if first - 1 >= floor and tokens[first - 1][:2] == ("w", "ال") and tokens[first][0] == "n":
        first -= 1
    for size in (4, 3, 2, 1):
        j = first - size
        if j < floor or tokens[j][0] != "w":
            continue
        if any(t[0] != "w" for t in tokens[j + 1 : first]):
            continue
        rest = tuple(t[1] for t in tokens[j + 1 : first])
        for form, cut in without_proclitics(tokens[j][1]):
            name = table.get((form, *rest))
            if name:
                return name, j, cut
    # بين عامي 2019 و2021: a year word between the opener and the number
    year_word = first - 2 >= floor and tokens[first - 1][0] == "w" == tokens[first - 2][0]
    if year_word and dates.is_year_word(tokens[first - 1][1]):
        for form, cut in without_proclitics(tokens[first - 2][1]):
            if table.get((form,)) == "between":
                return "between", first - 2, cut
    return None, first, 0


def qualifier_after(tokens: list[Tok], j: int, floor: int = 0) -> tuple[str | None, int]:
    """(qualifier, index after it) written at tokens[j]: 12 قتيلا على الأقل."""
    table = _after_table()
    for size in (3, 2, 1):
        if j >= floor and j + size <= len(tokens):
            name = table.get(tuple(t[1] for t in tokens[j : j + size]))
            if name:
                if j + size < len(tokens) and tokens[j + size][1] in ("من", "عن", "على"):
                    # 2300 قتيل وأكثر من 10 آلاف جريح: "أكثر من" opens the next figure
                    return None, j
                return name, j + size
    return None, j


def interval(low: float | None, high: float | None, qualifier: str) -> tuple[float | None, ...]:
    """The interval a qualifier asserts around [low, high]: about is ±10 %, more than is
    unbounded above, less than starts at 0 (for a positive figure).

    >>> interval(60, 60, "about"), interval(100, 100, "more_than")
    ((54.0, 66.0), (100, None))
    """
    if low is None or high is None:
        return low, high
    if qualifier == "about":
        return low - abs(low) / 10, high + abs(high) / 10
    if qualifier in ("more_than", "at_least"):
        return high, None
    if qualifier in ("less_than", "at_most"):
        return (0.0 if low >= 0 else None), low
    return low, high
