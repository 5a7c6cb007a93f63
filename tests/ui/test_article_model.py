"""ArticleListModel and its filter proxy: Qt's model contract, sorting, filters, edits, drags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from services.models import ArticleSummary
from ui.article_model import (
    ARTICLE_ID_ROLE,
    DATE,
    FIGURES,
    OUTLET,
    TITLE,
    ArticleFilterProxy,
    ArticleListModel,
    article_ids_from_mime,
    article_mime,
)

SUMMARIES = (
    ArticleSummary(
        1, "نقل نحو 60 محتجزا من السجن المركزي", "وكالة النهار", "2024-03-10", "/a.txt", 4
    ),
    ArticleSummary(2, "مصادر: نقل 750 محتجزا", "شبكة الأفق", "2024-03-11", "/b.txt", 3),
    ArticleSummary(3, "أمطار غزيرة على الشمال", "", "", "/c.txt", 0),
    ArticleSummary(5, "الأفق: تفاصيل جديدة", "شبكة الأفق", "2024-03-09", "/d.txt", 12),
)


@pytest.fixture
def model(qapp):
    return ArticleListModel(SUMMARIES, edit=lambda *_: True)


def test_model_passes_qt_model_tests(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qt_model_tests(qtmodeltester, model):
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_outlet("شبكة الأفق")
    proxy.sort(FIGURES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_columns_show_title_outlet_date_and_figures(model):
    row = [model.index(1, column).data() for column in (TITLE, OUTLET, DATE, FIGURES)]
    assert row == ["مصادر: نقل 750 محتجزا", "شبكة الأفق", "2024-03-11", 3]
    assert model.index(1, TITLE).data(ARTICLE_ID_ROLE) == 2
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"


def _ids(proxy) -> list[int]:
    return [proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(proxy.rowCount())]


def test_sorting_by_figures_is_numeric_and_empty_dates_sort_last(model):
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(FIGURES, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy) == [3, 2, 1, 5]  # 0, 3, 4, 12 — not "0", "12", "3", "4"
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert _ids(proxy) == [5, 1, 2, 3]


def test_outlet_filter_and_search_ids_combine(model):
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_outlet("شبكة الأفق")
    assert sorted(_ids(proxy)) == [2, 5]
    proxy.set_ids([1, 5])
    assert _ids(proxy) == [5]
    proxy.set_outlet(None)
    assert sorted(_ids(proxy)) == [1, 5]
    proxy.set_ids(None)
    assert len(_ids(proxy)) == 4


def test_set_data_goes_through_the_edit_function_with_the_field_name(qapp):
    calls = []
    model = ArticleListModel(SUMMARIES, edit=lambda *args: calls.append(args) or True)
    assert model.setData(model.index(0, OUTLET), "  الميادين  ")
    assert calls == [(1, "source", "الميادين")]
    # Unchanged text, the figures column and other roles are not edits.
    assert not model.setData(model.index(0, TITLE), SUMMARIES[0].title)
    assert not model.setData(model.index(0, FIGURES), "9")
    assert not model.setData(model.index(0, DATE), "2024", Qt.ItemDataRole.DisplayRole)
    assert len(calls) == 1


def test_without_an_edit_function_nothing_is_editable(qapp):
    model = ArticleListModel(SUMMARIES)
    assert not model.flags(model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, TITLE), "x")


def test_remove_insert_and_update_keep_rows_consistent(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    removed = model.remove(2)
    assert removed == SUMMARIES[1]
    assert [model.summary(r).id for r in range(model.rowCount())] == [1, 3, 5]
    model.insert(removed)
    assert [model.summary(r).id for r in range(model.rowCount())] == [1, 2, 3, 5]
    model.update_fields(3, title="عنوان مصحح", source="صحيفة المساء")
    assert model.index(2, TITLE).data() == "عنوان مصحح"
    assert model.outlets() == ("شبكة الأفق", "صحيفة المساء", "وكالة النهار")
    assert model.remove(99) is None


def test_drag_carries_the_selected_article_ids(model):
    indexes = [model.index(2, TITLE), model.index(0, DATE), model.index(0, TITLE)]
    mime = model.mimeData(indexes)
    assert article_ids_from_mime(mime) == (1, 3)
    assert article_ids_from_mime(article_mime([5])) == (5,)


def test_a_foreign_drag_carries_no_articles(qapp):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("750")
    assert article_ids_from_mime(mime) == ()


def test_invalid_parent_has_no_children(model):
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == 4


def test_extend_appends_new_articles_for_an_import_in_progress(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    new = (ArticleSummary(7, "خبر جديد", "وكالة النهار", "2024-03-12", "/e.txt", 1),)
    model.extend(new)
    model.extend(())
    assert model.rowCount() == 5 and model.max_id() == 7
    assert model.index(4, TITLE).data() == "خبر جديد"


def test_apply_replaces_removes_and_adds_rows_without_a_reset(qtbot):
    from services.models import ArticleSummary

    def summary(i: int, title: str) -> ArticleSummary:
        return ArticleSummary(i, title, "", "", f"/{i}.txt", 0)

    model = ArticleListModel((summary(1, "أ"), summary(3, "ج"), summary(5, "هـ")))
    with qtbot.assertNotEmitted(model.modelReset):
        model.apply({3: None, 1: summary(1, "ألف"), 2: summary(2, "ب"), 9: summary(9, "ي")})
    assert [(s.id, s.title) for s in model.summaries()] == [
        (1, "ألف"), (2, "ب"), (5, "هـ"), (9, "ي"),
    ]  # fmt: skip
