"""Rejected rows as an .xlsx the agency can fix: the row number as their file shows it, the reason in
words, then the row's cells as read. Every cell is text, so an ID number never turns into 6.40423E+17
on its way back. The words come from the caller (the service knows codes, not languages)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from core.lists import RowReport
from core.problems import Problem


@dataclass(frozen=True)
class ProblemSheetWords:
    """The sheet's own words, translated by the caller."""

    sheet: str = "Rows to fix"
    row: str = "Row"
    reason: str = "What to fix"


_TEXT = "@"
_REASON_WIDTH = 60
_CELL_WIDTH = 16


def write_problem_rows(
    out_path: Path,
    rows: Sequence[RowReport],
    headers: Sequence[str],
    describe: Callable[[Problem], str],
    words: ProblemSheetWords,
) -> int:
    """Write ``rows`` (sorted by row number) to ``out_path``; returns how many were written."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = words.sheet[:31]
    width = max([len(headers), *(len(r.values) for r in rows)]) if rows else len(headers)
    labels = [*headers, *[""] * (width - len(headers))]
    sheet.append([words.row, words.reason, *labels])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for report in sorted(rows, key=lambda r: r.row):
        reason = "\n".join(dict.fromkeys(describe(p) for p in report.problems))
        sheet.append([str(report.row), reason, *[str(v) for v in report.values]])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = _TEXT
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = _REASON_WIDTH
    for index in range(3, width + 3):
        sheet.column_dimensions[get_column_letter(index)].width = _CELL_WIDTH
    out_path.parent.mkdir(parents=True, exist_ok=True)
    book.save(out_path)
    return len(rows)
