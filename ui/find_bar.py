"""Find in article: a bar under the reading area that finds words in the text being read (one
article, or one pane of a comparison), as the library search does — hamza, diacritics and
Arabic-Indic digits do not matter — with next and previous, a count, and Escape to close.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from ui.language import fill
from ui.positions import Utf16Positions
from ui.theme import reading_colours

# Where a match is scrolled to when it is out of sight: a third of the way down, as a jump to a
# finding is, with context above it.
SCROLL_POINT = 0.3


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point spans of `query` in `text`, compared after Arabic normalisation (so ارهابي
    finds إرهابيًا and 750 finds ٧٥٠); overlapping matches are not counted twice.

    >>> find_spans("نقل ٧٥٠ محتجزا و750 آخرين", "750")
    [(4, 7), (16, 19)]
    """
    from services.text import normalize

    wanted = normalize(query).text.strip()
    if not wanted:
        return []
    view = normalize(text)
    spans = []
    at = view.text.find(wanted)
    while at >= 0:
        spans.append(view.to_original(at, at + len(wanted)))
        at = view.text.find(wanted, at + len(wanted))
    return spans


class FindBar(QWidget):
    """Finds in one text view at a time (`search_in(view)`); `closed` when Escape or ✕
    closes it. The view shows matches through `set_found_selections(selections)`."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view: QTextEdit | None = None
        self._matches: list[tuple[int, int]] = []  # UTF-16 document positions
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this article"))
        self.field.setAccessibleName(self.tr("Find in this article"))
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        self.previous_button = self._button("▲", self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button = self._button("▼", self.tr("Next match (Enter, F3)"))
        self.close_button = self._button("✕", self.tr("Close (Escape)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(lambda _text: self.refresh())
        self.field.returnPressed.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_bar)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Escape", self.close_bar),
            ("Shift+Return", self.previous),
            ("Shift+Enter", self.previous),
            ("F3", self.next),
            ("Shift+F3", self.previous),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # Public -------------------------------------------------------------------------------

    def search_in(self, view: QTextEdit) -> None:
        """Open the bar on `view` (Ctrl+F), the words typed so far selected."""
        if self._view is not None and self._view is not view:
            self._view.set_found_selections([])
        self._view = view
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def follow(self, view: QTextEdit | None) -> None:
        """The text on screen changed: find again in `view` (None closes the bar), leaving
        the keyboard where it is."""
        if not self.isVisible():
            return
        if view is None:
            self.close_bar()
            return
        if self._view is not None and self._view is not view:
            self._view.set_found_selections([])
        self._view = view
        self.refresh()

    def view(self) -> QTextEdit | None:
        return self._view

    def match_count(self) -> int:
        return len(self._matches)

    def current(self) -> int:
        """The current match's index, -1 when there is none."""
        return self._current

    def refresh(self) -> None:
        """Find again (the words changed, or the text shown did)."""
        view = self._view
        if view is None or not self.isVisible():
            return
        text = view.document().toPlainText()
        positions = Utf16Positions(text)
        query = self.field.text()
        self._matches = [
            positions.span_to_utf16(start, end) for start, end in find_spans(text, query)
        ]
        self._current = 0 if self._matches else -1
        self._show(scroll=True)

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def close_bar(self) -> None:
        view = self._view
        if view is not None:
            view.set_found_selections([])
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._matches, self._current = [], -1
        self.hide()
        self.closed.emit()

    # Private ------------------------------------------------------------------------------

    def _step(self, step: int) -> None:
        if not self._matches:
            return
        # Round and round, as in any text editor: the count says where the reader is.
        self._current = (self._current + step) % len(self._matches)
        self._show(scroll=True)

    def _show(self, *, scroll: bool) -> None:
        view = self._view
        if view is None:
            return
        if not self.field.text().strip():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(self.tr("No match"))
        else:
            self.count_label.setText(
                fill(self.tr("%1 of %2"), self._current + 1, len(self._matches))
            )
        palette = view.palette()
        other = QTextCharFormat()
        # Every match in the flash tint (readable in light and dark), the current one as a
        # selection: the two read apart without colour too.
        other.setBackground(reading_colours(palette).flash_tint)
        current = QTextCharFormat()
        current.setBackground(palette.color(QPalette.ColorRole.Highlight))
        current.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        selections = []
        for index, (start, end) in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = current if index == self._current else other
            selections.append(selection)
        view.set_found_selections(selections)
        if scroll and 0 <= self._current < len(self._matches):
            self._scroll_to(self._matches[self._current][0])

    def _scroll_to(self, position: int) -> None:
        view = self._view
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        rect = view.cursorRect(cursor)  # in viewport coordinates
        height = view.viewport().height()
        if rect.top() >= 0 and rect.bottom() <= height:
            return  # in sight: the text stays where the reader has it
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - round(height * SCROLL_POINT))
