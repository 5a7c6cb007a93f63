"""Every test runs offscreen and away from the real user's files: the library (`RIWAYA_DB`),
the user data folder (demo library) and the config folder all point into a fresh temporary
directory."""

import os
import sys

# Before anything can import Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

# Where platformdirs and Qt look on each system: XDG on Linux, HOME on macOS, the AppData
# variables on Windows. Caches (fontconfig's among them) stay where they are: rebuilding them
# in every test would cost seconds.
_HOME_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA")


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory, monkeypatch):
    """A fresh home for Riwaya's files in every test; yields it."""
    home = tmp_path_factory.mktemp("home")
    for name in _HOME_VARIABLES:
        monkeypatch.setenv(name, str(home / name.lower()))
    if sys.platform == "darwin":
        monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("RIWAYA_DB", str(home / "library.sqlite"))
    monkeypatch.delenv("RIWAYA_DEBUG", raising=False)
    yield home
    # A test that configured an analyst's lexicon leaves the next one on the built-in tables.
    lexicon = sys.modules.get("services.lexicon")
    if lexicon is not None and lexicon.user_dir() is not None:
        lexicon.configure(None)
