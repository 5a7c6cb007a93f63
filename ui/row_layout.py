"""Display rows: which sentence each row of the two panes shows, made from the comparison's
rows so that every sentence is shown once and little space is left blank.

The engine gives one row per link, so a sentence linked to two others (a split or merged
claim) comes in two rows; shown as given, the reader would read it twice. It also lists the
sentences only one version has one side at a time (everything the right version alone says,
then everything the left one alone says): two versions that share little would sit in two
separate halves of the view, each facing blank space. Diff viewers (Meld, calibre) show a
changed block of each side next to the other; this does the same with unlinked sentences
between two shared claims, keeping each side's order. Nothing is linked by it: such rows get
no tint and no band.
"""

from __future__ import annotations

from services.models import Link, Row


def display_rows(rows: tuple[Row, ...], links: tuple[Link, ...] = ()) -> tuple[Row, ...]:
    """Each sentence in its first row only (later rows keep it as a gap, its connector band
    reaching back), then runs of unlinked one-sided rows packed side by side.

    [(0, 0), (0, 2)] -> [(0, 0), (None, 2)];  [L0, L1, R5, R6, R7] (unlinked) ->
    [(0, 5), (1, 6), (None, 7)]
    """
    return pack_rows(_first_occurrences(rows), links)


def _first_occurrences(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    seen_left: set[int] = set()
    seen_right: set[int] = set()
    kept = []
    for row in rows:
        left = row.left if row.left is not None and row.left not in seen_left else None
        right = row.right if row.right is not None and row.right not in seen_right else None
        if left is None and right is None:
            continue  # both sentences are already on screen, joined by their band
        if left is not None:
            seen_left.add(left)
        if right is not None:
            seen_right.add(right)
        kept.append(row if (left, right) == (row.left, row.right) else Row(left, right, row.moved))
    return tuple(kept)


def pack_rows(rows: tuple[Row, ...], links: tuple[Link, ...] = ()) -> tuple[Row, ...]:
    """Rows with each run of one-sided rows of unlinked sentences (between two other rows)
    packed: the run's left sentences and right sentences, in their order, side by side."""
    linked_left = {link.left for link in links}
    linked_right = {link.right for link in links}
    packed: list[Row] = []
    lefts: list[int] = []
    rights: list[int] = []

    def flush() -> None:
        for k in range(max(len(lefts), len(rights))):
            packed.append(
                Row(lefts[k] if k < len(lefts) else None, rights[k] if k < len(rights) else None)
            )
        lefts.clear()
        rights.clear()

    for row in rows:
        only_left = row.right is None and row.left is not None and row.left not in linked_left
        only_right = row.left is None and row.right is not None and row.right not in linked_right
        if not row.moved and only_left:
            lefts.append(row.left)
            continue
        if not row.moved and only_right:
            rights.append(row.right)
            continue
        flush()
        packed.append(row)
    flush()
    return tuple(packed)
