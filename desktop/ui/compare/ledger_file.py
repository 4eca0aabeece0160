"""Where to save the management ledger: a non-modal save dialog (tests can drive it) that starts in the
folder used last time for list files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.lists.files import last_folder, remember_folder
from desktop.ui.widgets import named


def save_ledger_file(parent: QWidget, suggested: str, chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask where to save the ledger (.xlsx); ``chosen(path)`` runs once a name is given."""
    title = QCoreApplication.translate("CompareScreens", "Save the management ledger")
    dialog = named(QFileDialog(parent, title, last_folder()), "ledger_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("xlsx")
    dialog.setNameFilters([QCoreApplication.translate("CompareScreens", "Excel workbook (*.xlsx)")])
    dialog.selectFile(suggested)

    def selected(text: str) -> None:
        path = Path(text)
        remember_folder(path)
        chosen(path)

    dialog.fileSelected.connect(selected)
    dialog.open()
    return dialog
