"""Files no article is — a zip bomb named .docx, a .docx of tens of megabytes of paragraphs, a
text of tens of megabytes — are refused with their reason before they cost much memory, by
import and by `riwaya compare` alike. Riwaya refuses a text longer than MAX_ARTICLE_CHARS
rather than analysing it in pieces (README: "What Riwaya promises about your data")."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from app.main import main
from bench.hostile_inputs import MB, long_text, paragraphs_docx, zip_bomb_docx
from services.documents.importing import MAX_ARTICLE_CHARS, UnreadableDocument, read_document


def refusal(path) -> str:
    start = time.perf_counter()
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert time.perf_counter() - start < 5
    return caught.value.reason


def test_a_zip_bomb_is_refused_as_one(tmp_path):
    reason = refusal(zip_bomb_docx(tmp_path / "bomb.docx", 100 * MB))
    assert "zip bomb" in reason and "100 MB" in reason


def test_a_docx_of_thirty_megabytes_of_paragraphs_is_refused_unread(tmp_path):
    reason = refusal(paragraphs_docx(tmp_path / "long.docx", 30 * MB))
    assert "unpacks to 30 MB" in reason


def test_a_docx_whose_text_is_too_long_is_refused_after_reading(tmp_path):
    reason = refusal(paragraphs_docx(tmp_path / "long.docx", 4 * MB))
    assert "too long to analyse as one article" in reason


def test_a_text_too_long_for_one_article_is_refused(tmp_path):
    assert "too long" in refusal(long_text(tmp_path / "big.txt", 8 * MB))  # before decoding
    path = tmp_path / "long.txt"
    path.write_text("كلمة " * (MAX_ARTICLE_CHARS // 5 + 10), encoding="utf-8")
    assert f"{MAX_ARTICLE_CHARS:,} characters" in refusal(path)  # after decoding


def test_a_text_just_under_the_limit_is_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("كلمة " * (MAX_ARTICLE_CHARS // 5 - 10), encoding="utf-8")
    assert len(read_document(path).text) < MAX_ARTICLE_CHARS


def test_compare_refuses_a_zip_bomb_in_one_line(tmp_path, capsys):
    bomb = zip_bomb_docx(tmp_path / "bomb.docx", 100 * MB)
    other = tmp_path / "a.txt"
    other.write_text("قال الوزير إن 750 شخصا نقلوا.", encoding="utf-8")
    assert main(["compare", str(bomb), str(other)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "zip bomb" in err


_PEAK = """
import json, sys
from bench.measure import peak_rss_mb
from services.documents.importing import UnreadableDocument, read_document
try:
    read_document(sys.argv[1]); outcome = "read"
except UnreadableDocument as e:
    outcome = e.reason
print(json.dumps([peak_rss_mb(), outcome]))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="peak memory from /proc or getrusage")
@pytest.mark.parametrize(
    "make, size",
    [(long_text, 31 * MB), (paragraphs_docx, 50 * MB), (zip_bomb_docx, 1024 * MB)],
    ids=["31 MB text", "50 MB of paragraphs in a docx", "a docx inflating to 1 GB"],
)
def test_peak_memory_of_reading_a_hostile_file_stays_far_below_a_gigabyte(tmp_path, make, size):
    path = make(tmp_path / ("input.txt" if make is long_text else "input.docx"), size)
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, timeout=300
    )
    peak_mb, outcome = json.loads(out.stdout)
    assert outcome != "read"
    assert peak_mb < 200, (peak_mb, outcome)  # the promise is 1 GB; these stay near 50 MB
