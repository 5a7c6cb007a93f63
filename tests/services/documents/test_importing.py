"""Reading articles from files: every format and encoding, unreadable files with their reasons,
folders, and the content hash. Every fixture is written here, into tmp_path."""

from __future__ import annotations

import codecs
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.documents import webpages
from services.documents.importing import (
    SUPPORTED_SUFFIXES,
    UnreadableDocument,
    content_hash,
    iter_input_files,
    read_document,
)
from services.models import ParsedDocument

TITLE = "وزير الزراعة يفتتح معرض التمور في حمص"
PARAGRAPHS = (
    "افتتح وزير الزراعة صباح اليوم معرض التمور السنوي في مدينة حمص بمشاركة نحو 120 شركة "
    "من ثماني محافظات.",
    "وقال الوزير في كلمة الافتتاح إن إنتاج التمور بلغ هذا العام قرابة 40 ألف طن، بزيادة 12% "
    "على العام الماضي.",
    "ويستمر المعرض خمسة أيام، ويتضمن ندوات عن تسويق التمور وتصديرها إلى الأسواق المجاورة.",
)
ARTICLE = "\n\n".join((TITLE, "حمص - سانا", *PARAGRAPHS)) + "\n"
CLEAN = ARTICLE.strip()


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert "\n" not in caught.value.reason
    return caught.value.reason


# --- plain text in every encoding ---------------------------------------------------------

ENCODINGS = [
    ("utf-8", lambda s: s.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", lambda s: s.encode("utf-8-sig"), "utf-8-sig"),
    ("utf-16 LE with BOM", lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE with BOM", lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be"),
    ("utf-16 LE without BOM", lambda s: s.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE without BOM", lambda s: s.encode("utf-16-be"), "utf-16-be"),
    ("utf-32 with BOM", lambda s: s.encode("utf-32"), "utf-32-le"),
    ("windows-1256", lambda s: s.encode("cp1256"), "windows-1256"),
    ("iso-8859-6", lambda s: s.replace("%", " بالمئة").encode("iso8859-6"), "iso-8859-6"),
]


@pytest.mark.parametrize(("label", "encode", "encoding"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_plain_text_in_every_encoding_reads_the_same(tmp_path, label, encode, encoding):
    source = ARTICLE if encoding != "iso-8859-6" else ARTICLE.replace("%", " بالمئة")
    doc = read_document(write(tmp_path, "article.txt", encode(source)))
    assert isinstance(doc, ParsedDocument)
    assert doc.encoding == encoding
    assert doc.format == "text"
    assert doc.original == source
    assert doc.text == source.strip()
    assert (doc.title, doc.source) == (TITLE, "سانا")
    if encoding != "iso-8859-6":
        assert content_hash(doc.text) == content_hash(CLEAN)


def test_windows_line_endings_are_kept_in_the_original_and_tidied_in_the_text(tmp_path):
    crlf = ARTICLE.replace("\n", "\r\n")
    doc = read_document(write(tmp_path, "a.txt", crlf.encode("cp1256")))
    assert doc.original == crlf
    assert doc.text == CLEAN
    assert doc.path == str(tmp_path / "a.txt")


def test_markdown_and_text_suffixes_are_read_as_plain_text(tmp_path):
    md = read_document(write(tmp_path, "a.md", "# " + ARTICLE))
    assert md.format == "text"
    assert md.title == TITLE
    assert md.text.startswith("# " + TITLE)  # the words and marks of the file are untouched
    assert read_document(write(tmp_path, "b.TEXT", ARTICLE)).text == CLEAN


def test_furniture_is_kept_in_the_original_and_stripped_from_the_text(tmp_path):
    framed = (
        "Facebook\nTwitter\nWhatsApp\nTelegram\n\n"
        + ARTICLE
        + "\n\nاقرأ أيضاً: ارتفاع أسعار الخضار في الأسواق\n\nيقرأون الآن\nقد يهمك أيضا\n"
    )
    doc = read_document(write(tmp_path, "framed.txt", framed))
    assert doc.original == framed
    assert doc.text == CLEAN
    assert doc.title == TITLE
    assert content_hash(doc.text) == content_hash(CLEAN)


def test_whitespace_is_tidied_but_words_are_untouched(tmp_path):
    messy = (
        f"  {TITLE}  \n\n\n\n{PARAGRAPHS[0]}\u00a0\u00a0\n\t{PARAGRAPHS[1].replace(' ', '   ')}\n"
    )
    doc = read_document(write(tmp_path, "messy.txt", messy))
    assert doc.text == f"{TITLE}\n\n{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}"


def test_a_text_without_stated_metadata_leaves_source_and_date_empty(tmp_path):
    body = " ".join(PARAGRAPHS)  # one long line: the title is made from its first sentence
    doc = read_document(write(tmp_path, "plain.txt", body))
    assert doc.source == "" and doc.date == ""
    assert doc.title == PARAGRAPHS[0].rstrip(".")


# --- unreadable files ---------------------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000") + bytes(
    range(256)
)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("image.txt", PNG, "not text: looks like a binary file (NUL bytes)"),
        (
            "controls.txt",
            b"\x01\x02\x03\x04 data \x05\x06\x07\x08" * 20,
            "not text: looks like a binary file (control characters)",
        ),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n \t \r\n", "empty file: only blank lines and spaces"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty file: only blank lines and spaces"),
        (
            "furniture.txt",
            "Facebook\nTwitter\nشارك\nيقرأون الآن\n".encode(),
            "no article text: only page furniture (share buttons, menus)",
        ),
        (
            "truncated.txt",
            ARTICLE.encode()[:-2] + "ة".encode()[:1],
            f"truncated UTF-8: the file ends in the middle of a character "
            f"(byte {len(ARTICLE.encode()) - 2})",
        ),
        (
            "damaged.txt",
            ARTICLE[:20].encode() + b"\xff" + ARTICLE[20:].encode(),
            f"invalid UTF-8 at byte {len(ARTICLE[:20].encode())} in a file that is otherwise "
            "UTF-8: it looks damaged",
        ),
        (
            "french.txt",
            "Le ministre a inauguré la foire aux dattes à Homs.".encode("cp1252"),
            "invalid UTF-8 at byte 21 and not Windows-1256 either",
        ),
        (
            "odd-utf16.txt",
            ARTICLE.encode("utf-16-le")[:-1],
            "truncated UTF-16: the file has an odd number of bytes",
        ),
    ],
)
def test_unreadable_text_files_are_refused_with_a_specific_reason(tmp_path, name, data, reason):
    assert refusal(write(tmp_path, name, data)) == reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("scan.pdf", "PDF is not supported: copy the article's text into a .txt file"),
        ("old.doc", "an old Word .doc file: open it in Word or LibreOffice and save it as .docx"),
        ("notes.odt", "OpenDocument text is not supported: save it as .docx"),
        ("photo.jpg", "unsupported file type .jpg: Riwaya reads "),
        ("README", "no file extension: Riwaya reads "),
    ],
)
def test_unsupported_files_are_refused_with_what_to_do(tmp_path, name, reason):
    assert refusal(write(tmp_path, name, ARTICLE)).startswith(reason)


def test_missing_files_and_folders_are_refused(tmp_path):
    assert refusal(tmp_path / "gone.txt") == "no such file or folder"
    (tmp_path / "folder.txt").mkdir()
    assert refusal(tmp_path / "folder.txt") == "a folder, not a file"
    assert refusal(tmp_path / "gone.docx") == "no such file or folder"
    assert refusal(tmp_path / "README") == "no such file or folder"
    (tmp_path / "folder").mkdir()
    assert refusal(tmp_path / "folder") == "a folder, not a file"


def test_the_error_names_the_file_and_the_reason(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: empty file"
    assert caught.value.reason == "empty file"


# --- saved web pages ----------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{{charset}}">
<title>{TITLE} | شبكة الأنباء</title>
<meta property="og:site_name" content="شبكة الأنباء">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2024-03-05T10:20:00+02:00">
<script>document.write("نص يكتبه سكربت"); var secret = "لا يظهر أبدا";</script>
<style>p {{{{ color: red }}}}</style>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li>
<li><a href="/e">اقتصاد</a></li></ul></nav>
<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/x">أمطار غزيرة في الساحل</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة © 2024 شبكة الأنباء</p></footer>
<script>console.log("نص آخر من سكربت")</script>
</body></html>
"""


def test_a_saved_page_gives_its_main_text_paragraph_by_paragraph(tmp_path):
    html = PAGE.format(charset="utf-8")
    doc = read_document(write(tmp_path, "page.html", html))
    assert doc.format == "html"
    assert doc.encoding == "utf-8"
    assert doc.original == html  # the page's whole source is kept: nothing imported is lost
    assert doc.text.splitlines() == [TITLE, *PARAGRAPHS]
    assert (doc.title, doc.source, doc.date) == (TITLE, "شبكة الأنباء", "2024-03-05")
    for furniture in ("سكربت", "لا يظهر", "الرئيسية", "Facebook", "أمطار", "محفوظة"):
        assert furniture not in doc.text


def test_a_windows_1256_page_is_read_by_its_meta_charset(tmp_path):
    html = PAGE.format(charset="windows-1256")
    doc = read_document(write(tmp_path, "page.htm", html.encode("cp1256")))
    assert doc.encoding == "windows-1256"
    assert doc.original == html
    assert doc.text.splitlines() == [TITLE, *PARAGRAPHS]


def test_a_page_that_declares_the_wrong_charset_is_still_read(tmp_path):
    html = PAGE.format(charset="iso-8859-1")  # older Arabic sites mislabel Windows-1256
    doc = read_document(write(tmp_path, "page.html", html.encode("cp1256")))
    assert doc.encoding == "windows-1256"
    assert doc.title == TITLE


def test_a_utf16_page_with_a_bom_is_read(tmp_path):
    html = PAGE.format(charset="utf-16")
    doc = read_document(write(tmp_path, "page.html", html.encode("utf-16")))
    assert doc.encoding == "utf-16-le"
    assert doc.text.splitlines() == [TITLE, *PARAGRAPHS]


def test_a_page_without_metadata_takes_its_title_and_dateline_from_the_text(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in (TITLE, "دمشق - سانا", *PARAGRAPHS))
    doc = read_document(write(tmp_path, "bare.html", f"<html><body>{body}</body></html>"))
    assert (doc.title, doc.source, doc.date) == (TITLE, "سانا", "")


def test_the_body_text_is_the_fallback_when_the_extractor_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(webpages, "_extract", lambda markup: ("", "", "", ""))
    doc = read_document(write(tmp_path, "page.html", PAGE.format(charset="utf-8")))
    lines = doc.text.splitlines()
    assert lines[0] == TITLE and lines[1:4] == list(PARAGRAPHS)
    assert "سكربت" not in doc.text and "الرئيسية" not in doc.text


NEWS_PARAGRAPHS = (
    "حلب - سانا",
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى ميداني جديد في ريف حلب الشرقي بسعة 80 سريرا، "
    "في خطوة تهدف إلى تخفيف الضغط عن مستشفيات المدينة.",
    "وقال مدير الصحة في المحافظة إن المستشفى يضم قسما للإسعاف وغرفتي عمليات، وإن الطواقم "
    "الطبية ستعمل على مدار الساعة.",
    "وأضاف أن نحو 120 طبيبا وممرضا انضموا إلى الكادر حتى الآن، على أن يرتفع العدد إلى 200 "
    "خلال الأشهر المقبلة.",
    "ويخدم المستشفى نحو 150 ألف نسمة في القرى المحيطة، بحسب تقديرات المديرية.",
)
NEWS_TITLE = "افتتاح مستشفى ميداني في ريف حلب"
NEWS_PAGE = f"""<!DOCTYPE html>
<!-- saved from url=(0048)https://www.example-news.net/2024/01/27/aleppo/ -->
<html dir="rtl" lang="ar"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{NEWS_TITLE} - شبكة المثال الإخبارية</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{NEWS_TITLE}", "datePublished": "2024-01-27T09:15:00+03:00"}}</script>
</head><body>
<div id="cookies">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. <button>موافق</button></div>
<header><div class="logo">شبكة المثال</div>
<ul class="menu"><li>الرئيسية</li><li>محلي</li><li>دولي</li></ul></header>
<div class="breadcrumbs"><a>الرئيسية</a> » <a>محلي</a> » <span>حلب</span></div>
<main><article>
<h1>{NEWS_TITLE}</h1>
<div class="share"><a>فيسبوك</a><a>تويتر</a><a>واتساب</a><a>تلغرام</a></div>
<div class="entry-content">
<p>{NEWS_PARAGRAPHS[0]}</p><p>{NEWS_PARAGRAPHS[1]}</p><p>{NEWS_PARAGRAPHS[2]}</p>
<p><strong>اقرأ أيضاً: </strong><a href="/x">وزارة الصحة تطلق حملة لقاح جديدة</a></p>
<p>{NEWS_PARAGRAPHS[3]}</p>
<figure><img src="x.jpg"><figcaption>صورة من موقع المستشفى</figcaption></figure>
<p>{NEWS_PARAGRAPHS[4]}</p>
</div></article>
<section class="related"><h3>قد يهمك أيضا</h3>
<ul><li><a>ارتفاع أسعار الأدوية</a></li><li><a>افتتاح مدرسة في حمص</a></li></ul></section>
<section class="comments"><h3>التعليقات</h3><form><textarea></textarea>
<button>أضف تعليق</button></form></section></main>
<aside><h3>الأكثر قراءة</h3><ol><li>خبر أول</li><li>خبر ثان</li></ol></aside>
<footer><p>جميع الحقوق محفوظة © 2024 شبكة المثال</p><p>تابعونا على فيسبوك وتويتر</p></footer>
<script>window.dataLayer = []; function gtag() {{ dataLayer.push(arguments) }}</script>
</body></html>
"""


def test_a_news_site_page_keeps_every_paragraph_and_drops_its_furniture(tmp_path):
    doc = read_document(write(tmp_path, "aleppo.html", NEWS_PAGE))
    assert doc.text.splitlines() == [NEWS_TITLE, *NEWS_PARAGRAPHS]
    assert (doc.title, doc.date) == (NEWS_TITLE, "2024-01-27")
    # No site name in the markup: the dateline names the outlet.
    assert doc.source == "سانا"


def make_archive(html: str, *, quoted_printable: bool) -> bytes:
    """A single-file web archive as browsers save it: the page and an image in one MIME file."""
    from email.charset import QP, Charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    charset = Charset("utf-8")
    if quoted_printable:
        charset.body_encoding = QP
    archive = MIMEMultipart("related", type="text/html")
    archive["Snapshot-Content-Location"] = "https://www.example-news.net/aleppo/"
    archive.attach(MIMEText(html, "html", charset))
    archive.attach(MIMEImage(PNG, "png"))
    return archive.as_bytes()


@pytest.mark.parametrize("quoted_printable", [True, False])
def test_a_single_file_web_archive_is_read_as_its_page(tmp_path, quoted_printable):
    data = make_archive(NEWS_PAGE, quoted_printable=quoted_printable)
    doc = read_document(write(tmp_path, "aleppo.mhtml", data))
    assert doc.format == "html"
    assert doc.original == NEWS_PAGE  # the page's HTML; the images are not text
    assert doc.text.splitlines() == [NEWS_TITLE, *NEWS_PARAGRAPHS]


def test_a_web_archive_without_a_page_is_refused(tmp_path):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    archive.attach(MIMEText("body { color: red }", "css"))
    path = write(tmp_path, "styles.mht", archive.as_bytes())
    assert refusal(path) == "no web page inside the web archive"
    assert refusal(write(tmp_path, "noise.mht", PNG)) == "no web page inside the web archive"


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><body><script>var a = 1;</script></body></html>", "no article text found"),
        ("   \n ", "empty file"),
        ("", "empty file"),
    ],
)
def test_a_page_without_text_is_refused(tmp_path, html, reason):
    assert refusal(write(tmp_path, "empty.html", html)).startswith(reason)


# --- Word documents -----------------------------------------------------------------------


def make_docx(path: Path, paragraphs, *, title: str = "", table=None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.core_properties.title = title
    document.save(str(path))
    return path


def test_a_docx_gives_its_paragraphs_and_tables_in_order(tmp_path):
    path = make_docx(
        tmp_path / "report.docx",
        ["Facebook", TITLE, "", *PARAGRAPHS],
        table=[["المحافظة", "الشركات"], ["حمص", "45"]],
    )
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.original.splitlines() == [
        "Facebook",
        TITLE,
        "",
        *PARAGRAPHS,
        "المحافظة\tالشركات",
        "حمص\t45",
    ]
    assert doc.text.splitlines() == [TITLE, "", *PARAGRAPHS, "المحافظة الشركات", "حمص 45"]
    assert doc.title == TITLE


def test_a_docx_title_comes_from_its_properties_when_set(tmp_path):
    path = make_docx(tmp_path / "a.docx", PARAGRAPHS, title="  معرض التمور  ")
    assert read_document(path).title == "معرض التمور"


def test_damaged_word_files_are_refused(tmp_path):
    good = make_docx(tmp_path / "good.docx", [TITLE, *PARAGRAPHS]).read_bytes()
    assert refusal(write(tmp_path, "cut.docx", good[: len(good) // 2])) == (
        "not a .docx: the zip archive is damaged"
    )
    assert refusal(write(tmp_path, "text.docx", ARTICLE)) == "not a .docx: not a zip archive"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    assert refusal(write(tmp_path, "old.docx", ole)) == (
        "not a .docx: an old Word .doc file; save it as .docx"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "ليس مستند وورد")
    assert refusal(write(tmp_path, "zip.docx", buffer.getvalue())) == (
        "not a .docx: the archive holds no Word document"
    )
    assert refusal(write(tmp_path, "empty.docx", b"")) == "empty file"
    blank = make_docx(tmp_path / "blank.docx", ["", "  "])
    assert refusal(blank) == "no text in the Word document"


def test_a_docx_with_broken_xml_is_refused(tmp_path):
    good = make_docx(tmp_path / "good.docx", [TITLE]).read_bytes()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good)) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    assert refusal(write(tmp_path, "broken.docx", buffer.getvalue())).startswith("damaged .docx")


# --- folders ------------------------------------------------------------------------------


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in (
        "b.txt",
        "a.html",
        "sub/z.docx",
        "sub/deeper/c.md",
        "notes.pdf",  # unsupported inside a folder: yielded, to be refused with its reason
        ".hidden.txt",
        ".git/config.txt",
        "~$lock.docx",  # Word's lock file next to an open document
        "a_files/frame.html",  # a browser's resources for a.html
        "other_files/kept.txt",  # not next to a page: an ordinary folder
    ):
        write(tmp_path, name, ARTICLE)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert found == [
        "a.html",
        "b.txt",
        "notes.pdf",
        "other_files/kept.txt",
        "sub/z.docx",
        "sub/deeper/c.md",
    ]


def test_named_files_are_always_yielded_once(tmp_path):
    pdf = write(tmp_path, "scan.pdf", b"%PDF-1.4")
    txt = write(tmp_path, "a.txt", ARTICLE)
    found = list(iter_input_files([pdf, str(txt), tmp_path, tmp_path / "missing.txt"]))
    assert found == [pdf, txt, tmp_path / "missing.txt"]


def test_supported_suffixes_are_lower_case_with_a_dot():
    assert {".txt", ".html", ".htm", ".docx", ".md"} <= SUPPORTED_SUFFIXES
    assert all(s.startswith(".") and s == s.lower() for s in SUPPORTED_SUFFIXES)


# --- content hash -------------------------------------------------------------------------


def test_the_hash_ignores_spelling_variants_search_also_ignores():
    variant = CLEAN.replace("إنتاج", "انتاج").replace("120", "١٢٠").replace("\n\n", "\n")
    assert content_hash(variant) == content_hash(CLEAN)
    assert content_hash(CLEAN + " إضافة") != content_hash(CLEAN)
    assert len(content_hash(CLEAN)) == 64


def test_the_same_article_saved_twice_differently_has_one_hash(tmp_path):
    first = read_document(write(tmp_path, "a.txt", ARTICLE.encode("utf-16")))
    second = read_document(
        write(tmp_path, "b.txt", ("Twitter\n" + ARTICLE + "\nتابعونا\n").encode("cp1256"))
    )
    assert content_hash(first.text) == content_hash(second.text)


# --- robustness and start-up cost ---------------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("arbitrary")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=600),
    suffix=st.sampled_from([".txt", ".html", ".docx", ".mhtml"]),
)
def test_arbitrary_bytes_are_read_or_refused_never_crash(scratch, data, suffix):
    path = scratch / f"any{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except UnreadableDocument as error:
        assert error.reason and "\n" not in error.reason
    else:
        assert doc.text and doc.text == doc.text.strip()


@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["قال", "الوزير", "إن", "750", "معتقلاً", "،", "نحو", "؟", "شارك", "\n"]),
        min_size=3,
        max_size=40,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]),
)
def test_arabic_text_round_trips_through_every_encoding(scratch, words, encoding):
    text = "قال المصدر " + " ".join(words)
    path = scratch / "round.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.original == text


def test_reading_a_text_file_does_not_load_the_html_or_docx_libraries():
    code = (
        "import sys, services.documents.importing as i, pathlib, tempfile;"
        "p = pathlib.Path(tempfile.mkdtemp()) / 'a.txt'; p.write_text('عنوان\\nنص الخبر.');"
        "i.read_document(p);"
        "print(sorted(m for m in ('trafilatura', 'docx', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
