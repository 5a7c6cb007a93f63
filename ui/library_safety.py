"""The window's part in keeping the library safe: the quick check, run in the background once
the window shows (a damaged library refuses writes, and the latest backup is offered), then the
signing of articles a library from before the related index holds, and File › Back up the
library / Restore a backup….
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.file_dialogs import open_file_name
from ui.language import fill, translate
from ui.tasks import with_library

NOTICE_MS = 10000


def damage_dialog(parent: QWidget | None, damaged) -> QMessageBox:
    """A dialog saying the library is damaged, with "Restore the latest backup" when there is
    one (its result is then QMessageBox.ButtonRole.AcceptRole)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("LibrarySafety", "The library is damaged"),
        str(damaged),
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "LibrarySafety",
            "Nothing will be written to it. Restoring puts back the latest backup; the damaged "
            "file is kept beside it.",
        )
        if damaged.backup is not None
        else translate(
            "LibrarySafety",
            "Nothing will be written to it, and there is no backup of it to restore.",
        )
    )
    if damaged.backup is not None:
        box.restore_button = box.addButton(
            translate("LibrarySafety", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def restore_chosen(box: QMessageBox) -> bool:
    button = getattr(box, "restore_button", None)
    return button is not None and box.clickedButton() is button


def sign_unsigned(library, on_progress, is_cancelled) -> int:
    """After the check passed: sign the articles a library from before the related index holds
    (migration 0006 leaves them), in batches, so that upgrading never holds the window; a
    cancel at quit stops between batches and the next start goes on."""
    return library.sign_unsigned(is_cancelled=is_cancelled)


class LibrarySafety(QObject):
    """Checks, backs up and restores the window's library. `damage_found(message)` follows a
    failed check; `message(text, ms)` is for the status bar."""

    damage_found = Signal(str)
    message = Signal(str, int)

    def __init__(self, window, runner, db_path: Callable[[], Path]) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._db_path = db_path
        self.last_dialog: QMessageBox | None = None
        self._checked = False
        self.message.connect(window.statusBar().showMessage)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The window opens its library without the quick check, so that it shows at once; the
        # check runs once it is shown.
        if event.type() == QEvent.Type.Show and not self._checked:
            self._checked = True
            QTimer.singleShot(0, self, self.start_check)
        return False

    def start_check(self) -> None:
        self._runner.run_task(
            with_library(self._db_path(), sign_unsigned, check=True),
            lambda _: None,
            self._on_error,
        )

    def back_up(self) -> None:
        def done(copy: Path) -> None:
            self.message.emit(fill(self.tr("Backed up to %1"), copy), NOTICE_MS)

        self._runner.run_task(
            with_library(self._db_path(), lambda library, *_: library.backup()),
            done,
            self._on_error,
        )

    def choose_backup(self) -> None:
        from services.library import backups_folder

        path = open_file_name(
            self._window,
            self.tr("Restore a backup of the library"),
            str(backups_folder(self._db_path())),
            self.tr("Backups (*.sqlite);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, backup: Path) -> bool:
        """Replace the open library by `backup` and reopen it."""
        from services.library import restore_backup

        window = self._window
        if window.imports.is_running():  # its worker holds a connection to the library
            self.message.emit(
                self.tr("Wait for the import to finish before restoring a backup."), NOTICE_MS
            )
            return False
        db_path = self._db_path()
        window.library.close()
        try:
            aside = restore_backup(db_path, backup)
        except (ValueError, OSError) as error:
            window.open_library(db_path)
            self._warn(self.tr("Cannot restore the backup"), str(error))
            return False
        if not window.open_library(db_path):
            return False
        restored = fill(self.tr("Restored %1"), backup.name)
        if aside is not None:
            restored += fill(self.tr("; the replaced library is kept as %1"), aside)
        self.message.emit(restored, NOTICE_MS)
        return True

    def _on_error(self, error: BaseException) -> None:
        from services.library import LibraryDamaged, LibraryError

        if isinstance(error, LibraryDamaged):
            self._window.library.refuse_writes(error)
            self.damage_found.emit(str(error))
            box = damage_dialog(self._window, error)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda _: restore_chosen(box) and self.restore(error.backup))
            box.open()
            self.last_dialog = box
        elif isinstance(error, LibraryError | OSError):
            self._warn(self.tr("The library"), str(error))
        else:
            raise error

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box
