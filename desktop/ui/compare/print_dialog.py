"""The dashboard's print window: the desk's print panel (print, save as PDF when no printer works, preview)
with the one-page report, and words that fit a report rather than a case's forms."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.ui.print_preview import Printable, PrintPanel
from desktop.ui.widgets import named, wrapping_label


class ReportPrintDialog(QDialog):
    def __init__(self, report: Printable, printer_name: str | None, file_stem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "report_print_dialog")
        self.hint = wrapping_label("report_print_hint")
        self.panel = PrintPanel([report], printer_name, file_stem, self)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "report_print_buttons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self._order_tabs(report.key)
        self.retranslate_ui()

    def _order_tabs(self, key: str) -> None:
        """Tab in reading order: the panel makes its document boxes after its buttons, though they stand above."""
        box = self.panel.box(key)
        chain: list[QWidget] = [box] if box is not None else []
        chain += [self.panel.print_button, self.panel.pdf_button, self.panel.preview_button, *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print the figures"))
        self.hint.setText(self.tr("The figures and both charts fit on one A4 page. Without a printer, save a PDF "
                                  "and print it elsewhere or send it to the township."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
