"""The reading area's two quiet pages: the empty library's welcome, and the hint shown while
no article (or more than two) is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyLibraryPage(QWidget):
    """How to fill an empty library, with the two import buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyLibrary")
        heading = QLabel(self.tr("Your library is empty"), self)
        heading.setObjectName("emptyHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "Drag article files or whole folders onto this window, or choose "
                "File › Import files… (Ctrl+O) or File › Import folder… (Ctrl+Shift+O).\n\n"
                "Riwaya reads plain text (UTF-8, UTF-16, Windows-1256), saved web pages (.html) "
                "and Word documents (.docx). Then select one article to read it, or two to "
                "compare how the outlets tell the story."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.import_files_button = QPushButton(self.tr("Import files…"), self)
        self.import_folder_button = QPushButton(self.tr("Import folder…"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_files_button)
        buttons.addWidget(self.import_folder_button)
        buttons.addStretch(1)
        # A column of readable width in the middle; a word-wrapped label given an alignment in
        # its layout loses its height-for-width, so the column sets the width instead.
        column = QWidget(self)
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        inner.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(8)
        inner.addWidget(text)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)


class SelectionHintPage(QWidget):
    """One centred line of guidance; the window sets its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionHint")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
