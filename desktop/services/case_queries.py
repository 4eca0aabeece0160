"""The queries behind the case lists: filters that use the cases' indexes, and counts by status.

A list line needs only a case's papers out of its JSON, so SQLite extracts them (``json_extract``)
instead of handing over each case's whole data (the eligibility snapshot can be several kilobytes).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import Select, String, func, or_, select
from sqlalchemy.orm import Session

from desktop.store.models import Case, Draft, Resident


def local_day_start(day: date) -> datetime:
    """Midnight of ``day`` at the desk (the computer's time zone), as UTC: stamps are stored in UTC."""
    return datetime.combine(day, time.min).astimezone(UTC)


ListLine = Select[UUID, str, str, str, datetime, datetime, str, str, UUID, str, str, str | None]


def case_list_query(*, case_type: str | None, statuses: Collection[str], assistant: str | None,
                    since: date | None, until: date | None, resident_uuid: UUID | None, limit: int) -> ListLine:
    """Newest first; the columns of a list line and the papers' JSON text."""
    query = (
        select(Case.uuid, Case.reference, Case.case_type, Case.status, Case.created_at, Case.updated_at,
               Case.created_by, Case.updated_by, Resident.uuid, Resident.name, Resident.id_number,
               func.json_extract(Case.data, "$.papers", type_=String))
        .join(Resident, Case.resident_id == Resident.id)
        .order_by(Case.updated_at.desc(), Case.id.desc())
        .limit(limit)
    )
    if case_type is not None:
        query = query.where(Case.case_type == case_type)
    if statuses:
        query = query.where(Case.status.in_(sorted(statuses)))
    if assistant is not None:
        query = query.where(or_(Case.created_by == assistant, Case.updated_by == assistant))
    if since is not None:
        query = query.where(Case.updated_at >= local_day_start(since))
    if until is not None:
        query = query.where(Case.updated_at < local_day_start(until + timedelta(days=1)))
    if resident_uuid is not None:
        query = query.where(Resident.uuid == resident_uuid)
    return query


def status_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Case.status, func.count()).group_by(Case.status))
    return {str(status): int(count) for status, count in rows}


def correction_draft_query(case_uuid: UUID) -> Select[UUID]:
    """The draft correcting a returned case (its data's ``corrects.case_uuid``), the oldest if somehow several."""
    pointer = func.json_extract(Draft.data, "$.corrects.case_uuid", type_=String)
    return select(Draft.uuid).where(pointer == str(case_uuid)).order_by(Draft.id).limit(1)
