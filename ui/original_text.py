"""The original of an article: its text exactly as it was read from the file (page furniture
and all) and the path of that file, in a window of its own (View › Original text).

The file itself is never opened: the library keeps the original, and the path is only shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.models import Article
from ui.fonts import arabic_font
from ui.language import display_date, fill


class OriginalTextDialog(QDialog):
    """One article's original text and source file, read-only, right to left."""

    def __init__(self, article: Article, parent: QWidget | None = None, *, point_size=14.0):
        super().__init__(parent)
        self.setObjectName("originalText")
        self.article = article
        name = article.title or article.path or self.tr("article")
        self.setWindowTitle(fill(self.tr("Original text — %1"), name))
        self.path_label = QLabel(self)
        self.path_label.setObjectName("sourcePath")
        self.path_label.setText(article.path or self.tr("(no source file: pasted or built in)"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setToolTip(self.tr("The file this article was imported from"))
        copy = QPushButton(self.tr("Copy path"), self)
        copy.setEnabled(bool(article.path))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(article.path))
        source = QHBoxLayout()
        source.addWidget(QLabel(self.tr("Source file:"), self))
        source.addWidget(self.path_label, 1)
        source.addWidget(copy)
        when = display_date(article.date) if article.date else ""
        details = [part for part in (article.source, when, article.format) if part]
        if article.encoding:
            details.append(article.encoding)
        self.details_label = QLabel(" · ".join(details), self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("originalBody")
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text.setFont(arabic_font(point_size))
        self.text.setPlainText(article.original)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(self.details_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
