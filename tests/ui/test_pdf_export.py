"""The PDF report, drawn by Qt: pages come out, page 1 rendered as an image is not blank and
shows the conflict's tint, and the Arabic is set in the bundled Noto Naskh Arabic."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services" / "export"))
from export_fixtures import noted, prison_comparison  # noqa: E402

from services.export.content import build_export  # noqa: E402
from ui.pdf_export import report_document, write_pdf  # noqa: E402

CONFLICT_TINT = QColor("#f9d3d3")


def _page_one(pdf: Path, tmp_path: Path) -> QImage:
    """Page 1 as an image: poppler's pdftoppm when installed, else the same document drawn by
    Qt onto an image (the PDF itself then goes unchecked beyond its existence)."""
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(tmp_path / "page")],
            check=True,
        )  # fmt: skip
        return QImage(str(tmp_path / "page.png"))
    document = report_document(build_export(prison_comparison()))
    document.setTextWidth(700)
    image = QImage(700, 990, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.mark.parametrize("poppler", [True, False], ids=["pdftoppm", "qt-image"])
def test_the_pdf_page_shows_text_and_the_conflict_tint(qapp, tmp_path, monkeypatch, poppler):
    if poppler and not shutil.which("pdftoppm"):
        pytest.skip("poppler's pdftoppm is not installed")
    if not poppler:
        monkeypatch.setattr(shutil, "which", lambda name: None)
    c = prison_comparison()
    path = tmp_path / "report.pdf"
    pages = write_pdf(build_export(c, noted(c)), path)
    assert pages >= 1
    assert path.read_bytes().startswith(b"%PDF")
    image = _page_one(path, tmp_path)
    assert not image.isNull()
    step = 2
    samples = [
        image.pixelColor(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    inked = sum(1 for colour in samples if colour.lightness() < 128)
    assert inked / len(samples) > 0.01  # text, not a blank page
    assert any(_close(colour, CONFLICT_TINT) for colour in samples)


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="needs poppler's pdffonts")
def test_the_arabic_is_set_in_the_bundled_naskh(qapp, tmp_path):
    path = tmp_path / "report.pdf"
    write_pdf(build_export(prison_comparison()), path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "NotoNaskhArabic" in fonts
    assert "Kacst" not in fonts
