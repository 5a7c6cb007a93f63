"""View › Language: the window built again in the other language, on the same library, with
the same articles selected, where the old one stood; the old one closes.

Rebuilding rather than retranslating each widget in place: every string, and the mirrored
layout of Arabic, come out as a fresh start in that language would show them, with nothing
left behind in the language before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.language import apply_language, current_language, translate

# Windows built here are kept alive until closed (nothing else holds a reference to them).
_OPEN_WINDOWS: set = set()


def switch_language(window, code: str, make_window):
    """Show `window`'s library in language `code` and return the window showing it: a new
    one built by `make_window` (the MainWindow class), or `window` itself if the language is
    already `code` or an import is running (switching would interrupt it)."""
    if code == current_language():
        return window
    if window.imports.is_running():
        window.commands.check_language(current_language())
        window.statusBar().showMessage(
            translate("MainWindow", "Wait for the import to finish before changing the language."),
            8000,
        )
        return window
    if window._remember:
        window.settings.set_language(code)
    window.save_layout()
    apply_language(QApplication.instance(), code)
    from services.library import Library

    replacement = make_window(
        # The new window runs the quick check in the background, as at start-up.
        Library.open(window.db_path, check=False),
        window.db_path,
        settings=window.settings,
        remember=window._remember,
        remember_library=window._remember_library,
        show_summaries=window._show_summaries,
    )
    replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not window._remember:  # nothing saved for it to restore: carry the layout over
        replacement.setGeometry(window.geometry())
        replacement.splitter.setSizes(window.splitter.sizes())
    replacement.library_panel.select_ids(window.library_panel.selected_ids())
    _OPEN_WINDOWS.add(replacement)
    replacement.destroyed.connect(lambda *_: _OPEN_WINDOWS.discard(replacement))
    replacement.show()
    window.language_changed.emit(replacement)
    window.close()
    return replacement
