"""A list's accepted records held against this desk's register: who they are, and what does not fit.

An ID number of a resident with another name is rejected (one of the two is wrong, and only the agency
can say which); someone not in the register, or registered in another village, is kept with a warning
(the worklists hand them over to the right village); nobody is matched by name here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from core.ids import normalize_id_text
from core.lists import Field, ListImport, ListRecord, RowReport
from core.lists.cells import compact
from core.problems import Problem, error, warning
from core.progress import NO_PROGRESS
from desktop.services.compare_inputs import driver_rows
from desktop.services.lists_model import ListsImportProblem
from desktop.store.models import Resident


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    uuid: UUID
    id_number: str
    name: str
    village_code: str


class _Register(Mapping[str, RegisterEntry]):
    """Residents by ID number, each made an entry only when asked for: a list names a few of 100,000."""

    def __init__(self, rows: dict[str, tuple[int, str, str, str]]) -> None:
        self._rows = rows

    def __getitem__(self, id_number: str) -> RegisterEntry:
        row_id, stored_uuid, name, village = self._rows[id_number]
        return RegisterEntry(row_id, UUID(stored_uuid), id_number, name, village)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, id_number: object) -> bool:
        return id_number in self._rows


def load_register(session: Session) -> Mapping[str, RegisterEntry]:
    """Every resident by ID number: one query on the driver's cursor, whatever the size of the list."""
    statement = select(
        Resident.id_number, Resident.id, type_coerce(Resident.uuid, String), Resident.name, Resident.village_code
    )
    rows: dict[str, tuple[int, str, str, str]] = {}
    for chunk in driver_rows(session, statement, NO_PROGRESS):
        rows.update((row[0], tuple(row[1:])) for row in chunk)
    return _Register(rows)


@dataclass(frozen=True)
class Checked:
    records: tuple[tuple[ListRecord, RegisterEntry | None], ...]
    rejected: tuple[RowReport, ...]
    warnings: tuple[RowReport, ...]
    # residents named by a rejected row's ID number: the list still has them, so their spans stay open
    named_by_rejected: frozenset[int]


def check_against_register(
    read: ListImport, register: Mapping[str, RegisterEntry], village_code: str | None
) -> Checked:
    kept: list[tuple[ListRecord, RegisterEntry | None]] = []
    rejected = list(read.rejected)
    extra_warnings: dict[int, list[Problem]] = {}
    for record in read.accepted:
        entry = register.get(record.id_number)
        if entry is not None and compact(entry.name) != compact(record.name):
            problem = error(ListsImportProblem.NAME_MISMATCH, Field.NAME, name=record.name, register_name=entry.name)
            rejected.append(RowReport(record.row, (problem,), cells_of(record, read)))
            continue
        if entry is None:
            extra_warnings.setdefault(record.row, []).append(
                warning(ListsImportProblem.NOT_IN_REGISTER, Field.ID_NUMBER, name=record.name)
            )
        elif village_code and entry.village_code != village_code:
            extra_warnings.setdefault(record.row, []).append(
                warning(ListsImportProblem.OTHER_VILLAGE, name=record.name, village=entry.village_code)
            )
        kept.append((record, entry))
    named = _named_by_rejected(rejected, read, register)
    return Checked(
        tuple(kept),
        tuple(sorted(rejected, key=lambda r: r.row)),
        merge_warnings(read.warnings, extra_warnings),
        named,
    )


def merge_warnings(existing: Sequence[RowReport], extra: Mapping[int, Sequence[Problem]]) -> tuple[RowReport, ...]:
    """One report per row: core's warnings first, then the desk's."""
    by_row = {r.row: r for r in existing}
    for row, problems in extra.items():
        before = by_row.get(row)
        by_row[row] = RowReport(row, (*before.problems, *problems) if before else tuple(problems),
                                before.values if before else ())  # fmt: skip
    return tuple(by_row[row] for row in sorted(by_row))


def _named_by_rejected(
    rejected: Iterable[RowReport], read: ListImport, register: Mapping[str, RegisterEntry]
) -> frozenset[int]:
    column = read.detection.mapping.get(Field.ID_NUMBER) if read.detection else None
    named: set[int] = set()
    for report in rejected:
        if column is None or column >= len(report.values):
            continue
        entry = register.get(normalize_id_text(report.values[column]).upper())
        if entry is not None:
            named.add(entry.id)
    return frozenset(named)


def _cell(record: ListRecord, field: Field) -> str:
    value: object = {
        Field.NAME: record.name, Field.ID_NUMBER: record.id_number, Field.CERT_NUMBER: record.cert_number,
        Field.DISABILITY_CATEGORY: record.disability_category, Field.DISABILITY_GRADE: record.disability_grade,
        Field.CATEGORY: record.group, Field.SUBTYPE: record.subtype, Field.HOUSEHOLD_HEAD: record.household_head,
        Field.RELATION: record.relation, Field.ADDRESS: record.address, Field.PHONE: record.phone,
        Field.DATE_FROM: record.date_from, Field.DATE_TO: record.date_to, Field.VETERAN_CERT: record.veteran_cert,
    }[field]  # fmt: skip
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def cells_of(record: ListRecord, read: ListImport) -> tuple[str, ...]:
    """An accepted row's cells as the record says them, in the file's columns (core keeps no cells of
    accepted rows); what the record does not hold (a category's wording, a serial number) stays empty."""
    if read.detection is None:
        return ()
    cells = [""] * len(read.detection.headers)
    for field, column in read.detection.mapping.items():
        if column < len(cells):
            cells[column] = _cell(record, field)
    return tuple(cells)
