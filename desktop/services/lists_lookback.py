"""Looking back at imported lists: the snapshots and how old they are, what changed, the rows still to
fix, and confirming who a row with a damaged ID number is about (the only way such a row is matched)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.lists import ListRecord, ListSource, RowReport, SnapshotDiff, diff_snapshots
from core.lists.snapshot import record_key
from desktop.services.errors import ServiceError
from desktop.services.lists_facts import apply_facts
from desktop.services.lists_matching import clues, column_mapping, find_candidates, fixable_by_match, reread_row
from desktop.services.lists_model import Candidate, ListsImportProblem, MatchedRecord, SnapshotInfo, source_of_agency
from desktop.services.lists_storage import (
    newest_as_of,
    previous_imported,
    record_of,
    record_row,
    records_of,
    report_of,
    snapshot_info,
)
from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.models import ListRecordRow, ListRowReport, ListSnapshot, ListSnapshotDetail, Resident


class LookBack:
    def __init__(self, store: Store, actor: str, today: date | None = None) -> None:
        self._store = store
        self._actor = actor
        self._today = today

    def _day(self) -> date:
        return self._today or date.today()

    def snapshots(self, source: ListSource | str | None = None) -> list[SnapshotInfo]:
        """Every snapshot, newest first (the demo desk's too, which have no records)."""
        with self._store.session(self._actor) as session:
            statement = select(ListSnapshot).order_by(ListSnapshot.as_of.desc(), ListSnapshot.id.desc())
            infos = [snapshot_info(session, s, self._day()) for s in session.scalars(statement)]
        if source is None:
            return infos
        wanted = ListSource(source)
        return [i for i in infos if source_of_agency(i.source) is wanted]

    def difference(self, snapshot_uuid: UUID) -> tuple[SnapshotInfo | None, SnapshotDiff]:
        """What changed from the previous imported snapshot of the same source to this one."""
        with self._store.session(self._actor) as session:
            snapshot, source = _snapshot(session, snapshot_uuid)
            previous = previous_imported(session, source, snapshot.as_of, snapshot.id)
            before = records_of(session, previous.id) if previous else []
            diff = diff_snapshots(source, before, records_of(session, snapshot.id))
            return (snapshot_info(session, previous, self._day()) if previous else None), diff

    def rejected_rows(self, snapshot_uuid: UUID) -> tuple[tuple[RowReport, ...], tuple[str, ...]]:
        """The snapshot's rejected rows not yet matched by the assistant, and the file's column labels."""
        with self._store.session(self._actor) as session:
            snapshot, _ = _snapshot(session, snapshot_uuid)
            detail = _detail(session, snapshot)
            rows = session.scalars(
                select(ListRowReport)
                .where(ListRowReport.snapshot_id == snapshot.id, ListRowReport.kind == "rejected",
                       ListRowReport.resolved_resident_id.is_(None))
                .order_by(ListRowReport.row)
            )  # fmt: skip
            return tuple(report_of(r) for r in rows), tuple(detail.headers)

    def candidates(self, snapshot_uuid: UUID, row: int) -> list[Candidate]:
        """Residents a rejected row with a missing or damaged ID number may be about, likeliest first."""
        with self._store.session(self._actor) as session:
            snapshot, _ = _snapshot(session, snapshot_uuid)
            report = _fixable_row(session, snapshot, row)
            mapping = column_mapping(_detail(session, snapshot).mapping)
            return find_candidates(session, clues(report.cells, mapping), self._day())

    def confirm_match(self, snapshot_uuid: UUID, row: int, resident_uuid: UUID) -> MatchedRecord:
        """The assistant says who a rejected row is about: its record joins the snapshot, matched, and the
        register learns from it as from any other record of the newest list. Audited."""
        today = self._day()
        with self._store.session(self._actor) as session:
            snapshot, source = _snapshot(session, snapshot_uuid)
            report = _fixable_row(session, snapshot, row)
            resident = session.scalars(select(Resident).where(Resident.uuid == resident_uuid)).one_or_none()
            if resident is None:
                raise ServiceError.of(ListsImportProblem.RESIDENT_NOT_FOUND)
            detail = _detail(session, snapshot)
            mapping = column_mapping(detail.mapping)
            record, errors = reread_row(row, report.cells, mapping, source, resident.id_number,
                                        _record_above(session, snapshot, row), detail.default_group, today)  # fmt: skip
            if record is None:
                raise ServiceError.of(ListsImportProblem.ROW_STILL_REJECTED, row=row,
                                      codes=", ".join(p.code for p in errors))  # fmt: skip
            _refuse_twice(session, snapshot, source, record)
            session.add(ListRecordRow(**record_row(snapshot.id, record, resident.id, "confirmed")))
            report.resolved_resident_id = resident.id
            newest = newest_as_of(session, source)
            if newest is None or snapshot.as_of >= newest:
                apply_facts(session, snapshot, source, [(record, resident.id)], (), close_missing=False)
            session.flush()  # the changes' own audit events come before the summary
            record_event(session, "lists.confirm_match", entity_type="list_snapshots",
                         entity_uuid=str(snapshot.uuid),
                         detail={"row": row, "resident": str(resident.uuid),
                                 "problems": [p["code"] for p in report.problems]})  # fmt: skip
            return MatchedRecord(record, resident.uuid)


def _snapshot(session: Session, snapshot_uuid: UUID) -> tuple[ListSnapshot, ListSource]:
    snapshot = session.scalars(select(ListSnapshot).where(ListSnapshot.uuid == snapshot_uuid)).one_or_none()
    source = source_of_agency(snapshot.source_agency) if snapshot is not None else None
    if snapshot is None or source is None:
        raise ServiceError.of(ListsImportProblem.SNAPSHOT_NOT_FOUND)
    return snapshot, source


def _detail(session: Session, snapshot: ListSnapshot) -> ListSnapshotDetail:
    detail = session.scalars(select(ListSnapshotDetail).where(ListSnapshotDetail.snapshot_id == snapshot.id)).first()
    if detail is None:  # a snapshot made without an import has no rows to look at
        raise ServiceError.of(ListsImportProblem.SNAPSHOT_NOT_FOUND)
    return detail


def _fixable_row(session: Session, snapshot: ListSnapshot, row: int) -> ListRowReport:
    """A rejected, unresolved row whose only problems are its ID number."""
    report = session.scalars(
        select(ListRowReport).where(
            ListRowReport.snapshot_id == snapshot.id, ListRowReport.row == row, ListRowReport.kind == "rejected",
            ListRowReport.resolved_resident_id.is_(None),
        )
    ).first()  # fmt: skip
    if report is None or not fixable_by_match([p["code"] for p in report.problems]):
        raise ServiceError.of(ListsImportProblem.ROW_NOT_FOUND, row=row)
    return report


def _record_above(session: Session, snapshot: ListSnapshot, row: int) -> ListRecord | None:
    above = session.scalars(
        select(ListRecordRow)
        .where(ListRecordRow.snapshot_id == snapshot.id, ListRecordRow.row < row)
        .order_by(ListRecordRow.row.desc())
    ).first()
    return record_of(above) if above is not None else None


def _refuse_twice(session: Session, snapshot: ListSnapshot, source: ListSource, record: ListRecord) -> None:
    key = record_key(source, record)
    for other in records_of(session, snapshot.id):
        if record_key(source, other) == key:
            raise ServiceError.of(ListsImportProblem.ALREADY_ON_LIST, row=other.row, name=other.name)
