"""The analyst's hand on the findings list: mark the current finding Reviewed or Dismissed
(false), write a note on it (buttons above the list and a context menu on it), show or hide the
dismissed ones, and ask for an export.

The bar only asks (`triage_requested`, `note_requested`, `export_requested`); the notes flow
(ui.notes_flow) stores the answer and the list is rebuilt from what the library then holds.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QListView, QMenu, QPushButton, QWidget

from services.models import Triage
from ui.language import translate

# Shown through translate("TriageBar", ...): triage_label / triage_prefix.
TRIAGE_LABELS = {
    Triage.REVIEWED: QT_TRANSLATE_NOOP("TriageBar", "✓ Reviewed"),
    Triage.DISMISSED: QT_TRANSLATE_NOOP("TriageBar", "✗ Dismissed (false)"),
}
TRIAGE_PREFIXES = {
    Triage.REVIEWED: QT_TRANSLATE_NOOP("TriageBar", "Reviewed · "),
    Triage.DISMISSED: QT_TRANSLATE_NOOP("TriageBar", "Dismissed · "),
}


def triage_label(triage: Triage) -> str:
    """ "✓ Reviewed" or "✗ Dismissed (false)" in the interface language ("" when open)."""
    return translate("TriageBar", TRIAGE_LABELS[triage]) if triage in TRIAGE_LABELS else ""


def triage_prefix(triage: Triage) -> str:
    return translate("TriageBar", TRIAGE_PREFIXES[triage]) if triage in TRIAGE_PREFIXES else ""


class TriageBar(QWidget):
    """Buttons over a findings list (`list_view` showing `model`'s findings)."""

    # A finding's key and the Triage asked for; a finding's key whose note is to be written.
    triage_requested = Signal(str, object)
    note_requested = Signal(str)
    export_requested = Signal()

    def __init__(self, list_view: QListView, model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triageBar")
        self._list = list_view
        self._model = model
        self.last_context_menu: QMenu | None = None
        self.reviewed_button = QPushButton(self.tr("✓ Reviewed"), self)
        self.reviewed_button.setToolTip(
            self.tr("Mark the current finding as reviewed (again: unmark)")
        )
        self.reviewed_button.clicked.connect(lambda: self._toggle_current(Triage.REVIEWED))
        self.dismiss_button = QPushButton(self.tr("✗ Dismiss"), self)
        self.dismiss_button.setToolTip(
            self.tr(
                "Dismiss the current finding as false: it moves to the end of the list "
                "(again: bring it back)"
            )
        )
        self.dismiss_button.clicked.connect(lambda: self._toggle_current(Triage.DISMISSED))
        self.note_button = QPushButton(self.tr("✎ Note…"), self)
        self.note_button.setToolTip(self.tr("Write a note on the current finding"))
        self.note_button.clicked.connect(self._note_current)
        self.show_dismissed_box = QCheckBox(self.tr("Show dismissed"), self)
        self.show_dismissed_box.setChecked(True)
        self.show_dismissed_box.setToolTip(
            self.tr("List the findings dismissed as false, at the end")
        )
        self.show_dismissed_box.toggled.connect(lambda _on: self.apply_filter())
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Export this comparison: HTML, PDF, CSV, XLSX or JSON")
        )
        self.export_button.clicked.connect(self.export_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.reviewed_button, self.dismiss_button, self.note_button):
            layout.addWidget(button)
        layout.addWidget(self.show_dismissed_box)
        layout.addStretch(1)
        layout.addWidget(self.export_button)
        list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        list_view.customContextMenuRequested.connect(self._show_context_menu)
        self.refresh()

    def refresh(self) -> None:
        """After the findings changed: hide or show the dismissed, enable what applies."""
        self.apply_filter()
        self.refresh_buttons()

    def apply_filter(self) -> None:
        show = self.show_dismissed_box.isChecked()
        view = self._list
        for row, finding in enumerate(self._model.findings):
            hide = finding.dismissed and not show
            # Only a change: each call relays the list out, and a new comparison runs this
            # several times over its findings (~10 ms of the first one's display).
            if view.isRowHidden(row) != hide:
                view.setRowHidden(row, hide)

    def refresh_buttons(self) -> None:
        has_current = self._finding_at(self._list.currentIndex().row()) is not None
        for button in (self.reviewed_button, self.dismiss_button, self.note_button):
            button.setEnabled(has_current)
        self.export_button.setEnabled(self._model.comparison is not None)

    def _finding_at(self, row: int):
        findings = self._model.findings
        return findings[row] if 0 <= row < len(findings) else None

    def _toggle_current(self, triage: Triage) -> None:
        finding = self._finding_at(self._list.currentIndex().row())
        if finding is not None:
            wanted = Triage.OPEN if finding.triage is triage else triage
            self.triage_requested.emit(finding.key, wanted)

    def _note_current(self) -> None:
        finding = self._finding_at(self._list.currentIndex().row())
        if finding is not None:
            self.note_requested.emit(finding.key)

    def context_menu(self, row: int) -> QMenu | None:
        """The menu for the finding at `row`: Reviewed, Dismissed, Not looked at, Note…"""
        finding = self._finding_at(row)
        if finding is None:
            return None
        menu = QMenu(self)
        for triage, text in (
            (Triage.REVIEWED, self.tr("✓ &Reviewed")),
            (Triage.DISMISSED, self.tr("✗ &Dismissed (false)")),
            (Triage.OPEN, self.tr("&Not looked at")),
        ):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(finding.triage is triage)
            action.triggered.connect(
                lambda _checked=False, t=triage: self.triage_requested.emit(finding.key, t)
            )
        menu.addSeparator()
        menu.addAction(self.tr("✎ &Note…")).triggered.connect(
            lambda _checked=False: self.note_requested.emit(finding.key)
        )
        return menu

    def _show_context_menu(self, position) -> None:
        menu = self.context_menu(self._list.indexAt(position).row())
        if menu is not None:
            self.last_context_menu = menu
            menu.exec(self._list.viewport().mapToGlobal(position))
