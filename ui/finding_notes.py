"""What a figure finding says in the interface language. The engine writes its notes in English
("about 60 vs 750 — intervals [54, 66] and [750, 750] do not overlap"), and English shows them
as they are; in Arabic they are written here from the discrepancy's data — its relation, both
figures as the articles write them, the intervals they were read as — never by translating the
English sentence. Figures keep their digits; Latin runs are isolated left to right so that bidi
never shows [54, 66] as [66, 54].
"""

from __future__ import annotations

from services.models import Agreement, Comparison, Discrepancy, Kind, Quantity
from ui.language import display_date, fill, is_arabic, isolated, translate


def as_written(quantity: Quantity | None) -> str:
    """A figure quoted as its article writes it: «نحو 60 معتقلا»."""
    return f"«{quantity.text}»" if quantity is not None else "?"


def interval_notation(quantity: Quantity) -> str:
    """The interval a figure was read as, as PRODUCT.md writes it: [54, 66], (100, ∞),
    [0, 100); a figure with no interval (a date, a name) as written."""
    low, high = quantity.low, quantity.high
    if low is None and high is None:
        return quantity.text if quantity.value is None else f"[{number_text(quantity.value)}]"
    if high is None:
        return f"({number_text(low)}, ∞)"
    if low is None:
        return f"[0, {number_text(high)})"
    return f"[{number_text(low)}, {number_text(high)}]"


def number_text(value: float | None) -> str:
    """A figure the engine computed (an interval's bound): Western digits, grouped."""
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}"


def discrepancy_note(comparison: Comparison, discrepancy: Discrepancy) -> str:
    """The finding's note: the engine's English, or its Arabic from the data."""
    if not is_arabic():
        return discrepancy.note
    left, right = (
        _quantity(comparison, "left", discrepancy),
        _quantity(comparison, "right", discrepancy),
    )
    if left is None or right is None:
        return discrepancy.note
    relation = discrepancy.relation
    if relation is Agreement.UPDATED:
        earlier, later = (right, left) if discrepancy.later == "left" else (left, right)
        first, second = _moments(comparison, discrepancy.later)
        return fill(
            translate(
                "FindingNotes",
                "%1%2 → %3%4 — a running total that changed between the two reports",
                "%2 and %4 are the reports' times in brackets, or nothing",
            ),
            as_written(earlier), first, as_written(later), second,
        )  # fmt: skip
    a, b = as_written(left), as_written(right)
    if left.kind is Kind.DATE and left.unit and right.unit:
        same = relation is Agreement.AGREE
        text = (
            translate("FindingNotes", "%1 and %2 — the same date")
            if same
            else translate("FindingNotes", "%1 vs %2 — different dates")
        )
        return fill(text, a, b)
    ia, ib = isolated(interval_notation(left)), isolated(interval_notation(right))
    if relation is Agreement.AGREE:
        return fill(translate("FindingNotes", "%1 and %2 — the same figure"), a, b)
    if relation is Agreement.DIFFERS:
        return fill(
            translate("FindingNotes", "%1 vs %2 — intervals %3 and %4 overlap but differ"),
            a, b, ia, ib,
        )  # fmt: skip
    note = fill(
        translate("FindingNotes", "%1 vs %2 — intervals %3 and %4 do not overlap"), a, b, ia, ib
    )
    if discrepancy.later:
        note += translate("FindingNotes", "; the later report is lower, with no correction stated")
    return note


def _quantity(comparison: Comparison, side: str, discrepancy: Discrepancy) -> Quantity | None:
    quantities = comparison.left_quantities if side == "left" else comparison.right_quantities
    index = discrepancy.left if side == "left" else discrepancy.right
    return quantities[index] if 0 <= index < len(quantities) else None


def _moments(comparison: Comparison, later: str) -> tuple[str, str]:
    """ " (09:40)", " (18:15)": when each report was published, earlier first; the time alone
    when both share a date, the date when they do not, nothing when it is unknown."""
    whens = [comparison.left.when or "", comparison.right.when or ""]
    if later == "left":
        whens.reverse()
    dates = {w[:10] for w in whens}
    shown = []
    for when in whens:
        if not when:
            shown.append("")
            continue
        text = when[11:] if len(dates) == 1 and len(when) > 11 else display_date(when)
        shown.append(f" ({isolated(text)})")
    return shown[0], shown[1]
