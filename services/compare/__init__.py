"""The comparison engine: two or more articles set side by side — the per-article analysis
comparisons need, sentence similarity and links, word diffs, figure readings and their pairing
into discrepancies, and the riwaya.compare/1 report.

May import: services.models, services.text. Must not import services.library or
services.documents (it never touches storage or files), nor Qt, ui or app.
"""
