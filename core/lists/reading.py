"""Bytes of a list file into rows of text, each with the row number its program shows.

The format comes from the bytes, not the name (agencies rename files): a ZIP is .xlsx, an OLE2
compound file is .xls, an HTML page is a table exported as ".xls" by many government systems,
anything else is CSV text. Text encodings are tried strictly in a fixed order
(a byte-order mark first, then UTF-8, then GB18030, which contains GBK and GB2312): UTF-8 almost
never decodes Chinese text written in GBK, so the first strict success is the right one, and no
statistical guess is needed.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import python_calamine

from core.lists.cells import cell_text, clean_text
from core.lists.codes import ListProblem
from core.lists.html_tables import html_rows, looks_like_html
from core.problems import Problem, error

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DELIMITERS = (",", "\t", ";")
_SNIFF_LINES = 30


@dataclass(frozen=True)
class Sheet:
    """One table of text cells; ``rows[i]`` is shown by its program as row ``i + 1``."""

    name: str | None
    rows: Sequence[tuple[str, ...]]


@dataclass(frozen=True)
class Workbook:
    file_format: str
    sheets: tuple[Sheet, ...]
    encoding: str | None = None
    delimiter: str | None = None


class UnreadableFile(Exception):  # noqa: N818 - reads as "the file is unreadable"
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def read_workbook(data: bytes, sheet: str | None = None) -> Workbook:
    """Every visible sheet (or the named one) of a spreadsheet, or the one table of a CSV file."""
    if not data.strip():
        raise UnreadableFile(error(ListProblem.EMPTY_FILE))
    if data.startswith((_ZIP, _OLE2)):
        return _read_spreadsheet(data, "xlsx" if data.startswith(_ZIP) else "xls", sheet)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableFile(error(ListProblem.UNKNOWN_FORMAT))
    text, encoding = decode_text(data)
    if looks_like_html(text):
        return Workbook("html", (Sheet(None, html_rows(text)),), encoding)
    delimiter = sniff_delimiter(text)
    return Workbook("csv", (Sheet(None, tuple(_csv_rows(text, delimiter))),), encoding, delimiter)


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding, errors="strict"), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(error(ListProblem.UNKNOWN_ENCODING))


def sniff_delimiter(text: str) -> str:
    """The separator used most on the first lines (Excel saves ',' or, as 'Unicode text', a tab)."""
    head = text.splitlines()[:_SNIFF_LINES]
    counts = {d: sum(line.count(d) for line in head) for d in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: counts[d])


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[str, ...]]:
    """Rows indexed by the editor line they start on: a quoted cell with a line break spans lines,
    so a record that follows it starts further down, and the gap is padded with empty rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    emitted = 0
    for cells in reader:
        # A record spanning several lines is the only case where its start is not the last line read.
        start = reader.line_num if reader.line_num == emitted + 1 else _start_line(reader.line_num, cells)
        while emitted < start - 1:
            yield ()
            emitted += 1
        yield tuple([clean_text(c) if c else "" for c in cells])
        emitted += 1


def _start_line(end_line: int, cells: list[str]) -> int:
    return end_line - sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells)


def _read_spreadsheet(data: bytes, file_format: str, wanted: str | None) -> Workbook:
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = [
            m.name
            for m in book.sheets_metadata
            if m.typ == python_calamine.SheetTypeEnum.WorkSheet
            and m.visible == python_calamine.SheetVisibleEnum.Visible
        ]
        if wanted is not None:
            if wanted not in book.sheet_names:
                raise UnreadableFile(error(ListProblem.SHEET_NOT_FOUND, sheet=wanted))
            names = [wanted]
        sheets = tuple(_sheet(book, name) for name in names)
    except python_calamine.CalamineError as exc:
        raise UnreadableFile(error(ListProblem.UNREADABLE, detail=str(exc)[:200])) from exc
    return Workbook(file_format, sheets)


def _sheet(book: python_calamine.CalamineWorkbook, name: str) -> Sheet:
    raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return Sheet(name, [tuple([cell_text(v) for v in row]) for row in raw])
