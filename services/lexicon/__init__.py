"""The word lists Riwaya reads by, as data: `resources/lexicon/<table>.tsv`, extended by the
analyst's own `<user lexicon folder>/<table>.tsv`. Data access only: no Arabic processing here
(services.text turns the words into the forms it matches).

May import: nothing of Riwaya's. Everything else may import it.

File format (UTF-8, tab-separated): `#` starts a comment line; the first other line is the
header, checked against the table's schema (services/lexicon/schema.py); an optional last
column `note` says why an entry is there. A phrase is one cell. In a user file, a row whose
first cell starts with `-` removes that built-in row (`-held<TAB>عنصر`), so upgrades still
bring new words; any other row is added.

>>> sorted(grouped("qualifiers_before"))[:3]
['about', 'at_least', 'at_most']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from services.lexicon.schema import Schema

__all__ = [
    "LexiconError",
    "Row",
    "builtin_dir",
    "column",
    "configure",
    "derived",
    "digest",
    "prepare_user_dir",
    "grouped",
    "rows",
    "table_names",
    "user_dir",
]


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message is one line naming the file and line:
    `noun_classes.tsv:14: unknown class 'kiled'`."""


@dataclass(frozen=True)
class Row:
    """One entry: its cells in the schema's column order, its note, and where it was read."""

    cells: tuple[str, ...]
    note: str = ""
    where: str = ""


_user_dir: Path | None = None
_clearers: list[Callable[[], None]] = []

F = TypeVar("F", bound=Callable[..., object])


@cache
def builtin_dir() -> Path:
    """The lexicon shipped with Riwaya (`resources/lexicon`). Cached: resolving the path asks
    the file system about each folder above it, and every table read starts here."""
    return Path(__file__).resolve().parents[2] / "resources" / "lexicon"


def user_dir() -> Path | None:
    """The analyst's lexicon folder set by `configure`, or None."""
    return _user_dir


def configure(folder: Path | str | None) -> None:
    """Read user tables from `folder` (None: built-in tables only) and forget every table and
    every form derived from one, so the next use reads the files again."""
    global _user_dir
    _user_dir = Path(folder) if folder is not None else None
    _load.cache_clear()
    digest.cache_clear()
    for clear in _clearers:
        clear()


def derived(function: F | None = None, *, maxsize: int | None = None) -> F:
    """`functools.cache` (or an `lru_cache` of `maxsize`) for a function computed from lexicon
    tables: `configure` clears it, so an edited table is never half applied."""

    def wrap(f: F) -> F:
        cached = lru_cache(maxsize=maxsize)(f)
        _clearers.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return wrap(function) if function is not None else wrap  # type: ignore[return-value]


def prepare_user_dir() -> Path:
    """The configured user folder, created with a README that says how to add or remove a word
    (the window's Help › Lexicon folder and `riwaya lexicon --init` open it)."""
    if _user_dir is None:
        raise LexiconError("no lexicon folder is configured")
    _user_dir.mkdir(parents=True, exist_ok=True)
    readme = _user_dir / "README.txt"
    if not readme.exists():
        readme.write_text(USER_README, encoding="utf-8")
    return _user_dir


USER_README = """Riwaya's word lists: your additions

Riwaya reads its built-in word lists (resources/lexicon in the installation) and then, for each
table, a file of the same name here, e.g. synonyms.tsv or places.tsv. Copy the header line of the
built-in table (columns separated by one TAB), then add one entry per line:

    class\tword
    held\tمحتجزون

A line starting with # is a comment; an optional last column "note" says why. A line whose first
cell starts with - removes a built-in entry (-held<TAB>عنصر). Built-in entries you do not remove
stay, so upgrades still bring new words. Run `riwaya lexicon` to check your files: a mistake is
reported as one line naming the file and the line.
"""


def table_names() -> tuple[str, ...]:
    from services.lexicon.schema import SCHEMAS

    return tuple(sorted(SCHEMAS))


def rows(name: str) -> tuple[Row, ...]:
    """Every row of a table: the built-in ones, less those the user removes, plus theirs."""
    return _load(name)


def column(name: str, col: str | None = None) -> tuple[str, ...]:
    """One column of a table (the first by default), in file order, without repeats."""
    index = 0 if col is None else _schema(name).columns.index(col)
    return tuple(dict.fromkeys(r.cells[index] for r in _load(name)))


def grouped(name: str) -> dict[str, tuple[str, ...]]:
    """A two-column table as {first column: second-column values}: {"held": ("معتقل", ...)}."""
    schema = _schema(name)
    if len(schema.columns) != 2:
        raise LexiconError(f"{name}.tsv: grouped() needs two columns, not {schema.columns}")
    out: dict[str, list[str]] = {}
    for r in _load(name):
        out.setdefault(r.cells[0], []).append(r.cells[1])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@cache
def digest() -> str:
    """A hash of every table's files as they are on disk (built-in and user): stored analyses
    record it, so an edited word list makes them be redone.

    The files' bytes, not their parsed rows: parsing all ~35 tables cost 20-50 ms on the first
    comparison after start-up, which reads only the few it needs. An edit that changes no
    entry (a comment, spacing) now also makes analyses be redone: harmless, and rare.
    """
    import hashlib

    h = hashlib.sha256()
    for name in table_names():
        path = builtin_dir() / f"{name}.tsv"
        try:
            builtin = path.read_bytes()
        except OSError:
            raise LexiconError(f"{name}.tsv: the built-in table is missing ({path})") from None
        user = b""
        user_path = None if _user_dir is None else _user_dir / f"{name}.tsv"
        if user_path is not None and user_path.is_file():
            try:
                user = user_path.read_bytes()
            except OSError as exc:
                raise LexiconError(f"{name}.tsv: cannot be read ({exc})") from None
        h.update(f"{name}\0{len(builtin)}\0{len(user)}\0".encode())
        h.update(builtin)
        h.update(user)
    return h.hexdigest()


def _schema(name: str) -> Schema:
    # The schemas (and hashlib, for the digest) load on first use: the window's start-up only
    # configures the user folder.
    from services.lexicon.schema import SCHEMAS

    try:
        return SCHEMAS[name]
    except KeyError:
        raise LexiconError(f"{name}.tsv: no such lexicon table") from None


@cache
def _load(name: str) -> tuple[Row, ...]:
    schema = _schema(name)
    path = builtin_dir() / f"{name}.tsv"
    if not path.is_file():
        raise LexiconError(f"{name}.tsv: the built-in table is missing ({path})")
    built = _read(path, schema, user=False)
    keys = {r.cells: r for r in built}
    if len(keys) != len(built):
        seen: set[tuple[str, ...]] = set()
        for r in built:
            if r.cells in seen:
                raise LexiconError(f"{r.where}: duplicate entry {' '.join(r.cells)!r}")
            seen.add(r.cells)
    result = list(built)
    if _user_dir is not None:
        user_path = _user_dir / f"{name}.tsv"
        if user_path.is_file():
            for r in _read(user_path, schema, user=True):
                if r.cells[0].startswith("-"):
                    target = (r.cells[0][1:], *r.cells[1:])
                    result = [b for b in result if b.cells != target]
                elif r.cells not in keys:
                    result.append(r)
                    keys[r.cells] = r
    _check_unique(schema, result)
    return tuple(result)


def _read(path: Path, schema: Schema, *, user: bool) -> list[Row]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path.name}: cannot be read ({exc})") from None
    header: tuple[str, ...] | None = None
    out: list[Row] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        where = f"{path.name}:{number}"
        if header is None:
            header = cells
            expected = schema.columns
            if header not in (expected, (*expected, "note")):
                raise LexiconError(
                    f"{where}: the header is {' | '.join(header)!r}; expected "
                    f"{' | '.join(expected)!r} and an optional 'note'"
                )
            continue
        width = len(schema.columns)
        if len(cells) > len(header) or len(cells) < width or not all(cells[:width]):
            raise LexiconError(f"{where}: expected {width} cells ({', '.join(schema.columns)})")
        values = cells[:width]
        for col, allowed in schema.closed.items():
            value = values[schema.columns.index(col)]
            bare = value[1:] if user and col == schema.columns[0] else value
            if value not in allowed and bare not in allowed:
                raise LexiconError(f"{where}: unknown {col} {value!r}")
        out.append(Row(values, cells[width] if len(cells) > width else "", where))
    if header is None:
        raise LexiconError(f"{path.name}: no header row")
    return out


def _check_unique(schema: Schema, result: list[Row]) -> None:
    # A word that names two countries, or a phrase that is two qualifiers, makes the reading
    # depend on the order of the file: refuse it.
    for col in schema.unique:
        index = schema.columns.index(col)
        owner: dict[str, Row] = {}
        for r in result:
            value = r.cells[index]
            if value in owner and owner[value].cells != r.cells:
                raise LexiconError(
                    f"{r.where}: {value!r} is already listed at {owner[value].where}"
                )
            owner[value] = r
