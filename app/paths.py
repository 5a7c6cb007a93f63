"""Where Riwaya keeps its files: the library (user data dir, `--db`, `RIWAYA_DB`), the demo
library, and the resources shipped with the code.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Riwaya"
LIBRARY_ENV = "RIWAYA_DB"


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"


def demo_articles_dir() -> Path:
    return resources_dir() / "demo"


def user_data_dir() -> Path:
    """The per-user data folder (~/.local/share/Riwaya, %LOCALAPPDATA%\\Riwaya, …), created."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def lexicon_dir() -> Path:
    """The analyst's lexicon folder: `<table>.tsv` files there extend the built-in word lists
    (see services.lexicon). Not created until asked for (`ensure_lexicon_dir`)."""
    return user_data_dir() / "lexicon"


def ensure_lexicon_dir() -> Path:
    """The lexicon folder, created with a README that says how to add or remove a word."""
    folder = lexicon_dir()
    folder.mkdir(parents=True, exist_ok=True)
    readme = folder / "README.txt"
    if not readme.exists():
        readme.write_text(LEXICON_README, encoding="utf-8")
    return folder


LEXICON_README = """Riwaya's word lists: your additions

Riwaya reads its built-in word lists (resources/lexicon in the installation) and then, for each
table, a file of the same name here, e.g. synonyms.tsv or places.tsv. Copy the header line of the
built-in table (columns separated by one TAB), then add one entry per line:

    class\tword
    held\tمحتجزون

A line starting with # is a comment; an optional last column "note" says why. A line whose first
cell starts with - removes a built-in entry (-held<TAB>عنصر). Built-in entries you do not remove
stay, so upgrades still bring new words. Run `riwaya lexicon` to check your files: a mistake is
reported as one line naming the file and the line.
"""


def default_library_path() -> Path:
    return user_data_dir() / "library.sqlite"


def demo_library_path() -> Path:
    # Separate from the user's library so the demo never mixes with their articles.
    return user_data_dir() / "demo.sqlite"


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library to open: `--db PATH` beats `RIWAYA_DB`, which beats the default."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(LIBRARY_ENV):
        return Path(os.environ[LIBRARY_ENV]).expanduser()
    return default_library_path()
