"""The first step of importing a list: the file, the office that sent it, and strict mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.lists import ListSource
from desktop.ui.lists.common import problem_label
from desktop.ui.lists.files import open_list_file
from desktop.ui.lists.labels import SOURCES, source_label
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label


class ChooseStep(QWidget):
    sig_changed = Signal()
    """The file or the office changed: what was read before no longer holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = set_role(named(QLabel(), "choose_heading"), "heading")
        self.file_edit = named(QLineEdit(), "file_edit")
        self.browse_button = named(QPushButton(), "browse_button")
        self.source_combo = named(QComboBox(), "source_combo")
        for source in SOURCES:
            self.source_combo.addItem("", str(source))
        self.strict_check = named(QCheckBox(), "strict_check")
        self.strict_note = wrapping_label("strict_note")
        set_role(self.strict_note, "hint")
        self.problem = problem_label("choose_problem")
        self.file_label = named(QLabel(), "file_label")
        self.file_label.setBuddy(self.file_edit)
        self.source_label = named(QLabel(), "source_label")
        self.source_label.setBuddy(self.source_combo)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.file_label, row)
        form.addRow(self.source_label, self.source_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.strict_check)
        layout.addWidget(self.strict_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.browse_button.clicked.connect(lambda: open_list_file(self, self.set_path))
        self.file_edit.textChanged.connect(self.sig_changed)
        self.source_combo.currentIndexChanged.connect(self.sig_changed)
        self.strict_check.toggled.connect(self.sig_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Which list do you want to import?"))
        self.file_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("C&hoose…"))
        self.source_label.setText(self.tr("Sent &by:"))
        for index in range(self.source_combo.count()):
            self.source_combo.setItemText(index, source_label(str(self.source_combo.itemData(index))))
        self.strict_check.setText(self.tr("&Strict: import nothing if any row has a problem"))
        self.strict_note.setText(self.tr(
            "Without strict mode the good rows are imported and the rows with problems are listed for the office "
            "to fix. Choose strict mode when the office must send a corrected file before anything counts."))
        self.file_edit.setAccessibleName(self.tr("List file"))
        self.file_edit.setPlaceholderText(self.tr("An .xlsx, .xls or .csv file from the office"))
        self.browse_button.setAccessibleName(self.tr("Choose the list file"))
        self.source_combo.setAccessibleName(self.tr("Office that sent the list"))
        self.strict_check.setAccessibleName(self.tr("Strict mode: import nothing if any row has a problem"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_path(self, path: Path) -> None:
        self.file_edit.setText(str(path))

    def set_source(self, source: ListSource) -> None:
        self.source_combo.setCurrentIndex(self.source_combo.findData(str(source)))

    @property
    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text) if text else None

    @property
    def source(self) -> ListSource:
        return ListSource(str(self.source_combo.currentData()))

    @property
    def strict(self) -> bool:
        return self.strict_check.isChecked()
