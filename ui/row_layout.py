"""Display rows: the comparison's rows, with runs of sentences that only one version has set
side by side instead of one after the other.

The engine lists such runs one side at a time (everything the right version alone says, then
everything the left one alone says). Shown as given, two versions that share little would sit
in two separate halves of the view, each facing blank space. Diff viewers (Meld, calibre) show a
changed block of each side next to the other; this does the same between two shared claims,
keeping each side's order. Nothing is linked by it: packed rows get no tint and no band.
"""

from __future__ import annotations

from services.models import Row


def pack_rows(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """Rows with each run of one-sided rows (between two linked or moved rows) packed: the
    run's left sentences and right sentences, in their order, side by side.

    [L0, L1, R5, R6, R7] -> [(0, 5), (1, 6), (None, 7)]
    """
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
        one_sided = (row.left is None) != (row.right is None)
        if one_sided and not row.moved:
            if row.left is not None:
                lefts.append(row.left)
            else:
                rights.append(row.right)
            continue
        flush()
        packed.append(row)
    flush()
    return tuple(packed)
