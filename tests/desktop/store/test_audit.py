from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, select, text, update

from desktop.store.audit import record_event, verify_audit_chain
from desktop.store.models import AuditEvent, Case, Resident
from desktop.store.problems import AuditProblem, StoreError
from desktop.store.session import AuditedSession, session_factory
from tests.desktop.store.conftest import make_resident


def _events(session: AuditedSession) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def _chain_of_five(session: AuditedSession) -> None:
    resident = make_resident()
    session.add(resident)
    session.flush()
    resident.phone = "13900001111"
    session.flush()
    resident.cases.append(Case(case_type="enrollment", status="draft", data={"tier": 200}))
    session.flush()
    record_event(session, "login")
    record_event(session, "reveal_id", entity_type="residents", entity_uuid=str(resident.uuid))


def test_insert_update_and_delete_are_recorded_with_who_and_before_after(session: AuditedSession) -> None:
    resident = make_resident()
    session.add(resident)
    session.flush()
    session.info["actor"] = "fatima"
    resident.phone = "13900001111"
    session.flush()
    session.delete(resident)
    session.flush()
    created, changed, deleted = _events(session)
    assert (created.action, created.actor, created.entity_type) == ("create", "tester", "residents")
    assert json.loads(created.detail)["after"]["name"] == "马玉兰"
    assert (changed.action, changed.actor, changed.entity_uuid) == ("update", "fatima", str(resident.uuid))
    detail = json.loads(changed.detail)
    assert (detail["before"]["phone"], detail["after"]["phone"]) == (None, "13900001111")
    assert "name" not in detail["after"]
    assert json.loads(deleted.detail)["before"]["phone"] == "13900001111"
    assert created.at.endswith("+00:00")


def test_created_and_updated_stamps_come_from_the_actor(session: AuditedSession) -> None:
    resident = make_resident()
    session.add(resident)
    session.flush()
    session.info["actor"] = "fatima"
    resident.phone = "139"
    session.flush()
    assert (resident.created_by, resident.updated_by) == ("tester", "fatima")
    assert resident.updated_at >= resident.created_at


def test_a_write_without_an_actor_is_refused(engine: Engine) -> None:
    with session_factory(engine)() as session:
        session.add(make_resident())
        with pytest.raises(StoreError) as caught:
            session.flush()
    assert caught.value.code == AuditProblem.ACTOR_MISSING


def test_bulk_statements_that_would_bypass_the_audit_are_refused(session: AuditedSession) -> None:
    with pytest.raises(StoreError) as caught:
        session.execute(update(Resident).values(phone="1"))
    assert caught.value.code == AuditProblem.UNRECORDED_WRITE


def test_audit_events_cannot_be_written_through_the_orm(session: AuditedSession) -> None:
    _chain_of_five(session)
    _events(session)[0].actor = "someone else"
    with pytest.raises(StoreError) as caught:
        session.flush()
    assert caught.value.code == AuditProblem.UNRECORDED_WRITE


def test_a_rolled_back_change_leaves_no_event(engine: Engine) -> None:
    factory = session_factory(engine)

    def cancelled_edit() -> None:
        with factory(info={"actor": "tester"}) as session, session.begin():
            session.add(make_resident())
            session.flush()
            raise RuntimeError("the assistant pressed cancel")

    with pytest.raises(RuntimeError):
        cancelled_edit()
    with factory() as session:
        assert _events(session) == []
        assert verify_audit_chain(session).ok


def test_an_intact_chain_verifies(session: AuditedSession) -> None:
    _chain_of_five(session)
    report = verify_audit_chain(session)
    assert (report.ok, report.events_checked, report.problem) == (True, 5, None)


@pytest.mark.parametrize(
    ("tamper", "code", "seq"),
    [
        (
            "UPDATE audit_events SET detail = replace(detail, '马玉兰', '马玉花') WHERE seq = 1",
            AuditProblem.EVENT_ALTERED,
            1,
        ),
        ("UPDATE audit_events SET actor = 'nobody' WHERE seq = 3", AuditProblem.EVENT_ALTERED, 3),
        ("DELETE FROM audit_events WHERE seq = 2", AuditProblem.CHAIN_BROKEN, 2),
        ("DELETE FROM audit_events WHERE seq = 1", AuditProblem.CHAIN_BROKEN, 1),
        ("DELETE FROM audit_events WHERE seq >= 4", AuditProblem.TRUNCATED, 4),
        ("DELETE FROM meta WHERE key = 'audit_head'", AuditProblem.HEAD_MISSING, 5),
        (
            "UPDATE audit_events SET seq = CASE seq WHEN 2 THEN 3 ELSE 2 END + 100 WHERE seq IN (2, 3);"
            "UPDATE audit_events SET seq = seq - 100 WHERE seq > 100",
            AuditProblem.CHAIN_BROKEN,
            2,
        ),
    ],
    ids=[
        "altered-detail",
        "altered-actor",
        "removed-middle",
        "removed-first",
        "truncated",
        "head-gone",
        "reordered",
    ],
)
def test_tampering_is_detected_at_the_first_bad_event(
    session: AuditedSession, tamper: str, code: AuditProblem, seq: int
) -> None:
    _chain_of_five(session)
    for statement in tamper.split(";"):
        session.execute(text(statement))
    report = verify_audit_chain(session)
    assert not report.ok
    assert report.problem is not None
    assert report.problem.code == code
    assert report.first_bad_seq == seq
