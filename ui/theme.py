"""Light and dark appearance following the system, and the reading colours (conflict, differs,
agree, shared claims, inserted and deleted words) chosen to stay readable on both.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class ReadingColours:
    """Colour roles for highlights. Each relation has a `*_tint` background, on which the
    palette's text colour stays readable (contrast ≥ 4.5), and a strong `*_mark` for underlines,
    icons and gutter bands, visible against the base colour (contrast ≥ 3). Colour is never the
    only signal: the reader adds underline styles or icons.
    """

    dark: bool
    text: QColor
    base: QColor
    conflict_tint: QColor
    conflict_mark: QColor
    updated_tint: QColor  # a running total that grew between two reports: news, not an error
    updated_mark: QColor
    differs_tint: QColor
    differs_mark: QColor
    agree_tint: QColor
    agree_mark: QColor
    shared_tint: QColor
    shared_mark: QColor
    insert_tint: QColor
    insert_mark: QColor
    delete_tint: QColor
    delete_mark: QColor
    quantity_mark: QColor
    moved_mark: QColor
    flash_tint: QColor


def _colours(dark: bool, text: QColor, base: QColor, **hexes: str) -> ReadingColours:
    return ReadingColours(
        dark=dark, text=text, base=base, **{k: QColor(v) for k, v in hexes.items()}
    )


def light_colours(text: QColor | None = None, base: QColor | None = None) -> ReadingColours:
    return _colours(
        False,
        text or QColor("#000000"),
        base or QColor("#ffffff"),
        conflict_tint="#f9d3d3",
        conflict_mark="#c62828",
        updated_tint="#d4e4fb",
        updated_mark="#1552b0",
        differs_tint="#fce3b0",
        differs_mark="#a15c00",
        agree_tint="#d3eed8",
        agree_mark="#2e7d32",
        shared_tint="#e2ebf8",
        shared_mark="#3f6db3",
        insert_tint="#cfeff0",
        insert_mark="#00796b",
        delete_tint="#ebe1f4",
        delete_mark="#7b4fa6",
        quantity_mark="#455a64",
        moved_mark="#6a5acd",
        flash_tint="#fff59d",
    )


def dark_colours(text: QColor | None = None, base: QColor | None = None) -> ReadingColours:
    return _colours(
        True,
        text or QColor("#eeeeee"),
        base or QColor("#1e1e1e"),
        conflict_tint="#5e2424",
        conflict_mark="#ff7070",
        updated_tint="#1d3763",
        updated_mark="#7fb2ff",
        differs_tint="#58420f",
        differs_mark="#ffb74d",
        agree_tint="#1f4a24",
        agree_mark="#81c784",
        shared_tint="#243650",
        shared_mark="#82a8e0",
        insert_tint="#124c4a",
        insert_mark="#4dd0c4",
        delete_tint="#42305a",
        delete_mark="#c3a6e6",
        quantity_mark="#b0bec5",
        moved_mark="#a99cf0",
        flash_tint="#6b5d00",
    )


def is_dark(palette: QPalette) -> bool:
    """A dark theme: the window is darker than its text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def reading_colours(palette: QPalette | None = None) -> ReadingColours:
    """The reading colours for `palette` (the application's by default)."""
    if palette is None:
        palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return dark_colours(text, base) if is_dark(palette) else light_colours(text, base)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, for platforms whose own style stays light."""
    p = QPalette()
    roles = QPalette.ColorRole
    p.setColor(roles.Window, QColor("#2b2b2b"))
    p.setColor(roles.WindowText, QColor("#e6e6e6"))
    p.setColor(roles.Base, QColor("#1e1e1e"))
    p.setColor(roles.AlternateBase, QColor("#262626"))
    p.setColor(roles.ToolTipBase, QColor("#333333"))
    p.setColor(roles.ToolTipText, QColor("#eeeeee"))
    p.setColor(roles.Text, QColor("#eeeeee"))
    p.setColor(roles.PlaceholderText, QColor("#9a9a9a"))
    p.setColor(roles.Button, QColor("#333333"))
    p.setColor(roles.ButtonText, QColor("#e6e6e6"))
    p.setColor(roles.BrightText, QColor("#ff6b6b"))
    p.setColor(roles.Highlight, QColor("#3d6fb4"))
    p.setColor(roles.HighlightedText, QColor("#ffffff"))
    p.setColor(roles.Link, QColor("#82a8e0"))
    p.setColor(roles.Mid, QColor("#444444"))
    p.setColor(roles.Dark, QColor("#151515"))
    p.setColor(roles.Light, QColor("#505050"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#7a7a7a"))
    return p


def apply_theme(app: QGuiApplication, choice: str = "system") -> None:
    """Follow the system's light/dark scheme, or force "light" / "dark".

    Where the platform style already switches palettes (Windows 11, macOS, GNOME with a
    platform theme) nothing is overridden; where it stays light although dark is wanted,
    Fusion with a dark palette stands in, and the platform's style comes back after.
    """
    if app.property(_ORIGINAL_STYLE) is None:
        app.setProperty(_ORIGINAL_STYLE, app.style().name())
    scheme = app.styleHints().colorScheme()
    wants_dark = choice == "dark" or (choice == "system" and scheme == Qt.ColorScheme.Dark)
    if app.property(_STOOD_IN) and not wants_dark:
        app.setStyle(app.property(_ORIGINAL_STYLE))
        app.setPalette(app.style().standardPalette())
        app.setProperty(_STOOD_IN, False)
    if wants_dark and not is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.setProperty(_STOOD_IN, True)
    elif choice == "light" and is_dark(app.palette()):
        # The platform itself is dark, and the reader asked for light.
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        app.setProperty(_STOOD_IN, True)


_ORIGINAL_STYLE = "riwayaPlatformStyle"
_STOOD_IN = "riwayaThemeStoodIn"


class ThemeWatcher(QObject):
    """Tells the widgets when the system switches between light and dark."""

    colours_changed = Signal(object)  # ReadingColours

    def __init__(
        self, app: QGuiApplication, choice: str = "system", parent: QObject | None = None
    ) -> None:
        super().__init__(parent or app)
        self._app = app
        self._choice = choice
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def choice(self) -> str:
        return self._choice

    def set_choice(self, choice: str) -> None:
        """Follow the system ("system") or keep "light" / "dark" whatever it does."""
        self._choice = choice
        apply_theme(self._app, choice)
        self.colours_changed.emit(reading_colours())

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            apply_theme(self._app, self._choice)
            self.colours_changed.emit(reading_colours())
