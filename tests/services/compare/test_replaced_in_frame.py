"""Two short sentences of one frame with another thing in its slot state another claim
(رجل يعزف على الغيتار / رجل يعزف على البيانو): they are not linked, by their words or through
their figures. A word reworded in the slot, a word added, an action for another and the words
around a figure reworded still link."""

import pytest

from services.compare.alignment import align_sentences
from services.compare.analysis import analyse
from services.compare.comparison import compare
from services.models import Article


def linked(a: str, b: str) -> bool:
    return bool(align_sentences(analyse(a), analyse(b), a, b))


def compared_links(a: str, b: str) -> int:
    """Links of the whole comparison, those through a pair of figures too."""
    left, right = Article(None, "", "", "", "", a, a), Article(None, "", "", "", "", b, b)
    return len(compare(left, right, left_analysis=analyse(a), right_analysis=analyse(b)).links)


ANOTHER_THING_IN_THE_SLOT = [
    ("رجل يعزف على الغيتار.", "رجل يعزف على البيانو."),  # the object
    ("امرأة تقطع البصل.", "امرأة تقطع الطماطم."),
    ("كلب ينام على السرير.", "كلب ينام على السجادة."),  # the place
    ("قطة تشرب الحليب.", "أرنب يشرب الحليب."),  # the actor (and its verb's gender)
    # two words in the slot on both sides: an object and a place, a name
    ("امرأة تضيف الملح إلى الطعام.", "امرأة تضيف البيض إلى الوعاء."),
    ("وفاة الممثل المصري نور الشريف.", "وفاة الممثل المصري أحمد زكي."),
    # two events the lists keep apart, each a class of verbs and verbal nouns
    ("غرق مركب صيد قبالة السواحل التونسية.", "احتجاز مركب صيد قبالة السواحل التونسية."),
]


@pytest.mark.parametrize(("a", "b"), ANOTHER_THING_IN_THE_SLOT)
def test_another_thing_in_the_frame_does_not_link(a, b):
    assert not linked(a, b)


def test_a_figure_pair_does_not_link_another_place_in_the_frame():
    # The magnitudes pair (one figure of its kind on each side), but the place is another.
    a = "زلزال بقوة 5 درجات يضرب شمال المغرب."
    b = "زلزال بقوة 5 درجات يضرب شمال الجزائر."
    assert compared_links(a, b) == 0


STILL_ONE_CLAIM = [
    ("رجل يقطع البصل.", "رجل يقطّع بصلة."),  # one root, a singular
    ("امرأة تعزف على آلة البيانو.", "امرأة تعزف على البيانو."),  # a word added
    ("ولد يركض في الملعب.", "ولد يجري في الملعب."),  # an action for another
    ("تعطلت مواقع حكومية عدة لساعات.", "تعطل موقع حكومي وآخر لساعات."),  # vague words
    ("الهلال يفوز في الدوري السعودي.", "الهلال يفوز في دوري روشن."),  # a place, a thing of it
    # a ة written ه, where the rest differs too: its class and its root are the same
    ("رجل يركب الحافلة.", "الرجل يركب الحافله."),
    ("فتاة تشرب القهوة.", "الفتاه تشرب القهوه."),
    # the words around a figure reworded
    ("وتنتج المصفاة نحو 200 ألف برميل يوميا.", "وتنتج المصفاة 200 ألف برميل في اليوم."),
]


@pytest.mark.parametrize(("a", "b"), STILL_ONE_CLAIM)
def test_a_rewording_of_the_frame_still_links(a, b):
    assert linked(a, b)


def test_long_sentences_are_left_to_the_score():
    from services.compare import similarity, tuning
    from services.compare.termspace import term_space

    words = "وقال مدير المستشفى الحكومي في المدينة الساحلية إن {} وصل صباح اليوم".split()
    a = " ".join(words).format("الدواء") + "."
    b = " ".join(words).format("المولد") + "."
    space = term_space(analyse(a).terms, analyse(b).terms)
    sequence_a, sequence_b = space.left_sequences[0], space.right_sequences[0]
    assert len(similarity._single_words(sequence_a)) > tuning.FRAME_WORDS
    assert not similarity._replaced(sequence_a, sequence_b, space.left[0], space.right[0])
    short_a, short_b = "وصل الدواء إلى المستشفى.", "وصل المولد إلى المستشفى."
    space = term_space(analyse(short_a).terms, analyse(short_b).terms)
    assert similarity._replaced(
        space.left_sequences[0], space.right_sequences[0], space.left[0], space.right[0]
    )


def test_a_teh_marbuta_written_heh_has_the_same_class_and_root():
    from services.compare.terms import _word_term, root_term
    from services.text.arabic import normalize_plain, stem

    def term(word: str) -> str | None:
        return _word_term(normalize_plain(word), stem(word))[0]

    assert term("الحافله") == term("الحافلة") == "&vehicles"
    assert root_term("فتاه") == root_term("فتاة")
    assert root_term("القمه") == root_term("القمة")
    assert term("كتابه") == term("كتاب")  # a pronoun ه: as before


def test_an_arab_word_is_no_vehicle():
    # عربة (a cart) shares its light stem with العرب, عربي, العربية: it is in no class.
    assert not linked(
        "وزراء الخارجية العرب يجتمعون في القاهرة.", "حافلات وسيارات تتكدس في القاهرة."
    )


@pytest.mark.parametrize(
    ("word", "not_class"),
    [
        ("وزارة", "&visited"),  # و read as a clitic: زارة, as زار
        ("وزارات", "&visited"),
        ("قضايا", "&killed"),  # قضية shares the stem of قضى
        ("المرحلة", "&deported"),
        ("العامة", "&years"),
        ("المركزي", "&ranks"),
        ("الاجتماعية", "&met"),
        ("البلدين", "&villages"),
        ("الأدلة", "&voted"),
        ("كبرى", "&released"),
    ],
)
def test_a_word_sharing_a_class_words_stem_keeps_its_own_term(word, not_class):
    from services.compare.terms import _word_term
    from services.text.arabic import normalize_plain, stem

    assert _word_term(normalize_plain(word), stem(word))[0] != not_class


def test_the_class_words_themselves_keep_their_class():
    from services.compare.terms import _word_term
    from services.text.arabic import normalize_plain, stem

    for word, cls in (("زار", "&visited"), ("قتلى", "&killed"), ("الاجتماع", "&met")):
        assert _word_term(normalize_plain(word), stem(word))[0] == cls
