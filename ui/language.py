"""The interface language: Arabic or English, chosen by `--lang`, else the one remembered from
View › Language, else the system locale. Installs Riwaya's and Qt's own catalogues and the
layout direction (Arabic mirrors the whole window), and formats dates shown in the interface.

The catalogues are built from resources/i18n/*.ts by `uv run python -m resources.i18n.build`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

ARABIC, ENGLISH = "ar", "en"
LANGUAGES = (ARABIC, ENGLISH)
# How each language is offered in View › Language: in its own script, never translated, so a
# reader who cannot read the current interface still finds their own.
LANGUAGE_NAMES = {ARABIC: "العربية", ENGLISH: "English"}

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# Every interface string goes through this (lupdate reads its calls): translate(context, text,
# disambiguation, n) with "%n" in text for plurals. Qt classes may use self.tr(text) instead.
translate = QCoreApplication.translate


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2 ... replaced by `values` (QString.arg, which Python strings lack):
    a translation may put them in any order. Replaced in one pass, so a value holding "%2"
    stays as it is.

    >>> fill("%1 من %2", 3, 20)
    '3 من 20'
    """
    return re.sub(
        r"%(\d+)",
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        text,
    )


def isolated(text: str) -> str:
    """`text` kept left to right inside Arabic (an interval, a time, a file name): bidi would
    show [54, 66] as [66, 54]. Unchanged in English."""
    return f"\u2066{text}\u2069" if _current == ARABIC and text else text


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A message outside any Qt class (the catalogues' context ""), chiefly "%n" plurals:
    lupdate reads a count passed here as a variable, and not one passed to translate()."""
    return translate("", text, disambiguation, n)


_installed: list[QTranslator] = []
_current = ENGLISH


def system_language() -> str:
    """Arabic when the system locale is any Arabic one, else English."""
    return ARABIC if QLocale.system().language() == QLocale.Language.Arabic else ENGLISH


def choose_language(requested: str | None, remembered: str | None) -> str:
    """`--lang` first, then the language chosen in View › Language, then the system's."""
    for choice in (requested, remembered):
        if choice in LANGUAGES:
            return choice
    return system_language()


def current_language() -> str:
    return _current


def is_arabic() -> bool:
    return _current == ARABIC


def apply_language(app: QCoreApplication, code: str) -> None:
    """Install the catalogues of `code` (Riwaya's, and Qt's for its standard buttons and
    dialogs) and its layout direction. Widgets built afterwards speak it; the window rebuilds
    itself to switch (MainWindow.set_language)."""
    global _current
    code = code if code in LANGUAGES else ENGLISH
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English needs its catalogue too: it holds the singular and plural of each "%n" message.
    for name, directory in ((f"riwaya_{code}", str(TRANSLATIONS_DIR)), (f"qtbase_{code}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = code
    # Only a QGuiApplication has a layout direction (the CLI's tests use a core application).
    if hasattr(app, "setLayoutDirection"):
        direction = (
            Qt.LayoutDirection.RightToLeft if code == ARABIC else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    # QLocale's default is left alone: an Arabic one would show numbers in Arabic-Indic digits,
    # and figures are shown as the articles write them.


# Dates ---------------------------------------------------------------------------------------

_STORED_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}:\d{2}))?")
# The month names the interface shows; their Arabic is the translator's choice (the .ts), so a
# newsroom that writes آذار rather than مارس changes one catalogue, not the code.
_MONTHS = (
    QT_TRANSLATE_NOOP("dates", "January"), QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"), QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"), QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"), QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"), QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"), QT_TRANSLATE_NOOP("dates", "December"),
)  # fmt: skip


def month_name(month: int) -> str:
    """The month's name in the interface language (1 = January)."""
    return translate("dates", _MONTHS[month - 1])


def display_date(stored: str, *, with_time: bool = True) -> str:
    """A stored date ("2024-03-13" or "2024-03-13 18:15") as the interface shows it: as
    stored in English, with the month's name in Arabic («13 مارس 2024، 18:15»). Digits stay
    Western, as the stored date writes them; anything not a stored date is shown unchanged."""
    match = _STORED_DATE.match(stored or "")
    if not is_arabic() or match is None or not 1 <= int(match.group(2)) <= 12:
        return stored
    year, month, day, time = match.groups()
    text = fill(
        translate("dates", "%1 %2 %3", "day, month name, year"),
        int(day),
        month_name(int(month)),
        year,
    )
    if time and with_time:
        text = fill(translate("dates", "%1, %2", "date, time"), text, time)
    return text
