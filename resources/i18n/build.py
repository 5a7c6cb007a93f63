"""Regenerate the interface catalogues: the .ts sources from the strings in ui/ (pyside6-lupdate)
and the .qm files the window loads (pyside6-lrelease). `--check` changes nothing and says
whether the .ts files are stale or the Arabic one has unfinished entries (tests run it).

    uv run python -m resources.i18n.build            # after changing interface strings
    uv run python -m resources.i18n.build --check
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ("ui",)  # every interface string lives in ui/ (services and the CLI write English)
# The Arabic catalogue holds every message; the English one only the plural forms ("%n
# article(s)" -> "1 article", "3 articles"), since English source text is already what English
# readers see.
CATALOGUES = {"ar": (), "en": ("-pluralonly",)}


def catalogue(language: str) -> Path:
    return HERE / f"riwaya_{language}.ts"


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6, beside the interpreter (a venv) or on PATH."""
    for candidate in (
        Path(sys.executable).parent / name,
        Path(sys.executable).parent / f"{name}.exe",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build: {name} not found (it ships with PySide6-Essentials)")
    return found


def update(ts: Path, language: str) -> None:
    """Merge the strings of the sources into `ts`, keeping translations already written."""
    command = [
        tool("pyside6-lupdate"),
        # Files, not folders: lupdate does not look for Python files in a folder.
        *(str(p.relative_to(ROOT)) for s in SOURCES for p in sorted((ROOT / s).rglob("*.py"))),
        "-source-language", "en",
        "-target-language", language,
        # No file names or line numbers: a catalogue changes when a string does, not when code
        # around it moves, and parallel branches merge cleanly.
        "-locations", "none",
        "-no-obsolete",
        "-silent",
        *CATALOGUES[language],
        "-ts", str(ts),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)


def release(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` still waiting for a translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = (
            [f.text for f in forms]
            if forms
            else [translation.text if translation is not None else None]
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(texts)
        ):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    """Problems with the catalogues as committed: stale .ts files, unfinished Arabic, old .qm."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in CATALOGUES:
            ts = catalogue(language)
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            fresh = Path(scratch) / ts.name
            shutil.copy(ts, fresh)
            update(fresh, language)
            if fresh.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is stale: interface strings changed since it was built")
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime - 1:
                built = Path(scratch) / qm.name
                subprocess.run(
                    [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True
                )
                if not qm.exists() or built.read_bytes() != qm.read_bytes():
                    problems.append(f"{qm.name} is older than {ts.name}")
    for language in CATALOGUES:
        ts = catalogue(language)
        problems += [f"{ts.name}: untranslated: {text!r}" for text in unfinished(ts)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.i18n.build", description=__doc__)
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print(
                "Fix: uv run python -m resources.i18n.build, then translate the new entries of "
                "resources/i18n/riwaya_ar.ts and the plurals of riwaya_en.ts "
                "(Qt Linguist: uv run pyside6-linguist resources/i18n/riwaya_ar.ts)"
            )
        return 1 if problems else 0
    for language in CATALOGUES:
        ts = catalogue(language)
        update(ts, language)
        release(ts)
    missing = {language: len(unfinished(catalogue(language))) for language in CATALOGUES}
    print(f"built; entries to translate: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
