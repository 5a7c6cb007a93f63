"""A story of several articles: claims and figures grouped from the pairwise comparisons, one
figure per value, conflicting decisions resolved by score, provenance and copies."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.compare.comparison import compare
from services.compare.provenance import ANONYMOUS, NAMED, attribute, earliest
from services.compare.story import build_story, group, spread, story_to_json
from services.models import Article, Kind, Quantity
from services.text.sentences import split_sentences


def article(n: int, text: str, date: str = "", source: str = "", time: str = "") -> Article:
    return Article(n, f"t{n}", source, date, f"{n}.txt", text, text, time=time)


TRANSFER = [
    article(
        1,
        "نقلت القوات الأمريكية نحو 60 إرهابيا من سجون الحسكة. وتحتجز قسد نحو 12 ألفا من "
        "مسلحي داعش.",
    ),
    article(2, "نقلت القوات الأمريكية 750 إرهابيا من سجون الحسكة إلى العراق."),
    article(
        3,
        "نقلت القوات الأمريكية أكثر من 100 إرهابي من سجون الحسكة. وتحتجز قسد نحو 12 ألفا "
        "من مسلحي التنظيم.",
    ),
]


def values(figure):
    return sorted(m.quantity.text for m in figure.members)


def test_the_same_figure_in_three_articles_is_one_row_with_its_relations():
    story = build_story(TRANSFER)
    moved = next(f for f in story.figures if "750" in values(f))
    assert values(moved) == sorted(["نحو 60", "750", "أكثر من 100"])
    relations = {
        frozenset((moved.members[r.a].quantity.text, moved.members[r.b].quantity.text)): r.relation
        for r in moved.relations
    }
    assert relations[frozenset(("نحو 60", "750"))] == "conflict"
    assert (moved.low, moved.high) == (54, None)
    held = next(f for f in story.figures if any("12" in m.quantity.text for m in f.members))
    assert len(held.members) == 2 and {r.relation for r in held.relations} == {"agree"}


def test_every_value_is_in_exactly_one_figure():
    story = build_story(TRANSFER)
    seen = [(m.article, m.index) for f in story.figures for m in f.members]
    assert len(seen) == len(set(seen))


def test_a_figure_no_other_article_gives_is_a_row_of_its_own():
    texts = TRANSFER + [article(4, "وتعيش في المخيم نحو 12 ألف زوجة وطفل من عائلات التنظيم.")]
    story = build_story(texts)
    wives = [f for f in story.figures if any(m.article == 3 for m in f.members)]
    assert len(wives) == 1 and len(wives[0].members) == 1


def test_a_story_calls_the_pairwise_comparison_once_per_pair():
    calls = []

    def counting(a, b, **kw):
        calls.append((a.id, b.id))
        return compare(a, b, **kw)

    progress = []
    build_story(TRANSFER, compare_pair=counting, on_progress=lambda d, t: progress.append((d, t)))
    assert sorted(calls) == [(1, 2), (1, 3), (2, 3)]
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)


def test_relations_pass_through_as_the_pairwise_matching_gives_them():
    # A relation the pairwise matching adds (the timeline work's "updated") reaches the story.
    from dataclasses import replace

    def updating(a, b, **kw):
        c = compare(a, b, **kw)
        return replace(
            c,
            discrepancies=tuple(
                replace(d, relation=type("R", (), {"value": "updated"})()) for d in c.discrepancies
            ),
        )

    story = build_story(TRANSFER[:2], compare_pair=updating)
    assert {r.relation for f in story.figures for r in f.relations} == {"updated"}


def test_copied_passages_form_claims_carried_by_both_with_their_attribution():
    source = (
        "ونقلت وكالة سبوتنيك عن مصدر مطلع تأكيده عقد سلسلة لقاءات أمنية في التنف. "
        "وأشار المصدر إلى أنه تم بحث تكثيف الهجمات على القوات الحكومية."
    )
    copy = (
        "وتشهد المنطقة توترا أمنيا منذ أشهر. "
        "ونقلت وكالة سبوتنيك عن مصدر مطلع تأكيده عقد سلسلة لقاءات أمنية في التنف. "
        "وأشار المصدر إلى أنه تم بحث تكثيف الهجمات على القوات الحكومية."
    )
    a = article(1, source, "2024-01-02", time="10:00")
    b = article(2, copy, "2024-01-02", time="12:30")
    story = build_story([b, a])
    assert len(story.claims) >= 2
    for claim in story.claims:
        assert claim.articles == (0, 1)
        assert claim.first == 1  # a, published first, is second in the story
        assert claim.copied
        assert all(c.source is not None for c in claim.copies)
        sources = {m.attribution.source for m in claim.members if m.attribution}
        assert sources == {"سبوتنيك"}
    data = story_to_json(story)
    assert data["format"] == "riwaya.story/1"
    assert data["claims"][0]["first"] == 1 and data["claims"][0]["copied"] is True
    member = data["claims"][0]["members"][0]
    assert set(member) >= {"article", "sentence", "text", "attribution"}


# A wire story and a site that lifts two of its passages with edits: a new lead-in, the
# conjunction typed apart, quotation marks, one sentence cut short; and its own paraphrase of a
# third. No sentence of the copy is identical to the wire's once normalised.
WIRE = (
    "ذكرت وكالة الأنباء الأردنية أن السلطات أغلقت الطريق الصحراوي أمام حركة الشاحنات بسبب "
    "العاصفة الرملية التي تضرب جنوب المملكة منذ صباح الأحد. "
    "وأوضحت الوكالة أن فرق الدفاع المدني أنقذت عشرات المسافرين العالقين على الطريق قرب "
    "مدينة معان. "
    "ودعت مديرية الأرصاد المواطنين إلى تجنب السفر حتى مساء الثلاثاء."
)
LIFT = (
    "في سياق متصل، قالت وكالة الأنباء الأردنية إن السلطات أغلقت الطريق الصحراوي أمام حركة "
    "الشاحنات بسبب العاصفة الرملية. "
    "و أوضحت الوكالة أن ” فرق الدفاع المدني أنقذت عشرات المسافرين العالقين على الطريق “ . "
    "ونصحت الأرصاد الجوية السكان بالبقاء في منازلهم وعدم السفر خلال اليومين المقبلين."
)


def wire_story(wire_date: str, lift_date: str):
    return build_story(
        [article(1, LIFT, lift_date, time="15:00"), article(2, WIRE, wire_date, time="09:00")]
    )


def test_passages_carried_with_edits_are_copies_the_paraphrase_is_not():
    story = wire_story("", "")
    carried = [c for c in story.claims if c.copied]
    assert len(carried) == 2, [(c.members, c.relations) for c in story.claims]
    for claim in carried:
        assert all(r.relation != "identical" for r in claim.relations)
        assert claim.articles == (0, 1)
        assert all(k.source is None and k.words >= 8 for k in claim.copies)  # no dates: unknown
    paraphrase = [c for c in story.claims if any("الأرصاد" in m.text for m in c.members)]
    assert not any(c.copied for c in paraphrase)  # linked or not, it is no copy


def test_who_copied_whom_follows_the_dates_when_known():
    story = wire_story("2024-02-04", "2024-02-04")  # the wire at 09:00, the lift at 15:00
    carried = [c for c in story.claims if c.copied]
    assert carried
    for claim in carried:
        for k in claim.copies:
            assert claim.members[k.source].article == 1  # the wire, second in the story
    data = story_to_json(story)
    copies = [k for c in data["claims"] for k in c["copies"]]
    assert copies and all(k["source"] is not None and k["words"] >= 8 for k in copies)


def test_first_is_unknown_when_a_date_is_missing():
    a = article(1, TRANSFER[0].text, "2024-01-01")
    b = article(2, TRANSFER[1].text, "")
    story = build_story([a, b])
    assert story.figures and all(f.first is None for f in story.figures if len(f.articles) > 1)


@pytest.mark.parametrize(
    "text, index, kind, source",
    [
        ("أفادت مصادر أهلية بنقل نحو 60 إرهابيا.", 0, ANONYMOUS, "مصادر أهلية"),
        ("كشفت مصادر خاصة لـ “سبوتنيك” عن نقل 750 إرهابيا.", 0, NAMED, "سبوتنيك"),
        ("وقالت وكالة سانا إن القوات نقلت العشرات.", 0, NAMED, "سانا"),
        ("نقلت الميادين عن مصدر مطلع أن الطائرات هبطت.", 0, NAMED, "الميادين"),
        ("أكد مصدر مطلع حصول اللقاءات. وأضاف أن الهجمات ستزداد.", 1, ANONYMOUS, "مصدر مطلع"),
        ("ونقلت سبوتنيك الخبر. ولفت المصدر إلى الأهداف.", 1, NAMED, "سبوتنيك"),
        # the outlet's own anonymous sources again, then new sources after one that quoted none
        (
            "نقلت رويترز عن مصادر أمنية أن القصف توقف. وأضافت مصادر أمنية أن الطرق فتحت.",
            1,
            NAMED,
            "رويترز",
        ),
        (
            "قالت وكالة رويترز إن القصف توقف. وأشار مصدر الوكالة إلى أن الطرق فتحت.",
            1,
            NAMED,
            "رويترز",
        ),
        (
            "ذكرت وكالة سانا أن القصف توقف. وأفادت مصادر محلية بأن الطرق فتحت.",
            1,
            ANONYMOUS,
            "مصادر محلية",
        ),
    ],
)
def test_attribution_names_an_agency_or_anonymous_sourcing(text, index, kind, source):
    found = attribute(split_sentences(text), index)
    assert (found.kind, found.source) == (kind, source)


def test_a_sentence_that_reports_nobody_has_no_attribution():
    sentences = split_sentences("ونقلت سبوتنيك الخبر. وتشهد المنطقة توترا منذ أشهر.")
    assert attribute(sentences, 1) is None
    assert attribute(split_sentences("سانتا كلوز يزور المدينة."), 0) is None


def test_earliest_is_never_guessed():
    from services.text.moments import moment

    assert earliest([(0, 0), (1, 0)], [moment("2024-01-02"), moment("2024-01-01")]) == 1
    assert earliest([(0, 0), (1, 0)], [moment("2024-01-01"), moment("2024-01-01")]) is None
    assert earliest([(0, 0), (1, 0)], [moment(""), moment("2024-01-01")]) is None
    same_day = [moment("2024-01-01", "09:40"), moment("2024-01-01", "18:15")]
    assert earliest([(0, 0), (1, 0)], same_day) == 0


def q(lo, hi):
    return Quantity("", 0, 0, None, lo, hi, False, Kind.COUNT)


def test_spread_is_open_where_a_member_is():
    assert spread([q(54, 66), q(750, 750)]) == (54, 750)
    assert spread([q(100, None), q(750, 750)]) == (100, None)


def test_a_weaker_link_that_would_join_two_sentences_of_one_article_is_left_out():
    nodes = [(0, 0), (0, 1), (1, 0), (2, 0)]
    # (2, 0)–(1, 0) would put (0, 0) and (0, 1) in one claim, and nothing links to both.
    edges = [(0.9, (0, 0), (1, 0)), (0.5, (0, 1), (2, 0)), (0.4, (2, 0), (1, 0))]
    groups = sorted(map(tuple, group(nodes, edges, lambda n: n[1], 2)))
    assert groups == [((0, 0), (1, 0)), ((0, 1), (2, 0))]


def test_two_sentences_of_one_article_joined_through_a_third_share_a_group():
    # 001 splits one sentence of 000 in two: both halves link to it.
    nodes = [(0, 3), (1, 2), (1, 3)]
    edges = [(0.6, (0, 3), (1, 3)), (0.5, (0, 3), (1, 2))]
    assert group(nodes, edges, lambda n: n[1], 2) == [[(0, 3), (1, 2), (1, 3)]]


@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 4),
            st.integers(0, 3),
            st.integers(0, 4),
            st.floats(0, 2),
        ),
        max_size=25,
    ),
    st.randoms(),
)
def test_groups_do_not_depend_on_the_order_of_the_pairs(raw, rng: random.Random):
    edges = [(s, (a, x), (b, y)) for a, x, b, y, s in raw if a != b]
    nodes = sorted({n for e in edges for n in e[1:]})
    first = sorted(map(tuple, group(nodes, edges, lambda n: n[1], 2)))
    shuffled = list(edges)
    rng.shuffle(shuffled)
    assert sorted(map(tuple, group(nodes, shuffled, lambda n: n[1], 2))) == first
    members = [n for g in first for n in g]
    assert sorted(members) == nodes  # every node in exactly one group
    for g in first:
        per_article = {}
        for art, s in g:
            per_article.setdefault(art, set()).add(s)
        assert all(len(s) <= 2 for s in per_article.values())


def test_one_article_may_give_one_figure_twice_when_both_can_hold():
    # 002 gives the transfer as «نحو 60» (s8) and «العشرات» (s10); 004's 750 pairs with the
    # first, 000's «أكثر من 100» with the second and with 750: one figure. Nothing links both
    # of 002's figures to a third, so only their intervals ([54, 66] in [20, 99]) allow it.
    nodes = [(0, 8), (0, 10), (1, 1), (2, 11)]
    edges = [(1.88, (0, 8), (1, 1)), (1.56, (2, 11), (0, 10)), (1.4, (2, 11), (1, 1))]
    apart = group(nodes, edges, lambda n: n[1], 3)
    assert len(apart) == 2
    together = group(nodes, edges, lambda n: n[1], 3, lambda x, y: True)
    assert together == [sorted(nodes)]


def test_members_no_comparison_paired_are_related_by_their_values():
    from services.compare.story import FigureMember, MemberRelation, _value_relations
    from services.text.quantities import extract_quantities

    more, about, dozens = (
        extract_quantities(t)[0] for t in ("نقل أكثر من 100 معتقل", "نقل نحو 60 معتقلا", "نقل 750")
    )
    members = (FigureMember(0, 0, more), FigureMember(1, 0, about), FigureMember(2, 0, dozens))
    paired = (MemberRelation(1, 2, "conflict", 1.9), MemberRelation(0, 2, "differs", 1.4))
    derived = _value_relations(members, paired)
    assert [(r.a, r.b, r.relation, r.score) for r in derived] == [(0, 1, "conflict", 0.0)]


def test_a_measure_with_no_event_or_noun_is_labelled_by_its_unit_as_written():
    from services.compare.analysis import analyse
    from services.compare.story import FigureMember, topic_label

    analysis = analyse("وتواصلت الأمطار ست ساعات")
    q = analysis.quantities[0]
    assert topic_label([FigureMember(0, 0, q)], [analysis]) == "ساعات"
