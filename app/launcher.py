"""Putting Riwaya in the desktop's application menu, and taking it out again: a freedesktop
`.desktop` entry with Riwaya's icon on Linux (and other XDG desktops), a Start-menu shortcut
on Windows. Opening a file with the entry imports it and shows it (`riwaya-gui FILE...`).

Plain Python without Qt; the `install-launcher` and `uninstall-launcher` commands call it.
Paths come from XDG_DATA_HOME / APPDATA, so tests point them at a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.paths import resources_dir

DESKTOP_ID = "riwaya"  # riwaya.desktop, and the icon's name in the icon theme
# The types an analyst opens with Riwaya: what the importer reads.
MIME_TYPES = (
    "text/plain",
    "text/html",
    "application/xhtml+xml",
    "multipart/related",  # .mhtml
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)


class LauncherError(Exception):
    """The launcher cannot be installed here; the message is one line for the user."""


@dataclass(frozen=True)
class Installed:
    """What an installation wrote (and what uninstalling removes)."""

    files: tuple[Path, ...]


def gui_command() -> list[str]:
    """The command that opens the window: the frozen build itself, else the `riwaya-gui`
    script beside this interpreter (a uv or pip install), else this interpreter running
    app.main's window entry."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    scripts = Path(sys.executable).parent
    for name in ("riwaya-gui", "riwaya-gui.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    found = shutil.which("riwaya-gui")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from app.main import main_gui; sys.exit(main_gui())"]


# Freedesktop ------------------------------------------------------------------------------


def xdg_data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def desktop_quote(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks when it needs it."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if argument and not reserved & set(argument):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str], icon: str) -> str:
    """The .desktop file: `command` gets the chosen files appended (%F)."""
    exec_line = " ".join(desktop_quote(part) for part in command) + " %F"
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",  # the newest desktop-file-validate 0.26 knows
            "Name=Riwaya",
            "Name[ar]=رواية",
            "GenericName=News version comparer",
            "Comment=Compare how outlets report the same story",
            "Comment[ar]=قارن روايات وسائل الإعلام للخبر نفسه",
            f"Exec={exec_line}",
            f"Icon={icon}",
            "Terminal=false",
            "Categories=Office;Viewer;",
            "Keywords=news;compare;Arabic;discrepancy;",
            "MimeType=" + ";".join(MIME_TYPES) + ";",
            "StartupNotify=true",
            "",
        ]
    )


def install_freedesktop(data_home: Path | None = None, command: list[str] | None = None):
    """Write the entry and the icon under `data_home` (~/.local/share by default)."""
    data_home = data_home or xdg_data_home()
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    entry = data_home / "applications" / f"{DESKTOP_ID}.desktop"
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources_dir() / "icons" / "riwaya.svg", icon)
    # The icon by absolute path: found at once, without waiting for the theme's cache.
    entry.write_text(desktop_entry(command or gui_command(), str(icon)), encoding="utf-8")
    _refresh_menus(entry.parent)
    return Installed((entry, icon))


def freedesktop_files(data_home: Path | None = None) -> tuple[Path, ...]:
    data_home = data_home or xdg_data_home()
    return (
        data_home / "applications" / f"{DESKTOP_ID}.desktop",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
    )


def _refresh_menus(applications: Path) -> None:
    # Menus notice a new entry by themselves; the database only speeds up "Open with".
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, str(applications)], capture_output=True, check=False)


# Windows ----------------------------------------------------------------------------------


def start_menu_dir() -> Path:
    appdata = os.environ.get("APPDATA")
    if not appdata:
        raise LauncherError("APPDATA is not set: cannot find the Start menu")
    return Path(appdata) / "Microsoft" / "Windows" / "Start Menu" / "Programs"


def shortcut_script(link: Path, command: list[str]) -> str:
    """PowerShell that writes a Start-menu shortcut (.lnk) to `command`."""

    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    target, arguments = command[0], " ".join(f'"{a}"' for a in command[1:])
    return (
        "$s = (New-Object -ComObject WScript.Shell).CreateShortcut("
        f"{quoted(str(link))}); $s.TargetPath = {quoted(target)}; "
        f"$s.Arguments = {quoted(arguments)}; $s.Description = "
        f"{quoted('Compare how outlets report the same story')}; $s.Save()"
    )


def install_windows(command: list[str] | None = None) -> Installed:
    """A Start-menu shortcut (.lnk, written by PowerShell); where PowerShell cannot, a .cmd
    that starts the window."""
    command = command or gui_command()
    folder = start_menu_dir()
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "Riwaya.lnk"
    powershell = shutil.which("powershell") or shutil.which("pwsh")
    if powershell:
        result = subprocess.run(
            [powershell, "-NoProfile", "-Command", shortcut_script(link, command)],
            capture_output=True,
            check=False,
        )
        if result.returncode == 0 and link.exists():
            return Installed((link,))
    script = folder / "Riwaya.cmd"
    line = " ".join(f'"{part}"' for part in command)
    script.write_text(f'@echo off\r\nstart "" {line} %*\r\n', encoding="utf-8")
    return Installed((script,))


def windows_files() -> tuple[Path, ...]:
    folder = start_menu_dir()
    return (folder / "Riwaya.lnk", folder / "Riwaya.cmd")


# Both -------------------------------------------------------------------------------------


def install() -> Installed:
    if sys.platform == "win32":
        return install_windows()
    if sys.platform == "darwin":
        raise LauncherError("on macOS, use the standalone build (resources/packaging)")
    return install_freedesktop()


def uninstall() -> tuple[Path, ...]:
    """Remove what `install` wrote; the files removed."""
    candidates = windows_files() if sys.platform == "win32" else freedesktop_files()
    removed = []
    for path in candidates:
        if path.exists():
            path.unlink()
            removed.append(path)
    if sys.platform != "win32" and removed:
        _refresh_menus(candidates[0].parent)
    return tuple(removed)
