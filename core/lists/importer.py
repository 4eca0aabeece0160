"""Read one agency list file: files in; records, problems and row numbers out.

The desk and the county server call :func:`read_list` the same way; neither storage nor the
user is involved, so what it says about a file is the same everywhere.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from core.lists.cells import compact
from core.lists.codes import ListProblem
from core.lists.headers import normalize_label
from core.lists.layout import ColumnMapping, Layout, find_layout, required_missing
from core.lists.model import Detection, Field, ListImport, ListRecord, ListSource, RowReport
from core.lists.reading import UnreadableFile, Workbook, read_workbook
from core.lists.rows import HEAD_RELATIONS, RowContext, check_row, skip_reason, values_of
from core.lists.snapshot import record_key, snapshot_hash
from core.problems import Problem, error
from core.progress import NO_PROGRESS, Progress

# What a household's first row says for all its members (merged cells leave the others empty).
_CARRIED = (Field.HOUSEHOLD_HEAD, Field.ADDRESS, Field.CATEGORY, Field.SUBTYPE, Field.DATE_FROM)
_PROGRESS_EVERY = 1000


def read_list_file(path: Path, source: ListSource, **options: Any) -> ListImport:
    """:func:`read_list` on a file on disk, named by its file name."""
    return read_list(path.read_bytes(), source, file_name=path.name, **options)


def read_list(
    data: bytes,
    source: ListSource,
    *,
    file_name: str = "",
    mapping: ColumnMapping | None = None,
    header_row: int | None = None,
    sheet: str | None = None,
    default_group: str | None = None,
    strict: bool = False,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> ListImport:
    """Read and check a list. ``mapping`` (field -> header label or 0-based column) replaces the
    detected one; ``default_group`` names the group of a list that has no category column;
    ``strict`` rejects the whole file if any row is rejected. Raises Cancelled if asked to stop."""
    empty = _Outcome()
    content_hash = hashlib.sha256(data).hexdigest()
    progress.check()
    try:
        book = read_workbook(data, sheet)
    except UnreadableFile as exc:
        return _result(source, file_name, content_hash, None, empty, [exc.problem], strict)
    layout = find_layout(book.sheets, source, mapping, header_row, default_group)
    if layout is None:
        missing = required_missing(source, {}, default_group)
        detection = Detection(book.file_format, book.encoding, book.delimiter, _sheet_name(book), missing=missing)
        return _result(source, file_name, content_hash, detection, empty, [error(ListProblem.NO_HEADER)], strict)
    detection = _detection(book, layout)
    problems = list(layout.problems)
    if any(p.is_error for p in problems):
        return _result(source, file_name, content_hash, detection, empty, problems, strict)
    ctx = RowContext(source, layout.header.mapping, today or date.today(), default_group or layout.title_group)
    outcome = _read_rows(layout, ctx, progress)
    return _result(source, file_name, content_hash, detection, outcome, problems, strict)


def _sheet_name(book: Workbook) -> str | None:
    return book.sheets[0].name if book.sheets else None


def _detection(book: Workbook, layout: Layout) -> Detection:
    header = layout.header
    return Detection(
        file_format=book.file_format,
        encoding=book.encoding,
        delimiter=book.delimiter,
        sheet=layout.sheet.name,
        header_rows=tuple(r + 1 for r in header.rows),
        headers=header.labels,
        mapping=dict(header.mapping),
        unsure=header.unsure,
        missing=layout.missing,
        title=layout.title,
        title_group=layout.title_group,
    )


@dataclass
class _Outcome:
    rows_read: int = 0
    records: list[ListRecord] = field(default_factory=list)
    rejected: list[RowReport] = field(default_factory=list)
    warnings: list[RowReport] = field(default_factory=list)
    cells: dict[int, tuple[str, ...]] = field(default_factory=dict)


def _data_rows(layout: Layout) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(row number as shown, cells) below the header, blank rows left out."""
    rows = layout.sheet.rows
    for index in range(layout.header.last_row + 1, len(rows)):
        cells = rows[index]
        if any(cells):
            yield index + 1, tuple(cells)


def _read_rows(layout: Layout, ctx: RowContext, progress: Progress) -> _Outcome:
    out = _Outcome()
    total = max(0, len(layout.sheet.rows) - layout.header.last_row - 1)
    household: dict[Field, str] = {}
    header = tuple(normalize_label(label) for label in layout.header.labels)
    for number, cells in _data_rows(layout):
        if out.rows_read % _PROGRESS_EVERY == 0:
            progress.check()
            progress.report(number - layout.header.last_row - 1, total, "lists.rows")
        out.rows_read += 1
        values = values_of(cells, ctx.mapping)
        skipped = skip_reason(cells, values, header)
        if skipped is not None:
            out.warnings.append(RowReport(number, (skipped,), cells))
            household = {}
            continue
        household = _carry_household(values, household)
        result = check_row(number, values, ctx)
        out.cells[number] = cells
        if result.warnings:
            out.warnings.append(RowReport(number, result.warnings, cells))
        if result.record is None:
            out.rejected.append(RowReport(number, result.errors, cells))
        else:
            out.records.append(result.record)
    progress.report(total, total, "lists.rows")
    _reject_duplicates(ctx.source, out)
    return out


def _carry_household(values: dict[Field, str], household: dict[Field, str]) -> dict[Field, str]:
    """Fill a member row from its household's first row; a row naming a head starts a household."""
    relation = compact(values.get(Field.RELATION, ""))
    head = values.get(Field.HOUSEHOLD_HEAD, "")
    if relation in HEAD_RELATIONS and not head:
        head = values.get(Field.NAME, "")
        values[Field.HOUSEHOLD_HEAD] = head
    if head:
        return {f: values[f] for f in _CARRIED if values.get(f)}
    member = bool(relation) or Field.HOUSEHOLD_HEAD in values
    if member and household:
        for f in _CARRIED:
            if not values.get(f) and f in household:
                values[f] = household[f]
    return household


def _reject_duplicates(source: ListSource, out: _Outcome) -> None:
    """Rows about the same person in the same group: exact copies keep the first; rows that disagree
    are all rejected, since which one is right is the agency's to say (and the result must not
    depend on the order of the rows)."""
    by_key: dict[tuple[str, str], list[ListRecord]] = defaultdict(list)
    for record in out.records:
        by_key[record_key(source, record)].append(record)
    kept: list[ListRecord] = []
    for records in by_key.values():
        first = min(records, key=lambda r: r.row)
        if len(records) == 1:
            kept.append(first)
        elif len({r.content() for r in records}) == 1:
            kept.append(first)
            problem = error(ListProblem.DUPLICATE_ROW, first_row=first.row)
            out.rejected.extend(RowReport(r.row, (problem,), out.cells[r.row]) for r in records if r is not first)
        else:
            rows = ", ".join(str(r.row) for r in sorted(records, key=lambda r: r.row))
            problem = error(ListProblem.CONFLICTING_ROWS, rows=rows)
            out.rejected.extend(RowReport(r.row, (problem,), out.cells[r.row]) for r in records)
    out.records = sorted(kept, key=lambda r: r.row)


def _result(
    source: ListSource,
    file_name: str,
    content_hash: str,
    detection: Detection | None,
    outcome: _Outcome,
    problems: Sequence[Problem],
    strict: bool,
) -> ListImport:
    file_problems = list(problems)
    accepted = tuple(outcome.records)
    if strict and outcome.rejected:
        file_problems.append(error(ListProblem.STRICT_REJECTED, count=len({r.row for r in outcome.rejected})))
    if any(p.is_error for p in file_problems):
        accepted = ()
    return ListImport(
        source=source,
        file_name=file_name,
        content_hash=content_hash,
        snapshot_hash=snapshot_hash(source, accepted),
        detection=detection,
        rows_read=outcome.rows_read,
        accepted=accepted,
        rejected=tuple(sorted(outcome.rejected, key=lambda r: r.row)),
        warnings=tuple(sorted(outcome.warnings, key=lambda r: r.row)),
        problems=tuple(file_problems),
        strict=strict,
    )
