"""Line and paragraph spacing of running text on screen (MIIT 1.2: lines ≥ 1.3× apart in 适老化 mode,
paragraphs ≥ 1.3× the line spacing apart).

Qt has no stylesheet property for the spacing of a label's lines, and a plain-text label draws with the
font's own line height. So the spacing lives in three places, all read from one application property the
display mode sets (:data:`LINE_SPACING_PROPERTY`, a factor; 1.0 is the font's own spacing):

- :class:`SpacedLabel` (made by ``desktop.ui.widgets.wrapping_label``) lays out and paints its wrapped text
  with a :class:`QTextDocument` spaced by that factor, and answers ``heightForWidth`` from the same document,
  so layouts make room for the wider lines;
- :func:`space_document` spaces a document's blocks, and :func:`spacing_css` is the default stylesheet for
  HTML set later; the display mode applies both (:func:`space_text_view`) to every read-only rich text view
  (QTextBrowser, QTextEdit) there is when the mode changes, and to each one made while it is on;
- HTML the app builds for screen may carry :func:`spacing_css` itself.

Printed documents never pass through here: paper keeps its own layout.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QWidget

LINE_SPACING_PROPERTY = "cunbao_line_spacing"
SPACED_PROPERTY = "cunbao_spaced"  # the factor a rich text view was last spaced with
PARAGRAPH_FACTOR = 1.3  # MIIT 1.2: paragraphs at least 1.3× the line spacing apart


def line_factor() -> float:
    """The line spacing the current display mode asks for (1.0: the font's own)."""
    app = QCoreApplication.instance()
    value = app.property(LINE_SPACING_PROPERTY) if app is not None else None
    return float(value) if isinstance(value, (int, float)) and value >= 1.0 else 1.0


def paragraph_gap(font: QFont, factor: float) -> float:
    """Extra space after a paragraph (px) so that consecutive paragraphs' lines are at least
    PARAGRAPH_FACTOR times the spaced line height apart."""
    return math.ceil(QFontMetricsF(font).height() * factor * (PARAGRAPH_FACTOR - 1.0))


def space_document(doc: QTextDocument, factor: float) -> None:
    """Give every block of ``doc`` lines ``factor`` times the font's height apart and a paragraph gap;
    factor 1.0 puts the font's own spacing back."""
    fmt = QTextBlockFormat()
    if factor > 1.0:
        fmt.setLineHeight(round(factor * 100), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(paragraph_gap(doc.defaultFont(), factor))
    else:
        fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(fmt)


def spacing_css(factor: float, font: QFont) -> str:
    """A default stylesheet giving HTML set later the same spacing as :func:`space_document`."""
    if factor <= 1.0:
        return ""
    gap = paragraph_gap(font, factor)
    return (f"p, li, div, h1, h2, h3, h4, td {{ line-height: {round(factor * 100)}%; }}\n"
            f"p, li {{ margin-bottom: {gap}px; }}\n")


def space_text_view(view: QTextEdit) -> None:
    """Space a read-only rich text view for the current mode: its current blocks and HTML set later.
    Editable views are left alone (spacing them would become part of what the user typed)."""
    if not view.isReadOnly():
        return
    factor = line_factor()
    doc = view.document()
    doc.setDefaultStyleSheet(spacing_css(factor, view.font()))
    if view.property(SPACED_PROPERTY) != factor and not doc.isEmpty():
        undo = doc.isUndoRedoEnabled()
        doc.setUndoRedoEnabled(False)
        space_document(doc, factor)
        doc.setUndoRedoEnabled(undo)
    view.setProperty(SPACED_PROPERTY, factor)


class SpacedLabel(QLabel):
    """A word-wrapped label whose lines and paragraphs are spaced for the display mode.

    With the font's own spacing (or text it cannot own: a mnemonic, links, selectable text, a picture) it is
    an ordinary QLabel; otherwise it measures and paints its text through a spaced QTextDocument.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._doc_key: tuple[object, ...] = ()
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)

    def _spaced(self) -> float:
        """The factor to space with, or 0 when QLabel draws the text itself."""
        factor = line_factor()
        text = self.text()
        if factor <= 1.0 or not text or not self.wordWrap() or self.textFormat() == Qt.TextFormat.MarkdownText:
            return 0.0
        if self.textInteractionFlags() & (Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard):
            return 0.0
        if (self.buddy() is not None and "&" in text) or "<a " in text.lower():
            return 0.0
        return factor

    def _rich(self) -> bool:
        text_format = self.textFormat()
        return text_format == Qt.TextFormat.RichText or (
            text_format == Qt.TextFormat.AutoText and QtGui.mightBeRichText(self.text()))

    def _document(self, width: float, factor: float) -> QTextDocument:
        key = (self.text(), self._rich(), self.font().key(), factor, self.alignment())
        if key != self._doc_key:
            self._doc_key = key
            doc = self._doc
            doc.setDefaultFont(self.font())
            option = QTextOption(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            doc.setDefaultTextOption(option)
            if self._rich():
                doc.setHtml(self.text())
            else:
                doc.setPlainText(self.text())
            space_document(doc, factor)
        self._doc.setTextWidth(max(width, 1.0))
        return self._doc

    def _indent(self) -> int:
        indent = self.indent()
        if indent < 0:  # QLabel's own rule: half an "x" when framed, else nothing
            indent = self.fontMetrics().horizontalAdvance("x") // 2 if self.frameWidth() > 0 else 0
        return indent

    def _side_space(self) -> tuple[int, int]:
        margins = self.contentsMargins()
        width = margins.left() + margins.right() + 2 * self.margin() + self._indent()
        height = margins.top() + margins.bottom() + 2 * self.margin()
        return width, height

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        factor = self._spaced()
        if not factor:
            return super().heightForWidth(width)
        side_w, side_h = self._side_space()
        return math.ceil(self._document(width - side_w, factor).size().height()) + side_h

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width())) if self._spaced() else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # QLabel's own is a token (a few letters wide, a line or two high): layouts ask heightForWidth for
        # the real height, and laying out at the token width would make it absurdly tall
        hint = super().minimumSizeHint()
        factor = self._spaced()
        return QSize(hint.width(), math.ceil(hint.height() * factor)) if factor else hint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        factor = self._spaced()
        if not factor:
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # the frame a style sheet draws (a problem's border), not the text
        area = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        indent = self._indent()
        area.setLeft(area.left() + indent)
        doc = self._document(area.width(), factor)
        height = doc.size().height()
        vertical = self.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        top = float(area.top())
        if vertical == Qt.AlignmentFlag.AlignBottom:
            top = area.bottom() - height
        elif vertical != Qt.AlignmentFlag.AlignTop:
            top = area.top() + (area.height() - height) / 2
        painter = QPainter(self)
        painter.translate(area.left(), top)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        context.palette.setColor(QPalette.ColorRole.Text, self.palette().color(group, self.foregroundRole()))
        context.clip = QRectF(0, 0, area.width(), max(height, area.height()))
        doc.documentLayout().draw(painter, context)
        painter.end()
