"""The comparison engine: two or more articles set side by side — the per-article analysis
comparisons need, sentence similarity and links, word diffs, figure readings and their pairing
into discrepancies, and the riwaya.compare/1 report.

May import: services.models, services.text. Must not import services.library or
services.documents (it never touches storage or files), nor Qt, ui or app.
"""

from typing import TYPE_CHECKING

from services.public import lazy_exports

# The names the window and the CLI use, by the module that defines them; loaded on first use.
_EXPORTS = {
    "Claim": "story",
    "Figure": "story",
    "Story": "story",
    "StoryCancelled": "story",
    "TimedMember": "timeline",
    "analysis_stamp": "analysis",
    "compare": "comparison",
    "comparison_to_json": "report",
    "describe": "discrepancies",
    "figure_timeline": "timeline",
    "finding_keys": "anchors",
    "format_comparison_text": "report",
    "story_to_json": "story",
    "text_hash": "anchors",
}
__all__ = [
    "Claim",
    "Figure",
    "Story",
    "StoryCancelled",
    "TimedMember",
    "analysis_stamp",
    "compare",
    "comparison_to_json",
    "describe",
    "figure_timeline",
    "finding_keys",
    "format_comparison_text",
    "story_to_json",
    "text_hash",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:
    from services.compare.analysis import analysis_stamp
    from services.compare.anchors import finding_keys, text_hash
    from services.compare.comparison import compare
    from services.compare.discrepancies import describe
    from services.compare.report import comparison_to_json, format_comparison_text
    from services.compare.story import Claim, Figure, Story, StoryCancelled, story_to_json
    from services.compare.timeline import TimedMember, figure_timeline
