"""Fonts, theme colours and settings: the reading font is the bundled Naskh with Western digits,
every colour role is readable on both themes, and settings stay where tests put them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo

from ui.fonts import ARABIC_FAMILIES, arabic_font, draws_western_digits, load_bundled_fonts
from ui.settings import Settings
from ui.theme import (
    contrast_ratio,
    dark_colours,
    dark_palette,
    is_dark,
    light_colours,
    reading_colours,
)

RELATIONS = ("conflict", "differs", "agree", "shared", "insert", "delete")


def test_the_bundled_naskh_loads_and_is_the_reading_font(qapp):
    assert "Noto Naskh Arabic" in load_bundled_fonts()
    font = arabic_font(16)
    assert font.families()[0] == "Noto Naskh Arabic"
    assert QFontInfo(font).family() == "Noto Naskh Arabic"
    assert font.families() == [f for f in ARABIC_FAMILIES if f in QFontDatabase.families()]


def test_the_reading_font_draws_750_with_western_digits(qapp):
    load_bundled_fonts()
    assert draws_western_digits(arabic_font())


def test_a_font_whose_digits_are_arabic_indic_glyphs_is_caught(qapp, tmp_path):
    """A font that maps 0-9 onto the glyphs of ٠-٩ (as KacstOne does) fails the check. Built
    from the bundled Naskh by pointing the ASCII digits at the Arabic-Indic glyphs."""
    fontTools = pytest.importorskip("fontTools.ttLib")
    source = (
        Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NotoNaskhArabic-Regular.ttf"
    )
    font = fontTools.TTFont(source)
    for table in font["cmap"].tables:
        if table.isUnicode():
            for digit in range(10):
                eastern = table.cmap.get(0x0660 + digit)
                if eastern:
                    table.cmap[0x30 + digit] = eastern
    font["name"].setName("Riwaya Test Indic Digits", 1, 3, 1, 0x409)
    path = tmp_path / "indic-digits.ttf"
    font.save(path)
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
    assert families == ["Riwaya Test Indic Digits"]
    bad = QFont()
    bad.setFamilies(families)
    assert not draws_western_digits(bad)


@pytest.mark.parametrize("colours", [light_colours(), dark_colours()], ids=["light", "dark"])
def test_every_tint_keeps_text_readable_and_every_mark_stands_out(qapp, colours):
    for name in RELATIONS:
        tint, mark = getattr(colours, f"{name}_tint"), getattr(colours, f"{name}_mark")
        assert contrast_ratio(colours.text, tint) >= 4.5, name
        assert contrast_ratio(colours.base, mark) >= 3.0, name


@pytest.mark.parametrize("colours", [light_colours(), dark_colours()], ids=["light", "dark"])
def test_the_three_relations_are_distinct_colours(qapp, colours):
    marks = {getattr(colours, f"{r}_mark").name() for r in ("conflict", "differs", "agree")}
    assert len(marks) == 3


def test_reading_colours_follow_the_palette(qapp):
    assert reading_colours(dark_palette()).dark
    assert is_dark(dark_palette())
    light = qapp.style().standardPalette()
    assert not is_dark(light)
    assert not reading_colours(light).dark


def test_contrast_ratio_matches_the_wcag_extremes():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


def test_settings_round_trip_in_their_own_file(qapp, tmp_path):
    path = tmp_path / "riwaya.ini"
    settings = Settings.at(path)
    settings.set_reading_point_size(17.5)
    settings.set_last_library(tmp_path / "lib.sqlite")
    settings.set_splitter_state("main", QByteArray(b"\x01\x02"))
    settings.set_theme("sepia")
    settings.sync()
    again = Settings.at(path)
    assert again.reading_point_size(14.0) == 17.5
    assert again.last_library() == tmp_path / "lib.sqlite"
    assert again.splitter_state("main") == QByteArray(b"\x01\x02")
    assert again.theme() == "system"  # an unknown theme falls back
    assert again.window_geometry() is None


def test_default_settings_stay_in_the_test_directory(qapp, isolated_settings):
    settings = Settings()
    settings.set_reading_point_size(20)
    settings.sync()
    assert Path(settings.file_name).is_relative_to(isolated_settings)
