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

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.lists import VETERAN_GROUP, ListRecord, ListSource
from desktop.services.lists_model import SOURCE_AGENCIES
from desktop.store.models import DisabilityCertificate, GroupMembership, ListSnapshot, Resident


@dataclass(frozen=True)
class FactChanges:
    opened: int = 0
    closed: int = 0


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
    opened = 0
    for record, resident_id in matched:
        if record.group is None:
            continue
        key = (resident_id, record.group)
        seen.add(key)
        opened += _record_span(session, snapshot, record, resident_id, spans[key])
    closed = 0
    if close_missing and source is not ListSource.GENERIC:
        keep = set(still_listed)
        for (resident_id, _group), memberships in spans.items():
            if (resident_id, _group) in seen or resident_id in keep:
                continue
            for m in memberships:
                if m.valid_to is None:
                    m.valid_to = max(snapshot.as_of, m.valid_from)
                    closed += 1
    if source is ListSource.DISABILITY:
        _certificates(session, matched)
    if source is ListSource.VETERANS:
        _veterans(session, matched)
    return FactChanges(opened, closed)


def _list_spans(session: Session, source: ListSource) -> defaultdict[tuple[int, str], list[GroupMembership]]:
    statement = (
        select(GroupMembership)
        .join(ListSnapshot, GroupMembership.list_snapshot_id == ListSnapshot.id)
        .where(GroupMembership.source == "list", ListSnapshot.source_agency.in_(SOURCE_AGENCIES[source]))
        .order_by(GroupMembership.valid_from)
    )
    spans: defaultdict[tuple[int, str], list[GroupMembership]] = defaultdict(list)
    for m in session.scalars(statement):
        spans[(m.resident_id, m.group_key)].append(m)
    return spans


def _record_span(
    session: Session, snapshot: ListSnapshot, record: ListRecord, resident_id: int, spans: list[GroupMembership]
) -> int:
    """Continue the span the record belongs to, or open one; 1 if a span was opened."""
    assert record.group is not None
    start = record.date_from or snapshot.as_of
    end = record.date_to
    current = next((m for m in reversed(spans) if m.valid_to is None or m.valid_to >= start), None)
    if current is None:
        membership = GroupMembership(
            resident_id=resident_id, group_key=record.group, subtype=record.subtype, source="list",
            list_snapshot=snapshot, valid_from=start, valid_to=end,
        )  # fmt: skip
        session.add(membership)
        spans.append(membership)
        return 1
    current.list_snapshot = snapshot  # the newest list that proves it
    if current.subtype != record.subtype:
        current.subtype = record.subtype
    if start < current.valid_from:
        current.valid_from = start
    new_end = max(end, current.valid_from) if end is not None else None
    if current.valid_to != new_end:
        current.valid_to = new_end
    return 0


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
