"""The articles related to the one being read, found in the background through the library's
MinHash/LSH index, with self.tr("Build story from related"): the article and those related to it,
selected together, open the story view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.language import fill
from ui.tasks import with_library

RELATED_LIMIT = 10


def related_work(article_id: int, limit: int):
    def work(library, on_progress, is_cancelled):
        found = library.related(article_id, limit=limit)
        rows = []
        for r in found:
            summary = library.get(r.article_id)
            rows.append((r.article_id, r.similarity, summary.source, summary.title))
        return article_id, tuple(rows)

    return work


class RelatedPanel(QWidget):
    """Signals: `story_requested(ids)` (the article and its related ones), `compare_requested(a,
    b)` (a related article double-clicked), `updated(article_id)` once its list is shown."""

    story_requested = Signal(tuple)
    compare_requested = Signal(int, int)
    updated = Signal(int)

    def __init__(self, runner, db_path: Callable[[], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPanel")
        self._runner = runner
        self._db_path = db_path
        self._article: int | None = None
        self._generation = 0
        self.label = QLabel(self.tr("Related: select one article"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("relatedList")
        self.list.setMaximumHeight(150)
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.build_button = QPushButton(self.tr("Build story from related"), self)
        self.build_button.setEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(self.build_button)
        self.build_button.clicked.connect(self.build_story)
        self.list.itemActivated.connect(self._on_activated)

    def show_for(self, ids: tuple[int, ...]) -> None:
        """The related list of the one selected article (nothing for other selections)."""
        self._generation += 1
        if len(ids) != 1:
            self._article = None
            self.list.clear()
            self.build_button.setEnabled(False)
            self.label.setText(self.tr("Related: select one article"))
            return
        generation = self._generation
        self._article = ids[0]
        self.label.setText(fill(self.tr("Related to %1: looking…"), f"\u2066#{ids[0]}\u2069"))
        self._runner.run_task(
            with_library(self._db_path(), related_work(ids[0], RELATED_LIMIT)),
            lambda result: self._show(generation, result),
            lambda error: self._failed(generation, error),
        )

    def related_ids(self) -> tuple[int, ...]:
        return tuple(
            self.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.list.count())
        )

    def build_story(self) -> None:
        if self._article is not None and self.list.count():
            self.story_requested.emit((self._article, *self.related_ids()))

    def _show(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        article_id, rows = result
        self.list.clear()
        for rid, similarity, source, title in rows:
            # Title first (the list reads right to left); the id and score isolated left to right.
            ref = f"\u2066#{rid}, {similarity:.2f}\u2069"
            outlet = source or self.tr("no outlet")
            item = QListWidgetItem(f"{title} — {outlet} ({ref})")
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setToolTip(title)
            self.list.addItem(item)
        self.label.setText(
            fill(self.tr("Related to %1: %2"), f"\u2066#{article_id}\u2069", len(rows))
        )
        self.build_button.setEnabled(bool(rows))
        self.updated.emit(article_id)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.label.setText(fill(self.tr("Related: %1"), error))

    def _on_activated(self, item: QListWidgetItem) -> None:
        if self._article is not None:
            self.compare_requested.emit(self._article, item.data(Qt.ItemDataRole.UserRole))
