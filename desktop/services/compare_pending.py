"""List rows waiting for the assistant to say who they are (a missing or damaged ID number), as entries of
the comparison, so a person on a list is never left out of the worklists because of a typing error.

Such a row was rejected at import and is kept as the agency wrote it. Its group, subtype and dates are
read the way :meth:`ListsService.confirm_match` will read it once a resident is chosen (the same
``reread_row``), with a stand-in number of the right shape in place of the damaged one; the stand-in only
lets the row be read and is never kept: the entry carries no ID number, the name and the birth date the
damaged number still shows, and core suggests register people of that name and birth date or village.
A row that cannot be read even so (a certificate number that must match the ID, say) stays on the
import's list of rows to fix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.compare import ListEntry
from core.ids import make_resident_id
from core.lists import ListRecord, ListSource
from desktop.services.compare_inputs import CurrentSnapshot
from desktop.services.lists_matching import clues, column_mapping, fixable_by_match, reread_row
from desktop.services.lists_storage import record_of
from desktop.store.models import ListRecordRow, ListRowReport, ListSnapshotDetail

_STAND_IN_BIRTH = date(1970, 1, 1)  # for a damaged number that no longer shows a birth date


def load_pending(
    session: Session,
    snapshots: Mapping[str, CurrentSnapshot],
    county: str,
    today: date,
    village_of: Callable[[str | None], str | None],
) -> list[ListEntry]:
    """The current snapshots' rejected rows that only a confirmed match can fix, as entries without an ID."""
    by_id = {s.id: (source, s) for source, s in snapshots.items() if source in set(ListSource)}
    if not by_id:
        return []
    details = {
        d.snapshot_id: d
        for d in session.scalars(select(ListSnapshotDetail).where(ListSnapshotDetail.snapshot_id.in_(by_id)))
    }
    reports = session.scalars(
        select(ListRowReport)
        .where(ListRowReport.snapshot_id.in_(details), ListRowReport.kind == "rejected",
               ListRowReport.resolved_resident_id.is_(None))
        .order_by(ListRowReport.snapshot_id, ListRowReport.row)
    )  # fmt: skip
    entries = []
    for report in reports:
        if not fixable_by_match([p["code"] for p in report.problems]):
            continue
        source, current = by_id[report.snapshot_id]
        detail = details[report.snapshot_id]
        mapping = column_mapping(detail.mapping)
        hint = clues(report.cells, mapping)
        stand_in = make_resident_id(county, hint.birth_date or _STAND_IN_BIRTH, 1)
        above = _record_above(session, report.snapshot_id, report.row)
        record, _ = reread_row(report.row, report.cells, mapping, ListSource(source), stand_in, above,
                               detail.default_group, today)  # fmt: skip
        if record is None or record.group is None:
            continue
        entries.append(
            ListEntry(
                source=source, as_of=current.as_of, group=record.group, name=hint.name or record.name,
                subtype=record.subtype, birth_date=hint.birth_date, village_code=village_of(record.address),
                date_from=record.date_from, date_to=record.date_to, row=report.row,
            )
        )  # fmt: skip
    return entries


def _record_above(session: Session, snapshot_id: int, row: int) -> ListRecord | None:
    """The accepted record just above: a member row may leave its household's columns to the first row."""
    above = session.scalars(
        select(ListRecordRow)
        .where(ListRecordRow.snapshot_id == snapshot_id, ListRecordRow.row < row)
        .order_by(ListRecordRow.row.desc())
    ).first()
    return record_of(above) if above is not None else None
