"""A comparison report as one self-contained HTML page: right to left, the reading font
embedded, figures marked by relation as in the app, the analyst's notes, a print style.

The template is data (`resources/reports/comparison.html.j2`), filled by jinja2 with
autoescaping: an article holding «<script>» or «<img src=…>» shows them as text.
"""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path

from services.export.content import (
    CHANGED,
    DISMISSED,
    FIGURE,
    FORMAT,
    Version,
    version_name,
    version_ref,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TEMPLATES = RESOURCES / "reports"
# The bundled Noto Naskh Arabic, embedded so the page reads the same on a machine without it
# (and never falls to a font such as KacstOne, which draws 750 as ٧٥٠). ~0.5 MB as base64.
FONTS = (("normal", "NotoNaskhArabic-Regular.ttf"), ("bold", "NotoNaskhArabic-Bold.ttf"))

# (Arabic, English) names of relations and of the analyst's triage.
RELATION_NAMES = {
    "conflict": ("تعارض", "conflict"),
    "differs": ("اختلاف", "differs"),
    "agree": ("اتفاق", "agree"),
    "updated": ("تحديث", "updated"),
    "identical": ("متطابقة", "identical"),
    "shared": ("مشتركة", "shared"),
}
TRIAGE_NAMES = {"reviewed": ("تمت المراجعة", "reviewed"), "dismissed": ("مستبعد", "dismissed")}
_SUMMARY_ORDER = ("conflict", "updated", "differs", "agree", "identical", "shared", DISMISSED)
_SUMMARY_NAMES = {**RELATION_NAMES, DISMISSED: TRIAGE_NAMES["dismissed"]}

# Inline styles for Qt's rich text (the PDF): it reads a subset of CSS, no wavy lines.
_QT_STYLES = {
    "conflict": "background-color:#f9d3d3; font-weight:bold; color:#8e1b1b; "
    "text-decoration:underline",
    "updated": "background-color:#d4e4fb; font-weight:bold; color:#0d3c80",
    "differs": "background-color:#fce3b0; font-weight:bold; color:#6b3d00",
    "agree": "background-color:#d3eed8; font-weight:bold; color:#1b4d1e",
    FIGURE: "font-weight:bold; color:#455a64",
    DISMISSED: "background-color:#e6e6e6; color:#555555; text-decoration:line-through",
    CHANGED: "background-color:#e3d8f0",
    "badge-reviewed": "color:#2e7d32; font-size:8pt",
    "badge-dismissed": "background-color:#e6e6e6; color:#444444; font-size:8pt",
}
# Qt applies a class's font size inside headings poorly: the English glosses get it inline.
_QT_GLOSS = ('class="en"', 'class="en" style="font-size:8pt; color:#555555; font-weight:normal"')


@cache
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every article text is escaped; nothing in a report is trusted HTML
        undefined=jinja2.StrictUndefined,  # a misspelt field fails loudly, never prints ""
        trim_blocks=False,
    )


@cache
def _font_faces() -> tuple[dict, ...]:
    faces = []
    for weight, name in FONTS:
        path = RESOURCES / "fonts" / name
        if path.is_file():
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            faces.append({"weight": weight, "url": f"data:font/ttf;base64,{data}"})
    return tuple(faces)


def _outlet_of(v: Version) -> str:
    return v.outlet or v.title or version_name(v)


def _title_of(v: Version) -> str:
    return v.title or v.outlet or version_name(v)


def render_html(report, *, embed_fonts: bool = True, qt: bool = False) -> str:
    """The report (a ComparisonExport or a story's StoryExport) as an HTML page. `embed_fonts`
    puts the reading font inside the page; `qt` writes the variant Qt's QTextDocument draws
    well (for the PDF)."""
    from services.export.story import STORY_FORMAT, StoryExport

    if isinstance(report, StoryExport):
        return _render(
            "story.html.j2", report, STORY_FORMAT, embed_fonts=embed_fonts, qt=qt,
            spread=_spread,
        )  # fmt: skip
    counts = report.counts()
    summary = [
        (name, counts[name], *_SUMMARY_NAMES[name]) for name in _SUMMARY_ORDER if name in counts
    ]
    return _render(
        "comparison.html.j2", report, FORMAT, embed_fonts=embed_fonts, qt=qt, summary=summary
    )


def _spread(figure) -> str:
    def bound(x: float | None) -> str:
        if x is None:
            return "∞"
        return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"

    return f"[{bound(figure.low)} – {bound(figure.high)}]"


def _render(name: str, report, fmt: str, *, embed_fonts: bool, qt: bool, **extra) -> str:
    template = _environment().get_template(name)
    page = template.render(
        report=report,
        format=fmt,
        fonts=_font_faces() if embed_fonts and not qt else (),
        qt=qt,
        cols=lambda items: list(reversed(list(items))) if qt else list(items),
        qt_style=lambda mark: _QT_STYLES.get(mark, ""),
        relation_names=RELATION_NAMES,
        triage_names=TRIAGE_NAMES,
        **extra,
        version_name=version_name,
        version_ref=version_ref,
        outlet_of=_outlet_of,
        title_of=_title_of,
    )
    return page.replace(*_QT_GLOSS) if qt else page
