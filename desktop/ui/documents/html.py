"""Small builders of safe HTML for printed documents (QTextDocument's rich-text subset).

Every value coming from data is escaped: helpers take plain text and escape it, unless it is already
:class:`Html` (the type every helper returns), so a resident called ``<b>马</b>`` prints literally.

Lengths are written in CSS pixels at 96 per inch (:func:`mm`); QTextDocument scales them to the
printer, so a box of ``mm(60)`` is 60 mm on paper. Font sizes are points from a
:class:`~desktop.ui.printing.DocumentStyle`, so the large-type 明白纸 scales them all at once.
Running footers ("第 x 页") are not part of QTextDocument's HTML; :mod:`desktop.ui.printing` paints the
page line itself while it paginates.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.ui.documents.qr import qr_data_uri
from desktop.ui.printing import NORMAL, DocumentStyle

translate = QCoreApplication.translate  # the bare name lupdate recognises
BOX_WIDTH_MM = 60.0  # room for a signature written by an unsteady hand
BOX_HEIGHT_MM = 25.0
QR_MM = 24.0
LABEL_BACKGROUND = "#eeeeee"


class Html(str):
    """Text that is already safe HTML (built by these helpers); never wrap data in it directly."""

    __slots__ = ()


def fill(text: str, *args: object) -> str:
    """Put ``args`` into a translated text's ``%1``, ``%2`` ... (from the highest, so %1 never eats %10)."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def esc(value: object) -> Html:
    """Escape a value for HTML (None becomes empty; line breaks are kept); Html passes unchanged."""
    if isinstance(value, Html):
        return value
    if value is None:
        return Html("")
    return Html(_html.escape(str(value), quote=True).replace("\n", "<br/>"))


def join(parts: Iterable[object], separator: str = "") -> Html:
    return Html(esc(separator).join(esc(part) for part in parts))


def mm(length: float) -> int:
    """CSS pixels (96 per inch) for a length in millimetres."""
    return round(length / 25.4 * 96)


@dataclass(frozen=True)
class DeskInfo:
    """The service point printing the document and who prints it."""

    village_name: str
    village_code: str  # 12-digit statistical code
    township: str
    county: str
    assistant: str  # display name of the signed-in assistant
    printed_on: date

    @property
    def service_point(self) -> str:
        return "".join(part for part in (self.county, self.township, self.village_name) if part)


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    return translate("DocumentHtml", "%1-%2-%3").replace("%1", str(day.year)).replace("%2", f"{day.month:02d}") \
        .replace("%3", f"{day.day:02d}")


def document(body: Html, style: DocumentStyle = NORMAL, title: str = "") -> Html:
    """A whole printable document around ``body``; ``title`` is printed at the foot of every page, so put
    the case reference in it."""
    return Html(f'<html><head><title>{esc(title)}</title></head>'
                f'<body style="font-size:{style.body_pt}">{body}</body></html>')


def page_break() -> Html:
    """What follows starts on a new sheet."""
    return Html('<div style="page-break-before:always"></div>')


def keep_together(content: Html, space_above_mm: float = 2.5) -> Html:
    """One block the printer moves whole to the next page rather than cutting it (a section with its
    signature boxes); it must fit on one page."""
    return Html(f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td style="padding-top:{mm(space_above_mm)}px">{content}</td></tr></table>')


def section(title: object, content: Html, style: DocumentStyle = NORMAL) -> Html:
    """A heading with its content, kept on one page (see :func:`keep_together`)."""
    return keep_together(Html(heading(title, style) + content))


def heading(text: object, style: DocumentStyle = NORMAL) -> Html:
    return Html(f'<p style="font-size:{style.heading_pt}; font-weight:bold; margin-top:10px; margin-bottom:4px">'
                f'{esc(text)}</p>')


def paragraph(text: object, style: DocumentStyle = NORMAL, *, small: bool = False, bold: bool = False) -> Html:
    size = style.small_pt if small else style.body_pt
    weight = "; font-weight:bold" if bold else ""
    return Html(f'<p style="font-size:{size}{weight}; margin-top:3px; margin-bottom:3px">{esc(text)}</p>')


def note(text: object, style: DocumentStyle = NORMAL) -> Html:
    """Small grey print for remarks (the official layout may differ, and the like)."""
    return Html(f'<p style="font-size:{style.small_pt}; color:#444444; margin-top:6px">{esc(text)}</p>')


def check(chosen: bool) -> Html:
    return Html("☑" if chosen else "☐")


def choices(options: Sequence[tuple[object, bool]]) -> Html:
    """Every option with its box, ticked where chosen: ``☑ 本人 ☐ 代缴``."""
    return Html("&nbsp;&nbsp;&nbsp;".join(f"{check(chosen)}&nbsp;{esc(label)}" for label, chosen in options))


def choice_grid(options: Sequence[tuple[object, bool]], style: DocumentStyle = NORMAL, columns: int = 3) -> Html:
    """Many options with their boxes in columns, so no option's name is broken over two lines."""
    cells = [f"{check(chosen)}&nbsp;{esc(label)}" for label, chosen in options]
    width = 100 // columns
    rows = "".join("<tr>" + "".join(f'<td width="{width}%" valign="top">{cell}</td>'
                                    for cell in cells[start:start + columns]) + "</tr>"
                   for start in range(0, len(cells), columns))
    return Html(f'<table width="100%" cellspacing="0" cellpadding="{round(2 * style.scale)}" '
                f'style="font-size:{style.body_pt}">{rows}</table>')


def qr_image(reference: str, size_mm: float = QR_MM) -> Html:
    size = mm(size_mm)
    return Html(f'<img src="{qr_data_uri(reference)}" width="{size}" height="{size}" alt="{esc(reference)}"/>')


def page_header(title: object, desk: DeskInfo, reference: str | None, style: DocumentStyle = NORMAL) -> Html:
    """Title, service point, date and case reference on the left; the reference's QR code on the right."""
    lines = [
        (translate("DocumentHtml", "Service point"), f"{desk.service_point}（{desk.village_code}）" if desk.village_code
         else desk.service_point),
        (translate("DocumentHtml", "Printed on"), format_date(desk.printed_on)),
    ]
    if reference:
        lines.append((translate("DocumentHtml", "Case reference"), reference))
    colon = esc(translate("DocumentHtml", ": "))
    info = "".join(f'<p style="font-size:{style.small_pt}; margin:1px">{esc(label)}{colon}<b>{esc(value)}</b></p>'
                   for label, value in lines)
    left = (f'<p style="font-size:{style.title_pt}; font-weight:bold; margin-bottom:6px">{esc(title)}</p>'
            f"{info}")
    right = ""
    if reference:
        right = (f'<td width="{mm(QR_MM + 12)}" align="center" valign="top">{qr_image(reference)}'
                 f'<p style="font-size:{style.small_pt}; margin:0; white-space:nowrap">{esc(reference)}</p></td>')
    return Html(f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:8px"><tr>'
                f'<td valign="top">{left}</td>{right}</tr></table>')


def field_table(rows: Sequence[tuple[object, object]], style: DocumentStyle = NORMAL, columns: int = 2) -> Html:
    """Labels and values in a ruled table, ``columns`` pairs per line; a value alone on the last line
    spans the rest. Empty values leave a blank to fill in by hand."""
    label_width = 30 if columns == 1 else round(38 / columns)
    lines: list[str] = []
    for start in range(0, len(rows), columns):
        pairs = rows[start:start + columns]
        cells: list[str] = []
        for position, (label, value) in enumerate(pairs):
            span = (columns - len(pairs)) * 2 + 1 if position == len(pairs) - 1 else 1
            cells.append(f'<td width="{label_width}%" style="background-color:{LABEL_BACKGROUND}">{esc(label)}</td>'
                         f'<td colspan="{span}">{esc(value) or "&nbsp;"}</td>')
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return _ruled("".join(lines), style)


def _ruled(rows: str, style: DocumentStyle) -> Html:
    return Html(f'<table width="100%" border="1" cellspacing="0" cellpadding="{round(5 * style.scale)}" '
                f'style="border-collapse:collapse; border-color:#000000; font-size:{style.body_pt}; '
                f'margin-bottom:6px">{rows}</table>')


def table(headers: Sequence[object], rows: Sequence[Sequence[object]], style: DocumentStyle = NORMAL,
          widths: Sequence[int] | None = None) -> Html:
    """A ruled table with a header line (checklists, receipts); ``widths`` in percent per column."""
    def width(index: int) -> str:
        return f' width="{widths[index]}%"' if widths else ""

    head = "".join(f'<th{width(i)} align="left" style="background-color:{LABEL_BACKGROUND}">{esc(h)}</th>'
                   for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f"<td>{esc(cell) or '&nbsp;'}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return _ruled(f"<tr>{head}</tr>{body}", style)


def checklist_table(items: Sequence[tuple[object, bool]], style: DocumentStyle = NORMAL,
                    header: tuple[object, object] | None = None) -> Html:
    """Items with a ☑/☐ each (what was checked, what was received)."""
    heads = header or (translate("DocumentHtml", "Item"), translate("DocumentHtml", "Done"))
    return table(heads, [(label, check(done)) for label, done in items], style, widths=(85, 15))


def signature_boxes(captions: Sequence[object], style: DocumentStyle = NORMAL, per_row: int = 2,
                    width_mm: float = BOX_WIDTH_MM, height_mm: float = BOX_HEIGHT_MM) -> Html:
    """Empty framed boxes, about 60 × 25 mm, captioned at the top (本人签字, 指纹, 见证人, 代办人, 盖章)."""
    gap = f'<td width="{mm(8)}"></td>'
    padding = round(4 * style.scale)
    # the caption line takes part of the height; the padding below keeps the free space about the same
    free = mm(height_mm) - round(style.scale * 11 * 96 / 72 * 1.4)
    lines: list[str] = []
    for start in range(0, len(captions), per_row):
        boxes = [f'<td width="{mm(width_mm)}" valign="top" style="border:1px solid #000000; padding:{padding}px; '
                 f'padding-bottom:{max(free, mm(12))}px; font-size:{style.small_pt}">{esc(caption)}</td>'
                 for caption in captions[start:start + per_row]]
        lines.append(f"<tr>{gap.join(boxes)}</tr>")
    spacer = f'<tr><td colspan="{per_row * 2 - 1}" style="font-size:4pt">&nbsp;</td></tr>'
    return Html(f'<table cellspacing="0" cellpadding="0" style="border-collapse:collapse; margin-top:6px; '
                f'margin-bottom:6px">{spacer.join(lines)}</table>')


def signed_line(captions: Sequence[object], style: DocumentStyle = NORMAL) -> Html:
    """Short "name / date" lines to write on: ``签字：________  日期：____年__月__日``."""
    colon = esc(translate("DocumentHtml", ": "))
    return paragraph(Html("&nbsp;&nbsp;&nbsp;&nbsp;".join(f"{esc(c)}{colon}________________" for c in captions)),
                     style)
