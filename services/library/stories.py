"""Stories of library articles: the story of several stored articles (their stored analyses,
as a comparison of two uses them) and of a saved collection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from services.library.ingest import article_analysis
from services.library.storage import LibraryError

if TYPE_CHECKING:
    from services.compare.story import Story
    from services.library.storage import Library


class NotEnoughArticles(LibraryError):
    """A story needs two articles at least."""


def story_of(
    library: Library,
    article_ids: Sequence[int],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Story:
    """The story (claims and figures) of these library articles, in this order.

    Raises storage.ArticleNotFound for an unknown id, NotEnoughArticles for fewer than two.
    """
    from services.compare.story import build_story

    ids = list(dict.fromkeys(article_ids))
    if len(ids) < 2:
        raise NotEnoughArticles(f"a story needs two articles at least, not {len(ids)}")
    articles = [library.get(i) for i in ids]
    analyses = [article_analysis(library, a) for a in articles]
    return build_story(articles, analyses, on_progress=on_progress, is_cancelled=is_cancelled)
