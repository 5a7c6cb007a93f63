"""The start-up path stays light: opening the window imports neither camel-tools nor the
comparison machinery (they load in the background after the first paint)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.application import create_application

app = create_application()
from services.library.storage import Library
from ui.main_window import MainWindow

db = Path(sys.argv[1])
window = MainWindow(Library.open(db), db, remember=False)
prefixes = (
    "camel_tools",
    "services.compare.comparison",
    "services.text.quantities",
    "ui.compare_view",
)
seen = []


class FirstPaint(QObject):
    # At the window's first paint, before the background warm-up that paint starts.
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint and not seen:
            seen.append(sorted(name for name in sys.modules if name.startswith(prefixes)))
        return False


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()

def report():
    print("HEAVY", ",".join(seen[0]) if seen else "no paint")
    window.close()
    app.quit()

QTimer.singleShot(300, report)
app.exec()
"""


def test_opening_the_window_loads_no_heavy_module(tmp_path):
    from services.library.storage import Library

    db = tmp_path / "library.sqlite"
    Library.open(db).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("HEAVY")]
    assert lines == ["HEAVY "], lines
