"""Qt tests run offscreen, without a display, and never write settings to the real home."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402 - Qt must see the platform before it loads
from PySide6.QtCore import QSettings  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The interface in English, with its catalogue (plural forms), as the application installs
    it at start-up; a test that switches to Arabic switches back."""
    from ui.language import ENGLISH, apply_language

    apply_language(qapp, ENGLISH)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Every QSettings in INI format (the only one Riwaya uses) lands in a fresh directory."""
    directory = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(directory))
    return directory
