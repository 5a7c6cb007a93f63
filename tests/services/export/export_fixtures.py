"""A comparison of the project's own prison fixtures (tests/data/compare), with and without the
analyst's notes, for the export tests."""

from pathlib import Path

from services.compare.anchors import finding_keys, text_hash
from services.compare.comparison import compare
from services.models import Agreement, Annotations, Article, FindingNote, Triage

DATA = Path(__file__).resolve().parents[2] / "data" / "compare"


def article(name: str, *, source: str, date: str, article_id: int | None = None) -> Article:
    text = (DATA / name).read_text(encoding="utf-8")
    return Article(article_id, text.splitlines()[0], source, date, name, text, text)


def prison_comparison():
    return compare(
        article("prison_a.txt", source="وكالة الساحل", date="2024-04-13", article_id=3),
        article("prison_b.txt", source="شبكة المرفأ", date="2024-04-14", article_id=7),
    )


def sixty_vs_750(comparison) -> int:
    """The index of the «نحو 60» / «750» conflict."""
    for n, d in enumerate(comparison.discrepancies):
        texts = {comparison.left_quantities[d.left].text, comparison.right_quantities[d.right].text}
        if texts == {"نحو 60", "750"} and d.relation is Agreement.CONFLICT:
            return n
    raise AssertionError("no about-60 vs 750 conflict")


def noted(comparison) -> Annotations:
    """The 60/750 conflict dismissed with a note, the first shared claim reviewed, a note on
    the left article."""
    discrepancies, links = finding_keys(comparison)
    return Annotations(
        articles=((text_hash(comparison.left), "المصادر محلية ولم تُسمَّ"),),
        findings=(
            FindingNote(discrepancies[sixty_vs_750(comparison)], Triage.DISMISSED, "عمليتا نقل"),
            FindingNote(links[0], Triage.REVIEWED, "صياغة منقولة"),
        ),
    )
