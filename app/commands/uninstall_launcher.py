"""`riwaya uninstall-launcher`: take Riwaya out of the desktop's application menu."""

from __future__ import annotations

import argparse

from app.commands import add_command


def register(subparsers) -> argparse.ArgumentParser:
    return add_command(
        subparsers,
        "uninstall-launcher",
        summary="take Riwaya out of the desktop's application menu",
        description=(
            "Remove what install-launcher wrote: the .desktop entry and icon on Linux, the "
            "Start-menu shortcut on Windows. The library is not touched."
        ),
        examples=["riwaya uninstall-launcher"],
    )


def run(args: argparse.Namespace) -> int:
    from app.launcher import uninstall

    removed = uninstall()
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print("No launcher was installed.")
    return 0
