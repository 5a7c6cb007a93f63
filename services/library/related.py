"""Related articles at library scale: a MinHash signature of each article's content words, kept
in the library with banded LSH keys in an indexed table, so "which articles share claims with
this one?" reads a few index entries and never compares against every article.

The signature is one-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification
(Shrivastava & Li 2014) over the article's content stems (`terms`): one 64-bit hash per term,
the smallest in each of SIGNATURE_SIZE bins. It estimates the Jaccard similarity of two term
sets like classic MinHash with SIGNATURE_SIZE permutations, at the cost of one hash a term.
datasketch was tried first: importing it loads scipy, 3.9–4.4 s measured on the
2-core VM — in every import worker and the first import of each session.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from services.lexicon import derived

# Bins of the signature: 128 keeps the Jaccard estimate's standard error near 0.03
# (√(J(1−J)/128) at J = 0.15), 512 bytes an article.
SIGNATURE_SIZE = 128
# Bands × rows = SIGNATURE_SIZE. Two articles become candidates when both values of one band
# agree: 1 − (1 − J²)^64, 0.60 at J = 0.12, 0.92 at J = 0.2, 0.32 at J = 0.08. The five seed
# reports of one story share J = 0.08–0.22 of their content stems (000 and its copy 001: 0.22),
# so narrower bands (4 rows) found none of them; the others are ranked by the estimate.
BANDS = 64
ROWS = SIGNATURE_SIZE // BANDS
# Content words shorter than this are mostly particles the function-word list misses.
_MIN_LETTERS = 3
_EMPTY = 0xFFFFFFFF  # a bin no term fell in (only in very short texts): densified
_WORD = re.compile(r"[^\W\d_]+")
_MASK = (1 << 64) - 1


@dataclass(frozen=True)
class RelatedArticle:
    """An article that shares claims with the one asked about; `similarity` is the estimated
    Jaccard similarity of their content stems (0–1), `shared_bands` how many LSH bands agree."""

    article_id: int
    similarity: float
    shared_bands: int


def terms(text: str) -> set[str]:
    """What the signature is made of: the folded stems of a text's content words. Whole words
    rather than word pairs, because versions of a story paraphrase: the seeds share 0.08–0.22
    of their stems but only 0.01–0.08 of their word pairs.

    >>> sorted(terms("نقلت القوات الأمريكية 750 إرهابيا من سجون الحسكة"))
    ['ارهاب', 'القو', 'امريك', 'حسك', 'سجون', 'نقل']
    """
    return {t for t in map(_term, set(_WORD.findall(text))) if t}


@derived(maxsize=200_000)
def _term(word: str) -> str | None:
    """A word's term, or None for a function word or a particle (cached: news repeats its
    vocabulary, and signing an article then costs about a millisecond)."""
    from services.text.arabic import normalize_plain, stem
    from services.text.lexicon import fold, is_function_word

    if len(word) < _MIN_LETTERS or is_function_word(normalize_plain(word)):
        return None
    return fold(stem(word))


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text's terms: SIGNATURE_SIZE 32-bit values."""
    bins = [_EMPTY] * SIGNATURE_SIZE
    # Each term's (bin, value), read per run of text between spaces (no word spans a space,
    # so these are the words of _WORD.findall(text)); a term met twice changes no minimum.
    for chunk in set(text.split()):
        for b, v in _chunk_bins(chunk):
            if v < bins[b]:
                bins[b] = v
    if all(v == _EMPTY for v in bins):
        return tuple(bins)
    # Rotation densification: an empty bin takes the next non-empty bin's value (shifted so
    # two texts agree on it only when they agree on that bin).
    out = list(bins)
    for b in range(SIGNATURE_SIZE):
        if bins[b] != _EMPTY:
            continue
        step = 1
        while bins[(b + step) % SIGNATURE_SIZE] == _EMPTY:
            step += 1
        out[b] = (bins[(b + step) % SIGNATURE_SIZE] + step * 0x9E3779B1) & 0xFFFFFFFE
    return tuple(out)


# A few hundred bytes a run: at most ~20 MB in a process that signs a large library.
@derived(maxsize=65_536)
def _chunk_bins(chunk: str) -> tuple[tuple[int, int], ...]:
    """The (bin, value) of each term of a run of text between spaces (cached: news repeats
    its words with their punctuation; 300 bench articles of 1,000 words hold 2,500 distinct
    runs). Searching each text for words took half of a signature's 0.5 ms, now 0.3."""
    hashes = {h for h in map(_word_hash, _WORD.findall(chunk)) if h is not None}
    return tuple((h % SIGNATURE_SIZE, (h >> 32) & 0xFFFFFFFF) for h in hashes)


@derived(maxsize=200_000)
def _word_hash(word: str) -> int | None:
    """The hash of a word's term, None for a word with no term (cached as _term)."""
    term = _term(word)
    return None if term is None else _hash(term)


def _hash(term: str) -> int:
    """A stable 64-bit hash: the term's CRC-32 mixed by SplitMix64's finaliser (CRC-32 alone is
    linear, and MinHash needs hashes that look random). The same in every process and Python
    version, unlike hash()."""
    z = (zlib.crc32(term.encode()) + 0x9E3779B97F4A7C15) & _MASK
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & _MASK
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB & _MASK
    return z ^ (z >> 31)


def pack(sig: Sequence[int]) -> bytes:
    return array("I", sig).tobytes()


def unpack(data: bytes) -> tuple[int, ...]:
    values = array("I")
    values.frombytes(data)
    return tuple(values)


def band_keys(sig: Sequence[int]) -> list[int]:
    """One signed 64-bit key per band (SQLite's INTEGER), the band's number mixed in."""
    keys = []
    for band in range(BANDS):
        chunk = struct.pack(f"<I{ROWS}I", band, *sig[band * ROWS : (band + 1) * ROWS])
        keys.append(
            int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)
        )
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The estimated Jaccard similarity of two signatures: the share of bins that agree."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def rank(
    target: Sequence[int],
    candidates: Iterable[tuple[int, bytes, int]],
    *,
    exclude: int | None = None,
    limit: int = 10,
) -> list[RelatedArticle]:
    """Candidates (id, packed signature, shared bands), most similar first."""
    out = [
        RelatedArticle(article_id, similarity(target, unpack(data)), bands)
        for article_id, data, bands in candidates
        if article_id != exclude
    ]
    out.sort(key=lambda r: (-r.similarity, -r.shared_bands, r.article_id))
    return out[:limit]
