"""Sentences of an article: spans of the stored text split on Arabic and Latin sentence
punctuation and line breaks, never inside a number (3.4, ١٢٫٥, 12,000), an abbreviation or a
quotation.
"""

from __future__ import annotations

import re

from services.models import Sentence

# Terminators: . ? ! and their Arabic forms (؟ question mark, ؛ semicolon, ۔ full stop used in
# Urdu-influenced typing), plus the ellipsis character. A run of them ends one sentence.
_TERMINATORS = ".?!؟؛۔…"
_OPENING_QUOTES = "«“„‹"
_CLOSING_QUOTES = {"«": "»", "“": "”", "„": "”", "‹": "›"}
_STRAIGHT_QUOTES = '"'
# Trailing characters that belong to the sentence just ended: closing quotes and brackets.
_CLOSERS = "»”’›)]}\"'"
_MARKS = re.compile(
    "[\n" + re.escape(_TERMINATORS + _OPENING_QUOTES + "".join(_CLOSING_QUOTES.values())) + '"]'
)
# A terminator with the terminators, closing quotes and brackets right after it.
_RUN_END = re.compile(
    "[" + re.escape(_TERMINATORS) + "][" + re.escape(_TERMINATORS + _CLOSERS) + "]*"
)
_WORD = re.compile(r"[^\W_]")
# A quotation left open this long is a typo, not a quotation: stop protecting it.
_MAX_QUOTE_CHARS = 600

# Abbreviations before a full stop: single Latin capitals (U.S.), common Latin titles, and
# Arabic one-letter abbreviations such as د. (doctor), م. (AD), هـ. (Hijri), ق.م (BC).
_LATIN_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no vs etc inc ltd co jr sr gen col lt sgt capt fig jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m or m.end() != dot:
        return False
    word = m.group(1)
    if len(word) == 1:
        return True  # U.S., د. محمد, ق.م
    if word.rstrip("ـ") in ("هـ", "ه") and text[dot - 1] == "ـ":
        return True
    return word.lower() in _LATIN_ABBREVIATIONS


def _inside_number(text: str, i: int) -> bool:
    # 3.4, ١٢٫٥ (the Arabic decimal sign is not a terminator anyway), 12.000.000
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _closes_on_line(text: str, i: int, closer: str) -> bool:
    # A quotation protects its full stops only if it closes on the same line and soon; an
    # unclosed quote is a typo, and must not swallow the rest of the article.
    line_end = text.find("\n", i)
    limit = min(len(text) if line_end < 0 else line_end, i + _MAX_QUOTE_CHARS)
    return text.find(closer, i + 1, limit) >= 0


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split `text` into sentences with code-point offsets; whitespace is never inside a span's
    ends.

    >>> [s.text for s in split_sentences("نُقل 3.4 مليون. وقال: «انتهى. ثم عاد» أمس؟ نعم")]
    ['نُقل 3.4 مليون.', 'وقال: «انتهى. ثم عاد» أمس؟', 'نعم']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    quote_closer = ""
    straight_open = False
    n = len(text)
    # Only line breaks, quotes and terminators change anything: jump from one to the next.
    m = _MARKS.search(text)
    while m is not None:
        i = m.start()
        ch = text[i]
        following = i + 1
        if ch == "\n":
            spans.append((start, i))
            start = i + 1
            quote_closer, straight_open = "", False
        elif ch in _OPENING_QUOTES and not quote_closer:
            if _closes_on_line(text, i, _CLOSING_QUOTES[ch]):
                quote_closer = _CLOSING_QUOTES[ch]
        elif quote_closer and ch == quote_closer:
            quote_closer = ""
        elif ch in _STRAIGHT_QUOTES:
            straight_open = not straight_open and _closes_on_line(text, i, ch)
        elif ch in _TERMINATORS:
            protected = quote_closer or straight_open or _inside_number(text, i)
            if not (protected or (ch == "." and _is_abbreviation(text, i))):
                following = _RUN_END.match(text, i).end()
                spans.append((start, following))
                start = following
        m = _MARKS.search(text, following)
    spans.append((start, n))

    sentences: list[Sentence] = []
    for a, b in spans:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped and _WORD.search(stripped):
            a += len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(len(sentences), stripped, a, a + len(stripped)))
    return tuple(sentences)
