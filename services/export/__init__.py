"""Reports out of Riwaya: what an exported comparison holds (`content`), and the files it is
written as — an HTML page (`webpage`), CSV and XLSX tables of figures (`tables`); the JSON is
`compare.report`'s. The PDF is drawn by Qt from the same HTML, in `ui.pdf_export`.
"""

from typing import TYPE_CHECKING

from services.public import lazy_exports

# The names the window and the CLI use, by the module that defines them; loaded on first use.
_EXPORTS = {
    "ComparisonExport": "content",
    "build_export": "content",
    "build_story_export": "story",
    "figure_csv": "tables",
    "render_html": "webpage",
    "story_hashes_and_keys": "story",
    "story_json": "story",
    "write_csv": "tables",
    "write_xlsx": "tables",
}
__all__ = [
    "ComparisonExport",
    "build_export",
    "build_story_export",
    "figure_csv",
    "render_html",
    "story_hashes_and_keys",
    "story_json",
    "write_csv",
    "write_xlsx",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:
    from services.export.content import ComparisonExport, build_export
    from services.export.story import build_story_export, story_hashes_and_keys, story_json
    from services.export.tables import figure_csv, write_csv, write_xlsx
    from services.export.webpage import render_html
