"""A comparison as data for scripts ("riwaya.compare/1" JSON) and as a summary to read:
discrepancies first, then the claims the two versions share.
"""

from __future__ import annotations

from services.models import Agreement, Annotations, Article, Comparison, Quantity, Sentence

FORMAT = "riwaya.compare/1"


def _article(a: Article) -> dict:
    return {
        "id": a.id,
        "title": a.title,
        "source": a.source,
        "path": a.path,
        "date": a.date,
        "time": a.time,
    }


def _sentence(s: Sentence) -> dict:
    return {"index": s.index, "text": s.text, "start": s.start, "end": s.end}


def _quantity(qid: int, side: str, q: Quantity) -> dict:
    from services.text.quantities import quantity_to_dict

    return {"id": qid, "side": side, **quantity_to_dict(q)}


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return list(span) if span is not None else None


def comparison_to_json(c: Comparison, annotations: Annotations | None = None) -> dict:
    """The comparison in the "riwaya.compare/1" shape.

    `left`/`right` in links and rows are sentence indexes; in discrepancies they are quantity
    ids (left quantities first, then right ones). Extra keys: each article's date and time,
    each quantity's offsets, counted stem and qualifier, each diff run's spans in both texts,
    each discrepancy's `left_time`/`right_time` (date and time of its side's article, "" when
    unknown) and `later` ("left"/"right" when the two figures are ordered in time: set for
    `updated`, and for a later lower running total that stays a `conflict`; else null); the
    analyst's work: each article's `content_hash` and `analyst_note`, each discrepancy's and
    link's `key` (services.compare.anchors), `triage` ("open", "reviewed", "dismissed") and
    `analyst_note`.
    """
    from services.compare.anchors import finding_keys, text_hash

    notes = annotations or Annotations()
    discrepancy_keys, link_keys = finding_keys(c)

    def article(a: Article) -> dict:
        content_hash = text_hash(a)
        return {
            **_article(a),
            "content_hash": content_hash,
            "analyst_note": notes.article_note(content_hash),
        }

    def analyst(key: str) -> dict:
        finding = notes.finding(key)
        return {"key": key, "triage": finding.triage.value, "analyst_note": finding.note}

    offset = len(c.left_quantities)
    return {
        "format": FORMAT,
        "articles": [article(c.left), article(c.right)],
        "sentences": {
            "left": [_sentence(s) for s in c.left_sentences],
            "right": [_sentence(s) for s in c.right_sentences],
        },
        "links": [
            {
                "left": k.left,
                "right": k.right,
                "relation": k.relation.value,
                "similarity": k.similarity,
                # [left quantity id, right quantity id] of the figure pair that links the two
                # sentences (the same claim with different numbers), or null: linked by words.
                "figures": None if k.figures is None else [k.figures[0], offset + k.figures[1]],
                "diff": [
                    {
                        "op": d.op.value,
                        "text": d.text,
                        "left_span": _span(d.left),
                        "right_span": _span(d.right),
                    }
                    for d in k.diff
                ],
                **analyst(key),
            }
            for k, key in zip(c.links, link_keys, strict=True)
        ],
        "rows": [{"left": r.left, "right": r.right, "moved": r.moved} for r in c.rows],
        "quantities": [_quantity(n, "left", q) for n, q in enumerate(c.left_quantities)]
        + [_quantity(offset + n, "right", q) for n, q in enumerate(c.right_quantities)],
        "discrepancies": [
            {
                "left": d.left,
                "right": offset + d.right,
                "relation": d.relation.value,
                "note": d.note,
                "score": d.score,
                **analyst(key),
                "left_time": c.left.when,
                "right_time": c.right.when,
                "later": d.later or None,
            }
            for d, key in zip(c.discrepancies, discrepancy_keys, strict=True)
        ],
    }


# Conflicts first, then updates (a running total that grew: news, listed right after what
# cannot both be true), then differences and agreements.
_RELATION_ORDER = {
    Agreement.CONFLICT: 0,
    Agreement.UPDATED: 1,
    Agreement.DIFFERS: 2,
    Agreement.AGREE: 3,
}
_EXCERPT = 50  # characters of the sentence either side of a figure in the text summary


def _excerpt(text: str, sentence: Sentence | None, q: Quantity) -> str:
    if sentence is None:
        return q.text
    start = max(sentence.start, q.start - _EXCERPT)
    end = min(sentence.end, q.end + _EXCERPT)
    before = "…" if start > sentence.start else ""
    after = "…" if end < sentence.end else ""
    return f"{before}{text[start:end]}{after}".replace("\n", " ")


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _name(a: Article) -> str:
    ref = f"#{a.id}" if a.id is not None else a.path or "(text)"
    parts = [p for p in (a.title, a.source, a.when) if p]
    return f"{ref} {' — '.join(parts)}".strip()


def format_comparison_text(c: Comparison) -> str:
    """A readable summary: the two articles, the discrepancies (conflicts first), then the
    shared claims in the left article's order, then what only one version says."""

    def sentence(sentences: tuple[Sentence, ...], index: int) -> Sentence | None:
        return sentences[index] if 0 <= index < len(sentences) else None

    lines = [f"left:  {_name(c.left)}", f"right: {_name(c.right)}", ""]
    discrepancies = sorted(
        c.discrepancies, key=lambda d: (_RELATION_ORDER[d.relation], -d.score, d.left)
    )
    lines.append(f"Discrepancies ({len(discrepancies)})")
    if not discrepancies:
        lines.append("  none: no figure of one version is about the same thing as one of the other")
    for d in discrepancies:
        a, b = c.left_quantities[d.left], c.right_quantities[d.right]
        lines.append(f"  {d.relation.value.upper():8s} {d.note}")
        sa = sentence(c.left_sentences, a.sentence)
        sb = sentence(c.right_sentences, b.sentence)
        lines.append(f"    left  s{a.sentence}: {_excerpt(c.left.text, sa, a)}")
        lines.append(f"    right s{b.sentence}: {_excerpt(c.right.text, sb, b)}")
    lines.append("")

    moved = {(r.left, r.right) for r in c.rows if r.moved}
    identical = sum(1 for k in c.links if k.relation.value == "identical")
    lines.append(
        f"Shared claims ({len(c.links)} links: {identical} identical, "
        f"{len(c.links) - identical} shared, {len(moved)} moved)"
    )
    for k in c.links:
        flag = ", moved" if (k.left, k.right) in moved else ""
        lines.append(f"  s{k.left} ↔ s{k.right}  {k.relation.value} {k.similarity:.2f}{flag}")
        lines.append(f"    left:  {_clip(c.left_sentences[k.left].text)}")
        lines.append(f"    right: {_clip(c.right_sentences[k.right].text)}")
    lines.append("")

    linked_left = {k.left for k in c.links}
    linked_right = {k.right for k in c.links}
    only_left = [s for s in c.left_sentences if s.index not in linked_left]
    only_right = [s for s in c.right_sentences if s.index not in linked_right]
    lines.append(f"Only in left ({len(only_left)} sentences)")
    lines.extend(f"  s{s.index}: {_clip(s.text)}" for s in only_left)
    lines.append(f"Only in right ({len(only_right)} sentences)")
    lines.extend(f"  s{s.index}: {_clip(s.text)}" for s in only_right)
    return "\n".join(lines) + "\n"
