"""What a figure's reading says happened to what it counts (compare.figures.read_figures), as a
comparison reads it: the verb before the figure, the head of a construct, survivors as people."""

from services.compare.analysis import analyse
from services.compare.comparison import compare
from services.models import Article


def events(text: str) -> list[frozenset[str]]:
    a = analyse(text)
    return [f.events if f else frozenset() for f in a.figures]


def article(text: str) -> Article:
    return Article(None, "", "", "", "", text, text)


def test_the_verb_before_a_figure_says_what_happened_not_a_clause_after_its_noun():
    # «نقلوا» after «عاملاً» tells where the survivors went, «نجا» what they are
    assert events("ونجا من الانهيار 40 عاملاً نقلوا إلى المستشفى.") == [frozenset({"rescued"})]


def test_a_verb_after_a_figure_still_counts_when_none_is_before_it():
    assert events("وقالت الشرطة إن 12 شخصاً قتلوا في الانفجار.") == [frozenset({"killed"})]


def test_the_head_of_a_construct_names_the_topic():
    # عجز الموازنة is a deficit; ميزانية الدفاع a budget
    assert events("ويتوقع أن يتراجع عجز الموازنة إلى 4 بالمئة.") == [frozenset({"topic:deficit"})]
    assert events("وارتفعت ميزانية الدفاع 4 بالمئة.") == [frozenset({"topic:budget"})]


def test_survivors_are_people_of_their_own_as_the_dead_and_the_hurt_are():
    # 40 rescued «منهم» (of the 90 workers) and 40 workers who survived: one figure
    c = compare(
        article(
            "وكان المنجم يضم 90 عاملاً لحظة الانهيار، وقد تمكنت فرق الدفاع المدني من "
            "إنقاذ 40 منهم حتى المساء."
        ),
        article("ونجا من الانهيار 40 عاملاً نقلوا إلى مستشفى المدينة."),
    )
    assert [(d.left, d.right, d.relation.value) for d in c.discrepancies] == [(1, 0, "agree")]


def listed(text: str) -> list[bool]:
    return [bool(f and "listed" in f.events) for f in analyse(text).figures]


def test_counts_of_different_things_joined_by_and_are_listed_parts():
    assert listed("قتل 5 جنود و3 مدنيين في الهجوم.") == [True, True]
    assert listed("وقتل خمسة جنود وثلاثة مدنيين في الهجوم.") == [True, True]
    assert listed("وكانت الطائرة تقل 124 راكباً و6 من أفراد الطاقم.") == [True, True]


def test_the_dead_and_the_hurt_listed_together_are_kinds_not_parts():
    # each is its own figure, paired with the other version's dead and hurt
    assert listed("أسفرت الغارة عن سقوط 7 شهداء و20 جريحا في المخيم.") == [False, False]
    assert listed("وسجلت الوزارة 40 ألف إصابة و300 وفاة.") == [False, False]


def test_counts_of_two_clauses_are_not_a_list():
    # «وأصيب» opens another clause: 7 dead and 23 hurt are not parts of one whole
    assert listed("قتل 7 أشخاص وأصيب 23 آخرون في الانفجار.") == [False, False]
    assert not any(listed("وفاز الفريق بثلاثة أهداف مقابل هدف."))


def test_a_part_of_a_list_is_never_the_whole_another_version_gives():
    c = compare(
        article("قتل 5 جنود و3 مدنيين في كمين استهدف القافلة."),
        article("وأسفر الهجوم على القافلة عن مقتل 8 أشخاص."),
    )
    assert c.discrepancies == ()
    # ... and the sum (5 + 3 = 8) says the two sentences state one claim
    assert [(k.left, k.right) for k in c.links] == [(0, 0)]


def test_a_part_of_a_list_still_pairs_with_a_count_of_its_own_noun():
    c = compare(
        article("قتل 5 جنود و3 مدنيين في كمين استهدف القافلة."),
        article("وقتل 6 جنود في الهجوم على القافلة."),
    )
    assert [(d.left, d.right, d.relation.value) for d in c.discrepancies] == [(0, 0, "conflict")]


def test_the_counted_noun_says_what_happened_before_a_word_of_the_list_before_it():
    # 300 deaths, not 300 more injuries
    assert events("وسجلت الوزارة 40 ألف إصابة و300 وفاة.") == [
        frozenset({"injured"}),
        frozenset({"killed"}),
    ]


def test_cases_that_died_are_not_cases_of_illness():
    c = compare(
        article("وتوفيت 12 حالة في مستشفيات المحافظة خلال الأسبوع."),
        article("وأصيب 15 شخصاً بالمرض في مستشفيات المحافظة خلال الأسبوع."),
    )
    assert c.discrepancies == ()


def test_people_arrested_are_not_people_hurt():
    # «أوقفت», «ألقت القبض على»: arrested, as «اعتقلت» is
    assert events("وأوقفت الشرطة 12 شخصاً خلال الاحتجاجات.") == [frozenset({"held"})]
    assert events("وألقت الشرطة القبض على 12 شخصاً.") == [frozenset({"held"})]
    c = compare(
        article("وأوقفت الشرطة 12 شخصاً خلال الاحتجاجات."),
        article("وأصيب 15 شخصاً خلال الاحتجاجات."),
    )
    assert c.discrepancies == ()


def test_flights_are_not_deportations():
    # «رحلة» stems as «رحّل» (deported) does: the flights cancelled say nothing happened to people
    assert events("وأدى الإضراب إلى إلغاء 400 رحلة وتعطيل سفر آلاف الركاب.") == [
        frozenset(),
        frozenset(),
    ]
    assert events("ورحّلت السلطات 28 لاجئاً.") == [frozenset({"deported", "moved"})]


def test_words_that_only_share_an_event_word_s_stem_say_no_event():
    # «لقوات» (for the forces) stems as «لقوا» (killed: لقوا حتفهم), «النقل» (transport) as
    # «نقل» (moved), «سلمية» (peaceful) as «سلم» (handed over), «الأدلة» (evidence) as «أدلى»
    assert events("واستسلم 12 عنصرا تابعا لقوات المعارضة.") == [frozenset()]
    assert events("وقالت وزارة النقل إن 40 رحلة ألغيت.") == [frozenset()]
    assert events("وشارك 300 شخص في مظاهرة سلمية.") == [frozenset()]
    assert events("وقدمت النيابة 12 دليلا والأدلة الأخرى.") == [frozenset()]
