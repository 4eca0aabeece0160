"""The management ledger (管理台账): one row per hardship-group member of this service point.

A county clerk files it and matches it, row by row, against the official system, so the ledger
carries the full ID number by default: a masked number cannot be matched. Disability and 低保
status are sensitive (PIPL, DOMAIN §5.6): the desk logs every export and keeps the file in the
encrypted store; ``mask_ids=True`` gives a copy to show people who need no matching.
Members handed over to another village are not in this service point's ledger (worklist 7 has them).

Core gives rows and column keys; the desk words the titles and values (``text``) and writes the .xlsx.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from core.compare.codes import agency_name
from core.compare.members import Member, MemberStatus
from core.compare.model import Subject
from core.compare.worklists import Comparison
from core.ids import mask_id
from core.problems import Problem

CellValue = str | int | Decimal | None


class LedgerColumn(StrEnum):
    NUMBER = "number"  # 序号
    NAME = "name"
    ID_NUMBER = "id_number"
    SEX = "sex"
    AGE = "age"
    VILLAGE = "village"
    GROUPS = "groups"  # each group with where it comes from and the list's date
    ENROLMENT = "enrolment"
    TIER = "tier"
    DAIJIAO = "daijiao"  # this year's 代缴: recorded, missing, not due ...
    DAIJIAO_AMOUNT = "daijiao_amount"  # recorded amount, or the amount due when missing
    PENSION = "pension"
    NOTES = "notes"


COLUMNS = tuple(LedgerColumn)


class CellKind(StrEnum):
    """How the .xlsx writer stores a column: text stays text (an ID number must never become a number
    Excel rounds), whole numbers, or yuan with two decimals."""

    TEXT = "text"
    WHOLE = "whole"
    YUAN = "yuan"


_WHOLE = {LedgerColumn.NUMBER: CellKind.WHOLE, LedgerColumn.AGE: CellKind.WHOLE}
_YUAN = {LedgerColumn.TIER: CellKind.YUAN, LedgerColumn.DAIJIAO_AMOUNT: CellKind.YUAN}
COLUMN_KINDS: dict[LedgerColumn, CellKind] = {c: _WHOLE.get(c) or _YUAN.get(c) or CellKind.TEXT for c in LedgerColumn}


class Enrolment(StrEnum):
    ENROLLED = "enrolled"
    NOT_ENROLLED = "not_enrolled"
    NOT_REGISTERED = "not_registered"
    RECEIVING = "receiving"  # drawing the resident pension


class PensionState(StrEnum):
    RECEIVING = "receiving"
    CLAIM_AGE_REACHED = "claim_age_reached"
    NOT_YET = "not_yet"


@dataclass(frozen=True, slots=True)
class GroupLine:
    group: str
    label: str
    source: str  # "list" or "manual"
    agency: str | None  # the agency whose list names the person
    as_of: date | None  # that list's date


@dataclass(frozen=True, slots=True)
class LedgerRow:
    number: int
    subject: Subject
    id_number: str | None  # full, or masked when asked
    sex: str | None  # "M" or "F"; None for someone not in the register
    village: str | None  # the village's name when the service point knows it, else its code
    age: int | None
    groups: tuple[GroupLine, ...]
    enrolment: Enrolment
    tier: Decimal | None
    status: MemberStatus  # this year's 代缴 standing
    daijiao_amount: Decimal | None
    pension: PensionState
    pension_start: date | None
    notes: tuple[Problem, ...]  # the worklist reasons about this person


@dataclass(frozen=True)
class Ledger:
    place: str  # the service point's villages by name (codes where no name is known), for the title
    year: int
    as_of: date
    rows: tuple[LedgerRow, ...]
    columns: tuple[LedgerColumn, ...] = COLUMNS
    masked: bool = False


def build_ledger(comparison: Comparison, mask_ids: bool = False) -> Ledger:
    notes: dict[Subject, list[Problem]] = {}
    for worklist in comparison.worklists:
        for item in worklist.items:
            if item.subject is not None:
                notes.setdefault(item.subject, []).append(item.reason)
    members = [m for m in comparison.members if m.status is not MemberStatus.HANDED_OVER]
    rows = tuple(
        _row(number, member, comparison, tuple(notes.get(member.subject, ())), mask_ids)
        for number, member in enumerate(members, start=1)
    )
    point = comparison.point
    place = "、".join(point.name_of(v) for v in sorted(point.villages)) or point.name_of(point.county)
    return Ledger(place, comparison.facts.year, comparison.today, rows, masked=mask_ids)


def _row(number: int, member: Member, comparison: Comparison, notes: tuple[Problem, ...], mask: bool) -> LedgerRow:
    person, facts = member.person, comparison.facts
    number_text = member.subject.id_number
    if number_text is not None and mask:
        number_text = mask_id(number_text)
    amount: Decimal | None = None
    if member.status is MemberStatus.COVERED and person is not None:
        paid = person.contribution(facts.year)
        amount = paid.government_paid if paid is not None else None
    elif member.status is MemberStatus.DAIJIAO_MISSING:
        amount = facts.daijiao_amount(member.daijiao_groups)
    return LedgerRow(
        number=number,
        subject=member.subject,
        id_number=number_text,
        sex=person.sex if person is not None else None,
        village=comparison.point.name_of(member.subject.village_code) if member.subject.village_code else None,
        age=member.age,
        groups=_group_lines(member, comparison),
        enrolment=_enrolment(member),
        tier=person.tier if person is not None else None,
        status=member.status,
        daijiao_amount=amount,
        pension=_pension(member, facts.claim_age),
        pension_start=person.pension_start if person is not None else None,
        notes=notes,
    )


def _group_lines(member: Member, comparison: Comparison) -> tuple[GroupLine, ...]:
    facts = comparison.facts
    lines: set[tuple[str, str, str | None, date | None]] = {
        (e.group, "list", agency_name(e.source), e.as_of)
        for e in member.entries
        if e.group is not None and e.group in member.groups
    }
    if member.person is not None:
        listed = {g for g, *_ in lines}
        for span in member.person.memberships:
            if span.group in member.groups and span.group not in listed:
                agency = agency_name(span.list_source) if span.list_source else None
                lines.add((span.group, span.source, agency, span.list_as_of))
    ordered = sorted(lines, key=lambda line: (line[0], line[1], line[2] or "", line[3] or date.min))
    return tuple(GroupLine(g, facts.label(g), source, agency, as_of) for g, source, agency, as_of in ordered)


def _enrolment(member: Member) -> Enrolment:
    person = member.person
    if person is None:
        return Enrolment.NOT_REGISTERED
    if person.receiving_pension:
        return Enrolment.RECEIVING
    return Enrolment.ENROLLED if person.enrolled else Enrolment.NOT_ENROLLED


def _pension(member: Member, claim_age: int) -> PensionState:
    if member.person is not None and member.person.receiving_pension:
        return PensionState.RECEIVING
    if member.age is not None and member.age >= claim_age:
        return PensionState.CLAIM_AGE_REACHED
    return PensionState.NOT_YET


def ledger_cells(
    row: LedgerRow,
    columns: Iterable[LedgerColumn] = COLUMNS,
    text: Callable[[str], str] = str,
    describe: Callable[[Problem], str] = lambda p: p.code,
) -> list[CellValue]:
    """The row's cell values in column order: plain text, whole numbers and amounts, never formulas.

    ``text`` words the value keys ("sex.M", "enrolment.enrolled", "daijiao.covered", "pension.receiving",
    "group.manual"; desktop/messages/compare.py has them); ``describe`` words the notes."""
    return [_cell(row, column, text, describe) for column in columns]


def _cell(
    row: LedgerRow, column: LedgerColumn, text: Callable[[str], str], describe: Callable[[Problem], str]
) -> CellValue:
    match column:
        case LedgerColumn.NUMBER:
            return row.number
        case LedgerColumn.NAME:
            return row.subject.name
        case LedgerColumn.ID_NUMBER:
            return row.id_number
        case LedgerColumn.SEX:
            return text(f"sex.{row.sex}") if row.sex else None
        case LedgerColumn.AGE:
            return row.age
        case LedgerColumn.VILLAGE:
            return row.village
        case LedgerColumn.GROUPS:
            return "\n".join(_group_text(line, text) for line in row.groups)
        case LedgerColumn.ENROLMENT:
            return text(f"enrolment.{row.enrolment}")
        case LedgerColumn.TIER:
            return row.tier
        case LedgerColumn.DAIJIAO:
            return text(f"daijiao.{row.status}")
        case LedgerColumn.DAIJIAO_AMOUNT:
            return row.daijiao_amount
        case LedgerColumn.PENSION:
            label = text(f"pension.{row.pension}")
            return f"{label} {row.pension_start.isoformat()}" if row.pension_start else label
        case LedgerColumn.NOTES:
            return "\n".join(describe(p) for p in row.notes) or None


def _group_text(line: GroupLine, text: Callable[[str], str]) -> str:
    if line.source == "manual":
        return f"{line.label}（{text('group.manual')}）"
    when = f" {line.as_of.isoformat()}" if line.as_of else ""
    return f"{line.label}（{line.agency or text('group.list')}{when}）"
