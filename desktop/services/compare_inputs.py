"""The register and the current lists, read from the store as core.compare's plain inputs.

A desk may hold 100,000 residents and half a million contribution years: everything is read with a few
Core selects, the two big tables on the driver's cursor (SQLAlchemy's rows and per-value type conversions
cost as much as the fetch; money comes as integer fen, dates as ISO text, UUIDs as hex), and the many
equal contribution years are built once and shared.
A register person's key is the resident's UUID as text, so every worklist item leads back to a resident.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import Integer, String, case, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement

from core.compare import ListEntry, Membership, RegisterPerson, YearContribution
from core.compare.inputs import MembershipSource, Sex
from core.progress import NO_PROGRESS, Progress
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


@contextmanager
def collector_paused(*, keep_results: bool = False) -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while 100,000s of objects are built that form no cycles
    (rows, records, inputs, results): each full collection walks every one of them again, and on a
    100,000-resident desk those walks cost as much as the work itself. Plain reference counting still frees
    what goes out of use; the collector runs as usual afterwards.

    With ``keep_results`` (a comparison the screens keep) what was built goes straight to the collector's
    oldest generation when it resumes, which only its rare full collections walk: otherwise the first young
    collection after the pause walks all of it at once (most of a second on 100,000 residents). Younger
    objects from before the pause move there with it; cycles among them are still found, by the next full
    collection."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep_results:
            gc.freeze()  # every tracked object to the permanent generation ...
            gc.unfreeze()  # ... and from there to the oldest one, walking none of them
        gc.enable()


def uuid_text(stored: str) -> str:
    """A UUID as SQLite stores it (32 hex digits) in its usual form, as str(UUID) gives it."""
    if len(stored) != 32:
        return str(UUID(stored))
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def _fen(column: Any) -> Any:
    return type_coerce(column, Integer)


def driver_rows(session: Session, statement: ClauseElement, progress: Progress) -> Iterator[Sequence[Any]]:
    """The statement's rows as the driver gives them (integers, text), in chunks, checking for Cancel
    between chunks. For the big tables only: SQLAlchemy's rows and column types cost as much as the fetch
    itself, so the caller converts what needs it (money in fen, dates in ISO text, UUIDs in hex)."""
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        # bound values (snapshot ids) are written into the text: the raw cursor takes no SQLAlchemy parameters
        cursor.execute(str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})))
        while rows := cursor.fetchmany(_CANCEL_EVERY):
            progress.check()
            yield rows
    finally:
        cursor.close()


class _Same(dict[str, str]):
    """Equal texts as one object (village codes, household numbers): the comparison sorts 100,000s of people
    by them, and equal objects compare at once where equal copies are compared character by character."""

    def __missing__(self, text: str) -> str:
        self[text] = text
        return text


class _Days(dict[str | None, date | None]):
    """ISO text to dates, each distinct day converted once (a list's rows share a few dates, and 100,000
    residents some 30,000 birthdays); None stays None. Looked up as ``days[text]``: a dict's own lookup,
    with no method call for each of 100,000s of values."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, stored: str | None) -> date:
        assert stored is not None  # None is in from the start
        found = self[stored] = date.fromisoformat(stored)
        return found

    def __call__(self, stored: str) -> date:
        """A day that is never missing (a span's start, a birth date)."""
        found = self[stored]
        assert found is not None
        return found


class _Years(dict[tuple[Any, ...], YearContribution]):
    """A contribution year as the driver gives it (year, then money in fen and the arrears flag) ->
    YearContribution, each distinct one built once and shared: most residents pay alike."""

    def __init__(self) -> None:
        super().__init__()
        self._yuan = _Yuan()

    def __missing__(self, stored: tuple[Any, ...]) -> YearContribution:
        year, self_paid, government, subsidy, other, arrears = stored
        yuan = self._yuan
        paid = self[stored] = YearContribution(
            year, yuan(self_paid), yuan(government), yuan(subsidy), yuan(other), bool(arrears)
        )
        return paid


def load_contributions(session: Session, progress: Progress) -> dict[int, tuple[YearContribution, ...]]:
    """Every resident's contribution years, in year order, by resident row id."""
    shared = _Years()
    years: dict[int, list[YearContribution]] = {}
    unsorted: set[int] = set()
    statement = select(
        Contribution.resident_id, Contribution.year, _fen(Contribution.self_paid), _fen(Contribution.government_paid),
        _fen(Contribution.subsidy), _fen(Contribution.other_funding), Contribution.arrears,
    )  # fmt: skip
    # in table order: ordering by the index reads the encrypted pages at random
    for rows in driver_rows(session, statement, progress):
        for row in rows:
            resident_id, paid = row[0], shared[row[1:]]
            bucket = years.get(resident_id)
            if bucket is None:
                years[resident_id] = [paid]
                continue
            if bucket[-1].year > paid.year:
                unsorted.add(resident_id)
            bucket.append(paid)
    for resident_id in unsorted:
        years[resident_id].sort(key=_year)
    return {k: tuple(v) for k, v in years.items()}


def _year(paid: YearContribution) -> int:
    return paid.year


class _Spans(dict[tuple[Any, ...], Membership]):
    """A group span as the driver gives it (group, source, start, end, subtype, snapshot row id) ->
    Membership, each distinct one built once and shared: a list's spans are alike but for the resident."""

    def __init__(self, lists: dict[int, tuple[str | None, date]]) -> None:
        super().__init__()
        self._lists = lists
        self._days = _Days()

    def __missing__(self, stored: tuple[Any, ...]) -> Membership:
        group, source, start, end, subtype, snapshot_id = stored
        kind: MembershipSource = "list" if source == "list" else "manual"
        agency, as_of = self._lists.get(snapshot_id, (None, None))
        span = self[stored] = Membership(
            group, kind, self._days(start), self._days[end], subtype, list_source=agency, list_as_of=as_of
        )
        return span


def load_memberships(session: Session, progress: Progress = NO_PROGRESS) -> dict[int, tuple[Membership, ...]]:
    """Every group span, by resident row id in (valid_from, id) order, with the list (source and date) it
    came from."""
    name = functools.cache(_source_name)
    lists = {
        snapshot_id: (name(agency), as_of)
        for snapshot_id, agency, as_of in session.execute(
            select(ListSnapshot.id, ListSnapshot.source_agency, ListSnapshot.as_of)
        )
    }
    statement = select(
        GroupMembership.resident_id, GroupMembership.id, GroupMembership.group_key, GroupMembership.source,
        GroupMembership.valid_from, GroupMembership.valid_to, GroupMembership.subtype,
        GroupMembership.list_snapshot_id,
    )  # fmt: skip
    shared = _Spans(lists)
    spans: dict[int, list[tuple[date, int, Membership]]] = {}
    unsorted: set[int] = set()
    # in table order (ordering by resident reads the encrypted pages at random), which is mostly the order
    # wanted: a resident's spans are sorted only when they came otherwise
    for rows in driver_rows(session, statement, progress):
        for row in rows:
            resident_id, span = row[0], shared[row[2:]]
            placed = (span.valid_from, row[1], span)
            bucket = spans.get(resident_id)
            if bucket is None:
                spans[resident_id] = [placed]
                continue
            last = bucket[-1]
            if placed[0] < last[0] or (placed[0] == last[0] and placed[1] < last[1]):
                unsorted.add(resident_id)
            bucket.append(placed)
    for resident_id in unsorted:
        spans[resident_id].sort(key=_when)
    return {k: tuple(map(_span, v)) for k, v in spans.items()}


def _when(placed: tuple[date, int, Membership]) -> tuple[date, int]:
    return placed[0], placed[1]


_span = itemgetter(2)


def load_persons(session: Session, progress: Progress) -> tuple[tuple[RegisterPerson, ...], dict[int, str]]:
    """The register as core's persons, and each resident's row id -> key (UUID text)."""
    contributions = load_contributions(session, progress)
    progress.check()
    memberships = load_memberships(session, progress)
    progress.check()
    yuan = _Yuan()
    statement = (
        select(
            Resident.id, type_coerce(Resident.uuid, String).label("uuid"), Resident.id_number, Resident.name,
            Resident.sex, Resident.birth_date, Resident.village_code, Resident.hukou_division,
            Household.household_number, Resident.enrolled, Resident.enrolled_since, _fen(Resident.tier),
            Resident.receiving_pension, Resident.pension_start, Resident.student, Resident.employee_pension,
            Resident.public_institution,
        )
        .outerjoin(Household, Household.id == Resident.household_id)
        .order_by(Resident.id)
    )  # fmt: skip
    persons: list[RegisterPerson] = []
    keys: dict[int, str] = {}
    same, days = _Same(), _Days()
    for rows in driver_rows(session, statement, progress):
        for (row_id, stored_uuid, id_number, name, stored_sex, birth, village, hukou, household, enrolled, since,
             tier, receiving, pension_start, student, employee, public) in rows:  # fmt: skip
            key = keys[row_id] = uuid_text(stored_uuid)
            sex: Sex = "F" if stored_sex == "F" else "M"
            persons.append(
                RegisterPerson(
                    key=key, id_number=id_number, name=name, sex=sex, birth_date=days(birth),
                    village_code=same[village], hukou_division=same[hukou],
                    household=None if household is None else same[household], enrolled=bool(enrolled),
                    enrolled_since=days[since], tier=None if tier is None else yuan(tier),
                    receiving_pension=bool(receiving), pension_start=days[pension_start],
                    contributions=contributions.get(row_id, ()), memberships=memberships.get(row_id, ()),
                    student=bool(student), employee_pension=bool(employee), public_institution=bool(public),
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
    progress: Progress = NO_PROGRESS,
) -> list[ListEntry]:
    """The records of the current snapshots; a matched record names its resident's key, an unmatched one
    the village its address names (``village_of``), which tells whose resident to register."""
    by_id = {s.id: (source, s.as_of) for source, s in snapshots.items()}
    if not by_id:
        return []
    statement = select(
        ListRecordRow.snapshot_id, ListRecordRow.row, ListRecordRow.id_number, ListRecordRow.name,
        ListRecordRow.group_key, ListRecordRow.subtype, ListRecordRow.date_from, ListRecordRow.date_to,
        ListRecordRow.resident_id,
        # only an unmatched record's address is read: it names the village of someone nobody registered
        case((ListRecordRow.resident_id.is_(None), ListRecordRow.address)),
    ).where(ListRecordRow.snapshot_id.in_(by_id))  # fmt: skip
    entries = []
    day = _Days()
    # on the driver's cursor: two lists of 100,000 records are read on every comparison
    for rows in driver_rows(session, statement, progress):
        for snapshot_id, row, id_number, name, group, subtype, start, end, resident_id, address in rows:
            source, as_of = by_id[snapshot_id]
            village = None if resident_id is not None else village_of(address)
            entries.append(
                ListEntry(
                    source=source, as_of=as_of, group=group, name=name, id_number=id_number or None, subtype=subtype,
                    village_code=village, date_from=day[start], date_to=day[end],
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
