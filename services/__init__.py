"""Riwaya's engines, pure Python and free of Qt. Dependencies point down:
library -> (compare | documents) -> text -> models; see each package's docstring.
"""
