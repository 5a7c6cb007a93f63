"""The `riwaya` command line: parse arguments, choose the library, then run one command or open
the window. Exit status: 0 success, 1 some input refused, 2 usage error; never a traceback for
bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from types import ModuleType

from app.commands import add_common_options, load_commands, print_error
from app.paths import LIBRARY_ENV

DEBUG_ENV = "RIWAYA_DEBUG"  # set to 1 to see the traceback of an internal error

# Exceptions whose message is meant for the user, by module: matched only if their module was
# imported, so this file imports none of them (start-up stays fast).
_USER_ERRORS = {
    "app.commands": ("CommandError",),
    "services.library.storage": ("LibraryError",),
    "services.library.ingest": ("ArticleUnavailable",),
    "services.documents.importing": ("UnreadableDocument",),
    "services.lexicon": ("LexiconError",),
    "app.launcher": ("LauncherError",),
}


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The parser and the command modules by command name."""
    parser = argparse.ArgumentParser(
        prog="riwaya",
        description=(
            "Riwaya compares how outlets report the same story: shared sentences, what each "
            "version leaves out, and figures that agree, differ or conflict. Without a "
            "command it opens the window."
        ),
        epilog=(
            "Examples:\n"
            "  riwaya --demo                  # the window, on the built-in demo library\n"
            "  riwaya import ~/cases/flood/   # add a folder of articles to the library\n"
            "  riwaya compare 1 2             # compare two articles of the library\n"
            "\n"
            "Each command has its own help: riwaya COMMAND --help"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common_options(parser, suppress=False)
    parser.add_argument(
        "--open",
        nargs="+",
        metavar="FILE",
        help="import these files into the library and show them in the window (what the "
        "desktop launcher does: riwaya-gui FILE... means riwaya --open FILE...)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = {}
    for module in load_commands().values():
        command = module.register(subparsers)
        commands[command.prog.split()[-1]] = module
    return parser, commands


def run(argv: list[str]) -> int:
    _prefer_utf8_output()
    parser, commands = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.demo and args.db:
            parser.error("--demo and --db choose different libraries: give one of them")
    except SystemExit as e:  # argparse has printed the help (0) or the usage error (2)
        return e.code if isinstance(e.code, int) else 2
    try:
        return _dispatch(args, commands.get(args.command))
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except BrokenPipeError:
        # `riwaya list | head`: the reader left; say nothing more on the closed pipe.
        _silence_stdout()
        return 0
    except Exception as e:  # noqa: BLE001 - the one place that turns errors into one line
        if _is_user_error(e):
            print_error(str(e))
            return 1
        if _is_damage(e):
            # Found while reading, past the quick check at open (or by a command that skips it).
            db = getattr(args, "db_path", "")
            print_error(
                f"the library {db} cannot be read ({' '.join(str(e).split())}); "
                f"riwaya restore --db {db} puts back its latest backup"
            )
            return 1
        if os.environ.get(DEBUG_ENV):
            raise
        print_error(f"internal error: {type(e).__name__}: {e} (set {DEBUG_ENV}=1 for details)")
        return 1


def _dispatch(args: argparse.Namespace, command: ModuleType | None) -> int:
    from app.paths import lexicon_dir
    from services import lexicon

    # The analyst's own word lists extend the built-in ones in every command and the window.
    lexicon.configure(lexicon_dir())
    args.db_path = _choose_library(args)
    wants_window = command is None or args.gui or args.screenshot is not None
    if not wants_window:
        return command.run(args)
    options: dict = {}
    code = 0
    if command is None and args.demo:
        from app.demo import OPENING_COMPARISON

        # A newcomer sees what Riwaya is for at once: two versions side by side. The demo is
        # not the user's library: a later plain `riwaya` must not reopen it.
        options = {"compare": OPENING_COMPARISON, "remember_library": False}
    elif command is None and args.open:
        options = {"open_paths": [Path(p).expanduser() for p in args.open]}
        if not args.db and not os.environ.get(LIBRARY_ENV):
            # "Open with Riwaya" from a file manager: into the library the user works in.
            options["prefer_last_library"] = True
    elif command is None and not args.db and not os.environ.get(LIBRARY_ENV):
        # A plain `riwaya` (a double-click) reopens the library the user had open last.
        options = {"prefer_last_library": True}
    if command is not None:
        if hasattr(command, "gui_options"):
            options = command.gui_options(args)
        else:
            # e.g. `riwaya import X --gui`: do the command, then show the library it changed.
            code = command.run(args)
    if getattr(args, "lang", None):
        options["language"] = args.lang  # else the one chosen in View › Language, or the system's
    window_code = open_window(
        args.db_path,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        **options,
    )
    return window_code or code


def _choose_library(args: argparse.Namespace) -> Path:
    from app.paths import library_path

    if args.demo:
        from app.demo import ensure_demo_library

        return ensure_demo_library()
    return library_path(args.db)


def open_window(db_path: Path, **options) -> int:
    """Hand over to the Qt window (imported only now: the CLI commands never load Qt)."""
    if options.get("screenshot") is not None:
        # A screenshot needs no screen: render offscreen (also on a server or in CI), unless
        # the user chose a platform plugin.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from ui.application import run_gui
    except ImportError as e:
        print_error(f"the window cannot open: {e}")
        return 1
    return run_gui(db_path, **options)


def _is_user_error(error: Exception) -> bool:
    if isinstance(error, OSError):
        return True  # a file that cannot be read or written: its message names it
    for module_name, class_names in _USER_ERRORS.items():
        module = sys.modules.get(module_name)
        if module is None:
            continue
        if any(isinstance(error, getattr(module, name, ())) for name in class_names):
            return True
    return False


def _is_damage(error: Exception) -> bool:
    # "database disk image is malformed", "file is not a database": the plain DatabaseError;
    # its subclasses (locked, read-only, full disk) are no damage.
    sqlite3 = sys.modules.get("sqlite3")
    return sqlite3 is not None and type(error) is sqlite3.DatabaseError


def _prefer_utf8_output() -> None:
    # Windows pipes default to the ANSI code page, which cannot print Arabic.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
