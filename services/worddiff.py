"""Word-level differences inside a link: diff-match-patch run on word tokens, each distinct word
mapped to one character (the library's own trick for line diffs), so an analyst sees which
words one version added, dropped or replaced, with spans to mark them in both panes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from services.models import DiffOp, DiffTag, Token

# Words are compared in their normalised form: diacritics, hamza forms and the digits' script
# are not differences a reader would mark (إرهابياً = إرهابيا, ٧٥٠ = 750).

_FIRST_CODE = 0xE000  # private use area: never in the texts' word forms, nothing to escape


@cache
def _differ():
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    # No time limit: word sequences of two sentences are short, and a limit would make the
    # result depend on the machine's load.
    dmp.Diff_Timeout = 0
    return dmp


def _code(n: int) -> str:
    c = _FIRST_CODE + n
    # Past the private use area (6,400 distinct words in one pair of sentences) the
    # supplementary planes serve: any code point but a surrogate does.
    return chr(c if c <= 0xF8FF else 0x10000 + n)


def _encode(left: Sequence[Token], right: Sequence[Token]) -> tuple[str, str]:
    codes: dict[str, str] = {}

    def encode(tokens: Sequence[Token]) -> str:
        out = []
        for t in tokens:
            c = codes.get(t.norm)
            if c is None:
                c = codes[t.norm] = _code(len(codes))
            out.append(c)
        return "".join(out)

    return encode(left), encode(right)


def diff_words(
    left: Sequence[Token], right: Sequence[Token], left_text: str, right_text: str
) -> tuple[DiffOp, ...]:
    """The word diff of two sentences given their tokens (offsets into their articles' texts).

    An `equal` run carries both spans, a `delete` the left span, an `insert` the right one;
    each run's text is sliced from its article, so punctuation between its words is kept.

    >>> from services.arabic import tokenize
    >>> a, b = "نقلت القوات 60 معتقلا", "نقلت القوات الأمريكية ٦٠ معتقلا"
    >>> [(op.op.value, op.text) for op in diff_words(tokenize(a), tokenize(b), a, b)]
    [('equal', 'نقلت القوات'), ('insert', 'الأمريكية'), ('equal', '60 معتقلا')]
    """
    a, b = _encode(left, right)
    if a == b:
        diffs = [(0, a)] if a else []
    else:
        dmp = _differ()
        diffs = dmp.diff_main(a, b, False)
        # Merge the scattered one-word equalities inside a rewritten stretch, so a replaced
        # clause reads as one deletion and one insertion instead of a word salad.
        dmp.diff_cleanupSemantic(diffs)
    ops = []
    i = j = 0
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            first, last = left[i], left[i + n - 1]
            ops.append(
                DiffOp(
                    DiffTag.EQUAL,
                    left_text[first.start : last.end],
                    (first.start, last.end),
                    (right[j].start, right[j + n - 1].end),
                )
            )
            i += n
            j += n
        elif op == -1:
            first, last = left[i], left[i + n - 1]
            ops.append(
                DiffOp(
                    DiffTag.DELETE, left_text[first.start : last.end], left=(first.start, last.end)
                )
            )
            i += n
        else:
            first, last = right[j], right[j + n - 1]
            ops.append(
                DiffOp(
                    DiffTag.INSERT,
                    right_text[first.start : last.end],
                    right=(first.start, last.end),
                )
            )
            j += n
    return tuple(ops)
