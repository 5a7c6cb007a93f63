"""Code-point offsets become the UTF-16 positions Qt uses, also past emoji and rare characters."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from ui.positions import Utf16Positions, utf16_length


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("نقل 750 إرهابيا", 4, 4),
        ("نقل 750 إرهابيا", 15, 15),
        ("🔴 عاجل: نقل 750", 0, 0),
        ("🔴 عاجل: نقل 750", 1, 2),
        ("🔴 عاجل: نقل 750", 12, 13),
        ("a𝟕b𝟓c", 3, 4),
        ("a𝟕b𝟓c", 5, 7),
    ],
)
def test_to_utf16(text, offset, expected):
    assert Utf16Positions(text).to_utf16(offset) == expected


def test_offset_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        Utf16Positions("نحو 60").to_utf16(7)


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ابتث 0123456789٠١٢٣،.🔴😀𝟕\U00020000")),
    st.data(),
)
def test_round_trip_and_agreement_with_python_utf16(text, data):
    positions = Utf16Positions(text)
    offset = data.draw(st.integers(0, len(text)))
    utf16 = positions.to_utf16(offset)
    assert utf16 == len(text[:offset].encode("utf-16-le")) // 2
    assert positions.from_utf16(utf16) == offset
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


def test_qt_selects_the_same_words():
    """The converted span selects, in a QTextDocument, exactly the figure the service found."""
    text = "😀 قالت المصادر 🔴 إن القوات نقلت 750 إرهابيا"
    start = text.index("750")
    end = start + len("750 إرهابيا")
    document = QTextDocument()
    document.setPlainText(text)
    cursor = QTextCursor(document)
    u_start, u_end = Utf16Positions(text).span_to_utf16(start, end)
    cursor.setPosition(u_start)
    cursor.setPosition(u_end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "750 إرهابيا"
