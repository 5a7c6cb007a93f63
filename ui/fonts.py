"""The Arabic reading font: the bundled Noto Naskh Arabic, chosen explicitly so that fontconfig
never substitutes a font such as KacstOne, which draws the Western digits of "750" as "٧٥٠".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
BUNDLED_FONTS = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")

# In order of preference. Noto Naskh has no Latin letters: Qt takes those from the next family
# in the list (Amiri, then DejaVu Sans) before it asks the system for a fallback.
ARABIC_FAMILIES = ("Noto Naskh Arabic", "Amiri", "DejaVu Sans")

# Naskh needs a larger size than Latin UI text to be comfortable: its letters sit small.
DEFAULT_READING_POINT_SIZE = 14.0
MIN_READING_POINT_SIZE = 8.0
MAX_READING_POINT_SIZE = 40.0


def load_bundled_fonts(directory: Path = FONTS_DIR) -> tuple[str, ...]:
    """Register the bundled font files with Qt; the families that were added.

    Needs a QGuiApplication. A missing or unreadable file is skipped: the families after it in
    ARABIC_FAMILIES still give a correct, if plainer, rendering.
    """
    families: list[str] = []
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(directory / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


_bundled_loaded = False


def available_arabic_families() -> tuple[str, ...]:
    """The families of ARABIC_FAMILIES that Qt can use here, in order of preference. The bundled
    font is registered first if no one has yet: a view built before the application's start-up
    (a test, an embedding) must not fall back to whatever system font fontconfig lists first."""
    global _bundled_loaded
    if not _bundled_loaded:
        _bundled_loaded = True
        if ARABIC_FAMILIES[0] not in QFontDatabase.families():
            load_bundled_fonts()
    installed = set(QFontDatabase.families())
    return tuple(family for family in ARABIC_FAMILIES if family in installed)


def arabic_font(point_size: float = DEFAULT_READING_POINT_SIZE, *, bold: bool = False) -> QFont:
    """The font for Arabic content: the preferred families explicitly, never a system guess."""
    families = list(available_arabic_families()) or list(ARABIC_FAMILIES)
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # Kerning and the font's own shaping matter for joined Arabic letters.
    font.setKerning(True)
    return font


def draws_western_digits(font: QFont) -> bool:
    """Whether `font` draws "0123456789" with glyphs of their own, not as Arabic-Indic digits.

    Fonts such as KacstOne map the ASCII digits onto the glyphs of ٠١٢٣٤٥٦٧٨٩, so "750" would be
    read as "٧٥٠" — the same number, but not what the article wrote.
    """
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return False
    western = raw.glyphIndexesForString("0123456789")
    if any(index == 0 for index in western):
        return False
    eastern = raw.glyphIndexesForString("٠١٢٣٤٥٦٧٨٩")
    return not set(western) & set(eastern)
