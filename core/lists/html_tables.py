"""Tables in HTML saved as .xls, as many government systems export them ("伪xls").

Excel opens such a file and shows each <tr> as one row; a cell spanning columns takes its first
column and leaves the others empty, and a cell spanning rows leaves the cells below it empty,
which is what merged cells look like in a real spreadsheet too.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from core.lists.cells import cell_text

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_MAX_SPAN = 1000


def looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:1024]) is not None


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[str, ...]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._pending: dict[int, int] = {}  # column -> rows below still covered by a cell above
        self._new: set[int] = set()  # columns whose covering cell starts in this row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            row = self._row if self._row is not None else []
            self._row = row
            self._skip_covered(row)
            found = dict(attrs)
            self._span = _span(found.get("colspan"))
            rowspan = _span(found.get("rowspan"))
            if rowspan > 1:
                for column in range(len(row), len(row) + self._span):
                    self._pending[column] = rowspan - 1
                    self._new.add(column)
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def close(self) -> None:
        super().close()
        self._end_row()

    def _skip_covered(self, row: list[str]) -> None:
        while len(row) not in self._new and self._pending.get(len(row), 0) > 0:
            row.append("")

    def _end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        self._row.append(cell_text(" ".join("".join(self._cell).split())))
        self._row.extend([""] * (self._span - 1))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is None:
            return
        self._skip_covered(self._row)
        self.rows.append(tuple(self._row))
        covered = {c: n if c in self._new else n - 1 for c, n in self._pending.items()}
        self._pending = {c: n for c, n in covered.items() if n > 0}
        self._new = set()
        self._row = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), _MAX_SPAN))
    except ValueError:
        return 1


def html_rows(text: str) -> list[tuple[str, ...]]:
    """Every <tr> of every table, in order, as one row of text cells."""
    parser = _Tables()
    parser.feed(text)
    parser.close()
    return parser.rows
