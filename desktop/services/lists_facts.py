"""What a new snapshot tells the register: group spans, disability certificates, veterans.

History is never deleted. 代缴 counts a status held at any time in the year (DOMAIN P-04), so a span
that ends is closed, not removed: someone on the last list but not on this one keeps their span up to
this snapshot's as-of date; an exit date on the list closes it there. Only the newest snapshot of a
source speaks for the present: an older one, imported late, is stored but changes nothing here. A
generic list is often partial, so leaving one closes nobody's span. Spans entered by hand are never
touched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.lists import VETERAN_GROUP, ListRecord, ListSource
from desktop.services.lists_bulk import insert_synced
from desktop.services.lists_model import SOURCE_AGENCIES
from desktop.store.models import DisabilityCertificate, GroupMembership, ListSnapshot, Resident


@dataclass(frozen=True)
class FactChanges:
    opened: int = 0
    closed: int = 0


@dataclass
class _NewSpan:
    """A span this snapshot opens, inserted in bulk once every record has been seen."""

    resident_id: int
    group_key: str
    subtype: str | None
    valid_from: date
    valid_to: date | None

    def row(self, snapshot_id: int) -> dict[str, Any]:
        return {"resident_id": self.resident_id, "group_key": self.group_key, "subtype": self.subtype,
                "source": "list", "list_snapshot_id": snapshot_id, "valid_from": self.valid_from,
                "valid_to": self.valid_to}  # fmt: skip


_Span = GroupMembership | _NewSpan


def apply_facts(
    session: Session,
    snapshot: ListSnapshot,
    source: ListSource,
    matched: Sequence[tuple[ListRecord, int]],
    still_listed: Iterable[int],
    *,
    close_missing: bool = True,
) -> FactChanges:
    """Update the register from ``matched`` (record, resident id). ``still_listed`` are residents the
    list names on rejected rows: whatever is wrong with the row, their spans stay open. Without
    ``close_missing`` only the records' own spans are touched (one record added to a snapshot)."""
    spans = _list_spans(session, source)
    seen: set[tuple[int, str]] = set()
    new: list[_NewSpan] = []
    for record, resident_id in matched:
        if record.group is None:
            continue
        key = (resident_id, record.group)
        seen.add(key)
        _record_span(snapshot, record, resident_id, spans[key], new)
    opened = insert_synced(session, GroupMembership, [span.row(snapshot.id) for span in new],
                           {"action": "lists.open_spans", "list_snapshot_uuid": str(snapshot.uuid)})  # fmt: skip
    closed = 0
    if close_missing and source is not ListSource.GENERIC:
        keep = set(still_listed)
        for (resident_id, _group), memberships in spans.items():
            if (resident_id, _group) in seen or resident_id in keep:
                continue
            for m in memberships:
                if isinstance(m, GroupMembership) and m.valid_to is None:
                    m.valid_to = max(snapshot.as_of, m.valid_from)
                    closed += 1
    if source is ListSource.DISABILITY:
        _certificates(session, matched)
    if source is ListSource.VETERANS:
        _veterans(session, matched)
    return FactChanges(opened, closed)


def _list_spans(session: Session, source: ListSource) -> defaultdict[tuple[int, str], list[_Span]]:
    statement = (
        select(GroupMembership)
        .join(ListSnapshot, GroupMembership.list_snapshot_id == ListSnapshot.id)
        .where(GroupMembership.source == "list", ListSnapshot.source_agency.in_(SOURCE_AGENCIES[source]))
        .order_by(GroupMembership.valid_from)
    )
    spans: defaultdict[tuple[int, str], list[_Span]] = defaultdict(list)
    for m in session.scalars(statement):
        spans[(m.resident_id, m.group_key)].append(m)
    return spans


def _record_span(
    snapshot: ListSnapshot, record: ListRecord, resident_id: int, spans: list[_Span], new: list[_NewSpan]
) -> None:
    """Continue the span the record belongs to, or open one (in ``new``)."""
    assert record.group is not None
    start = record.date_from or snapshot.as_of
    end = record.date_to
    current = next((m for m in reversed(spans) if m.valid_to is None or m.valid_to >= start), None)
    if current is None:
        span = _NewSpan(resident_id, record.group, record.subtype, start, end)
        new.append(span)
        spans.append(span)
        return
    if isinstance(current, GroupMembership):
        current.list_snapshot = snapshot  # the newest list that proves it
    if current.subtype != record.subtype:
        current.subtype = record.subtype
    if start < current.valid_from:
        current.valid_from = start
    new_end = max(end, current.valid_from) if end is not None else None
    if current.valid_to != new_end:
        current.valid_to = new_end


def _certificates(session: Session, matched: Sequence[tuple[ListRecord, int]]) -> None:
    numbers = [r.cert_number for r, _ in matched if r.cert_number]
    known = {c.number: c for c in session.scalars(select(DisabilityCertificate))} if numbers else {}
    for record, resident_id in matched:
        if not record.cert_number or record.disability_category is None or record.disability_grade is None:
            continue
        cert = known.get(record.cert_number)
        if cert is None:
            session.add(
                DisabilityCertificate(
                    resident_id=resident_id, number=record.cert_number, category=record.disability_category,
                    grade=record.disability_grade, issued_on=record.date_from,
                )
            )  # fmt: skip
            continue
        if cert.category != record.disability_category:
            cert.category = record.disability_category
        if cert.grade != record.disability_grade:
            cert.grade = record.disability_grade
        if cert.resident_id != resident_id:
            cert.resident_id = resident_id


def _veterans(session: Session, matched: Sequence[tuple[ListRecord, int]]) -> None:
    for record, resident_id in matched:
        if record.group != VETERAN_GROUP:
            continue
        resident = session.get(Resident, resident_id)
        if resident is None:
            continue
        if not resident.veteran:
            resident.veteran = True
        if record.veteran_cert and resident.veteran_certificate_no != record.veteran_cert:
            resident.veteran_certificate_no = record.veteran_cert
