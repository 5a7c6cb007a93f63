"""`riwaya install-launcher` / `uninstall-launcher`: a valid freedesktop entry with Riwaya's
icon whose Exec opens the files it is given, and `riwaya-gui FILE...` importing and showing
those files. XDG_DATA_HOME points into a temporary folder (tests/conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, launcher
from app.main import gui_arguments, main, main_gui


def _data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


@pytest.mark.skipif(sys.platform == "win32", reason="the freedesktop entry is for XDG desktops")
def test_install_writes_an_entry_and_an_icon_and_uninstall_removes_them(capsys):
    assert main(["install-launcher"]) == 0
    entry = _data_home() / "applications" / "riwaya.desktop"
    icon = _data_home() / "icons" / "hicolor" / "scalable" / "apps" / "riwaya.svg"
    assert entry.exists() and icon.exists()
    text = entry.read_text(encoding="utf-8")
    assert (
        f"Icon={icon}" in text and "Exec=" in text and text.rstrip().endswith("StartupNotify=true")
    )
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %F")  # the files a desktop's "Open with" passes
    assert "text/plain;" in text and "wordprocessingml" in text
    assert str(entry) in capsys.readouterr().out
    assert main(["uninstall-launcher"]) == 0
    assert not entry.exists() and not icon.exists()
    assert main(["uninstall-launcher"]) == 0
    assert "No launcher was installed." in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_entry_passes_desktop_file_validate(tmp_path):
    installed = launcher.install_freedesktop(
        tmp_path, ["/opt/Riwaya with space/riwaya-gui", "--db", "/cases/flood.sqlite"]
    )
    entry = installed.files[0]
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    assert 'Exec="/opt/Riwaya with space/riwaya-gui" --db /cases/flood.sqlite %F' in (
        entry.read_text(encoding="utf-8")
    )


def test_exec_arguments_are_quoted_as_the_spec_asks():
    assert launcher.desktop_quote("/usr/bin/riwaya-gui") == "/usr/bin/riwaya-gui"
    assert launcher.desktop_quote("/a b/$x") == '"/a b/\\$x"'
    assert launcher.desktop_quote("100%") == "100%%"


def test_the_icon_is_a_drawing_of_our_own():
    svg = (launcher.resources_dir() / "icons" / "riwaya.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "<title>Riwaya</title>" in svg


def test_a_windows_shortcut_is_written_by_powershell_with_a_cmd_fallback(monkeypatch, tmp_path):
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData"))
    script = launcher.shortcut_script(Path("C:/Start/Riwaya.lnk"), ["C:/R/riwaya-gui.exe"])
    assert "WScript.Shell" in script and "'C:/R/riwaya-gui.exe'" in script
    monkeypatch.setattr(launcher.shutil, "which", lambda name: None)  # no PowerShell here
    installed = launcher.install_windows(["C:/R/riwaya-gui.exe"])
    (cmd,) = installed.files
    assert cmd.name == "Riwaya.cmd" and '"C:/R/riwaya-gui.exe" %*' in cmd.read_text()


def test_files_given_to_the_gui_launcher_are_opened():
    assert gui_arguments(["a.txt", "b.html"]) == ["--open", "a.txt", "b.html", "--gui"]
    assert gui_arguments(["--db", "x.sqlite", "a.txt"]) == [
        "--db", "x.sqlite", "--open", "a.txt", "--gui",
    ]  # fmt: skip
    assert gui_arguments(["show", "1"]) == ["show", "1", "--gui"]
    assert gui_arguments(["--screenshot", "s.png", "a.txt"]) == [
        "--screenshot", "s.png", "--open", "a.txt",
    ]  # fmt: skip
    assert gui_arguments([]) == ["--gui"]
    assert gui_arguments(["--lang", "ar", "a.txt"]) == ["--lang", "ar", "--open", "a.txt", "--gui"]
    assert gui_arguments(["--open", "a.txt"]) == ["--open", "a.txt", "--gui"]


def test_the_gui_launcher_knows_every_option_that_takes_a_value():
    """Else `riwaya-gui --lang ar` would open a file named "ar" (and exit 2)."""
    from app.cli import build_parser
    from app.main import _FILES_OPTION, _VALUE_OPTIONS

    parser = build_parser()[0]
    taking_one = {
        option
        for action in parser._actions
        if action.nargs is None and action.option_strings
        for option in action.option_strings
    }
    assert taking_one == set(_VALUE_OPTIONS)
    assert any(_FILES_OPTION in action.option_strings for action in parser._actions)


def test_riwaya_gui_file_hands_the_files_to_the_window(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(cli, "open_window", lambda db, **options: calls.append(options) or 0)
    report = tmp_path / "report.txt"
    report.write_text("خبر", encoding="utf-8")
    assert main_gui([str(report)]) == 0  # before: exit 2, "invalid choice"
    assert calls == [{"screenshot": None, "open_paths": [report]}]


@pytest.mark.skipif(sys.platform == "win32", reason="the freedesktop entry is for XDG desktops")
def test_the_installed_entry_starts_riwaya_and_shows_the_file_it_opens(tmp_path):
    """What a desktop does with "Open with Riwaya": run Exec with %F replaced by the file."""
    import shlex

    from services.library.storage import Library

    entry = launcher.install_freedesktop(tmp_path / "share").files[0]
    exec_line = next(
        line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")
    )
    command = shlex.split(exec_line.removeprefix("Exec=").replace("%%", "%"))
    assert command[-1] == "%F"
    article = tmp_path / "مقال.txt"
    article.write_text(
        "غرق قارب قبالة الساحل\n\nغرق قارب يقل 40 مهاجرا قبالة الساحل فجر اليوم.\n",
        encoding="utf-8",
    )
    db, png = tmp_path / "library.sqlite", tmp_path / "shown.png"
    argv = [*command[:-1], "--db", str(db), "--screenshot", str(png), str(article)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert png.exists()
    with Library.open(db) as library:
        assert [s.title for s in library.summaries()] == ["غرق قارب قبالة الساحل"]


def test_files_opened_from_a_file_manager_go_to_the_library_last_open(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(cli, "open_window", lambda db, **options: calls.append(options) or 0)
    monkeypatch.delenv("RIWAYA_DB")
    report = tmp_path / "report.txt"
    report.write_text("خبر", encoding="utf-8")
    assert main_gui([str(report)]) == 0
    assert calls[0]["open_paths"] == [report] and calls[0]["prefer_last_library"] is True
