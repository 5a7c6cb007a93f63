"""The article library: one SQLite file (WAL) holding every article's original and analysed
text, its metadata, its stored analysis, and a full-text index over Arabic-normalised text.

One `Library` per thread: the connection belongs to the thread that opened it.

Over 600 lines: every table of the library file is read and written here so that one connection
and one transaction scope (`atomic`) cover them; notes, collections and the related index are the
next to move into modules of their own that take a `Library`.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from services.library.backups import damage, latest_backup, take_backup
from services.library.migrations import (
    MIGRATIONS_TABLE,
    apply_migrations,
    load_sqlite_utils,
    pending_migrations,
)
from services.models import (
    Annotations,
    Article,
    ArticleSummary,
    Collection,
    FindingNote,
    Kind,
    ParsedDocument,
    SearchHit,
    Triage,
)
from services.text.arabic import normalize, normalize_plain

if TYPE_CHECKING:
    import sqlite_utils

    from services.compare.analysis import Analysis
    from services.library.related import RelatedArticle
    from services.models import Comparison


class LibraryError(Exception):
    """Base of the library's errors; `str(error)` is a one-line message for the user."""


class LibraryUnavailable(LibraryError):
    def __init__(self, path: str, reason: str):
        super().__init__(f"cannot open the library {path}: {reason}")
        self.path = path
        self.reason = reason


class LibraryDamaged(LibraryUnavailable):
    """SQLite's quick check found the library file damaged: nothing is written to it.
    `.backup` is the latest backup (None if there is none)."""

    def __init__(self, path: str, finding: str, backup: Path | None):
        if backup is not None:
            offer = f"put back the latest backup ({backup.name}) with: riwaya restore --db {path}"
        else:
            offer = "there is no backup of it to restore"
        super().__init__(path, f"the file is damaged ({finding}); {offer}")
        self.finding = finding
        self.backup = backup


class QueryTooLong(LibraryError):
    def __init__(self, words: int):
        super().__init__(
            f"the query has {words} different words; a search takes at most {MAX_QUERY_TERMS}"
        )
        self.words = words


class ArticleNotFound(LibraryError, LookupError):
    def __init__(self, article_id: int):
        super().__init__(f"no article {article_id} in the library")
        self.article_id = article_id


class CollectionNotFound(LibraryError, LookupError):
    def __init__(self, name: str):
        super().__init__(f"no collection named {name!r} in the library")
        self.name = name


class AlreadyInLibrary(LibraryError):
    """The same text (by content hash) is stored already, under `article_id`."""

    def __init__(self, article_id: int):
        super().__init__(f"the same text is already in the library as article {article_id}")
        self.article_id = article_id


_SUMMARY_COLUMNS = "id, title, source, date, path, figures, imported_at, time"
_ARTICLE_COLUMNS = (
    "id, title, source, date, path, original, text, content_hash, format, encoding, imported_at,"
    " time"
)
# What unicode61 keeps as a token: letters and digits (and marks, which normalisation drops).
_QUERY_TERM = re.compile(r"[^\W_]+")
# The original is read rarely (show --original, reports) and a saved web page's source is
# large: it is kept zlib-compressed. Level 1 costs a quarter of a millisecond for a
# 1,000-word text and keeps well over half of the saving of the slowest level.
_ORIGINAL_COMPRESSION = 1
# Related articles: how many of those sharing most LSH bands with an article have their
# signatures compared with its own. The other versions of a story share 20–60 of 64 bands
# (bench story_library: MinHash similarity 0.75–0.95), unrelated articles of the same region
# 0–5; 200 keeps every version in reach and the query under 200 ms at 10,000 articles.
CANDIDATES = 200
# Articles signed a transaction when a library from before the related index is signed
# (sign_unsigned): a signature costs about 4.6 ms for 600 words (the shared 2-core VM), so a
# batch is half a second of work lost at most when Riwaya is killed, and a cancel waits no
# longer. The signatures are computed before the transaction: it holds the lock to store only.
SIGNING_BATCH = 100
_SNIPPET_BEFORE = 50
_SNIPPET_AFTER = 110


def count_figures(analysis: Analysis) -> int:
    """The figures a reader would note: every quantity but identifiers (SY24, القرار 2254)."""
    return sum(1 for q in analysis.quantities if q.kind is not Kind.IDENTIFIER)


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), _ORIGINAL_COMPRESSION)


def _unpack(value: str | bytes) -> str:
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else value


def _article(row: tuple) -> Article:
    """An Article from a row of _ARTICLE_COLUMNS."""
    article_id, title, source, date, path, original, *rest = row
    return Article(article_id, title, source, date, path, _unpack(original), *rest)


def _triage(value: str) -> Triage:
    try:
        return Triage(value)
    except ValueError:  # written by a newer Riwaya: show the finding as not looked at
        return Triage.OPEN


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PreparedArticle:
    """An article with every stored column computed: the costly part of storing (normalising
    for search, compressing, serialising the analysis) done where the caller likes, in another
    process if it likes (only strings and bytes inside, cheap to pickle).
    """

    article: Article
    packed_original: bytes
    norm_title: str
    norm_text: str
    analysis_version: int
    analysis_json: str
    figures: int
    # The MinHash signature of norm_text (services.library.related), packed.
    signature: bytes = b""


def prepare_article(
    article: Article, analysis: Analysis, *, norm_text: str | None = None
) -> PreparedArticle:
    """Everything `Library.add_prepared` stores for `article` and its analysis; `norm_text` is
    `normalize_plain(article.text)` when the caller has it already."""
    from services.compare.analysis import ANALYSIS_VERSION, analysis_to_json
    from services.library.related import pack, signature

    norm_text = normalize_plain(article.text) if norm_text is None else norm_text
    return PreparedArticle(
        article,
        _pack(article.original),
        normalize_plain(article.title),
        norm_text,
        ANALYSIS_VERSION,
        analysis_to_json(analysis),
        count_figures(analysis),
        pack(signature(article.text)),
    )


def article_from_document(doc: ParsedDocument, content_hash: str) -> Article:
    """The article a document read by documents.importing becomes (not stored: no id yet)."""
    return Article(
        id=None,
        title=doc.title,
        source=doc.source,
        date=doc.date,
        path=doc.path,
        original=doc.original,
        text=doc.text,
        content_hash=content_hash,
        format=doc.format,
        encoding=doc.encoding,
        time=doc.time,
    )


class Library:
    """A library of articles in one SQLite database.

    >>> with Library.open(":memory:") as library:
    ...     library.count()
    0
    """

    def __init__(self, conn: sqlite3.Connection, path: str):
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        self.path = path
        self._damage: LibraryDamaged | None = None

    @classmethod
    def open(cls, path: str | Path, *, check: bool = True) -> Library:
        """Open (creating if needed) the library at `path`; ":memory:" for a throw-away one.

        `check` runs SQLite's quick check first (about 0.2 s for 2,000 articles): a damaged
        file raises LibraryDamaged and is never written to. The window opens without it, to
        show at once, and calls `check()` in the background. Before a schema migration the
        library is copied into its backups folder (services.library.backups).

        Raises LibraryUnavailable with the reason when the file cannot serve as a library.
        """
        path = str(path)
        try:
            # timeout: another Riwaya (or an import thread) may hold the write lock briefly.
            conn = sqlite3.connect(path, timeout=10)
        except sqlite3.Error as e:
            raise LibraryUnavailable(path, str(e)) from None
        try:
            if path != ":memory:":
                # WAL: readers never wait for an import. synchronous=NORMAL keeps every
                # committed batch through a crash of Riwaya; a power cut may lose the last one
                # but never corrupts the file.
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            library = cls(conn, path)
            if check:
                library.check()
            # Reading the migrations table needs only sqlite3; sqlite-utils loads when there is
            # something to migrate or to write, which keeps opening the window fast.
            if pending_migrations(conn):
                if path != ":memory:" and _has_migrations_table(conn):
                    pending = pending_migrations(conn)[0]
                    try:
                        take_backup(conn, path, f"before-{pending}")
                    except OSError as e:  # never change a schema without a copy to go back to
                        reason = f"cannot back it up before upgrading it: {e.strerror or e}"
                        raise LibraryUnavailable(path, reason) from None
                apply_migrations(library.db)
        except LibraryError:
            conn.close()
            raise
        except sqlite3.Error as e:
            conn.close()
            finding = " ".join(str(e).split())
            # The plain DatabaseError is damage ("file is not a database" once the header is
            # overwritten, "malformed"); its subclasses (locked, read-only, ...) are not.
            if type(e) is sqlite3.DatabaseError:
                raise LibraryDamaged(path, finding, latest_backup(path)) from None
            raise LibraryUnavailable(path, finding) from None
        return library

    def check(self) -> None:
        """Run SQLite's quick check; raise LibraryDamaged (and refuse every later write on
        this connection) when it finds damage."""
        if self.path == ":memory:":
            return
        finding = damage(self._conn)
        if finding is not None:
            self._damage = LibraryDamaged(self.path, finding, latest_backup(self.path))
            raise self._damage

    def refuse_writes(self, damaged: LibraryDamaged) -> None:
        """Refuse every later write on this connection with `damaged` (the window opens
        without the check and learns of damage from a check run in the background)."""
        self._damage = damaged

    @property
    def damaged(self) -> LibraryDamaged | None:
        """What the quick check found, if it found damage."""
        return self._damage

    def backup(self, to: str | Path | None = None) -> Path:
        """Copy the library now (SQLite's online backup API) into its backups folder, or to
        `to`; returns the copy."""
        self._refuse_if_damaged()
        return take_backup(self._conn, self.path, "by-request", to=to)

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, loaded on first use."""
        if self._db is None:
            self._db = load_sqlite_utils().Database(self._conn)
        return self._db

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[Library]:
        """A transaction: everything inside is stored, or nothing is. Nests (savepoints)."""
        self._refuse_if_damaged()
        if self._conn.in_transaction:
            with self.db.atomic():  # a savepoint
                yield self
            return
        # IMMEDIATE takes the write lock at once. A deferred transaction that reads first (is
        # this text stored?) and writes later fails outright in WAL mode if another connection
        # (the window, while an import runs) wrote in between; this way the other one waits.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            with self.db.atomic():  # sqlite-utils' own writes nest inside as a savepoint
                yield self
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    # Reading

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def data_version(self) -> int:
        """A number that changes whenever another connection (another process, or another
        thread's Library) commits to this library; this connection's own writes leave it as
        it is. Reading it costs microseconds: a window polls it to notice outside changes.

        >>> with Library.open(":memory:") as library:
        ...     library.data_version() == library.data_version()
        True
        """
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def summaries(self) -> tuple[ArticleSummary, ...]:
        """Every article without its texts, by id: cheap enough for 10,000 rows."""
        rows = self._conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM articles ORDER BY id")
        return tuple(ArticleSummary(*row) for row in rows)

    def get(self, article_id: int) -> Article:
        _check_id(article_id)
        row = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        return _article(row)

    def find_by_hash(self, content_hash: str) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def content_hashes(self) -> frozenset[str]:
        """The content hash of every stored text (to recognise duplicates elsewhere)."""
        return frozenset(row[0] for row in self._conn.execute("SELECT content_hash FROM articles"))

    def search(self, query: str, limit: int = 50) -> tuple[SearchHit, ...]:
        """Articles whose title or text contain every word of `query` (each as a word prefix,
        with or without the article and one-letter proclitics), best first, each with a snippet
        of its text where [the match] is marked.

        Hamza, alef forms, diacritics and Arabic-Indic digits do not matter: `ارهابي` finds
        `إرهابيًا`, `750` finds `٧٥٠`. FTS syntax in the query is read as plain words.
        """
        terms = _query_terms(query)
        if len(terms) > MAX_QUERY_TERMS:
            raise QueryTooLong(len(terms))
        if not terms or limit <= 0:
            return ()
        match = _match_expression(terms)
        # Title hits weigh more than hits in the body.
        ids = [
            row[0]
            for row in self._conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                "ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT ?",
                (match, limit),
            )
        ]
        return tuple(SearchHit(a, make_snippet(a.text, terms)) for a in self._articles(ids))

    def analysis(self, article_id: int) -> Analysis | None:
        """The stored analysis, or None when there is none, another version stored it or it
        cannot be read (compare.analysis.analysis_from_json): callers analyse the text again."""
        from services.compare.analysis import analysis_from_json
        from services.compare.collection import collection_paused

        _check_id(article_id)
        row = self._conn.execute(
            "SELECT a.data, articles.text FROM analyses a"
            " JOIN articles ON articles.id = a.article_id WHERE a.article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            if self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                return None
            raise ArticleNotFound(article_id)
        with collection_paused():  # thousands of objects, no cycle (compare.collection)
            return analysis_from_json(row[0], row[1])

    # Writing

    def add(
        self, doc: ParsedDocument, analysis: Analysis, *, content_hash: str | None = None
    ) -> Article:
        """Store a document read by services.documents.importing with its analysis.

        Raises AlreadyInLibrary when the same text (by content hash) is stored already.
        """
        if content_hash is None:
            from services.documents.importing import content_hash as hash_text

            content_hash = hash_text(doc.text)
        article = article_from_document(doc, content_hash)
        return self.add_prepared(prepare_article(article, analysis))

    def add_prepared(self, prepared: PreparedArticle) -> Article:
        """Store an article prepared by `prepare_article`, under its own id if it has one (a
        restore) or a new one; `imported_at` is now unless the article has it.

        Raises AlreadyInLibrary when the same text (by content hash) is stored already.
        """
        with self.atomic():
            return self._insert_prepared(prepared)

    def add_prepared_batch(
        self, batch: Iterable[PreparedArticle]
    ) -> list[Article | AlreadyInLibrary]:
        """Store articles prepared by `prepare_article` in one transaction, each as
        `add_prepared` stores it, in order; an article whose text is stored already (earlier
        in the batch too) comes back as its AlreadyInLibrary instead of raising. A database
        error, or an id that is taken, stores none of them.

        No savepoint per article, unlike add_prepared in a transaction: under a savepoint
        SQLite copies each page an article's rows change before changing it, and the related
        index's 64 band rows land on as many pages of its key index. Importing 2,000 articles
        of 1,000 words, the importing process spent 2.7 ms an article storing without it
        against 4.0 with it (the band rows 0.3 ms against 0.9, the article row and its search
        index 1.0 against 1.3). Every check comes before an article's first write, so none
        leaves half an article behind.
        """
        stored: list[Article | AlreadyInLibrary] = []
        with self.atomic():
            for prepared in batch:
                try:
                    stored.append(self._insert_prepared(prepared))
                except AlreadyInLibrary as e:
                    stored.append(e)
        return stored

    def _insert_prepared(self, prepared: PreparedArticle) -> Article:
        """add_prepared's checks and writes, in the caller's transaction."""
        article = prepared.article
        if not article.imported_at:
            article = replace(article, imported_at=_now())
        existing = self.find_by_hash(article.content_hash)
        if existing is not None:
            raise AlreadyInLibrary(existing)
        if article.id is not None and self._exists(article.id):
            raise LibraryError(f"article id {article.id} is taken")
        cursor = self._conn.execute(
            "INSERT INTO articles (id, title, source, date, path, original, text, norm_title,"
            " norm_text, content_hash, format, encoding, imported_at, figures, time)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.title,
                article.source,
                article.date,
                article.path,
                prepared.packed_original,
                article.text,
                prepared.norm_title,
                prepared.norm_text,
                article.content_hash,
                article.format,
                article.encoding,
                article.imported_at,
                prepared.figures,
                article.time,
            ),
        )
        self._conn.execute(
            "INSERT INTO analyses (article_id, version, data) VALUES (?, ?, ?)",
            (cursor.lastrowid, prepared.analysis_version, prepared.analysis_json),
        )
        self._store_signature(cursor.lastrowid, prepared.signature)
        return replace(article, id=cursor.lastrowid)

    def update_metadata(
        self,
        article_id: int,
        *,
        title: str | None = None,
        source: str | None = None,
        date: str | None = None,
        time: str | None = None,
        when: str | None = None,
    ) -> Article:
        """Correct the title, outlet, date or time (None leaves a field as it is). `when` is
        date and time in one ("2024-03-13 18:15", "2024-03-13 evening", "2024-03-13": no
        time), as the library's date column shows and edits them.

        Raises LibraryError for a time that is not one (services.text.moments).
        """
        from services.text.moments import normalize_time, split_when

        changes: dict[str, str] = {}
        if title is not None:
            changes |= {"title": title, "norm_title": normalize_plain(title)}
        if source is not None:
            changes["source"] = source
        try:
            if when is not None:
                date, time = split_when(when)
            if time is not None:
                changes["time"] = normalize_time(time)
        except ValueError as error:
            raise LibraryError(str(error)) from None
        if date is not None:
            changes["date"] = date
        with self.atomic():
            self.get(article_id)
            if changes:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                self._conn.execute(
                    f"UPDATE articles SET {assignments} WHERE id = ?",
                    (*changes.values(), article_id),
                )
        return self.get(article_id)

    def delete(self, article_id: int) -> Article:
        """Remove an article and its analysis; returns it so `restore` can undo the delete."""
        with self.atomic():
            article = self.get(article_id)
            self._conn.execute("DELETE FROM analyses WHERE article_id = ?", (article_id,))
            self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return article

    def restore(self, article: Article, analysis: Analysis | None = None) -> Article:
        """Put a deleted article back under its old id (the analysis is redone if not given)."""
        if article.id is None:
            raise ValueError("only an article that was stored can be restored")
        if analysis is None:
            from services.compare.analysis import analyse

            analysis = analyse(article.text)
        return self.add_prepared(prepare_article(article, analysis))

    def store_analysis(self, article_id: int, analysis: Analysis) -> None:
        """Replace the stored analysis (after ANALYSIS_VERSION changed, for instance)."""
        from services.compare.analysis import ANALYSIS_VERSION, analysis_to_json

        with self.atomic():
            self.get(article_id)
            self._conn.execute(
                "INSERT OR REPLACE INTO analyses (article_id, version, data) VALUES (?, ?, ?)",
                (article_id, ANALYSIS_VERSION, analysis_to_json(analysis)),
            )
            self._conn.execute(
                "UPDATE articles SET figures = ? WHERE id = ?",
                (count_figures(analysis), article_id),
            )

    # Related articles (services.library.related)

    def related(self, article_id: int, *, limit: int = 10) -> tuple[RelatedArticle, ...]:
        """The articles most likely to share claims with `article_id`, most similar first:
        those sharing an LSH band key with it (read through the key index), ranked by their
        signatures' estimated Jaccard similarity.

        >>> with Library.open(":memory:") as library:
        ...     library.related(1)
        Traceback (most recent call last):
        ...
        services.library.storage.ArticleNotFound: no article 1 in the library
        """
        from services.library.related import rank, unpack

        _check_id(article_id)
        if self._damage is None and self.unsigned() > 0:
            self.sign_unsigned()  # a library from before the index, not yet signed in full

        row = self._conn.execute(
            "SELECT signature FROM signatures WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            self.get(article_id)  # raises ArticleNotFound
            return ()
        # The articles sharing most bands, read through the key index; only their signatures
        # are read and compared (CANDIDATES bounds the work however large the library).
        candidates = self._conn.execute(
            "SELECT c.article_id, s.signature, c.shared FROM ("
            "  SELECT article_id, count(*) AS shared FROM lsh_bands"
            "  WHERE key IN (SELECT key FROM lsh_bands WHERE article_id = ?) AND article_id != ?"
            "  GROUP BY article_id ORDER BY shared DESC LIMIT ?"
            ") c JOIN signatures s ON s.article_id = c.article_id",
            (article_id, article_id, max(limit, CANDIDATES)),
        )
        return tuple(rank(unpack(row[0]), candidates, exclude=article_id, limit=limit))

    def unsigned(self) -> int:
        """How many articles have no signature yet (stored before the related index came:
        migration 0006 leaves them to `sign_unsigned`). Two counts over indexes: a signature
        belongs to one article (primary key, deleted with it), so fewer signatures than
        articles means some are unsigned."""
        articles = self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        signed = self._conn.execute("SELECT count(*) FROM signatures").fetchone()[0]
        return articles - signed

    def sign_unsigned(
        self,
        *,
        batch: int = SIGNING_BATCH,
        on_progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Sign the articles that have no signature, `batch` per transaction, in id order;
        returns how many were signed. A kill or a crash keeps the batches committed and the
        next call signs the rest; `is_cancelled` stops it between batches. `on_progress(done,
        total)` follows each batch."""
        from services.library.related import pack, signature

        self._refuse_if_damaged()
        total = self.unsigned()
        done = last = 0
        while total > 0 and not (is_cancelled and is_cancelled()):
            rows = self._conn.execute(
                "SELECT id, text FROM articles WHERE id > ? AND NOT EXISTS"
                " (SELECT 1 FROM signatures s WHERE s.article_id = articles.id)"
                " ORDER BY id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                break
            # Signed outside the transaction: the write lock is held only to store them.
            packed = [(article_id, pack(signature(text))) for article_id, text in rows]
            with self.atomic():
                for article_id, signed in packed:
                    self._store_signature(article_id, signed)
            last = rows[-1][0]
            done += len(rows)
            if on_progress is not None:
                on_progress(done, total)
        return done

    def _store_signature(self, article_id: int, packed: bytes) -> None:
        from services.library.related import band_keys, unpack

        if not packed:
            return
        self._conn.execute(
            "INSERT OR REPLACE INTO signatures (article_id, signature) VALUES (?, ?)",
            (article_id, packed),
        )
        self._conn.execute("DELETE FROM lsh_bands WHERE article_id = ?", (article_id,))
        self._conn.executemany(
            "INSERT INTO lsh_bands (key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in band_keys(unpack(packed))],
        )

    # Collections: named stories

    def collections(self) -> tuple[Collection, ...]:
        """Every collection with its articles (in the order saved), by name."""
        rows = self._conn.execute("SELECT id, name, created_at FROM collections ORDER BY name")
        return tuple(self._collection(*row) for row in rows.fetchall())

    def collection(self, name: str) -> Collection:
        row = self._conn.execute(
            "SELECT id, name, created_at FROM collections WHERE name = ?", (name.strip(),)
        ).fetchone()
        if row is None:
            raise CollectionNotFound(name)
        return self._collection(*row)

    def save_collection(self, name: str, article_ids: Sequence[int]) -> Collection:
        """Save (or replace) the collection `name` with these articles, in this order."""
        name = name.strip()
        if not name:
            raise LibraryError("a collection needs a name")
        ids = list(dict.fromkeys(int(i) for i in article_ids))
        with self.atomic():
            for i in ids:
                self.get(i)  # raises ArticleNotFound
            self._conn.execute(
                "INSERT INTO collections (name, created_at) VALUES (?, ?)"
                " ON CONFLICT(name) DO NOTHING",
                (name, _now()),
            )
            (cid,) = self._conn.execute(
                "SELECT id FROM collections WHERE name = ?", (name,)
            ).fetchone()
            self._conn.execute("DELETE FROM collection_articles WHERE collection_id = ?", (cid,))
            self._conn.executemany(
                "INSERT INTO collection_articles (collection_id, article_id, position)"
                " VALUES (?, ?, ?)",
                [(cid, i, k) for k, i in enumerate(ids)],
            )
        return self.collection(name)

    def delete_collection(self, name: str) -> None:
        with self.atomic():
            collection = self.collection(name)
            self._conn.execute("DELETE FROM collections WHERE id = ?", (collection.id,))

    def _collection(self, cid: int, name: str, created_at: str) -> Collection:
        ids = tuple(
            row[0]
            for row in self._conn.execute(
                "SELECT article_id FROM collection_articles WHERE collection_id = ?"
                " ORDER BY position",
                (cid,),
            )
        )
        return Collection(cid, name, ids, created_at)

    # Notes and triage (kept by text: they outlive a delete and come back with a re-import)

    def article_note(self, content_hash: str) -> str:
        """The analyst's note on the text with this content hash ("" when none)."""
        row = self._conn.execute(
            "SELECT note FROM article_notes WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else ""

    def set_article_note(self, content_hash: str, note: str) -> None:
        """Keep `note` on the text with this content hash; an empty note removes it."""
        with self.atomic():
            if note.strip():
                self._conn.execute(
                    "INSERT OR REPLACE INTO article_notes (content_hash, note, updated_at)"
                    " VALUES (?, ?, ?)",
                    (content_hash, note, _now()),
                )
            else:
                self._conn.execute(
                    "DELETE FROM article_notes WHERE content_hash = ?", (content_hash,)
                )

    def article_notes_by_id(self) -> dict[int, str]:
        """The note of every stored article that has one, by article id (lists show a mark)."""
        rows = self._conn.execute(
            "SELECT a.id, n.note FROM articles a"
            " JOIN article_notes n ON n.content_hash = a.content_hash"
        )
        return {article_id: note for article_id, note in rows}

    def finding_notes(self, keys: Iterable[str]) -> tuple[FindingNote, ...]:
        """The stored triage and notes of the findings with these keys (others have none)."""
        keys = list(dict.fromkeys(keys))
        found: list[FindingNote] = []
        # SQLite allows 999 parameters in older builds: ask in slices.
        for first in range(0, len(keys), 500):
            chunk = keys[first : first + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT key, triage, note, updated_at FROM finding_notes WHERE key IN ({marks})",
                chunk,
            )
            found.extend(FindingNote(k, _triage(t), n, u) for k, t, n, u in rows)
        return tuple(found)

    def set_finding_note(
        self, note: FindingNote, articles: tuple[str, str] = ("", "")
    ) -> FindingNote:
        """Store a finding's triage and note (both cleared: the row goes); `articles` are the
        two content hashes the finding joins. Returns what was stored, with its time."""
        stored = replace(note, updated_at=_now())
        a, b = sorted(articles)
        with self.atomic():
            if note.triage is Triage.OPEN and not note.note.strip():
                self._conn.execute("DELETE FROM finding_notes WHERE key = ?", (note.key,))
            else:
                self._conn.execute(
                    "INSERT OR REPLACE INTO finding_notes"
                    " (key, triage, note, article_a, article_b, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (note.key, note.triage.value, note.note, a, b, stored.updated_at),
                )
        return stored

    def annotations(self, comparison: Comparison) -> Annotations:
        """Every note that bears on `comparison`: its two articles' and its findings'."""
        from services.compare.anchors import finding_keys, text_hash

        discrepancies, links = finding_keys(comparison)
        hashes = (text_hash(comparison.left), text_hash(comparison.right))
        return self.notes_on(hashes, discrepancies + links)

    def notes_on(self, content_hashes: Iterable[str], keys: Iterable[str]) -> Annotations:
        """The notes on these texts (by content hash) and on these findings (by key)."""
        articles = tuple(
            (h, note) for h in dict.fromkeys(content_hashes) if (note := self.article_note(h))
        )
        return Annotations(articles, self.finding_notes(keys))

    # Internals

    def _refuse_if_damaged(self) -> None:
        if self._damage is not None:
            raise self._damage

    def _exists(self, article_id: int) -> bool:
        if not 0 < article_id <= MAX_ARTICLE_ID:
            return False
        return bool(
            self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        )

    def _articles(self, ids: list[int]) -> list[Article]:
        """Articles by id, in the order of `ids`."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", ids
        )
        by_id = {row[0]: _article(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]


# SQLite's rowids are signed 64-bit integers: no article has a larger id, and a larger Python
# int cannot even be bound as a parameter (OverflowError).
MAX_ARTICLE_ID = 2**63 - 1


def _check_id(article_id: int) -> None:
    """ArticleNotFound for an id no article can have (0, negative, beyond 64 bits)."""
    if not 0 < article_id <= MAX_ARTICLE_ID:
        raise ArticleNotFound(article_id)


def _has_migrations_table(conn: sqlite3.Connection) -> bool:
    """Whether the library has a schema already (a new file has nothing worth a backup)."""
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
        ).fetchone()
        is not None
    )


# Each query word becomes up to 15 prefix forms that FTS5 must all match, so a search's cost
# grows with the words. A headline is about 10 words; a pasted paragraph of 2,000 words took
# 29 s (issue 12). Repeated words count once.
MAX_QUERY_TERMS = 24


def _query_terms(query: str) -> list[str]:
    """The different words of a search query as the index holds them: normalised letter/digit
    runs, each once."""
    return list(dict.fromkeys(_QUERY_TERM.findall(normalize_plain(query))))


# Arabic writes the article and one-letter proclitics (و and, ف so, ب with, ل for, ك like) on
# the word itself, and the index only matches word prefixes: سيول must also find السيول,
# والسيول, بالسيول, للسيول. The one-letter ones are tried only on cores of three letters or
# more, where they rarely make another word (ب + حر would be بحر).
_ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
_ONE_LETTER_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _term_forms(term: str) -> tuple[str, ...]:
    """The written forms a query word may take in the text, as normalised prefixes.

    >>> _term_forms("السيول")[:4]
    ('سيول', 'السيول', 'والسيول', 'فالسيول')
    """
    if not ("\u0621" <= term[0] <= "\u064a"):
        return (term,)  # digits and Latin words carry no clitics
    core = term
    for article in sorted(_ARTICLE_FORMS, key=len, reverse=True):
        # A core of three letters at least, so words such as بالغ or والي stay whole.
        if term.startswith(article) and len(term) - len(article) >= 3:
            core = term[len(article) :]
            break
    forms = [core] + [article + core for article in _ARTICLE_FORMS]
    if len(core) >= 3:
        forms += [clitic + core for clitic in _ONE_LETTER_CLITICS]
    if term not in forms:
        forms.append(term)
    return tuple(dict.fromkeys(forms))


def _match_expression(terms: list[str]) -> str:
    """An FTS5 query: every term, in any of its forms, as a quoted word prefix.

    Only letter/digit runs reach here, so quotes, *, -, :, ( typed by the user never reach the
    FTS5 parser.
    """
    return " AND ".join(
        "(" + " OR ".join(f'"{form}"*' for form in _term_forms(term)) + ")" for term in terms
    )


def make_snippet(text: str, terms: list[str]) -> str:
    """A one-line excerpt of `text` around the first word starting with one of `terms`
    (normalised), every such word inside it marked with [ and ]; the text's opening when none
    occurs (the match was in the title).

    >>> make_snippet("نقلت القوات ٧٥٠ إرهابيًا إلى البادية", ["750"])
    'نقلت القوات [٧٥٠] إرهابيًا إلى البادية'
    """
    view = normalize(text)
    forms = sorted({form for term in terms for form in _term_forms(term)}, key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, forms)) + r")[^\W_]*")
    spans = [view.to_original(m.start(), m.end()) for m in pattern.finditer(view.text)]
    if not spans:
        return _one_line(text[: _SNIPPET_BEFORE + _SNIPPET_AFTER]) + (
            " …" if len(text) > _SNIPPET_BEFORE + _SNIPPET_AFTER else ""
        )
    first = spans[0][0]
    start = max(0, first - _SNIPPET_BEFORE)
    end = min(len(text), first + _SNIPPET_AFTER)
    # Cut at word boundaries so no half word shows at either end.
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", spans[0][1], end)
        end = space if space != -1 else end
    parts = []
    cursor = start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        parts += [text[cursor:s], "[", text[s:e], "]"]
        cursor = e
    parts.append(text[cursor:end])
    snippet = _one_line("".join(parts))
    return ("… " if start > 0 else "") + snippet + (" …" if end < len(text) else "")


def _one_line(text: str) -> str:
    return " ".join(text.split())
