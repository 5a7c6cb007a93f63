"""Importing in the window: File › Import and dropped files or folders go to
`library.ingest.import_paths` in the background, with a progress bar and Cancel in the status
bar, and end in a summary of what was imported, skipped as a duplicate, or refused and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.models import ImportReport
from ui.article_model import article_ids_from_mime
from ui.file_dialogs import existing_directory, open_file_names
from ui.language import fill, isolated, tr, translate
from ui.tasks import with_library

# File dialog filter; the importer itself decides what it can read and says why it cannot.
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportController", "Articles (*.txt *.text *.html *.htm *.docx);;All files (*)"
)
# Why files were refused, as the importer says it (services write English); the fixed ones are
# translated here, any other shown as written.
REFUSALS = (
    QT_TRANSLATE_NOOP("ImportReasons", "a folder, not a file"),
    QT_TRANSLATE_NOOP("ImportReasons", "empty file"),
    QT_TRANSLATE_NOOP("ImportReasons", "no text in the Word document"),
    QT_TRANSLATE_NOOP("ImportReasons", "empty file: only blank lines and spaces"),
    QT_TRANSLATE_NOOP(
        "ImportReasons",
        "an old Word .doc file: open it in Word or LibreOffice and save it as .docx",
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "PDF is not supported: copy the article's text into a .txt file"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "RTF is not supported: save it as .docx or .txt"),
    QT_TRANSLATE_NOOP("ImportReasons", "OpenDocument text is not supported: save it as .docx"),
)


def local_paths(urls: Iterable[QUrl]) -> list[Path]:
    """The local files and folders among dropped URLs (web links are not fetched)."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def summary_line(report: ImportReport, cancelled: bool = False) -> str:
    """'3 articles imported · 1 already in the library · 2 refused'."""
    parts = [tr("%n article(s) imported", "", len(report.imported))]
    if report.duplicates:
        parts.append(tr("%n already in the library", "", len(report.duplicates)))
    if report.refused:
        parts.append(tr("%n refused", "", len(report.refused)))
    line = " · ".join(parts)
    return fill(translate("ImportController", "Import cancelled: %1"), line) if cancelled else line


class ImportProgress(QWidget):
    """The status-bar strip shown while an import runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Importing…"), self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setToolTip(self.tr("Stop the import; what was imported so far stays"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def start(self) -> None:
        self.label.setText(self.tr("Importing…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, current: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        name = Path(current).name if current else ""
        text = fill(self.tr("Importing %1 of %2"), done, total)
        self.label.setText(text + (f": {name}" if name else ""))

    def cancelling(self) -> None:
        self.label.setText(self.tr("Stopping after the current file…"))
        self.cancel_button.setEnabled(False)


class ImportOutcomeModel(QAbstractTableModel):
    """One row per file of an import: file name, outcome, details (a reason, an article)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportOutcomeModel", "File"),
        QT_TRANSLATE_NOOP("ImportOutcomeModel", "Outcome"),
        QT_TRANSLATE_NOOP("ImportOutcomeModel", "Details"),
    )

    def __init__(self, report: ImportReport, parent=None) -> None:
        super().__init__(parent)
        rows: list[tuple[str, str, str]] = []
        # Refused files first: they are what the reader has to act on.
        refused, stored = self.tr("Refused"), self.tr("Already in the library")
        imported, untitled = self.tr("Imported"), self.tr("(untitled)")
        rows += [(p.path, refused, translate("ImportReasons", p.reason)) for p in report.refused]
        rows += [(path, stored, fill(self.tr("article %1"), i)) for path, i in report.duplicates]
        rows += [(a.path, imported, a.title or untitled) for a in report.imported]
        self._rows = tuple(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        path, outcome, detail = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # A file name reads left to right even in a right-to-left table: bidi would show
            # "000_8cf1.txt" as "8cf1.txt_000".
            return (isolated(Path(path).name or path), outcome, detail)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return isolated(path) if column == 0 else detail if column == 2 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None


class ImportSummaryDialog(QDialog):
    """What an import did, file by file: refused files first, each with its reason. A model,
    not a table of items: a 2,000-file import must not stall the window while it opens."""

    def __init__(
        self, report: ImportReport, *, cancelled: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(
            self.tr("Import cancelled") if cancelled else self.tr("Import finished")
        )
        self.report = report
        self.heading = QLabel(summary_line(report, cancelled), self)
        self.heading.setObjectName("importSummaryHeading")
        self.heading.setWordWrap(True)

        self.outcomes = ImportOutcomeModel(report, self)
        self.table = QTableView(self)
        self.table.setObjectName("importSummaryTable")
        self.table.setModel(self.outcomes)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in ((0, 200), (1, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows = self.outcomes.rowCount()
        self.table.setVisible(rows > 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 360 if rows else 120)

    def refused_reasons(self) -> dict[str, str]:
        return {problem.path: problem.reason for problem in self.report.refused}

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """The table as the reader sees it: (file, outcome, details) per row."""
        model = self.outcomes
        return [
            tuple(model.index(row, column).data() for column in range(3))
            for row in range(model.rowCount())
        ]


def import_work(paths: list[Path]):
    """The background part: read, clean, analyse and store, in the worker's own Library."""

    def work(library, on_progress, is_cancelled) -> ImportReport:
        from services.library import import_paths

        return import_paths(library, paths, on_progress=on_progress, is_cancelled=is_cancelled)

    return work


class ImportController(QObject):
    """Runs one import at a time; paths dropped meanwhile wait for their turn."""

    started = Signal()
    progressed = Signal(int, int)  # files done, files in all
    finished = Signal(object)  # ImportReport
    # After `finished`, for an import started with opened=True (files a launcher opened).
    opened = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        runner,
        db_path: Callable[[], Path],
        progress: ImportProgress,
        *,
        show_summary: bool = True,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._runner = runner
        self._db_path = db_path
        self._progress = progress
        self._show_summary = show_summary
        self._task = None
        self._opening = False  # the running import was started with opened=True
        self._waiting: list[tuple[list[Path], bool]] = []
        self.last_summary: ImportSummaryDialog | None = None
        self.last_directory = ""
        progress.cancel_requested.connect(self.cancel)
        progress.hide()

    def is_running(self) -> bool:
        return self._task is not None

    def choose_files(self) -> None:
        files = open_file_names(
            self._window,
            self.tr("Import articles"),
            self.last_directory,
            self.tr(FILE_FILTER),
        )
        if files:
            self.last_directory = str(Path(files[0]).parent)
            self.start([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = existing_directory(
            self._window, self.tr("Import a folder of articles"), self.last_directory
        )
        if folder:
            self.last_directory = folder
            self.start([Path(folder)])

    def start(self, paths: Iterable[Path], *, opened: bool = False) -> None:
        """Import `paths` in the background. `opened`: files the reader opened with Riwaya
        (a launcher); `opened(report)` follows, and the summary shows only if some file was
        refused (the files on screen say the rest)."""
        paths = list(paths)
        if not paths:
            return
        if self._task is not None:
            self._waiting.append((paths, opened))
            return
        self._opening = opened
        self._progress.start()
        self.started.emit()
        self._task = self._runner.run_task(
            with_library(self._db_path(), import_work(paths), check=True),
            self._on_done,
            self._on_error,
            self._on_progress,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._waiting.clear()
            self._task.cancel()
            self._progress.cancelling()

    # GUI thread callbacks -----------------------------------------------------------------

    def _on_progress(self, *args: Any) -> None:
        numbers = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
        names = [str(a) for a in args if isinstance(a, str | Path)]
        if len(numbers) >= 2:
            self._progress.update_progress(numbers[0], numbers[1], names[0] if names else "")
            self.progressed.emit(numbers[0], numbers[1])

    def _on_done(self, report: ImportReport) -> None:
        task, self._task = self._task, None
        cancelled = task is not None and task.is_cancelled()
        self._progress.hide()
        self.finished.emit(report)
        if self._opening:
            self.opened.emit(report)
        if self._show_summary and (not self._opening or report.refused):
            if self.last_summary is not None:
                self.last_summary.deleteLater()
            self.last_summary = ImportSummaryDialog(
                report, cancelled=cancelled, parent=self._window
            )
            self.last_summary.open()
        self._start_waiting()

    def _on_error(self, error: BaseException) -> None:
        self._task = None
        self._progress.hide()
        self.failed.emit(fill(self.tr("Import failed: %1"), error))
        self._start_waiting()

    def _start_waiting(self) -> None:
        if self._waiting:
            paths, opened = self._waiting.pop(0)
            self.start(paths, opened=opened)


class FileDropTarget(QObject):
    """Files or folders dragged from outside onto `widget` are imported: `dropped(paths)`.
    Articles dragged from the library list are left to the panes that take them."""

    def __init__(self, widget: QWidget, dropped: Callable[[list[Path]], None]) -> None:
        super().__init__(widget)
        self._dropped = dropped
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        mime = event.mimeData()
        if kind == QEvent.Type.DragMove:
            paths_ok = mime.hasUrls()
        else:
            paths_ok = mime.hasUrls() and not article_ids_from_mime(mime)
            paths_ok = paths_ok and bool(local_paths(mime.urls()))
        if not paths_ok:
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self._dropped(local_paths(mime.urls()))
        return True
