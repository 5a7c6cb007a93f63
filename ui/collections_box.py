"""Collections in the library panel: the saved stories (a choice selects their articles, and
more than two selected open the story view), saving the selection as one, and a story of the
articles the list shows (a search's results).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from ui.language import fill


class CollectionsBox(QWidget):
    """Signals: `chosen(ids)` (a collection picked: select its articles), `show_all()` (the
    reader asks for the story of every article shown in the list)."""

    chosen = Signal(tuple)
    show_all = Signal()

    def __init__(self, controller, selected_ids, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectionsBox")
        self._controller = controller
        self._selected_ids = selected_ids
        self.combo = QComboBox(self)
        self.combo.setObjectName("collections")
        self.combo.setToolTip(self.tr("Saved stories: choose one to see its articles together"))
        self.save_button = QPushButton(self.tr("Save as story…"), self)
        self.save_button.setToolTip(self.tr("Save the selected articles as a named collection"))
        self.all_button = QPushButton(self.tr("Story of list"), self)
        self.all_button.setToolTip(
            self.tr("Every article the list shows (a search's results) at once")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.all_button)
        self.combo.activated.connect(self._on_activated)
        self.save_button.clicked.connect(self.ask_name)
        self.all_button.clicked.connect(self.show_all)
        self.refresh()

    def refresh(self) -> None:
        """Read the library's collections again (a quick read on the GUI thread's Library)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        collections = self._controller.library.collections()
        self.combo.addItem(fill(self.tr("Collections (%1)"), len(collections)), None)
        for c in collections:
            self.combo.addItem(f"{c.name} ({len(c.article_ids)})", c.name)
        self.combo.blockSignals(False)

    def names(self) -> list[str]:
        return [self.combo.itemData(k) for k in range(1, self.combo.count())]

    def ask_name(self) -> None:
        """Ask for the collection's name without blocking the event loop."""
        if len(self._selected_ids()) < 2:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save as story"))
        dialog.setLabelText(self.tr("Name of the collection:"))
        dialog.textValueSelected.connect(self.save_selection)
        dialog.open()

    def save_selection(self, name: str) -> None:
        """Save the selected articles as the collection `name` (replacing one of that name)."""
        from services.library import LibraryError

        ids = self._selected_ids()
        if not name.strip() or len(ids) < 2:
            return
        try:
            self._controller.library.save_collection(name, ids)
        except LibraryError as error:
            self._controller.message.emit(str(error), 8000)
            return
        self.refresh()
        self.combo.setCurrentIndex(self.combo.findData(name.strip()))
        saved = fill(self.tr("Saved %1 articles as «%2»."), len(ids), name.strip())
        self._controller.message.emit(saved, 5000)

    def choose(self, name: str) -> None:
        """Select the articles of collection `name`."""
        from services.library import LibraryError

        try:
            collection = self._controller.library.collection(name)
        except LibraryError as error:
            self._controller.message.emit(str(error), 8000)
            return
        self.chosen.emit(collection.article_ids)

    def _on_activated(self, position: int) -> None:
        name = self.combo.itemData(position)
        if name:
            self.choose(name)
