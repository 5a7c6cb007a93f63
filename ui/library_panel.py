"""The library panel: the article table with a full-text search box and an outlet filter.
It reports which articles are selected; the window decides what to show for them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.article_model import (
    ARTICLE_ID_ROLE,
    DATE,
    FIGURES,
    OUTLET,
    TITLE,
    ArticleFilterProxy,
    ArticleListModel,
)
from ui.fonts import arabic_font
from ui.language import display_date, is_arabic

# Typing pauses shorter than this do not start a search: FTS is fast, but rebuilding the filter
# on every keystroke makes the list flicker.
SEARCH_DELAY_MS = 200


class LibraryPanel(QWidget):
    """Search box, outlet filter and the table of articles (multi-selection, drag to compare)."""

    selection_changed = Signal(tuple)  # article ids in the order they were selected
    activated = Signal(int)  # an article id: Enter or double-click on a read-only column
    filter_changed = Signal()
    # The owner runs the search (in the background) and answers with `show_search_results`.
    search_requested = Signal(str)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._query = ""
        self._selected: list[int] = []
        self._context_actions: list[QAction] = []

        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("librarySearch")
        self.search_box.setPlaceholderText(self.tr("Search the library (Ctrl+Shift+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the library"))

        self.outlet_box = QComboBox(self)
        self.outlet_box.setObjectName("outletFilter")
        self.outlet_box.setAccessibleName(self.tr("Filter by outlet"))
        self.outlet_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outlet_box.setMinimumContentsLength(10)

        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.table = QTableView(self)
        self.table.setObjectName("articleTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Articles"))
        # Titles and outlets are Arabic: the table reads right to left, title first.
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.table.setFont(arabic_font(11))
        # Counts in Western digits whatever the system's locale: figures are shown as written.
        self.table.setLocale(QLocale.c())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # The date column holds a time too ("2024-03-13 18:15"); in Arabic a date alone, its
        # month named («28 سبتمبر 2024»), and the title column keeps the width saved.
        date_width = 132
        if is_arabic():
            date_width = self.table.fontMetrics().horizontalAdvance(display_date("2024-09-28")) + 14
        for column, width in ((OUTLET, 110), (DATE, date_width), (FIGURES, 56)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        header.setFont(self.font())  # interface text, not the reading font of the rows
        header.setSortIndicatorShown(True)
        # Library order (as imported) until the reader clicks a header.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        row_height = self.table.fontMetrics().height() + 6
        self.table.verticalHeader().setDefaultSectionSize(row_height)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.outlet_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self.apply_search)
        self.outlet_box.currentIndexChanged.connect(self._on_outlet_chosen)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_activated)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._refresh_outlets)
        self._refresh_outlets()

    # Public -------------------------------------------------------------------------------

    def selected_ids(self) -> tuple[int, ...]:
        return tuple(self._selected)

    def select_ids(self, ids: Iterable[int]) -> None:
        """Select these articles (those the filter shows), the first one current."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for article_id in ids:
            row = self._model.row_of(article_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self._model.index(row, 0))
            if not index.isValid():
                continue
            flags = QItemSelectionModel.SelectionFlag
            selection.select(index, flags.Select | flags.Rows)
            if first is None:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def set_context_actions(self, actions: Iterable[QAction]) -> None:
        self._context_actions = list(actions)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def edit_current(self) -> None:
        """Start editing the current article's title (F2 does the same on any column)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(TITLE))

    def apply_search(self) -> None:
        """Ask for the articles matching the search box (an empty box shows all)."""
        self._search_timer.stop()
        query = self.search_box.text().strip()
        if query == self._query:
            return
        self._query = query
        if not query:
            self.message.hide()
            self.proxy.set_ids(None)
            self.filter_changed.emit()
        else:
            self.message.setText(self.tr("Searching…"))
            self.message.show()
            self.search_requested.emit(query)

    def search_query(self) -> str:
        return self._query

    def show_search_results(self, query: str, ids: Iterable[int], *, note: str = "") -> None:
        """Keep only the articles a search found; results of an outdated query are ignored."""
        if query != self._query:
            return
        ids = tuple(ids)
        self.proxy.set_ids(ids)
        message = note or ("" if ids else self.tr("No article matches."))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.filter_changed.emit()

    # Private ------------------------------------------------------------------------------

    def _refresh_outlets(self, *_args) -> None:
        current = self.proxy.outlet()
        outlets = self._model.outlets()
        shown = tuple(self.outlet_box.itemText(i) for i in range(1, self.outlet_box.count()))
        if self.outlet_box.count() > 0 and outlets == shown:
            return
        self.outlet_box.blockSignals(True)
        self.outlet_box.clear()
        self.outlet_box.addItem(self.tr("All outlets"))
        self.outlet_box.addItems(list(outlets))
        position = outlets.index(current) + 1 if current in outlets else 0
        self.outlet_box.setCurrentIndex(position)
        self.outlet_box.blockSignals(False)
        if current is not None and current not in outlets:
            self.proxy.set_outlet(None)
            self.filter_changed.emit()

    def _on_outlet_chosen(self, position: int) -> None:
        self.proxy.set_outlet(self.outlet_box.itemText(position) if position > 0 else None)
        self.filter_changed.emit()

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        ids_now = self._ids_of_rows(self.table.selectionModel().selectedRows())
        # Keep the order in which the reader picked them; append the newly selected.
        ordered = [i for i in self._selected if i in ids_now]
        ordered += [i for i in ids_now if i not in ordered]
        if ordered != self._selected:
            self._selected = ordered
            self.selection_changed.emit(tuple(ordered))

    def _ids_of_rows(self, indexes: Iterable[QModelIndex]) -> list[int]:
        return [index.data(ARTICLE_ID_ROLE) for index in sorted(indexes, key=lambda i: i.row())]

    def _on_activated(self, index: QModelIndex) -> None:
        self.activated.emit(index.data(ARTICLE_ID_ROLE))

    def _show_context_menu(self, position) -> None:
        if not self._context_actions or not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.addActions(self._context_actions)
        menu.exec(self.table.viewport().mapToGlobal(position))
