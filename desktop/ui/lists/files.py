"""Choosing a list file and where to save the rows to fix: non-modal file dialogs (tests can drive them)
that start in the folder used last time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.widgets import named

_FOLDER_KEY = "lists/folder"


def last_folder() -> str:
    value = QSettings().value(_FOLDER_KEY, "")
    folder = str(value) if value else ""
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(path: Path) -> None:
    QSettings().setValue(_FOLDER_KEY, str(path.parent))


def _dialog(parent: QWidget, title: str, chosen: Callable[[Path], None], name: str) -> QFileDialog:
    dialog = named(QFileDialog(parent, title, last_folder()), name)

    def selected(text: str) -> None:
        path = Path(text)
        remember_folder(path)
        chosen(path)

    dialog.fileSelected.connect(selected)
    return dialog


def open_list_file(parent: QWidget, chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask for a list file (.xlsx, .xls, .csv); ``chosen(path)`` runs once one is picked."""
    title = QCoreApplication.translate("ListFiles", "Choose the list file")
    dialog = _dialog(parent, title, chosen, "list_file_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([QCoreApplication.translate("ListFiles", "Lists (*.xlsx *.xls *.csv)"),
                           QCoreApplication.translate("ListFiles", "All files (*)")])
    dialog.open()
    return dialog


def save_problem_file(parent: QWidget, suggested: str, chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask where to save the rows to fix as an Excel file for the office that sent the list."""
    title = QCoreApplication.translate("ListFiles", "Save the rows to fix")
    dialog = _dialog(parent, title, chosen, "problem_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("xlsx")
    dialog.setNameFilters([QCoreApplication.translate("ListFiles", "Excel workbook (*.xlsx)")])
    dialog.selectFile(suggested)
    dialog.open()
    return dialog
