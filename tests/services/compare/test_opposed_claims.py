"""Two sentences alike in their words that state opposite claims are not linked: the two ends
of one scale (ارتفع / انخفض, أيدت / ألغت, قتل / أصيب) in the same place, and the actors after an
opening verb swapped (فاز أ على ب / فاز ب على أ). The same claim reworded still links."""

import pytest

from services.compare.alignment import align_sentences
from services.compare.analysis import analyse


def linked(a: str, b: str) -> bool:
    return bool(align_sentences(analyse(a), analyse(b), a, b))


OPPOSITE_ENDS = [
    (
        "ارتفع سعر القمح في السوق المحلية بنسبة 5 بالمئة.",
        "انخفض سعر القمح في السوق المحلية بنسبة 5 بالمئة.",
    ),
    (
        "وأيدت المحكمة الإدارية قرار البلدية بهدم السوق.",
        "وألغت المحكمة الإدارية قرار البلدية بهدم السوق.",
    ),
    ("وقتل خمسة عمال في انفجار داخل منجم الفحم.", "وأصيب خمسة عمال في انفجار داخل منجم الفحم."),
    ("ويكون الجو حارا في المرتفعات الجبلية نهارا.", "ويكون الجو باردا في المرتفعات الجبلية نهارا."),
    (
        "وتحسنت الحالة الصحية للاعب بعد العملية الجراحية.",
        "وتدهورت الحالة الصحية للاعب بعد العملية الجراحية.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OPPOSITE_ENDS)
def test_opposite_ends_of_one_scale_do_not_link(a, b):
    assert not linked(a, b)


SWAPPED_AFTER_THE_VERB = [
    (
        "فاز الترجي على النجم الساحلي بهدف نظيف في سوسة.",
        "فاز النجم الساحلي على الترجي بهدف نظيف في سوسة.",
    ),
    (
        "واتهمت النقابة الوزارة بتجاهل مطالب المعلمين.",
        "واتهمت الوزارة النقابة بتجاهل مطالب المعلمين.",
    ),
    ("وطردت ليبيا السفير التونسي من طرابلس.", "وطردت تونس السفير الليبي من طرابلس."),
]


@pytest.mark.parametrize(("a", "b"), SWAPPED_AFTER_THE_VERB)
def test_actors_swapped_after_an_opening_verb_do_not_link(a, b):
    assert not linked(a, b)


STILL_THE_SAME_CLAIM = [
    # one end in both (two words of the same end)
    ("ارتفعت أسعار الحديد بنسبة 12 بالمئة خلال شهر.", "قفزت أسعار الحديد 12 بالمئة في شهر واحد."),
    # one sentence has both ends: it opposes nothing on that scale
    (
        "وتراجع الدينار أمام الدولار صباحا ثم ارتفع في ختام التداولات.",
        "وارتفع الدينار أمام الدولار في ختام التداولات بعد تراجعه صباحا.",
    ),
    # the two ends apply to different things (not near the same word)
    (
        "ورفع الوداد رصيده إلى 40 نقطة في صدارة الترتيب العام للدوري، "
        "فيما تراجع الجيش الملكي إلى المركز الثالث.",
        "وعزز الوداد صدارته للترتيب العام للدوري برصيد 40 نقطة.",
    ),
    # a verbal noun opening the other sentence: the actors move, nobody is swapped
    (
        "أنقذ الهلال الأحمر 30 مهاجرا قبالة سواحل جرجيس.",
        "إنقاذ 30 مهاجرا قبالة جرجيس على يد الهلال الأحمر.",
    ),
    # the same opening verb, the same actor first, the rest reordered
    (
        "أعلنت الحكومة الجزائرية خطة لدعم الفلاحين في الجنوب.",
        "أعلنت الحكومة الجزائرية في الجنوب خطة لدعم الفلاحين.",
    ),
    # a passive names its agent last (أمام المحكمة): nobody is swapped
    (
        "أدانت المحكمة الجنائية أربعة مسؤولين بتهمة الفساد المالي.",
        "وأُدين أربعة مسؤولين بتهمة الفساد المالي أمام المحكمة الجنائية.",
    ),
    # two words of one root (الطيران / الطيارين) are no verb the actors stand around
    (
        "أوقفت شركة الطيران 80 رحلة بسبب إضراب الطيارين.",
        "توقيف 80 رحلة بسبب إضراب الطيارين في الشركة.",
    ),
    # the subject before its verb, then after it (المصنع يشغل / يشغل المصنع), with a word of
    # the source on both sides of it (العمال ... عامل): a reorder, not a swap
    ("وقال اتحاد العمال إن المصنع يشغل 1200 عامل.", "ويشغل المصنع 1200 عامل بحسب اتحاد العمال."),
    # a word said twice (منزل, بيت: homes) has no one place to stand around
    (
        "دمرت غارة جوية منزلاً في بلدة بيت حانون.",
        "تم تدمير منزل في بيت حانون بغارة جوية.",
    ),
]


@pytest.mark.parametrize(("a", "b"), STILL_THE_SAME_CLAIM)
def test_the_same_claim_still_links(a, b):
    assert linked(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("واعترف المتهم بسرقة المحل أمام القاضي.", "ولم يعترف المتهم بسرقة المحل أمام القاضي."),
        ("وصادق البرلمان على الموازنة العامة.", "ولم يصادق البرلمان على الموازنة العامة."),
    ],
)
def test_a_denial_in_another_form_of_the_verb_does_not_link(a, b):
    # the denied word meets the asserted one by its root (يعترف / اعترف)
    assert not linked(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "وارتفعت أسهم تسع شركات فقط في جلسة الأحد.",
            "ولم ترتفع سوى أسهم تسع شركات في جلسة الأحد.",
        ),
        (
            "وسجلت الوزارة 102 إصابة فقط خلال العام الماضي.",
            "ولم تسجل الوزارة إلا 102 إصابة خلال العام الماضي.",
        ),
    ],
)
def test_a_negation_with_an_exceptive_restricts_and_still_links(a, b):
    # لم ... سوى / إلا: "only", the claim of the sentence without the particle
    assert linked(a, b)


def test_a_negation_without_an_exceptive_still_denies():
    assert not linked(
        "وارتفعت أسهم تسع شركات في جلسة الأحد.", "ولم ترتفع أسهم تسع شركات في جلسة الأحد."
    )


def words(text: str) -> set[str]:
    return {t for t in analyse(text).terms[0].terms if t[0] != "^"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("تراجعت الصادرات", "انخفضت الصادرات"),
        ("قفزت الأسعار", "ارتفعت الأسعار"),
        ("معارك عنيفة", "اشتباكات عنيفة"),
        ("التقى الوزيران", "اجتمع الوزيران"),
        ("رجح الخبراء", "توقع الخبراء"),
    ],
)
def test_news_synonyms_are_one_term(a, b):
    assert words(a) == words(b)


def test_synonyms_of_one_end_still_oppose_the_other_end():
    assert not linked(
        "وقفزت صادرات الفوسفات خلال الربع الثالث.", "وتراجعت صادرات الفوسفات خلال الربع الثالث."
    )


PLACE_PUT_FIRST = [
    ("في المطبخ، تطبخ امرأة الأرز.", "امرأة تطبخ الأرز في المطبخ."),
    ("في الحديقة، يلعب طفل بالكرة.", "طفل يلعب بالكرة في الحديقة."),
]


@pytest.mark.parametrize(("a", "b"), PLACE_PUT_FIRST)
def test_a_place_put_first_with_the_subject_after_the_verb_swaps_no_one(a, b):
    assert linked(a, b)


def denied(text: str) -> frozenset[str]:
    return analyse(text).terms[0].denied


def test_a_negated_verb_of_exceeding_before_a_figure_bounds_it_and_denies_nothing():
    assert not denied("ولم تتعد نسبة المشاركة 38 في المئة في العاصمة.")
    assert not denied("ولا تتجاوز المسافة بين القريتين 5 كيلومترات.")
    # without a figure after it, the verb is denied: لم يتجاوز الحد / تجاوز الحد
    assert denied("ولم يتجاوز السائق الحد المسموح به على الطريق.")
    assert denied("ولم تتعد القوات الحدود الدولية.")
