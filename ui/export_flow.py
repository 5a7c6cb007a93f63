"""File › Export… and the findings panel's Export button: the comparison (or the story) on
screen, with the analyst's notes, written as an HTML page, a PDF, a CSV or XLSX table of its
figures, or JSON.

HTML, CSV, XLSX and JSON are pure Python and are written in the background (ui.tasks); the PDF
is laid out by Qt's text engine with the application's fonts, on the GUI thread (a two-article
report takes a few tenths of a second).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from services.models import Annotations, Comparison
from ui.language import fill, translate

# (format, name filter), in the order the dialog offers them.
FILTERS = (
    ("html", QT_TRANSLATE_NOOP("ExportFlow", "Web page, to read and print (*.html)")),
    ("pdf", QT_TRANSLATE_NOOP("ExportFlow", "PDF (*.pdf)")),
    ("xlsx", QT_TRANSLATE_NOOP("ExportFlow", "Excel workbook: one row per figure (*.xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("ExportFlow", "CSV table: one row per figure (*.csv)")),
    ("json", QT_TRANSLATE_NOOP("ExportFlow", "JSON: riwaya.compare/1 (*.json)")),
)
STATUS_MS = 8000

# Asks where to write: (parent, suggested path) -> (path, chosen format), or ("", "").
AskPath = Callable[[QWidget | None, str], tuple[str, str]]


def ask_path_in_dialog(parent: QWidget | None, suggested: str) -> tuple[str, str]:
    from ui.file_dialogs import save_file_and_filter

    filters = [(fmt, translate("ExportFlow", name)) for fmt, name in FILTERS]
    path, chosen = save_file_and_filter(
        parent,
        translate("ExportFlow", "Export the comparison"),
        suggested,
        ";;".join(f for _, f in filters),
    )
    fmt = next((fmt for fmt, name in filters if name == chosen), "html")
    return path, fmt


def export_format(path: str, chosen: str) -> tuple[str, str]:
    """The format (the file's extension if it names one, else the filter chosen) and the path
    with that extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "htm":
        return path, "html"
    if suffix in {fmt for fmt, _ in FILTERS}:
        return path, suffix
    return f"{path}.{chosen}", chosen


def write_export(subject, annotations: Annotations, path: str, fmt: str) -> None:
    """Write `subject` (a Comparison or a story) as `fmt` (html, csv, xlsx, json) to `path`;
    pure Python, any thread."""
    if fmt == "json":
        import json

        if isinstance(subject, Comparison):
            from services.compare import comparison_to_json

            data = comparison_to_json(subject, annotations)
        else:
            from services.export import story_json

            data = story_json(subject, annotations)
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    report = _report(subject, annotations)
    if fmt == "html":
        from services.export import render_html

        Path(path).write_text(render_html(report), encoding="utf-8")
    elif fmt == "csv":
        from services.export import write_csv

        write_csv(report, path)
    elif fmt == "xlsx":
        from services.export import write_xlsx

        write_xlsx(report, path)
    else:
        raise ValueError(f"unknown export format {fmt}")


def _report(subject, annotations: Annotations):
    created = datetime.now(UTC).isoformat(timespec="seconds")
    if isinstance(subject, Comparison):
        from services.export import build_export

        return build_export(subject, annotations, created=created)
    from services.export import build_story_export

    return build_story_export(subject, annotations, created=created)


class ExportFlow(QObject):
    """Exports what `comparison()` returns with what `annotations()` returns, or, when
    `story()` returns one (the story view is on screen), that story with `story_notes(story)`.
    """

    exported = Signal(str)  # the path written
    failed = Signal(str)  # a one-line reason

    def __init__(
        self,
        runner,
        comparison: Callable[[], Comparison | None],
        annotations: Callable[[], Annotations],
        *,
        story: Callable[[], object | None] = lambda: None,
        story_notes: Callable[[object], Annotations] = lambda _story: Annotations(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._comparison = comparison
        self._annotations = annotations
        self._story = story
        self._story_notes = story_notes
        self._parent = parent
        self.directory = str(Path.home())
        self.ask_path: AskPath = ask_path_in_dialog

    def _subject(self) -> tuple[object, Annotations] | None:
        story = self._story()
        if story is not None:
            return story, self._story_notes(story)
        comparison = self._comparison()
        return (comparison, self._annotations()) if comparison is not None else None

    def export(self) -> None:
        """Ask where, then write the comparison (or story) on screen there."""
        subject = self._subject()
        if subject is None:
            self.failed.emit(
                self.tr("Open a comparison or a story first: there is nothing to export.")
            )
            return
        suggested = str(Path(self.directory) / suggested_name(subject[0]))
        path, chosen = self.ask_path(self._parent, suggested)
        if not path:
            return
        self.export_to(path, chosen)

    def export_to(self, path: str, chosen: str = "html") -> None:
        found = self._subject()
        if found is None:
            return
        subject, annotations = found
        path, fmt = export_format(path, chosen)
        self.directory = str(Path(path).parent)
        if fmt == "pdf":
            self._write_pdf(subject, annotations, path)
            return

        def work(on_progress, is_cancelled) -> str:
            write_export(subject, annotations, path, fmt)
            return path

        self._runner.run_task(work, self.exported.emit, self._on_error)

    def _write_pdf(self, subject, annotations: Annotations, path: str) -> None:
        from ui.pdf_export import write_pdf

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(_report(subject, annotations), path)
        except OSError as error:
            self._on_error(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.exported.emit(path)

    def _on_error(self, error: BaseException) -> None:
        self.failed.emit(fill(self.tr("Cannot export: %1"), error))


def suggested_name(subject) -> str:
    """A file name for the export: riwaya-3-7.html for a comparison, riwaya-story-1-2-3.html
    for a story (files' names for articles outside the library)."""

    def part(article) -> str:
        if article.id is not None:
            return str(article.id)
        return Path(article.path).stem[:20] or "text"

    if isinstance(subject, Comparison):
        return f"riwaya-{part(subject.left)}-{part(subject.right)}.html"
    return "riwaya-story-" + "-".join(part(a) for a in subject.articles[:8]) + ".html"
