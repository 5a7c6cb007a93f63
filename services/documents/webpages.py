"""Saved web pages: the page's charset, its main text as trafilatura finds it (the HTML is
parsed as a string: nothing is fetched, no script runs), and the title, site name and date
its markup states. Falls back to the plain text of the body when trafilatura finds nothing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

from services.documents.encodings import decode_text

# The HTML standard's pre-scan reads the first 1024 bytes for a charset; saved pages put
# comments and long <title>s first, so look further.
_PRESCAN_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# lxml refuses a str that still carries an XML encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

# Elements that are never the article, dropped before the fallback reads the body.
_NOT_CONTENT = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "header",
    "footer", "aside", "form", "button", "select", "head",
)  # fmt: skip
# Elements after which a reader sees a new line.
_BLOCKS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "blockquote", "pre", "figcaption", "dd", "dt", "hr",
)  # fmt: skip
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ")
# A title is repeated as the text's first line unless it is already among the first lines.
_TITLE_LOOKAHEAD_LINES = 3


class PageWithoutText(ValueError):
    """The page holds no readable article text; `str(error)` is the reason."""


@dataclass(frozen=True)
class WebPage:
    """A decoded page: its full source, its main text, and what its markup states."""

    html: str
    encoding: str
    text: str
    title: str
    site: str
    date: str
    time: str = ""  # the clock time the markup states with `date` ("18:15"), else ""


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag or an XML declaration, if any.

    >>> declared_charset(b'<html><head><meta charset="windows-1256">')
    'windows-1256'
    """
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def read_web_page(data: bytes, *, declared: str | None = None) -> WebPage:
    """Decode a saved page and extract its article. Raises `UndecodableBytes` or
    `PageWithoutText` with the reason."""
    decoded = decode_text(data, declared=declared or declared_charset(data))
    html = decoded.text
    markup = _XML_DECLARATION.sub("", html, count=1)
    if not markup.strip():
        raise PageWithoutText("empty file")
    title, site, day, text = _extract(markup)
    if not text.strip():
        text = _body_text(markup)
    if not text.strip():
        raise PageWithoutText("no article text found in the web page")
    if title and not _starts_with(text, title):
        text = f"{title}\n{text}"
    return WebPage(html, decoded.encoding, text, title, site, day, published_time(markup, day))


def page_from_archive(data: bytes) -> tuple[bytes, str | None]:
    """The HTML page inside a single-file web archive (.mhtml, as browsers save "Webpage,
    single file") and the charset its MIME headers state. Images and styles are left out."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset()
    raise PageWithoutText("no web page inside the web archive")


# A publication timestamp in the markup: <meta property="article:published_time"
# content="2024-03-13T18:15:00+03:00">, JSON-LD "datePublished": "...", <time datetime="...">.
_PUBLISHED_STAMP = re.compile(
    r"(?:published_time|datepublished|date_published|pubdate|<time\b[^>]*?datetime)"
    r"[\"']?[^<>\"']{0,40}?[\"']\s*(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<hm>\d{2}:\d{2})",
    re.IGNORECASE,
)


def published_time(markup: str, day: str) -> str:
    """The clock time of the page's own publication stamp on `day` ("18:15"), as written (the
    outlet's local time); "" when the markup states none for that day.

    >>> published_time('<meta property="article:published_time" '
    ...                'content="2024-03-13T18:15:00+03:00">', "2024-03-13")
    '18:15'
    """
    if not day:
        return ""
    for match in _PUBLISHED_STAMP.finditer(markup):
        if match["day"] == day and match["hm"] != "00:00":  # midnight: a date without a time
            return match["hm"]
    return ""


@cache
def _trafilatura():
    import trafilatura

    # Trafilatura logs parse failures of malformed pages as errors; Riwaya reports the page
    # as refused with its own reason, so those messages would only be noise on the console.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return trafilatura


def _extract(markup: str) -> tuple[str, str, str, str]:
    """(title, site name, ISO date, main text) from trafilatura; "" where it finds none."""
    try:
        document = _trafilatura().bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            # Only dates the markup states (meta tags, <time>, JSON-LD), never one guessed
            # from a number in the body.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a page that breaks the extractor falls back to the plain body text
        return "", "", "", ""
    if document is None:
        return "", "", "", ""
    site = " ".join((document.sitename or "").split()).lstrip("@")
    title = _strip_site(" ".join((document.title or "").split()), site)
    return title, site, document.date or "", document.text or ""


def _strip_site(title: str, site: str) -> str:
    """ "العنوان | اسم الموقع" → "العنوان" when the site name is known."""
    if not site:
        return title
    for sep in _TITLE_SEPARATORS:
        if title.endswith(sep + site):
            return title[: -len(sep + site)].strip()
        if title.startswith(site + sep):
            return title[len(site + sep) :].strip()
    return title


def _body_text(markup: str) -> str:
    """The body's visible text, one block element per line, without scripts and menus."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(tree.iter(*_NOT_CONTENT)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())


def _starts_with(text: str, title: str) -> bool:
    folded = " ".join(title.split())
    lines = [line for line in text.splitlines() if line.strip()][:_TITLE_LOOKAHEAD_LINES]
    return any(" ".join(line.split()) == folded for line in lines)
