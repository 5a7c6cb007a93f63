"""The window's code stays in parts a reader can hold: no ui module over ~500 lines without a
reason written at its top. (The import-linter contract "the window's modules import each other
without a circle" keeps them free of import circles; `uv run lint-imports` checks it.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"
LIMIT = 500


@pytest.mark.parametrize("path", sorted(UI.glob("*.py")), ids=lambda p: p.name)
def test_a_long_module_says_why_at_its_top(path: Path):
    source = path.read_text(encoding="utf-8")
    if source.count("\n") <= LIMIT:
        return
    docstring = ast.get_docstring(ast.parse(source)) or ""
    assert f"Longer than {LIMIT} lines" in docstring, f"{path.name}: split it, or say why not"


def test_the_main_window_is_not_also_the_library_controller():
    source = (UI / "main_window.py").read_text(encoding="utf-8")
    assert "QUndoCommand" not in source and "library_edits" not in source
    assert "from ui.main_window" not in (UI / "library_edits.py").read_text(encoding="utf-8")
