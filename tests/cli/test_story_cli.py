"""`riwaya story` and `riwaya related` on the demo library: the riwaya.story/1 document, the
readable summary, collections, one-line errors."""

import json

from cli_run import run


def test_story_json_has_the_issue_shape(capsys):
    code, out, err = run(capsys, "--demo", "story", "1", "2", "3", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "riwaya.story/1"
    assert [a["id"] for a in data["articles"]] == [1, 2, 3]
    assert data["claims"] and data["figures"]
    for claim in data["claims"]:
        assert set(claim) >= {"members", "first", "copied"}
        assert len({m["article"] for m in claim["members"]}) >= 2
        for m in claim["members"]:
            assert set(m) >= {"article", "sentence", "text", "attribution"}
    for figure in data["figures"]:
        assert set(figure) >= {"topic", "members", "relations"}
        for m in figure["members"]:
            assert set(m) >= {"article", "sentence", "text", "value", "low", "high"}
        for r in figure["relations"]:
            assert 0 <= r["a"] < len(figure["members"]) and 0 <= r["b"] < len(figure["members"])
            assert r["relation"] in {"agree", "differs", "conflict", "updated"}
    # The demo's death toll: about 40 at 09:40, 120 at 18:15: the toll rose (an update).
    toll = next(f for f in data["figures"] if "120" in {m["text"] for m in f["members"]})
    assert {m["text"] for m in toll["members"]} >= {"نحو 40", "120"}
    assert "updated" in {r["relation"] for r in toll["relations"]}


def test_story_text_and_collections(capsys):
    code, out, err = run(capsys, "--demo", "story", "1", "2", "3", "--save", "floods")
    assert code == 0, err
    assert "Figures" in out and "Claims" in out and "conflict" in out
    code, out2, err = run(capsys, "--demo", "story", "--collection", "floods")
    assert code == 0, err
    assert out2 == out


def test_story_says_who_copied_whom_word_for_word(capsys):
    code, out, err = run(capsys, "--demo", "story", "1", "2", "3", "--json")
    data = json.loads(out)
    copies = [(c, k) for c in data["claims"] for k in c["copies"]]
    assert copies and all(c["copied"] for c, _ in copies)
    claim, copy = copies[0]
    source = claim["members"][copy["source"]]
    later = claim["members"][copy["b"] if copy["source"] == copy["a"] else copy["a"]]
    assert source["article"] < later["article"]  # the demo's versions come in time order
    code, out, err = run(capsys, "--demo", "story", "1", "2", "3")
    assert code == 0, err
    line = (
        f"copied        #{later['article']} s{later['sentence']} from "
        f"#{source['article']} s{source['sentence']} ({copy['words']} words)"
    )
    assert line in out


def test_story_needs_two_articles(capsys):
    code, _, err = run(capsys, "--demo", "story", "1")
    assert code == 1 and err.startswith("riwaya: a story needs two articles")
    code, _, err = run(capsys, "--demo", "story", "--collection", "nothing")
    assert code == 1 and "no collection named 'nothing'" in err
    code, _, err = run(capsys, "--demo", "story", "1", "99")
    assert code == 1 and "no article 99" in err


def test_related_lists_the_other_versions(capsys):
    code, out, err = run(capsys, "--demo", "related", "1", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["article"] == 1
    assert {r["id"] for r in data["related"]} == {2, 3}
    code, out, err = run(capsys, "--demo", "related", "1", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1
    code, _, err = run(capsys, "--demo", "related", "x")
    assert code == 1 and "not a library id" in err
