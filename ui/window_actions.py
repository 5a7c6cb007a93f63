"""The window's actions, menus and toolbar: what each command is called, its shortcut, and
where it appears. The slots belong to the window and its parts; this module only wires them.

To add a command: create its QAction in `WindowActions.__init__` and place it in the one
function that builds its menu (`build_file_menu`, `build_edit_menu`, ...).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QStyle

from ui.language import LANGUAGE_NAMES, current_language, translate

THEMES = (
    ("system", QT_TRANSLATE_NOOP("WindowActions", "Follow the &system")),
    ("light", QT_TRANSLATE_NOOP("WindowActions", "&Light")),
    ("dark", QT_TRANSLATE_NOOP("WindowActions", "&Dark")),
)


class WindowActions:
    """Every action of the main window, created on `window` (so shortcuts work anywhere in
    it) and connected to the window's slots."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        w = window
        self.import_files = self._action(
            translate("WindowActions", "&Import files…"),
            w.imports.choose_files,
            QKeySequence("Ctrl+O"),
            tip=translate("WindowActions", "Import article files into the library"),
            icon=sp.SP_DialogOpenButton,
        )
        self.import_folder = self._action(
            translate("WindowActions", "Import &folder…"),
            w.imports.choose_folder,
            QKeySequence("Ctrl+Shift+O"),
            tip=translate("WindowActions", "Import every article in a folder and its subfolders"),
            icon=sp.SP_DirOpenIcon,
        )
        self.new_library = self._action(
            translate("WindowActions", "&New library…"),
            w.choose_new_library,
            QKeySequence(keys.New),
            tip=translate("WindowActions", "Start an empty library in a file of your choice"),
        )
        self.open_library = self._action(
            translate("WindowActions", "Open &library…"),
            w.choose_library,
            QKeySequence("Ctrl+Shift+L"),
            tip=translate("WindowActions", "Open another library file"),
        )
        self.export = self._action(
            translate("WindowActions", "&Export…"),
            w.exports.export,
            QKeySequence("Ctrl+E"),
            tip=translate(
                "WindowActions",
                "Export the comparison: HTML or PDF to read and print, CSV or XLSX figures, JSON",
            ),
        )
        self.export.setEnabled(False)
        self.back_up = self._action(
            translate("WindowActions", "&Back up the library"),
            w.safety.back_up,
            tip=translate(
                "WindowActions",
                "Copy the library into its backups folder (LIBRARY.backups, beside it)",
            ),
        )
        self.restore = self._action(
            translate("WindowActions", "&Restore a backup…"),
            w.safety.choose_backup,
            tip=translate(
                "WindowActions",
                "Replace the library by one of its backups (the replaced one is kept)",
            ),
        )
        self.quit = self._action(
            translate("WindowActions", "&Quit"), w.close, QKeySequence(keys.Quit)
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        undo_stack = w.controller.undo_stack
        self.undo = undo_stack.createUndoAction(w, translate("WindowActions", "&Undo"))
        self.undo.setShortcut(QKeySequence(keys.Undo))
        self.undo.setIcon(w.style().standardIcon(sp.SP_ArrowBack))
        self.redo = undo_stack.createRedoAction(w, translate("WindowActions", "&Redo"))
        self.redo.setShortcut(QKeySequence(keys.Redo))
        w.addActions([self.undo, self.redo])
        self.delete = self._action(
            translate("WindowActions", "&Delete"),
            w.delete_selected,
            QKeySequence(keys.Delete),
            tip=translate("WindowActions", "Delete the selected articles (Undo brings them back)"),
            icon=sp.SP_TrashIcon,
        )
        self.edit = self._action(
            translate("WindowActions", "&Rename / edit…"),
            w.library_panel.edit_current,
            QKeySequence("F2"),
            tip=translate(
                "WindowActions",
                "Correct the title, outlet or date of the current article (F2, Tab to move)",
            ),
        )
        self.find_in_article = self._action(
            translate("WindowActions", "&Find in article…"),
            w.find_in_article,
            QKeySequence(keys.Find),
            tip=translate(
                "WindowActions",
                "Find words in the article being read (in a comparison: the pane you are in)",
            ),
        )
        self.article_note = self._action(
            translate("WindowActions", "Article &note…"),
            w.notes.edit_selected_article_note,
            QKeySequence("Ctrl+Shift+N"),
            tip=translate(
                "WindowActions",
                "Write a note on the selected article (kept with its text, in every export)",
            ),
        )
        self.find = self._action(
            translate("WindowActions", "Search the &library"),
            w.library_panel.focus_search,
            QKeySequence("Ctrl+Shift+F"),
            tip=translate("WindowActions", "Search the library's articles (Ctrl+Shift+F)"),
        )
        self.focus_list = self._action(
            translate("WindowActions", "Go to the article &list"),
            w.focus_list,
            QKeySequence("Ctrl+L"),
        )
        self.focus_reading = self._action(
            translate("WindowActions", "Go to the &text"),
            w.focus_reading,
            QKeySequence("Ctrl+R"),
            tip=translate(
                "WindowActions",
                "Move the keyboard into the article or comparison being read (Enter in the list)",
            ),
        )

        area = w.reading_area
        self.zoom_in = self._action(
            translate("WindowActions", "Zoom &in"),
            area.zoom_in,
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            tip=translate("WindowActions", "Larger reading text"),
        )
        self.zoom_out = self._action(
            translate("WindowActions", "Zoom &out"),
            area.zoom_out,
            QKeySequence("Ctrl+-"),
            tip=translate("WindowActions", "Smaller reading text"),
        )
        self.zoom_reset = self._action(
            translate("WindowActions", "&Reset zoom"),
            area.reset_zoom,
            QKeySequence("Ctrl+0"),
            tip=translate("WindowActions", "Reading text at its usual size"),
        )
        self.next = self._action(
            translate("WindowActions", "&Next discrepancy"),
            area.next_discrepancy,
            QKeySequence("F7"),
            tip=translate(
                "WindowActions", "Go to the next figure the two versions disagree on (F7)"
            ),
            icon=sp.SP_ArrowDown,
        )
        self.previous = self._action(
            translate("WindowActions", "&Previous discrepancy"),
            area.previous_discrepancy,
            QKeySequence("Shift+F7"),
            tip=translate("WindowActions", "Go to the previous discrepancy (Shift+F7)"),
            icon=sp.SP_ArrowUp,
        )
        self.original_text = self._action(
            translate("WindowActions", "&Original text…"),
            w.show_original_text,
            QKeySequence("Ctrl+U"),
            tip=translate(
                "WindowActions", "The article as it was imported, and the file it came from"
            ),
        )
        self.themes = QActionGroup(w)
        for choice, text in THEMES:
            action = self.themes.addAction(translate("WindowActions", text))
            action.setCheckable(True)
            action.setData(choice)
        self.themes.triggered.connect(lambda action: w.set_theme(action.data()))
        # View › Language: each language named in its own script; choosing one rebuilds the
        # window in it at once.
        self.languages = QActionGroup(w)
        for code, name in LANGUAGE_NAMES.items():
            action = self.languages.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current_language())
        self.languages.triggered.connect(lambda action: w.set_language(action.data()))
        self.legend = self._action(
            translate("WindowActions", "&Legend"),
            w.show_legend,
            QKeySequence(keys.HelpContents),
            tip=translate(
                "WindowActions", "What the colours, underlines and marks of a comparison mean"
            ),
        )
        self.lexicon_folder = self._action(
            translate("WindowActions", "&Lexicon folder"),
            w.open_lexicon_folder,
            tip=translate(
                "WindowActions",
                "Open the folder of your own word lists (units, synonyms, places...)",
            ),
        )
        self.about = self._action(translate("WindowActions", "&About Riwaya"), w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        # Delete and F2 act on the articles only while the list has the focus: in the search box
        # they edit the query, in a text they do nothing surprising.
        table = w.library_panel.table
        for action in (self.delete, self.edit):
            w.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
        w.library_panel.set_context_actions([self.edit, self.article_note, self.delete, self.undo])

    def _action(self, text: str, slot, shortcut=None, *, tip: str = "", icon=None) -> QAction:
        window = self._window
        action = QAction(text, window)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def check_language(self, code: str) -> None:
        for action in self.languages.actions():
            action.setChecked(action.data() == code)

    def check_theme(self, choice: str) -> None:
        for action in self.themes.actions():
            action.setChecked(action.data() == choice)


def build_menus(window: QMainWindow, actions: WindowActions) -> None:
    """The menu bar and the toolbar."""
    menus = window.menuBar()
    build_file_menu(menus.addMenu(translate("WindowActions", "&File")), actions)
    build_edit_menu(menus.addMenu(translate("WindowActions", "&Edit")), actions)
    build_view_menu(menus.addMenu(translate("WindowActions", "&View")), actions)
    build_help_menu(menus.addMenu(translate("WindowActions", "&Help")), actions)
    build_toolbar(window, actions)


def build_file_menu(menu: QMenu, actions: WindowActions) -> None:
    menu.addActions([actions.import_files, actions.import_folder])
    menu.addSeparator()
    menu.addActions([actions.new_library, actions.open_library])
    actions.recent_menu = menu.addMenu(translate("WindowActions", "&Recent libraries"))
    actions.recent_menu.setObjectName("recentLibraries")
    menu.addActions([actions.back_up, actions.restore])
    menu.addSeparator()
    menu.addAction(actions.export)
    menu.addSeparator()
    menu.addAction(actions.quit)


def fill_recent_menu(menu: QMenu, paths: list[Path], current: Path, open_library, clear) -> None:
    """The recent libraries, latest first: the one open is checked, a missing one greyed."""
    menu.clear()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number} {path.name} — {path.parent}")
        action.setData(str(path))
        action.setToolTip(str(path))
        action.setCheckable(True)
        action.setChecked(path == current)
        action.setEnabled(path.exists())
        action.triggered.connect(lambda _checked=False, p=path: open_library(p))
    if not paths:
        menu.addAction(translate("WindowActions", "(none yet)")).setEnabled(False)
    menu.addSeparator()
    menu.addAction(translate("WindowActions", "&Clear the list"), clear).setEnabled(bool(paths))


def build_edit_menu(menu: QMenu, actions: WindowActions) -> None:
    menu.addActions([actions.undo, actions.redo])
    menu.addSeparator()
    menu.addActions([actions.edit, actions.article_note, actions.delete])
    menu.addSeparator()
    menu.addActions([actions.find_in_article, actions.find])
    menu.addSeparator()
    menu.addActions([actions.focus_list, actions.focus_reading])


def build_view_menu(menu: QMenu, actions: WindowActions) -> None:
    menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    menu.addSeparator()
    menu.addActions([actions.next, actions.previous])
    menu.addSeparator()
    menu.addAction(actions.original_text)
    menu.addSeparator()
    appearance = menu.addMenu(translate("WindowActions", "&Appearance"))
    appearance.addActions(actions.themes.actions())
    language = menu.addMenu(translate("WindowActions", "&Language"))
    language.setObjectName("languageMenu")
    language.addActions(actions.languages.actions())


def build_help_menu(menu: QMenu, actions: WindowActions) -> None:
    menu.addAction(actions.legend)
    menu.addAction(actions.lexicon_folder)
    menu.addSeparator()
    menu.addAction(actions.about)


def build_toolbar(window: QMainWindow, actions: WindowActions) -> None:
    toolbar = window.addToolBar(translate("WindowActions", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.import_files, actions.import_folder])
    toolbar.addSeparator()
    toolbar.addActions([actions.undo, actions.delete])
    toolbar.addSeparator()
    toolbar.addActions([actions.previous, actions.next])
    toolbar.addSeparator()
    toolbar.addActions([actions.zoom_out, actions.zoom_in])


def menu_titled(menu_bar: QMenuBar, title: str) -> QMenu | None:
    """The menu whose title (without its & mark) is `title`: for tests and extensions."""
    for action in menu_bar.actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None
