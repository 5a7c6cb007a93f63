"""`riwaya install-launcher`: Riwaya in the desktop's application menu, opening files."""

from __future__ import annotations

import argparse

from app.commands import add_command


def register(subparsers) -> argparse.ArgumentParser:
    return add_command(
        subparsers,
        "install-launcher",
        summary="put Riwaya in the desktop's application menu",
        description=(
            "Add Riwaya to the application menu with its icon: a .desktop entry in "
            "~/.local/share/applications on Linux ($XDG_DATA_HOME if set), a Start-menu "
            "shortcut on Windows. Opening a text, web page or .docx with it imports the file "
            "into the library and shows it. uninstall-launcher takes it out again."
        ),
        examples=["riwaya install-launcher"],
    )


def run(args: argparse.Namespace) -> int:
    from app.launcher import install

    for path in install().files:
        print(f"wrote {path}")
    return 0
