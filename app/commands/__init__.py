"""Riwaya's CLI commands, one module per command, each a thin layer over `services`.

A command module (see `list_.py` for the shortest one) defines:

- `register(subparsers) -> argparse.ArgumentParser`: adds its parser with `add_command(...)`,
  which gives it the options every command shares (`--db`, `--demo`, `--gui`, `--screenshot`,
  `--lang`) and an "Example:" section in its `--help`.
- `run(args) -> int`: does the work and returns the exit code: 0 success, 1 some input refused
  (each reason printed with `print_error`). Usage errors (2) are argparse's business.
  Bad input is signalled by raising a named exception whose message is one line
  (`services.library.storage.LibraryError`, `services.library.ingest.ArticleUnavailable`,
  `services.documents.importing.UnreadableDocument`, `CommandError`, `OSError`): app.cli prints
  "riwaya: <message>" and returns 1, never a traceback.
- optionally `gui_options(args) -> dict`: keyword arguments for `ui.application.run_gui` when
  the command is given with `--gui` or `--screenshot`, e.g. `{"compare": (args.a, args.b)}` or
  `{"select": 3}`. Without it, the command runs and then the window opens on the library.

Modules import `services` inside `run`, never at module level: `riwaya` without a command opens
the window and must not pay for what commands need.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.library import Library

# In the order `riwaya --help` lists them.
COMMAND_MODULES = (
    "import_",
    "list_",
    "search",
    "show",
    "quantities",
    "compare",
    "story",
    "related",
    "export",
    "lexicon",
    "install_launcher",
    "uninstall_launcher",
    "backup",
    "restore",
)

COMMON_HELP = {
    "db": "the library to use (default: $RIWAYA_DB, else library.sqlite in the user data folder)",
    "demo": "use the built-in demo library (three versions of one story)",
    "gui": "open the window (with compare or show: on that comparison or article)",
    "screenshot": "render the window to FILE.png and exit (implies --gui)",
    "lang": "the window's language: ar (Arabic, mirrored) or en (default: as chosen in "
    "View › Language, else the system's)",
}


class CommandError(Exception):
    """Bad input a command detected itself; the message is one line for the user."""


def load_commands() -> dict[str, ModuleType]:
    """The command modules, by module name."""
    return {name: importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES}


def add_common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every command and the bare `riwaya` take.

    On subcommands the defaults are SUPPRESS, so `riwaya --db X list` and `riwaya list --db X`
    both work: a subcommand only sets what was given after it.
    """
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("library and window")
    group.add_argument("--db", metavar="PATH", default=default, help=COMMON_HELP["db"])
    group.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=COMMON_HELP["demo"],
    )
    group.add_argument(
        "--gui",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=COMMON_HELP["gui"],
    )
    group.add_argument(
        "--screenshot", metavar="FILE.png", default=default, help=COMMON_HELP["screenshot"]
    )
    group.add_argument("--lang", choices=("ar", "en"), default=default, help=COMMON_HELP["lang"])


def add_command(
    subparsers: Any, name: str, *, summary: str, description: str, examples: list[str]
) -> argparse.ArgumentParser:
    """Add a command's parser with the shared options and an "Example:" section in its help.

    `summary` is the one line `riwaya --help` shows; `description` opens `riwaya NAME --help`;
    each of `examples` is a command line (with an optional "  # comment").
    """
    label = "Example:" if len(examples) == 1 else "Examples:"
    parser = subparsers.add_parser(
        name,
        help=summary,
        description=description,
        epilog=label + "\n" + "\n".join(f"  {line}" for line in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common_options(parser, suppress=True)
    return parser


def open_library(args: argparse.Namespace) -> Library:
    """The library chosen by --db / --demo / RIWAYA_DB (resolved by app.cli as args.db_path)."""
    from services.library import Library

    return Library.open(args.db_path)


def print_json(data: Any) -> None:
    """JSON on stdout, Arabic as is (not \\u escapes), one document per command."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_error(message: str) -> None:
    """One line on stderr: `riwaya: <message>`."""
    if sys.stderr is not None:  # pythonw on Windows has no console
        print(f"riwaya: {message}", file=sys.stderr)


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
