"""The one place where code-point offsets (services) become Qt's UTF-16 positions (widgets).

Arabic lies in the Basic Multilingual Plane, one UTF-16 unit per character; an emoji or a rare
character does not (two units), and every highlight after it would slide by one without this.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Positions:
    """Converts code-point offsets into `text` to UTF-16 offsets, and back.

    Built once per text in one pass; each conversion is a binary search over the (usually
    empty) list of characters outside the BMP, so BMP-only text converts in constant time.
    """

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str) -> None:
        # Code-point offsets of the characters that take two UTF-16 units (found by a regular
        # expression: a Python loop over a long article costs milliseconds the view lacks).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._length = len(text)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of code-point `offset` (0 ≤ offset ≤ len(text))."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside the text (0..{self._length})")
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 [start, end) of the code-point span [start, end)."""
        return self.to_utf16(start), self.to_utf16(end)

    def from_utf16(self, position: int) -> int:
        """Code-point offset of UTF-16 `position`; inside a surrogate pair, the pair's start."""
        if position < 0:
            raise ValueError(f"position {position} is negative")
        offset = position
        for count, astral in enumerate(self._astral):
            # Before the astral character at code point `astral`, UTF-16 runs `count` ahead.
            if astral + count >= position:
                return position - count
            if astral + count + 1 == position:  # the low surrogate of this pair
                return astral
            offset = position - count - 1
        if offset > self._length:
            raise ValueError(f"position {position} outside the text")
        return offset


def utf16_length(text: str) -> int:
    """Length of `text` in UTF-16 units, as Qt counts it."""
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))
