"""Where the data is: the sheet, the header rows, the title above them and the column of each field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.lists.categories import group_in_title
from core.lists.codes import ListProblem
from core.lists.headers import Header, find_header, map_labels, normalize_label, usual_label
from core.lists.model import Field, ListSource
from core.lists.reading import Sheet
from core.problems import Problem, error, warning

ColumnMapping = Mapping[Field, str | int]  # a field -> its header label or its 0-based column


@dataclass(frozen=True)
class Layout:
    sheet: Sheet
    header: Header
    title: str
    title_group: str | None
    missing: tuple[Field, ...]
    problems: tuple[Problem, ...]


def choose_sheet(sheets: Sequence[Sheet]) -> tuple[Sheet, Header | None]:
    """The sheet whose header names the most known columns (the first one on a tie)."""
    best: tuple[Sheet, Header | None] = (sheets[0], None) if sheets else (Sheet(None, ()), None)
    best_known = 0
    for sheet in sheets:
        header = find_header(sheet.rows)
        if header is not None and len(header.mapping) > best_known:
            best, best_known = (sheet, header), len(header.mapping)
    return best


def explicit_header(
    sheet: Sheet, detected: Header | None, mapping: ColumnMapping, header_row: int | None
) -> tuple[Header | None, list[Problem]]:
    """The header as the user mapped it: labels are matched after the same clean-up as detection."""
    if header_row is not None:
        index = header_row - 1
        labels = tuple(sheet.rows[index]) if 0 <= index < len(sheet.rows) else ()
        rows: tuple[int, ...] = (index,)
    elif detected is not None:
        labels, rows = detected.labels, detected.rows
    else:
        return None, [error(ListProblem.NO_HEADER)]
    columns = {normalize_label(label): i for i, label in reversed(list(enumerate(labels))) if label}
    resolved: dict[Field, int] = {}
    problems: list[Problem] = []
    for field, column in mapping.items():
        index_of = column if isinstance(column, int) else columns.get(normalize_label(column))
        if index_of is None:
            problems.append(error(ListProblem.COLUMN_NOT_FOUND, str(field), column=str(column)))
        else:
            resolved[field] = index_of
    return Header(rows, labels, resolved, ()), problems


def required_missing(source: ListSource, mapping: Mapping[Field, int], default_group: str | None) -> tuple[Field, ...]:
    has = set(mapping)
    missing = [f for f in (Field.NAME,) if f not in has]
    if source is ListSource.DISABILITY:
        if Field.ID_NUMBER not in has and Field.CERT_NUMBER not in has:
            missing.append(Field.ID_NUMBER)
        if Field.CERT_NUMBER not in has:
            missing.extend(f for f in (Field.DISABILITY_CATEGORY, Field.DISABILITY_GRADE) if f not in has)
        return tuple(missing)
    if Field.ID_NUMBER not in has:
        missing.append(Field.ID_NUMBER)
    needs_category = source in (ListSource.CIVIL_AFFAIRS, ListSource.RURAL_REVITALIZATION, ListSource.GENERIC)
    has_category = Field.CATEGORY in has or (source is ListSource.RURAL_REVITALIZATION and Field.SUBTYPE in has)
    if source is ListSource.GENERIC:
        has_category = has_category or bool(has & {Field.CERT_NUMBER, Field.DISABILITY_CATEGORY})
    if needs_category and not has_category and default_group is None:
        missing.append(Field.CATEGORY)
    return tuple(missing)


def find_layout(
    sheets: Sequence[Sheet],
    source: ListSource,
    mapping: ColumnMapping | None,
    header_row: int | None,
    default_group: str | None,
) -> Layout | None:
    sheet, detected = choose_sheet(sheets)
    problems: list[Problem] = []
    header: Header | None = detected
    if mapping is not None:
        header, problems = explicit_header(sheet, detected, mapping, header_row)
    elif header_row is not None:
        labels = sheet.rows[header_row - 1] if 0 < header_row <= len(sheet.rows) else ()
        found, unsure = map_labels(labels)
        header = Header((header_row - 1,), tuple(labels), found, unsure)
    if header is None:
        return None
    title = " ".join(c for row in sheet.rows[: header.rows[0]] for c in row if c)
    title_group = group_in_title(source, title)
    missing = required_missing(source, header.mapping, default_group or title_group)
    problems.extend(error(ListProblem.COLUMN_MISSING, str(f), usual_label=usual_label(f)) for f in missing)
    problems.extend(
        warning(ListProblem.COLUMN_GUESSED, str(f), column=header.labels[header.mapping[f]], usual_label=usual_label(f))
        for f in header.unsure
        if f in header.mapping
    )
    return Layout(sheet, header, title, title_group, missing, tuple(problems))
