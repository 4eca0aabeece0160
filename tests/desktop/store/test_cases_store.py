"""The store's side of cases: references (revision 0004 and new rows), drafts outside the audit chain,
walk-ins inside it."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.exc import IntegrityError

from core.references import case_reference
from desktop.store.migrate import move_to
from desktop.store.models import AuditEvent, Case, Draft, OutboxEntry, WalkIn
from desktop.store.revisions import head_revision
from desktop.store.session import AuditedSession
from tests.desktop.store.conftest import make_resident

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _count(session: AuditedSession, model: type[object]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _insert_old_case(connection: object, case_uuid: uuid.UUID, status: str) -> None:
    connection.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO cases (uuid, version, resident_id, case_type, status, data, created_at, created_by, "
            "updated_at, updated_by) VALUES (:uuid, 1, 1, 'enrollment', :status, '{}', 't', 'x', 't', 'x')"
        ),
        {"uuid": case_uuid.hex, "status": status},
    )


def test_revision_0004_gives_old_cases_their_references_and_renames_draft(engine: Engine) -> None:
    move_to(engine, "0003")
    uuids = [uuid.uuid4() for _ in range(3)]
    # the same first 40 bits: the second case must get a reference of its own
    twin = uuid.UUID(int=(uuids[0].int & ~((1 << 88) - 1)) | 12345)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO residents (uuid, version, id_number, name, name_pinyin, name_initials, sex, "
                "birth_date, village_code, hukou_division, student, employee_pension, public_institution, "
                "veteran, flexible_worker, employment_difficulty, enrolled, receiving_pension, "
                "other_basic_pension, created_at, created_by, updated_at, updated_by) VALUES (:u, 1, "
                "'640423195001011234', '马玉兰', '', '', 'F', '1950-01-01', '640423100001', '640423', 0, 0, 0, "
                "0, 0, 0, 0, 0, 0, 't', 'x', 't', 'x')"
            ),
            {"u": uuid.uuid4().hex},
        )
        for n, case_uuid in enumerate([*uuids, twin]):
            _insert_old_case(connection, case_uuid, "draft" if n % 2 == 0 else "submitted")
    move_to(engine, head_revision())
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT uuid, reference, status FROM cases ORDER BY id")).all()
    references = [r.reference for r in rows]
    assert references[:3] == [case_reference(u) for u in uuids]
    assert len(set(references)) == 4
    assert [r.status for r in rows] == ["waiting_documents", "submitted", "waiting_documents", "submitted"]
    assert [uuid.UUID(r.uuid) for r in rows] == [*uuids, twin]  # a case keeps its identity

    move_to(engine, "0003")
    with engine.connect() as connection:
        statuses = connection.execute(text("SELECT status FROM cases ORDER BY id")).scalars().all()
    assert statuses == ["draft", "submitted", "draft", "submitted"]


def test_a_new_case_gets_the_reference_of_its_uuid_and_sends_it(session: AuditedSession) -> None:
    resident = make_resident()
    case = Case(case_type="enrollment", status="ready", data={})
    resident.cases.append(case)
    session.add(resident)
    session.flush()
    assert case.reference == case_reference(case.uuid)
    sent = session.scalars(select(OutboxEntry).where(OutboxEntry.entity_type == "cases")).one()
    assert json.loads(sent.fields)["reference"] == case.reference


def test_two_cases_cannot_share_a_reference(session: AuditedSession) -> None:
    resident = make_resident()
    session.add(resident)
    resident.cases.append(Case(case_type="enrollment", status="ready", data={}, reference="CB00000000"))
    session.flush()
    resident.cases.append(Case(case_type="daijiao", status="ready", data={}, reference="CB00000000"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_drafts_are_written_without_audit_events_or_outbox_entries(session: AuditedSession) -> None:
    events, queued = _count(session, AuditEvent), _count(session, OutboxEntry)
    draft = Draft(case_type="enrollment", page=1, data={"tier": "300.00"}, created_at=NOW, created_by="amina",
                  updated_at=NOW, updated_by="amina")
    session.add(draft)
    session.flush()
    for page in range(2, 12):  # autosave: one small UPDATE each time
        session.execute(update(Draft).where(Draft.uuid == draft.uuid).values(page=page, updated_at=NOW))
    session.flush()
    session.expire_all()
    assert session.scalars(select(Draft.page)).one() == 11
    assert (_count(session, AuditEvent), _count(session, OutboxEntry)) == (events, queued)


def test_a_walk_in_is_audited_but_stays_at_the_desk(session: AuditedSession) -> None:
    queued = _count(session, OutboxEntry)
    walk_in = WalkIn(arrived_at=NOW, name="马玉兰", reason="pension_claim", priority="elderly")
    session.add(walk_in)
    session.flush()
    walk_in.status, walk_in.served_by = "serving", "amina"
    session.flush()
    actions = session.scalars(
        select(AuditEvent.action).where(AuditEvent.entity_type == "walk_ins").order_by(AuditEvent.seq)
    ).all()
    assert actions == ["create", "update"]
    assert _count(session, OutboxEntry) == queued


@pytest.mark.parametrize(("field", "value"), [("priority", "vip"), ("status", "gone")])
def test_a_walk_in_refuses_an_unknown_priority_or_status(session: AuditedSession, field: str, value: str) -> None:
    walk_in = WalkIn(arrived_at=NOW, name="马玉兰", reason="inquiry")
    setattr(walk_in, field, value)
    session.add(walk_in)
    with pytest.raises(IntegrityError):
        session.flush()
