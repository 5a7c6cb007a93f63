"""The library's schema as an ordered list of migrations, each applied once and recorded in the
database (sqlite-utils' `Migrations`, table `_sqlite_migrations`: name, applied_at).

Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "riwaya"
MIGRATIONS_TABLE = "_sqlite_migrations"


def _articles(db: sqlite_utils.Database) -> None:
    # AUTOINCREMENT so an id is never handed out twice: undoing a delete puts the article
    # back under its old id even after later imports. The small columns come first: SQLite
    # reads a row's columns in order, so listing 10,000 articles never walks their texts.
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            figures INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT '',
            encoding TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            norm_title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            original BLOB NOT NULL, -- zlib-compressed UTF-8 (plain TEXT in older rows)
            norm_text TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db["articles"].create_index(["content_hash"], unique=True)


def _article_search(db: sqlite_utils.Database) -> None:
    # An external-content FTS5 index over the normalised title and text (alef forms, hamza,
    # diacritics and Arabic-Indic digits folded by text.arabic, which unicode61 does not do).
    # The triggers fire only when the indexed columns change, so updating `figures` or the
    # metadata does not re-index a whole article.
    for sql in (
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            norm_title, norm_text,
            content='articles', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, norm_title, norm_text)
            VALUES (new.id, new.norm_title, new.norm_text);
        END
        """,
        """
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, norm_title, norm_text)
            VALUES ('delete', old.id, old.norm_title, old.norm_text);
        END
        """,
        """
        CREATE TRIGGER articles_au AFTER UPDATE OF norm_title, norm_text ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, norm_title, norm_text)
            VALUES ('delete', old.id, old.norm_title, old.norm_text);
            INSERT INTO articles_fts (rowid, norm_title, norm_text)
            VALUES (new.id, new.norm_title, new.norm_text);
        END
        """,
        "INSERT INTO articles_fts (rowid, norm_title, norm_text) "
        "SELECT id, norm_title, norm_text FROM articles",
    ):
        db.execute(sql)


def _analyses(db: sqlite_utils.Database) -> None:
    # One stored analysis per article; `version` is compare.analysis.ANALYSIS_VERSION, so an
    # analysis made by older code is recognised and redone instead of trusted.
    db["analyses"].create(
        {"article_id": int, "version": int, "data": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"version", "data"},
    )


def _article_time(db: sqlite_utils.Database) -> None:
    # The time of day an article was published ("18:15", "evening", "": services.text.moments),
    # beside its date. Articles stored before are read again for it: their date lines are in
    # the stored text (a web page's time in its markup is not looked for again).
    from services.documents.metadata import detect_time

    db.execute("ALTER TABLE articles ADD COLUMN time TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, date, text FROM articles").fetchall()
    for article_id, day, text in rows:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        time = detect_time(lines, day)
        if time:
            db.execute("UPDATE articles SET time = ? WHERE id = ?", (time, article_id))


def _collections(db: sqlite_utils.Database) -> None:
    # A named story: the articles an analyst put together, in the order they chose. Deleting an
    # article drops it from its collections (ON DELETE CASCADE), never the collection.
    for sql in (
        """
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TABLE collection_articles (
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (collection_id, article_id)
        )
        """,
    ):
        db.execute(sql)


def _related_index(db: sqlite_utils.Database) -> None:
    # Each article's MinHash signature and its LSH band keys (services.library.related): a
    # query reads the rows of its own keys through the index, never every article. The
    # articles stored before this step are signed afterwards, never here: signing 10,000
    # articles held the library's opening 15–50 s. Library.sign_unsigned does it in batches
    # (the window once it shows, `related` before it answers), so a library this step made
    # holds unsigned articles until then. The schema this step makes is unchanged.
    for sql in (
        """
        CREATE TABLE signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        )
        """,
        """
        CREATE TABLE lsh_bands (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX lsh_bands_key ON lsh_bands (key)",
        "CREATE INDEX lsh_bands_article ON lsh_bands (article_id)",
    ):
        db.execute(sql)


def _notes(db: sqlite_utils.Database) -> None:
    # The analyst's notes are keyed by text, not by row: an article note by the article's
    # content hash, a finding's triage and note by services.compare.anchors' key (both texts'
    # hashes and the finding's anchor text). No foreign key on purpose: deleting an article
    # keeps its notes, and importing the same text again finds them. `article_a`/`article_b`
    # are the finding's two content hashes (sorted), to list a pair's notes without its texts.
    db.execute(
        """
        CREATE TABLE article_notes (
            content_hash TEXT PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE finding_notes (
            key TEXT PRIMARY KEY,
            triage TEXT NOT NULL DEFAULT 'open',
            note TEXT NOT NULL DEFAULT '',
            article_a TEXT NOT NULL DEFAULT '',
            article_b TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX finding_notes_articles ON finding_notes (article_a, article_b)")


# In order. The names are what the database records: never rename one.
MIGRATIONS: tuple[tuple[str, Callable[[sqlite_utils.Database], None]], ...] = (
    ("0001_articles", _articles),
    ("0002_article_search", _article_search),
    ("0003_analyses", _analyses),
    ("0004_article_time", _article_time),
    ("0005_collections", _collections),
    ("0006_related_index", _related_index),
    ("0007_notes", _notes),
)


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations not yet applied, read with plain sqlite3 (cheap at start-up)."""
    try:
        rows = conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchall()
    except sqlite3.OperationalError:
        rows = []  # a new database: no migrations table yet
    applied = {name for (name,) in rows}
    return [name for name, _ in MIGRATIONS if name not in applied]


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    """Apply the pending migrations, all in one transaction; returns their names."""
    if not pending_migrations(db.conn):
        return []
    migrations = load_sqlite_utils().Migrations(MIGRATION_SET)
    for name, fn in MIGRATIONS:
        migrations(name=name)(fn)
    # IMMEDIATE takes the write lock before reading what is pending: when two Riwayas open a
    # new library at once, the second waits, then finds nothing left to do. Inside it,
    # sqlite-utils runs each migration in a savepoint.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        pending = pending_migrations(db.conn)
        migrations.apply(db)
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    return pending


@cache
def load_sqlite_utils():
    """Import sqlite-utils without pandas and numpy.

    sqlite-utils imports pandas and numpy when they are installed (camel-tools brings them) only
    to accept their value types, which Riwaya never stores; that costs about a second. They are
    hidden while it loads, unless something imported them already.
    """
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail fast
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                sys.modules.pop(name, None)
    return sqlite_utils
