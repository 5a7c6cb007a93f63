"""The windows that explain: the legend of the compare view's colours and lines, an article's
original text and source file, and About with the version. None blocks the event loop.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.language import fill, isolated
from ui.theme import ReadingColours, reading_colours


def riwaya_version() -> str:
    """The installed version (pyproject's), or "unknown" when run from a bare checkout."""
    # Imported here: importlib.metadata pulls in the email package, ~0.1 s of start-up.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("riwaya")
    except PackageNotFoundError:
        return "unknown"


class HelpWindows(QObject):
    """Opens the explaining windows over `parent`; `legend` and `last_dialog` are kept for
    the window's tests and for recolouring."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.legend = None  # the Legend window, built when first asked for
        self.last_dialog: QWidget | None = None

    def show_legend(self) -> None:
        """Help › Legend (and the findings header's button): left open beside the text."""
        if self.legend is None:
            from ui.legend import LegendDialog

            self.legend = LegendDialog(self._parent, reading_colours())
        self.legend.show()
        self.legend.raise_()
        self.legend.activateWindow()

    def set_colours(self, colours: ReadingColours) -> None:
        if self.legend is not None:
            self.legend.set_colours(colours)

    def show_original_text(self, article, point_size: float) -> None:
        """View › Original text: the article as imported, and its source file."""
        from ui.original_text import OriginalTextDialog

        dialog = OriginalTextDialog(article, self._parent, point_size=point_size)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog

    def open_lexicon_folder(self, show_message) -> Path | None:
        """Help › Lexicon folder: the analyst's word lists (created with a README on first use)
        in the file manager, or a message saying where they are; the folder, None if it
        cannot be made."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from services import lexicon

        try:
            folder = lexicon.prepare_user_dir()
        except (OSError, lexicon.LexiconError) as e:
            show_message(fill(self.tr("The lexicon folder cannot be opened: %1"), str(e)))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            show_message(fill(self.tr("Your word lists are in %1"), str(folder)))
        return folder

    def show_about(self, db_path: Path) -> None:
        """Help › About: the version, Qt's, and the library open."""
        from PySide6 import __version__ as pyside_version

        box = QMessageBox(self._parent)
        box.setObjectName("about")
        box.setWindowTitle(self.tr("About Riwaya"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            fill(
                self.tr(
                    "<b>Riwaya</b> — رواية &nbsp; version %1<br><br>Compare how outlets report "
                    "the same story, side by side and right to left, with the figures they agree "
                    "and disagree on.<br><br>Library: %2<br>"
                ),
                isolated(escape(riwaya_version())),
                isolated(escape(str(db_path))),
            )
            + isolated(f"Qt {escape(qVersion())} · PySide6 {escape(pyside_version)}")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box
