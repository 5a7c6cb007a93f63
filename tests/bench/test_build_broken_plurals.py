"""The broken-plural table builder, on a tiny dictionary shaped like Arramooz's: a plural is
kept with its singular when the ISRI roots differ, and left out when its letters are also a
singular or a verb, or when the roots agree."""

from __future__ import annotations

import sqlite3

from bench.build_broken_plurals import _pieces, build


def test_pieces_drop_vowels_articles_markers_and_notes():
    assert _pieces("أَطْفَالٌ (وَقَدْ يَسْتَوِي فِيهِ)") == ["أطفال"]
    assert _pieces("أَيْدٍ;الأَيْدِي;+ات") == ["أيد", "أيدي"]
    assert _pieces("خَوَاتِمُ وَخَوَاتِيمُ;خُتُمٌ") == ["خواتم", "ختم"]


def test_build_keeps_what_the_rules_miss(tmp_path):
    db = tmp_path / "dict.sqlite"
    con = sqlite3.connect(db)
    con.execute(
        "create table nouns (unvocalized text, broken_plural text, number text, single text)"
    )
    con.execute("create table verbs (unvocalized text)")
    con.executemany(
        "insert into nouns values (?, ?, ?, ?)",
        [
            ("سفير", "سُفَرَاءُ", "مفرد", ""),  # roots differ (فرء / سفر): kept
            ("طفل", "أَطْفَالٌ", "مفرد", ""),  # roots agree (طفل): similarity joins them already
            ("يد", "أَيْدٍ", "مفرد", ""),  # أيد is also a verb: left out
            ("قاضي", "", "مفرد", ""),
            ("قضاة", "", "جمع تكسير", "قَاضِي"),  # a plural's own entry names its singular
        ],
    )
    con.execute("insert into verbs values ('أيد')")
    con.commit()
    con.close()
    assert build(db) == [("سفير", "سفراء"), ("قاضي", "قضاه")]
