"""Words that attribute a claim (وقال المتحدث باسم الوزارة إن, بحسب المفوضية) say who speaks,
not what is said: two claims of one source are not one claim, one claim of one source in two
wordings still is."""

from services.compare.analysis import analyse, analysis_from_json, analysis_to_json
from services.compare.comparison import compare
from services.models import Article


def article(text: str) -> Article:
    return Article(None, "", "", "", "", text, text)


def test_the_words_before_a_reporting_verb_s_complementizer_attribute_the_claim():
    terms = analyse("وأكد وزير المالية أن العجز سيتراجع.").terms[0]
    claim = terms.sequence.index("عجز")  # the first word after «أن»
    assert terms.attributed == frozenset(terms.sequence[:claim])
    assert "مال" in terms.attributed


def test_a_source_named_after_the_claim_attributes_it():
    terms = analyse("ويستضيف المخيم 80 ألف لاجئ بحسب أرقام المفوضية.").terms[0]
    assert "مخيم" not in terms.attributed
    assert "بحسب" in terms.attributed


def test_a_word_of_the_claim_too_is_not_only_attribution():
    # «اللاجئين» names the source and what the claim counts: it stays a word of the claim
    terms = analyse("وقالت مفوضية اللاجئين إن المخيم يستضيف 80 ألف لاجئ.").terms[0]
    assert not {t for t in terms.attributed if "displaced" in t}


def test_a_sentence_without_a_reporting_verb_attributes_nothing():
    assert analyse("وأشعل المحتجون الإطارات أمام مبنى البلدية.").terms[0].attributed == frozenset()


def test_two_claims_of_one_source_are_not_linked():
    c = compare(
        article("وقال المتحدث باسم وزارة الزراعة الأردنية إن الأمطار أنقذت الموسم."),
        article("وقال المتحدث باسم وزارة الزراعة الأردنية إن الوزارة ستدعم مربي المواشي."),
    )
    assert not c.links


def test_one_claim_of_one_source_reworded_is_linked():
    c = compare(
        article("وقال المتحدث باسم وزارة الزراعة الأردنية إن الأمطار أنقذت الموسم الزراعي."),
        article("وأوضح المتحدث باسم وزارة الزراعة الأردنية أن الأمطار أنقذت الموسم."),
    )
    assert [(k.left, k.right) for k in c.links] == [(0, 0)]


def test_stored_analyses_keep_what_attributes():
    text = "وقال المتحدث باسم الوزارة إن المدارس ستفتح غدا."
    a = analyse(text)
    back = analysis_from_json(analysis_to_json(a), text)
    assert back is not None
    assert [s.attributed for s in back.terms] == [s.attributed for s in a.terms]
