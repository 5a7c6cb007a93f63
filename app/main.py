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


# Options of `riwaya` that take a value: their value is not a file to open
# (tests/cli/test_launcher.py checks this against the parser).
_VALUE_OPTIONS = ("--db", "--screenshot", "--lang")
# Files follow it anyway: `riwaya-gui --open a.txt` is `riwaya-gui a.txt`.
_FILES_OPTION = "--open"


def main_gui(argv: list[str] | None = None) -> int:
    """The launcher a double-click starts: always the window, on what the arguments name.
    Files given alone (`riwaya-gui report.txt other.html`, as a desktop's "Open with" passes
    them) are imported into the library and shown: `riwaya --open FILE...`."""
    argv = gui_arguments(sys.argv[1:] if argv is None else list(argv))
    return main(argv)


def gui_arguments(argv: list[str]) -> list[str]:
    """`argv` for `riwaya`, with the window asked for and bare files turned into --open.

    >>> gui_arguments(["--db", "cases.sqlite", "a.txt", "b.html"])
    ['--db', 'cases.sqlite', '--open', 'a.txt', 'b.html', '--gui']
    >>> gui_arguments(["compare", "1", "2"])
    ['compare', '1', '2', '--gui']
    """
    options, files = [], []
    taking_value = False
    for arg in argv:
        if taking_value:
            options.append(arg)
            taking_value = False
        elif arg == _FILES_OPTION:
            continue
        elif arg.startswith("-"):
            options.append(arg)
            taking_value = arg in _VALUE_OPTIONS
        elif files or not _is_command(arg):
            files.append(arg)
        else:
            return argv + ([] if _wants_window(argv) else ["--gui"])  # a command and its args
    argv = options + (["--open", *files] if files else [])
    return argv + ([] if _wants_window(argv) else ["--gui"])


def _is_command(word: str) -> bool:
    from app.cli import build_parser

    return word in build_parser()[1]


def _wants_window(argv: list[str]) -> bool:
    return "--gui" in argv or "--screenshot" in argv


if __name__ == "__main__":
    sys.exit(main())
