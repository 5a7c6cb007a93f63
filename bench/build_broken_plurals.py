"""Build resources/lexicon/broken_plurals.tsv from Arramooz, the Arabic dictionary of Taha
Zerrouki (arramooz-pysqlite on PyPI, GPL-3.0): each broken plural of a noun (أطفال, مستشفيات is
sound and not here, منازل, قضاة, سفراء) and its singular, so that similarity takes them for one
word. Arramooz is read here, at build time, and never at run time (its dictionary is 6 MB and a
lookup through qalsadi costs about 0.5 ms a word).

    uv run --with arramooz-pysqlite python -m bench.build_broken_plurals [--db PATH] [--check]

Kept: plurals of three letters or more, written without vowels (Riwaya's normal form), whose
singular is one and whose ISRI root (services.compare.morphology) is not the singular's; left
out: a written plural that is also a singular noun or a verb of the
dictionary (أيد is hands and he supported, طرق roads and he knocked, شباب youth as a singular),
since a word read both ways would join sentences that share only its letters. `--check` prints
how the built table differs from the committed one without writing it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from services.compare.morphology import root
from services.text.arabic import normalize_plain

OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "broken_plurals.tsv"
_VOWELS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0640", "\u0670"}
_LETTERS = frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
HEADER = """\
# Broken plurals and their singulars whose ISRI roots differ (قضاة / قاضي, سفراء / سفير, جرحى
# / جريح): similarity takes a plural written here for its singular, which neither its light
# stem nor its root meets. Built by bench/build_broken_plurals.py from Arramooz (Taha Zerrouki,
# https://github.com/linuxscout/arramooz, GPL-3.0): this table is derived from it and is
# under the GPL-3.0 too. Do not edit by hand: add words in your own lexicon folder, or rebuild.
singular\tplural
"""


def _plain(word: str) -> str:
    return normalize_plain("".join(c for c in word if c not in _VOWELS))


def _pieces(field: str) -> list[str]:
    """The plurals of one `broken_plural` field: «أَطْفَالٌ (وَقَدْ ...)», «أَيْدٍ;الأَيْدِي»,
    «خَوَاتِمُ وَخَوَاتِيمُ;خُتُمٌ»: the first word of each ;-separated piece, without its
    article, markers (+ات) and notes."""
    out = []
    for piece in field.split(";"):
        words = piece.strip().split()
        if not words or words[0].startswith(("+", "(")):
            continue
        word = "".join(c for c in words[0] if c not in _VOWELS)
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        if word and set(word) <= _LETTERS:
            out.append(word)
    return out


def build(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    # A singular's entry lists its plurals; a plural's own entry (number جمع تكسير) names its
    # singular.
    nouns = con.execute(
        "select unvocalized, broken_plural from nouns where broken_plural != '' "
        "and broken_plural is not null"
    ).fetchall()
    plural_entries = con.execute(
        "select single, unvocalized from nouns where number = 'جمع تكسير' and single != '' "
        "and single is not null"
    ).fetchall()
    taken = {
        _plain(w) for (w,) in con.execute("select unvocalized from nouns where number = 'مفرد'")
    }
    taken |= {_plain(w) for (w,) in con.execute("select unvocalized from verbs")}
    con.close()
    pairs = [(s, p) for s, field in nouns for p in _pieces(field)]
    pairs += [(s, p) for single, p in plural_entries for s in _pieces(single)]
    singulars: dict[str, set[str]] = {}
    for singular, plural in pairs:
        s, p = _plain(singular), _plain(plural)
        if len(p) >= 3 and p != s and p not in taken:
            singulars.setdefault(p, set()).add(s)
    # Only where the ISRI rules give the two another root (قضاة / قاضي, سفراء / سفير): where they
    # agree (أطفال / طفل) similarity joins them by their root already, and the table is read
    # at the first comparison of every process, so it holds nothing it need not.
    return sorted(
        (one, p)
        for p, s in singulars.items()
        if len(s) == 1 and root(p) != root(one := next(iter(s)))
    )


def _default_db() -> Path:
    try:
        import arramooz
    except ImportError:
        raise SystemExit(
            "arramooz is not installed: uv run --with arramooz-pysqlite python -m "
            "bench.build_broken_plurals"
        ) from None
    return Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="Arramooz's arabicdictionary.sqlite")
    parser.add_argument("--check", action="store_true", help="compare with the committed table")
    args = parser.parse_args(argv)
    rows = build(args.db or _default_db())
    text = HEADER + "".join(f"{s}\t{p}\n" for s, p in rows)
    if args.check:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print("unchanged" if old == text else f"differs: {len(rows)} rows built")
        return 0 if old == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} plurals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
