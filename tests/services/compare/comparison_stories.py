"""The story pairs written for the comparison tests (tests/data/compare): texts, analyses and
the links a reader draws, found by snippets of the sentences."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from services.compare.analysis import Analysis, analyse
from services.models import Article

DATA = Path(__file__).resolve().parents[2] / "data" / "compare"


@dataclass(frozen=True)
class Story:
    name: str
    left: Article
    right: Article
    left_analysis: Analysis
    right_analysis: Analysis
    links: frozenset[tuple[int, int]]
    optional: frozenset[tuple[int, int]]


def article(text: str, path: str = "") -> Article:
    return Article(None, "", "", "", path, text, text)


def sentence_of(analysis: Analysis, snippet: str) -> int:
    hits = [s.index for s in analysis.sentences if snippet in s.text]
    assert len(hits) == 1, f"{snippet!r} is in {len(hits)} sentences"
    return hits[0]


@cache
def stories() -> dict[str, Story]:
    raw = json.loads((DATA / "stories.json").read_text(encoding="utf-8"))["stories"]
    out = {}
    for s in raw:
        lt = (DATA / s["left"]).read_text(encoding="utf-8")
        rt = (DATA / s["right"]).read_text(encoding="utf-8")
        la, ra = analyse(lt), analyse(rt)

        def pairs(key, la=la, ra=ra, s=s):
            return frozenset((sentence_of(la, x), sentence_of(ra, y)) for x, y in s[key])

        out[s["name"]] = Story(
            s["name"],
            article(lt, s["left"]),
            article(rt, s["right"]),
            la,
            ra,
            pairs("links"),
            pairs("optional"),
        )
    return out


def headline_pairs(label: str) -> list[tuple[str, str]]:
    raw = json.loads((DATA / "headlines.json").read_text(encoding="utf-8"))
    return [tuple(p) for p in raw[label]]
