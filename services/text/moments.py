"""When an article was published: its date and, when the text or the file says so, a clock time
(18:15) or a part of the day («مساء»: evening); and which of two articles came first.

A stored time is "" (unknown), "HH:MM", or the English name of a part of the day (`DAY_PARTS`).
Nothing is guessed: without a date there is no order, and overlapping times have none either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from services import lexicon
from services.lexicon import derived
from services.text.arabic import normalize_plain

# Parts of the day as the minutes they may stand for, for ordering only: "evening" and 18:15
# overlap, so neither is before the other; "morning" is before "evening". Bounds are the
# common reading of the Arabic words (صباح up to noon, مساء from late afternoon to midnight);
# they overlap one another where usage does (ظهر, عصر), so that nothing is ordered on a guess.
DAY_PARTS: dict[str, tuple[int, int]] = {
    "dawn": (4 * 60, 7 * 60 - 1),
    "morning": (5 * 60, 12 * 60 - 1),
    "noon": (11 * 60, 15 * 60 - 1),
    "afternoon": (13 * 60, 18 * 60 - 1),
    "evening": (17 * 60, 24 * 60 - 1),
}
# The Arabic words for them, for weekdays, today and yesterday: resources/lexicon/time_words.tsv.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# 18:15, 6:15 pm, 6:15 م (a colon only: 13.03.2024 is a date); seconds and a UTC offset, as
# an ISO timestamp writes them, are read and dropped.
_CLOCK = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?"
    r"(?![\d:])(?:\s*(?P<ap>[ap]\.?m\.?|ص|م)(?!\w))?"
)


@dataclass(frozen=True)
class Moment:
    """An article's publication time as far as it is known: `start`/`end` are minutes since
    midnight (equal for a clock time, a span for a part of the day, None when unknown)."""

    day: date | None
    time: str = ""
    start: int | None = None
    end: int | None = None

    @property
    def known(self) -> bool:
        return self.day is not None

    def label(self, other: Moment | None = None) -> str:
        """How to name this moment beside `other`: the time alone on the same day ("09:40"),
        the date and time across days ("2024-03-14 08:00"), "time unknown" when unknown."""
        if self.day is None:
            return "time unknown"
        same_day = other is not None and other.day == self.day
        if same_day and self.time:
            return self.time
        return f"{self.day.isoformat()} {self.time}".strip()


def moment(date_text: str, time_text: str = "") -> Moment:
    """The moment of a stored date and time; an unreadable date is unknown.

    >>> moment("2024-03-13", "18:15").start
    1095
    >>> moment("", "18:15").known
    False
    """
    try:
        day = date.fromisoformat(date_text.strip()[:10]) if date_text.strip() else None
    except ValueError:
        day = None
    time = normalize_time(time_text)
    if time in DAY_PARTS:
        start, end = DAY_PARTS[time]
    elif time:
        start = end = int(time[:2]) * 60 + int(time[3:])
    else:
        start = end = None
    return Moment(day, time, start, end)


def order(a: Moment, b: Moment) -> int | None:
    """-1 when `a` is before `b`, 1 when after, 0 when the same moment (the same date and
    clock time), None when it cannot be told: a date missing, or the same date with a time
    missing or overlapping («مساء» and 18:15).

    >>> order(moment("2024-03-13", "09:40"), moment("2024-03-13", "18:15"))
    -1
    >>> order(moment("2024-03-13", "evening"), moment("2024-03-13", "18:15")) is None
    True
    """
    if a.day is None or b.day is None:
        return None
    if a.day != b.day:
        return -1 if a.day < b.day else 1
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return None
    if a.end < b.start:
        return -1
    if b.end < a.start:
        return 1
    if a.start == a.end == b.start == b.end:
        return 0
    return None


def normalize_time(text: str) -> str:
    """The stored form of a time as written or typed: "18:15", "6:15 pm" → "18:15", «مساء» or
    "Evening" → "evening"; "" for nothing. Raises ValueError for what is not a time.

    >>> [normalize_time(t) for t in ("9:40", "6:15 م", "مساءً", "")]
    ['09:40', '18:15', 'evening', '']
    """
    text = text.strip()
    if not text:
        return ""
    key = normalize_plain(text).lower()
    if key in DAY_PARTS:
        return key
    part = day_part_of(key)
    if part and len(key.split()) == 1:
        return part
    match = _CLOCK.fullmatch(key.strip())
    if match is None:
        raise ValueError(f"not a time: {text!r} (write 18:15, 6:15 pm or evening)")
    return _clock(match) or _raise(text)


def _raise(text: str) -> str:
    raise ValueError(f"not a time of day: {text!r}")


def _clock(match: re.Match[str]) -> str:
    hour, minute = int(match["h"]), int(match["m"])
    ap = (match["ap"] or "").lower().replace(".", "")
    if ap in ("pm", "م") and hour < 12:
        hour += 12
    elif ap in ("am", "ص") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return ""
    return f"{hour:02d}:{minute:02d}"


def find_clock(key: str) -> str:
    """The first clock time in a normalised line ("... 2024 - 18:15"), "" when none;
    a following «مساء»/«صباحا» says which half of the day.

    >>> find_clock("الاربعاء 13 اذار 2024 - 18:15")
    '18:15'
    >>> find_clock("نشر في 6:30 مساء")
    '18:30'
    """
    for match in _CLOCK.finditer(key):
        found = _clock(match)
        if not found:
            continue
        after = key[match.end() :].split()[:1]
        part = day_part_of(after[0]) if after else ""
        hour = int(found[:2])
        if part in ("evening", "afternoon") and hour < 12:
            found = f"{hour + 12:02d}:{found[3:]}"
        return found
    return ""


def day_part_of(word: str) -> str:
    """The part of the day a normalised word names («مساء» → "evening"), "" if none."""
    return _day_part_table().get(word, "")


def weekday_of(word: str) -> int | None:
    """Monday=0 … Sunday=6 for a normalised weekday name, with or without «يوم»."""
    return _weekday_table().get(word)


def is_today(word: str) -> bool:
    return word in _relative_table()[0]


def is_yesterday(word: str) -> bool:
    return word in _relative_table()[1]


def latest_weekday(weekday: int, on_or_before: date) -> date:
    """The last date falling on `weekday` not after `on_or_before`: «الأحد» read against an
    article of Tuesday 2024-03-19 is Sunday 2024-03-17.

    >>> latest_weekday(6, date(2024, 3, 19)).isoformat()
    '2024-03-17'
    """
    return on_or_before - timedelta(days=(on_or_before.weekday() - weekday) % 7)


@derived
def _day_part_table() -> dict[str, str]:
    words = lexicon.grouped("time_words")
    return {normalize_plain(w): part for part in DAY_PARTS for w in words.get(part, ())}


@derived
def _weekday_table() -> dict[str, int]:
    words = lexicon.grouped("time_words")
    table: dict[str, int] = {}
    for n, day in enumerate(_WEEKDAYS):
        for name in words.get(day, ()):
            key = normalize_plain(name)
            table[key] = n
            table[key.removeprefix("ال")] = n
    return table


@derived
def _relative_table() -> tuple[frozenset[str], frozenset[str]]:
    words = lexicon.grouped("time_words")
    return (
        frozenset(normalize_plain(w) for w in words.get("today", ())),
        frozenset(normalize_plain(w) for w in words.get("yesterday", ())),
    )


def split_when(text: str) -> tuple[str, str]:
    """A date cell as an analyst types it, "2024-03-13 18:15" or "2024-03-13 evening", as the
    stored (date, time); the date is kept as typed. Raises ValueError for an unreadable time.

    >>> split_when("2024-03-13 6:15 pm")
    ('2024-03-13', '18:15')
    >>> split_when("2024-03-13")
    ('2024-03-13', '')
    """
    parts = text.strip().replace("T", " ", 1).split(None, 1)
    if not parts:
        return "", ""
    if len(parts) == 1:
        return parts[0], ""
    return parts[0], normalize_time(parts[1])
