"""Riwaya's entry points: `riwaya` (console) and `riwaya-gui` (no console on Windows).

Nothing heavy is imported here: the window, sqlite-utils and camel-tools load only once it is
known which command runs.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run `riwaya` with `argv` (default: the process arguments); returns the exit status."""
    from app.cli import run

    return run(sys.argv[1:] if argv is None else list(argv))


def main_gui(argv: list[str] | None = None) -> int:
    """The launcher a double-click starts: always the window, on what the arguments name."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--gui" not in argv and "--screenshot" not in argv:
        argv.append("--gui")
    return main(argv)


if __name__ == "__main__":
    sys.exit(main())
