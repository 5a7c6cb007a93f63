"""Page furniture and whitespace: what `clean_text` drops, and what it must never touch."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.documents.furniture import clean_text, is_furniture, is_section_label


@pytest.mark.parametrize(
    "line",
    [
        "Facebook",
        "twitter",
        "WhatsApp",
        "Telegram",
        "شارك",
        "شارك الخبر:",
        "يقرأون الآن",
        "قد يهمك أيضاً",
        "اقرأ أيضا",
        "تابعونا",
        "وردنا",
        "Facebook Twitter WhatsApp Telegram",
        "• فيسبوك • تويتر • واتساب",
        "فيسبوك 12 تويتر 3",
        "تابعونا على فيسبوك وتويتر",
        "تابعوا آخر الأخبار عبر قناتنا على تلغرام",
        "لمتابعة آخر المستجدات اشترك في قناتنا على يوتيوب",
        "انضموا إلى قناة الموقع على تيليغرام",
        "اقرأ أيضاً: ارتفاع أسعار الخضار في أسواق دمشق",
        "الوسوم: الحسكة، التحالف، المخيمات",
        "جميع الحقوق محفوظة © 2024 شبكة الأنباء",
        "© 2024 Example News",
        "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. موافق",
        "This website uses cookies to improve your experience. Accept all",
        "إعلان",
        "الأكثر قراءة",
        "المقال التالي",
        "حجم الخط",
    ],
)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "قال الوزير إن التعاون على فيسبوك مستمر منذ سنوات.",
        "اقرأ أيضا ما كتبه المراسل عن المعبر",  # no colon: a sentence, not a related link
        "أقر البرلمان قانونا يلزم المواقع بطلب موافقة المستخدم على ملفات تعريف الارتباط.",
        "شارك في الاجتماع ممثلون عن ثماني محافظات.",
        "وردنا من مصادر محلية أن القصف استمر حتى الفجر.",
        "المصدر: الميادين نت",
        "خاص - SY24",
        "750",
        "التالي: الجدول الزمني للانسحاب",
        # Verbs that also open calls to follow an account, used as news verbs.
        "وأظهر مقطع فيديو نشرته صفحة تابعة للمعارضة على فيسبوك لحظة القصف.",
        "وقال إن مئات انضموا إلى مجموعات على تلغرام خلال أسبوع.",
        "وأضاف أن نحو 120 طبيبا وممرضا انضموا إلى الكادر حتى الآن، على أن يرتفع العدد إلى 200.",
        "تابع الوزير حديثه في بث مباشر على فيسبوك.",
        "",
    ],
)
def test_article_lines_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("دولي سوريا العراق", True),
        ("الرئيسية » أخبار » لبنان", True),
        ("سياسة / عربي ودولي", True),
        ("عاجل", True),
        ("سوريا تستعيد السيطرة على المعبر", False),
        ("العراق", True),
        ("العراق يعلن الحداد", False),
    ],
)
def test_section_labels(line, expected):
    assert is_section_label(line) is expected


def test_a_section_label_is_dropped_only_above_the_article():
    text = "دولي سوريا العراق\n\nعنوان الخبر الرئيسي\n\nنص الخبر.\n\nسوريا\n\nنص آخر."
    assert clean_text(text) == "عنوان الخبر الرئيسي\n\nنص الخبر.\n\nسوريا\n\nنص آخر."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facebook\nTwitter\n\nالعنوان\n\nالنص.", "العنوان\n\nالنص."),
        ("العنوان\r\n\r\n\r\n\r\nالنص.\r\n", "العنوان\n\nالنص."),
        ("  العنوان  \n\tالنص\u00a0\u00a0الأول.  ", "العنوان\nالنص الأول."),
        ("العنوان\n \u00a0 \n\n\u00a0\nالنص.", "العنوان\n\nالنص."),
        ("\ufeffالعنوان\nالنص\x07.", "العنوان\nالنص."),
        ("العنوان\n\nالنص.\n\nيقرأون الآن\n\nشارك\n\n", "العنوان\n\nالنص."),
        (
            "الفقرة الأولى.\n\nاقرأ أيضا: خبر آخر\n\nالفقرة الثانية.",
            "الفقرة الأولى.\n\nالفقرة الثانية.",
        ),
        ("نصٌّ مُشَكَّلٌ بالحركات ٧٥٠", "نصٌّ مُشَكَّلٌ بالحركات ٧٥٠"),  # marks and digits kept
        ("", ""),
    ],
)
def test_clean_text(text, expected):
    assert clean_text(text) == expected


def test_clean_text_on_a_whole_page():
    page = "\n".join(
        [
            "Facebook",
            "Twitter",
            "WhatsApp",
            "Telegram",
            "",
            "من يعيد إعمار الجسر؟",
            "",
            "خاص - SY24",
            "",
            "بدأت ورشات المحافظة أمس إصلاح الجسر المتضرر بعد أشهر من الانتظار.",
            "\u00a0",
            "",
            "وقال مهندس في الورشة إن الأعمال تحتاج نحو 60 يوما.",
            "",
            "وردنا",
            "",
            "يقرأون الآن",
        ]
    )
    assert clean_text(page).splitlines() == [
        "من يعيد إعمار الجسر؟",
        "",
        "خاص - SY24",
        "",
        "بدأت ورشات المحافظة أمس إصلاح الجسر المتضرر بعد أشهر من الانتظار.",
        "",
        "وقال مهندس في الورشة إن الأعمال تحتاج نحو 60 يوما.",
    ]


LINES = st.sampled_from(
    [
        "Facebook",
        "شارك",
        "يقرأون الآن",
        "دولي سوريا",
        "قال الوزير إن 750 معتقلا نقلوا.",
        "  وأضاف   المصدر\u00a0أن الاجتماع عقد في الحسكة  ",
        "نحو ١٢ ألف",
        "",
        " ",
        "\t",
        "عنوان",
    ]
)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(LINES, max_size=25), newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_clean_text_is_tidy_idempotent_and_keeps_every_word_in_order(lines, newline):
    text = newline.join(lines)
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert "\n\n\n" not in cleaned and "  " not in cleaned and "\r" not in cleaned
    kept = [line for line in cleaned.split("\n") if line]
    # Every kept line is a line of the original with its spaces folded, in the same order.
    originals = iter(" ".join(line.split()) for line in lines)
    assert all(any(k == o for o in originals) for k in kept)


ORDINARY = ["الوزير", "المدينة", "أن", "إن", "على", "في", "نحو", "120", "١٢", "ألف", "الكادر"]
TRICKY = [
    "فيسبوك",
    "تويتر",
    "تلغرام",
    "شارك",
    "تابعة",
    "انضموا",
    "المزيد",
    "التالي",
    "إعلان",
    "اقرأ",
    "أيضا",
    "وردنا",
    "عاجل",
    "سوريا",
]


@settings(max_examples=200, deadline=None)
@given(
    verb=st.sampled_from(["وقال", "وأضاف", "وأكد", "وأشار", "وكشف"]),
    words=st.lists(st.sampled_from(ORDINARY + TRICKY), min_size=1, max_size=30),
)
def test_a_reported_sentence_is_never_furniture(verb, words):
    line = f"{verb} {' '.join(words)}."
    assert not is_furniture(line)
    assert clean_text(line) == line
