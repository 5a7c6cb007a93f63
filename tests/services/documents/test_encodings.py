"""Decoding rules: byte-order marks, UTF-16 told by its NULs, strict UTF-8, Arabic single-byte
tables checked to read as Arabic, a web page's declared charset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.documents.encodings import UndecodableBytes, decode_text
from services.documents.webpages import declared_charset

NEWS = "أغلقت السلطات ميناء الصيادين بعد عاصفة أغرقت 14 قاربا، وقال المدير: «الأضرار كبيرة».\n"


@pytest.mark.parametrize(
    ("data", "declared", "encoding"),
    [
        (NEWS.encode("cp1256"), None, "windows-1256"),
        (NEWS.encode("cp1256"), "iso-8859-1", "windows-1256"),  # a mislabelled Arabic page
        (NEWS.encode("cp1256"), "windows-1256", "windows-1256"),
        (NEWS.replace("«", "").replace("»", "").encode("iso8859-6"), None, "iso-8859-6"),
        (NEWS.encode("utf-8"), "windows-1256", "utf-8"),  # valid UTF-8 wins over a stale tag
        ("Le café de la gare.".encode("cp1252"), "windows-1252", "windows-1252"),
        ("Le café de la gare.".encode("latin-1"), "iso-8859-1", "iso-8859-1"),
    ],
)
def test_single_byte_pages_and_their_declarations(data, declared, encoding):
    assert decode_text(data, declared=declared).encoding == encoding


def test_a_latin_file_is_not_taken_for_arabic():
    with pytest.raises(UndecodableBytes, match="not Windows-1256 either"):
        decode_text("Le café de la gare est fermé.".encode("cp1252"))


def test_utf8_arabic_read_as_windows_1256_would_be_mojibake_so_damaged_utf8_is_refused():
    data = NEWS.encode() + b"\xff" + NEWS.encode()
    with pytest.raises(UndecodableBytes, match="otherwise UTF-8"):
        decode_text(data)


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="windows-1256">', "windows-1256"),
        (b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=utf-8'>", "utf-8"),
        (b'<?xml version="1.0" encoding="ISO-8859-6"?><html>', "ISO-8859-6"),
        (b"<html><head><title>x</title></head>", None),
    ],
)
def test_declared_charset(head, charset):
    assert declared_charset(head) == charset


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "windows-1256", "bogus", "utf-16"]))
def test_arbitrary_bytes_decode_or_are_refused(data, declared):
    try:
        decoded = decode_text(data, declared=declared)
    except UndecodableBytes as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert isinstance(decoded.text, str) and decoded.encoding


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")) | st.sampled_from("\n\t"),
    min_size=1,
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_text_round_trips(text, codec):
    assert decode_text(text.encode(codec)).text == text
