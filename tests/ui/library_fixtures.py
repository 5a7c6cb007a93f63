"""Articles written for the window tests (fictional, short) and a helper that stores them."""

from __future__ import annotations

from pathlib import Path

from services.models import ParsedDocument

# Three short articles written for these tests: two versions of one story whose figures
# conflict (about 60 vs 750) and agree (about 12,000), and an unrelated weather report.
EARLIER = ParsedDocument(
    path="/fixtures/sahil.txt",
    original="",
    text=(
        "أعلنت السلطات المحلية في مدينة الساحل أن نحو 60 محتجزا نقلوا من سجن المدينة "
        "إلى منشأة جديدة.\n"
        "وقال مسؤول أمني إن عملية النقل استمرت ثلاث ساعات تحت حراسة مشددة.\n"
        "وتضم المنشأة الجديدة قرابة 12 ألف محتجز بحسب المسؤول."
    ),
    title="نقل نحو 60 محتجزا من سجن المدينة",
    source="وكالة الساحل",
    date="2024-03-10",
    format="txt",
    encoding="utf-8",
)
LATER = ParsedDocument(
    path="/fixtures/ufuq.txt",
    original="",
    text=(
        "ذكرت مصادر مطلعة أن 750 محتجزا نقلوا من سجن المدينة في الساحل إلى منشأة جديدة.\n"
        "وقال مسؤول أمني إن عملية النقل استمرت ثلاث ساعات تحت حراسة مشددة.\n"
        "وتضم المنشأة الجديدة نحو 12 ألف محتجز."
    ),
    title="مصادر: نقل 750 محتجزا",
    source="شبكة الأفق",
    date="2024-03-11",
    format="txt",
    encoding="utf-8",
)
WEATHER = ParsedDocument(
    path="/fixtures/weather.txt",
    original="",
    text="توقعت دائرة الأرصاد الجوية هطول أمطار غزيرة على المناطق الشمالية يوم الأحد.",
    title="أمطار غزيرة على الشمال",
    source="صحيفة المساء",
    date="",
    format="txt",
    encoding="utf-8",
)


def store_articles(db: Path, docs) -> list[int]:
    """Store `docs` (with their analyses) in the library at `db`; their ids."""
    from services.compare.analysis import analyse
    from services.library.storage import Library

    with Library.open(db) as library:
        return [
            library.add(
                ParsedDocument(**{**doc.__dict__, "original": doc.original or doc.text}),
                analyse(doc.text),
            ).id
            for doc in docs
        ]
