"""The print panel the wizard's last page and the case view embed: pick documents, print, save as PDF, preview.

Printing and PDF writing run on the worker through :class:`~desktop.ui.operation.Operation`, so the
window stays responsive; picking a printer or a file name uses non-modal dialogs (``open()``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent, QTextDocumentFragment
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from desktop.services.cases import CaseRecord
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.setup import check_village
from desktop.ui.documents.forms import application_form
from desktop.ui.documents.html import DeskInfo
from desktop.ui.documents.receipts import papers_receipt, please_bring_slip
from desktop.ui.operation import Operation
from desktop.ui.printing import (
    PrintError,
    describe_error,
    font_family,
    named_printer,
    preview_html,
    print_dialog,
    render,
    write_pdf,
)
from desktop.ui.read_aloud import ReadAloudButton
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

translate = QCoreApplication.translate  # the bare name lupdate recognises


@dataclass(frozen=True)
class Printable:
    """One document the panel offers. ``html`` None: nothing to print now (the box is shown disabled)."""

    key: str  # "form", "receipt", "slip", "explanation" ...
    title: str  # translated, shown beside the box
    html: str | None
    checked: bool = True


def desk_info(desk: Desk, today: date | None = None) -> DeskInfo:
    """The service point's names from the shipped division table (the saved name when the code is unknown)."""
    code = desk.settings.village_code or ""
    village, township, county = desk.settings.village_name or "", "", ""
    try:
        found = check_village(code).village if code else None
    except ServiceError:
        found = None
    if found is not None:
        village, township, county = found.name, found.township_name, found.county_name
    return DeskInfo(village, code, township, county, desk.account.display_name, today or date.today())


def case_printables(desk: DeskInfo, record: CaseRecord,
                    group_labels: Mapping[str, str] | None = None) -> list[Printable]:
    """The form, the receipt and, only when papers are missing, the please-bring slip (ticked then)."""
    slip = please_bring_slip(desk, record)
    return [
        Printable("form", translate("PrintPanel", "Application form"), application_form(desk, record, group_labels)),
        Printable("receipt", translate("PrintPanel", "Receipt for the papers"), papers_receipt(desk, record)),
        Printable("slip", translate("PrintPanel", "Please-bring slip for the missing papers") if slip is not None
                  else translate("PrintPanel", "Please-bring slip (no papers missing)"), slip,
                  checked=slip is not None),
    ]


class PrintPanel(QWidget):
    """Checkboxes for the documents, then Print, Save as PDF… and Preview."""

    sig_printed = Signal(list)
    """The keys of the documents sent to the printer."""
    sig_saved = Signal(str)
    """A PDF was written; the path."""

    def __init__(self, documents: Sequence[Printable] = (), printer_name: str | None = None,
                 file_stem: str = "cunbao", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "print_panel")
        font_family()  # register the print font here, on the UI thread, before any worker paints
        self._printer_name = printer_name
        self._file_stem = file_stem
        self._boxes: list[tuple[QCheckBox, Printable]] = []
        self._busy: list[Operation[object]] = []
        self._printer: QPrinter | None = None  # alive while the worker paints on it
        self.chooser: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview: QPrintPreviewDialog | None = None

        self.group = named(QGroupBox(), "print_documents")
        self._box_layout = QVBoxLayout(self.group)
        self.print_button = named(QPushButton(), "print_button")
        self.pdf_button = named(QPushButton(), "print_pdf_button")
        self.preview_button = named(QPushButton(), "print_preview_button")
        self.status = wrapping_label("print_status")
        # the 明白纸 is for residents who may not read well: it can be heard before it is taken home
        self.read_aloud = ReadAloudButton(self._explanation_text, self)

        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addWidget(self.read_aloud)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.preview_button.clicked.connect(self.show_preview)
        self.set_documents(documents)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.group.setTitle(self.tr("Documents to print"))
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setAccessibleName(self.tr("Print the ticked documents"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the ticked documents as a PDF file"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setAccessibleName(self.tr("Preview the ticked documents"))
        self.status.setAccessibleName(self.tr("What happened to the last print or PDF"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # Qt keeps a chain set while the panel is being built or moved to its window in the order the children
        # were made; set once more where it shows
        self._order_tabs()
        super().showEvent(event)

    # --- documents -----------------------------------------------------------------------------
    def set_documents(self, documents: Sequence[Printable]) -> None:
        for box, _ in self._boxes:
            self._box_layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        for document in documents:
            box = named(QCheckBox(document.title), f"print_{document.key}")
            box.setAccessibleName(document.title)
            box.setChecked(document.checked and document.html is not None)
            box.setEnabled(document.html is not None)
            box.toggled.connect(self._update_buttons)
            self._box_layout.addWidget(box)
            self._boxes.append((box, document))
        self.read_aloud.setVisible(bool(self._explanation_text()))
        self._order_tabs()
        self._update_buttons()

    def _order_tabs(self) -> None:
        """Tab as the panel reads: the ticked documents, the 明白纸's read-aloud keys, then the buttons (the boxes
        are made after the buttons below them, so Qt would put them last)."""
        keys = self.read_aloud
        chain = [*(box for box, _ in self._boxes), keys.play_button, keys.stop_button, keys.repeat_button,
                 keys.speed_combo, self.print_button, self.pdf_button, self.preview_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _explanation_text(self) -> str:
        """The 明白纸 as words to read out ("" when there is none to print)."""
        html = next((d.html for _, d in self._boxes if d.key == "explanation" and d.html), "")
        return QTextDocumentFragment.fromHtml(html).toPlainText() if html else ""

    def box(self, key: str) -> QCheckBox | None:
        return next((box for box, document in self._boxes if document.key == key), None)

    def selected(self) -> list[Printable]:
        return [document for box, document in self._boxes if box.isChecked() and document.html is not None]

    def _htmls(self) -> list[str]:
        return [document.html for document in self.selected() if document.html is not None]

    def _update_buttons(self) -> None:
        idle = not self._busy
        chosen = bool(self.selected())
        for button in (self.print_button, self.pdf_button, self.preview_button):
            button.setEnabled(idle and chosen)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        # the theme's problem look (words in a frame, its colours checked for contrast in every mode)
        set_role(self.status, "problem" if problem else "")

    # --- printing ------------------------------------------------------------------------------
    def print_selected(self) -> None:
        """To the desk's printer; when it is missing, the assistant picks one (non-modal dialog)."""
        if not self.selected():
            return
        printer = named_printer(self._printer_name)
        if printer is not None:
            self._print_on(printer)
            return
        if not QPrinterInfo.availablePrinters():
            self._say(describe_error(PrintError(PrintError.NO_PRINTER)), problem=True)
            return
        printer, dialog = print_dialog(self)
        self._printer, self.chooser = printer, dialog
        dialog.accepted.connect(lambda: self._print_on(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # what QDialog.open() does; QPrintDialog's stub only knows open(receiver, slot)

    def _print_on(self, printer: QPrinter) -> None:
        keys = [document.key for document in self.selected()]
        htmls = self._htmls()  # read the boxes here: the worker must not touch widgets
        self._printer = printer
        self._run(lambda progress: render(printer, htmls), self.tr("Printing…"),
                  lambda _pages: self._printed(keys), printer.printerName())

    def _printed(self, keys: list[str]) -> None:
        self._say(self.tr("Sent to the printer. Take the pages from the printer and check them."))
        self.sig_printed.emit(keys)

    # --- PDF -----------------------------------------------------------------------------------
    def ask_pdf_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save as PDF"), str(Path(folder) / f"{self._file_stem}.pdf"),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda name: self.save_pdf(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> None:
        """Write the ticked documents to ``path`` on the worker; the outcome shows under the buttons."""
        if not self.selected():
            return
        htmls = self._htmls()
        self._run(lambda progress: write_pdf(htmls, path), self.tr("Saving the PDF…"),
                  lambda _result: self._saved(path), str(path))

    def _saved(self, path: Path) -> None:
        self._say(self.tr("Saved as %1").replace("%1", str(path)))
        self.sig_saved.emit(str(path))

    # --- preview -------------------------------------------------------------------------------
    def show_preview(self) -> None:
        if self.selected():
            self.preview = preview_html(self._htmls(), self)

    # --- running -------------------------------------------------------------------------------
    def _run(self, work: Callable[[Progress], object], label: str, done: Callable[[object], None],
             target: str) -> None:
        def finished(result: object) -> None:
            self._finish(operation)
            done(result)

        def failed(error: BaseException) -> None:
            self._finish(operation)
            self._say(describe_error(error, target), problem=True)

        operation: Operation[object] = Operation(work, finished, failed, self, label, cancellable=False)
        self._busy.append(operation)
        self._say(label)
        self._update_buttons()
        operation.start()

    def _finish(self, operation: Operation[object]) -> None:
        if operation in self._busy:
            self._busy.remove(operation)
        self._printer = None if not self._busy else self._printer
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return bool(self._busy)


class PrintDialog(QDialog):
    """The print panel in a window of its own (the case view's "Print…")."""

    def __init__(self, documents: Sequence[Printable], printer_name: str | None, file_stem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "print_dialog")
        self.panel = PrintPanel(documents, printer_name, file_stem, self)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "print_dialog_buttons")
        self.buttons.rejected.connect(self.reject)
        self.hint = named(QLabel(), "print_dialog_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print"))
        self.hint.setText(self.tr("Tick what to print. The resident signs the form and takes the receipt and "
                                  "the slip home."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
