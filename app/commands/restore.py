"""`riwaya restore`: put back a backup of the library (the latest unless one is named)."""

from __future__ import annotations

import argparse

from app.commands import CommandError, add_command


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "restore",
        summary="put back the latest backup of the library (or a named one)",
        description=(
            "Replace the library by a backup: the newest one in LIBRARY.backups/, or BACKUP. "
            "The library as it was is kept in that folder as TIME-replaced-by-restore.sqlite.old. "
            "Close the window on this library first. --list shows the backups."
        ),
        examples=[
            "riwaya restore --list",
            "riwaya restore",
            "riwaya restore ~/safe/flood-2026-12-03.sqlite --db ~/cases/flood.sqlite",
        ],
    )
    parser.add_argument("backup", nargs="?", metavar="BACKUP", help="the backup to put back")
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    return parser


def run(args: argparse.Namespace) -> int:
    from services.library import latest_backup, list_backups, restore_backup

    if args.list:
        backups = list_backups(args.db_path)
        for path in backups:
            print(path)
        if not backups:
            print(f"No backups of {args.db_path} yet.")
        return 0
    backup = args.backup or latest_backup(args.db_path)
    if backup is None:
        raise CommandError(f"no backup of {args.db_path} to restore")
    try:
        aside = restore_backup(args.db_path, backup)
    except ValueError as error:
        raise CommandError(str(error)) from None
    print(f"restored {backup} into {args.db_path}")
    if aside is not None:
        print(f"the library as it was is kept as {aside}")
    return 0
