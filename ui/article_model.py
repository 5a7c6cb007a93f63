"""The library as a Qt table: a thin adapter over a tuple of `ArticleSummary`, with a proxy
that sorts and filters it by outlet and by the ids a full-text search found.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPainter, QPixmap

from services.models import ArticleSummary
from ui.language import display_date, fill, is_arabic, translate

# Drag-and-drop of articles inside the window (library rows onto a compare pane): a JSON list
# of article ids. The compare view reads it with `article_ids_from_mime`.
ARTICLE_MIME = "application/x-riwaya-article-ids"

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

TITLE, OUTLET, DATE, FIGURES = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Outlet"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Date"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Figures"),
)
# The date column shows and edits date and time in one cell ("2024-03-13 18:15").
_FIELDS = {TITLE: "title", OUTLET: "source", DATE: "when"}

# Sort key of an empty title, outlet or date: after every real value.
_LAST = "\U0010ffff"

AnyIndex = QModelIndex | QPersistentModelIndex
# Qt 6.10 replaced invalidateRowsFilter() by a begin/end pair.
_HAS_FILTER_CHANGE = hasattr(QSortFilterProxyModel, "endFilterChange")

EditFn = Callable[[int, str, str], bool]  # (article id, field, new value) -> accepted


def note_icon(size: int = 16) -> QIcon:
    """The mark of an article the analyst wrote a note on: ✎, drawn in the text colour."""
    key = (size, QGuiApplication.palette().text().color().name())
    if key not in _NOTE_ICONS:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(size - 2)
        painter.setFont(font)
        painter.setPen(QGuiApplication.palette().text().color())
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "✎")
        painter.end()
        _NOTE_ICONS[key] = QIcon(pixmap)
    return _NOTE_ICONS[key]


_NOTE_ICONS: dict[tuple[int, str], QIcon] = {}
# A long note is cut in a tooltip: the whole note is in Edit › Article note….
NOTE_TOOLTIP_CHARS = 300


def note_tooltip(note: str) -> str:
    """ "✎ Note: …" for a tooltip (the list's title, a version header)."""
    shown = note if len(note) <= NOTE_TOOLTIP_CHARS else note[: NOTE_TOOLTIP_CHARS - 1] + "…"
    return fill(translate("ArticleListModel", "✎ Note: %1"), shown)


def article_ids_from_mime(mime: QMimeData) -> tuple[int, ...]:
    """The article ids carried by a drag from the library list, or () for anything else."""
    if not mime.hasFormat(ARTICLE_MIME):
        return ()
    try:
        ids = json.loads(bytes(mime.data(ARTICLE_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return ()
    return tuple(i for i in ids if isinstance(i, int))


def article_mime(ids: Iterable[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ARTICLE_MIME, json.dumps(list(ids)).encode("utf-8"))
    return mime


class ArticleListModel(QAbstractTableModel):
    """Rows are articles, columns title / outlet / date / number of figures.

    Editing is delegated: `edit(id, field, value)` (field is "title", "source" or "when") does
    the storing — through the undo stack — and calls `replace` with the stored result.
    """

    def __init__(
        self,
        summaries: tuple[ArticleSummary, ...] = (),
        *,
        edit: EditFn | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = list(summaries)
        self._edit = edit
        self._notes: dict[int, str] = {}  # the analyst's note by article id

    # Qt interface -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == FIGURES:
                return summary.figures if role == Qt.ItemDataRole.DisplayRole else None
            value = getattr(summary, _FIELDS[column])
            if column == DATE and role == Qt.ItemDataRole.DisplayRole:
                # In Arabic the day, the month's name and the year (the time is in the tooltip):
                # the title column keeps the width. Edited and sorted as stored.
                shown = display_date(value, with_time=False)
                if shown == value and " " in value:
                    # Isolated left to right: in the right-to-left list "2024-03-13 18:15" would
                    # otherwise show as "18:15 2024-03-13".
                    return f"\u2066{value}\u2069"
                return shown
            return value
        if role == SORT_ROLE:
            if column == FIGURES:
                return summary.figures
            # Empty fields sort last in ascending order.
            return getattr(summary, _FIELDS[column]) or _LAST
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
            return note_icon() if summary.id in self._notes else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole title, which the column often cuts, and the file it came from.
            parts = (summary.title, summary.path) if column == TITLE else (summary.path,)
            if column == DATE and is_arabic() and summary.when:
                parts = (display_date(summary.when), *parts)
            if column == TITLE and summary.id in self._notes:
                parts = (*parts, note_tooltip(self._notes[summary.id]))
            return "\n".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FIGURES:
            # Absolute: plain AlignRight would flip to the left in a right-to-left layout.
            return int(
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if self._edit is not None and index.column() in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or self._edit is None
            or not index.isValid()
            or index.column() not in _FIELDS
        ):
            return False
        summary = self._rows[index.row()]
        field = _FIELDS[index.column()]
        text = str(value).strip()
        if text == getattr(summary, field):
            return False
        return self._edit(summary.id, field, text)

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return article_mime(self._rows[row].id for row in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # Python interface ---------------------------------------------------------------------

    def summaries(self) -> tuple[ArticleSummary, ...]:
        return tuple(self._rows)

    def set_summaries(self, summaries: tuple[ArticleSummary, ...]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def set_notes(self, notes: Mapping[int, str]) -> None:
        """The analyst's article notes by id: a noted title shows ✎, its tooltip the note."""
        changed = self._notes.keys() ^ notes.keys() | {
            i for i in notes.keys() & self._notes.keys() if notes[i] != self._notes[i]
        }
        self._notes = dict(notes)
        for article_id in changed:
            row = self.row_of(article_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, TITLE), self.index(row, TITLE))

    def note(self, article_id: int) -> str:
        return self._notes.get(article_id, "")

    def row_of(self, article_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return None

    def replace(self, summary: ArticleSummary) -> None:
        """Show the stored state of one article (after an edit or its undo)."""
        row = self.row_of(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def update_fields(self, article_id: int, **fields: str) -> ArticleSummary | None:
        row = self.row_of(article_id)
        if row is None:
            return None
        summary = dataclasses.replace(self._rows[row], **fields)
        self.replace(summary)
        return summary

    def remove(self, article_id: int) -> ArticleSummary | None:
        row = self.row_of(article_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        summary = self._rows.pop(row)
        self.endRemoveRows()
        return summary

    def insert(self, summary: ArticleSummary) -> None:
        """Add a row (an undone delete), keeping the rows in id order as the library lists them."""
        row = next((r for r, s in enumerate(self._rows) if s.id > summary.id), len(self._rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, summary)
        self.endInsertRows()

    def extend(self, summaries: Iterable[ArticleSummary]) -> None:
        """Append articles that are new to the library (an import in progress)."""
        new = list(summaries)
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def apply(self, changes: Mapping[int, ArticleSummary | None]) -> None:
        """Show the stored state of these articles: None removes a row, a summary replaces
        its row or adds one in id order. Rows are moved one by one, never reset, so that the
        selection and the scroll position stay where the reader left them."""
        known = {s.id for s in self._rows}
        for article_id, summary in changes.items():
            if summary is None:
                if article_id in known:
                    self.remove(article_id)
            elif article_id in known:
                self.replace(summary)
        new = sorted(
            (s for s in changes.values() if s is not None and s.id not in known),
            key=lambda s: s.id,
        )
        last = self.max_id()
        self.extend(s for s in new if s.id > last)  # an import's articles: one insertion
        for summary in new:
            if summary.id < last:
                self.insert(summary)

    def max_id(self) -> int:
        return max((s.id for s in self._rows), default=0)

    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({s.source for s in self._rows if s.source}))


class ArticleFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's SORT_ROLE and keeps the rows of one outlet and/or of a search."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._outlet: str | None = None
        self._ids: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_outlet(self, outlet: str | None) -> None:
        self._refilter(lambda: setattr(self, "_outlet", outlet or None))

    def set_ids(self, ids: Iterable[int] | None) -> None:
        """Keep only these articles (a search's hits); None keeps all."""
        kept = None if ids is None else frozenset(ids)
        self._refilter(lambda: setattr(self, "_ids", kept))

    def outlet(self) -> str | None:
        return self._outlet

    def _refilter(self, change: Callable[[], None]) -> None:
        if _HAS_FILTER_CHANGE:
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt before 6.10
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ArticleListModel) or source_row >= model.rowCount():
            return True
        summary = model.summary(source_row)
        if self._outlet is not None and summary.source != self._outlet:
            return False
        return self._ids is None or summary.id in self._ids
