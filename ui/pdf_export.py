"""A comparison report as PDF, drawn by Qt from the report's HTML (services.export.webpage):
QTextDocument lays it out right to left with Arabic shaping, QPdfWriter pages it onto A4.

The bundled Noto Naskh Arabic is chosen explicitly: left to fontconfig, a system font such as
KacstOne may draw the Western digits of "750" as "٧٥٠".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from services.export import ComparisonExport
from ui.fonts import arabic_font, load_bundled_fonts

# Body text of a printed report: 10.5 pt Naskh reads like a 9.5 pt Latin face.
PDF_POINT_SIZE = 10.5
PDF_RESOLUTION = 300  # dpi: QPdfWriter lays text out in device units; 300 keeps it crisp
MARGIN_MM = 14.0
LAYOUT_DPI = 96.0


def report_document(report: ComparisonExport) -> QTextDocument:
    """The report laid out by Qt, right to left, in the bundled Naskh (needs a
    QGuiApplication)."""
    from services.export import render_html

    load_bundled_fonts()
    document = QTextDocument()
    document.setDefaultFont(arabic_font(PDF_POINT_SIZE))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(render_html(report, qt=True))
    return document


def write_pdf(report: ComparisonExport, path: str | Path) -> int:
    """Write the report as an A4 PDF; returns its page count. Needs a QGuiApplication (an
    offscreen one will do)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication")
    document = report_document(report)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle("Riwaya comparison")
    writer.setCreator("Riwaya")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    # The document is laid out as on a 96-dpi screen (QTextDocument's own unit) and print_()
    # scales each page onto the writer's printable area, so point sizes print as points.
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    scale = LAYOUT_DPI / 72.0
    document.setPageSize(QSizeF(area.width() * scale, area.height() * scale))
    document.print_(writer)
    return document.pageCount()
