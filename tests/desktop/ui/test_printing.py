"""Printing HTML to PDF and printers, and the print panel the wizards and the case view embed."""

from __future__ import annotations

import errno
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import printing
from desktop.ui.documents.html import Html, document, keep_together, page_break, paragraph, signature_boxes
from desktop.ui.print_preview import Printable, PrintDialog, PrintPanel, case_printables
from desktop.ui.printing import LARGE, NORMAL, PrintError, describe_error, pdf_printer, write_pdf
from tests.desktop.ui.test_documents import DESK, PAPERS, make_record


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


def page_line(number: int, count: int) -> str:
    return QCoreApplication.translate("Printing", "Page %1 of %2").replace("%1", str(number)) \
        .replace("%2", str(count))


def test_style_scales_every_font_size() -> None:
    assert NORMAL.pt(10) == "10.0pt"
    assert LARGE.pt(10) == "16.0pt"
    assert float(LARGE.title_pt[:-2]) == pytest.approx(1.6 * float(NORMAL.title_pt[:-2]), abs=0.1)


def test_page_break_and_several_documents_each_start_a_page(tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    first = document(Html(paragraph("甲页") + page_break() + paragraph("乙页")), title="文件一 CB1")
    write_pdf([first, document(paragraph("丙页"), title="文件二 CB2")], path)
    pages = pdf_pages(path)
    assert len(pages) == 3
    assert "甲页" in pages[0]
    assert "乙页" in pages[1]
    assert "丙页" in pages[2]
    # every sheet names its document and counts the pages of that document
    assert "文件一 CB1" in pages[1]
    assert page_line(2, 2) in pages[1]
    assert "文件二 CB2" in pages[2]
    assert page_line(1, 1) in pages[2]


def test_signature_boxes_are_never_cut_by_a_page_end(tmp_path: Path) -> None:
    # from 30 to 60 lines before them, the boxes meet the first page's end whatever the line height
    boxes = keep_together(Html(paragraph("本人确认") + signature_boxes(["本人签字", "指纹"])))
    for lines in range(30, 60, 3):
        html = document(Html("".join(paragraph(f"第{i}行") for i in range(lines)) + boxes))
        printer = pdf_printer(tmp_path / "x.pdf")
        body = printer.pageRect(QPrinter.Unit.DevicePixel)
        doc = printing._layout(html, printer, body, 0.0)
        height = doc.pageSize().height()
        table = list(doc.rootFrame().childFrames())[-1]
        rect = doc.documentLayout().frameBoundingRect(table)
        assert int(rect.top() // height) == int((rect.bottom() - 1) // height), lines


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(b"old")

    def broken(printer: QPrinter, htmls: list[str]) -> int:
        raise PrintError(PrintError.INCOMPLETE, str(path))

    monkeypatch.setattr(printing, "render", broken)
    with pytest.raises(PrintError):
        write_pdf(document(paragraph("新")), path)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["form.pdf"]


def test_cut_short_pdf_is_refused(tmp_path: Path) -> None:
    short = tmp_path / "short.pdf"
    short.write_bytes(b"%PDF-1.4\n1 0 obj")
    with pytest.raises(PrintError):
        printing._check_complete(short)


def test_missing_folder_raises_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_pdf(document(paragraph("x")), tmp_path / "no-such-folder" / "a.pdf")


ERRORS: list[BaseException] = [
    PermissionError(errno.EACCES, "Permission denied", "/mnt/usb/a.pdf"),
    OSError(errno.ENOSPC, "No space left on device", "/mnt/usb/a.pdf"),
    FileNotFoundError(errno.ENOENT, "No such file or directory", "/mnt/usb/a.pdf"),
    PrintError(PrintError.INCOMPLETE, "/mnt/usb/a.pdf"),
    PrintError(PrintError.CANNOT_START, "/mnt/usb/a.pdf"),
]


def test_errors_name_the_file_and_differ_by_cause() -> None:
    texts = [describe_error(e) for e in ERRORS]
    assert all("/mnt/usb/a.pdf" in text for text in texts)
    assert len(set(texts)) == len(ERRORS)
    assert describe_error(PrintError(PrintError.NO_PRINTER)) not in texts


def test_missing_printer_falls_back_to_the_print_dialog_and_cancel_returns_false(qtbot: QtBot) -> None:
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert dialog is not None
        dialog.close()

    QTimer.singleShot(100, cancel)
    assert printing.print_html(document(paragraph("x")), None, "no such printer") is False
    assert seen == ["QPrintDialog"]


def test_preview_is_not_modal_and_shows_every_page(qtbot: QtBot) -> None:
    dialog = printing.preview_html([document(Html(paragraph("一") + page_break() + paragraph("二"))),
                                    document(paragraph("三"))], None)
    try:
        assert dialog.isVisible()
        assert not dialog.isModal()
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        qtbot.waitUntil(lambda: widget.pageCount() == 3)
    finally:
        dialog.close()


# --- the print panel --------------------------------------------------------------------------------

def test_slip_ticked_only_when_papers_are_missing(qtbot: QtBot) -> None:
    missing = PrintPanel(case_printables(DESK, make_record()))
    qtbot.addWidget(missing)
    slip = missing.box("slip")
    assert slip is not None
    assert slip.isChecked()
    assert slip.isEnabled()

    complete = tuple(replace(p, received=True) for p in PAPERS)
    done = PrintPanel(case_printables(DESK, make_record(papers=complete)))
    qtbot.addWidget(done)
    slip = done.box("slip")
    assert slip is not None
    assert not slip.isChecked()
    assert not slip.isEnabled()
    assert [p.key for p in done.selected()] == ["form", "receipt"]


def test_save_as_pdf_writes_the_ticked_documents_off_the_ui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    panel = PrintPanel(case_printables(DESK, make_record()))
    qtbot.addWidget(panel)
    receipt = panel.box("receipt")
    assert receipt is not None
    receipt.setChecked(False)
    path = tmp_path / "case.pdf"
    with qtbot.waitSignal(panel.sig_saved, timeout=10000) as saved:
        panel.save_pdf(path)
        assert panel.busy
        assert not panel.print_button.isEnabled()
    assert saved.args == [str(path)]
    assert not panel.busy
    assert panel.pdf_button.isEnabled()
    text = "".join(pdf_pages(path))
    assert "CB7K2M9QXA" in text
    assert QCoreApplication.translate("Receipts", "Receipt for papers handed in") not in text
    assert QCoreApplication.translate("Receipts", "Please bring these papers") in text
    assert str(path) in panel.status.text()


def test_failed_save_shows_how_to_fix_it(qtbot: QtBot, tmp_path: Path) -> None:
    panel = PrintPanel([Printable("form", "表", document(paragraph("x")))])
    qtbot.addWidget(panel)
    target = tmp_path / "gone" / "a.pdf"
    panel.save_pdf(target)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert panel.status.property("problem") is True
    assert str(target) in panel.status.text()


def test_nothing_ticked_disables_the_buttons(qtbot: QtBot) -> None:
    panel = PrintPanel([Printable("form", "表", document(paragraph("x")))])
    qtbot.addWidget(panel)
    box = panel.box("form")
    assert box is not None
    box.setChecked(False)
    assert not panel.print_button.isEnabled()
    assert not panel.pdf_button.isEnabled()
    assert not panel.preview_button.isEnabled()


def test_print_without_any_printer_says_what_to_do(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.print_preview.QPrinterInfo.availablePrinters", staticmethod(list))
    panel = PrintPanel([Printable("form", "表", document(paragraph("x")))], printer_name="gone")
    qtbot.addWidget(panel)
    panel.print_button.click()
    assert panel.status.text() == describe_error(PrintError(PrintError.NO_PRINTER))
    assert panel.chooser is None


def test_print_runs_on_the_worker_onto_the_chosen_printer(qtbot: QtBot, tmp_path: Path) -> None:
    panel = PrintPanel(case_printables(DESK, make_record()))
    qtbot.addWidget(panel)
    path = tmp_path / "printer.pdf"  # a PDF printer stands in for paper
    with qtbot.waitSignal(panel.sig_printed, timeout=10000) as printed:
        panel._print_on(pdf_printer(path))
    assert printed.args == [["form", "receipt", "slip"]]
    assert len(pdf_pages(path)) >= 4


def test_missing_desk_printer_opens_a_printer_chooser_without_blocking(qtbot: QtBot,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.print_preview.QPrinterInfo.availablePrinters", staticmethod(lambda: ["x"]))
    panel = PrintPanel([Printable("form", "表", document(paragraph("x")))], printer_name="gone")
    qtbot.addWidget(panel)
    panel.print_button.click()
    chooser = panel.chooser
    assert chooser is not None
    assert chooser.isVisible()
    chooser.reject()
    assert not panel.busy


def test_page_pictures_match_the_printed_pages() -> None:
    html = document(Html(paragraph("一") + page_break() + paragraph("二")), title="文件 CB1")
    images = printing.page_images([html, document(paragraph("三"))], dpi=50)
    assert len(images) == 3
    a4_ratio = 297 / 210
    assert images[0].height() / images[0].width() == pytest.approx(a4_ratio, rel=0.01)
    # something is drawn on each page, not a blank sheet
    assert all(any(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 2)
                   for y in range(0, image.height(), 2)) for image in images)


def _tab_stops(start: QWidget, count: int) -> list[str]:
    """What Tab visits from ``start`` (object names, else class names), skipping what Tab does not stop at."""
    names: list[str] = []
    widget = start
    while len(names) < count:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            names.append(widget.objectName() or type(widget).__name__)
        widget = widget.nextInFocusChain()
    return names


def test_tab_goes_from_the_ticked_documents_to_the_read_aloud_then_the_buttons(qtbot: QtBot) -> None:
    documents = [*case_printables(DESK, make_record()), Printable("explanation", "明白纸", document(paragraph("说明")))]
    dialog = PrintDialog(documents, None, "case")  # the panel is built before it is in its window, as in use
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.panel.box("form")
    assert first is not None
    assert _tab_stops(first, 12) == ["print_form", "print_receipt", "print_slip", "print_explanation",
                                     "read_aloud_play", "read_aloud_stop", "read_aloud_repeat", "read_aloud_speed",
                                     "print_button", "print_pdf_button", "print_preview_button",
                                     "QPushButton"]  # the dialog's Close, below the panel
