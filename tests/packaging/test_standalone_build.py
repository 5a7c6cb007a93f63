"""The double-clickable build (resources/packaging/riwaya.spec): PyInstaller builds it once into
a temporary folder, and the BUILT program, not the source, renders the demo window, writes the
exports and opens a story. A module the import scan misses, a word list, template, catalogue or
font left out of the bundle shows up here, not on the analyst's workstation.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "resources" / "packaging" / "riwaya.spec"
# One build takes ~45 s on a lightly loaded 2-core machine; ten times that means it hangs.
BUILD_TIMEOUT = 600
RUN_TIMEOUT = 120
_PYINSTALLER = (sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN")


def _why_pyinstaller_cannot_run() -> str | None:
    if sys.platform not in ("linux", "win32", "darwin"):
        return f"PyInstaller builds and is tested on Linux, Windows and macOS, not {sys.platform}"
    if sys.platform == "linux":
        # PyInstaller's documented requirements on Linux (libc-bin and binutils).
        missing = [tool for tool in ("ldd", "objdump", "objcopy") if shutil.which(tool) is None]
        if missing:
            return f"PyInstaller needs {', '.join(missing)} on Linux (packages libc-bin, binutils)"
    return None


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Path:
    """The built Riwaya program (the spec's one build, shared by every test here)."""
    reason = _why_pyinstaller_cannot_run()
    if reason:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("standalone")
    started = time.monotonic()
    result = subprocess.run(
        [
            *_PYINSTALLER,
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = out / "dist" / "Riwaya"
    built = folder / ("Riwaya.exe" if sys.platform == "win32" else "Riwaya")
    assert built.exists(), sorted(p.name for p in folder.iterdir())
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {folder} in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB")
    return built


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    # The user's folders are the test's (tests/conftest.py); offscreen, with no display.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return result


def _samples(path: Path, step: int = 3) -> tuple[tuple[int, int], list[int]]:
    """The PNG's size and its pixels on a grid of `step`, as 0xRRGGBB."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    pixels = [
        image.pixel(x, y) & 0xFFFFFF
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    return (image.width(), image.height()), pixels


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_built_program_shows_what_the_source_shows(program, tmp_path, language):
    """The built program renders the demo comparison, and the same window as the source does:
    a missing font, icon, catalogue or word list in the bundle would change (or stop) it."""
    built, source = tmp_path / "built.png", tmp_path / "source.png"
    args = ["--demo", "--lang", language, "--screenshot"]
    _run([str(program), *args, str(built)], tmp_path)
    _run([sys.executable, "-m", "app.main", *args, str(source)], ROOT)
    (width, height), built_pixels = _samples(built)
    assert width >= 800 and height >= 500
    # Not blank, and not the bare window: two panes of anti-aliased Arabic text over tinted
    # claims. Measured on this grid: the demo comparison 1,796 colours and 2.2 % dark pixels;
    # the window with no comparison open 319 and 0.5 %; a blank image 1.
    assert len(set(built_pixels)) > 1000
    dark = sum(1 for p in built_pixels if sum((p >> s) & 0xFF for s in (16, 8, 0)) < 3 * 96)
    assert dark / len(built_pixels) > 0.01
    source_size, source_pixels = _samples(source)
    assert (width, height) == source_size
    differing = sum(1 for a, b in zip(built_pixels, source_pixels, strict=True) if a != b)
    # Identical when measured (0 of 144,000 samples); 1 % leaves room for a caret or a
    # hover state, not for a pane of text drawn in another font or left empty.
    assert differing / len(built_pixels) < 0.01


def test_the_built_program_exports_and_opens_a_story(program, tmp_path):
    """jinja2's templates, openpyxl, Qt's PDF writer and the story view, all from the bundle."""
    for fmt in ("xlsx", "pdf"):  # the PDF is drawn from the HTML report's template
        report = tmp_path / f"report.{fmt}"
        shot = tmp_path / f"after-{fmt}.png"
        export = ["--demo", "export", "compare", "1", "2", "-o", str(report)]
        _run([str(program), *export, "--screenshot", str(shot)], tmp_path)
        assert report.stat().st_size > 1000
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet.max_row > 2
    story = tmp_path / "story.png"
    _run([str(program), "--demo", "story", "1", "2", "3", "--screenshot", str(story)], tmp_path)
    # The story's tables: 1,173 colours measured, against 319 for the window without them.
    assert len(set(_samples(story)[1])) > 600
