"""The article library: SQLite storage, its migrations, and ingest (documents analysed and
stored, stored analyses reused).

May import everything below it: services.models, services.text, services.compare,
services.documents. Must not import Qt, ui or app.
"""

from typing import TYPE_CHECKING

from services.public import lazy_exports

# The names the window and the CLI use, by the module that defines them; loaded on first use.
_EXPORTS = {
    "ArticleNotFound": "storage",
    "Library": "storage",
    "LibraryDamaged": "storage",
    "LibraryError": "storage",
    "article_analysis": "ingest",
    "backups_folder": "backups",
    "import_paths": "ingest",
    "latest_backup": "backups",
    "list_backups": "backups",
    "resolve_article": "ingest",
    "restore_backup": "backups",
    "story_of": "stories",
}
__all__ = [
    "ArticleNotFound",
    "Library",
    "LibraryDamaged",
    "LibraryError",
    "article_analysis",
    "backups_folder",
    "import_paths",
    "latest_backup",
    "list_backups",
    "resolve_article",
    "restore_backup",
    "story_of",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

if TYPE_CHECKING:
    from services.library.backups import backups_folder, latest_backup, list_backups, restore_backup
    from services.library.ingest import article_analysis, import_paths, resolve_article
    from services.library.storage import ArticleNotFound, Library, LibraryDamaged, LibraryError
    from services.library.stories import story_of
