"""How the bytes of a text file become text: byte-order marks, strict UTF-8, UTF-16 told by
its NUL pattern, then Windows-1256 if the result reads as Arabic. Explicit rules, no guessing
library, and a one-line reason whenever the bytes are refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Checked longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (big-endian)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 (big-endian)"),
)

# Control characters no article contains. Tab, line and form feeds, carriage return and the
# DOS end-of-file mark (0x1A) are allowed; C1 controls (U+0080..U+009F) only appear in text
# that was decoded with the wrong table.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
# Above this share of control characters the file is data, not text; below it a stray control
# (a pasted escape code) is tolerated and tidied out of the analysed text later.
_MAX_CONTROL_SHARE = 0.005

# A complete, well-formed UTF-8 multi-byte sequence (RFC 3629: no overlongs, no surrogates).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_ASCII = bytes(range(128))
# Windows-1256 Arabic never forms UTF-8 sequences except by accident (a letter byte followed
# by the Arabic comma 0xA1, say), a few percent of its high bytes at most. A file in which at
# least half of the high bytes are valid UTF-8 is UTF-8, however damaged.
_UTF8_LOOKING_SHARE = 0.5

# What Windows-1256 Arabic decodes to besides ASCII: the Arabic blocks and the typographic
# punctuation of its upper half (NBSP, « », dashes, curly quotes, ellipsis, bullet, ×, ÷, °).
_ARABIC_TEXT_CHARS = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
    "\u00a0\u00ab\u00bb\u00b0\u00d7\u00f7\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e"
    "\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u200c-\u200f]"
)
# Real Windows-1256 Arabic is essentially all Arabic letters and punctuation above ASCII; a
# French or Turkish file read with the Arabic table is mostly Latin letters and fails.
_MIN_ARABIC_SHARE = 0.9
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]")


class UndecodableBytes(ValueError):
    """The bytes are not text Riwaya can read; `str(error)` is the one-line reason."""


@dataclass(frozen=True)
class DecodedText:
    """Decoded text (the byte-order mark removed) and the codec that read it."""

    text: str
    encoding: str


def decode_text(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode the bytes of a text file or web page.

    The rules, in order: a byte-order mark decides; NUL bytes mean UTF-16 when they all fall
    on one parity, else a binary file; strict UTF-8 (a file that is mostly UTF-8 but damaged
    or cut short is refused, never misread as Windows-1256); Windows-1256, then ISO-8859-6,
    when the result reads as Arabic (a web page's `declared` Arabic charset first); last, a
    declared Western charset. Raises `UndecodableBytes` with the reason otherwise.

    >>> decode_text("خبر".encode("cp1256")).encoding
    'windows-1256'
    """
    if not data:
        raise UndecodableBytes("empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, len(bom), codec, label)
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    if _control_share(len(_CONTROL_BYTES.findall(data)), len(data)):
        raise UndecodableBytes("not text: looks like a binary file (control characters)")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if _looks_like_utf8(data, utf8_error):
        raise UndecodableBytes(_utf8_failure(data, utf8_error))
    declared_codec = _known_codec(declared)
    if declared_codec in _ARABIC_CODECS:
        candidates = [declared_codec] + [c for c in _ARABIC_CODECS if c != declared_codec]
    else:
        candidates = list(_ARABIC_CODECS)
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text):
            return DecodedText(text, _DISPLAY_NAMES[codec])
    if declared_codec and declared_codec not in _ARABIC_CODECS:
        # A Western charset is tried after the Arabic tables: older Arabic sites often
        # declare ISO-8859-1 while serving Windows-1256, and Latin text fails the Arabic test.
        declared_text = _decode_declared(data, declared_codec)
        if declared_text is not None:
            return declared_text
    raise UndecodableBytes(f"invalid UTF-8 at byte {utf8_error.start} and not Windows-1256 either")


def _decode_with_bom(data: bytes, skip: int, codec: str, label: str) -> DecodedText:
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as error:
        where = skip + error.start
        if error.reason in ("truncated data", "unexpected end of data"):
            raise UndecodableBytes(
                f"truncated {label}: the file ends in the middle of a character (byte {where})"
            ) from None
        raise UndecodableBytes(f"invalid {label} at byte {where}") from None
    _refuse_control_characters(text)
    return DecodedText(text, codec if codec != "utf-8" else "utf-8-sig")


def _decode_utf16_without_bom(data: bytes) -> DecodedText:
    """UTF-16 without a byte-order mark, told by where its NULs fall.

    Every ASCII character (space, newline, digit) in UTF-16 has a zero high byte: at odd
    offsets in little-endian, even ones in big-endian. Arabic letters (U+06xx) have no zero
    byte at all. NULs on both parities, or an odd length, mean a binary file.
    """
    binary = UndecodableBytes("not text: looks like a binary file (NUL bytes)")
    whole = data[: len(data) - len(data) % 2]
    even_nuls, odd_nuls = whole[0::2].count(0), whole[1::2].count(0)
    if even_nuls and odd_nuls:
        raise binary
    if len(data) % 2:
        raise UndecodableBytes("truncated UTF-16: the file has an odd number of bytes")
    codec = "utf-16-le" if odd_nuls else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise binary from None
    # Binary data that happens to put its NULs on one side decodes to unassigned or private
    # code points and controls; text does not.
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    if _control_share(len(_CONTROL_CHARS.findall(text)) + odd, len(text)):
        raise binary
    return DecodedText(text, codec)


def _control_share(controls: int, total: int) -> bool:
    return controls > _MAX_CONTROL_SHARE * total


def _refuse_control_characters(text: str) -> None:
    if _control_share(len(_CONTROL_CHARS.findall(text)), len(text)):
        raise UndecodableBytes("not text: looks like a binary file (control characters)")


def _looks_like_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether the bytes are UTF-8 despite the error: most high bytes form UTF-8 sequences."""
    high = len(data.translate(None, _ASCII))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if error.reason == "unexpected end of data" and error.end == len(data):
        # Cut off at the end: everything before the cut decoded, so the file is UTF-8 unless
        # it had no other high byte (one stray byte at the end of an ASCII file).
        return in_sequences > 0 or high == len(data) - error.start
    return in_sequences >= _UTF8_LOOKING_SHARE * high


def _utf8_failure(data: bytes, error: UnicodeDecodeError) -> str:
    if error.reason == "unexpected end of data" and error.end == len(data):
        return f"truncated UTF-8: the file ends in the middle of a character (byte {error.start})"
    return (
        f"invalid UTF-8 at byte {error.start} in a file that is otherwise UTF-8: it looks damaged"
    )


def _known_codec(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return codecs.lookup(declared.strip()).name
    except LookupError:
        return None


def _decode_declared(data: bytes, codec: str) -> DecodedText | None:
    """The page's own charset, if the bytes decode strictly with it."""
    if codec.startswith(("utf-16", "utf-32")):
        return None  # a meta tag read as ASCII cannot be UTF-16: the declaration is wrong
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _control_share(len(_CONTROL_CHARS.findall(text)), len(text)):
        return None
    return DecodedText(text, _DISPLAY_NAMES.get(codec, codec))


# Windows-1256 first: it is what Arabic Windows saves; ISO-8859-6 text read with it turns its
# common letters و ه ي into è ç ê and fails the Arabic test, while the reverse fails strictly.
_ARABIC_CODECS = ("cp1256", "iso8859-6")
_DISPLAY_NAMES = {
    "cp1256": "windows-1256",
    "iso8859-6": "iso-8859-6",
    "cp1252": "windows-1252",
    "iso8859-1": "iso-8859-1",
}


def _reads_as_arabic(text: str) -> bool:
    """Whether text read with a single-byte Arabic table is Arabic and not mojibake.

    Nearly everything above ASCII must be Arabic letters or punctuation, and the Arabic
    letters must outnumber Latin ones: a Latin file with a few accented letters maps them to
    stray Arabic letters and would otherwise pass.
    """
    non_ascii = sum(1 for ch in text if ch >= "\x80")
    if _control_share(len(_CONTROL_CHARS.findall(text)), len(text)):
        return False
    arabic = len(_ARABIC_TEXT_CHARS.findall(text))
    latin = len(_LATIN_LETTERS.findall(text))
    return arabic >= _MIN_ARABIC_SHARE * non_ascii and arabic > latin
