"""Dates, years and clock times around a number: month names of the Levant, Egypt and the
Gulf, the Maghreb and the Hijri calendar, "من الشهر الجاري", year words (عام 2023) and times.
"""

from __future__ import annotations

import re

from services import lexicon
from services.lexicon import derived
from services.text.arabic import normalize_plain
from services.text.lexicon import word_list
from services.text.numerals import Tok, parse_digits

_LATIN = re.compile(r"[A-Za-z]")
# Month names are data (months.tsv), shared with the date lines of services.documents.metadata.
# The words of the rules below (this_month, year_words, year_hints, clock_day_parts,
# hour_words) are lists of reading_words.tsv.


# Words between a day and month and its year: 26 آب من عام 2015.
_YEAR_LINKS = frozenset(("من عام", "من العام", "عام", "العام", "من سنه", "سنه"))


def _phrases(spec: str) -> list[tuple[str, ...]]:
    return [tuple(normalize_plain(w) for w in p.split()) for p in spec.split("|")]


@derived
def _month_table() -> dict[tuple[str, ...], tuple[int, bool]]:
    """Arabic month names (normalised words) -> (number, hijri). Latin names (May, Mar) are left
    to date lines: in running Arabic text a Latin word after a number is rarely a month."""
    table: dict[tuple[str, ...], tuple[int, bool]] = {}
    for row in lexicon.rows("months"):
        calendar, number, name = row.cells
        if not _LATIN.search(name):
            words = tuple(normalize_plain(w) for w in name.split())
            table.setdefault(words, (int(number), calendar == "hijri"))
    return table


@derived
def month_first_words() -> frozenset[str]:
    """The first word of each Arabic month name, normalised (يناير, كانون, ربيع)."""
    return frozenset(words[0] for words in _month_table())


def read_month(tokens: list[Tok], j: int) -> tuple[int, bool, int] | None:
    """(month, hijri, index after) for the month name at tokens[j]."""
    table = _month_table()
    for size in (2, 1):
        if j + size <= len(tokens):
            hit = table.get(tuple(t[1] for t in tokens[j : j + size]))
            if hit:
                return hit[0], hit[1], j + size
    return None


def read_date_after(tokens: list[Tok], j: int) -> tuple[int | None, int | None, bool, int] | None:
    """After a day number: (month or None for "this month", year, hijri, index after).

    Reads 13 نيسان/أبريل, 13 نيسان (أبريل) 2023, 1 يناير 2024, العشرين من الشهر الجاري.
    """
    n = len(tokens)
    k = j
    if k < n and tokens[k][1] == "من":
        k += 1
        for size in (2, 1):
            if k + size <= n:
                phrase = " ".join(t[1] for t in tokens[k : k + size])
                if phrase in word_list("this_month"):
                    return None, None, False, k + size
    month = read_month(tokens, k)
    if month is None:
        return None
    number, hijri, k = month
    # an alternative name: نيسان/أبريل, نيسان (أبريل), أبريل - نيسان
    if k < n and tokens[k][1] in ("/", "(", "-", "–"):
        opener = tokens[k][1]
        alt = read_month(tokens, k + 1)
        if alt is not None and alt[0] == number:
            k = alt[2]
            if opener == "(" and k < n and tokens[k][1] == ")":
                k += 1
    year = None
    # 13 نيسان 2023, 26 آب من عام 2015, 5 أيار العام 2019
    for size in (2, 1, 0):
        words = " ".join(t[1] for t in tokens[k : k + size])
        y = k + size
        if size and words not in _YEAR_LINKS:
            continue
        if y < n and tokens[y][0] == "n" and len(tokens[y][1]) == 4 and tokens[y][1].isdigit():
            year = int(tokens[y][1])
            k = y + 1
            break
    return number, year, hijri, k


def month_before(tokens: list[Tok], i: int) -> tuple[int, bool, int] | None:
    """A month name just before tokens[i] (أبريل 2024): (month, hijri, index of its start)."""
    for size in (2, 1):
        start = i - size
        if start >= 0:
            hit = read_month(tokens, start)
            if hit and hit[2] == i:
                return hit[0], hit[1], start
    return None


def is_year_word(word: str) -> bool:
    return word in word_list("year_words")


def is_year_hint(word: str) -> bool:
    return word in word_list("year_hints")


def is_day_part(word: str) -> bool:
    return word in word_list("clock_day_parts")


def is_hour_word(word: str) -> bool:
    return word in word_list("hour_words")


def slash_date(text: str) -> tuple[int, int, int]:
    """(year, month, day) of a slash date token: 2023/5/1, 1/5/2023, 01.05.23."""
    parts = [int(p) for p in text.replace("-", "/").replace(".", "/").split("/")]
    if len(str(parts[0])) == 4 or parts[0] > 31:
        year, month, day = parts
    else:
        day, month, year = parts
        if year < 100:
            year += 2000 if year < 50 else 1900
    return year, month, day


def iso_date(year: int | None, month: int | None, day: int | None, hijri: bool = False) -> str:
    """An ISO 8601-style label for a (possibly partial) date: 2024-01-01, --04-13, 2023-05."""
    if month is None:
        return f"---{day:02d}" if day else ""
    label = f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    if day:
        label += f"-{day:02d}"
    return label + (" AH" if hijri else "")


def clock_value(text: str) -> float:
    """10:30 → 10.5 hours."""
    parts = [parse_digits(p) for p in text.split(":")]
    return parts[0] + parts[1] / 60 + (parts[2] / 3600 if len(parts) > 2 else 0)
