"""What the window remembers between sessions (geometry, splitters, zoom, last library), kept in
an INI file through QSettings. Services never read these: options reach them as arguments.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Riwaya"
APPLICATION = "Riwaya"
# How many libraries File › Recent libraries lists: an analyst keeps one per case, and a menu
# longer than this is read less easily than the Open dialog.
RECENT_LIMIT = 8


class Settings:
    """Typed access to the stored preferences.

    `store` defaults to the per-user INI file; tests pass a QSettings on a temporary file (or
    redirect the user scope with `QSettings.setPath`) so that nothing reaches the real home.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings kept in the INI file at `path`."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    # Window layout -------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", value)

    # Reading ------------------------------------------------------------------------------

    def reading_point_size(self, default: float) -> float:
        value = self._store.value("reading/point_size", default)
        try:
            return float(value)
        except (TypeError, ValueError):
            return default

    def set_reading_point_size(self, value: float) -> None:
        self._store.setValue("reading/point_size", float(value))

    def theme(self) -> str:
        value = str(self._store.value("appearance/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, value: str) -> None:
        self._store.setValue("appearance/theme", value)

    def language(self) -> str | None:
        """The interface language chosen in View › Language ("ar", "en"), None if never."""
        value = self._store.value("appearance/language", "")
        return str(value) if value in ("ar", "en") else None

    def set_language(self, value: str) -> None:
        self._store.setValue("appearance/language", value)

    # Library ------------------------------------------------------------------------------

    def last_library(self) -> Path | None:
        value = self._store.value("library/last", "")
        return Path(str(value)) if value else None

    def set_last_library(self, path: Path) -> None:
        self._store.setValue("library/last", str(path))

    def recent_libraries(self) -> list[Path]:
        """Libraries opened before, the latest first (File › Recent libraries)."""
        value = self._store.value("library/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [Path(str(v)) for v in (value or []) if v]

    def add_recent_library(self, path: Path) -> None:
        path = Path(path)
        kept = [p for p in self.recent_libraries() if p != path]
        self._store.setValue("library/recent", [str(p) for p in [path, *kept][:RECENT_LIMIT]])

    def clear_recent_libraries(self) -> None:
        self._store.remove("library/recent")

    def last_import_directory(self) -> str:
        return str(self._store.value("library/last_import_directory", ""))

    def set_last_import_directory(self, path: str) -> None:
        self._store.setValue("library/last_import_directory", path)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_window_layout(settings: Settings, window, splitter) -> None:
    """Put the window and its main splitter back where the reader left them."""
    geometry = settings.window_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 860)
    state = settings.window_state()
    if state is not None:
        window.restoreState(state)
    sizes = settings.splitter_state("main")
    if sizes is not None:
        splitter.restoreState(sizes)


def save_window_layout(settings: Settings, window, splitter) -> None:
    settings.set_window_geometry(window.saveGeometry())
    settings.set_window_state(window.saveState())
    settings.set_splitter_state("main", splitter.saveState())


def remembered_library() -> Path | None:
    """The library the user had open last, if it still exists (for the start-up wiring when
    no --db was given)."""
    path = Settings().last_library()
    return path if path is not None and path.exists() else None
