"""Snapshots in the database: writing one with its records and row reports, finding repeats and the
previous snapshot of a source, reading records back, and the column mapping remembered per source."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from core.lists import ListRecord, ListSource, RowReport
from core.problems import Problem, Severity
from core.progress import Progress
from desktop.services.lists_bulk import insert_rows, insert_stored
from desktop.services.lists_model import SOURCE_AGENCIES, SnapshotInfo
from desktop.services.lists_register import RegisterEntry
from desktop.store.meta import get_meta, set_meta
from desktop.store.models import ListRecordRow, ListRowReport, ListSnapshot, ListSnapshotDetail

_CHUNK = 1000
_MAPPING_KEY = "lists.mapping.{source}"


def find_repeat(
    session: Session, source: ListSource, content_hash: str, snapshot_hash: str, quarter: str
) -> ListSnapshot | None:
    """The same file again, or the same people in another file (re-sorted, re-saved) in the same quarter.
    The same people in a later quarter are a new snapshot: the agency confirmed its list is current."""
    agencies = SOURCE_AGENCIES[source]
    same_file = session.scalars(
        select(ListSnapshot).where(ListSnapshot.source_agency.in_(agencies), ListSnapshot.content_hash == content_hash)
    ).first()
    if same_file is not None:
        return same_file
    return session.scalars(
        select(ListSnapshot)
        .join(ListSnapshotDetail, ListSnapshotDetail.snapshot_id == ListSnapshot.id)
        .where(
            ListSnapshot.source_agency.in_(agencies),
            ListSnapshotDetail.snapshot_hash == snapshot_hash,
            ListSnapshot.quarter == quarter,
        )
    ).first()


def newest_as_of(session: Session, source: ListSource) -> date | None:
    return session.scalar(
        select(func.max(ListSnapshot.as_of)).where(ListSnapshot.source_agency.in_(SOURCE_AGENCIES[source]))
    )


def previous_imported(session: Session, source: ListSource, as_of: date, exclude: int | None) -> ListSnapshot | None:
    """The latest imported snapshot of the source on or before ``as_of`` (a demo snapshot has no records)."""
    statement = (
        select(ListSnapshot)
        .join(ListSnapshotDetail, ListSnapshotDetail.snapshot_id == ListSnapshot.id)
        .where(ListSnapshot.source_agency.in_(SOURCE_AGENCIES[source]), ListSnapshot.as_of <= as_of)
        .order_by(ListSnapshot.as_of.desc(), ListSnapshot.id.desc())
    )
    if exclude is not None:
        statement = statement.where(ListSnapshot.id != exclude)
    return session.scalars(statement).first()


@dataclass(frozen=True)
class SnapshotContent:
    snapshot_hash: str
    as_of_basis: str
    strict: bool
    rows_read: int
    mapping: dict[str, int]
    default_group: str | None
    headers: tuple[str, ...]
    records: Sequence[tuple[ListRecord, RegisterEntry | None]]
    rejected: Sequence[RowReport]
    warnings: Sequence[RowReport]


def write_content(session: Session, snapshot: ListSnapshot, content: SnapshotContent, progress: Progress) -> None:
    """The snapshot's detail, records and row reports, in chunks, checking for Cancel between them."""
    session.add(
        ListSnapshotDetail(
            snapshot_id=snapshot.id, snapshot_hash=content.snapshot_hash, as_of_basis=content.as_of_basis,
            strict=content.strict, rows_read=content.rows_read, accepted=len(content.records),
            rejected=len({r.row for r in content.rejected}), warnings=len(content.warnings),
            mapping=content.mapping, default_group=content.default_group, headers=list(content.headers),
        )
    )  # fmt: skip
    # as the tuples SQLite stores (no column of these tables needs converting): 100,000 dicts cost a second
    rows = [
        (snapshot.id, r.row, r.id_number, r.name, r.group, r.subtype, r.review_group, r.disability_category,
         r.disability_grade, r.cert_number, r.veteran_cert, r.household_head, r.relation, r.address, r.phone,
         r.date_from, r.date_to, entry.id if entry else None, "id" if entry else None)
        for r, entry in content.records
    ]  # fmt: skip
    reports = [_report_row(snapshot.id, "rejected", r) for r in content.rejected]
    reports += [_report_row(snapshot.id, "warning", r) for r in content.warnings]
    total = len(rows) + len(reports)
    # plain executemany on the driver's cursor: these tables are not audited row by row, and the ORM's
    # bulk path would insert them one statement at a time
    connection = session.connection()
    for start in range(0, len(rows), _CHUNK):
        progress.check()
        insert_stored(connection, _RECORDS, _RECORD_KEYS, rows[start : start + _CHUNK])
        progress.report(start + len(rows[start : start + _CHUNK]), total, "lists.saving")
    for start in range(0, len(reports), _CHUNK):
        progress.check()
        insert_rows(connection, ListRowReport.__table__, reports[start : start + _CHUNK])
        progress.report(len(rows) + start + len(reports[start : start + _CHUNK]), total, "lists.saving")


_RECORDS: Table = ListRecordRow.__table__  # type: ignore[assignment]
_RECORD_KEYS = ("snapshot_id", "row", "id_number", "name", "group_key", "subtype", "review_group",
                "disability_category", "disability_grade", "cert_number", "veteran_cert", "household_head",
                "relation", "address", "phone", "date_from", "date_to", "resident_id", "match")  # fmt: skip


def record_row(snapshot_id: int, record: ListRecord, resident_id: int | None, match: str) -> dict[str, Any]:
    return {
        "snapshot_id": snapshot_id, "row": record.row, "id_number": record.id_number, "name": record.name,
        "group_key": record.group, "subtype": record.subtype, "review_group": record.review_group,
        "disability_category": record.disability_category, "disability_grade": record.disability_grade,
        "cert_number": record.cert_number, "veteran_cert": record.veteran_cert,
        "household_head": record.household_head, "relation": record.relation, "address": record.address,
        "phone": record.phone, "date_from": record.date_from, "date_to": record.date_to,
        "resident_id": resident_id, "match": match if resident_id is not None else None,
    }  # fmt: skip


def _report_row(snapshot_id: int, kind: str, report: RowReport) -> dict[str, Any]:
    return {"snapshot_id": snapshot_id, "row": report.row, "kind": kind,
            "problems": [p.to_json() for p in report.problems], "cells": list(report.values)}  # fmt: skip


def record_of(row: ListRecordRow) -> ListRecord:
    return ListRecord(
        row=row.row, id_number=row.id_number, name=row.name, group=row.group_key, subtype=row.subtype,
        review_group=row.review_group, disability_category=row.disability_category,
        disability_grade=row.disability_grade, cert_number=row.cert_number, veteran_cert=row.veteran_cert,
        household_head=row.household_head, relation=row.relation, address=row.address, phone=row.phone,
        date_from=row.date_from, date_to=row.date_to,
    )  # fmt: skip


_RECORD_COLUMNS = (
    ListRecordRow.row, ListRecordRow.id_number, ListRecordRow.name, ListRecordRow.group_key, ListRecordRow.subtype,
    ListRecordRow.review_group, ListRecordRow.disability_category, ListRecordRow.disability_grade,
    ListRecordRow.cert_number, ListRecordRow.veteran_cert, ListRecordRow.household_head, ListRecordRow.relation,
    ListRecordRow.address, ListRecordRow.phone, ListRecordRow.date_from, ListRecordRow.date_to,
)  # fmt: skip


def records_of(session: Session, snapshot_id: int) -> list[ListRecord]:
    """A snapshot's records in row order; plain columns, not ORM objects (a list may hold 100,000)."""
    statement = select(*_RECORD_COLUMNS).where(ListRecordRow.snapshot_id == snapshot_id).order_by(ListRecordRow.row)
    return [ListRecord(*values) for values in session.connection().execute(statement)]


def snapshot_info(session: Session, snapshot: ListSnapshot, today: date) -> SnapshotInfo:
    detail = session.scalars(select(ListSnapshotDetail).where(ListSnapshotDetail.snapshot_id == snapshot.id)).first()
    matched = None
    if detail is not None:
        matched = session.scalar(
            select(func.count()).where(ListRecordRow.snapshot_id == snapshot.id, ListRecordRow.resident_id.is_not(None))
        )
    return SnapshotInfo(
        uuid=snapshot.uuid, source=snapshot.source_agency, as_of=snapshot.as_of,
        as_of_basis=detail.as_of_basis if detail else None, quarter=snapshot.quarter, file_name=snapshot.file_name,
        content_hash=snapshot.content_hash, snapshot_hash=detail.snapshot_hash if detail else None,
        imported_by=snapshot.imported_by, imported_at=snapshot.imported_at,
        rows_read=detail.rows_read if detail else None, accepted=detail.accepted if detail else None,
        rejected=detail.rejected if detail else None, warnings=detail.warnings if detail else None,
        matched=matched, age_days=(today - snapshot.as_of).days,
    )  # fmt: skip


def remembered_mapping(session: Session, source: ListSource) -> dict[str, str]:
    """Field -> header label the assistant chose last time for this source (empty if never)."""
    stored = get_meta(session.connection(), _MAPPING_KEY.format(source=source))
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def remember_mapping(session: Session, source: ListSource, mapping: dict[str, str]) -> None:
    set_meta(session.connection(), _MAPPING_KEY.format(source=source), json.dumps(mapping, ensure_ascii=False))


def problem_of(stored: dict[str, Any]) -> Problem:
    params = stored.get("params") or {}
    return Problem(str(stored["code"]), Severity(stored.get("severity", "error")), stored.get("field"), dict(params))


def report_of(row: ListRowReport) -> RowReport:
    return RowReport(row.row, tuple(problem_of(p) for p in row.problems), tuple(row.cells))
