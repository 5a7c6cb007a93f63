"""One article shown for reading: title, outlet and date, then the analysed text, right to left
in the explicit Arabic font.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from services.models import Article
from ui.fonts import DEFAULT_READING_POINT_SIZE, arabic_font

# Noto Naskh's own line height already leaves room for its tall letters and dots; a little
# more keeps long lines easy to follow back to the right edge.
LINE_HEIGHT_PERCENT = 112
PARAGRAPH_SPACING = 0.7  # of the point size


class ArticleView(QTextBrowser):
    """A read-only, right-to-left view of one article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article"))
        self.setOpenLinks(False)
        # The scroll bar and the text start on the right, where Arabic starts.
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._point_size = DEFAULT_READING_POINT_SIZE
        self._article: Article | None = None
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(18)
        self._apply_font()

    def article(self) -> Article | None:
        return self._article

    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, point_size: float) -> None:
        self._point_size = point_size
        self._apply_font()
        if self._article is not None:
            self.show_article(self._article)

    def show_article(self, article: Article) -> None:
        self._article = article
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()

        heading = self._char_format(self._point_size * 1.35, bold=True)
        meta = self._char_format(self._point_size * 0.85)
        meta.setForeground(self.palette().placeholderText())
        body = self._char_format(self._point_size)

        cursor.setBlockFormat(self._block_format(after=0.3))
        cursor.insertText(article.title or "(untitled)", heading)
        details = " · ".join(part for part in (article.source, article.when) if part)
        if details:
            cursor.insertBlock(self._block_format(after=1.0), meta)
            cursor.insertText(details, meta)
        # Blank lines between paragraphs become paragraph spacing, not empty lines.
        paragraphs = [p for p in article.text.split("\n") if p.strip()]
        for index, paragraph in enumerate(paragraphs):
            block = self._block_format(after=PARAGRAPH_SPACING)
            if index == 0 and not details:
                block.setTopMargin(self._point_size)
            cursor.insertBlock(block, body)
            cursor.insertText(paragraph, body)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def set_found_selections(self, selections: list) -> None:
        """Show Find in article's matches (QTextEdit.ExtraSelection)."""
        self.setExtraSelections(selections)

    def clear_article(self) -> None:
        self._article = None
        self.document().clear()

    # Private ------------------------------------------------------------------------------

    def _apply_font(self) -> None:
        font = arabic_font(self._point_size)
        self.document().setDefaultFont(font)
        self.setFont(font)

    def _char_format(self, point_size: float, *, bold: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font: QFont = arabic_font(point_size, bold=bold)
        fmt.setFont(font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
        return fmt

    def _block_format(self, *, after: float) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        block.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight)
        block.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        block.setBottomMargin(after * self._point_size)
        return block
