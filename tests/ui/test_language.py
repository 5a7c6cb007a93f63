"""The interface in Arabic and English: catalogues current and complete, no English left on an
Arabic window, the window mirrored (the compare panes aside), View › Language switching at
once and remembered, dates in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from library_fixtures import EARLIER, LATER, WEATHER, store_articles
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QWidget,
)

from ui.language import ARABIC, ENGLISH, apply_language, current_language, display_date
from ui.main_window import MainWindow
from ui.settings import Settings

# Words that stay as they are in an Arabic interface: file formats, key names, the language's
# own name in View › Language.
KEPT = {
    "html", "pdf", "csv", "xlsx", "json", "ctrl", "shift", "alt", "enter", "tab", "esc",
    "escape", "english", "qt", "sqlite", "db", "riwaya", "utf", "windows", "pyside", "txt",
    "htm", "docx", "mhtml",
}  # fmt: skip
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# File names, paths and patterns are data (the library's name in the title, *.sqlite filters).
_NAMES = re.compile(r"\S*[/\\.*]\S*")
_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&\w+;")
_KEY = re.compile(r"\bF\d{1,2}\b")


def english_words(text: str) -> list[str]:
    """The English words in `text`, brand names, keys and file names aside."""
    text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    text = _KEY.sub(" ", _NAMES.sub(" ", text.replace("&", "")))
    return [w for w in _LATIN_WORD.findall(text) if w.lower() not in KEPT]


def visible_strings(window: MainWindow) -> list[tuple[str, str]]:
    """Every string the window and its menus can show: (where, text)."""
    found: list[tuple[str, str]] = [("title", window.windowTitle())]

    def add(where: str, *texts: str) -> None:
        found.extend((where, t) for t in texts if t)

    def walk_menu(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus filled on demand (File › Recent libraries)
        add(path, menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                walk_menu(action.menu(), f"{path} › {action.menu().title()}")
            else:
                add(f"{path} › {action.text()}", action.text(), action.toolTip())
                add(f"{path} › {action.text()}", action.statusTip())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk_menu(action.menu(), action.menu().title())
    for action in window.findChildren(type(window.commands.quit)):
        add(f"action {action.text()}", action.text(), action.toolTip(), action.statusTip())
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        add(name, widget.toolTip(), widget.statusTip(), widget.whatsThis())
        add(name, widget.accessibleName(), widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name, widget.text())
        elif isinstance(widget, QLineEdit):
            add(name, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(name, *(widget.itemText(i) for i in range(widget.count())))
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a view's private model (a combo box's list)
                columns = 0
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    header = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(header, str):
                        add(f"{name} header", header)
    for toolbar in window.findChildren(QToolBar):
        add("toolbar", toolbar.windowTitle())
    add("status", window.statusBar().currentMessage())
    return found


@pytest.fixture
def library_path(tmp_path) -> Path:
    db = tmp_path / "library.sqlite"
    store_articles(db, (EARLIER, LATER, WEATHER))
    return db


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(tmp_path / "riwaya.ini")


@pytest.fixture
def in_language(qapp):
    """Install a language for one test; English again afterwards (the tests' default)."""
    yield lambda code: apply_language(qapp, code)
    apply_language(qapp, ENGLISH)


def _window(qtbot, db: Path, settings: Settings) -> MainWindow:
    from services.library.storage import Library
    from ui.fonts import load_bundled_fonts

    load_bundled_fonts()
    window = MainWindow(Library.open(db), db, settings=settings, remember=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _compare_first_two(qtbot, window: MainWindow) -> None:
    ids = [s.id for s in window.model.summaries()][:2]
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.library_panel.select_ids(ids)


# The catalogues --------------------------------------------------------------------------


def test_the_catalogues_hold_every_interface_string_and_arabic_translates_them_all():
    from resources.i18n.build import check

    assert check() == []


def test_an_untranslated_entry_is_reported(tmp_path, monkeypatch):
    from resources.i18n import build

    ts = tmp_path / "riwaya_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">'
        "<context><name>X</name><message><source>Open</source>"
        '<translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n files</source><translation>'
        "<numerusform>ملف</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert build.unfinished(ts) == ["Open", "%n files"]


def test_english_words_are_found_and_names_are_not():
    assert english_words("&Import files… (Ctrl+O)") == ["Import", "files"]
    assert english_words("رواية — library.sqlite") == []
    assert english_words("تصدير HTML أو PDF (F7، Shift+F7)") == []


# The Arabic window ---------------------------------------------------------------------------


def test_no_english_is_left_on_the_arabic_window(qtbot, library_path, settings, in_language):
    in_language(ARABIC)
    window = _window(qtbot, library_path, settings)
    _compare_first_two(qtbot, window)
    left = [(where, text) for where, text in visible_strings(window) if english_words(text)]
    assert not left, "still in English:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)


def test_no_english_is_left_on_the_arabic_story_view(qtbot, library_path, settings, in_language):
    in_language(ARABIC)
    window = _window(qtbot, library_path, settings)
    with qtbot.waitSignal(window.story_shown, timeout=20000):
        window.library_panel.select_ids([s.id for s in window.model.summaries()])
    left = [(where, text) for where, text in visible_strings(window) if english_words(text)]
    assert not left, "still in English:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)


def test_the_english_window_is_unchanged(qtbot, library_path, settings, in_language):
    in_language(ENGLISH)
    window = _window(qtbot, library_path, settings)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert not window.isRightToLeft()
    assert window.library_panel.x() < window.reading_area.mapTo(window, window.rect().topLeft()).x()
    assert window.counts_label.text() == "3 articles"
    summary = window.model.summaries()[0]
    assert window.model.index(0, 2).data() == summary.when  # the date as stored


def test_arabic_mirrors_the_window_but_not_the_compare_panes(
    qtbot, library_path, settings, in_language
):
    in_language(ARABIC)
    window = _window(qtbot, library_path, settings)
    assert window.isRightToLeft()
    library_x = window.library_panel.mapTo(window, window.library_panel.rect().topLeft()).x()
    reading_x = window.reading_area.mapTo(window, window.reading_area.rect().topLeft()).x()
    assert library_x > reading_x  # the library on the right, where an Arabic reader starts
    table = window.library_panel.table
    header = table.horizontalHeader()
    # Title first from the right, and the widest column.
    assert header.sectionViewportPosition(0) == max(
        header.sectionViewportPosition(c) for c in range(header.count())
    )
    assert header.sectionSize(0) == max(header.sectionSize(c) for c in range(header.count()))
    _compare_first_two(qtbot, window)
    view = window.compare_view
    # The version read first stays on the right, as in English.
    right = view.right_pane.mapTo(window, view.right_pane.rect().topLeft()).x()
    left = view.left_pane.mapTo(window, view.left_pane.rect().topLeft()).x()
    assert right > left
    assert view.right_header.text.count("تُقرأ أولاً") == 1


def test_counts_take_arabic_plural_forms(qtbot, library_path, settings, in_language):
    in_language(ARABIC)
    window = _window(qtbot, library_path, settings)
    assert window.counts_label.text() == "3 مقالات"
    window.library_panel.select_ids([window.model.summaries()[0].id])
    assert window.counts_label.text() == "3 مقالات · المحدد: 1"


def test_figure_counts_keep_western_digits_in_arabic(qtbot, library_path, settings, in_language):
    in_language(ARABIC)
    window = _window(qtbot, library_path, settings)
    table = window.library_panel.table
    index = table.model().index(0, 3)
    shown = table.itemDelegate().displayText(index.data(), table.locale())
    assert shown.isdigit() and shown.isascii()


# View › Language ---------------------------------------------------------------------------


def test_view_language_switches_at_once_and_is_remembered(
    qtbot, library_path, settings, in_language
):
    in_language(ENGLISH)
    window = _window(qtbot, library_path, settings)
    window._remember = True  # as a user's window: the choice is saved
    first = window.model.summaries()[0].id
    window.library_panel.select_ids([first])
    arabic_action = next(a for a in window.commands.languages.actions() if a.data() == ARABIC)
    with qtbot.waitSignal(window.language_changed) as signal:
        arabic_action.trigger()
    arabic = signal.args[0]  # closed (and deleted) by the switch back below
    assert current_language() == ARABIC
    assert settings.language() == ARABIC
    assert (
        arabic.isRightToLeft() and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    )
    assert [a.text() for a in arabic.menuBar().actions()][0] == "&ملف"
    assert arabic.library_panel.selected_ids() == (first,)
    assert not window.isVisible()
    checked = [a.data() for a in arabic.commands.languages.actions() if a.isChecked()]
    assert checked == [ARABIC]
    english = arabic.set_language(ENGLISH)
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"
    assert settings.language() == ENGLISH


def test_the_language_follows_the_command_line_then_the_choice_then_the_system():
    from ui.language import choose_language, system_language

    assert choose_language("ar", "en") == "ar"
    assert choose_language(None, "ar") == "ar"
    assert choose_language(None, None) == system_language()
    assert choose_language("fr", None) == system_language()


def test_lang_is_a_common_option():
    from app.cli import build_parser

    parser, _ = build_parser()
    assert parser.parse_args(["--lang", "ar"]).lang == "ar"
    assert parser.parse_args(["compare", "1", "2", "--lang", "en"]).lang == "en"
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "fr"])


# Dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "arabic"),
    [
        ("2024-03-13", "13 مارس 2024"),
        ("2024-03-13 18:15", "13 مارس 2024، 18:15"),
        ("2026-12-01", "1 ديسمبر 2026"),
        ("", ""),
        ("sometime in March", "sometime in March"),
        ("2024-13-01", "2024-13-01"),
    ],
)
def test_dates_follow_the_interface_language(in_language, stored, arabic):
    in_language(ENGLISH)
    assert display_date(stored) == stored
    in_language(ARABIC)
    assert display_date(stored) == arabic


# Dialogs -----------------------------------------------------------------------------------


def dialog_strings(dialog: QWidget) -> list[tuple[str, str]]:
    """The strings a dialog shows: its title, labels, buttons, headers and tooltips."""
    found = [("title", dialog.windowTitle())]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        name = type(widget).__name__
        found += [(name, widget.toolTip())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, widget.text()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:
                columns = 0
            found += [
                (f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(columns)
            ]
            found += [
                (f"{name} cell", str(model.index(r, c).data()))
                for r in range(model.rowCount(QModelIndex()))
                for c in range(1, columns)  # the file names are data
            ]
    if hasattr(dialog, "toPlainText"):
        found.append(("text", dialog.toPlainText()))
    return [(w, t) for w, t in found if t]


def test_the_dialogs_speak_arabic(qtbot, library_path, settings, in_language, tmp_path):
    from services.models import ImportProblem, ImportReport
    from ui.import_flow import ImportSummaryDialog

    in_language(ARABIC)
    window = _window(qtbot, library_path, settings)
    window.library_panel.select_ids([window.model.summaries()[0].id])
    window.show_legend()
    window.show_about()
    about = window.last_dialog
    window.show_original_text()
    original = window.last_dialog
    article = window.library.get(window.model.summaries()[0].id)
    report = ImportReport(
        imported=(article,),
        duplicates=(("/cases/again.txt", article.id),),
        refused=(ImportProblem("/cases/scan.pdf", "PDF is not supported: copy the article's "
                               "text into a .txt file"),),
    )  # fmt: skip
    summary = ImportSummaryDialog(report, parent=window)
    qtbot.addWidget(summary)
    shown = [
        *dialog_strings(window.legend),
        ("legend", window.legend.browser.toPlainText()),
        *dialog_strings(about),
        *dialog_strings(original),
        *dialog_strings(summary),
    ]
    left = [(where, text) for where, text in shown if english_words(text)]
    assert not left, "still in English:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)
    assert summary.heading.text() == "استُورد مقال واحد · 1 موجودة في المكتبة من قبل · 1 مرفوضة"
