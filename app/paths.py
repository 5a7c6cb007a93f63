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
    (see services.lexicon). Not created until asked for (services.lexicon.prepare_user_dir)."""
    return user_data_dir() / "lexicon"


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
