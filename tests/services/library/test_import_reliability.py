"""An import never aborts: whatever a folder holds (links that loop, names the file system
cannot decode, a newline in a name, files of any type, any bytes, deep nesting), every file is
imported, a duplicate, or refused with a one-line reason, and the rest of the batch is stored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.library.ingest import import_paths
from services.library.storage import Library

POSIX_NAMES = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="names of any bytes: Linux file systems only"
)


def _article(n: int) -> str:
    return f"خبر رقم {n}\n\nسجلت المدينة {n} حالة جديدة في اليوم {n + 1} من الشهر."


def _good_files(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"article_{i:04}.txt").write_text(_article(i), encoding="utf-8")


@pytest.fixture
def library():
    with Library.open(":memory:") as library:
        yield library


def _one_line_reasons(report) -> None:
    for problem in report.refused:
        assert problem.reason and "\n" not in problem.reason and "\n" not in problem.path
        assert "internal" not in problem.reason.lower()
        problem.path.encode("utf-8")  # storable and printable: no lone surrogates


def test_a_symlink_loop_in_a_folder_is_refused_and_the_rest_imported(library, tmp_path):
    _good_files(tmp_path, 5)
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    report = import_paths(library, [tmp_path], workers=0)
    assert len(report.imported) == 5
    assert sorted(Path(p.path).name for p in report.refused) == ["a.txt", "b.txt"]
    assert all("loops" in p.reason for p in report.refused)
    _one_line_reasons(report)


def test_two_links_to_one_missing_file_are_each_refused(library, tmp_path):
    # Found by the property test below: both links resolve to the same missing path.
    os.symlink("nowhere", tmp_path / "a.txt")
    os.symlink("nowhere", tmp_path / "a.html")
    report = import_paths(library, [tmp_path], workers=0)
    assert sorted(Path(p.path).name for p in report.refused) == ["a.html", "a.txt"]
    _one_line_reasons(report)


def test_a_link_that_loops_named_alone_is_refused(library, tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    (problem,) = import_paths(library, [tmp_path / "a.txt"], workers=0).refused
    assert "loops" in problem.reason


@POSIX_NAMES
def test_a_file_name_that_is_not_utf8_is_imported_with_the_batch(library, tmp_path):
    _good_files(tmp_path, 30)
    odd = Path(os.fsdecode(os.fsencode(tmp_path) + b"/article_0015\xff.txt"))
    odd.write_text(_article(1000), encoding="utf-8")
    report = import_paths(library, [tmp_path], workers=0, batch_size=10)
    assert len(report.imported) == 31 and not report.refused
    stored = [a.path for a in library.summaries() if "\\xff" in a.path]
    assert stored == [f"{tmp_path}/article_0015\\xff.txt"]


@POSIX_NAMES
def test_a_newline_in_a_file_name_keeps_the_reason_on_one_line(library, tmp_path):
    _good_files(tmp_path, 2)
    (tmp_path / "notes\nfor later.pdf").write_bytes(b"%PDF-1.4")
    report = import_paths(library, [tmp_path], workers=0)
    (problem,) = report.refused
    assert problem.path.endswith("notes\\nfor later.pdf") and "PDF" in problem.reason
    _one_line_reasons(report)


def test_every_unsupported_file_in_a_folder_is_named_with_its_reason(library, tmp_path):
    _good_files(tmp_path / "case", 2)
    (tmp_path / "case" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "case" / "sub").mkdir()
    (tmp_path / "case" / "sub" / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "case" / "README").write_text("notes")
    report = import_paths(library, [tmp_path / "case"], workers=0)
    reasons = {Path(p.path).name: p.reason for p in report.refused}
    assert set(reasons) == {"scan.pdf", "photo.jpg", "README"}
    assert "PDF is not supported" in reasons["scan.pdf"]
    assert "unsupported file type .jpg" in reasons["photo.jpg"]
    assert "no file extension" in reasons["README"]
    assert len(report.imported) == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_an_unreadable_subfolder_is_named(library, tmp_path):
    _good_files(tmp_path / "case", 2)
    locked = tmp_path / "case" / "locked"
    _good_files(locked, 1)
    locked.chmod(0)
    try:
        report = import_paths(library, [tmp_path / "case"], workers=0)
    finally:
        locked.chmod(0o755)
    assert len(report.imported) == 2
    (problem,) = report.refused
    assert problem.path.endswith("locked") and "permission denied" in problem.reason


# The property of the Done-when: any bytes, any name the OS allows, any folder shape.

_NAME_BYTES = (
    st.binary(min_size=1, max_size=40)
    .map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))
    .filter(lambda b: b not in (b".", b".."))
)
_SUFFIXES = st.sampled_from([b".txt", b".html", b".docx", b".md", b".mhtml", b".pdf", b""])
_CONTENTS = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.integers(0, 50).map(lambda n: _article(n).encode("utf-8")),
    st.just(b"PK\x03\x04" + b"\0" * 30),  # a zip cut short
)
_SHAPE = st.lists(
    st.tuples(
        st.lists(_NAME_BYTES, max_size=3),  # folders on the way
        _NAME_BYTES,
        _SUFFIXES,
        _CONTENTS,
        st.sampled_from(["file", "file", "file", "loop", "link-up", "dangling"]),
    ),
    min_size=1,
    max_size=12,
)


def _build(root: Path, shape) -> int:
    """Write the files of `shape` under `root`; the number of entries an import must report
    (hidden names are passed over; a name reached twice counts once)."""
    entries: set[bytes] = set()
    base = os.fsencode(root)
    for folders, name, suffix, content, kind in shape:
        folder = base
        for part in folders:
            candidate = folder + b"/" + part
            if os.path.lexists(candidate) and not os.path.isdir(candidate):
                break
            os.makedirs(candidate, exist_ok=True)
            folder = candidate
        path = folder + b"/" + (name + suffix)[-200:]
        if os.path.lexists(path):
            continue
        try:
            if kind == "file":
                with open(path, "wb") as f:
                    f.write(content)
            elif kind == "loop":
                os.symlink(os.path.basename(path), path)
            elif kind == "link-up":  # a folder link back to the root: must not be followed
                os.symlink(base, path)
                continue  # a link to a folder is not walked, so not reported
            else:
                os.symlink(b"nowhere-" + name[:20], path)
        except OSError:  # a name too long for this file system
            continue
        if not any(p.startswith((b".", b"~$")) for p in path[len(base) + 1 :].split(b"/")):
            entries.add(path)
    return len(entries)


@POSIX_NAMES
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(shape=_SHAPE)
def test_any_folder_any_bytes_any_names_every_file_is_accounted_for(tmp_path_factory, shape):
    root = tmp_path_factory.mktemp("shape")
    expected = _build(root, shape)
    with Library.open(":memory:") as library:
        report = import_paths(library, [root], workers=0)
        reported = len(report.imported) + len(report.duplicates) + len(report.refused)
        if expected == 0:
            assert reported == 1 and "no files" in report.refused[0].reason
        else:
            assert reported == expected
        assert library.count() == len(report.imported)
    _one_line_reasons(report)
    for problem in report.refused:
        assert "could not be analysed" not in problem.reason, problem


@pytest.mark.slow
def test_five_thousand_files_deeply_nested_with_loops(library, tmp_path):
    folder = tmp_path
    for depth in range(60):  # deeper than any analyst's archive
        folder = folder / f"d{depth}"
    folder.mkdir(parents=True)
    for i in range(5000):
        where = tmp_path / f"flat{i % 50}" if i % 2 else folder
        where.mkdir(exist_ok=True)
        # Few distinct texts: most files are duplicates, which costs no analysis.
        (where / f"a{i}.txt").write_text(_article(i % 40), encoding="utf-8")
    os.symlink(tmp_path, folder / "up")  # a folder link back to the top
    os.symlink("x.txt", tmp_path / "y.txt")
    os.symlink("y.txt", tmp_path / "x.txt")
    report = import_paths(library, [tmp_path])
    assert len(report.imported) == 40
    assert len(report.duplicates) == 4960
    assert len(report.refused) == 2
