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
