"""Title, outlet and date as the text states them, and nothing the text does not state."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.documents.metadata import detect_date, detect_metadata, detect_source, detect_title

BODY = [
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى ميداني جديد في ريف المدينة بسعة 80 سريرا.",
    "وقال مدير المستشفى إن الطواقم الطبية ستعمل على مدار الساعة.",
]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["افتتاح مستشفى ميداني في ريف حلب", *BODY], "افتتاح مستشفى ميداني في ريف حلب"),
        (["دولي سوريا العراق", "افتتاح مستشفى ميداني", *BODY], "افتتاح مستشفى ميداني"),
        (["خاص - SY24", "من يدير المستشفى الجديد؟", *BODY], "من يدير المستشفى الجديد؟"),
        (["الجمعة 27 كانون الثاني 2024", "افتتاح مستشفى ميداني", *BODY], "افتتاح مستشفى ميداني"),
        (["بقلم: سامر الأحمد", "مستشفى في الريف", *BODY], "مستشفى في الريف"),
        (["عاجل", "Facebook", "مستشفى ميداني جديد", *BODY], "مستشفى ميداني جديد"),
        (["# مستشفى ميداني جديد", *BODY], "مستشفى ميداني جديد"),
        (["دمشق - سانا", "مستشفى ميداني جديد", *BODY], "مستشفى ميداني جديد"),
        # The text opens with its body: the first sentence, without its period.
        (BODY, BODY[0].rstrip(".")),
        # A dateline opening the body is not part of a title made from it.
        (
            ["دمشق (سانا) – أعلنت وزارة الصحة اليوم افتتاح مستشفى ميداني.", *BODY],
            "أعلنت وزارة الصحة اليوم افتتاح مستشفى ميداني",
        ),
        # A one-word line is not a headline.
        (["مستشفى", *BODY], BODY[0].rstrip(".")),
        ([], ""),
        (["Facebook", "شارك"], ""),
    ],
)
def test_title(lines, title):
    assert detect_title(lines) == title


def test_a_long_first_sentence_is_cut_to_a_headline_at_a_comma():
    sentence = (
        "كشفت مصادر محلية في ريف المدينة الشرقي عن وصول قافلة مساعدات جديدة إلى المخيم، "
        "تضم عشرات الشاحنات المحملة بالأغذية والأدوية والخيام التي تحتاجها العائلات النازحة "
        "منذ أشهر."
    )
    assert detect_title([sentence]) == (
        "كشفت مصادر محلية في ريف المدينة الشرقي عن وصول قافلة مساعدات جديدة إلى المخيم…"
    )


def test_a_cut_title_never_ends_inside_brackets_or_quotes():
    sentence = (
        "نقلت مصادر خاصة لـ «الوكالة» عن نقل عدد من القياديين في التنظيم (المحظور في عدة دول) "
        "من السجن المركزي باتجاه البادية الشرقية على دفعات خلال الأيام الماضية."
    )
    title = detect_title([sentence])
    assert title == "نقلت مصادر خاصة لـ «الوكالة» عن نقل عدد من القياديين في التنظيم…"


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        ([*BODY, "المصدر: الميادين نت"], "الميادين نت"),
        ([*BODY, "المصدر : وكالة سانا"], "وكالة سانا"),
        (["خاص - SY24", *BODY], "SY24"),
        (["خاص – عنب بلدي", *BODY], "عنب بلدي"),
        (["خاص بـ شبكة الأنباء", *BODY], "شبكة الأنباء"),
        (["العنوان", "دمشق - سانا", *BODY], "سانا"),
        (["العنوان", "دمشق-سانا", *BODY], "سانا"),
        (["العنوان", "بيروت – الميادين", *BODY], "الميادين"),
        (["لندن - رويترز", *BODY], "رويترز"),
        (["لندن - رويترز: قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل.", *BODY], "رويترز"),
        (["دمشق (سانا) – أعلنت وزارة الصحة اليوم افتتاح مستشفى ميداني.", *BODY], "سانا"),
        (["القاهرة، ٢٧ يناير (أ ف ب) - قال مسؤولون إن المحادثات ستستأنف.", *BODY], "أ ف ب"),
        ([*BODY, "(سانا)"], "سانا"),
        ([*BODY, "المصدر: https://www.example-news.net/article/1"], "example-news.net"),
        ([*BODY, "Source: Reuters"], "Reuters"),
        # A source line wins over a dateline.
        (["دمشق - سانا", *BODY, "المصدر: الوطن أونلاين"], "الوطن أونلاين"),
    ],
)
def test_source(lines, source):
    assert detect_source(lines) == source


@pytest.mark.parametrize(
    "lines",
    [
        BODY,
        # Outlets cited in the body are not this article's outlet.
        ["ونقلت وكالة سبوتنيك الروسية عن مصدر مطلع أن اللقاءات مستمرة.", *BODY],
        ["كشفت مصادر خاصة لـ “سبوتنيك” عن نقل عدد من القياديين.", *BODY],
        ["مصادر الميادين: التحالف ينقل مسلحين من السجون", *BODY],
        # A headline with a place prefix is not a dateline.
        ["حمص - قصف مدفعي على الأحياء الشرقية", *BODY],
        ["حمص - قصف مدفعي", *BODY],
        # A place note in brackets is not an outlet.
        ["إدلب (شمال سوريا) - قتل خمسة مدنيين في قصف جوي.", *BODY],
        # "خاص:" opening an exclusive headline names no outlet.
        ["خاص: الحكومة تستعد لإعلان موازنة العام المقبل", *BODY],
        [*BODY, "(انتهى)"],
        [*BODY, "(40 كم شرق المدينة)"],
    ],
)
def test_no_source_is_invented(lines):
    assert detect_source(lines) == ""


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        (["2024-01-27", *BODY], "2024-01-27"),
        (["نُشر في: 27/01/2024 - 10:30", *BODY], "2024-01-27"),
        (["الجمعة 27 كانون الثاني 2024", *BODY], "2024-01-27"),
        (["الجمعة ٢٧ كانون الثاني ٢٠٢٤", *BODY], "2024-01-27"),
        (["27 يناير 2024", *BODY], "2024-01-27"),
        (["السبت 3 شباط/فبراير 2024", *BODY], "2024-02-03"),
        (["الأحد، 5 مايو، 2024", *BODY], "2024-05-05"),
        (["12 أيار 2023", *BODY], "2023-05-12"),
        (["1 جوان 2023", *BODY], "2023-06-01"),
        (["آخر تحديث: ١٢/٠٥/٢٠٢٣ ١٠:٣٠ صباحا بتوقيت دمشق", *BODY], "2023-05-12"),
        (["تاريخ النشر: 2023/11/02", *BODY], "2023-11-02"),
        ([*BODY, "2023-11-02T08:00:00+03:00"], "2023-11-02"),
        (["لندن، 27 يناير 2024 (رويترز) - قال مسؤولون إن المحادثات ستستأنف.", *BODY], "2024-01-27"),
        (["January 27, 2024", *BODY], "2024-01-27"),
        (["01/27/2024", *BODY], "2024-01-27"),  # month first: 27 cannot be a month
    ],
)
def test_date(lines, day):
    assert detect_date(lines) == day


@pytest.mark.parametrize(
    "lines",
    [
        BODY,
        # An event's date inside a sentence is not the article's date.
        ["وُقّع الاتفاق في 5 آذار 2023.", *BODY],
        ["وفي 13 نيسان/أبريل الماضي، نقلت مروحيات نحو 60 شخصا إلى قاعدة عسكرية.", *BODY],
        ["31/02/2024", *BODY],  # no such day
        ["15 رجب 1445", *BODY],  # a Hijri date is not read as Gregorian
        ["27/01/24", *BODY],  # a two-digit year is ambiguous
        ["اجتمع الوزراء في 27 يناير 2024 لبحث الموازنة العامة للدولة وخطة الإنفاق للعام.", *BODY],
    ],
)
def test_no_date_is_invented(lines):
    assert detect_date(lines) == ""


def test_detect_metadata_reads_a_whole_article():
    text = "\n\n".join(
        [
            "محلي",
            "افتتاح مستشفى ميداني في ريف حلب",
            "الأحد ١٤ نيسان ٢٠٢٤",
            "حلب - سانا",
            *BODY,
        ]
    )
    meta = detect_metadata(text)
    assert (meta.title, meta.source, meta.date) == (
        "افتتاح مستشفى ميداني في ريف حلب",
        "سانا",
        "2024-04-14",
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=12))
def test_detection_never_crashes_and_returns_strings_found_in_the_text(lines):
    lines = [line.strip() for line in lines if line.strip()]
    meta = detect_metadata("\n".join(lines))
    assert all(isinstance(v, str) for v in (meta.title, meta.source, meta.date))
    if meta.date:
        assert len(meta.date) == 10 and meta.date[4] == "-" and meta.date[7] == "-"


# --- time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "known_date", "time"),
    [
        (["سيول", "الأربعاء 13 آذار 2024 - 18:15", *BODY], "", "18:15"),
        (["سيول", "الأربعاء ١٣ آذار ٢٠٢٤ - ٠٩:٤٠", *BODY], "", "09:40"),
        (["سيول", "آخر تحديث: 2024-03-13 6:30 مساءً", *BODY], "", "18:30"),
        (["سيول", "مساء الأحد 17 آذار 2024", *BODY], "", "evening"),
        # A weekday line read against the file's own date: the article's day...
        (["سيول", "الأحد - مساءً", *BODY], "2024-03-17", "evening"),
        # ... or another day, whose evening is not the article's time.
        (["سيول", "الأحد - مساءً", *BODY], "2024-03-19", ""),
        # The lead's «مساء اليوم»: the report came at or after that evening.
        (["سيول", "أعلنت مصادر طبية مساء اليوم الأربعاء ارتفاع الحصيلة إلى 120."], "", "evening"),
        # «صباح اليوم» in the lead bounds nothing: a morning's news is reported until night.
        (["سيول", "أعلنت الوزارة صباح اليوم حصيلة جديدة."], "", ""),
        # A time of another date than the article's is not its time.
        (["سيول", "الثلاثاء 12 آذار 2024 - 22:00", *BODY], "2024-03-13", ""),
        # A clock inside a body sentence is an event's.
        (["سيول", "وقع الانفجار عند الساعة 18:15 قرب السوق المركزي في وسط المدينة."], "", ""),
        # Nothing stated: unknown stays unknown.
        (["سيول", *BODY], "", ""),
        (["سيول", "مساء الأحد", *BODY], "", ""),
    ],
)
def test_time_comes_from_the_date_line_or_the_articles_own_day(lines, known_date, time):
    assert detect_metadata("\n".join(lines), known_date=known_date).time == time
