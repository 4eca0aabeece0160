"""The management ledger (管理台账) as an .xlsx a county clerk can file and print.

One sheet: a title row, an as-of line, the column titles (frozen, repeated on every printed page) and
one row per member. ID numbers are stored as text (Excel would round an 18-digit number), amounts as
numbers in a yuan format, and nothing is ever a formula: a name or a note starting with "=" stays
text. Printed landscape on A4, fitted to the page width. The file is written beside its destination
and moved into place, so a failed export never leaves half a file under the chosen name.

The caller words everything (``text``): the keys of desktop/messages/compare.py's LEDGER ("title",
"as_of", "column.<key>" and the value keys core.compare.ledger_cells asks for) and of
desktop/messages/compare_desk.py's LEDGER_SHEET ("sheet", "masked").
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.compare import COLUMN_KINDS, CellKind, Ledger, LedgerColumn, ledger_cells
from core.compare.ledger import CellValue
from core.problems import Problem

LedgerText = Callable[[str], str]

TITLE_ROW, AS_OF_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1
YUAN_FORMAT = '"¥"#,##0.00'
WHOLE_FORMAT = "0"
TEXT_FORMAT = "@"
MIN_WIDTH, MAX_WIDTH = 4, 48  # characters; longer text wraps
_WRAPPED = frozenset({LedgerColumn.GROUPS, LedgerColumn.NOTES, LedgerColumn.PENSION})
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def _cell_styles() -> dict[tuple[CellKind, bool], NamedStyle]:
    """One named style per kind of cell, wrapped or not. A cell takes a named style by name, where setting
    its border, alignment and format one by one would hash each style object again (most of the time a
    20,000-row ledger took)."""
    formats = {CellKind.TEXT: TEXT_FORMAT, CellKind.WHOLE: WHOLE_FORMAT, CellKind.YUAN: YUAN_FORMAT}
    return {
        (kind, wrap): NamedStyle(
            name=f"ledger_{kind}{'_wrap' if wrap else ''}",
            border=_BORDER,
            number_format=number_format,
            alignment=Alignment(vertical="top", wrap_text=wrap),
        )
        for kind, number_format in formats.items()
        for wrap in (False, True)
    }


def write_ledger(path: Path, ledger: Ledger, text: LedgerText, describe: Callable[[Problem], str]) -> int:
    """Write the ledger to ``path`` (.xlsx); returns the number of member rows."""
    book = Workbook()
    styles = _cell_styles()
    for style in styles.values():
        book.add_named_style(style)
    sheet = book.active
    assert sheet is not None  # a new workbook always has its first sheet
    sheet.title = (text("sheet").translate(_SHEET_NAME_FORBIDDEN).strip() or "Sheet1")[:31]
    columns = ledger.columns
    rows = [ledger_cells(row, columns, text, describe) for row in ledger.rows]
    _heading(sheet, ledger, text, len(columns))
    titles = [text(f"column.{c}") for c in columns]
    for index, title in enumerate(titles, start=1):
        cell = sheet.cell(HEADER_ROW, index, title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BORDER
    names = [styles[COLUMN_KINDS[c], c in _WRAPPED].name for c in columns]
    for offset, values in enumerate(rows):
        for index, value in enumerate(values):
            cell = sheet.cell(FIRST_DATA_ROW + offset, index + 1, value)
            cell.style = names[index]
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    _fit_widths(sheet, titles, rows)
    _print_setup(sheet, len(columns), len(rows))
    temporary = path.with_name(f".{path.name}.part")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return len(rows)


def _heading(sheet: Worksheet, ledger: Ledger, text: LedgerText, width: int) -> None:
    title = text("title").replace("%1", ledger.place).replace("%2", str(ledger.year))
    as_of = text("as_of").replace("%1", ledger.as_of.isoformat())
    if ledger.masked:
        as_of = f"{as_of}  {text('masked')}"
    for row, value, size in ((TITLE_ROW, title, 16), (AS_OF_ROW, as_of, 11)):
        cell = sheet.cell(row, 1)
        _set_text(cell, value)
        cell.font = Font(bold=row == TITLE_ROW, size=size)
        cell.alignment = Alignment(horizontal="center" if row == TITLE_ROW else "left", vertical="center")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(width, 1))
    sheet.row_dimensions[TITLE_ROW].height = 30


def _set_text(cell: Cell, value: str) -> None:
    """Text stays text: openpyxl takes a string starting with "=" for a formula unless told otherwise."""
    cell.value = value
    cell.data_type = "s"


def display_width(value: str) -> int:
    """Characters as a spreadsheet shows them: Chinese (wide) characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in value)


def _fit_widths(sheet: Worksheet, titles: Sequence[str], rows: Sequence[Sequence[CellValue]]) -> None:
    for index in range(len(titles)):
        lines = [titles[index]] + [
            line for values in rows if values[index] is not None for line in _shown(values[index]).split("\n")
        ]
        widest = max((display_width(line) for line in lines), default=0)
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, MIN_WIDTH), MAX_WIDTH)


def _shown(value: CellValue) -> str:
    if isinstance(value, str) or value is None:
        return value or ""
    if isinstance(value, int):
        return str(value)
    return f"¥{value:,.2f}"


def _print_setup(sheet: Worksheet, width: int, rows: int) -> None:
    sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, 1).coordinate
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    last = get_column_letter(max(width, 1))
    sheet.print_area = f"A1:{last}{HEADER_ROW + max(rows, 1)}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(rows, 1)}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "&P / &N"
