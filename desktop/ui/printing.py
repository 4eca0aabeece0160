"""Print HTML documents (forms, receipts, the 明白纸) to a printer or to PDF, A4, with the bundled CJK font.

Documents are built as HTML strings by :mod:`desktop.ui.documents.html`; this module lays them out with a
``QTextDocument`` on the printer's own resolution and paints page by page, so every page also gets a
line at the bottom with the document's ``<title>`` and "page x of y" (QTextDocument's HTML has no running
footer of its own).

Painting works off the UI thread (QPainter on a QPrinter is not a widget), so the print panel runs
:func:`render` through ``desktop.ui.operation.Operation``; choosing a printer (a dialog) stays on the UI thread.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.application import FONT_FAMILY, load_font

translate = QCoreApplication.translate  # the bare name lupdate recognises

# A wider left margin leaves room for the county's two-hole punch; the bottom one holds the page line.
MARGINS_MM = QMarginsF(20.0, 14.0, 14.0, 12.0)
FOOTER_MM = 7.0
BODY_PT = 11.0
FOOTER_PT = 8.0


@dataclass(frozen=True)
class DocumentStyle:
    """Type sizes of a printed document. ``scale`` 1.0 for forms, about 1.6 for the large-type 明白纸;
    the HTML helpers multiply every font size (and the boxes' captions) by it."""

    scale: float = 1.0
    body: float = BODY_PT

    def pt(self, size: float) -> str:
        """A CSS font size: ``size`` points at scale 1, scaled."""
        return f"{size * self.scale:.1f}pt"

    @property
    def body_pt(self) -> str:
        return self.pt(self.body)

    @property
    def small_pt(self) -> str:
        return self.pt(self.body * 0.82)

    @property
    def title_pt(self) -> str:
        return self.pt(self.body * 1.6)

    @property
    def heading_pt(self) -> str:
        return self.pt(self.body * 1.2)


NORMAL = DocumentStyle()
LARGE = DocumentStyle(scale=1.6)


class PrintError(Exception):
    """Printing failed for a reason the assistant can act on; ``reason`` picks the words."""

    NO_PRINTER = "no_printer"
    CANNOT_START = "cannot_start"
    INCOMPLETE = "incomplete"

    def __init__(self, reason: str, target: str = "") -> None:
        super().__init__(f"{reason}: {target}")
        self.reason = reason
        self.target = target


_font_lock = threading.Lock()
_font_family: str | None = None


def font_family() -> str:
    """The bundled CJK family, registered once (the tests' QApplication never set it as app font)."""
    global _font_family
    with _font_lock:
        if _font_family is None:
            _font_family = FONT_FAMILY if FONT_FAMILY in QFontDatabase.families() else load_font()
        return _font_family


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(page_layout())
    printer.setCreator("Cunbao")
    return printer


def _layout(html: str, printer: QPrinter, body: QRectF, footer: float) -> QTextDocument:
    doc = QTextDocument()
    # the default font is what gets embedded; naming the family keeps Qt from picking a Japanese face
    doc.setDefaultFont(QFont(font_family(), int(BODY_PT)))
    doc.documentLayout().setPaintDevice(printer)  # points and images measured at the printer's resolution
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(body.width(), body.height() - footer))
    _keep_tables_together(doc)
    return doc


def _keep_tables_together(doc: QTextDocument) -> None:
    """Move a table that fits on one page but would be cut by a page end to the next page, with the
    one-line heading just above it: QTextDocument cuts table rows anywhere, and a signature box split
    over two sheets cannot be signed (CSS ``page-break-inside`` is not supported)."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        rect = layout.frameBoundingRect(frame)  # laid out again after every change above it
        if rect.height() >= height or int(rect.top() // height) == int((rect.bottom() - 1) // height):
            continue
        heading = doc.findBlock(frame.firstPosition()).previous()
        if heading.isValid() and heading.text().strip() and heading.layout().lineCount() == 1 \
                and frame.firstPosition() - heading.position() <= heading.length() + 1:
            cursor = QTextCursor(heading)
            block_format = heading.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
        else:
            table_format = frame.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(table_format)


def _paint_page(painter: QPainter, doc: QTextDocument, index: int, width: float, footer: float) -> None:
    """One page of a laid-out document at the painter's origin (the top left of the printable area)."""
    height = doc.pageSize().height()
    painter.save()
    painter.translate(0, -index * height)
    doc.drawContents(painter, QRectF(0, index * height, width, height))
    painter.restore()
    # in the layout's pixels, so a picture of the page scales it like the rest
    font = QFont(font_family())
    font.setPixelSize(max(1, round(FOOTER_PT / 72 * doc.documentLayout().paintDevice().logicalDpiY())))
    painter.setFont(font)
    line = QRectF(0, height, width, footer)
    bottom = Qt.AlignmentFlag.AlignBottom
    # the title (with the case reference) names a sheet that got separated from the others
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | bottom),
                     doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | bottom),
                     translate("Printing", "Page %1 of %2").replace("%1", str(index + 1))
                     .replace("%2", str(doc.pageCount())))


def render(printer: QPrinter, htmls: Sequence[str]) -> int:
    """Paint the documents one after another on ``printer`` (each starts on a new page); the page count.

    Any thread: the caller owns ``printer`` and nothing here touches a widget.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(PrintError.CANNOT_START, printer.outputFileName() or printer.printerName())
    # PDF images are JPEG-compressed otherwise; a QR code wants its square edges exact
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    pages = 0
    try:
        body = printer.pageRect(QPrinter.Unit.DevicePixel)
        footer = FOOTER_MM / 25.4 * printer.resolution()
        for html in htmls:
            doc = _layout(html, printer, body, footer)
            for index in range(doc.pageCount()):
                if pages:
                    printer.newPage()
                pages += 1
                _paint_page(painter, doc, index, body.width(), footer)
    finally:
        painter.end()
    return pages


def page_images(html: str | Sequence[str], dpi: float = 96.0) -> list[QImage]:
    """Every page as printing lays it out (A4, margins, the foot line), as pictures to show on screen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # measures A4; nothing is written
    printer.setPageLayout(page_layout())
    body = printer.pageRect(QPrinter.Unit.DevicePixel)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    footer = FOOTER_MM / 25.4 * printer.resolution()
    scale = dpi / printer.resolution()
    images: list[QImage] = []
    for one in [html] if isinstance(html, str) else html:
        doc = _layout(one, printer, body, footer)
        for index in range(doc.pageCount()):
            image = QImage(round(paper.width() * scale), round(paper.height() * scale), QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(scale, scale)
            painter.translate(body.left() - paper.left(), body.top() - paper.top())
            _paint_page(painter, doc, index, body.width(), footer)
            painter.end()
            images.append(image)
    return images


def _check_complete(path: Path) -> None:
    """Qt reports no write errors for PDF files; a full disk shows as a file cut short."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 64))
            tail = handle.read()
    except OSError as exc:
        raise PrintError(PrintError.INCOMPLETE, str(path)) from exc
    if size == 0 or b"%%EOF" not in tail:
        raise PrintError(PrintError.INCOMPLETE, str(path))


def write_pdf(html: str | Sequence[str], path: Path) -> None:
    """Write one document, or several one after another, to a PDF at ``path`` (A4).

    Atomic: a temporary file beside the target is renamed over it only when complete, so a failure
    never leaves half a PDF nor destroys an older one. Raises ``OSError`` (no permission, disk full)
    or :class:`PrintError`.
    """
    htmls = [html] if isinstance(html, str) else list(html)
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".pdf.part")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        render(pdf_printer(tmp), htmls)
        _check_complete(tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def named_printer(printer_name: str | None) -> QPrinter | None:
    """A printer set up for A4, or None when no such printer is installed (any more)."""
    if not printer_name:
        return None
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def print_dialog(parent: QWidget | None) -> tuple[QPrinter, QPrintDialog]:
    """A print dialog on a fresh A4 printer, not yet shown (the caller opens or executes it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    return printer, dialog


def choose_printer(parent: QWidget | None, printer_name: str | None) -> QPrinter | None:
    """The desk's printer, or the one the assistant picks when it is missing; None on Cancel."""
    printer = named_printer(printer_name)
    if printer is not None:
        return printer
    printer, dialog = print_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_html(html: str | Sequence[str], parent: QWidget | None, printer_name: str | None) -> bool:
    """Print now (on the UI thread) to ``printer_name``, asking for a printer when it is missing.
    False when the assistant cancelled."""
    printer = choose_printer(parent, printer_name)
    if printer is None:
        return False
    render(printer, [html] if isinstance(html, str) else list(html))
    return True


def preview_html(html: str | Sequence[str], parent: QWidget | None) -> QPrintPreviewDialog:
    """Show a non-modal print preview (it can print from there too); returned so tests can close it."""
    htmls = [html] if isinstance(html, str) else list(html)
    dialog = QPrintPreviewDialog(parent)
    dialog.printer().setPageLayout(page_layout())
    dialog.setWindowTitle(translate("Printing", "Print preview"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(lambda printer: render(printer, htmls))
    dialog.setModal(False)  # the assistant may keep the preview open beside the form
    dialog.show()
    return dialog


def describe_error(error: BaseException, target: str = "") -> str:
    """What went wrong while printing or saving, and what to do, in the assistant's words."""
    where = target or (str(error.filename or "") if isinstance(error, OSError) else "")
    if isinstance(error, PrintError):
        where = error.target or target
        if error.reason == PrintError.NO_PRINTER:
            return translate("Printing", "No printer is set up on this computer. Connect the printer, switch it "
                             "on and install it in the system settings, or use \"Save as PDF\" and print the file "
                             "elsewhere.")
        if error.reason == PrintError.CANNOT_START:
            return translate("Printing", "The printer or file \"%1\" could not be opened. Check that the printer "
                             "is switched on and has paper, or save the PDF in another folder.").replace("%1", where)
        return translate("Printing", "The PDF \"%1\" could not be written completely. The disk may be full: "
                         "delete old files or save to a USB stick, then try again.").replace("%1", where)
    if isinstance(error, PermissionError):
        return translate("Printing", "Cunbao may not write to \"%1\". Choose another folder, for example your "
                         "Documents folder, or a USB stick.").replace("%1", where)
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Printing", "The disk is full, so \"%1\" was not saved. Delete old files or save to a "
                         "USB stick, then try again.").replace("%1", where)
    if isinstance(error, FileNotFoundError):
        return translate("Printing", "The folder for \"%1\" does not exist (was the USB stick taken out?). "
                         "Choose another folder and try again.").replace("%1", where)
    if isinstance(error, OSError):
        return translate("Printing", "\"%1\" could not be saved (%2). Check that the folder exists and the USB "
                         "stick is still plugged in, then try again.").replace("%1", where) \
            .replace("%2", error.strerror or str(error))
    return translate("Printing", "Printing failed (%1). Try again; if it keeps failing, save as PDF "
                     "instead.").replace("%1", str(error))
