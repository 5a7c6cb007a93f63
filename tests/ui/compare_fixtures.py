"""Hand-built comparisons of two short articles written for these tests, so that the reader's
tests do not depend on the comparison engine's judgement: links, rows, word differences and
discrepancies are stated here as a reader would state them.
"""

from __future__ import annotations

import difflib
import re

from services.models import (
    Agreement,
    Article,
    Comparison,
    DiffOp,
    DiffTag,
    Discrepancy,
    Kind,
    Link,
    LinkRelation,
    Quantity,
    Row,
    Sentence,
)

EARLIER = (
    "أعلنت السلطات المحلية نقل نحو 60 معتقلا من سجن المدينة إلى موقع آخر.",
    "وقالت مصادر مطلعة إن عملية النقل جرت ليلا بحماية مشددة.",
    "ويضم السجن قرابة 12 ألف محتجز منذ عام 2019.",
    "ولم تعلق الجهات الرسمية على هذه الأنباء حتى الآن.",
    "وأصيب أكثر من 100 شخص خلال الاشتباكات التي سبقت عملية النقل.",
    "وتوقعت المصادر نقل دفعات أخرى خلال الأيام المقبلة.",
)
LATER = (
    "😟 ذكرت مصادر خاصة أن القوات نقلت 750 معتقلا من سجن المدينة إلى موقع آخر.",
    "ويضم السجن نحو 12 ألف محتجز منذ عام 2019.",
    "وأضافت المصادر أن عملية النقل جرت ليلا وسط حماية مشددة.",
    "وتشهد المنطقة توترا أمنيا منذ أسابيع، وبلغ طول الطريق الذي سلكته القافلة 55 كم.",
    "وأسفرت الاشتباكات عن إصابة 300 شخص.",
)

# (earlier sentence, later sentence)
LINKS = ((0, 0), (1, 2), (2, 1), (4, 4))
ROWS = (
    Row(0, 0),
    Row(1, 2, moved=True),
    Row(2, 1),
    Row(3, None),
    Row(None, 3),
    Row(4, 4),
    Row(5, None),
)
# (sentence, written figure, kind, value, low, high, approximate, counted)
EARLIER_FIGURES = (
    (0, "نحو 60 معتقلا", Kind.COUNT, 60, 54, 66, True, "معتقل"),
    (2, "قرابة 12 ألف محتجز", Kind.COUNT, 12000, 10800, 13200, True, "محتجز"),
    (2, "2019", Kind.YEAR, 2019, 2019, 2019, False, None),
    (4, "أكثر من 100 شخص", Kind.COUNT, None, 100, None, False, "شخص"),
)
LATER_FIGURES = (
    (0, "750 معتقلا", Kind.COUNT, 750, 750, 750, False, "معتقل"),
    (1, "نحو 12 ألف محتجز", Kind.COUNT, 12000, 10800, 13200, True, "محتجز"),
    (1, "2019", Kind.YEAR, 2019, 2019, 2019, False, None),
    (3, "55 كم", Kind.LENGTH, 55, 55, 55, False, None),
    (4, "300 شخص", Kind.COUNT, 300, 300, 300, False, "شخص"),
)
# (earlier figure, later figure, relation)
DISCREPANCIES = (
    (0, 0, Agreement.CONFLICT),
    (1, 1, Agreement.AGREE),
    (3, 4, Agreement.DIFFERS),
)


def article(sentences: tuple[str, ...], *, id: int, source: str, title: str, date: str) -> Article:
    text = "\n".join(sentences)
    return Article(id, title, source, date, f"/tmp/{id}.txt", text, text)


def sentences_of(text: str) -> tuple[Sentence, ...]:
    found, start = [], 0
    for index, line in enumerate(text.split("\n")):
        found.append(Sentence(index, line, start, start + len(line)))
        start += len(line) + 1
    return tuple(found)


def figures_of(text: str, sentences, figures) -> tuple[Quantity, ...]:
    quantities = []
    for sentence, written, kind, value, low, high, approximate, counted in figures:
        start = text.index(written, sentences[sentence].start)
        quantities.append(
            Quantity(
                written,
                start,
                start + len(written),
                value,
                low,
                high,
                approximate,
                kind,
                unit="km" if kind is Kind.LENGTH else None,
                counted=counted,
                sentence=sentence,
            )
        )
    return tuple(quantities)


def word_diff(left: Sentence, right: Sentence) -> tuple[DiffOp, ...]:
    """A plain word diff of two sentences with article offsets (test scaffolding only)."""
    lw = [
        (m.group(), left.start + m.start(), left.start + m.end())
        for m in re.finditer(r"\S+", left.text)
    ]
    rw = [
        (m.group(), right.start + m.start(), right.start + m.end())
        for m in re.finditer(r"\S+", right.text)
    ]
    matcher = difflib.SequenceMatcher(
        None, [w for w, _, _ in lw], [w for w, _, _ in rw], autojunk=False
    )
    ops = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(
                DiffOp(
                    DiffTag.EQUAL,
                    " ".join(w for w, _, _ in lw[a0:a1]),
                    (lw[a0][1], lw[a1 - 1][2]),
                    (rw[b0][1], rw[b1 - 1][2]),
                )
            )
            continue
        if a1 > a0:
            ops.append(
                DiffOp(
                    DiffTag.DELETE,
                    " ".join(w for w, _, _ in lw[a0:a1]),
                    left=(lw[a0][1], lw[a1 - 1][2]),
                )
            )
        if b1 > b0:
            ops.append(
                DiffOp(
                    DiffTag.INSERT,
                    " ".join(w for w, _, _ in rw[b0:b1]),
                    right=(rw[b0][1], rw[b1 - 1][2]),
                )
            )
    return tuple(ops)


def two_versions(*, earlier_first: bool = True, earlier_date: str = "2024-03-10") -> Comparison:
    """The earlier report (صحيفة الشرق) and the later one (وكالة الأفق).

    With `earlier_first`, the comparison's left side is the earlier report; otherwise the
    sides are given the other way round (the later report selected first).
    """
    a = article(
        EARLIER, id=1, source="صحيفة الشرق", title="نقل معتقلين من سجن المدينة", date=earlier_date
    )
    b = article(
        LATER, id=2, source="وكالة الأفق", title="القوات تنقل 750 معتقلا", date="2024-03-11"
    )
    sa, sb = sentences_of(a.text), sentences_of(b.text)
    qa, qb = figures_of(a.text, sa, EARLIER_FIGURES), figures_of(b.text, sb, LATER_FIGURES)
    links = tuple(Link(i, j, LinkRelation.SHARED, 0.7, word_diff(sa[i], sb[j])) for i, j in LINKS)
    discrepancies = tuple(Discrepancy(i, j, relation) for i, j, relation in DISCREPANCIES)
    if earlier_first:
        return Comparison(a, b, sa, sb, links, ROWS, qa, qb, discrepancies)
    return Comparison(
        b,
        a,
        sb,
        sa,
        tuple(Link(k.right, k.left, k.relation, k.similarity, _mirror(k.diff)) for k in links),
        tuple(Row(r.right, r.left, r.moved) for r in ROWS),
        qb,
        qa,
        tuple(Discrepancy(d.right, d.left, d.relation) for d in discrepancies),
    )


def _mirror(ops: tuple[DiffOp, ...]) -> tuple[DiffOp, ...]:
    flipped = {
        DiffTag.EQUAL: DiffTag.EQUAL,
        DiffTag.DELETE: DiffTag.INSERT,
        DiffTag.INSERT: DiffTag.DELETE,
    }
    return tuple(DiffOp(flipped[op.op], op.text, op.right, op.left) for op in ops)


def many_rows(count: int = 60) -> Comparison:
    """A long comparison: every third claim shared, the others only on one side, with
    sentences of different lengths so that rows must be levelled to line up."""
    left_texts, right_texts, rows, links = [], [], [], []
    for i in range(count):
        if i % 3 == 0:
            left_texts.append(
                f"قالت المصادر إن الاجتماع رقم {i} عقد في المدينة بحضور ممثلين عن الطرفين."
            )
            right_texts.append(
                f"أفادت مصادر مطلعة بأن الاجتماع رقم {i} عقد في المدينة بحضور ممثلين عن الطرفين "
                "وناقش ملفات عدة بينها نقل المحتجزين وتبادل المعلومات "
                "والترتيبات الأمنية في المنطقة."
            )
            rows.append(Row(len(left_texts) - 1, len(right_texts) - 1))
            links.append((len(left_texts) - 1, len(right_texts) - 1))
        elif i % 3 == 1:
            left_texts.append(
                f"وأضافت أن الجولة {i} من المحادثات ستستأنف الأسبوع المقبل في العاصمة."
            )
            rows.append(Row(len(left_texts) - 1, None))
        else:
            right_texts.append(f"وأشار البيان {i} إلى أن الوضع بقي هادئا.")
            rows.append(Row(None, len(right_texts) - 1))
    a = article(tuple(left_texts), id=11, source="المصدر الأول", title="اجتماعات", date="")
    b = article(tuple(right_texts), id=12, source="المصدر الثاني", title="اجتماعات", date="")
    sa, sb = sentences_of(a.text), sentences_of(b.text)
    return Comparison(
        a,
        b,
        sa,
        sb,
        tuple(Link(i, j, LinkRelation.SHARED, 0.6, word_diff(sa[i], sb[j])) for i, j in links),
        tuple(rows),
        (),
        (),
        (),
    )


def far_conflict(count: int = 60) -> Comparison:
    """`many_rows` with a conflict between the figures of its last shared claim, far down."""
    comparison = many_rows(count)
    last = comparison.links[-1]
    quantities = []
    for text, sentence in (
        (comparison.left.text, comparison.left_sentences[last.left]),
        (comparison.right.text, comparison.right_sentences[last.right]),
    ):
        written = sentence.text.split("رقم ")[1].split()[0]
        start = text.index("رقم " + written, sentence.start) + len("رقم ")
        quantities.append(
            Quantity(
                written,
                start,
                start + len(written),
                float(written),
                float(written),
                float(written),
                False,
                Kind.ORDINAL,
                sentence=sentence.index,
            )
        )
    return Comparison(
        comparison.left,
        comparison.right,
        comparison.left_sentences,
        comparison.right_sentences,
        comparison.links,
        comparison.rows,
        (quantities[0],),
        (quantities[1],),
        (Discrepancy(0, 0, Agreement.CONFLICT),),
    )
