"""Rows whose ID number is missing or damaged: who they may be, and their record once the assistant says.

Candidates come from the name, the birth date the damaged number still shows (digits 7-14) and the
village in the address. Nothing is merged here: confirming is the assistant's act (see ListsService).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.ids import normalize_id_text
from core.lists import Field, ListRecord, ListSource
from core.lists.cells import compact
from core.lists.rows import HEAD_RELATIONS, RowContext, check_row, values_of
from core.problems import Problem
from desktop.services.lists_model import Candidate
from desktop.services.residents import resident_summary
from desktop.store.models import Resident

MAX_CANDIDATES = 10
# Problems a confirmed match answers: the number, nothing else about the row.
ID_PROBLEM_PREFIXES = ("id.", "lists.missing_id")


def fixable_by_match(problem_codes: Sequence[str]) -> bool:
    return bool(problem_codes) and all(code.startswith(ID_PROBLEM_PREFIXES) for code in problem_codes)


@dataclass(frozen=True)
class RowClues:
    name: str
    birth_date: date | None
    village: str  # the address up to its 村, "" if none


def column_mapping(stored: Mapping[str, int]) -> dict[Field, int]:
    return {Field(k): int(v) for k, v in stored.items()}


def clues(cells: Sequence[str], mapping: Mapping[Field, int]) -> RowClues:
    values = values_of(tuple(cells), mapping)
    digits = normalize_id_text(values.get(Field.ID_NUMBER, ""))
    birth = None
    if len(digits) >= 14 and digits[6:14].isdigit():
        try:
            birth = date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
        except ValueError:
            birth = None
    return RowClues(compact(values.get(Field.NAME, "")), birth, village_of(values.get(Field.ADDRESS, "")))


def village_of(address: str | None) -> str:
    text = compact(address or "")
    at = text.find("村")
    return text[: at + 1] if at >= 0 else ""


def find_candidates(session: Session, row: RowClues, today: date) -> list[Candidate]:
    conditions = []
    if row.name:
        conditions.append(Resident.name == row.name)
    if row.birth_date is not None:
        conditions.append(Resident.birth_date == row.birth_date)
    if not conditions:
        return []
    found: list[Candidate] = []
    for resident in session.scalars(select(Resident).where(or_(*conditions)).limit(200)):
        same_name = compact(resident.name) == row.name
        same_birth = row.birth_date is not None and resident.birth_date == row.birth_date
        if not same_name and not (same_birth and row.name and resident.name[:1] == row.name[:1]):
            continue  # a shared birthday alone says nothing
        same_village = bool(row.village) and village_of(resident.address) == row.village
        found.append(Candidate(resident_summary(resident, today), same_name, same_birth, same_village))
    found.sort(key=lambda c: (-c.score, c.resident.name, c.resident.birth_date))
    return found[:MAX_CANDIDATES]


def reread_row(
    row: int,
    cells: Sequence[str],
    mapping: Mapping[Field, int],
    source: ListSource,
    id_number: str,
    household: ListRecord | None,
    default_group: str | None,
    today: date,
) -> tuple[ListRecord | None, tuple[Problem, ...]]:
    """The row read again with the confirmed resident's ID number. A member row that left its household's
    columns to the first row (merged cells) takes them from ``household``, the record just above it."""
    values = values_of(tuple(cells), mapping)
    values[Field.ID_NUMBER] = id_number
    group = default_group
    relation = compact(values.get(Field.RELATION, ""))
    if household is not None and relation not in HEAD_RELATIONS and not values.get(Field.HOUSEHOLD_HEAD):
        carried = {
            Field.HOUSEHOLD_HEAD: household.household_head, Field.ADDRESS: household.address,
            Field.SUBTYPE: household.subtype, Field.DATE_FROM: household.date_from.isoformat()
            if household.date_from else None,
        }  # fmt: skip
        for field, value in carried.items():
            if value and not values.get(field):
                values[field] = value
        if not values.get(Field.CATEGORY):
            group = household.group or group
    outcome = check_row(row, values, RowContext(source, mapping, today, group))
    return outcome.record, outcome.errors
