"""File dialogs that judge files by their names and never open them.

On POSIX, SQLite's locks belong to the process, and closing *any* descriptor of a file drops
every lock the process holds on it (fcntl semantics). Qt's file dialog opens the files it lists
to guess their type from their first bytes (QMimeDatabase, for names such as
library.sqlite-shm that say nothing); when it closes them, the window's connection loses its
locks, and the next `riwaya` command on that library believes itself alone, checkpoints and
deletes the -wal and -shm files under the window. So the dialogs here are Qt's own widgets
(a platform dialog may read files as it likes) with an icon provider that reads names only.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

from ui.language import fill, translate


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name and kind (a stat), never from its contents."""

    def icon(self, which):  # a Qt override of both icon(IconType) and icon(QFileInfo)
        if isinstance(which, QFileInfo):
            kind = QFileIconProvider.IconType
            which = kind.Folder if which.isDir() else kind.File
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if not suffix:
            return translate("FileDialogs", "File")
        return fill(translate("FileDialogs", "%1 file"), suffix.upper())


def _dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str = ""):
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    # The provider must outlive the dialog's model, which only borrows it.
    dialog._icon_provider = NameOnlyIconProvider()
    dialog.setIconProvider(dialog._icon_provider)
    return dialog


def open_file_name(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> str:
    """One existing file chosen by the user, or "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    names = _run(dialog, QFileDialog.FileMode.ExistingFile)
    return names[0] if names else ""


def open_file_names(
    parent: QWidget | None, caption: str, directory: str, name_filter: str
) -> list[str]:
    """Existing files chosen by the user; [] when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    return _run(dialog, QFileDialog.FileMode.ExistingFiles)


def save_file_name(
    parent: QWidget | None, caption: str, directory: str, name_filter: str, suffix: str
) -> str:
    """A new (or existing, after confirmation) file name chosen by the user; `suffix` is added
    when the name has none. "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    names = _run(dialog, QFileDialog.FileMode.AnyFile)
    return names[0] if names else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str) -> str:
    """A folder chosen by the user, or "" when cancelled."""
    dialog = _dialog(parent, caption, directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    names = _run(dialog, QFileDialog.FileMode.Directory)
    return names[0] if names else ""


def save_file_and_filter(
    parent: QWidget | None, caption: str, path: str, name_filter: str
) -> tuple[str, str]:
    """A file to write, chosen by the user (Qt asks before replacing one), and the name
    filter chosen with it; ("", "") when cancelled."""
    dialog = _dialog(parent, caption, path, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    names = _run(dialog, QFileDialog.FileMode.AnyFile)
    return (names[0], dialog.selectedNameFilter()) if names else ("", "")


def _run(dialog: QFileDialog, mode: QFileDialog.FileMode) -> list[str]:
    dialog.setFileMode(mode)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()
