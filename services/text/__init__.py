"""The text engine: what Riwaya reads out of one article — normalised Arabic, sentences, numbers
and quantities (value, interval, kind, what is counted, qualifier) — and the word lists it reads by.

May import: services.models, the lexicon. Must not import services.compare, services.documents,
services.library, nor Qt, ui or app.
"""
