"""The HTML report: one self-contained right-to-left page, article text escaped, figures marked
by relation, dismissed findings marked, the analyst's notes, a print style."""

import re
from html.parser import HTMLParser

from export_fixtures import noted, prison_comparison

from services.compare.comparison import compare
from services.export.content import build_export
from services.export.webpage import render_html
from services.models import Article

HOSTILE = (
    'أعلنت الوزارة <script>alert("x")</script> نقل 750 معتقلا من السجن.\n'
    'وأظهرت صورة <img src=http://example.com/track.gif onerror="alert(1)"> الحافلات.'
)
CALM = "أعلنت الوزارة نقل نحو 60 معتقلا من السجن.\nوأظهرت صورة الحافلات."


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _visible_text(html: str) -> str:
    parser = _Tags()
    parser.feed(html)
    return "".join(parser.text)


def _tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_an_article_holding_markup_exports_as_inert_text():
    hostile = Article(None, "<b>عنوان</b>", "<i>x</i>", "", "h.txt", HOSTILE, HOSTILE)
    calm = Article(None, "عنوان", "", "", "c.txt", CALM, CALM)
    html = render_html(build_export(compare(hostile, calm)))
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object", "i")]
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)]
    # What the article wrote is shown as what it is: text.
    shown = _visible_text(html)
    assert '<script>alert("x")</script> نقل 750' in shown
    assert "<img src=http://example." in shown
    assert "<b>عنوان</b>" in shown


def test_the_page_is_self_contained_and_right_to_left():
    html = render_html(build_export(prison_comparison()))
    assert re.search(r'<html lang="ar" dir="rtl">', html)
    for tag, attrs in _tags(html):
        for name in ("src", "href"):
            assert not attrs.get(name), (tag, attrs)
    assert not re.search(r"url\((?!\"data:)", html)  # fonts are embedded, nothing fetched
    assert "data:font/ttf;base64," in html
    assert "@media print" in html


def test_the_conflict_and_the_notes_are_on_the_page():
    c = prison_comparison()
    html = render_html(build_export(c, noted(c)))
    # The dismissed one of the two 60/750 conflicts (one with the headline's 750) is marked so.
    assert html.count('class="is-dismissed"') == 1
    assert '<span class="dismissed">نحو 60</span>' in html
    assert '<span class="dismissed">750</span>' in html
    assert "مستبعد" in html and "dismissed" in html
    assert "عمليتا نقل" in html and "المصادر محلية ولم تُسمَّ" in html and "صياغة منقولة" in html
    live = render_html(build_export(c))
    assert '<span class="conflict">نحو 60</span>' in live
    assert '<span class="conflict">750</span>' in live
    assert "about 60 vs 750" in live
    assert "وكالة الساحل" in live and "شبكة المرفأ" in live and "2024-04-13" in live


def test_the_qt_variant_puts_columns_in_reverse_for_its_left_to_right_tables():
    c = prison_comparison()
    page, qt = render_html(build_export(c)), render_html(build_export(c), qt=True)
    assert "data:font" not in qt  # Qt gets the bundled font from the application instead
    heads = [re.findall(r"<th>(.*?)</th>", html)[:2] for html in (page, qt)]
    assert heads[0][0].startswith("الرواية الأولى") and heads[1][1].startswith("الرواية الأولى")
