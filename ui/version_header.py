"""The header above each pane: which outlet's version it is, its date, its title, and whether
it is the version read first. Always visible, above the scrolling text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from services.models import Article
from ui.language import display_date


class ElidedLabel(QLabel):
    """A one-line label that elides what does not fit and shows the whole text as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class VersionHeader(QFrame):
    """Outlet, date and title of the version shown below it; always visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Elided labels: a long outlet or title must never widen its column and squeeze the
        # other pane.
        self.outlet = ElidedLabel(self)
        self.outlet.setObjectName("versionOutlet")
        self.outlet.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel(self)
        self.meta.setObjectName("versionMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.title = ElidedLabel(self)
        self.title.setObjectName("versionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # ✎ when the analyst wrote a note on this text; the note is its tooltip.
        self.note_mark = QLabel("✎", self)
        self.note_mark.setObjectName("versionNote")
        self.note_mark.hide()
        for label in (self.outlet, self.title):
            # Arabic names and titles: right to left, against the right edge.
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            label.setAlignment(
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
        # The date and role are Latin text: kept apart so that bidi does not reorder the date.
        # In Arabic they read right to left, still against the pane's outer edge.
        self.meta.setLayoutDirection(QApplication.layoutDirection())
        self.meta.setAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.meta, 0, 0)
        layout.addWidget(self.outlet, 0, 1)
        layout.addWidget(self.note_mark, 0, 2)
        layout.addWidget(self.title, 1, 0, 1, 3)
        layout.setColumnStretch(1, 1)
        self.setMinimumWidth(120)

    def show_article(
        self, article: Article | None, label: str, role: str, font: QFont, note: str = ""
    ) -> None:
        """Show `article` under `label` (its outlet) with its `role` ("read first"); `note` is
        the analyst's note on its text ("" for none)."""
        self.show_note(note if article is not None else "")
        if article is None:
            self.outlet.set_full_text("")
            self.meta.setText("")
            self.title.set_full_text("")
            self.setToolTip("")
            return
        title_font = QFont(font)
        title_font.setPointSizeF(max(9.0, font.pointSizeF() * 0.8))
        self.title.setFont(title_font)
        outlet_font = QFont(title_font)
        outlet_font.setBold(True)
        self.outlet.setFont(outlet_font)
        self.outlet.set_full_text(label)
        when = display_date(article.when) if article.when else self.tr("date unknown")
        self.meta.setText(f"{role} · {when}")
        self.title.set_full_text(article.title or article.path)
        self.setToolTip(article.path)

    def show_note(self, note: str) -> None:
        """Mark the version with ✎ and the analyst's `note` as its tooltip ("": no mark)."""
        from ui.article_model import note_tooltip

        self.note_mark.setToolTip(note_tooltip(note) if note else "")
        self.note_mark.setAccessibleName(note_tooltip(note) if note else "")
        self.note_mark.setVisible(bool(note))

    @property
    def note(self) -> str:
        """The note's tooltip as shown ("" when the version has no note)."""
        return self.note_mark.toolTip() if not self.note_mark.isHidden() else ""

    @property
    def text(self) -> str:
        """What the header says, as plain text (for tests and screen readers)."""
        return f"{self.outlet.full_text()} {self.meta.text()} {self.title.full_text()}"
