"""The register and the current lists, read from the store as core.compare's plain inputs.

A desk may hold 100,000 residents and a million contribution years: everything is read with a few Core
selects (no ORM objects), money is read as the stored integer fen (the Money type's per-value Decimal
arithmetic dominated the load), and the many equal contribution years are built once and shared.
A register person's key is the resident's UUID as text, so every worklist item leads back to a resident.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import Integer, select, type_coerce
from sqlalchemy.orm import Session

from core.compare import ListEntry, Membership, RegisterPerson, YearContribution
from core.compare.inputs import MembershipSource, Sex
from core.progress import Progress
from desktop.services.lists_model import source_of_agency
from desktop.store.models import Contribution, GroupMembership, Household, ListRecordRow, ListSnapshot, Resident

_CANCEL_EVERY = 50_000  # rows between two looks at the Cancel button


class _Yuan:
    """Integer fen to Decimal yuan, each distinct amount converted once."""

    def __init__(self) -> None:
        self._seen: dict[int, Decimal] = {}

    def __call__(self, fen: int | None) -> Decimal:
        value = fen or 0
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = (Decimal(value) / 100).quantize(Decimal("0.01"))
        return found


def _fen(column: Any) -> Any:
    return type_coerce(column, Integer)


def load_contributions(session: Session, progress: Progress) -> dict[int, tuple[YearContribution, ...]]:
    """Every resident's contribution years, in year order, by resident row id."""
    yuan, shared = _Yuan(), dict[tuple[Any, ...], YearContribution]()
    years: defaultdict[int, list[YearContribution]] = defaultdict(list)
    statement = select(
        Contribution.resident_id, Contribution.year, _fen(Contribution.self_paid), _fen(Contribution.government_paid),
        _fen(Contribution.subsidy), _fen(Contribution.other_funding), Contribution.arrears,
    ).order_by(Contribution.resident_id, Contribution.year)  # fmt: skip
    for count, (resident_id, *values) in enumerate(session.execute(statement), start=1):
        if count % _CANCEL_EVERY == 0:
            progress.check()
        signature = tuple(values)
        paid = shared.get(signature)
        if paid is None:
            year, self_paid, government, subsidy, other, arrears = values
            paid = shared[signature] = YearContribution(
                year, yuan(self_paid), yuan(government), yuan(subsidy), yuan(other), bool(arrears)
            )
        years[resident_id].append(paid)
    return {k: tuple(v) for k, v in years.items()}


def load_memberships(session: Session) -> dict[int, tuple[Membership, ...]]:
    """Every group span, by resident row id, with the list (source and date) it came from."""
    statement = (
        select(
            GroupMembership.resident_id, GroupMembership.group_key, GroupMembership.source,
            GroupMembership.valid_from, GroupMembership.valid_to, GroupMembership.subtype,
            ListSnapshot.source_agency, ListSnapshot.as_of,
        )
        .outerjoin(ListSnapshot, ListSnapshot.id == GroupMembership.list_snapshot_id)
        .order_by(GroupMembership.resident_id, GroupMembership.valid_from, GroupMembership.id)
    )  # fmt: skip
    spans: defaultdict[int, list[Membership]] = defaultdict(list)
    for resident_id, group, source, start, end, subtype, agency, as_of in session.execute(statement):
        kind: MembershipSource = "list" if source == "list" else "manual"
        spans[resident_id].append(
            Membership(group, kind, start, end, subtype, list_source=_source_name(agency), list_as_of=as_of)
        )
    return {k: tuple(v) for k, v in spans.items()}


def load_persons(session: Session, progress: Progress) -> tuple[tuple[RegisterPerson, ...], dict[int, str]]:
    """The register as core's persons, and each resident's row id -> key (UUID text)."""
    contributions = load_contributions(session, progress)
    progress.check()
    memberships = load_memberships(session)
    progress.check()
    yuan = _Yuan()
    statement = (
        select(
            Resident.id, Resident.uuid, Resident.id_number, Resident.name, Resident.sex, Resident.birth_date,
            Resident.village_code, Resident.hukou_division, Household.household_number, Resident.enrolled,
            Resident.enrolled_since, _fen(Resident.tier), Resident.receiving_pension, Resident.pension_start,
            Resident.student, Resident.employee_pension, Resident.public_institution,
        )
        .outerjoin(Household, Household.id == Resident.household_id)
        .order_by(Resident.id)
    )  # fmt: skip
    persons: list[RegisterPerson] = []
    keys: dict[int, str] = {}
    for count, row in enumerate(session.execute(statement), start=1):
        if count % _CANCEL_EVERY == 0:
            progress.check()
        key = str(row.uuid)
        keys[row.id] = key
        sex: Sex = "F" if row.sex == "F" else "M"
        persons.append(
            RegisterPerson(
                key=key, id_number=row.id_number, name=row.name, sex=sex, birth_date=row.birth_date,
                village_code=row.village_code, hukou_division=row.hukou_division, household=row.household_number,
                enrolled=row.enrolled, enrolled_since=row.enrolled_since,
                tier=None if row.tier is None else yuan(row.tier), receiving_pension=row.receiving_pension,
                pension_start=row.pension_start, contributions=contributions.get(row.id, ()),
                memberships=memberships.get(row.id, ()), student=row.student,
                employee_pension=row.employee_pension, public_institution=row.public_institution,
            )
        )  # fmt: skip
    return tuple(persons), keys


class CurrentSnapshot(NamedTuple):
    id: int
    uuid: UUID
    as_of: date


def current_snapshots(session: Session) -> dict[str, CurrentSnapshot]:
    """Each source's newest snapshot (by as-of date, then the later import).
    The demo desk's snapshots count although they hold no records: they say when a list was received."""
    newest: dict[str, CurrentSnapshot] = {}
    statement = select(ListSnapshot.id, ListSnapshot.uuid, ListSnapshot.source_agency, ListSnapshot.as_of).order_by(
        ListSnapshot.as_of, ListSnapshot.id
    )
    for snapshot_id, snapshot_uuid, agency, as_of in session.execute(statement):
        newest[_source_name(agency) or agency] = CurrentSnapshot(snapshot_id, snapshot_uuid, as_of)
    return newest


def snapshot_days(session: Session) -> list[date]:
    """The as-of date of every snapshot ever imported, for the dashboard's trend."""
    return sorted(set(session.scalars(select(ListSnapshot.as_of))))


def load_entries(
    session: Session,
    snapshots: dict[str, CurrentSnapshot],
    keys: dict[int, str],
    village_of: Callable[[str | None], str | None] = lambda address: None,
) -> list[ListEntry]:
    """The records of the current snapshots; a matched record names its resident's key, an unmatched one
    the village its address names (``village_of``), which tells whose resident to register."""
    by_id = {s.id: (source, s.as_of) for source, s in snapshots.items()}
    if not by_id:
        return []
    statement = select(
        ListRecordRow.snapshot_id, ListRecordRow.row, ListRecordRow.id_number, ListRecordRow.name,
        ListRecordRow.group_key, ListRecordRow.subtype, ListRecordRow.date_from, ListRecordRow.date_to,
        ListRecordRow.resident_id, ListRecordRow.address,
    ).where(ListRecordRow.snapshot_id.in_(by_id))  # fmt: skip
    entries = []
    for snapshot_id, row, id_number, name, group, subtype, start, end, resident_id, address in session.execute(
        statement
    ):
        source, as_of = by_id[snapshot_id]
        village = None if resident_id is not None else village_of(address)
        entries.append(
            ListEntry(
                source=source, as_of=as_of, group=group, name=name, id_number=id_number or None, subtype=subtype,
                village_code=village, date_from=start, date_to=end,
                register_key=keys.get(resident_id) if resident_id else None, row=row,
            )
        )  # fmt: skip
    return entries


def _source_name(agency: str | None) -> str | None:
    """The ListSource value of a stored agency name (the demo desk stores pinyin names)."""
    if agency is None:
        return None
    source = source_of_agency(agency)
    return str(source) if source is not None else agency
