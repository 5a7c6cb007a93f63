"""The text engine: what Riwaya reads out of one article — normalised Arabic, sentences, numbers
and quantities (value, interval, kind, what is counted, qualifier) — and the word lists it reads by.

May import: services.models, the lexicon. Must not import services.compare, services.documents,
services.library, nor Qt, ui or app.
"""

from typing import TYPE_CHECKING

from services.public import lazy_exports

# The names the window and the CLI use, by the module that defines them; loaded on first use.
_EXPORTS = {
    "extract_quantities": "quantities",
    "moment": "moments",
    "normalize": "arabic",
    "quantity_to_dict": "quantities",
    "split_sentences": "sentences",
    "stem": "arabic",
    "tokenize": "arabic",
}
__all__ = [
    "extract_quantities",
    "moment",
    "normalize",
    "quantity_to_dict",
    "split_sentences",
    "stem",
    "tokenize",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:
    from services.text.arabic import normalize, stem, tokenize
    from services.text.moments import moment
    from services.text.quantities import extract_quantities, quantity_to_dict
    from services.text.sentences import split_sentences
