"""The findings of a comparison in the order an analyst reads them — conflicts, then updates
(a running total that grew between the reports), then differing figures, then agreeing ones,
then shared claims — each with both excerpts in context.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from services.models import Agreement, Annotations, Comparison, Sentence, Triage
from ui.finding_notes import discrepancy_note
from ui.highlights import Side, side_of


class FindingKind(StrEnum):
    CONFLICT = "conflict"
    UPDATED = "updated"
    DIFFERS = "differs"
    AGREE = "agree"
    SHARED = "shared"  # a shared or identical claim (a link)

    @property
    def is_discrepancy(self) -> bool:
        return self is not FindingKind.SHARED


FINDING_ORDER = (
    FindingKind.CONFLICT,
    FindingKind.UPDATED,
    FindingKind.DIFFERS,
    FindingKind.AGREE,
    FindingKind.SHARED,
)
_KIND_OF_RELATION = {
    Agreement.CONFLICT: FindingKind.CONFLICT,
    Agreement.UPDATED: FindingKind.UPDATED,
    Agreement.DIFFERS: FindingKind.DIFFERS,
    Agreement.AGREE: FindingKind.AGREE,
}

# Words of context kept on each side of a figure: enough to see what is counted and who says it.
CONTEXT_CHARS = 70
# A shared claim is shown whole up to this length, then cut at a word boundary.
CLAIM_CHARS = 220


@dataclass(frozen=True)
class Excerpt:
    """One side of a finding: where it is in the article, and the text shown in the list.

    `start`/`end` locate the figure (or the claim's sentence) in the article's text;
    `focus` is the figure's span inside `text` (empty for a claim).
    """

    sentence: int
    start: int
    end: int
    text: str
    focus: tuple[int, int]
    figure: str = ""


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    left: Excerpt  # the comparison's left side
    right: Excerpt
    discrepancy: int | None = None  # index into Comparison.discrepancies
    link: int | None = None  # index into Comparison.links
    note: str = ""
    similarity: float | None = None
    identical: bool = False
    # The analyst's work on it, kept in the library under `key` (services.compare.anchors).
    key: str = ""
    triage: Triage = Triage.OPEN
    analyst_note: str = ""

    @property
    def dismissed(self) -> bool:
        return self.triage is Triage.DISMISSED

    def excerpt(self, side: Side) -> Excerpt:
        return self.left if side is Side.LEFT else self.right


def build_findings(
    comparison: Comparison, annotations: Annotations | None = None
) -> tuple[Finding, ...]:
    """Discrepancies by relation (conflicts first), the surest pairing first and then in the
    left article's reading order; then shared claims in display-row order; then, in the same
    order, the findings the analyst dismissed (`annotations`)."""
    from services.compare import finding_keys

    findings = _ordered_findings(comparison)
    discrepancy_keys, link_keys = finding_keys(comparison)
    notes = annotations or Annotations()
    noted = []
    for f in findings:
        key = discrepancy_keys[f.discrepancy] if f.discrepancy is not None else link_keys[f.link]
        note = notes.finding(key)
        noted.append(replace(f, key=key, triage=note.triage, analyst_note=note.note))
    return tuple(f for f in noted if not f.dismissed) + tuple(f for f in noted if f.dismissed)


def _ordered_findings(comparison: Comparison) -> tuple[Finding, ...]:
    by_kind: dict[FindingKind, list[Finding]] = {kind: [] for kind in FINDING_ORDER}
    for index, discrepancy in enumerate(comparison.discrepancies):
        left = _figure_excerpt(comparison, Side.LEFT, discrepancy.left)
        right = _figure_excerpt(comparison, Side.RIGHT, discrepancy.right)
        if left is None or right is None:
            continue  # a pair naming a figure that is not there: nothing to show or scroll to
        kind = _KIND_OF_RELATION[discrepancy.relation]
        note = discrepancy_note(comparison, discrepancy)  # in the interface language
        by_kind[kind].append(Finding(kind, left, right, discrepancy=index, note=note))
    for kind in FINDING_ORDER[:-1]:
        by_kind[kind].sort(
            key=lambda f: (-comparison.discrepancies[f.discrepancy].score, f.left.start)
        )

    row_of = {(row.left, row.right): i for i, row in enumerate(comparison.rows)}
    left_row = {row.left: i for i, row in enumerate(comparison.rows) if row.left is not None}
    claims = []
    for index, link in enumerate(comparison.links):
        left = _claim_excerpt(comparison.left_sentences, link.left)
        right = _claim_excerpt(comparison.right_sentences, link.right)
        if left is None or right is None:
            continue
        order = row_of.get((link.left, link.right), left_row.get(link.left, len(row_of)))
        finding = Finding(
            FindingKind.SHARED,
            left,
            right,
            link=index,
            similarity=link.similarity,
            identical=link.relation == "identical",
        )
        claims.append((order, link.left, finding))
    claims.sort(key=lambda item: (item[0], item[1]))
    by_kind[FindingKind.SHARED] = [finding for _, _, finding in claims]
    return tuple(finding for kind in FINDING_ORDER for finding in by_kind[kind])


def _figure_excerpt(comparison: Comparison, side: Side, index: int) -> Excerpt | None:
    article, sentences, quantities = side_of(comparison, side)
    if not 0 <= index < len(quantities):
        return None
    quantity = quantities[index]
    text = article.text
    if not 0 <= quantity.start < quantity.end <= len(text):
        return None
    sentence = _sentence_at(sentences, quantity.sentence, quantity.start)
    lo, hi = (sentence.start, sentence.end) if sentence else (0, len(text))
    start = max(lo, quantity.start - CONTEXT_CHARS)
    end = min(hi, quantity.end + CONTEXT_CHARS)
    start, end = _word_bounds(text, start, end, lo, hi, quantity.start, quantity.end)
    prefix = "… " if start > lo else ""
    suffix = " …" if end < hi else ""
    shown = prefix + " ".join(text[start:end].split())
    # Whitespace was collapsed: locate the figure again in what is shown.
    figure = " ".join(quantity.text.split())
    focus_start = shown.find(figure, len(prefix))
    focus = (focus_start, focus_start + len(figure)) if focus_start >= 0 else (0, 0)
    return Excerpt(
        sentence.index if sentence else -1,
        quantity.start,
        quantity.end,
        shown + suffix,
        focus,
        figure=quantity.text,
    )


def _claim_excerpt(sentences: tuple[Sentence, ...], index: int) -> Excerpt | None:
    if not 0 <= index < len(sentences):
        return None
    sentence = sentences[index]
    words = sentence.text.split()
    shown = " ".join(words)
    if len(shown) > CLAIM_CHARS:
        cut = shown.rfind(" ", 0, CLAIM_CHARS)
        shown = shown[: cut if cut > 0 else CLAIM_CHARS] + " …"
    return Excerpt(sentence.index, sentence.start, sentence.end, shown, (0, 0))


def _sentence_at(sentences: tuple[Sentence, ...], index: int, offset: int) -> Sentence | None:
    if 0 <= index < len(sentences):
        return sentences[index]
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _word_bounds(
    text: str, start: int, end: int, lo: int, hi: int, keep_start: int, keep_end: int
) -> tuple[int, int]:
    """Shrink a context window [start, end) to whole words, never into the figure
    [keep_start, keep_end); an edge at the sentence's own edge (lo, hi) stays."""
    if start > lo:
        space = text.find(" ", start, keep_start)
        start = space + 1 if space >= 0 else start
    if end < hi:
        space = text.rfind(" ", keep_end, end)
        end = space if space >= 0 else end
    return start, end
